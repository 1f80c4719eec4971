//! The experience on a phone (issue 4), in headless Chromium: quick exit, focus and announcements,
//! keyboard-only use, dark mode, narrow screens, tap targets, the rights card, print, read aloud.
//! Like every browser test, each fails on a console error or a request to another origin.

mod harness;

use fantoccini::key::Key;
use fantoccini::Locator;
use harness::{en, heading, s1, Browser, S1};
use kyr_chicago::config::QUICK_EXIT_URL;
use kyr_chicago::content::{self, msg, CARD};
use kyr_chicago::engine::Walk;
use serde_json::json;

/// One of each kind of page.
fn page_types() -> Vec<String> {
    vec![
        "/".into(),
        "/en".into(),
        format!("/en/scenarios/{S1}"),
        format!("/en/scenarios/{S1}/immigration"),
        format!("/en/scenarios/{S1}/immigration/no-paper"),
        "/en/law".into(),
        "/en/law/mcc-2-173-020-a-6".into(),
        "/en/myths".into(),
        format!("/en/myths/{}", content::MYTHS[0].id),
        "/en/help".into(),
        "/en/about".into(),
        "/en/card".into(),
        "/en/safety".into(),
        "/en/no/such/page/here".into(),
        format!("/en/scenarios/{S1}/nonsense"),
    ]
}

/// Quick exit leaves for the neutral site, and Back does not return to the step that was open.
async fn leaves_and_back_skips_the_step(b: &mut Browser, trigger: impl AsyncFnOnce(&mut Browser)) {
    let i18n = en();
    b.goto("/en").await;
    b.wait_for_heading(&i18n.t(msg::HOME_TITLE)).await;
    b.click_link(&i18n.t(&format!("scenario_{S1}"))).await;
    b.wait_for_heading(&heading(&en(), &Walk::start(s1()))).await;
    b.click_link(&i18n.t(&format!("{S1}_request_immigration"))).await;
    let step = format!("/en/scenarios/{S1}/immigration");
    b.wait_for_path(&step).await;

    trigger(b).await;
    b.wait_for("the page to go to the neutral site", || async {
        let url = b.client.current_url().await.ok()?;
        (!url.as_str().starts_with(&b.base)).then_some(())
    })
    .await;
    assert!(b.expect_request_to(QUICK_EXIT_URL).await, "quick exit asked for {QUICK_EXIT_URL}");
    // This sandbox cannot reach the neutral site; Chromium's error page logs that, which is fine.
    b.forget_console_errors_about("weather.gov");
    b.forget_console_errors_about("ERR_NAME_NOT_RESOLVED");

    b.client.back().await.expect("press Back");
    b.wait_for("Back to land on our site", || async {
        let url = b.client.current_url().await.ok()?;
        url.as_str().starts_with(&b.base).then_some(url)
    })
    .await;
    let url = b.client.current_url().await.unwrap();
    assert_ne!(url.path(), step, "Back must not land on the step that was open");
    assert_eq!(url.path(), format!("/en/scenarios/{S1}"));
    // Restored (from the back-forward cache or afresh), the page is shown, not left blank.
    b.wait_for_app().await;
    b.wait_for("the page not to be blank", || async {
        (b.js("document.body.classList.contains('exiting')").await == json!(false)).then_some(())
    })
    .await;
}

#[tokio::test]
async fn the_quick_exit_button_leaves_and_back_does_not_return_to_the_step() {
    let mut b = Browser::open().await;
    leaves_and_back_skips_the_step(&mut b, async |b: &mut Browser| {
        let button = b.client.find(Locator::Css("a.quick-exit")).await.expect("a quick exit button");
        assert_eq!(button.attr("href").await.unwrap().as_deref(), Some(QUICK_EXIT_URL));
        button.click().await.unwrap();
    })
    .await;
    b.finish().await;
}

#[tokio::test]
async fn pressing_shift_three_times_is_a_quick_exit_too() {
    let mut b = Browser::open().await;
    leaves_and_back_skips_the_step(&mut b, async |b: &mut Browser| {
        b.press(&[Key::Shift, Key::Shift, Key::Shift]).await;
    })
    .await;
    b.finish().await;
}

