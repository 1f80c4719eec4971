//! The content, compiled in at build time from `content/` by `build.rs` (through `kyr-content`).
//!
//! Everything here is `'static` data: no parsing or allocation happens when the app starts. The
//! build has already checked every reference, so lookups by index cannot fail; lookups by id
//! (from URLs) return `Option`.

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// ISO form, for `<time datetime>`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jurisdiction {
    Chicago,
    Illinois,
    CookCounty,
    Federal,
}

/// What kind of source a catalogue entry is. Only `Law` is the law itself; the rest are cited as
/// attributed sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Law,
    Policy,
    Guidance,
    Report,
}

/// The research base's status marker for the entry's text (docs/research/facts.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Verified,
    Secondary,
    Unverified,
}

/// Who a provision binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binds {
    City,
    ChicagoPolice,
    IllinoisPolice,
    CertifyingAgencies,
    CookCounty,
    Institutions,
    EveryoneInIllinois,
    IceChicagoArea,
    NoOne,
}

#[derive(Debug, PartialEq)]
pub struct Provision {
    pub id: &'static str,
    pub law: &'static str,
    pub jurisdiction: Jurisdiction,
    pub kind: SourceKind,
    /// Official citation, never translated.
    pub citation: &'static str,
    pub url: &'static str,
    pub status: Status,
    pub binds: Binds,
    pub reviewed: Date,
    pub challenged_as_of: Option<Date>,
    /// Whether `url` is the official text itself ("Read the official text"), else a page about
    /// it ("Read the source").
    pub official_text: bool,
}

#[derive(Debug, PartialEq)]
pub struct Resource {
    pub id: &'static str,
    pub call: Option<&'static str>,
    pub text: Option<&'static str>,
    pub tty: Option<&'static str>,
    /// The line shown first, on the home page and the rights card.
    pub urgent: bool,
    pub source: &'static str,
    pub checked: Date,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Resident,
    Officer,
    Trainer,
}

/// What a scenario is about: the duties the laws put on police and City workers, or a resident's
/// own constitutional rights (kept apart, because these laws do not bind federal agents).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    CityAndStateLaw,
    YourRights,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    NotAllowed,
    Allowed,
    Required,
    Depends,
}

#[derive(Debug, PartialEq)]
pub struct Scenario {
    pub id: &'static str,
    pub audience: &'static [Audience],
    /// One of the seed situations shown first on the home page.
    pub featured: bool,
    pub topic: Topic,
    pub reviewed: Date,
    /// Index of the first question in `nodes`.
    pub start: usize,
    pub nodes: &'static [Node],
}

#[derive(Debug, PartialEq)]
pub struct Node {
    pub id: &'static str,
    pub kind: NodeKind,
}

#[derive(Debug, PartialEq)]
pub enum NodeKind {
    Question { answers: &'static [Answer] },
    Outcome(Outcome),
}

#[derive(Debug, PartialEq)]
pub struct Answer {
    pub id: &'static str,
    /// Index into the scenario's `nodes`.
    pub next: usize,
}

#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub verdict: Verdict,
    /// Whose action the verdict judges: the message `actor-<id>` names them.
    pub actor: &'static str,
    pub reasons: &'static [Claim],
    pub steps: &'static [Step],
    pub notes: &'static [Claim],
    /// Indices into [`RESOURCES`].
    pub resources: &'static [usize],
}

/// A statement and the catalogue entries (indices into [`PROVISIONS`]) it rests on.
#[derive(Debug, PartialEq)]
pub struct Claim {
    pub id: &'static str,
    pub cites: &'static [usize],
}

#[derive(Debug, PartialEq)]
pub struct Step {
    pub id: &'static str,
    pub resource: Option<usize>,
    /// Catalogue entries, when the step states what the law allows.
    pub cites: &'static [usize],
}

/// How wrong a common misconception is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MythAnswer {
    False,
    PartlyFalse,
}

/// A misconception with its correction (`myth_<id>`, `.fact`, `.explanation`) and sources.
#[derive(Debug, PartialEq)]
pub struct Myth {
    pub id: &'static str,
    pub answer: MythAnswer,
    pub cites: &'static [usize],
    /// A common question, linked from the home page.
    pub featured: bool,
}

/// A term of art, defined once: `glossary_<id>` (the term) and its `.definition`.
#[derive(Debug, PartialEq)]
pub struct Term {
    pub id: &'static str,
    pub cites: &'static [usize],
}

/// The rights card: `card_<line>` messages, with their sources.
#[derive(Debug, PartialEq)]
pub struct Card {
    pub reviewed: Date,
    pub lines: &'static [&'static str],
    pub cites: &'static [usize],
    pub caution_cites: &'static [usize],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

#[derive(Debug, PartialEq)]
pub struct Locale {
    /// BCP 47 code, also the first URL segment.
    pub code: &'static str,
    /// The language's name in its own script.
    pub name: &'static str,
    /// "Continue in <language>", in that language.
    pub continue_label: &'static str,
    pub dir: Dir,
    /// Whether a qualified person has reviewed the translation.
    pub reviewed: bool,
    /// The hash in the file names of the locale's message parts (see [`Locale::part_file`]).
    pub parts_hash: &'static str,
}

impl Locale {
    /// The file under `/messages/` holding one part of this locale's messages (`core`, `law`,
    /// `myths`, or a scenario's id; see `crates/content/src/bundle.rs`), if there is that part.
    pub fn part_file(&self, part: &str) -> Option<String> {
        PARTS.contains(&part).then(|| format!("{}-{part}-{}.txt", self.code, self.parts_hash))
    }
}

