//! Pre-rendering and hydration (issue 5): every page of every language is static HTML that reads
//! and navigates without JavaScript; the WebAssembly then takes over the page in place (no
//! re-render, no mismatch), and answers are handled by the app without a page load.

mod harness;

use fantoccini::Locator;
use harness::{dist, Browser, S1};
use kyr_chicago::content::{self, LOCALES, SCENARIOS};
use kyr_chicago::engine::{all_outcome_walks, Walk};
use kyr_chicago::i18n::I18n;
use serde_json::json;

fn page(path: &str) -> String {
    let file = dist().join(path.trim_start_matches('/')).join("index.html");
    std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{} is pre-rendered: {e}", file.display()))
}

/// HTML-escaped, as the server renderer writes text.
fn escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[test]
fn every_step_of_every_scenario_is_a_static_page_linking_to_the_next() {
    for locale in LOCALES {
        let i18n = I18n::new(locale);
        for s in SCENARIOS {
            for walk in all_outcome_walks(s) {
                for depth in 0..=walk.depth() {
                    let at = walk.change(depth);
                    let path = kyr_chicago::Route::for_walk(locale.code, &at);
                    let path = path.to_path();
                    let html = page(&path);
                    let heading = i18n.t(&format!("{}_{}", s.id, at.current().id));
                    assert!(
                        html.contains(&escaped(&heading)) || html.contains(&heading),
                        "{path} shows its heading"
                    );
                    assert!(
                        html.contains(&format!(
                            "<html lang=\"{}\" dir=\"{}\">",
                            locale.code,
                            locale.dir.as_str()
                        )),
                        "{path}: lang and dir"
                    );
                    for a in at.answers() {
                        let next = at.choose(a.id).unwrap();
                        assert!(
                            html.contains(&format!(
                                "href=\"/{}/scenarios/{}/{}\"",
                                locale.code,
                                s.id,
                                next.path()
                            )),
                            "{path} links to {}",
                            next.path()
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn every_page_has_its_own_title_description_canonical_and_language_links() {
    let paths = kyr_chicago::app::all_paths();
    assert!(paths.len() > 500, "every page of every language: {}", paths.len());
    let mut titles = std::collections::BTreeSet::new();
    for path in &paths {
        let html = page(path);
        let title = html
            .split("<title>")
            .nth(1)
            .and_then(|t| t.split("</title>").next())
            .unwrap_or_default()
            .to_string();
        assert!(!title.is_empty() && !title.contains("{{"), "{path} has a title");
        titles.insert(title);
        assert!(
            html.contains("<meta name=\"description\" content=\"") && !html.contains("content=\"\""),
            "{path}: description"
        );
        // Canonical and language links, as full addresses, only when the build knows the site's
        // address (a relative one is invalid to search engines; a made-up domain is wrong).
        let site = std::env::var("KYR_SITE_URL").unwrap_or_default();
        let site = site.trim_end_matches('/');
        assert!(!html.contains("knowyourrights.chicago"), "{path}: no made-up domain");
        if site.is_empty() {
            assert!(!html.contains("rel=\"canonical\"") && !html.contains("rel=\"alternate\""), "{path}");
        } else {
            assert!(
                html.contains(&format!("<link rel=\"canonical\" href=\"{site}{path}\">")),
                "{path}: canonical"
            );
        }
        if path != "/" && !site.is_empty() {
            for l in LOCALES {
                assert!(
                    html.contains(&format!("hreflang=\"{}\"", l.code)),
                    "{path}: alternate in {}",
                    l.code
                );
            }
        }
        if kyr_chicago::Route::parse(path).in_app() {
            assert!(html.contains(" data-prerendered>"), "{path} is marked pre-rendered");
            assert!(html.contains("id=\"kyr-messages\""), "{path} carries its messages");
        } else {
            // A page the app does not draw: its HTML is all there is.
            assert!(html.contains(" data-static>"), "{path} is marked static");
            assert!(!html.contains("kyr-messages"), "{path} carries no messages");
        }
    }
    let sitemap = dist().join("sitemap.xml");
    let site_known = std::env::var("KYR_SITE_URL").is_ok_and(|s| !s.is_empty());
    assert_eq!(sitemap.exists(), site_known, "a sitemap only when the build knows the site's address");
    // Titles are the pages' own (a few pages share one, such as a question reached two ways).
    assert!(
        titles.len() * 10 > paths.len() * 8,
        "{} distinct titles for {} pages",
        titles.len(),
        paths.len()
    );
}

/// Counts, from the very start of the page, any element removed from the pre-rendered page: a
/// hydration that threw the page away and drew it again would remove them all.
const WATCH_REMOVALS: &str = r#"
    window.__removed = 0;
    new MutationObserver(records => {
        for (const r of records) for (const n of r.removedNodes) if (n.nodeType === 1) window.__removed++;
    }).observe(document, { childList: true, subtree: true });
"#;

#[tokio::test]
async fn the_app_takes_over_each_pre_rendered_page_in_place() {
    let mut b = Browser::open().await;
    b.cdp("Page.enable", json!({})).await;
    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": WATCH_REMOVALS })).await;
    let paths = [format!("/en/scenarios/{S1}"), format!("/es/scenarios/{S1}/immigration/no-paper")];
    for path in &paths {
        b.goto(path).await;
        // Hydrated: the app's first effect has run (it fills in the page's full address).
        b.wait_for(&format!("{path} to be taken over by the app"), || async {
            let hydrated = b.js("document.documentElement.dataset.hydrated === 'yes'").await;
            (hydrated == json!(true)).then_some(())
        })
        .await;
        let removed = b.js("window.__removed").await;
        assert_eq!(removed, json!(0), "{path}: the pre-rendered elements were kept, not re-drawn");
    }
    // The pages the app does not draw load no WebAssembly at all: the page script makes them
    // ready, and nothing is redrawn.
    let static_paths = [
        "/",
        "/en",
        "/ar/law/mcc-2-173-020-a-6",
        "/zh-Hans/myths",
        "/hi/help",
        "/pl/card",
        "/en/about",
        "/en/safety",
    ];
    for path in static_paths {
        b.goto(path).await;
        b.wait_for(&format!("{path} to be ready"), || async {
            (b.js("document.documentElement.dataset.ready === 'yes'").await == json!(true)).then_some(())
        })
        .await;
        assert_eq!(b.js("window.__removed").await, json!(0), "{path}: nothing redrawn");
        let code = b
            .js("performance.getEntriesByType('resource').map(e => e.name).filter(n => /\\/app-[0-9a-f]+\\.(wasm|js)$/.test(n))")
            .await;
        assert_eq!(code, json!([]), "{path}: no app code fetched");
        assert_eq!(b.js("document.documentElement.dataset.hydrated || 'no'").await, json!("no"), "{path}");
    }
    b.finish().await;
}

#[tokio::test]
async fn after_hydration_answers_are_handled_by_the_app_without_a_page_load() {
    let i18n = I18n::new(content::default_locale());
    let mut b = Browser::open().await;
    b.goto(&format!("/en/scenarios/{S1}")).await;
    b.wait_for("hydration", || async {
        (b.js("document.documentElement.dataset.hydrated === 'yes'").await == json!(true)).then_some(())
    })
    .await;
    b.js("(window.__same_page = 'yes')").await;
    b.click_link(&i18n.t(&format!("{S1}_request_immigration"))).await;
    let next = Walk::start(content::scenario(S1).unwrap()).choose("immigration").unwrap();
    b.wait_for_heading(&i18n.t(&format!("{S1}_{}", next.current().id))).await;
    assert_eq!(b.js("window.__same_page").await, json!("yes"), "no full page load");
    b.finish().await;
}

#[tokio::test]
async fn with_javascript_off_a_scenario_can_be_walked_by_following_links() {
    let i18n = I18n::new(content::locale("es").unwrap_or_else(content::default_locale));
    let mut b = Browser::open_with(&["--blink-settings=scriptEnabled=false"]).await;
    let lang = i18n.locale.code;
    b.goto(&format!("/{lang}/scenarios/{S1}")).await;
    assert_eq!(b.js("1").await, json!(1), "WebDriver scripts still run");
    let end = Walk::from_path(content::scenario(S1).unwrap(), "immigration/no-paper").unwrap();
    b.walk_by_clicking(&i18n, &end).await;
    assert!(b.client.find(Locator::Css(".verdict-value")).await.is_ok());
    assert_eq!(
        b.js("document.documentElement.dataset.hydrated || 'no'").await,
        json!("no"),
        "the app never ran"
    );
    // An address under the language that is no page: the not-found page, in the language.
    b.goto_missing(&format!("/{lang}/no/such/page")).await;
    assert_eq!(b.text_of("h1").await.as_deref(), Some(i18n.t(content::msg::NOT_FOUND_TITLE).as_str()));
    assert_eq!(b.js("document.documentElement.lang").await, json!(lang));
    b.goto(&format!("/{lang}/scenarios/{S1}/immigration/no-paper")).await;
    // A share button that could do nothing is not shown.
    assert_eq!(b.js("getComputedStyle(document.querySelector('.share')).display").await, json!("none"));
    // The embed code page says its options need JavaScript, and still shows the code.
    b.goto(&format!("/{lang}/embed")).await;
    assert_eq!(
        b.js("getComputedStyle(document.querySelector('.embed-options')).display").await,
        json!("none")
    );
    assert_ne!(
        b.js("getComputedStyle(document.querySelector('.no-script-note')).display").await,
        json!("none")
    );
    assert!(b
        .js("document.getElementById('embed-code').value")
        .await
        .as_str()
        .unwrap()
        .contains("/embed/es\""));
    b.finish().await;
}

/// The message files the page has asked for so far, as their part names (`en-core`, `en-law`…).
async fn message_parts_fetched(b: &Browser) -> Vec<String> {
    let urls = b.js("performance.getEntriesByType('resource').map(e => e.name)").await;
    let mut parts: Vec<String> = urls
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|u| u.as_str()?.split("/messages/").nth(1).map(str::to_string))
        .map(|file| file.rsplit_once('-').map(|(part, _hash)| part.to_string()).unwrap_or(file))
        .collect();
    parts.sort();
    parts
}

async fn wait_for_hydration(b: &Browser) {
    b.wait_for("hydration", || async {
        (b.js("document.documentElement.dataset.hydrated === 'yes'").await == json!(true)).then_some(())
    })
    .await;
}

#[tokio::test]
async fn a_pre_rendered_page_fetches_no_messages_and_the_next_page_only_the_parts_it_needs() {
    let i18n = I18n::new(content::default_locale());
    let mut b = Browser::open().await;
    b.goto(&format!("/en/scenarios/{S1}/immigration/no-paper")).await;
    wait_for_hydration(&b).await;
    // The outcome's words came with the page.
    assert_eq!(message_parts_fetched(&b).await, Vec::<String>::new(), "first view");

    // Help and the law library are pages the app does not draw: a link loads each, and neither
    // needs any message file.
    b.click_link(&i18n.t(content::msg::NAV_HELP)).await;
    b.wait_for_heading(&i18n.t(content::msg::HELP_TITLE)).await;
    assert_eq!(message_parts_fetched(&b).await, Vec::<String>::new(), "help");
    b.click_link(&i18n.t(content::msg::NAV_LAW)).await;
    b.wait_for_heading(&i18n.t(content::msg::LAW_INDEX_TITLE)).await;
    assert_eq!(message_parts_fetched(&b).await, Vec::<String>::new(), "law library");

    // A scenario's own words, once, when one of its steps is first drawn (and the glossary's
    // terms, which an outcome links at their first use).
    b.goto(&format!("/en/scenarios/{S1}")).await;
    wait_for_hydration(&b).await;
    b.click_link(&i18n.t(&format!("{S1}_request_immigration"))).await;
    let next = Walk::start(content::scenario(S1).unwrap()).choose("immigration").unwrap();
    b.wait_for_heading(&i18n.t(&format!("{S1}_{}", next.current().id))).await;
    let fetched = message_parts_fetched(&b).await;
    assert!(fetched.contains(&format!("en-{S1}")), "{fetched:?}");
    assert!(
        fetched
            .iter()
            .all(|p| ["en-core", "en-law", "en-glossary"].contains(&p.as_str()) || p == &format!("en-{S1}")),
        "{fetched:?}"
    );
    b.finish().await;
}

#[tokio::test]
async fn when_a_page_s_words_cannot_load_the_page_says_so_instead_of_showing_ids() {
    let i18n = I18n::new(content::default_locale());
    let mut b = Browser::open().await;
    b.goto(&format!("/en/scenarios/{S1}")).await;
    wait_for_hydration(&b).await;
    b.take_server_away();
    // The next step needs the scenario's words, which the start page did not bring.
    b.click_link(&i18n.t(&format!("{S1}_request_immigration"))).await;
    let said = b
        .wait_for("the page to say its text could not load", || async { b.text_of("[role=alert]").await })
        .await;
    assert_eq!(said.trim(), i18n.t(content::msg::LOAD_ERROR));
    assert!(b.text_of(".quick-exit").await.is_some(), "quick exit is still there");
    let body = b.text_of("body").await.unwrap_or_default();
    assert!(!body.contains(&format!("{S1}_")), "no message ids on the page: {body}");
    // The failed fetch is this test's point; any other console error still fails it.
    b.collect_logs().await;
    b.forget_console_errors_about("/messages/en-");
    b.finish().await;
}
