//! The content rules. Each rule reports a diagnostic naming the file and line; `load` fails when
//! any rule fails. The rules, in the order they appear below:
//!
//! - ids are lowercase words joined by hyphens (they appear in URLs) and are unique;
//! - enumerated fields take one of their listed values (`model::vocab`);
//! - every shown URL is https and on the allowed list (`content/sources.toml`; rule 3 of the
//!   rules for content, docs/research/README.md, whose numbers the rules below use);
//! - every provision, scenario and help number has a reviewed or checked date (rule 8);
//! - an UNVERIFIED provision is not cited with a pinpoint subsection (rule 2);
//! - only verified phone numbers (rule 4);
//! - scenario graphs: references exist, every node is reachable, each question has 2–4 answers,
//!   no loops, every path ends at an outcome, every outcome and every claim cites something;
//! - every message the content needs exists in every shipped locale, and every locale has exactly
//!   English's messages, attributes and variables.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use toml::value::Datetime;

use crate::diag::{Diagnostics, SourceFile};
use crate::ftl::{self, Catalogue};
use crate::load::{self, Raw, S};
use crate::model::*;

/// A message the content needs: `key` (and `attr`, if any) must exist in every locale.
struct Need {
    key: String,
    attr: Option<&'static str>,
    file: PathBuf,
    line: usize,
}

struct Checker<'a> {
    diags: &'a mut Diagnostics,
    allowed: Vec<String>,
    needs: Vec<Need>,
}

impl Checker<'_> {
    fn line(&self, src: &SourceFile, s: &S<impl Sized>) -> usize {
        src.line_of(s.span().start)
    }

    fn need(&mut self, key: String, attr: Option<&'static str>, src: &SourceFile, line: usize) {
        self.needs.push(Need { key, attr, file: src.path.clone(), line });
    }

    fn id(&mut self, src: &SourceFile, id: &S<String>, what: &str) -> String {
        let v = id.get_ref();
        if !is_slug(v) {
            let line = self.line(src, id);
            self.diags.push(
                &src.path,
                line,
                format!("{what} id `{v}` must be lowercase letters and digits joined by single hyphens"),
            );
        }
        v.clone()
    }

    fn one_of(&mut self, src: &SourceFile, v: &S<String>, field: &str, allowed: &[&str]) -> String {
        if !allowed.contains(&v.get_ref().as_str()) {
            let line = self.line(src, v);
            self.diags.push(
                &src.path,
                line,
                format!("`{field}` is `{}`; it must be one of: {}", v.get_ref(), allowed.join(", ")),
            );
        }
        v.get_ref().clone()
    }

    /// Resolves catalogue ids to indices, reporting each one that is not in the catalogue as
    /// "<who> cites `id`, which is not in the law catalogue".
    /// An entry of a list whose text rests on sources (a glossary term, a myth): its id, unique in
    /// `seen` ("<kind> `id` is defined twice"), and its citations, at least one ("<kind> `id` cites
    /// nothing; every <needs> needs a citation"), resolved. Returns the id, its line and the cites.
    #[allow(clippy::too_many_arguments)]
    fn cited_entry(
        &mut self,
        src: &SourceFile,
        id: &S<String>,
        cites: &[S<String>],
        kind: &str,
        needs: &str,
        seen: &mut BTreeSet<String>,
        index: &HashMap<String, usize>,
    ) -> (String, usize, Vec<usize>) {
        let line = self.line(src, id);
        let id = self.id(src, id, kind);
        if !seen.insert(id.clone()) {
            self.diags.push(&src.path, line, format!("{kind} `{id}` is defined twice"));
        }
        if cites.is_empty() {
            self.diags.push(
                &src.path,
                line,
                format!("{kind} `{id}` cites nothing; every {needs} needs a citation"),
            );
        }
        let cites = self.cites(src, cites, &format!("{kind} `{id}`"), index);
        (id, line, cites)
    }

    fn cites(
        &mut self,
        src: &SourceFile,
        ids: &[S<String>],
        who: &str,
        index: &HashMap<String, usize>,
    ) -> Vec<usize> {
        let mut out = Vec::new();
        for p in ids {
            match index.get(p.get_ref()) {
                Some(&i) => out.push(i),
                None => {
                    let line = self.line(src, p);
                    self.diags.push(
                        &src.path,
                        line,
                        format!(
                            "{who} cites `{}`, which is not in the law catalogue (content/{})",
                            p.get_ref(),
                            load::CATALOGUE
                        ),
                    );
                }
            }
        }
        out
    }

    fn url(&mut self, src: &SourceFile, url: &S<String>) -> String {
        if let Err(e) = check_url(url.get_ref(), &self.allowed) {
            let line = self.line(src, url);
            self.diags.push(&src.path, line, e);
        }
        url.get_ref().clone()
    }

    fn date(
        &mut self,
        src: &SourceFile,
        d: &Option<S<Datetime>>,
        field: &str,
        line_if_missing: usize,
        what: &str,
    ) -> Date {
        match d {
            None => {
                self.diags.push(&src.path, line_if_missing, format!("{what} has no `{field}` date"));
                Date { year: 0, month: 0, day: 0 }
            }
            Some(d) => match (d.get_ref().date, d.get_ref().time) {
                (Some(date), None) => Date { year: date.year, month: date.month, day: date.day },
                _ => {
                    let line = self.line(src, d);
                    self.diags.push(
                        &src.path,
                        line,
                        format!("`{field}` must be a plain date such as 2026-11-29"),
                    );
                    Date { year: 0, month: 0, day: 0 }
                }
            },
        }
    }
}

pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Rule 3 (docs/research/README.md): links shown to users are https and go to an allowed domain
/// (or a subdomain).
pub fn check_url(url: &str, allowed: &[String]) -> Result<(), String> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Err(format!("URL `{url}` is not https"));
    };
    let host = rest.split(['/', '?', '#', ':']).next().unwrap_or("").to_ascii_lowercase();
    let ok = allowed.iter().any(|d| host == *d || host.ends_with(&format!(".{d}")));
    if ok && !host.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "URL `{url}` goes to `{host}`, which is not on the allowed list in content/{}",
            load::SOURCES
        ))
    }
}

/// A citation with a subsection in parentheses, such as `MCC 2-173-020(b)` or `5 ILCS 805/15(f)`.
fn has_pinpoint(citation: &str) -> bool {
    citation.contains('(')
}

pub fn check(root: &Path, raw: Raw, diags: &mut Diagnostics) -> Content {
    let mut content = Content::default();
    let allowed: Vec<String> = raw
        .sources
        .as_ref()
        .map(|(_, s)| s.allowed.iter().map(|d| d.get_ref().to_ascii_lowercase()).collect())
        .unwrap_or_default();
    content.allowed_domains = allowed.clone();
    let mut c = Checker { diags, allowed, needs: Vec::new() };

    // Locales.
    let mut catalogues: Vec<(String, Catalogue)> = Vec::new();
    if let Some((src, locales)) = &raw.locales {
        content.default_locale = locales.default.get_ref().clone();
        let mut seen = BTreeSet::new();
        for l in &locales.locale {
            let code = l.code.get_ref().clone();
            if !seen.insert(code.clone()) {
                let line = c.line(src, &l.code);
                c.diags.push(&src.path, line, format!("locale `{code}` is listed twice"));
            }
            let dir = c.one_of(src, &l.dir, "dir", vocab::DIRS);
            content.locales.push(Locale {
                code,
                name: l.name.clone(),
                continue_label: l.continue_label.clone(),
                dir,
                reviewed: l.reviewed,
                messages: BTreeMap::new(),
            });
        }
        if !seen.contains(locales.default.get_ref()) {
            let line = c.line(src, &locales.default);
            c.diags.push(
                &src.path,
                line,
                format!("default locale `{}` is not listed", locales.default.get_ref()),
            );
        }
    }
    for (code, files) in &raw.messages {
        if files.is_empty() {
            let dir = root.join(load::MESSAGES_DIR).join(code);
            c.diags.push(&dir, 0, format!("locale `{code}` has no .ftl files"));
        }
        catalogues.push((code.clone(), ftl::compile_locale(files, c.diags)));
    }

    // Law catalogue.
    let mut provision_index: HashMap<String, usize> = HashMap::new();
    if let Some((src, cat)) = &raw.catalogue {
        for p in &cat.provision {
            let id = c.id(src, &p.id, "provision");
            let line = c.line(src, &p.id);
            if provision_index.insert(id.clone(), content.provisions.len()).is_some() {
                c.diags.push(&src.path, line, format!("provision `{id}` is defined twice"));
            }
            let law = c.id(src, &p.law, "law");
            let status = c.one_of(src, &p.status, "status", vocab::STATUSES);
            if status == "unverified" && has_pinpoint(p.citation.get_ref()) {
                let l = c.line(src, &p.citation);
                c.diags.push(
                    &src.path,
                    l,
                    format!(
                        "provision `{id}` is UNVERIFIED, so its citation `{}` may not name a subsection",
                        p.citation.get_ref()
                    ),
                );
            }
            let reviewed = c.date(src, &p.reviewed, "reviewed", line, &format!("provision `{id}`"));
            let challenged_as_of = p.challenged_as_of.as_ref().map(|_| {
                c.date(src, &p.challenged_as_of, "challenged_as_of", line, &format!("provision `{id}`"))
            });
            c.need(format!("law_{id}"), None, src, line);
            c.need(format!("law_{id}"), Some("summary"), src, line);
            if challenged_as_of.is_some() {
                c.need(format!("law_{id}"), Some("challenge"), src, line);
            }
            c.need(format!("law-group_{law}"), None, src, c.line(src, &p.law));
            if p.kind.get_ref() == "law" && p.binds.get_ref() == "no-one" {
                c.diags.push(
                    &src.path,
                    c.line(src, &p.binds),
                    format!("provision `{id}` is a law, so it binds someone; `no-one` is for sources that are not law (guidance, reports)"),
                );
            }
            content.provisions.push(Provision {
                id,
                law,
                jurisdiction: c.one_of(src, &p.jurisdiction, "jurisdiction", vocab::JURISDICTIONS),
                kind: c.one_of(src, &p.kind, "kind", vocab::KINDS),
                citation: p.citation.get_ref().clone(),
                url: c.url(src, &p.url),
                status,
                binds: c.one_of(src, &p.binds, "binds", vocab::BINDS),
                reviewed,
                challenged_as_of,
                official_text: p.official_text.unwrap_or(p.kind.get_ref() == "law"),
            });
        }
    }

    // Help resources.
    let mut resource_index: HashMap<String, usize> = HashMap::new();
    if let Some((src, res)) = &raw.resources {
        let urgent = res.resource.iter().filter(|r| r.urgent).count();
        if urgent != 1 {
            c.diags.push(
                &src.path,
                1,
                format!("{urgent} help lines are marked `urgent = true`; exactly one must be (it is shown first, on the home page and the rights card)"),
            );
        }
        for r in &res.resource {
            let id = c.id(src, &r.id, "resource");
            let line = c.line(src, &r.id);
            if resource_index.insert(id.clone(), content.resources.len()).is_some() {
                c.diags.push(&src.path, line, format!("resource `{id}` is defined twice"));
            }
            if r.status.get_ref() != "verified" {
                let l = c.line(src, &r.status);
                c.diags.push(
                    &src.path,
                    l,
                    format!("resource `{id}` is not verified on the organisation's own site; only verified numbers may be shown"),
                );
            }
            for number in [&r.call, &r.text, &r.tty].into_iter().flatten() {
                let n = number.get_ref();
                if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
                    let l = c.line(src, number);
                    c.diags.push(
                        &src.path,
                        l,
                        format!("phone number `{n}` must be digits only (it becomes a tel: or sms: link)"),
                    );
                }
            }
            let checked = c.date(src, &r.checked, "checked", line, &format!("resource `{id}`"));
            c.need(format!("help_{id}"), None, src, line);
            c.need(format!("help_{id}"), Some("detail"), src, line);
            content.resources.push(Resource {
                id,
                call: r.call.as_ref().map(|s| s.get_ref().clone()),
                text: r.text.as_ref().map(|s| s.get_ref().clone()),
                tty: r.tty.as_ref().map(|s| s.get_ref().clone()),
                urgent: r.urgent,
                source: c.url(src, &r.source),
                checked,
            });
        }
    }

    // Glossary: each term defined once, with the sources of its definition.
    if let Some((src, glossary)) = &raw.glossary {
        let mut seen = BTreeSet::new();
        for t in &glossary.term {
            let (id, line, cites) =
                c.cited_entry(src, &t.id, &t.cites, "term", "definition", &mut seen, &provision_index);
            c.need(format!("glossary_{id}"), None, src, line);
            c.need(format!("glossary_{id}"), Some("definition"), src, line);
            // The words the term is found by in running text, to link its first use on a page.
            c.need(format!("glossary_{id}"), Some("forms"), src, line);
            content.glossary.push(Term { id, cites });
        }
    }

    // Myths and facts.
    if let Some((src, myths)) = &raw.myths {
        content.myths_reviewed = c.date(src, &myths.reviewed, "reviewed", 1, "the myths file");
        let mut seen = BTreeSet::new();
        for m in &myths.myth {
            let (id, line, cites) =
                c.cited_entry(src, &m.id, &m.cites, "myth", "correction", &mut seen, &provision_index);
            let answer = c.one_of(src, &m.answer, "answer", vocab::MYTH_ANSWERS);
            for attr in [None, Some("fact"), Some("explanation")] {
                c.need(format!("myth_{id}"), attr, src, line);
            }
            content.myths.push(Myth { id, answer, cites, featured: m.featured });
        }
    }

    // The rights card.
    if let Some((src, card)) = &raw.card {
        content.card.reviewed = c.date(src, &card.reviewed, "reviewed", 1, "the rights card");
        for line in &card.lines {
            let id = c.id(src, line, "card line");
            let l = c.line(src, line);
            c.need(format!("card_{id}"), None, src, l);
            content.card.lines.push(id);
        }
        if card.lines.is_empty() || card.cites.is_empty() {
            c.diags.push(&src.path, 1, "the rights card needs lines and citations");
        }
        c.need("card_caution".into(), None, src, 1);
        content.card.cites = c.cites(src, &card.cites, "the card", &provision_index);
        content.card.caution_cites = c.cites(src, &card.caution_cites, "the card", &provision_index);
    }

    // Scenarios.
    let mut scenario_ids = BTreeSet::new();
    for (src, s) in &raw.scenarios {
        let sid = c.id(src, &s.id, "scenario");
        let sline = c.line(src, &s.id);
        let stem = src.path.file_stem().and_then(|x| x.to_str()).unwrap_or("");
        if stem != sid {
            c.diags.push(
                &src.path,
                sline,
                format!("scenario id `{sid}` must match its file name `{stem}.toml`"),
            );
        }
        if crate::bundle::FIXED_PARTS.contains(&sid.as_str()) {
            c.diags.push(
                &src.path,
                sline,
                format!(
                    "scenario id `{sid}` is taken: the message files use `{}` for their own parts",
                    crate::bundle::FIXED_PARTS.join("`, `")
                ),
            );
        }
        if sid == "quiz" {
            c.diags.push(
                &src.path,
                sline,
                "scenario id `quiz` is taken: the presenter view's quiz is /<lang>/present/quiz",
            );
        }
        if !scenario_ids.insert(sid.clone()) {
            c.diags.push(&src.path, sline, format!("scenario `{sid}` is defined twice"));
        }
        // (The notes are checked, and their words claimed, even when the graph is broken.)
        let trainer = check_trainer(&mut c, src, s, &sid, &provision_index, &content.myths);
        if let Some(mut scenario) = check_scenario(&mut c, src, s, sid, &provision_index, &resource_index) {
            scenario.trainer = trainer;
            content.scenarios.push(scenario);
        }
    }

    // Lists follow each scenario's `order`, then its id.
    let order_of = |id: &str| {
        raw.scenarios.iter().find(|(_, s)| s.id.get_ref() == id).and_then(|(_, s)| s.order).unwrap_or(100)
    };
    content.scenarios.sort_by(|a, b| (order_of(&a.id), &a.id).cmp(&(order_of(&b.id), &b.id)));

    // Messages: what the content needs, in every locale; and every locale matches English.
    let default = content.default_locale.clone();
    for (code, cat) in &catalogues {
        let dir = root.join(load::MESSAGES_DIR).join(code);
        for n in &c.needs {
            let present = match (cat.get(&n.key), n.attr) {
                (None, _) => false,
                (Some(m), None) => m.message.value.is_some(),
                (Some(m), Some(a)) => m.message.attributes.contains_key(a),
            };
            if !present {
                let what = match n.attr {
                    Some(a) => format!("`{}.{a}`", n.key),
                    None => format!("`{}`", n.key),
                };
                c.diags.push(
                    &n.file,
                    n.line,
                    format!(
                        "message {what} is missing in locale `{code}` (add it to a file in {})",
                        dir.display()
                    ),
                );
            }
        }
    }
    let needed: BTreeSet<&str> = c.needs.iter().map(|n| n.key.as_str()).collect();
    // Messages of a file that did not parse are not "unused": that file's error is the news.
    let unparsed_owner = |key: &str| {
        let prefix = key.split('_').next().unwrap_or("");
        let owner = if prefix == "scenario" || prefix == "present-notes" {
            key.split('_').nth(1).unwrap_or("")
        } else {
            prefix
        };
        raw.unparsed_scenarios.iter().any(|s| s == owner)
            || (prefix == "law" || prefix == "law-group") && raw.catalogue.is_none()
            || prefix == "help" && raw.resources.is_none()
            || prefix == "myth" && raw.myths.is_none()
            || prefix == "card" && raw.card.is_none()
            || prefix == "glossary" && raw.glossary.is_none()
    };
    if let Some((_, english)) = catalogues.iter().find(|(code, _)| *code == default) {
        for (key, m) in english {
            if key.contains('_') && !needed.contains(key.as_str()) && !unparsed_owner(key) {
                c.diags.push(
                    &m.file,
                    m.line,
                    format!(
                        "message `{key}` belongs to no scenario, provision or resource (check its spelling)"
                    ),
                );
            }
        }
        for (code, cat) in catalogues.iter().filter(|(code, _)| *code != default) {
            compare_with_english(c.diags, code, english, cat);
        }
    }
    for (_, cat) in &catalogues {
        for (key, m) in cat {
            if let Some(number) = phone_number_in(&m.message) {
                c.diags.push(
                    &m.file,
                    m.line,
                    format!("message `{key}` writes the phone number {number} in its text; give it to a help line in help/resources.toml (`call`, `text` or `tty`) so the app prints it as a link that reads the right way in every language"),
                );
            }
        }
    }
    for (code, cat) in catalogues {
        if let Some(l) = content.locales.iter_mut().find(|l| l.code == code) {
            let rtl = l.dir == "rtl";
            l.messages = cat
                .into_iter()
                .map(|(k, mut v)| {
                    if rtl {
                        isolate_message(&mut v.message);
                    }
                    (k, v.message)
                })
                .collect();
        }
    }
    content
}

