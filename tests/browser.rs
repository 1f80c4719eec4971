//! End-to-end tests: the built site in headless Chromium, used the way a person would use it.
//! Every test fails on any console error or request to another origin (see `harness`).
//!
//! Needs `dist/` (built by `cargo run -p xtask -- build`), chromium and chromedriver; `scripts/test`
//! provides all three.

mod harness;

use std::collections::BTreeSet;

use harness::{en, heading, s1, Browser, S1};
use kyr_chicago::content::{self, msg, NodeKind, PROVISIONS};
use kyr_chicago::engine::{all_outcome_walks, Walk};
use kyr_chicago::i18n::Arg;

#[tokio::test]
async fn every_path_of_every_scenario_reaches_its_outcome_by_clicking() {
    let i18n = en();
    let mut b = Browser::open().await;
    for scenario in content::SCENARIOS {
        let walks = all_outcome_walks(scenario);
        let outcomes = scenario.nodes.iter().filter(|n| matches!(n.kind, NodeKind::Outcome(_))).count();
        assert!(walks.len() >= outcomes, "{}: every outcome has at least one path", scenario.id);
        for (n, walk) in walks.iter().enumerate() {
            // Given the scenario's first question
            b.goto(&format!("/en/scenarios/{}", scenario.id)).await;
            b.wait_for_heading(&heading(&i18n, &Walk::start(scenario))).await;
            if n == 0 {
                b.assert_accessible(&format!("the first question of {}", scenario.id)).await;
            }
            // When I click each answer in turn
            b.walk_by_clicking(&i18n, walk).await;
            if n == 0 {
                b.assert_accessible(&format!("the outcome {}/{}", scenario.id, walk.path())).await;
            }
            check_outcome_page(&b, walk).await;
        }
    }
    b.finish().await;
}

/// The outcome page says whose action its verdict judges and the verdict in words, shows every
/// citation the outcome rests on (at least one), each leading to the site's page for that
/// provision, with the official text one step on in the sources; and the scenario's reviewed date.
async fn check_outcome_page(b: &Browser, walk: &Walk) {
    let i18n = en();
    let outcome = walk.outcome().unwrap();
    let place = format!("{}/{}", walk.scenario.id, walk.path());
    let key = format!("{}_{}", walk.scenario.id, walk.current().id);
    let label = i18n.label(&format!("actor-{}", outcome.actor));
    assert_eq!(b.text_of(".verdict-label").await.as_deref(), Some(label.trim_end()), "{place}");
    assert_eq!(b.text_of(".verdict-value").await, i18n.attr(&key, "verdict"), "{place}");
    let links = b.citation_links().await;
    let shown: BTreeSet<&str> = links.iter().map(|(id, _)| id.as_str()).collect();
    let cited: BTreeSet<&str> = content::outcome_cites(outcome).map(|i| PROVISIONS[i].id).collect();
    assert!(!cited.is_empty(), "{place} cites something");
    assert_eq!(shown, cited, "citations shown on {place}");
    for (id, href) in &links {
        assert_eq!(href, &format!("/en/law/{id}"), "the link for {id} on {place}");
    }
    let official: BTreeSet<String> = b.hrefs(".source-list a.official").await.into_iter().collect();
    let expected: BTreeSet<String> =
        content::outcome_cites(outcome).map(|i| PROVISIONS[i].url.to_string()).collect();
    assert_eq!(official, expected, "the sources of {place} link the official texts");
    let reviewed = i18n.fmt(msg::REVIEWED, &[("date", Arg::Str(i18n.date(walk.scenario.reviewed)))]);
    assert_eq!(b.text_of(".reviewed").await.as_deref(), Some(reviewed.as_str()), "{place}");
}

#[tokio::test]
async fn s1_can_be_started_from_the_home_page() {
    let i18n = en();
    let mut b = Browser::open().await;
    b.goto("/en").await;
    b.wait_for_heading(&i18n.t(msg::HOME_TITLE)).await;
    b.click_link(&i18n.t(&format!("scenario_{S1}"))).await;
    b.wait_for_path(&format!("/en/scenarios/{S1}")).await;
    b.wait_for_heading(&heading(&en(), &Walk::start(s1()))).await;
    b.finish().await;
}

