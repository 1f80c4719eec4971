//! The core of the browser tests in a second engine: WebKit, Safari's engine (most iPhones in
//! Chicago), through Debian's WebKitGTK driver on a virtual display. A situation walked by
//! clicking after the app takes the pre-rendered page over in place, quick exit, the rights card,
//! the right-to-left help page read in order, and offline use with the server gone.

mod harness;

use fantoccini::key::Key;
use harness::{en, heading, s1, Browser, MISREAD_RUNS, S1};
use kyr_chicago::config::QUICK_EXIT_URL;
use kyr_chicago::content::msg;
use kyr_chicago::engine::Walk;
use serde_json::json;

#[tokio::test]
async fn webkit_walks_a_situation_after_the_app_takes_the_page_over_in_place() {
    let mut b = Browser::open_webkit().await;
    let i18n = en();
    b.goto(&format!("/en/scenarios/{S1}")).await;
    // Mark the pre-rendered heading before the app arrives: after it, the same element is there.
    let marked = b
        .js("document.documentElement.dataset.hydrated !== 'yes' && (document.querySelector('main h1').__kyr = 'pre-rendered') === 'pre-rendered'")
        .await;
    assert_eq!(marked, json!(true), "marked before the app took the page over");
    b.wait_for_app().await;
    assert_eq!(
        b.js("document.querySelector('main h1').__kyr").await,
        json!("pre-rendered"),
        "kept, not re-drawn"
    );
    b.js("(window.__same_page = 'yes')").await;
    let end = Walk::start(s1()).choose("immigration").unwrap().choose("no-paper").unwrap();
    b.walk_by_clicking(&i18n, &end).await;
    assert_eq!(b.js("window.__same_page").await, json!("yes"), "answers handled without a page load");
    assert!(b.text_of(".verdict-value").await.is_some_and(|t| !t.is_empty()));
    b.finish().await;
}

#[tokio::test]
async fn webkit_quick_exit_leaves_at_three_shifts() {
    let mut b = Browser::open_webkit().await;
    b.goto("/en").await;
    b.wait_for_app().await;
    b.press(&[Key::Shift, Key::Shift, Key::Shift]).await;
    b.wait_for("the page to leave for the neutral site", || async {
        let url = b.client.current_url().await.ok()?;
        (!url.as_str().starts_with(&b.base)).then_some(())
    })
    .await;
    let url = b.client.current_url().await.unwrap();
    assert!(url.as_str().starts_with(QUICK_EXIT_URL), "{url}");
    b.expect_request_to(url.as_str()).await;
    b.finish().await;
}

#[tokio::test]
async fn webkit_shows_the_rights_card() {
    let mut b = Browser::open_webkit().await;
    let i18n = en();
    b.goto("/en/card").await;
    b.wait_for_app().await;
    b.wait_for_heading(&i18n.t(msg::CARD_TITLE)).await;
    let text = b.text_of("main").await.unwrap_or_default();
    assert!(text.contains(&i18n.t("card_silent")), "the card's first line:\n{text}");
    b.finish().await;
}

#[tokio::test]
async fn webkit_reads_the_arabic_help_page_in_order() {
    let mut b = Browser::open_webkit().await;
    b.goto("/ar/help").await;
    b.wait_for_app().await;
    assert_eq!(b.js("document.documentElement.dir").await, json!("rtl"));
    let seen = b.js(MISREAD_RUNS).await;
    assert!(seen["checked"].as_u64().unwrap_or(0) > 3, "{seen}");
    assert_eq!(seen["bad"], json!([]), "phone numbers read in order in WebKit");
    b.finish().await;
}

#[tokio::test]
async fn webkit_saved_for_offline_use_walks_with_the_server_gone() {
    let mut b = Browser::open_webkit().await;
    let i18n = en();
    b.goto("/en/about").await;
    b.save_offline_copy(&i18n).await;
    b.take_server_away();
    b.goto(&format!("/en/scenarios/{S1}")).await;
    let end = Walk::start(s1()).choose("immigration").unwrap().choose("no-paper").unwrap();
    b.walk_by_clicking(&i18n, &end).await;
    assert!(b.text_of(".verdict-value").await.is_some());
    b.wait_for_heading(&heading(&i18n, &end)).await;
    b.finish().await;
}

/// WebKit's driver has no console log: the harness's hook must still see an error.
#[tokio::test]
async fn webkit_errors_are_seen() {
    let mut b = Browser::open_webkit().await;
    b.goto("/en").await;
    b.wait_for_app().await;
    b.js("(setTimeout(() => { throw new Error('a test error') }), true)").await;
    let mut seen = Vec::new();
    for _ in 0..100 {
        seen = b.problems().await;
        if !seen.is_empty() {
            break;
        }
        b.wait_for("a moment", || async { Some(()) }).await;
    }
    assert!(seen.iter().any(|p| p.contains("a test error")), "{seen:?}");
    b.forget_console_errors_about("a test error");
    b.finish().await;
}