fn compare_with_english(diags: &mut Diagnostics, code: &str, english: &Catalogue, other: &Catalogue) {
    for (key, en) in english {
        let Some(m) = other.get(key) else {
            diags.push(
                &en.file,
                en.line,
                format!("message `{key}` is in English but missing in locale `{code}`"),
            );
            continue;
        };
        let en_attrs: BTreeSet<&String> = en.message.attributes.keys().collect();
        let attrs: BTreeSet<&String> = m.message.attributes.keys().collect();
        if en_attrs != attrs || en.message.value.is_some() != m.message.value.is_some() {
            diags.push(&m.file, m.line, format!("message `{key}` in locale `{code}` does not have the same value and attributes as in English"));
        }
        for v in m.vars.difference(&en.vars) {
            diags.push(
                &m.file,
                m.line,
                format!(
                    "message `{key}` in locale `{code}` uses variable `${v}`, which English does not pass"
                ),
            );
        }
    }
    for (key, m) in other {
        if !english.contains_key(key) {
            diags.push(
                &m.file,
                m.line,
                format!("message `{key}` in locale `{code}` does not exist in English"),
            );
        }
    }
}

fn check_scenario(
    c: &mut Checker<'_>,
    src: &SourceFile,
    s: &load::RawScenario,
    sid: String,
    provisions: &HashMap<String, usize>,
    resources: &HashMap<String, usize>,
) -> Option<Scenario> {
    let sline = c.line(src, &s.id);
    for a in s.audience.get_ref() {
        if !vocab::AUDIENCES.contains(&a.as_str()) {
            let line = c.line(src, &s.audience);
            c.diags.push(
                &src.path,
                line,
                format!("audience `{a}` must be one of: {}", vocab::AUDIENCES.join(", ")),
            );
        }
    }
    if s.audience.get_ref().is_empty() {
        let line = c.line(src, &s.audience);
        c.diags.push(&src.path, line, "a scenario needs at least one audience");
    }
    let reviewed = c.date(src, &s.reviewed, "reviewed", sline, &format!("scenario `{sid}`"));
    let topic = match &s.topic {
        Some(t) => c.one_of(src, t, "topic", vocab::TOPICS),
        None => vocab::TOPICS[0].to_string(),
    };
    c.need(format!("scenario_{sid}"), None, src, sline);
    c.need(format!("scenario_{sid}"), Some("summary"), src, sline);

    // Node ids: questions first, then outcomes; indices follow that order.
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut lines: Vec<usize> = Vec::new();
    let all_ids = s.question.iter().map(|q| &q.id).chain(s.outcome.iter().map(|o| &o.id));
    for id in all_ids {
        let v = c.id(src, id, "node");
        let line = c.line(src, id);
        if index.insert(v.clone(), lines.len()).is_some() {
            c.diags.push(&src.path, line, format!("node `{v}` is defined twice in this scenario"));
        }
        lines.push(line);
    }
    let mut broken = false;
    let start = match index.get(s.start.get_ref()) {
        Some(&i) => i,
        None => {
            let line = c.line(src, &s.start);
            c.diags.push(
                &src.path,
                line,
                format!("start node `{}` does not exist in this scenario", s.start.get_ref()),
            );
            // Keep checking the rest of the scenario; the graph checks below are skipped.
            broken = true;
            0
        }
    };

    let mut nodes = Vec::new();
    // For each node, the line of each answer's `next`, to report a loop where it closes.
    let mut next_lines: Vec<Vec<usize>> = Vec::new();
    for q in &s.question {
        let qid = q.id.get_ref().clone();
        let line = c.line(src, &q.id);
        c.need(format!("{sid}_{qid}"), None, src, line);
        match q.answers.len() {
            0 => c.diags.push(&src.path, line, format!("question `{qid}` has no answers")),
            1 => c.diags.push(
                &src.path,
                line,
                format!("question `{qid}` has 1 answer; a question needs 2 to 4"),
            ),
            5.. => c.diags.push(
                &src.path,
                line,
                format!("question `{qid}` has {} answers; a question needs 2 to 4", q.answers.len()),
            ),
            _ => {}
        }
        let mut answers = Vec::new();
        let mut lines_here = Vec::new();
        let mut seen = BTreeSet::new();
        for a in &q.answers {
            let aid = c.id(src, &a.id, "answer");
            let aline = c.line(src, &a.id);
            if !seen.insert(aid.clone()) {
                c.diags.push(&src.path, aline, format!("question `{qid}` has two answers with id `{aid}`"));
            }
            c.need(format!("{sid}_{qid}_{aid}"), None, src, aline);
            match index.get(a.next.get_ref()) {
                Some(&next) => {
                    answers.push(Answer { id: aid, next });
                    lines_here.push(c.line(src, &a.next));
                }
                None => {
                    broken = true;
                    let nline = c.line(src, &a.next);
                    c.diags.push(
                        &src.path,
                        nline,
                        format!("answer `{aid}` of question `{qid}` leads to node `{}`, which does not exist in this scenario", a.next.get_ref()),
                    );
                }
            }
        }
        nodes.push(Node { id: qid, kind: NodeKind::Question { answers } });
        next_lines.push(lines_here);
    }
    for o in &s.outcome {
        let oid = o.id.get_ref().clone();
        let line = c.line(src, &o.id);
        c.need(format!("{sid}_{oid}"), None, src, line);
        let verdict = c.one_of(src, &o.verdict, "verdict", vocab::VERDICTS);
        // Every verdict says whose action it judges ("Chicago police: may not help").
        let actor = c.one_of(src, &o.actor, "actor", vocab::ACTORS);
        c.need(format!("actor-{actor}"), None, src, line);
        c.need(format!("{sid}_{oid}"), Some("verdict"), src, line);
        if o.reasons.is_empty() {
            c.diags.push(
                &src.path,
                line,
                format!(
                    "outcome `{oid}` has no reasons; every outcome needs at least one reason with a citation"
                ),
            );
        }
        let claims = |list: &[load::RawClaim], kind: &str, c: &mut Checker<'_>| -> Vec<Claim> {
            let mut out = Vec::new();
            for cl in list {
                let cid = c.id(src, &cl.id, kind);
                let cline = c.line(src, &cl.id);
                c.need(format!("{sid}_{oid}_{cid}"), None, src, cline);
                if cl.cites.is_empty() {
                    c.diags.push(
                        &src.path,
                        cline,
                        format!("{kind} `{cid}` of outcome `{oid}` cites nothing; every claim needs at least one citation"),
                    );
                }
                let cites = c.cites(src, &cl.cites, &format!("{kind} `{cid}`"), provisions);
                out.push(Claim { id: cid, cites });
            }
            out
        };
        let reasons = claims(&o.reasons, "reason", c);
        let notes = claims(&o.notes, "note", c);
        let mut steps = Vec::new();
        for st in &o.steps {
            let stid = c.id(src, &st.id, "step");
            let stline = c.line(src, &st.id);
            c.need(format!("{sid}_{oid}_{stid}"), None, src, stline);
            let resource = st.resource.as_ref().and_then(|r| lookup_resource(c, src, r, resources));
            let cites = c.cites(src, &st.cites, &format!("step `{stid}`"), provisions);
            steps.push(Step { id: stid, resource, cites });
        }
        let res = o.resources.iter().filter_map(|r| lookup_resource(c, src, r, resources)).collect();
        nodes.push(Node {
            id: oid,
            kind: NodeKind::Outcome(Outcome { verdict, actor, reasons, steps, notes, resources: res }),
        });
    }
    if broken {
        return None;
    }

    // Graph: loops (depth-first search from the start), reachability, and paths to an outcome.
    let n = nodes.len();
    let mut state = vec![0u8; n]; // 0 = unseen, 1 = on the current path, 2 = done
    let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
    state[start] = 1;
    while let Some(&mut (node, ref mut next_answer)) = stack.last_mut() {
        let answers = match &nodes[node].kind {
            NodeKind::Question { answers } => answers.as_slice(),
            NodeKind::Outcome(_) => &[],
        };
        if let Some(a) = answers.get(*next_answer) {
            let answer_line = next_lines[node][*next_answer];
            *next_answer += 1;
            match state[a.next] {
                0 => {
                    state[a.next] = 1;
                    stack.push((a.next, 0));
                }
                1 => {
                    broken = true;
                    c.diags.push(
                        &src.path,
                        answer_line,
                        format!(
                            "answer `{}` of question `{}` leads back to `{}`, making a loop",
                            a.id, nodes[node].id, nodes[a.next].id
                        ),
                    );
                }
                _ => {}
            }
        } else {
            state[node] = 2;
            stack.pop();
        }
    }
    for (i, node) in nodes.iter().enumerate() {
        if state[i] == 0 {
            c.diags.push(
                &src.path,
                lines[i],
                format!("node `{}` cannot be reached from the start node `{}`", node.id, nodes[start].id),
            );
        }
    }
    let mut reaches = vec![false; n];
    let mut changed = true;
    while changed {
        changed = false;
        for (i, node) in nodes.iter().enumerate() {
            let ok = match &node.kind {
                NodeKind::Outcome(_) => true,
                NodeKind::Question { answers } => answers.iter().any(|a| reaches[a.next]),
            };
            if ok && !reaches[i] {
                reaches[i] = true;
                changed = true;
            }
        }
    }
    for (i, node) in nodes.iter().enumerate() {
        if state[i] != 0 && !reaches[i] {
            c.diags.push(
                &src.path,
                lines[i],
                format!("no path from question `{}` reaches an outcome", node.id),
            );
        }
    }
    if broken {
        return None;
    }
    Some(Scenario {
        id: sid,
        file: src.path.clone(),
        audience: s.audience.get_ref().clone(),
        featured: s.featured,
        topic,
        reviewed,
        start,
        nodes,
        trainer: Default::default(),
    })
}