#[tokio::test]
async fn the_browser_back_button_returns_to_the_previous_step() {
    let i18n = en();
    let mut b = Browser::open().await;
    let start = Walk::start(s1());
    let second = start.choose("immigration").unwrap();
    let end = second.choose("no-paper").unwrap();
    b.goto(&format!("/en/scenarios/{S1}")).await;
    b.wait_for_heading(&heading(&en(), &start)).await;
    b.assert_accessible("the first question").await;
    b.click_link(&i18n.t(&format!("{S1}_request_immigration"))).await;
    b.wait_for_heading(&heading(&en(), &second)).await;
    b.assert_accessible("a later question with the answer summary").await;
    b.click_link(&i18n.t(&format!("{S1}_paper_no-paper"))).await;
    b.wait_for_heading(&heading(&en(), &end)).await;

    b.client.back().await.expect("press Back");
    b.wait_for_path(&format!("/en/scenarios/{S1}/immigration")).await;
    b.wait_for_heading(&heading(&en(), &second)).await;
    b.client.back().await.expect("press Back again");
    b.wait_for_path(&format!("/en/scenarios/{S1}")).await;
    b.wait_for_heading(&heading(&en(), &start)).await;
    b.finish().await;
}

#[tokio::test]
async fn changing_an_earlier_answer_goes_back_to_that_question() {
    let i18n = en();
    let mut b = Browser::open().await;
    b.goto(&format!("/en/scenarios/{S1}/immigration/no-paper")).await;
    let end = Walk::from_path(s1(), "immigration/no-paper").unwrap();
    b.wait_for_heading(&heading(&en(), &end)).await;
    // The first "Change" link in the summary changes the first answer.
    let change = b
        .client
        .find(fantoccini::Locator::Css(".answer-summary a.change-link"))
        .await
        .expect("a Change link");
    change.click().await.unwrap();
    b.wait_for_path(&format!("/en/scenarios/{S1}")).await;
    b.wait_for_heading(&heading(&en(), &Walk::start(s1()))).await;
    // Start over from a later step returns to the first question too.
    b.click_link(&i18n.t(&format!("{S1}_request_immigration"))).await;
    b.click_link(&i18n.t(msg::STEP_START_OVER)).await;
    b.wait_for_path(&format!("/en/scenarios/{S1}")).await;
    b.finish().await;
}

#[tokio::test]
async fn garbage_deep_links_get_a_page_that_says_so() {
    let i18n = en();
    let mut b = Browser::open().await;
    // An answer that does not exist, after one that does.
    b.goto_missing(&format!("/en/scenarios/{S1}/immigration/%F0%9F%92%A9%20%3Cscript%3E")).await;
    b.wait_for_heading(&i18n.t(msg::BAD_STEP_TITLE)).await;
    b.assert_accessible("the bad-link page").await;
    b.click_link(&i18n.t(msg::BAD_STEP_KEEP)).await;
    b.wait_for_path(&format!("/en/scenarios/{S1}/immigration")).await;
    b.wait_for_heading(&heading(&en(), &Walk::start(s1()).choose("immigration").unwrap())).await;
    // A scenario that does not exist.
    b.goto_missing("/en/scenarios/not-a-scenario/x").await;
    b.wait_for_heading(&i18n.t(msg::BAD_STEP_TITLE)).await;
    // A path that matches no page at all, and an unknown language.
    for path in ["/this/is/not/a/page/at/all", "/xx", "/xx/scenarios/ice-asks-police"] {
        b.goto_missing(path).await;
        b.wait_for_heading(&i18n.t(msg::NOT_FOUND_TITLE)).await;
        b.assert_accessible(&format!("the not-found page for {path}")).await;
        b.click_link(&i18n.t(msg::NOT_FOUND_HOME)).await;
        b.wait_for_heading(&i18n.t(msg::HOME_TITLE)).await;
    }
    b.finish().await;
}

