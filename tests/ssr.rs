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
    assert!(text.contains("What the law says: Not allowed"), "{text}");
    assert!(text.contains("Chicago police may not help with this."), "{text}");
    assert!(html
        .contains(r#"href="https://codelibrary.amlegal.com/codes/chicago/latest/chicago_il/0-0-0-2605272""#));
    assert!(text.contains("MCC 2-173-020(a)(6)"), "{text}");
    assert!(text.contains("Last reviewed: November 29, 2026"), "{text}");
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

/// Renders `path` on this thread and returns the messages it looked up, as `(locale, id)`.
fn looked_up(path: &str) -> Vec<(&'static str, &'static str)> {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
    kyr_chicago::i18n::start_recording();
    let path = path.to_string();
    tokio::task::LocalSet::new().block_on(&runtime, async move {
        yew::LocalServerRenderer::<ServerApp>::with_props(ServerAppProps { path }).render().await
    });
    kyr_chicago::i18n::take_recording().into_iter().map(|(l, id, _)| (l.code, id)).collect()
}

/// The browser fetches only the parts of the messages `app::parts_for` names before drawing a page
/// (other than the pre-rendered one it arrived on). Every message any page of the site looks up
/// must be in one of them, or the page would show a message id instead of words.
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
    assert!(checked > 10_000, "only {checked} lookups checked");
}