/// A scenario's facilitator notes (`[trainer]`): every scenario has them; a plan of 5 to 30
/// minutes in parts of 1 to 30, one to five prompts, one to six questions from the room, each
/// pointing to an outcome of this scenario, a provision or a myth; and their words in every
/// locale.
fn check_trainer(
    c: &mut Checker<'_>,
    src: &SourceFile,
    s: &load::RawScenario,
    sid: &str,
    provisions: &HashMap<String, usize>,
    myths: &[crate::model::Myth],
) -> crate::model::Trainer {
    use crate::model::{Pointer, Trainer};
    let sline = c.line(src, &s.id);
    let mut out = Trainer::default();
    let Some(t) = &s.trainer else {
        c.diags.push(
            &src.path,
            sline,
            format!("scenario `{sid}` has no `[trainer]` table (facilitator notes for the presenter view: plan, prompts, questions)"),
        );
        return out;
    };
    let mut seen = BTreeSet::new();
    let mut total = 0;
    for part in &t.plan {
        let id = c.id(src, &part.id, "plan part");
        let line = c.line(src, &part.id);
        if !seen.insert(format!("plan {id}")) {
            c.diags.push(&src.path, line, format!("plan part `{id}` is listed twice"));
        }
        let minutes = *part.minutes.get_ref();
        if !(1..=30).contains(&minutes) {
            let line = c.line(src, &part.minutes);
            c.diags.push(
                &src.path,
                line,
                format!("plan part `{id}` takes {minutes} minutes: give it 1 to 30"),
            );
        }
        total += minutes.clamp(0, 30);
        c.need(format!("present-notes_{sid}_plan_{id}"), None, src, line);
        out.plan.push((id, minutes.clamp(0, 30) as u32));
    }
    if !(5..=30).contains(&total) {
        c.diags.push(
            &src.path,
            sline,
            format!(
                "the trainer's plan for `{sid}` takes {total} minutes: plan 5 to 30 minutes for a situation"
            ),
        );
    }
    for p in &t.prompts {
        let id = c.id(src, p, "prompt");
        let line = c.line(src, p);
        if !seen.insert(format!("prompt {id}")) {
            c.diags.push(&src.path, line, format!("prompt `{id}` is listed twice"));
        }
        c.need(format!("present-notes_{sid}_prompt_{id}"), None, src, line);
        out.prompts.push(id);
    }
    if !(1..=5).contains(&t.prompts.len()) {
        c.diags.push(
            &src.path,
            sline,
            format!("give `{sid}` one to five discussion prompts, not {}", t.prompts.len()),
        );
    }
    for q in &t.questions {
        let id = c.id(src, &q.id, "question from the room");
        let line = c.line(src, &q.id);
        if !seen.insert(format!("question {id}")) {
            c.diags.push(&src.path, line, format!("question `{id}` is listed twice"));
        }
        c.need(format!("present-notes_{sid}_question_{id}"), None, src, line);
        let answer = q.answer.get_ref();
        let aline = c.line(src, &q.answer);
        let is_outcome = |o: &str| s.outcome.iter().any(|n| n.id.get_ref() == o);
        let pointer = match answer.split_once(':') {
            Some(("outcome", o)) if is_outcome(o) => Some(Pointer::Outcome(o.to_string())),
            Some(("law", l)) => provisions.get(l).map(|&i| Pointer::Law(i)),
            Some(("myth", m)) => myths.iter().position(|x| x.id == m).map(Pointer::Myth),
            _ => None,
        };
        match pointer {
            Some(p) => out.questions.push((id, p)),
            None => c.diags.push(
                &src.path,
                aline,
                format!("question `{id}` points to `{answer}`, which is none of: `outcome:<id>` (an outcome of this scenario), `law:<id>` (a provision), `myth:<id>`"),
            ),
        }
    }
    if !(1..=6).contains(&t.questions.len()) {
        c.diags.push(
            &src.path,
            sline,
            format!("give `{sid}` one to six questions from the room, not {}", t.questions.len()),
        );
    }
    out
}

