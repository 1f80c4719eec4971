//! Messages: each locale's catalogue (a bundle compiled from its Fluent files at build time), the
//! registry of catalogues loaded so far, and formatting.
//!
//! Patterns arrive from the build already resolved (terms and references inlined), so formatting is
//! substitution of variables and choice of select variants. Pure Rust: no browser types. The
//! browser fetches the page's bundle before drawing (`main.rs`); native builds (tests and
//! pre-rendering) decode the bundles compiled into the binary.

pub mod bundle;

use std::sync::Mutex;

pub use bundle::{BundleError, Catalogue};

use crate::content::{self, Date, Locale, Part, Pattern};

/// The catalogues loaded so far, by index into `LOCALES`.
static LOADED: Mutex<Vec<Option<Catalogue>>> = Mutex::new(Vec::new());

/// Makes `bytes` (a bundle) the catalogue of `locale`.
pub fn register(locale: &'static Locale, bytes: &[u8]) -> Result<(), BundleError> {
    let catalogue = bundle::decode(bytes)?;
    let mut loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
    let i = content::locale_index(locale);
    if loaded.len() <= i {
        loaded.resize(content::LOCALES.len().max(i + 1), None);
    }
    loaded[i] = Some(catalogue);
    Ok(())
}

/// The catalogue of `locale`, if loaded. Native builds load it on first use from the bundles
/// compiled into the binary.
pub fn catalogue(locale: &'static Locale) -> Option<Catalogue> {
    let i = content::locale_index(locale);
    if let Some(c) = LOADED.lock().unwrap_or_else(|e| e.into_inner()).get(i).copied().flatten() {
        return Some(c);
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        register(locale, content::NATIVE_BUNDLES[i]).expect("the build writes valid bundles");
        return LOADED.lock().unwrap_or_else(|e| e.into_inner())[i];
    }
    #[allow(unreachable_code)]
    None
}

/// A value passed into a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(i64),
}

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

/// The locales whose messages a page at `path` needs: its own (the first path segment, or the
/// default), and the default too on the rights card, which shows English beside the reader's
/// language.
pub fn locales_for_path(path: &str) -> Vec<&'static Locale> {
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    let own = segments.next().and_then(content::locale).unwrap_or_else(content::default_locale);
    let mut out = vec![own];
    let is_card = segments.next() == Some("card");
    if is_card && !std::ptr::eq(own, content::default_locale()) {
        out.push(content::default_locale());
    }
    out
}

/// The active locale's messages. Cheap to copy; passed through a Yew context.
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    pub locale: &'static Locale,
    messages: Catalogue,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.locale, other.locale)
    }
}

impl I18n {
    /// The messages of `locale`. If its catalogue is not loaded (which `main.rs` prevents), every
    /// message shows its id, visibly, rather than a blank.
    pub fn new(locale: &'static Locale) -> Self {
        I18n { locale, messages: catalogue(locale).unwrap_or(&[]) }
    }

    /// The message. The build guarantees every locale has every message, so the visible `key`
    /// shown when one is missing should never be seen.
    fn message(&self, key: &str) -> Option<&'static content::Message> {
        let messages = self.messages;
        messages.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|i| &messages[i].1)
    }

    /// A message's value with no variables.
    pub fn t(&self, key: &str) -> String {
        self.fmt(key, &[])
    }

    /// A message's value with variables.
    pub fn fmt(&self, key: &str, args: &[(&str, Arg)]) -> String {
        match self.message(key).and_then(|m| m.value) {
            Some(p) => self.format(p, args),
            None => key.to_string(),
        }
    }

    /// A message attribute (`.summary`, `.hint`), if the message has it.
    pub fn attr(&self, key: &str, attr: &str) -> Option<String> {
        let m = self.message(key)?;
        m.attributes.iter().find(|(a, _)| *a == attr).map(|(_, p)| self.format(p, &[]))
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
        self.write(pattern, args, &mut out);
        out
    }

    fn write(&self, pattern: Pattern, args: &[(&str, Arg)], out: &mut String) {
        for part in pattern {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Var(name) => match args.iter().find(|(n, _)| n == name) {
                    Some((_, Arg::Str(s))) => out.push_str(s),
                    Some((_, Arg::Num(n))) => out.push_str(&n.to_string()),
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
                                Arg::Str(s) => s.clone(),
                                Arg::Num(n) => n.to_string(),
                            };
                            variants.iter().find(|(k, _)| *k == exact).or_else(|| match v {
                                Arg::Num(n) => {
                                    let cat = plural_category(self.locale.code, *n);
                                    variants.iter().find(|(k, _)| *k == cat)
                                }
                                Arg::Str(_) => None,
                            })
                        })
                        .unwrap_or(&variants[*default]);
                    self.write(chosen.1, args, out);
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
    fn a_page_needs_its_own_locale_and_the_card_needs_english_too() {
        let codes = |p: &str| locales_for_path(p).iter().map(|l| l.code).collect::<Vec<_>>();
        assert_eq!(codes("/"), vec!["en"]);
        assert_eq!(codes("/en/scenarios/x"), vec!["en"]);
        assert_eq!(codes("/xx/whatever"), vec!["en"]);
        assert_eq!(codes("/en/card"), vec!["en"]);
    }

    #[test]
    fn bundles_survive_garbage() {
        for bytes in [
            &b""[..],
            b"KYRM",
            b"KYRM\x01\xff\xff\xff\xff",
            b"nope",
            b"KYRM\x01\x01\x00\x00\x00\x05\x00\x00\x00ab",
        ] {
            assert!(bundle::decode(bytes).is_err());
        }
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