#[derive(Debug, PartialEq)]
pub struct Message {
    pub value: Option<Pattern>,
    pub attributes: &'static [(&'static str, Pattern)],
}

pub type Pattern = &'static [Part];

#[derive(Debug, PartialEq)]
pub enum Part {
    Text(&'static str),
    Var(&'static str),
    Select { var: &'static str, variants: &'static [(&'static str, Pattern)], default: usize },
}

/// A scenario's facilitator notes for the presenter view (`src/trainer.rs`); the words are the
/// messages `present-notes_<scenario>_<kind>_<id>`. Native only: never in the WebAssembly.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug)]
pub struct TrainerNotes {
    /// The suggested plan: each part's id and minutes.
    pub plan: &'static [(&'static str, u32)],
    pub prompts: &'static [&'static str],
    /// Common questions from the room, each with where the site answers it.
    pub questions: &'static [(&'static str, Pointer)],
}

/// Where the site answers a question from the room.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pointer {
    /// An outcome of the same scenario (its node id).
    Outcome(&'static str),
    /// A provision (index into `PROVISIONS`).
    Law(usize),
    /// A myth (index into `MYTHS`).
    Myth(usize),
}

/// The facilitator notes of a scenario.
#[cfg(not(target_arch = "wasm32"))]
pub fn trainer_notes(scenario: &Scenario) -> &'static TrainerNotes {
    let i = SCENARIOS.iter().position(|s| std::ptr::eq(s, scenario)).expect("a shipped scenario");
    &TRAINER_NOTES[i]
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

pub fn scenario(id: &str) -> Option<&'static Scenario> {
    SCENARIOS.iter().find(|s| s.id == id)
}

pub fn locale(code: &str) -> Option<&'static Locale> {
    LOCALES.iter().find(|l| l.code == code)
}

pub fn default_locale() -> &'static Locale {
    &LOCALES[DEFAULT_LOCALE]
}

/// The index of a locale in `LOCALES`.
pub fn locale_index(locale: &'static Locale) -> usize {
    LOCALES.iter().position(|l| std::ptr::eq(l, locale)).unwrap_or(DEFAULT_LOCALE)
}

/// A catalogue entry by id (from a URL).
pub fn provision(id: &str) -> Option<(usize, &'static Provision)> {
    PROVISIONS.iter().enumerate().find(|(_, p)| p.id == id)
}

/// Every catalogue index an outcome cites, in reasons, steps and notes.
pub fn outcome_cites(o: &'static Outcome) -> impl Iterator<Item = usize> {
    o.reasons
        .iter()
        .map(|c| c.cites)
        .chain(o.steps.iter().map(|s| s.cites))
        .chain(o.notes.iter().map(|c| c.cites))
        .flatten()
        .copied()
}

/// The scenarios with at least one outcome citing catalogue entry `index`.
pub fn scenarios_citing(index: usize) -> Vec<&'static Scenario> {
    SCENARIOS
        .iter()
        .filter(|s| {
            s.nodes.iter().any(|n| match &n.kind {
                NodeKind::Outcome(o) => outcome_cites(o).any(|c| c == index),
                NodeKind::Question { .. } => false,
            })
        })
        .collect()
}

/// The outcomes of `scenario` that cite catalogue entry `index`, each once, by the first walk (in
/// path order) that reaches it.
pub fn outcome_walks_citing(scenario: &'static Scenario, index: usize) -> Vec<crate::engine::Walk> {
    let mut out: Vec<crate::engine::Walk> = Vec::new();
    for w in crate::engine::all_outcome_walks(scenario) {
        let cites = w.outcome().is_some_and(|o| outcome_cites(o).any(|c| c == index));
        if cites && !out.iter().any(|o| o.current().id == w.current().id) {
            out.push(w);
        }
    }
    out
}

/// The scenarios that explain a myth: those with an outcome citing one of its sources.
pub fn scenarios_explaining(m: &'static Myth) -> Vec<&'static Scenario> {
    let mut out: Vec<&'static Scenario> = Vec::new();
    for &c in m.cites {
        for s in scenarios_citing(c) {
            if !out.iter().any(|o| o.id == s.id) {
                out.push(s);
            }
        }
    }
    out
}

/// The myths citing catalogue entry `index`.
pub fn myths_citing(index: usize) -> Vec<&'static Myth> {
    MYTHS.iter().filter(|m| m.cites.contains(&index)).collect()
}

/// The most recent review date of any content: what general pages show as "last reviewed".
pub fn latest_review() -> Date {
    SCENARIOS
        .iter()
        .map(|s| s.reviewed)
        .chain(PROVISIONS.iter().map(|p| p.reviewed))
        .chain(std::iter::once(MYTHS_REVIEWED))
        .max()
        .unwrap_or(MYTHS_REVIEWED)
}

/// The law groups in catalogue order, each with its entries.
pub fn law_groups() -> Vec<(&'static str, Vec<&'static Provision>)> {
    let mut groups: Vec<(&'static str, Vec<&'static Provision>)> = Vec::new();
    for p in PROVISIONS {
        match groups.iter_mut().find(|(law, _)| *law == p.law) {
            Some((_, list)) => list.push(p),
            None => groups.push((p.law, vec![p])),
        }
    }
    groups
}