fn lookup_resource(
    c: &mut Checker<'_>,
    src: &SourceFile,
    r: &S<String>,
    resources: &HashMap<String, usize>,
) -> Option<usize> {
    let found = resources.get(r.get_ref()).copied();
    if found.is_none() {
        let line = c.line(src, r);
        c.diags.push(
            &src.path,
            line,
            format!("resource `{}` is not in content/{}", r.get_ref(), load::RESOURCES),
        );
    }
    found
}

/// Right-to-left locales: every number, citation and Latin-script run in the text is isolated, so
/// it reads left to right inside the sentence (see `bidi`).
fn isolate_message(m: &mut crate::model::Message) {
    fn pattern(p: &mut crate::model::Pattern) {
        for part in p {
            match part {
                crate::model::Part::Text(t) => *t = crate::bidi::isolate_ltr_runs(t),
                crate::model::Part::Var(_) => {}
                crate::model::Part::Select { variants, .. } => {
                    variants.iter_mut().for_each(|(_, p)| pattern(p))
                }
            }
        }
    }
    m.value.iter_mut().for_each(pattern);
    m.attributes.values_mut().for_each(pattern);
}

/// A US phone number written in a message's text ("312-745-3598", "1-800-529-7374", "(312)
/// 745-3598"), if there is one.
fn phone_number_in(m: &crate::model::Message) -> Option<String> {
    fn in_text(t: &str) -> Option<String> {
        let digits_at = |s: &[char], i: usize, n: usize| {
            s.len() >= i + n && s[i..i + n].iter().all(|c| c.is_ascii_digit())
        };
        let s: Vec<char> = t.chars().collect();
        for i in 0..s.len() {
            if i > 0 && s[i - 1].is_ascii_digit() {
                continue;
            }
            // 3 digits, a separator, 3 digits, a separator, 4 digits; or (3 digits) 3-4.
            let (area, at) = if s[i] == '(' && digits_at(&s, i + 1, 3) && s.get(i + 4) == Some(&')') {
                (true, i + 5 + usize::from(s.get(i + 5) == Some(&' ')))
            } else if digits_at(&s, i, 3) && matches!(s.get(i + 3), Some('-' | '.' | ' ')) {
                (true, i + 4)
            } else {
                (false, i)
            };
            if area
                && digits_at(&s, at, 3)
                && matches!(s.get(at + 3), Some('-' | '.'))
                && digits_at(&s, at + 4, 4)
            {
                let end = at + 8;
                if !s.get(end).is_some_and(|c| c.is_ascii_digit()) {
                    return Some(s[i..end].iter().collect());
                }
            }
        }
        None
    }
    fn in_pattern(p: &crate::model::Pattern) -> Option<String> {
        p.iter().find_map(|part| match part {
            crate::model::Part::Text(t) => in_text(t),
            crate::model::Part::Var(_) => None,
            crate::model::Part::Select { variants, .. } => variants.iter().find_map(|(_, p)| in_pattern(p)),
        })
    }
    m.value.as_ref().and_then(in_pattern).or_else(|| m.attributes.values().find_map(in_pattern))
}
