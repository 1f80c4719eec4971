//! Rendering natively with Yew's `ServerRenderer`, as the pre-renderer will: if a component ever
//! calls a browser API while rendering, these tests fail.

use kyr_chicago::{ServerApp, ServerAppProps};

async fn render(path: &str) -> String {
    let path = path.to_string();
    yew::ServerRenderer::<ServerApp>::with_props(move || ServerAppProps { path }).render().await
}

/// The visible text of rendered HTML, with tags and Yew's hydration comments removed.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn the_home_page_lists_the_ice_asks_police_scenario() {
    let html = render("/en").await;
    let text = text(&html);
    assert!(text.contains("Know your rights in Chicago"), "{text}");
    assert!(text.contains("An immigration agent asks a Chicago police officer for help"), "{text}");
    assert!(html.contains(r#"href="/en/scenarios/ice-asks-police""#), "{html}");
    assert!(text.contains("not legal advice"), "{text}");
}

#[tokio::test]
async fn the_first_question_offers_each_answer_as_a_link() {
    let html = render("/en/scenarios/ice-asks-police").await;
    assert!(text(&html).contains("What does the immigration agent want the police officer to help with?"));
    for answer in ["immigration", "crime", "emergency", "not-sure"] {
        assert!(
            html.contains(&format!(r#"href="/en/scenarios/ice-asks-police/{answer}""#)),
            "{answer} missing: {html}"
        );
    }
}

#[tokio::test]
async fn an_outcome_shows_verdict_reasons_citations_and_reviewed_date() {
    let html = render("/en/scenarios/ice-asks-police/immigration/no-paper").await;
    let text = text(&html);
    assert!(text.contains("Chicago police: may not help"), "{text}");
    assert!(text.contains("Chicago police may not help with this."), "{text}");
    assert!(html
        .contains(r#"href="https://codelibrary.amlegal.com/codes/chicago/latest/chicago_il/0-0-0-2605272""#));
    assert!(text.contains("MCC 2-173-020(a)(6)"), "{text}");
    let en = kyr_chicago::i18n::I18n::new(kyr_chicago::content::default_locale());
    let reviewed = en.date(kyr_chicago::content::scenario("ice-asks-police").expect("S1").reviewed);
    assert!(text.contains(&format!("Last reviewed: {reviewed}")), "{text}");
    // Each citation leads to the site's own page for the provision.
    assert!(html.contains(r#"href="/en/law/mcc-2-173-020-a-6""#), "{html}");
    assert!(text.contains("Being challenged in court"), "{text}");
    assert!(html.contains(r#"href="tel:+18554357693""#), "ICIRR hotline tap-to-call missing");
    // The summary offers to change each earlier answer.
    assert!(html.contains(r#"href="/en/scenarios/ice-asks-police/immigration""#));
}

#[tokio::test]
async fn bad_links_get_a_page_that_explains_them() {
    let unknown_answer = text(&render("/en/scenarios/ice-asks-police/immigration/banana").await);
    assert!(
        unknown_answer.contains("\"banana\" is not one of the answers at this step."),
        "{unknown_answer}"
    );
    assert!(unknown_answer.contains("Continue from the last step that matched"));

    let unknown_scenario = text(&render("/en/scenarios/no-such-thing").await);
    assert!(
        unknown_scenario.contains("There is no situation called \"no-such-thing\"."),
        "{unknown_scenario}"
    );

    let unknown_language = text(&render("/xx/scenarios/ice-asks-police").await);
    assert!(unknown_language.contains("Page not found"), "{unknown_language}");

    let nonsense = text(&render("/en/nothing/here/at/all").await);
    assert!(nonsense.contains("Page not found"), "{nonsense}");
}

/// Renders what the app draws of `path` (not the frame around it, which is only ever drawn ahead
/// of time) on this thread and returns the messages it looked up, as `(locale, id)`.
fn looked_up(path: &str) -> Vec<(&'static str, &'static str)> {
    use kyr_chicago::components::{draw_part, LayoutPart};
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
    kyr_chicago::i18n::start_recording();
    let path = path.to_string();
    draw_part(LayoutPart::Inside);
    tokio::task::LocalSet::new().block_on(&runtime, async move {
        yew::LocalServerRenderer::<ServerApp>::with_props(ServerAppProps { path }).render().await
    });
    draw_part(LayoutPart::Whole);
    kyr_chicago::i18n::take_recording().into_iter().map(|(l, id, _)| (l.code, id)).collect()
}

/// The browser fetches only the parts of the messages `app::parts_for` names before drawing a page
/// (other than the pre-rendered one it arrived on). Every message any page the app draws looks up
/// must be in one of them, or the page would show a message id instead of words. (The other pages
/// are only ever their pre-rendered HTML: `Route::in_app`.)
#[test]
fn every_page_finds_its_messages_in_the_parts_it_loads() {
    let scenario_ids: Vec<&str> = kyr_chicago::content::SCENARIOS.iter().map(|s| s.id).collect();
    let mut paths = kyr_chicago::app::all_paths();
    // Pages drawn for addresses that do not fit, too.
    paths.extend(
        ["/404", "/en/scenarios/ice-asks-police/nope", "/es/scenarios/nope", "/hi/law/nope", "/xx/help"]
            .map(String::from),
    );
    let mut checked = 0;
    for path in &paths {
        let route = kyr_chicago::Route::parse(path);
        if !route.in_app() {
            assert!(kyr_chicago::app::parts_for(&route).is_empty(), "{path}: the app never draws it");
            continue;
        }
        let parts: Vec<(&str, &str)> =
            kyr_chicago::app::parts_for(&route).into_iter().map(|(l, p)| (l.code, p)).collect();
        let used = looked_up(path);
        assert!(!used.is_empty(), "{path}: no message looked up (is recording working?)");
        for (code, id) in used {
            let part = kyr_content::bundle::part_of(id, &scenario_ids);
            assert!(
                parts.contains(&(code, part)),
                "{path} shows `{id}` ({code}, part `{part}`), but the parts it loads are {parts:?}"
            );
            checked += 1;
        }
    }
    assert!(checked > 5_000, "only {checked} lookups checked");
}

/// The text a reader sees in running prose: outside `<script>`, `<style>`, `<template>`, and
/// anything marked left to right (`dir="ltr"`: numbers, citations, English lines) or isolated with
/// LRI … PDI; and without the Latin runs a sentence may hold (citations, abbreviations), which
/// `kyr_content::bidi::ltr_runs` finds exactly as the build isolates them in Arabic.
fn running_text(html: &str) -> Vec<String> {
    const SKIP: [&str; 3] = ["script", "style", "template"];
    const VOID: [&str; 8] = ["br", "img", "input", "meta", "link", "hr", "source", "wbr"];
    let mut out = Vec::new();
    // Open elements: (name, whether its text is skipped).
    let mut open: Vec<(String, bool)> = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            break;
        };
        let text = &rest[..lt];
        if !open.iter().any(|(_, skip)| *skip) && !text.trim().is_empty() {
            out.push(text.to_string());
        }
        if rest[lt..].starts_with("<!--") {
            rest = rest[lt..].find("-->").map_or("", |e| &rest[lt + e + 3..]);
            continue;
        }
        let gt = rest[lt..].find('>').map_or(rest.len(), |g| lt + g);
        let tag = &rest[lt + 1..gt];
        rest = &rest[(gt + 1).min(rest.len())..];
        if tag.starts_with('!') || tag.starts_with('?') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            if let Some(i) = open.iter().rposition(|(n, _)| *n == name) {
                open.truncate(i);
            }
            continue;
        }
        let name =
            tag.split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or("").to_ascii_lowercase();
        if VOID.contains(&name.as_str()) || tag.ends_with('/') {
            continue;
        }
        let skip = SKIP.contains(&name.as_str()) || tag.contains(r#"dir="ltr""#);
        open.push((name, skip));
    }
    out.into_iter()
        .map(|t| {
            let mut t = t;
            for (entity, c) in [
                ("&quot;", "\""),
                ("&#39;", "'"),
                ("&#x27;", "'"),
                ("&lt;", "<"),
                ("&gt;", ">"),
                ("&amp;", "&"),
            ] {
                t = t.replace(entity, c);
            }
            // Drop isolated runs, then Latin runs.
            let mut plain = String::new();
            let mut depth = 0;
            for c in t.chars() {
                match c {
                    '\u{2066}'..='\u{2068}' => depth += 1,
                    '\u{2069}' => depth -= 1,
                    _ if depth == 0 => plain.push(c),
                    _ => {}
                }
            }
            let mut kept = String::new();
            let mut last = 0;
            for r in kyr_content::bidi::ltr_runs(&plain) {
                kept.push_str(&plain[last..r.start]);
                kept.push('·');
                last = r.end;
            }
            kept.push_str(&plain[last..]);
            kept
        })
        .collect()
}

/// Which Latin punctuation marks are wrong in running text of a language. Chinese writes its own
/// comma, full stop, colon, semicolon, question and exclamation marks; Arabic its own comma,
/// semicolon and question mark (its full stop and colon are the Latin ones); Hindi ends sentences
/// with the danda (its comma, colon and question mark are the Latin ones). A full stop inside a
/// run such as "U.S.C." or "2.5" is part of the run, not of the sentence.
fn wrong_marks(code: &str) -> &'static [char] {
    match code {
        "zh-Hans" => &[',', '.', ':', ';', '?', '!'],
        "ar" => &[',', ';', '?'],
        "hi" => &['.'],
        _ => &[],
    }
}

/// Every page of the site in Chinese, Arabic and Hindi: no Latin comma, colon or full stop (as
/// `wrong_marks` says for each) in running text, whether it came from a message or from code.
#[tokio::test]
async fn chinese_arabic_and_hindi_pages_use_their_own_punctuation() {
    let mut problems = Vec::new();
    let mut pages = 0;
    for path in kyr_chicago::app::all_paths() {
        let code = path.split('/').nth(1).unwrap_or("");
        let marks = wrong_marks(code);
        if marks.is_empty() {
            continue;
        }
        pages += 1;
        for text in running_text(&render(&path).await) {
            if text.contains(marks) {
                let line = format!("{code}: {}", text.trim());
                if !problems.contains(&line) {
                    problems.push(line);
                }
            }
        }
    }
    assert!(pages > 400, "only {pages} pages checked");
    assert!(problems.is_empty(), "{} texts with Latin punctuation:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_punctuation_check_can_fail() {
    let html = r#"<p>居民, 警员</p><p dir="ltr">8 U.S.C. 1373, ok</p><!--<[a::B<c::D>]>--><script>a.b</script><p>见 8 U.S.C. 1373。&amp;</p>"#;
    let text = running_text(html);
    assert_eq!(text.len(), 2, "{text:?}");
    assert!(text[0].contains(wrong_marks("zh-Hans")));
    assert!(!text[1].contains(wrong_marks("zh-Hans")), "a citation's full stops are not the sentence's");
}