#[tokio::test]
async fn the_home_page_links_to_every_scenario() {
    // The home page links to each scenario, so no scenario exists only in the files.
    let i18n = en();
    let mut b = Browser::open().await;
    b.goto("/en").await;
    b.wait_for_heading(&i18n.t(msg::HOME_TITLE)).await;
    b.assert_accessible("the home page").await;
    for s in content::SCENARIOS {
        let link = b.client.find(fantoccini::Locator::LinkText(&i18n.t(&format!("scenario_{}", s.id)))).await;
        let href = link.expect("a link to the scenario").attr("href").await.unwrap();
        assert_eq!(href.as_deref(), Some(format!("/en/scenarios/{}", s.id).as_str()));
        assert!(s.nodes.iter().any(|n| matches!(n.kind, NodeKind::Outcome(_))));
    }
    b.finish().await;
}

#[tokio::test]
async fn the_harness_itself_catches_console_errors_other_origins_and_accessibility_faults() {
    // Proof that the checks every other test relies on can fail.
    let mut b = Browser::open().await;
    b.goto("/en").await;
    b.wait_for_heading(&en().t(msg::HOME_TITLE)).await;
    assert!(b.problems().await.is_empty(), "the home page itself is clean");
    b.client
        .execute(
            "console.error('deliberate test error'); new Image().src = 'https://tracker.example/pixel.gif';",
            vec![],
        )
        .await
        .unwrap();
    // Poll the logs until both problems show up, or give up after the harness's patience.
    let deadline = std::time::Instant::now() + harness::PATIENCE;
    let mut seen = b.problems().await;
    while !(seen.iter().any(|p| p.contains("deliberate test error"))
        && seen.iter().any(|p| p.contains("tracker.example")))
        && std::time::Instant::now() < deadline
    {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        seen = b.problems().await;
    }
    assert!(
        seen.iter().any(|p| p.contains("console error") && p.contains("deliberate test error")),
        "{seen:?}"
    );
    assert!(
        seen.iter().any(|p| p.contains("request to another origin: https://tracker.example/pixel.gif")),
        "{seen:?}"
    );
    // And axe-core really runs: an image with no text alternative is caught.
    assert!(b.accessibility_violations().await.is_empty());
    b.client
        .execute("const img = document.createElement('img'); img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; document.querySelector('main').appendChild(img);", vec![])
        .await
        .unwrap();
    let violations = b.accessibility_violations().await;
    assert!(violations.iter().any(|v| v.contains("image-alt")), "{violations:?}");
    b.close().await;
}

#[tokio::test]
async fn the_law_library_shows_every_entry_with_its_official_link_and_challenge_label() {
    let i18n = en();
    let mut b = Browser::open().await;
    // Given the library's index, reached from the site navigation
    b.goto("/en").await;
    b.wait_for_heading(&i18n.t(msg::HOME_TITLE)).await;
    b.click_link(&i18n.t(msg::NAV_LAW)).await;
    b.wait_for_path("/en/law").await;
    b.wait_for_heading(&i18n.t(msg::LAW_INDEX_TITLE)).await;
    b.assert_accessible("the law library index").await;
    // it links to every entry
    for p in PROVISIONS {
        let link = b.client.find(fantoccini::Locator::Css(&format!("main a[href='/en/law/{}']", p.id))).await;
        assert_eq!(link.expect(p.id).text().await.unwrap(), p.citation);
    }
    // and each entry's page shows its summary, official link, who it binds and any challenge.
    let mut checked_a11y = (false, false);
    for (index, p) in PROVISIONS.iter().enumerate() {
        b.goto(&format!("/en/law/{}", p.id)).await;
        b.wait_for_heading(&i18n.t(&format!("law_{}", p.id))).await;
        assert_eq!(b.hrefs("main a.official").await, vec![p.url.to_string()], "{}: the official text", p.id);
        let challenged = b.text_of(".challenge-box").await;
        assert_eq!(challenged.is_some(), p.challenged_as_of.is_some(), "{}: challenge label", p.id);
        // It leads to each situation, and to each answer, that rests on it.
        let used_in = content::scenarios_citing(index);
        for s in &used_in {
            let mut hrefs = vec![format!("/en/scenarios/{}", s.id)];
            hrefs.extend(
                content::outcome_walks_citing(s, index)
                    .iter()
                    .map(|w| format!("/en/scenarios/{}/{}", s.id, w.path())),
            );
            for href in hrefs {
                assert!(
                    b.client.find(fantoccini::Locator::Css(&format!("main a[href='{href}']"))).await.is_ok(),
                    "{} links {href}",
                    p.id
                );
            }
        }
        let slot = if p.challenged_as_of.is_some() { &mut checked_a11y.0 } else { &mut checked_a11y.1 };
        if !*slot {
            b.assert_accessible(&format!("the law page {}", p.id)).await;
            *slot = true;
        }
    }
    b.finish().await;
}

