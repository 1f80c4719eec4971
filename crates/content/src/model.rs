//! The checked content, in owned Rust types. `codegen` turns it into static data for the app.

use std::collections::BTreeMap;
use std::path::PathBuf;

/// All content, after every check has passed.
#[derive(Debug, Clone, Default)]
pub struct Content {
    pub allowed_domains: Vec<String>,
    pub default_locale: String,
    pub locales: Vec<Locale>,
    pub provisions: Vec<Provision>,
    pub resources: Vec<Resource>,
    pub scenarios: Vec<Scenario>,
    pub myths: Vec<Myth>,
    pub myths_reviewed: Date,
    pub card: Card,
    pub glossary: Vec<Term>,
}

/// A term of art, defined once: `glossary_<id>` (the term) and its `.definition`.
#[derive(Debug, Clone)]
pub struct Term {
    pub id: String,
    pub cites: Vec<usize>,
}

/// The rights card.
#[derive(Debug, Clone, Default)]
pub struct Card {
    pub reviewed: Date,
    pub lines: Vec<String>,
    pub cites: Vec<usize>,
    pub caution_cites: Vec<usize>,
}

/// A common misconception, its correction and the sources that show it.
#[derive(Debug, Clone)]
pub struct Myth {
    pub id: String,
    /// `false` or `partly-false`.
    pub answer: String,
    pub cites: Vec<usize>,
    /// A common question, linked from the home page.
    pub featured: bool,
}

/// A calendar date (content dates have no time of day).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// One shipped language.
#[derive(Debug, Clone)]
pub struct Locale {
    /// BCP 47 code, also the first URL path segment (`en`, `es`, `zh-Hans`).
    pub code: String,
    /// The language's name in its own script.
    pub name: String,
    /// "Continue in <language>", in that language (the language choice at the site root).
    pub continue_label: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    /// Whether a qualified person has reviewed this translation.
    pub reviewed: bool,
    /// Message id → message, from every `.ftl` file of the locale.
    pub messages: BTreeMap<String, Message>,
}

/// A compiled Fluent message: term and message references are already inlined.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Message {
    pub value: Option<Pattern>,
    pub attributes: BTreeMap<String, Pattern>,
}

pub type Pattern = Vec<Part>;

#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Text(String),
    /// A variable the caller passes in (`{ $date }`).
    Var(String),
    /// `{ $var -> [key] … *[other] … }`; keys are identifiers or numbers.
    Select {
        var: String,
        variants: Vec<(String, Pattern)>,
        default: usize,
    },
}

/// One entry of the law catalogue: a provision or an attributed source.
#[derive(Debug, Clone)]
pub struct Provision {
    pub id: String,
    /// The law or source it belongs to, for grouping (`mcc-2-173`, `trust-act`).
    pub law: String,
    pub jurisdiction: String,
    /// `law`, `policy`, `guidance` or `report`.
    pub kind: String,
    /// The official citation, never translated (`MCC 2-173-020(a)(6)`).
    pub citation: String,
    pub url: String,
    /// `verified`, `secondary` or `unverified` (the markers of docs/research/facts.md).
    pub status: String,
    /// Who it binds: `city`, `illinois-police`, `cook-county`, `institutions`, `no-one`.
    pub binds: String,
    pub reviewed: Date,
    /// Set when the provision is being challenged in court: the date of the latest information.
    pub challenged_as_of: Option<Date>,
    /// Whether `url` is the official text itself (else a page about it).
    pub official_text: bool,
}

/// A verified help line or service.
#[derive(Debug, Clone)]
pub struct Resource {
    pub id: String,
    /// Digits for a `tel:` link, if it takes calls.
    pub call: Option<String>,
    /// Digits for an `sms:` link, if it takes texts.
    pub text: Option<String>,
    /// Digits of its TTY line (for deaf and hard-of-hearing callers), if it has one.
    pub tty: Option<String>,
    /// The line shown first, on the home page and the rights card.
    pub urgent: bool,
    /// The organisation's own page where the number was verified.
    pub source: String,
    pub checked: Date,
}

