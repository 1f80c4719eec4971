//! Messages: each locale's catalogue (merged from the bundles loaded so far), and formatting.
//!
//! Patterns arrive from the build already resolved (terms and references inlined), so formatting is
//! substitution of variables and choice of select variants. Pure Rust: no browser types. In the
//! browser a pre-rendered page carries the messages it was rendered from, and `app` fetches the
//! *parts* (see `crates/content/src/bundle.rs`) other pages need before drawing them; native
//! builds (tests and pre-rendering) decode each locale's whole text, compiled into the binary.

pub mod bundle;

use std::sync::Mutex;

pub use bundle::{BundleError, Catalogue};

use crate::content::{self, Date, Locale, Message, Part, Pattern};

/// Per locale (by index into `LOCALES`): the merged catalogue; and the parts loaded whole.
struct Loaded {
    catalogues: Vec<Catalogue>,
    parts: Vec<(usize, &'static str)>,
}

static LOADED: Mutex<Loaded> = Mutex::new(Loaded { catalogues: Vec::new(), parts: Vec::new() });

fn loaded() -> std::sync::MutexGuard<'static, Loaded> {
    LOADED.lock().unwrap_or_else(|e| e.into_inner())
}

/// Adds the messages in `text` (one or more bundles) to their locales' catalogues. A message
/// loaded again replaces the one before: a page carries only the values and attributes it shows,
/// a part (loaded later) every message whole.
pub fn register(text: &str) -> Result<(), BundleError> {
    let bundles = bundle::decode(text)?;
    let mut loaded = loaded();
    for (code, messages) in bundles {
        let locale = content::locale(code).ok_or(BundleError("a locale that does not ship"))?;
        let i = content::locale_index(locale);
        if loaded.catalogues.len() <= i {
            loaded.catalogues.resize(content::LOCALES.len().max(i + 1), &[]);
        }
        let old = loaded.catalogues[i];
        let mut merged: Vec<(&'static str, Message)> = Vec::with_capacity(old.len() + messages.len());
        let mut new = messages.into_iter().peekable();
        for (id, m) in old {
            while new.peek().is_some_and(|(n, _)| n < id) {
                merged.extend(new.next());
            }
            match new.next_if(|(n, _)| n == id) {
                Some(replacement) => merged.push(replacement),
                None => merged.push((id, Message { value: m.value, attributes: m.attributes })),
            }
        }
        merged.extend(new);
        // Only the old index is left behind: the entries point at the same leaked text.
        loaded.catalogues[i] = merged.leak();
    }
    Ok(())
}

/// Registers a whole part of `locale`'s messages (a fetched file) and remembers it is loaded.
pub fn register_part(locale: &'static Locale, part: &'static str, text: &str) -> Result<(), BundleError> {
    register(text)?;
    loaded().parts.push((content::locale_index(locale), part));
    Ok(())
}

/// Whether every message of `part` of `locale` is loaded. Native builds have every locale's
/// whole text.
pub fn has_part(locale: &'static Locale, part: &str) -> bool {
    if cfg!(not(target_arch = "wasm32")) {
        return true;
    }
    let i = content::locale_index(locale);
    loaded().parts.iter().any(|&(l, p)| l == i && p == part)
}

/// The catalogue of `locale` as loaded so far. Native builds load the whole text on first use.
pub fn catalogue(locale: &'static Locale) -> Catalogue {
    let i = content::locale_index(locale);
    if let Some(c) = loaded().catalogues.get(i).copied().filter(|c| !c.is_empty()) {
        return c;
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        register(content::NATIVE_BUNDLES[i]).expect("the build writes valid bundles");
        return loaded().catalogues[i];
    }
    #[allow(unreachable_code)]
    &[]
}

#[cfg(not(target_arch = "wasm32"))]
type Recorded = std::collections::BTreeSet<(usize, &'static str, Option<&'static str>)>;

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static RECORDING: std::cell::RefCell<Option<Recorded>> = const { std::cell::RefCell::new(None) };
}

/// Native builds: starts noting every message looked up on this thread (the pre-renderer puts
/// into each page the messages it was rendered from).
#[cfg(not(target_arch = "wasm32"))]
pub fn start_recording() {
    RECORDING.with(|r| *r.borrow_mut() = Some(Default::default()));
}

