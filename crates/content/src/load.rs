//! Reading content files into raw, span-carrying structures. Syntax errors become diagnostics here;
//! meaning is checked in `validate`.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostics, SourceFile};

pub type S<T> = Spanned<T>;

/// File layout under the content root.
pub const SOURCES: &str = "sources.toml";
pub const LOCALES: &str = "locales.toml";
pub const CATALOGUE: &str = "law/catalogue.toml";
pub const RESOURCES: &str = "help/resources.toml";
pub const MYTHS: &str = "myths.toml";
pub const CARD: &str = "card.toml";
pub const GLOSSARY: &str = "glossary.toml";
pub const SCENARIOS_DIR: &str = "scenarios";
pub const MESSAGES_DIR: &str = "locales";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSources {
    pub allowed: Vec<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLocales {
    pub default: S<String>,
    pub locale: Vec<RawLocale>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLocale {
    pub code: S<String>,
    pub name: String,
    /// "Continue in <language>", in that language, for the language choice at the site root.
    #[serde(rename = "continue")]
    pub continue_label: String,
    pub dir: S<String>,
    pub reviewed: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCatalogue {
    #[serde(default)]
    pub provision: Vec<RawProvision>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProvision {
    pub id: S<String>,
    pub law: S<String>,
    pub jurisdiction: S<String>,
    pub kind: S<String>,
    pub citation: S<String>,
    pub url: S<String>,
    pub status: S<String>,
    pub binds: S<String>,
    pub reviewed: Option<S<toml::value::Datetime>>,
    pub challenged_as_of: Option<S<toml::value::Datetime>>,
    /// Whether `url` is the official text itself; by default, for laws only. A law known only
    /// from a page about it (a court order read through class counsel's page) says `false`.
    pub official_text: Option<bool>,
    /// Free-text notes for reviewers (where the text was read, what differs). Never shown; read
    /// only so that `deny_unknown_fields` accepts it.
    #[serde(default)]
    #[allow(dead_code)]
    pub review_notes: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawResources {
    #[serde(default)]
    pub resource: Vec<RawResource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawResource {
    pub id: S<String>,
    pub call: Option<S<String>>,
    pub text: Option<S<String>>,
    pub tty: Option<S<String>>,
    /// The line to show first, on the home page and the rights card (exactly one).
    #[serde(default)]
    pub urgent: bool,
    pub source: S<String>,
    pub checked: Option<S<toml::value::Datetime>>,
    /// Must be `verified` (docs/research/README.md, rule 4): only numbers checked on the
    /// organisation's own site.
    pub status: S<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScenario {
    pub id: S<String>,
    pub audience: S<Vec<String>>,
    pub reviewed: Option<S<toml::value::Datetime>>,
    pub start: S<String>,
    /// Shown first on the home page (the seed situations).
    #[serde(default)]
    pub featured: bool,
    /// Sort order on the home page and in lists (lower first; then by id). Default 100.
    pub order: Option<u32>,
    /// `city-and-state-law` (what the laws require of police and City workers, the default) or
    /// `your-rights` (a resident's own constitutional rights, kept clearly apart).
    pub topic: Option<S<String>>,
    #[serde(default)]
    pub question: Vec<RawQuestion>,
    #[serde(default)]
    pub outcome: Vec<RawOutcome>,
    /// Facilitator notes for the presenter view (`[trainer]`); the words are in
    /// `locales/<code>/notes.ftl`.
    pub trainer: Option<RawTrainer>,
    /// Notes for reviewers; never shown.
    #[serde(default)]
    #[allow(dead_code)]
    pub review_notes: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTrainer {
    /// A suggested plan: each part's id and minutes.
    #[serde(default)]
    pub plan: Vec<RawPlanPart>,
    /// Discussion prompts (ids).
    #[serde(default)]
    pub prompts: Vec<S<String>>,
    /// Common questions from the room, each with where the site answers it.
    #[serde(default)]
    pub questions: Vec<RawRoomQuestion>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlanPart {
    pub id: S<String>,
    pub minutes: S<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRoomQuestion {
    pub id: S<String>,
    /// `outcome:<id>` (of this scenario), `law:<id>` or `myth:<id>`.
    pub answer: S<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    pub id: S<String>,
    #[serde(default)]
    pub answers: Vec<RawAnswer>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAnswer {
    pub id: S<String>,
    pub next: S<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOutcome {
    pub id: S<String>,
    pub verdict: S<String>,
    pub actor: S<String>,
    #[serde(default)]
    pub reasons: Vec<RawClaim>,
    #[serde(default)]
    pub steps: Vec<RawStep>,
    #[serde(default)]
    pub notes: Vec<RawClaim>,
    #[serde(default)]
    pub resources: Vec<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClaim {
    pub id: S<String>,
    #[serde(default)]
    pub cites: Vec<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    pub id: S<String>,
    pub resource: Option<S<String>>,
    /// A step that states what the law allows cites it, like a reason.
    #[serde(default)]
    pub cites: Vec<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMyths {
    pub reviewed: Option<S<toml::value::Datetime>>,
    #[serde(default)]
    pub myth: Vec<RawMyth>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMyth {
    pub id: S<String>,
    /// `false` or `partly-false`.
    pub answer: S<String>,
    #[serde(default)]
    pub cites: Vec<S<String>>,
    /// A common question, linked from the home page.
    #[serde(default)]
    pub featured: bool,
}

/// Terms of art, each defined once (`glossary_<id>` and its `.definition`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGlossary {
    #[serde(default)]
    pub term: Vec<RawTerm>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTerm {
    pub id: S<String>,
    #[serde(default)]
    pub cites: Vec<S<String>>,
}

/// The rights card: lines a person shows to an agent, with the sources for them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCard {
    pub reviewed: Option<S<toml::value::Datetime>>,
    pub lines: Vec<S<String>>,
    pub cites: Vec<S<String>>,
    /// Sources for the caution printed under the card (`card_caution`).
    pub caution_cites: Vec<S<String>>,
}

/// Everything read from disk, not yet checked for meaning.
#[derive(Debug, Default)]
pub struct Raw {
    pub sources: Option<(SourceFile, RawSources)>,
    pub locales: Option<(SourceFile, RawLocales)>,
    pub catalogue: Option<(SourceFile, RawCatalogue)>,
    pub resources: Option<(SourceFile, RawResources)>,
    pub myths: Option<(SourceFile, RawMyths)>,
    pub card: Option<(SourceFile, RawCard)>,
    pub glossary: Option<(SourceFile, RawGlossary)>,
    pub scenarios: Vec<(SourceFile, RawScenario)>,
    /// File stems of scenario files that could not be parsed (their messages are not "unused").
    pub unparsed_scenarios: Vec<String>,
    /// Locale code → its `.ftl` files (parsed in `ftl`).
    pub messages: Vec<(String, Vec<SourceFile>)>,
}

pub fn read_source(path: &Path, diags: &mut Diagnostics) -> Option<SourceFile> {
    match fs::read_to_string(path) {
        Ok(text) => Some(SourceFile { path: path.to_path_buf(), text }),
        Err(e) => {
            diags.push(path, 0, format!("cannot read this file: {e}"));
            None
        }
    }
}

pub fn parse_toml<T: for<'de> Deserialize<'de>>(
    path: &Path,
    diags: &mut Diagnostics,
) -> Option<(SourceFile, T)> {
    let src = read_source(path, diags)?;
    match toml::from_str::<T>(&src.text) {
        Ok(v) => Some((src, v)),
        Err(e) => {
            let line = e.span().map(|s| src.line_of(s.start)).unwrap_or(1);
            diags.push(path, line, e.message().trim().to_string());
            None
        }
    }
}

fn files_with_ext(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else { continue };
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == ext) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

pub fn read_all(root: &Path, diags: &mut Diagnostics) -> Raw {
    let mut raw = Raw {
        sources: parse_toml(&root.join(SOURCES), diags),
        locales: parse_toml(&root.join(LOCALES), diags),
        catalogue: parse_toml(&root.join(CATALOGUE), diags),
        resources: parse_toml(&root.join(RESOURCES), diags),
        myths: parse_toml(&root.join(MYTHS), diags),
        card: parse_toml(&root.join(CARD), diags),
        glossary: parse_toml(&root.join(GLOSSARY), diags),
        ..Raw::default()
    };
    for path in files_with_ext(&root.join(SCENARIOS_DIR), "toml") {
        match parse_toml::<RawScenario>(&path, diags) {
            Some(s) => raw.scenarios.push(s),
            None => raw
                .unparsed_scenarios
                .push(path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string()),
        }
    }
    if let Some((_, locales)) = &raw.locales {
        for l in &locales.locale {
            let dir = root.join(MESSAGES_DIR).join(l.code.get_ref());
            let files: Vec<SourceFile> =
                files_with_ext(&dir, "ftl").iter().filter_map(|p| read_source(p, diags)).collect();
            raw.messages.push((l.code.get_ref().clone(), files));
        }
    }
    raw
}

pub fn all_files(root: &Path) -> Vec<PathBuf> {
    let mut v = vec![
        root.join(SOURCES),
        root.join(LOCALES),
        root.join(CATALOGUE),
        root.join(RESOURCES),
        root.join(MYTHS),
        root.join(CARD),
        root.join(GLOSSARY),
    ];
    v.extend(files_with_ext(&root.join(SCENARIOS_DIR), "toml"));
    v.extend(files_with_ext(&root.join(MESSAGES_DIR), "ftl"));
    v
}