#[derive(Debug, Clone)]
pub struct Scenario {
    pub id: String,
    pub file: PathBuf,
    pub audience: Vec<String>,
    pub featured: bool,
    pub topic: String,
    pub reviewed: Date,
    /// Index into `nodes` of the first question.
    pub start: usize,
    pub nodes: Vec<Node>,
    /// Facilitator notes for the presenter view.
    pub trainer: Trainer,
}

/// A scenario's facilitator notes: the words are `present-notes_<scenario>_<kind>_<id>`.
#[derive(Debug, Clone, Default)]
pub struct Trainer {
    /// Each part of the suggested plan: its id and minutes.
    pub plan: Vec<(String, u32)>,
    pub prompts: Vec<String>,
    /// Common questions from the room, each with where the site answers it.
    pub questions: Vec<(String, Pointer)>,
}

/// Where the site answers a question from the room.
#[derive(Debug, Clone)]
pub enum Pointer {
    /// An outcome of the same scenario (its id).
    Outcome(String),
    /// A provision (index into the catalogue).
    Law(usize),
    /// A myth (index into the myths).
    Myth(usize),
}

#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    pub kind: NodeKind,
}

#[derive(Debug, Clone)]
pub enum NodeKind {
    Question { answers: Vec<Answer> },
    Outcome(Outcome),
}

#[derive(Debug, Clone)]
pub struct Answer {
    pub id: String,
    /// Index into the scenario's `nodes`.
    pub next: usize,
}

#[derive(Debug, Clone)]
pub struct Outcome {
    /// `not-allowed`, `allowed`, `required` or `depends`.
    pub verdict: String,
    /// Whose action the verdict judges (`vocab::ACTORS`); the verdict's words are the outcome
    /// message's `.verdict`.
    pub actor: String,
    pub reasons: Vec<Claim>,
    pub steps: Vec<Step>,
    pub notes: Vec<Claim>,
    /// Indices into `Content::resources`.
    pub resources: Vec<usize>,
}

/// A statement backed by citations (indices into `Content::provisions`).
#[derive(Debug, Clone)]
pub struct Claim {
    pub id: String,
    pub cites: Vec<usize>,
}

/// A "what you can do" step, optionally pointing at a help resource.
#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    pub resource: Option<usize>,
    /// Indices into `Content::provisions` (may be empty: most steps are actions, not claims).
    pub cites: Vec<usize>,
}

/// The values each enumerated field may take, in one place for checks and code generation.
pub mod vocab {
    pub const VERDICTS: &[&str] = &["not-allowed", "allowed", "required", "depends"];
    pub const STATUSES: &[&str] = &["verified", "secondary", "unverified"];
    pub const BINDS: &[&str] = &[
        "city",
        "chicago-police",
        "illinois-police",
        "certifying-agencies",
        "cook-county",
        "institutions",
        "everyone-in-illinois",
        "ice-chicago-area",
        "no-one",
    ];
    /// Whose action an outcome's verdict judges (message `actor-<id>`).
    pub const ACTORS: &[&str] = &[
        "chicago-police",
        "illinois-police",
        "certifying-agencies",
        "city",
        "other-offices",
        "cook-county",
        "institutions",
        "immigration-agents",
        "you",
    ];
    pub const JURISDICTIONS: &[&str] = &["chicago", "illinois", "cook-county", "federal"];
    pub const KINDS: &[&str] = &["law", "policy", "guidance", "report"];
    pub const AUDIENCES: &[&str] = &["resident", "officer", "trainer"];
    pub const MYTH_ANSWERS: &[&str] = &["false", "partly-false"];
    pub const TOPICS: &[&str] = &["city-and-state-law", "your-rights"];
    pub const DIRS: &[&str] = &["ltr", "rtl"];
}
