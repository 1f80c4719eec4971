//! The content rules, one test per rule.
//!
//! `tests/fixtures/valid/` is a small but complete content tree (three provisions, one help line,
//! one scenario `demo` with two questions and three outcomes, English and Spanish messages) that
//! loads without a single problem. Each rule test copies that tree to a private temporary folder,
//! makes one targeted edit (replace a piece of text in one file, or remove or add a file), loads
//! it, and checks that the problem is reported where a lawyer or translator would look for it: in
//! the right file, on the exact line of the broken item, with the rule's wording. Expected lines
//! are always worked out from the edited text itself (the line holding a unique piece of text),
//! never written down as numbers, so a change to the fixture cannot silently make a test wrong.
//!
//! A copy is deleted when its test passes and kept (its path is printed) when it fails. Tests
//! marked `#[ignore = "bug …"]` describe known bugs in `src/`: remove the attribute once fixed
//! (`cargo test -p kyr-content -- --ignored` runs them).

use std::fs;
use std::path::{Path, PathBuf};

use kyr_content::{load, Diagnostic};

// Files of the fixture, relative to the content root.
const CATALOGUE: &str = "law/catalogue.toml";
const RESOURCES: &str = "help/resources.toml";
const DEMO: &str = "scenarios/demo.toml";
const EN_DEMO: &str = "locales/en/scenarios/demo.ftl";
const ES_DEMO: &str = "locales/es/scenarios/demo.ftl";
const EN_LAW: &str = "locales/en/law.ftl";
const ES_LAW: &str = "locales/es/law.ftl";
const EN_UI: &str = "locales/en/ui.ftl";
const ES_UI: &str = "locales/es/ui.ftl";

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn valid_fixture() -> PathBuf {
    crate_dir().join("tests/fixtures/valid")
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A private copy of the valid fixture that one test edits.
struct Tree {
    root: PathBuf,
}

impl Tree {
    /// Copies the valid fixture to a fresh folder named after the test.
    fn copy(name: &str) -> Tree {
        let root = std::env::temp_dir().join(format!("kyr-content-rules-{}-{name}", std::process::id()));
        if root.exists() {
            fs::remove_dir_all(&root).unwrap();
        }
        copy_dir(&valid_fixture(), &root);
        Tree { root }
    }

    fn read(&self, file: &str) -> String {
        fs::read_to_string(self.root.join(file)).unwrap_or_else(|e| panic!("cannot read {file}: {e}"))
    }

    fn write(&self, file: &str, text: &str) {
        let path = self.root.join(file);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    fn remove(&self, file: &str) {
        fs::remove_file(self.root.join(file)).unwrap();
    }

    /// Replaces `from`, which must occur exactly once in `file`, with `to`.
    fn replace(&self, file: &str, from: &str, to: &str) {
        let text = self.read(file);
        let n = text.matches(from).count();
        assert_eq!(n, 1, "{file} should contain {from:?} exactly once, but it occurs {n} times");
        self.write(file, &text.replacen(from, to, 1));
    }

    /// Deletes the one line of `file` that contains `needle`.
    fn remove_line(&self, file: &str, needle: &str) {
        let line = self.line_of(file, needle);
        let text = self.read(file);
        let kept: Vec<&str> =
            text.lines().enumerate().filter(|(i, _)| i + 1 != line).map(|(_, l)| l).collect();
        self.write(file, &(kept.join("\n") + "\n"));
    }

    /// Adds `text` (one or more whole lines) at the end of `file`.
    fn append(&self, file: &str, text: &str) {
        self.write(file, &(self.read(file) + text));
    }

    /// The 1-based numbers of the lines of `file` that contain `needle`.
    fn lines_of(&self, file: &str, needle: &str) -> Vec<usize> {
        self.read(file).lines().enumerate().filter(|(_, l)| l.contains(needle)).map(|(i, _)| i + 1).collect()
    }

    /// The 1-based line of `file` that contains `needle`; the needle must be on exactly one line.
    fn line_of(&self, file: &str, needle: &str) -> usize {
        let lines = self.lines_of(file, needle);
        assert_eq!(
            lines.len(),
            1,
            "{file} should contain {needle:?} on exactly one line, found on lines {lines:?}"
        );
        lines[0]
    }

    /// Loads the tree, which must fail, and returns every problem reported.
    fn problems(&self) -> Vec<Diagnostic> {
        match load(&self.root) {
            Ok(_) => panic!("the edited content in {} loaded without any problem", self.root.display()),
            Err(d) => d.0,
        }
    }

    /// Loads the tree and checks that one problem is reported in `file`, on `line`, with `wording`.
    fn reports(&self, file: &str, line: usize, wording: &str) -> Diagnostic {
        expect(&self.problems(), file, line, wording)
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("the edited content is kept in {}", self.root.display());
        } else {
            let _ = fs::remove_dir_all(&self.root);
        }
    }
}

/// Checks that one of `problems` is in `file` (a path relative to the content root), on `line`,
/// and that its message contains `wording`; returns that problem.
fn expect(problems: &[Diagnostic], file: &str, line: usize, wording: &str) -> Diagnostic {
    let found =
        problems.iter().find(|d| d.file.ends_with(file) && d.line == line && d.message.contains(wording));
    match found {
        Some(d) => d.clone(),
        None => {
            let all: Vec<String> = problems.iter().map(|d| format!("  {d}")).collect();
            panic!(
                "expected a problem at {file}:{line} saying {wording:?}; the problems were:\n{}",
                all.join("\n")
            )
        }
    }
}

fn assert_loads_cleanly(root: &Path) -> kyr_content::Content {
    match load(root) {
        Ok(content) => content,
        Err(d) => panic!("{} should load without problems, but:\n{d}", root.display()),
    }
}

// --- Valid content -------------------------------------------------------------------------------

#[test]
fn the_valid_fixture_loads_without_any_problem() {
    let content = assert_loads_cleanly(&valid_fixture());
    assert_eq!(content.provisions.len(), 3);
    assert_eq!(content.resources.len(), 1);
    assert_eq!(content.scenarios.len(), 1);
    assert_eq!(content.scenarios[0].nodes.len(), 5);
    let codes: Vec<&str> = content.locales.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, ["en", "es"]);
    let unverified =
        content.provisions.iter().find(|p| p.status == "unverified").expect("an unverified provision");
    assert!(!unverified.citation.contains('('), "the fixture's unverified provision must cite no subsection");
}

