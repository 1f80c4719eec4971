//! Offline use (issue 5): nothing is cached unless the person asks; after "Save for offline use",
//! the pages of that language work with the server gone.

mod harness;

use fantoccini::Locator;
use harness::{Browser, S1};
use kyr_chicago::content;
use kyr_chicago::engine::Walk;
use kyr_chicago::i18n::I18n;
use serde_json::json;

#[tokio::test]
async fn nothing_is_saved_on_the_device_without_the_persons_choice() {
    let mut b = Browser::open().await;
    for path in ["/", "/en", "/en/about", &format!("/en/scenarios/{S1}/immigration/no-paper")] {
        b.goto(path).await;
        b.wait_for("the app", || async { b.text_of("main h1").await }).await;
    }
    assert_eq!(b.js_async("navigator.serviceWorker.getRegistrations().then(r => r.length)").await, json!(0));
    assert_eq!(b.js_async("caches.keys().then(k => k.length)").await, json!(0));
    assert_eq!(b.js("localStorage.length").await, json!(0));
    assert_eq!(b.js("document.cookie").await, json!(""));
    b.finish().await;
}

#[tokio::test]
async fn saved_for_offline_use_a_scenario_can_be_walked_with_the_server_gone() {
    let i18n = I18n::new(content::default_locale());
    let mut b = Browser::open().await;
    b.goto("/en/about").await;
    b.save_offline_copy(&i18n).await;

    b.take_server_away();
    // A page that was never opened in this session comes from the offline copy.
    b.goto(&format!("/en/scenarios/{S1}")).await;
    let walk = Walk::from_path(content::scenario(S1).unwrap(), "immigration/no-paper").unwrap();
    b.walk_by_clicking(&i18n, &walk).await;
    assert!(b.text_of(".verdict-value").await.is_some());
    // And the person can remove the copy again.
    b.goto("/en/about").await;
    let remove = b
        .wait_for("the remove button", || async {
            b.client.find(Locator::Css("button.offline-remove")).await.ok()
        })
        .await;
    remove.click().await.unwrap();
    b.wait_for("the copy to be removed", || async {
        (b.js_async("navigator.serviceWorker.getRegistrations().then(r => r.length)").await == json!(0))
            .then_some(())
    })
    .await;
    b.finish().await;
}