/// A message's value (`None`) or one of its attributes, as looked up: `(locale, id, attribute)`.
pub type Lookup = (&'static Locale, &'static str, Option<&'static str>);

/// Native builds: what was looked up since `start_recording`; stops noting.
#[cfg(not(target_arch = "wasm32"))]
pub fn take_recording() -> Vec<Lookup> {
    let recorded = RECORDING.with(|r| r.borrow_mut().take()).unwrap_or_default();
    recorded.into_iter().map(|(i, id, attr)| (&content::LOCALES[i], id, attr)).collect()
}

/// A value passed into a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(i64),
    /// A phone number or citation: printed by components left to right and unbroken in every
    /// language (see `I18n::pieces`); plain text in `fmt`.
    Ltr(String),
}

/// A piece of a formatted message (`I18n::pieces`).
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Text(String),
    /// An `Arg::Ltr` value.
    Ltr(String),
}

/// Marks an `Arg::Ltr` value in formatted text while `pieces` splits it (private-use characters,
/// which no message contains).
const LTR_START: char = '\u{E000}';
const LTR_END: char = '\u{E001}';

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

/// The active locale's messages. Cheap to copy; passed through a Yew context.
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    pub locale: &'static Locale,
    messages: Catalogue,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        // The same locale with more messages loaded is a change: pages drawn before a part
        // arrived draw again.
        std::ptr::eq(self.locale, other.locale) && std::ptr::eq(self.messages, other.messages)
    }
}

impl I18n {
    /// The messages of `locale`. If its catalogue is not loaded (which `main.rs` prevents), every
    /// message shows its id, visibly, rather than a blank.
    pub fn new(locale: &'static Locale) -> Self {
        I18n { locale, messages: catalogue(locale) }
    }