#[tokio::test]
async fn typing_with_shift_does_not_trigger_quick_exit() {
    let mut b = Browser::open().await;
    b.goto("/en").await;
    b.wait_for_app().await;
    b.press(&[Key::Shift, Key::Tab, Key::Shift, Key::Tab, Key::Shift]).await;
    assert_eq!(b.client.current_url().await.unwrap().path(), "/en");
    assert_eq!(b.js("document.body.classList.contains('exiting')").await, json!(false));
    b.finish().await;
}

#[tokio::test]
async fn quick_exit_is_on_every_page_and_explained() {
    let i18n = en();
    let mut b = Browser::open().await;
    for path in page_types() {
        b.open_page(&path, path.contains("no/such") || path.contains("nonsense")).await;
        b.wait_for_app().await;
        let exit = b.client.find(Locator::Css("a.quick-exit")).await;
        assert!(exit.is_ok(), "quick exit on {path}");
        if path != "/" {
            let card = b.client.find(Locator::Css("header a[href='/en/card']")).await;
            assert!(card.is_ok(), "the rights card is one tap away on {path}");
        }
    }
    b.click_link(&i18n.t(msg::FOOTER_SAFETY)).await;
    b.wait_for_heading(&i18n.t(msg::SAFETY_TITLE)).await;
    let text = b.text_of("main").await.unwrap();
    assert!(text.contains(&i18n.t(msg::SAFETY_LIMITS)), "the page says what quick exit cannot hide");
    b.finish().await;
}

#[tokio::test]
async fn after_each_step_focus_moves_to_the_heading_and_the_page_is_announced() {
    let i18n = en();
    let mut b = Browser::open().await;
    b.goto(&format!("/en/scenarios/{S1}")).await;
    b.wait_for_heading(&heading(&en(), &Walk::start(s1()))).await;
    // On the first load, focus stays at the top so the skip link comes first.
    b.press(&[Key::Tab]).await;
    let first = b.client.active_element().await.unwrap();
    assert_eq!(first.text().await.unwrap(), i18n.t(msg::SKIP_TO_CONTENT));

    b.click_link(&i18n.t(&format!("{S1}_request_immigration"))).await;
    let next = Walk::start(s1()).choose("immigration").unwrap();
    b.wait_for_heading(&heading(&en(), &next)).await;
    b.wait_for("focus on the new heading", || async {
        let active = b.client.active_element().await.ok()?;
        (active.tag_name().await.ok()? == "h1").then_some(())
    })
    .await;
    let announced = b.text_of("#announcer").await.unwrap_or_default();
    assert!(announced.starts_with(&heading(&en(), &next)), "announced {announced:?}");
    b.finish().await;
}

#[tokio::test]
async fn a_scenario_can_be_walked_with_tab_and_enter_alone() {
    let i18n = en();
    let mut b = Browser::open().await;
    b.goto(&format!("/en/scenarios/{S1}")).await;
    let end = Walk::from_path(s1(), "immigration/ice-form").unwrap();
    let mut at = Walk::start(s1());
    b.wait_for_heading(&heading(&en(), &at)).await;
    for step in end.steps() {
        let label = i18n.t(&format!("{S1}_{}_{}", step.question.id, step.answer.id));
        let mut found = false;
        for _ in 0..40 {
            b.press(&[Key::Tab]).await;
            let active = b.client.active_element().await.unwrap();
            if active.text().await.unwrap_or_default().trim() == label {
                found = true;
                break;
            }
        }
        assert!(found, "Tab reaches the answer {label:?}");
        b.press(&[Key::Enter]).await;
        at = at.choose(step.answer.id).unwrap();
        b.wait_for_heading(&heading(&en(), &at)).await;
    }
    assert!(b.text_of(".verdict-value").await.is_some());
    b.finish().await;
}

#[tokio::test]
async fn every_page_type_has_no_accessibility_violations_in_light_and_dark() {
    let mut b = Browser::open().await;
    for dark in [false, true] {
        b.dark_mode(dark).await;
        for path in page_types() {
            b.open_page(&path, path.contains("no/such") || path.contains("nonsense")).await;
            b.wait_for_app().await;
            let scheme = b.js("matchMedia('(prefers-color-scheme: dark)').matches").await;
            assert_eq!(scheme, json!(dark));
            b.assert_accessible(&format!("{path} ({})", if dark { "dark" } else { "light" })).await;
        }
    }
    b.finish().await;
}