#[tokio::test]
async fn myths_and_facts_show_each_correction_with_its_sources() {
    let i18n = en();
    let mut b = Browser::open().await;
    b.goto("/en/myths").await;
    b.wait_for_heading(&i18n.t(msg::MYTHS_TITLE)).await;
    b.assert_accessible("the myths page").await;
    let myths = b.client.find_all(fantoccini::Locator::Css("li.myth")).await.unwrap();
    assert_eq!(myths.len(), content::MYTHS.len());
    for (el, m) in myths.iter().zip(content::MYTHS) {
        let text = el.text().await.unwrap();
        assert!(text.contains(&i18n.t(&format!("myth_{}", m.id))), "{text}");
        assert!(text.contains(&i18n.attr(&format!("myth_{}", m.id), "fact").unwrap()), "{text}");
        let cites = el.find_all(fantoccini::Locator::Css("a.cite")).await.unwrap();
        assert_eq!(cites.len(), m.cites.len(), "{}", m.id);
    }
    // Each myth has its own page.
    let first = &content::MYTHS[0];
    b.click_link(&i18n.t(&format!("myth_{}", first.id))).await;
    b.wait_for_path(&format!("/en/myths/{}", first.id)).await;
    b.wait_for_heading(&i18n.t(&format!("myth_{}", first.id))).await;
    b.assert_accessible("a myth page").await;
    b.finish().await;
}

#[tokio::test]
async fn get_help_lists_every_verified_number_as_tap_to_call() {
    let i18n = en();
    let mut b = Browser::open().await;
    b.goto("/en/help").await;
    b.wait_for_heading(&i18n.t(msg::HELP_TITLE)).await;
    b.assert_accessible("the help page").await;
    let mut hrefs = Vec::new();
    for el in b.client.find_all(fantoccini::Locator::Css("main a.button")).await.unwrap() {
        hrefs.push(el.attr("href").await.unwrap().unwrap_or_default());
    }
    for r in content::RESOURCES {
        if let Some(n) = r.call {
            assert!(
                hrefs.iter().any(|h| h.starts_with("tel:") && h.ends_with(n)),
                "call {} in {hrefs:?}",
                r.id
            );
        }
        if let Some(n) = r.text {
            assert!(
                hrefs.iter().any(|h| h.starts_with("sms:") && h.ends_with(n)),
                "text {} in {hrefs:?}",
                r.id
            );
        }
        let source = b.client.find(fantoccini::Locator::Css(&format!("main a[href='{}']", r.source))).await;
        assert!(source.is_ok(), "{} shows where it was checked", r.id);
    }
    b.click_link(&i18n.t(msg::NAV_ABOUT)).await;
    b.wait_for_heading(&i18n.t(msg::ABOUT_TITLE)).await;
    b.assert_accessible("the about page").await;
    b.finish().await;
}