    /// The message. The build guarantees every locale has every message, so the visible `key`
    /// shown when one is missing should never be seen.
    fn message(&self, key: &str) -> Option<&'static (&'static str, content::Message)> {
        let messages = self.messages;
        messages.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|i| &messages[i])
    }

    /// Native builds note each value and attribute looked up (see `start_recording`).
    #[cfg(not(target_arch = "wasm32"))]
    fn note(&self, id: &'static str, attr: Option<&'static str>) {
        let locale = content::locale_index(self.locale);
        RECORDING.with(|r| {
            if let Some(set) = r.borrow_mut().as_mut() {
                set.insert((locale, id, attr));
            }
        });
    }

    #[cfg(target_arch = "wasm32")]
    fn note(&self, _id: &'static str, _attr: Option<&'static str>) {}

    /// Whether the message `key` is loaded.
    pub fn has(&self, key: &str) -> bool {
        self.message(key).is_some()
    }

    /// A message's value with no variables.
    pub fn t(&self, key: &str) -> String {
        self.fmt(key, &[])
    }

    /// A message's value with variables.
    pub fn fmt(&self, key: &str, args: &[(&str, Arg)]) -> String {
        match self.message(key).and_then(|(id, m)| Some((id, m.value?))) {
            Some((id, p)) => {
                self.note(id, None);
                self.format(p, args)
            }
            None => key.to_string(),
        }
    }

    /// A message's value in pieces: its text, and each `Arg::Ltr` value apart, so a component can
    /// print numbers and citations in their own left-to-right, unbroken span.
    pub fn pieces(&self, key: &str, args: &[(&str, Arg)]) -> Vec<Piece> {
        let Some((id, p)) = self.message(key).and_then(|(id, m)| Some((id, m.value?))) else {
            return vec![Piece::Text(key.to_string())];
        };
        self.note(id, None);
        let mut out = String::new();
        self.write(p, args, &mut out, true);
        let mut pieces = Vec::new();
        for (n, chunk) in out.split(LTR_START).enumerate() {
            let (ltr, text) = match chunk.split_once(LTR_END) {
                Some((ltr, text)) if n > 0 => (Some(ltr), text),
                _ => (None, chunk),
            };
            pieces.extend(ltr.map(|l| Piece::Ltr(l.to_string())));
            if !text.is_empty() {
                pieces.push(Piece::Text(text.to_string()));
            }
        }
        pieces
    }

    /// `text` (a citation or number) for a plain-text place such as the page title: isolated left
    /// to right in a right-to-left language (markup uses `components::ltr`).
    pub fn ltr_str(&self, text: &str) -> String {
        match self.locale.dir {
            content::Dir::Rtl => format!("\u{2066}{text}\u{2069}"),
            content::Dir::Ltr => text.to_string(),
        }
    }

    /// Message `key` as a label before its text, punctuated as the language writes it ("Fact: ",
    /// "事实：") through `punct-label`.
    pub fn label(&self, key: &str) -> String {
        self.fmt(content::msg::PUNCT_LABEL, &[("label", Arg::Str(self.t(key)))])
    }

    /// `text` as a short aside in the language's own brackets (" (guidance)", "（指南）") through
    /// `punct-aside`.
    pub fn aside(&self, text: String) -> String {
        self.fmt(content::msg::PUNCT_ASIDE, &[("text", Arg::Str(text))])
    }

    /// A message attribute (`.summary`, `.hint`), if the message has it.
    pub fn attr(&self, key: &str, attr: &str) -> Option<String> {
        let (id, m) = self.message(key)?;
        let (name, p) = m.attributes.iter().find(|(a, _)| *a == attr)?;
        self.note(id, Some(name));
        Some(self.format(p, &[]))
    }

    /// A date in the locale's long form ("November 29, 2026").
    pub fn date(&self, d: Date) -> String {
        self.fmt(
            content::msg::DATE_LONG,
            &[
                ("month", Arg::Num(d.month.into())),
                ("day", Arg::Num(d.day.into())),
                ("year", Arg::Num(d.year.into())),
            ],
        )
    }

    fn format(&self, pattern: Pattern, args: &[(&str, Arg)]) -> String {
        let mut out = String::new();
        self.write(pattern, args, &mut out, false);
        out
    }

    fn write(&self, pattern: Pattern, args: &[(&str, Arg)], out: &mut String, mark: bool) {
        for part in pattern {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Var(name) => match args.iter().find(|(n, _)| n == name) {
                    Some((_, Arg::Str(s))) => out.push_str(s),
                    Some((_, Arg::Num(n))) => out.push_str(&n.to_string()),
                    Some((_, Arg::Ltr(s))) if mark => {
                        out.push(LTR_START);
                        out.push_str(s);
                        out.push(LTR_END);
                    }
                    Some((_, Arg::Ltr(s))) => out.push_str(s),
                    // A missing variable shows as Fluent does, visibly, rather than vanishing.
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Part::Select { var, variants, default } => {
                    let value = args.iter().find(|(n, _)| n == var).map(|(_, v)| v);
                    let chosen = value
                        .and_then(|v| {
                            let exact = match v {
                                Arg::Str(s) | Arg::Ltr(s) => s.clone(),
                                Arg::Num(n) => n.to_string(),
                            };
                            variants.iter().find(|(k, _)| *k == exact).or_else(|| match v {
                                Arg::Num(n) => {
                                    let cat = plural_category(self.locale.code, *n);
                                    variants.iter().find(|(k, _)| *k == cat)
                                }
                                Arg::Str(_) | Arg::Ltr(_) => None,
                            })
                        })
                        .unwrap_or(&variants[*default]);
                    self.write(chosen.1, args, out, mark);
                }
            }
        }
    }
}