#[tokio::test]
async fn at_320_pixels_wide_nothing_scrolls_sideways_and_tap_targets_are_44px() {
    let mut b = Browser::open().await;
    b.phone_screen(320, 700).await;
    for path in page_types() {
        b.open_page(&path, path.contains("no/such") || path.contains("nonsense")).await;
        b.wait_for_app().await;
        let overflow =
            b.js("document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
        assert!(overflow.as_i64().unwrap_or(1) <= 0, "{path} scrolls sideways by {overflow}px");
        let small = b
            .js(r#"[...document.querySelectorAll('a.answer, a.quick-exit, .site-nav a, .language-picker a, .language-picker summary, a.language-option, a.site-name, .step-nav a, a.change-link, a.button, button, .link-list a, .scenario-link, .law-list a')]
                    .filter(el => el.offsetParent !== null)
                    .filter(el => el.getBoundingClientRect().height < 44)
                    .map(el => el.textContent.trim() + ' (' + Math.round(el.getBoundingClientRect().height) + 'px)')"#)
            .await;
        assert_eq!(small, json!([]), "tap targets under 44px on {path}");
    }
    b.finish().await;
}

#[tokio::test]
async fn the_rights_card_shows_each_line_large_with_its_sources_and_prints_wallet_size() {
    let i18n = en();
    let mut b = Browser::open().await;
    b.goto("/en").await;
    b.wait_for_app().await;
    b.click_link(&i18n.t(msg::NAV_CARD)).await;
    b.wait_for_heading(&i18n.t(msg::CARD_TITLE)).await;
    let lines = b.client.find_all(Locator::Css(".rights-card .card-line")).await.unwrap();
    assert_eq!(lines.len(), CARD.lines.len());
    for (el, line) in lines.iter().zip(CARD.lines) {
        assert_eq!(el.text().await.unwrap(), i18n.t(&format!("card_{line}")));
    }
    let size = b.js("parseFloat(getComputedStyle(document.querySelector('.card-line')).fontSize)").await;
    assert!(size.as_f64().unwrap() >= 24.0, "large text: {size}px");
    assert_eq!(b.citation_links().await.len(), CARD.cites.len() + CARD.caution_cites.len());
    // In print, the card is wallet size (85.6 mm ≈ 323.5 CSS px wide) and the chrome is gone.
    b.print_media(true).await;
    let width = b.js("document.querySelector('.rights-card').getBoundingClientRect().width").await;
    assert!((width.as_f64().unwrap() - 323.5).abs() < 2.0, "wallet width, got {width}");
    for hidden in ["a.quick-exit", ".site-nav", "button.button"] {
        let display = b.js(&format!("getComputedStyle(document.querySelector('{hidden}')).display")).await;
        let gone = display == json!("none")
            || b.js(&format!("document.querySelector('{hidden}').offsetParent === null")).await
                == json!(true);
        assert!(gone, "{hidden} is hidden in print");
    }
    b.finish().await;
}

#[tokio::test]
async fn pages_print_with_citation_addresses_the_reviewed_date_and_their_own_address() {
    let i18n = en();
    let mut b = Browser::open().await;
    let path = format!("/en/scenarios/{S1}/immigration/no-paper");
    b.goto(&path).await;
    b.wait_for_app().await;
    b.print_media(true).await;
    // The page script writes the full address when print media starts (a media-query event, so
    // a moment after the switch): wait for it rather than read at once.
    let full = format!("{}{path}", b.base);
    b.wait_for(&format!("the page's own address {full} in print"), || async {
        b.text_of(".page-address").await.filter(|a| a.contains(&full))
    })
    .await;
    let after =
        b.js("getComputedStyle(document.querySelector('.source-list a.official'), '::after').content").await;
    assert!(
        after.as_str().unwrap_or("").contains("https://"),
        "sources print their official address: {after}"
    );
    assert!(b
        .text_of(".reviewed")
        .await
        .is_some_and(|t| t.starts_with(&i18n.t(msg::REVIEWED).replace("{$date}", ""))));
    let nav = b.js("getComputedStyle(document.querySelector('.site-nav')).display").await;
    assert_eq!(nav, json!("none"), "no navigation chrome in print");
    b.finish().await;
}

#[tokio::test]
async fn read_aloud_is_offered_only_where_the_browser_can_speak() {
    let i18n = en();
    let shown = "getComputedStyle(document.querySelector('.read-aloud')).visibility === 'visible'";
    let mut b = Browser::open().await;
    b.goto(&format!("/en/scenarios/{S1}")).await;
    b.wait_for_app().await;
    assert_eq!(b.js("'speechSynthesis' in window").await, json!(true), "this Chromium can speak");
    // Shown, with the one label that fits: not pressed, "Read aloud".
    assert_eq!(b.js(shown).await, json!(true));
    assert_eq!(b.text_of(".read-aloud button").await.as_deref(), Some(i18n.t(msg::READ_ALOUD).as_str()));
    // Where the browser cannot speak, it is not offered (its space is kept: nothing moves).
    b.cdp("Page.enable", json!({})).await;
    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": "delete window.speechSynthesis" }))
        .await;
    b.goto(&format!("/en/scenarios/{S1}")).await;
    b.wait_for_app().await;
    assert_eq!(b.js("'speechSynthesis' in window").await, json!(false));
    assert_eq!(b.js(shown).await, json!(false), "hidden where speech is missing");
    b.finish().await;
}

#[tokio::test]
async fn the_progress_indicator_counts_questions() {
    let mut b = Browser::open().await;
    b.goto(&format!("/en/scenarios/{S1}")).await;
    b.wait_for_app().await;
    assert_eq!(b.text_of(".progress").await.as_deref(), Some("Question 1 of up to 2"));
    b.goto(&format!("/en/scenarios/{S1}/immigration")).await;
    b.wait_for_app().await;
    assert_eq!(b.text_of(".progress").await.as_deref(), Some("Question 2 of 2"));
    b.finish().await;
}

/// Issue 10: on a 390 x 844 phone, the first screen of every English outcome holds the verdict
/// (whose action, and the verdict in words), the short answer, and, where the outcome has a help
/// line that takes calls or texts, its call or text button: all without scrolling.
#[tokio::test]
async fn the_first_screen_of_every_outcome_holds_the_answer_and_the_call_button() {
    let mut b = Browser::open().await;
    b.phone_screen(390, 844).await;
    let mut with_button = 0;
    for scenario in content::SCENARIOS {
        let mut seen = Vec::new();
        for walk in kyr_chicago::engine::all_outcome_walks(scenario) {
            let outcome = walk.outcome().unwrap();
            if seen.contains(&walk.current().id) {
                continue;
            }
            seen.push(walk.current().id);
            let path = format!("/en/scenarios/{}/{}", scenario.id, walk.path());
            b.goto(&path).await;
            b.wait_for_app().await;
            let has_line = outcome
                .resources
                .iter()
                .chain(outcome.steps.iter().filter_map(|s| s.resource).collect::<Vec<_>>().iter())
                .any(|&r| content::RESOURCES[r].call.is_some() || content::RESOURCES[r].text.is_some());
            let below = b
                .js(r#"(() => {
                    const fold = window.innerHeight;
                    const bottom = el => el ? el.getBoundingClientRect().bottom : null;
                    const button = document.querySelector('main .help-now a.button');
                    return {
                        verdict: bottom(document.querySelector('.verdict')),
                        answer: bottom(document.querySelector('main .lead')),
                        button: bottom(button),
                        fold,
                    };
                })()"#)
                .await;
            let fold = below["fold"].as_f64().unwrap();
            for part in ["verdict", "answer"] {
                let at = below[part].as_f64().unwrap_or_else(|| panic!("{path}: no {part}"));
                assert!(at <= fold, "{path}: the {part} ends at {at}px, below the first screen ({fold}px)");
            }
            if has_line {
                with_button += 1;
                let at = below["button"].as_f64().unwrap_or_else(|| panic!("{path}: no call button"));
                assert!(
                    at <= fold,
                    "{path}: the call button ends at {at}px, below the first screen ({fold}px)"
                );
            }
        }
    }
    assert!(with_button > 10, "only {with_button} outcomes had a call button to check");
    b.finish().await;
}