#[test]
fn the_real_content_loads_without_any_problem() {
    let content = assert_loads_cleanly(&crate_dir().join("../../content"));
    assert!(!content.scenarios.is_empty());
}

// --- Scenario graphs -----------------------------------------------------------------------------

#[test]
fn an_answer_leading_to_a_missing_node_is_reported_with_its_line() {
    let t = Tree::copy("answer-to-missing-node");
    t.replace(DEMO, r#"{ id = "not-sure", next = "depends" }"#, r#"{ id = "not-sure", next = "nowhere" }"#);
    let d = t.reports(DEMO, t.line_of(DEMO, r#""nowhere""#), "which does not exist in this scenario");
    assert!(d.message.contains("answer `not-sure` of question `paper` leads to node `nowhere`"), "{d}");
}

#[test]
fn a_start_node_that_does_not_exist_is_reported_with_its_line() {
    let t = Tree::copy("missing-start");
    t.replace(DEMO, r#"start = "request""#, r#"start = "begin""#);
    t.reports(
        DEMO,
        t.line_of(DEMO, r#"start = "begin""#),
        "start node `begin` does not exist in this scenario",
    );
}

#[test]
fn a_node_no_answer_leads_to_is_reported_as_unreachable() {
    let t = Tree::copy("unreachable-node");
    t.replace(DEMO, r#"{ id = "not-sure", next = "depends" }"#, r#"{ id = "not-sure", next = "may-help" }"#);
    t.reports(
        DEMO,
        t.line_of(DEMO, r#"id = "depends""#),
        "node `depends` cannot be reached from the start node `request`",
    );
}

#[test]
fn a_question_without_answers_is_reported() {
    let t = Tree::copy("question-without-answers");
    t.replace(
        DEMO,
        r#"answers = [
  { id = "judge-signed", next = "may-help" },
  { id = "ice-form", next = "may-not-help" },
  { id = "not-sure", next = "depends" },
]"#,
        "answers = []",
    );
    t.reports(DEMO, t.line_of(DEMO, r#"id = "paper""#), "question `paper` has no answers");
}

#[test]
fn a_question_with_only_one_answer_is_reported() {
    let t = Tree::copy("question-with-one-answer");
    t.remove_line(DEMO, r#"{ id = "crime", next = "may-help" }"#);
    t.reports(DEMO, t.line_of(DEMO, r#"id = "request""#), "a question needs 2 to 4");
}

#[test]
fn a_question_with_five_answers_is_reported() {
    let t = Tree::copy("question-with-five-answers");
    t.replace(
        DEMO,
        r#"  { id = "not-sure", next = "depends" },
"#,
        r#"  { id = "not-sure", next = "depends" },
  { id = "spoken", next = "depends" },
  { id = "email", next = "depends" },
"#,
    );
    t.reports(
        DEMO,
        t.line_of(DEMO, r#"id = "paper""#),
        "question `paper` has 5 answers; a question needs 2 to 4",
    );
}

#[test]
fn an_answer_leading_back_to_an_earlier_question_is_reported_as_a_loop() {
    let t = Tree::copy("loop");
    t.replace(DEMO, r#"{ id = "not-sure", next = "depends" }"#, r#"{ id = "not-sure", next = "request" }"#);
    // The loop is reported on the line of the answer that closes it.
    t.reports(
        DEMO,
        t.line_of(DEMO, r#"{ id = "not-sure", next = "request" }"#),
        "answer `not-sure` of question `paper` leads back to `request`, making a loop",
    );
}

// --- Outcomes, citations and help lines in scenarios ---------------------------------------------

#[test]
fn a_reason_citing_a_provision_not_in_the_catalogue_is_reported_with_its_line() {
    let t = Tree::copy("cite-not-in-catalogue");
    t.replace(DEMO, r#"cites = ["ag-guidance"]"#, r#"cites = ["ag-guidence"]"#);
    t.reports(
        DEMO,
        t.line_of(DEMO, r#""ag-guidence""#),
        "reason `ask` cites `ag-guidence`, which is not in the law catalogue",
    );
}

#[test]
fn a_note_citing_a_provision_not_in_the_catalogue_is_reported_with_its_line() {
    let t = Tree::copy("note-cite-not-in-catalogue");
    t.replace(
        DEMO,
        r#"{ id = "federal", cites = ["trust-15"] }"#,
        r#"{ id = "federal", cites = ["trust-16"] }"#,
    );
    t.reports(
        DEMO,
        t.line_of(DEMO, r#""trust-16""#),
        "note `federal` cites `trust-16`, which is not in the law catalogue",
    );
}

#[test]
fn an_outcome_without_reasons_is_reported() {
    let t = Tree::copy("outcome-without-reasons");
    t.replace(
        DEMO,
        r#"reasons = [
  { id = "crime-warrant", cites = ["wco-a"] },
]
"#,
        "",
    );
    t.reports(DEMO, t.line_of(DEMO, r#"id = "may-help""#), "outcome `may-help` has no reasons");
}

#[test]
fn a_reason_that_cites_nothing_is_reported() {
    let t = Tree::copy("reason-cites-nothing");
    t.replace(
        DEMO,
        r#"{ id = "crime-warrant", cites = ["wco-a"] }"#,
        r#"{ id = "crime-warrant", cites = [] }"#,
    );
    t.reports(
        DEMO,
        t.line_of(DEMO, r#""crime-warrant""#),
        "reason `crime-warrant` of outcome `may-help` cites nothing",
    );
}

#[test]
fn a_note_that_cites_nothing_is_reported() {
    let t = Tree::copy("note-cites-nothing");
    t.replace(DEMO, r#"{ id = "federal", cites = ["trust-15"] }"#, r#"{ id = "federal" }"#);
    t.reports(
        DEMO,
        t.line_of(DEMO, r#""federal""#),
        "note `federal` of outcome `may-not-help` cites nothing",
    );
}

#[test]
fn a_step_naming_a_missing_help_line_is_reported_with_its_line() {
    let t = Tree::copy("step-missing-resource");
    t.replace(DEMO, r#"resource = "hotline""#, r#"resource = "hot-line""#);
    t.reports(
        DEMO,
        t.line_of(DEMO, r#"resource = "hot-line""#),
        "resource `hot-line` is not in content/help/resources.toml",
    );
}

#[test]
fn an_outcome_listing_a_missing_help_line_is_reported_with_its_line() {
    let t = Tree::copy("outcome-missing-resource");
    t.replace(DEMO, r#"resources = ["hotline"]"#, r#"resources = ["hot-line"]"#);
    t.reports(
        DEMO,
        t.line_of(DEMO, r#"resources = ["hot-line"]"#),
        "resource `hot-line` is not in content/help/resources.toml",
    );
}

#[test]
fn an_unknown_verdict_is_reported_with_the_allowed_values() {
    let t = Tree::copy("unknown-verdict");
    t.replace(DEMO, r#"verdict = "allowed""#, r#"verdict = "permitted""#);
    t.reports(
        DEMO,
        t.line_of(DEMO, r#""permitted""#),
        "`verdict` is `permitted`; it must be one of: not-allowed, allowed, required, depends",
    );
}

#[test]
fn an_unknown_audience_is_reported() {
    let t = Tree::copy("unknown-audience");
    t.replace(DEMO, r#"audience = ["resident", "officer"]"#, r#"audience = ["resident", "lawyer"]"#);
    t.reports(
        DEMO,
        t.line_of(DEMO, "audience ="),
        "audience `lawyer` must be one of: resident, officer, trainer",
    );
}

#[test]
fn a_scenario_whose_id_differs_from_its_file_name_is_reported() {
    let t = Tree::copy("scenario-id-not-file-name");
    t.replace(DEMO, r#"id = "demo""#, r#"id = "demonstration""#);
    t.reports(
        DEMO,
        t.line_of(DEMO, r#"id = "demonstration""#),
        "scenario id `demonstration` must match its file name `demo.toml`",
    );
}

#[test]
fn a_scenario_id_that_names_a_message_part_is_reported() {
    let t = Tree::copy("scenario-id-reserved");
    t.replace(DEMO, r#"id = "demo""#, r#"id = "law""#);
    t.reports(
        DEMO,
        t.line_of(DEMO, r#"id = "law""#),
        "scenario id `law` is taken: the message files use `core`, `law`, `myths`, `glossary`, `partners`, `present` for their own parts",
    );
}

// --- Facilitator notes ---------------------------------------------------------------------------

#[test]
fn a_scenario_without_facilitator_notes_is_reported_at_its_id() {
    let t = Tree::copy("trainer-missing");
    let text = t.read(DEMO);
    let start = text.find("[trainer]").unwrap();
    let end = start + text[start..].find("[[question]]").unwrap();
    t.write(DEMO, &format!("{}{}", &text[..start], &text[end..]));
    for f in ["locales/en/notes.ftl", "locales/es/notes.ftl"] {
        t.remove(f);
    }
    t.reports(DEMO, t.line_of(DEMO, r#"id = "demo""#), "scenario `demo` has no `[trainer]` table");
}

#[test]
fn a_room_question_must_point_to_an_outcome_a_provision_or_a_myth() {
    let t = Tree::copy("trainer-bad-pointer");
    t.replace(DEMO, r#""outcome:may-not-help""#, r#""outcome:request""#);
    t.reports(
        DEMO,
        t.line_of(DEMO, r#""outcome:request""#),
        "question `help-arrest` points to `outcome:request`, which is none of",
    );
    let t = Tree::copy("trainer-unknown-law");
    t.replace(DEMO, r#""law:wco-a""#, r#""law:nope""#);
    t.reports(DEMO, t.line_of(DEMO, r#""law:nope""#), "points to `law:nope`");
}

#[test]
fn a_plan_part_of_no_minutes_and_a_plan_too_short_are_reported() {
    let t = Tree::copy("trainer-minutes");
    t.replace(DEMO, r#"{ id = "walk", minutes = 6 }"#, r#"{ id = "walk", minutes = 0 }"#);
    t.reports(DEMO, t.line_of(DEMO, r#"minutes = 0"#), "plan part `walk` takes 0 minutes: give it 1 to 30");
    t.reports(DEMO, t.line_of(DEMO, r#"id = "demo""#), "the trainer's plan for `demo` takes 2 minutes");
}

#[test]
fn a_note_missing_in_a_language_is_reported_where_the_structure_names_it() {
    let t = Tree::copy("trainer-note-missing");
    t.remove_line("locales/es/notes.ftl", "present-notes_demo_prompt_who-decides = ¿Quién debería decidir?");
    t.reports(
        DEMO,
        t.line_of(DEMO, r#"prompts = ["who-decides"]"#),
        "message `present-notes_demo_prompt_who-decides` is missing in locale `es`",
    );
}

// --- Review dates --------------------------------------------------------------------------------

#[test]
fn a_scenario_without_a_reviewed_date_is_reported_at_its_id() {
    let t = Tree::copy("scenario-without-reviewed");
    t.remove_line(DEMO, "reviewed = 2026-01-14");
    t.reports(DEMO, t.line_of(DEMO, r#"id = "demo""#), "scenario `demo` has no `reviewed` date");
}

#[test]
fn a_provision_without_a_reviewed_date_is_reported_at_its_id() {
    let t = Tree::copy("provision-without-reviewed");
    t.remove_line(CATALOGUE, "reviewed = 2026-01-11");
    t.reports(
        CATALOGUE,
        t.line_of(CATALOGUE, r#"id = "trust-15""#),
        "provision `trust-15` has no `reviewed` date",
    );
}

#[test]
fn a_help_line_without_a_checked_date_is_reported_at_its_id() {
    let t = Tree::copy("resource-without-checked");
    t.remove_line(RESOURCES, "checked = 2026-01-13");
    t.reports(
        RESOURCES,
        t.line_of(RESOURCES, r#"id = "hotline""#),
        "resource `hotline` has no `checked` date",
    );
}

#[test]
fn a_reviewed_date_with_a_time_of_day_is_reported() {
    let t = Tree::copy("reviewed-with-time");
    t.replace(CATALOGUE, "reviewed = 2026-01-12", "reviewed = 2026-01-12T09:30:00");
    t.reports(CATALOGUE, t.line_of(CATALOGUE, "2026-01-12T09:30:00"), "`reviewed` must be a plain date");
}

// --- The law catalogue and links -----------------------------------------------------------------

#[test]
fn an_unverified_provision_citing_a_subsection_is_reported() {
    let t = Tree::copy("unverified-subsection");
    t.replace(CATALOGUE, r#"citation = "5 ILCS 805/15""#, r#"citation = "5 ILCS 805/15(b)""#);
    t.reports(
        CATALOGUE,
        t.line_of(CATALOGUE, "805/15(b)"),
        "provision `trust-15` is UNVERIFIED, so its citation `5 ILCS 805/15(b)` may not name a subsection",
    );
}

#[test]
fn a_provision_url_over_http_is_reported() {
    let t = Tree::copy("provision-url-http");
    t.replace(CATALOGUE, r#"url = "https://www.ilga.gov/"#, r#"url = "http://www.ilga.gov/"#);
    t.reports(CATALOGUE, t.line_of(CATALOGUE, "http://www.ilga.gov/"), "is not https");
}

#[test]
fn a_provision_url_on_a_domain_not_allowed_is_reported() {
    let t = Tree::copy("provision-url-domain");
    t.replace(CATALOGUE, "https://illinoisattorneygeneral.gov/", "https://www.example.com/");
    t.reports(
        CATALOGUE,
        t.line_of(CATALOGUE, "https://www.example.com/"),
        "goes to `www.example.com`, which is not on the allowed list",
    );
}

#[test]
fn a_look_alike_of_an_allowed_domain_is_not_allowed() {
    let t = Tree::copy("provision-url-look-alike");
    // `fakeilga.gov` ends with `ilga.gov` but is not a subdomain of it.
    t.replace(CATALOGUE, "https://www.ilga.gov/", "https://fakeilga.gov/");
    t.reports(
        CATALOGUE,
        t.line_of(CATALOGUE, "https://fakeilga.gov/"),
        "goes to `fakeilga.gov`, which is not on the allowed list",
    );
}

#[test]
fn a_help_line_source_over_http_is_reported() {
    let t = Tree::copy("resource-source-http");
    t.replace(RESOURCES, "https://www.icirr.org/", "http://www.icirr.org/");
    t.reports(RESOURCES, t.line_of(RESOURCES, "http://www.icirr.org/"), "is not https");
}

#[test]
fn a_help_line_source_on_a_domain_not_allowed_is_reported() {
    let t = Tree::copy("resource-source-domain");
    t.replace(RESOURCES, "https://www.icirr.org/", "https://www.icirr.com/");
    t.reports(
        RESOURCES,
        t.line_of(RESOURCES, "https://www.icirr.com/"),
        "goes to `www.icirr.com`, which is not on the allowed list",
    );
}

#[test]
fn an_unknown_jurisdiction_is_reported() {
    let t = Tree::copy("unknown-jurisdiction");
    t.replace(CATALOGUE, r#"jurisdiction = "chicago""#, r#"jurisdiction = "evanston""#);
    t.reports(
        CATALOGUE,
        t.line_of(CATALOGUE, r#""evanston""#),
        "`jurisdiction` is `evanston`; it must be one of",
    );
}

#[test]
fn a_provision_defined_twice_is_reported_at_the_second_one() {
    let t = Tree::copy("provision-twice");
    t.replace(CATALOGUE, r#"id = "ag-guidance""#, r#"id = "trust-15""#);
    let lines = t.lines_of(CATALOGUE, r#"id = "trust-15""#);
    assert_eq!(lines.len(), 2);
    t.reports(CATALOGUE, lines[1], "provision `trust-15` is defined twice");
}

// --- Help lines ----------------------------------------------------------------------------------

#[test]
fn an_unverified_help_line_is_reported() {
    let t = Tree::copy("resource-unverified");
    t.replace(RESOURCES, r#"status = "verified""#, r#"status = "unverified""#);
    t.reports(
        RESOURCES,
        t.line_of(RESOURCES, r#"status = "unverified""#),
        "resource `hotline` is not verified on the organisation's own site",
    );
}

#[test]
fn a_phone_number_with_dashes_is_reported() {
    let t = Tree::copy("phone-with-dashes");
    t.replace(RESOURCES, r#"call = "8554357693""#, r#"call = "855-435-7693""#);
    t.reports(
        RESOURCES,
        t.line_of(RESOURCES, "855-435-7693"),
        "phone number `855-435-7693` must be digits only",
    );
}

// --- Ids -----------------------------------------------------------------------------------------

#[test]
fn an_uppercase_provision_id_is_reported() {
    let t = Tree::copy("uppercase-id");
    t.replace(CATALOGUE, r#"id = "wco-a""#, r#"id = "WCO-a""#);
    t.reports(
        CATALOGUE,
        t.line_of(CATALOGUE, r#""WCO-a""#),
        "provision id `WCO-a` must be lowercase letters and digits joined by single hyphens",
    );
}

#[test]
fn an_answer_id_with_an_underscore_is_reported() {
    let t = Tree::copy("underscore-id");
    t.replace(DEMO, r#"{ id = "judge-signed""#, r#"{ id = "judge_signed""#);
    t.reports(DEMO, t.line_of(DEMO, r#""judge_signed""#), "answer id `judge_signed` must be lowercase");
}

// --- TOML syntax and field names -----------------------------------------------------------------

#[test]
fn a_misspelt_field_name_is_reported_with_its_line() {
    let t = Tree::copy("misspelt-field");
    t.replace(DEMO, r#"verdict = "depends""#, r#"verdcit = "depends""#);
    t.reports(DEMO, t.line_of(DEMO, "verdcit"), "unknown field `verdcit`");
}

#[test]
fn broken_toml_syntax_is_reported_with_its_line() {
    let t = Tree::copy("broken-toml");
    t.replace(CATALOGUE, r#"kind = "guidance""#, "kind = guidance");
    t.reports(CATALOGUE, t.line_of(CATALOGUE, "kind = guidance"), "string values must be quoted");
}

#[test]
fn a_missing_catalogue_file_is_reported() {
    let t = Tree::copy("missing-catalogue");
    t.remove(CATALOGUE);
    t.reports(CATALOGUE, 0, "cannot read this file");
}

// --- Messages ------------------------------------------------------------------------------------

#[test]
fn a_message_missing_in_english_is_reported_at_the_item_that_needs_it() {
    let t = Tree::copy("message-missing-en");
    t.remove_line(EN_DEMO, "demo_may-help_crime-warrant =");
    t.reports(
        DEMO,
        t.line_of(DEMO, r#""crime-warrant""#),
        "message `demo_may-help_crime-warrant` is missing in locale `en`",
    );
}

#[test]
fn a_message_missing_in_spanish_is_reported_at_the_item_that_needs_it() {
    let t = Tree::copy("message-missing-es");
    t.remove_line(ES_DEMO, "demo_paper_ice-form =");
    t.reports(
        DEMO,
        t.line_of(DEMO, r#""ice-form""#),
        "message `demo_paper_ice-form` is missing in locale `es`",
    );
}

#[test]
fn a_missing_summary_in_spanish_is_reported_at_the_provision_and_at_the_message() {
    let t = Tree::copy("summary-missing-es");
    t.remove_line(ES_LAW, ".summary = La policía de Illinois");
    let problems = t.problems();
    expect(
        &problems,
        CATALOGUE,
        t.line_of(CATALOGUE, r#"id = "trust-15""#),
        "message `law_trust-15.summary` is missing in locale `es`",
    );
    expect(
        &problems,
        ES_LAW,
        t.line_of(ES_LAW, "law_trust-15 ="),
        "message `law_trust-15` in locale `es` does not have the same value and attributes as in English",
    );
}

#[test]
fn a_challenged_law_without_a_challenge_label_is_reported() {
    let t = Tree::copy("challenge-missing-en");
    t.remove_line(EN_LAW, ".challenge =");
    t.reports(
        CATALOGUE,
        t.line_of(CATALOGUE, r#"id = "wco-a""#),
        "message `law_wco-a.challenge` is missing in locale `en`",
    );
}

#[test]
fn a_law_group_without_a_name_is_reported_at_the_provision_law() {
    let t = Tree::copy("law-group-missing-es");
    t.remove_line(ES_LAW, "law-group_trust-act =");
    t.reports(
        CATALOGUE,
        t.line_of(CATALOGUE, r#"law = "trust-act""#),
        "message `law-group_trust-act` is missing in locale `es`",
    );
}

#[test]
fn a_missing_spanish_help_file_is_reported_at_the_help_line() {
    let t = Tree::copy("help-file-missing-es");
    t.remove("locales/es/help.ftl");
    t.reports(
        RESOURCES,
        t.line_of(RESOURCES, r#"id = "hotline""#),
        "message `help_hotline` is missing in locale `es`",
    );
}

#[test]
fn an_english_message_missing_in_spanish_is_reported_at_the_english_line() {
    let t = Tree::copy("ui-message-missing-es");
    t.remove_line(ES_UI, "site-name =");
    t.reports(
        EN_UI,
        t.line_of(EN_UI, "site-name ="),
        "message `site-name` is in English but missing in locale `es`",
    );
}

#[test]
fn a_spanish_message_that_english_lacks_is_reported() {
    let t = Tree::copy("message-only-es");
    t.append(ES_UI, "site-motto = Sus derechos, en palabras sencillas\n");
    t.reports(
        ES_UI,
        t.line_of(ES_UI, "site-motto ="),
        "message `site-motto` in locale `es` does not exist in English",
    );
}

#[test]
fn a_spanish_message_using_a_variable_english_does_not_pass_is_reported() {
    let t = Tree::copy("variable-only-es");
    t.replace(ES_UI, "{ $date }", "{ $fecha }");
    t.reports(
        ES_UI,
        t.line_of(ES_UI, "$fecha"),
        "message `reviewed` in locale `es` uses variable `$fecha`, which English does not pass",
    );
}

#[test]
fn an_english_message_that_belongs_to_nothing_is_reported() {
    let t = Tree::copy("message-belongs-to-nothing");
    t.replace(
        EN_DEMO,
        "demo_request_crime = A crime\n",
        "demo_request_crime = A crime\ndemo_request_crimes = Crimes\n",
    );
    t.reports(
        EN_DEMO,
        t.line_of(EN_DEMO, "demo_request_crimes ="),
        "message `demo_request_crimes` belongs to no scenario, provision or resource",
    );
}

#[test]
fn a_fluent_syntax_error_is_reported_with_its_file_and_line() {
    let t = Tree::copy("fluent-syntax-error");
    t.replace(ES_UI, "reviewed =", "this line has no equals sign\nreviewed =");
    t.reports(ES_UI, t.line_of(ES_UI, "this line has no equals sign"), "Fluent syntax error");
}

#[test]
fn a_message_defined_in_two_files_of_one_locale_is_reported() {
    let t = Tree::copy("message-in-two-files");
    t.append(EN_UI, "demo_request = What does the agent want?\n");
    let first = t.line_of(EN_DEMO, "demo_request =");
    let d = t.reports(EN_UI, t.line_of(EN_UI, "demo_request ="), "message `demo_request` is defined twice");
    assert!(d.message.contains(&format!("demo.ftl:{first})")), "should name the first definition: {d}");
}

#[test]
fn a_message_defined_twice_in_one_file_is_reported_at_the_second_definition() {
    let t = Tree::copy("message-twice-in-one-file");
    t.append(EN_DEMO, "demo_request = What does the agent want?\n");
    let lines = t.lines_of(EN_DEMO, "demo_request =");
    assert_eq!(lines.len(), 2);
    t.reports(EN_DEMO, lines[1], "message `demo_request` is defined twice");
}

#[test]
fn a_term_defined_twice_in_one_file_is_reported_at_the_second_definition() {
    let t = Tree::copy("term-twice-in-one-file");
    t.append("locales/en/terms.ftl", "-wco = Welcoming City Ordinance\n");
    let lines = t.lines_of("locales/en/terms.ftl", "-wco =");
    assert_eq!(lines.len(), 2);
    t.reports("locales/en/terms.ftl", lines[1], "term `-wco` is defined twice");
}

// --- Many problems at once -----------------------------------------------------------------------

#[test]
fn many_problems_in_many_files_are_all_reported_at_once() {
    let t = Tree::copy("many-problems");
    t.replace(CATALOGUE, r#"url = "https://www.ilga.gov/"#, r#"url = "http://www.ilga.gov/"#);
    t.replace(RESOURCES, r#"call = "8554357693""#, r#"call = "855-435-7693""#);
    t.replace(DEMO, r#"cites = ["ag-guidance"]"#, r#"cites = ["ag-guidence"]"#);
    t.replace(DEMO, r#"verdict = "allowed""#, r#"verdict = "permitted""#);
    t.replace(
        EN_DEMO,
        "demo_request_crime = A crime\n",
        "demo_request_crime = A crime\ndemo_request_crimes = Crimes\n",
    );
    t.append(ES_DEMO, "demo_request_crimes = Delitos\n");
    t.replace(ES_UI, "reviewed =", "this line has no equals sign\nreviewed =");
    t.write("scenarios/broken.toml", "id = \"broken\"\nstart = \n");

    let problems = t.problems();
    expect(&problems, CATALOGUE, t.line_of(CATALOGUE, "http://www.ilga.gov/"), "is not https");
    expect(&problems, RESOURCES, t.line_of(RESOURCES, "855-435-7693"), "must be digits only");
    expect(&problems, DEMO, t.line_of(DEMO, r#""ag-guidence""#), "not in the law catalogue");
    expect(&problems, DEMO, t.line_of(DEMO, r#""permitted""#), "must be one of");
    expect(&problems, EN_DEMO, t.line_of(EN_DEMO, "demo_request_crimes ="), "belongs to no scenario");
    expect(&problems, ES_UI, t.line_of(ES_UI, "this line has no equals sign"), "Fluent syntax error");
    expect(
        &problems,
        "scenarios/broken.toml",
        t.line_of("scenarios/broken.toml", "start ="),
        "string values must be quoted",
    );
    assert_eq!(problems.len(), 7, "exactly the seven problems made, no more:\n{}", show(&problems));
}

#[test]
fn a_missing_start_node_does_not_hide_the_scenarios_other_problems() {
    let t = Tree::copy("missing-start-and-more");
    t.replace(DEMO, r#"start = "request""#, r#"start = "begin""#);
    t.replace(DEMO, r#"cites = ["ag-guidance"]"#, r#"cites = ["ag-guidence"]"#);
    let problems = t.problems();
    expect(&problems, DEMO, t.line_of(DEMO, r#"start = "begin""#), "start node `begin` does not exist");
    expect(&problems, DEMO, t.line_of(DEMO, r#""ag-guidence""#), "not in the law catalogue");
    // The scenario's messages still belong to it.
    assert_eq!(problems.len(), 2, "exactly the two problems made, no more:\n{}", show(&problems));
}

fn show(problems: &[Diagnostic]) -> String {
    problems.iter().map(|d| format!("  {d}\n")).collect()
}

#[test]
fn a_phone_number_written_in_a_message_is_reported() {
    // In Arabic, a number in running text displays with its groups reversed unless isolated; the
    // help-line component prints numbers the right way, so every number must come from there.
    let t = Tree::copy("phone-number-in-a-message");
    t.replace(
        EN_DEMO,
        "demo_may-not-help_call = Call the hotline.",
        "demo_may-not-help_call = Call the hotline at 312-745-3598.",
    );
    t.reports(
        EN_DEMO,
        t.line_of(EN_DEMO, "312-745-3598"),
        "message `demo_may-not-help_call` writes the phone number 312-745-3598 in its text",
    );
}

#[test]
fn a_law_that_binds_no_one_is_reported() {
    // "No one: this is a source we cite, not a law" is true of guidance and reports only.
    let t = Tree::copy("law-binds-no-one");
    t.replace(CATALOGUE, r#"binds = "illinois-police""#, r#"binds = "no-one"  # was illinois-police"#);
    t.reports(
        CATALOGUE,
        t.line_of(CATALOGUE, "# was illinois-police"),
        "provision `trust-15` is a law, so it binds someone",
    );
}

#[test]
fn every_outcome_names_whose_action_its_verdict_judges() {
    // "Chicago police: may not help", never a bare "Not allowed" that leaves a reader guessing.
    let t = Tree::copy("outcome-without-actor");
    t.replace(DEMO, "verdict = \"allowed\"\nactor = \"chicago-police\"", "verdict = \"allowed\"");
    // serde names the table's first line: `[[outcome]]`, just above the id.
    t.reports(DEMO, t.line_of(DEMO, "id = \"may-help\"") - 1, "missing field `actor`");
    let t = Tree::copy("actor-not-in-the-list");
    t.replace(
        DEMO,
        "verdict = \"allowed\"\nactor = \"chicago-police\"",
        "verdict = \"allowed\"\nactor = \"the-mayor\"",
    );
    t.reports(DEMO, t.line_of(DEMO, "the-mayor"), "`actor` is `the-mayor`; it must be one of");
    let t = Tree::copy("verdict-without-words");
    t.replace(EN_DEMO, "    .verdict = may help\n", "");
    t.reports(
        DEMO,
        t.line_of(DEMO, "id = \"may-help\""),
        "message `demo_may-help.verdict` is missing in locale `en`",
    );
}

#[test]
fn exactly_one_help_line_is_urgent() {
    // The home page and the rights card show it first; none, or two, would be a content mistake.
    let t = Tree::copy("no-urgent-help-line");
    t.replace(RESOURCES, "urgent = true\n", "");
    t.reports(RESOURCES, 1, "0 help lines are marked `urgent = true`; exactly one must be");
}

#[test]
fn a_glossary_term_without_a_source_or_a_definition_is_reported() {
    let t = Tree::copy("glossary-term-uncited");
    t.replace("glossary.toml", r#"cites = ["trust-15"]"#, "cites = []");
    t.reports(
        "glossary.toml",
        t.line_of("glossary.toml", r#"id = "detainer""#),
        "term `detainer` cites nothing",
    );
    let t = Tree::copy("glossary-term-undefined");
    t.replace("locales/es/glossary.ftl", "    .definition = A request to hold someone.\n", "");
    let problems = t.problems();
    assert!(
        problems
            .iter()
            .any(|d| d.message.contains("`glossary_detainer.definition` is missing in locale `es`")),
        "{problems:?}"
    );
}