/// The CLDR plural category of a whole number. English's rule for now; the languages issue adds
/// each shipped locale's rule here.
fn plural_category(_locale: &str, n: i64) -> &'static str {
    if n == 1 {
        "one"
    } else {
        "other"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundles_survive_garbage() {
        for text in [
            "",
            "KYRM",
            "KYRM2:",
            "KYRM2:2:en",
            "KYRM2:2:en1:",
            "KYRM2:2:en99999999999:",
            "KYRM2:2:en1:1:a5:",
            "KYRM2:2:en1:1:a1:1:9:",
            "KYRM2:2:en2:1:b0:0:1:a0:0:",
            "KYRM2:1:é1:",
            "nope",
            "KYRM2:2:en0:trailing",
        ] {
            assert!(bundle::decode(text).is_err(), "{text:?}");
        }
        assert!(register("KYRM2:2:xx0:").is_err(), "a locale that does not ship");
    }

    #[test]
    fn a_subset_round_trips_and_merging_keeps_every_message() {
        // The pre-renderer writes a page's messages with the content crate's encoder.
        let source = kyr_content::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content"))
            .expect("the content loads");
        let source_en = source.locales.iter().find(|l| l.code == "en").expect("English ships");
        let encode_subset = kyr_content::bundle::encode_subset;
        let en = content::locale("en").expect("English ships");
        let all = catalogue(en);
        let ids: Vec<&str> = all.iter().map(|(id, _)| *id).step_by(7).collect();
        let used: Vec<(&str, Option<&str>)> = ids.iter().map(|id| (*id, None)).collect();
        let text = encode_subset(source_en, &[], &ids);
        let values_only = bundle::decode(&encode_subset(source_en, &used, &[])).expect("decodes");
        assert!(values_only[0].1.iter().all(|(_, m)| m.attributes.is_empty()));
        let decoded = bundle::decode(&text).expect("decodes");
        assert_eq!(decoded.len(), 1);
        assert_eq!(decoded[0].0, "en");
        assert_eq!(decoded[0].1.iter().map(|(id, _)| *id).collect::<Vec<_>>(), ids);
        for (id, m) in &decoded[0].1 {
            let original = &all[all.binary_search_by(|(k, _)| k.cmp(id)).expect("present")].1;
            assert_eq!(m, original);
        }
        // Registering messages already there changes nothing.
        register(&text).expect("registers");
        assert_eq!(catalogue(en).len(), all.len());
    }

    use crate::content::msg;

    fn en() -> I18n {
        I18n::new(content::locale("en").expect("English ships"))
    }

    #[test]
    fn dates_read_as_people_write_them() {
        let d = Date { year: 2026, month: 11, day: 29 };
        assert_eq!(en().date(d), "November 29, 2026");
        assert_eq!(en().date(Date { year: 2025, month: 1, day: 3 }), "January 3, 2025");
    }

    #[test]
    fn terms_are_inlined_and_variables_substituted() {
        assert_eq!(en().t(msg::SITE_NAME), "Know Your Rights Chicago");
        assert_eq!(en().fmt(msg::HELP_CALL, &[("number", "311".into())]), "Call 311");
    }

    #[test]
    fn numbers_come_apart_from_the_words_around_them() {
        let call = |n: &str| en().pieces(msg::HELP_CALL, &[("number", Arg::Ltr(n.to_string()))]);
        assert_eq!(call("311"), [Piece::Text("Call ".into()), Piece::Ltr("311".into())]);
        assert_eq!(en().fmt(msg::HELP_CALL, &[("number", Arg::Ltr("311".into()))]), "Call 311");
        assert_eq!(en().pieces("no-such-message", &[]), [Piece::Text("no-such-message".into())]);
    }

    #[test]
    fn a_missing_variable_is_visible_not_silent() {
        assert_eq!(en().t(msg::HELP_CALL), "Call {$number}");
    }

    #[test]
    fn attributes_are_found_by_name() {
        assert!(en().attr("scenario_ice-asks-police", "summary").is_some());
        assert_eq!(en().attr("scenario_ice-asks-police", "nope"), None);
    }
}

/// The best shipped locale for a browser's preferred languages (most preferred first): an exact
/// match of the code, else a match of the language alone (`es-MX` → `es`; `zh`, `zh-CN` and
/// `zh-SG` → `zh-Hans`). Traditional Chinese (`zh-TW`, `zh-HK`, `zh-Hant`) does not match
/// Simplified.
pub fn negotiate(preferences: &[String]) -> Option<&'static Locale> {
    let lower = |s: &str| s.to_ascii_lowercase();
    for pref in preferences {
        let pref = lower(pref);
        if let Some(l) = content::LOCALES.iter().find(|l| lower(l.code) == pref) {
            return Some(l);
        }
        let traditional = ["zh-tw", "zh-hk", "zh-mo", "zh-hant"].iter().any(|t| pref.starts_with(t));
        let language = pref.split('-').next().unwrap_or("");
        if let Some(l) = content::LOCALES
            .iter()
            .find(|l| lower(l.code).split('-').next() == Some(language) && !(language == "zh" && traditional))
        {
            return Some(l);
        }
    }
    None
}

#[cfg(test)]
mod negotiation_tests {
    use super::*;

    fn best(prefs: &[&str]) -> Option<&'static str> {
        negotiate(&prefs.iter().map(|s| s.to_string()).collect::<Vec<_>>()).map(|l| l.code)
    }

    #[test]
    fn the_first_preference_that_ships_wins() {
        assert_eq!(best(&["en-US", "en"]), Some("en"));
        assert_eq!(best(&["xx", "en-GB"]), Some("en"));
        assert_eq!(best(&[]), None);
        assert_eq!(best(&["tlh"]), None);
        // Every shipped locale is found by its own code, in any case.
        for l in content::LOCALES {
            assert_eq!(best(&[&l.code.to_ascii_uppercase()]), Some(l.code));
        }
    }
}
