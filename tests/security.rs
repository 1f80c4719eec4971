//! Hardening: the headers every response carries (as `dist/_headers` gives them to static hosts
//! and the development server), no page breaking its content security policy, scripts that run
//! only as built (subresource integrity), and a crash that leaves a way out instead of a dead page.

mod harness;

use harness::{dist, en, heading, s1, Browser, S1};
use kyr_chicago::config::QUICK_EXIT_URL;
use kyr_chicago::content::msg;
use kyr_chicago::engine::Walk;
use serde_json::json;

/// The name of the first file in `dir` whose name starts with `prefix` and ends with `suffix`.
fn built(dir: &std::path::Path, prefix: &str, suffix: &str) -> String {
    std::fs::read_dir(dir)
        .expect("dist/ is built")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.starts_with(prefix) && n.ends_with(suffix))
        .unwrap_or_else(|| panic!("no {prefix}…{suffix} in {}", dir.display()))
}

/// The value of header `name` in `headers` (lower-cased), if present once; fails if it is sent
/// twice (a host would join the two values into one).
fn header(headers: &str, name: &str) -> Option<String> {
    let values: Vec<&str> =
        headers.lines().filter_map(|l| l.strip_prefix(&format!("{name}:"))).map(str::trim).collect();
    assert!(values.len() <= 1, "{name} sent {} times:\n{headers}", values.len());
    values.first().map(|v| v.to_string())
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let b = Browser::open().await;
    let pages =
        ["/", "/en", "/ar/help", &format!("/es/scenarios/{S1}"), "/en/embed", "/embed/en", "/404.html"];
    let hashed = [
        format!("/{}", built(&dist(), "app-", ".wasm")),
        format!("/{}", built(&dist(), "app-", ".js")),
        format!("/{}", built(&dist(), "boot-", ".js")),
        format!("/{}", built(&dist(), "style-", ".css")),
        format!("/messages/{}", built(&dist().join("messages"), "es-core-", ".txt")),
    ];
    let other = ["/embed.js", "/embed-frame.js", "/favicon.svg", "/sw.js"];
    for path in
        pages.iter().map(|p| p.to_string()).chain(hashed.iter().cloned()).chain(other.map(String::from))
    {
        let h = b.headers_of(&path);
        assert!(h.starts_with("http/1.1 200"), "{path}:\n{h}");
        assert_eq!(header(&h, "referrer-policy").as_deref(), Some("no-referrer"), "{path}");
        assert_eq!(header(&h, "x-content-type-options").as_deref(), Some("nosniff"), "{path}");
        let permissions = header(&h, "permissions-policy").unwrap_or_default();
        for off in ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"] {
            assert!(permissions.contains(off), "{path}: permissions-policy without {off}: {permissions}");
        }
        let cache = header(&h, "cache-control").unwrap_or_default();
        let is_page = pages.contains(&path.as_str());
        if hashed.contains(&path) {
            assert!(cache.contains("immutable") && cache.contains("max-age=31536000"), "{path}: {cache}");
        } else {
            assert!(!cache.contains("immutable"), "{path} changes without changing its name: {cache}");
        }
        if is_page {
            assert_eq!(cache, "no-cache", "{path}: a corrected answer must show at once");
            let csp = header(&h, "content-security-policy").unwrap_or_default();
            for part in [
                "default-src 'self'",
                "script-src 'self' 'wasm-unsafe-eval';",
                "object-src 'none'",
                "base-uri 'none'",
                "form-action 'none'",
            ] {
                assert!(csp.contains(part), "{path}: the policy lacks {part}: {csp}");
            }
            let without_wasm = csp.replace("'wasm-unsafe-eval'", "");
            assert!(!csp.contains("unsafe-inline") && !without_wasm.contains("unsafe-eval"), "{path}: {csp}");
            let framing =
                if path.starts_with("/embed/") { "frame-ancestors *" } else { "frame-ancestors 'none'" };
            assert!(csp.ends_with(framing), "{path}: {csp}");
        }
    }
    b.finish().await;
}

/// Records every content security policy violation in every document and frame from now on.
async fn record_violations(b: &Browser) {
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));" }),
    )
    .await;
    b.cdp("Page.enable", json!({})).await;
}

async fn violations(b: &Browser) -> serde_json::Value {
    b.js("window.__csp").await
}

#[tokio::test]
async fn no_page_breaks_its_content_security_policy_and_scripts_run_only_as_built() {
    let mut b = Browser::open().await;
    record_violations(&b).await;
    let i18n = en();

    // The recorder sees a violation when there is one: an inline script, which the policy forbids.
    b.goto("/en/law").await;
    b.wait_for_app().await;
    assert_eq!(violations(&b).await, json!([]), "the recorder is in the page");
    b.js("(document.head.append(Object.assign(document.createElement('script'), { textContent: 'window.ran = 1' })), true)").await;
    b.wait_for("the violation to be recorded", || async {
        // (Reported once by the page's <meta> policy and once by the header's.)
        (!violations(&b).await.as_array()?.is_empty()).then_some(())
    })
    .await;
    assert_eq!(b.js("window.ran === undefined").await, json!(true));
    b.collect_logs().await;
    b.forget_console_errors_about("Content Security Policy");

    // Every kind of page, used: none breaks the policy.
    b.goto(&format!("/en/scenarios/{S1}")).await;
    b.wait_for_app().await;
    let end = Walk::start(s1()).choose("immigration").unwrap().choose("no-paper").unwrap();
    b.walk_by_clicking(&i18n, &end).await;
    b.wait_for_heading(&heading(&i18n, &end)).await;
    assert_eq!(violations(&b).await, json!([]), "a walk");
    for path in
        ["/ar/help", "/zh-Hans/card", "/en/about", "/en/glossary", "/en/embed", "/embed/es", "/nowhere"]
    {
        if path == "/nowhere" {
            b.goto_missing(path).await;
        } else {
            b.goto(path).await;
        }
        b.wait_for("the page's heading", || async { b.text_of("h1").await.filter(|t| !t.is_empty()) }).await;
        if path == "/en/embed" {
            // The preview frame has loaded its own page and script.
            b.wait_for("the preview", || async {
                (b.js("document.getElementById('embed-code').value.includes('127.0.0.1')").await
                    == json!(true))
                .then_some(())
            })
            .await;
        }
        assert_eq!(violations(&b).await, json!([]), "{path}");
    }

    // Each script carries the integrity of the file the server sends (so a changed file would not
    // run): checked in the browser, against what it fetches.
    for path in ["/en", "/embed/en", "/en/embed"] {
        b.goto(path).await;
        let checked = b
            .js_async(
                "Promise.all([...document.scripts].filter(s => s.src).map(async s => {
                    const bytes = await (await fetch(s.src)).arrayBuffer();
                    const hash = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
                    return s.integrity === 'sha384-' + hash ? 'ok' : s.src + ': ' + s.integrity;
                }))",
            )
            .await;
        let checked = checked.as_array().unwrap_or_else(|| panic!("{path}: {checked}"));
        assert!(!checked.is_empty() && checked.iter().all(|c| c == "ok"), "{path}: {checked:?}");
    }
    b.finish().await;
}

#[tokio::test]
async fn a_crash_shows_something_went_wrong_with_quick_exit_instead_of_a_dead_page() {
    let mut b = Browser::open().await;
    let i18n = en();
    let end = Walk::start(s1()).choose("immigration").unwrap().choose("no-paper").unwrap();
    b.goto(&format!("/en/scenarios/{S1}/immigration/no-paper")).await;
    b.wait_for_app().await;
    b.wait_for_heading(&heading(&i18n, &end)).await;
    // A real stop of the app's WebAssembly, as a panic is in the release build: its allocator
    // asked for more memory than there is (it traps, and takes the module down with it).
    let app_js = built(&dist(), "app-", ".js");
    b.js(&format!("(import('/{app_js}').then(m => m.default()).then(w => setTimeout(() => w.__wbindgen_malloc(0xfffffff0, 8))), true)")).await;
    b.wait_for_heading(&i18n.t(msg::CRASH_TITLE)).await;
    assert_eq!(b.text_of(".crash p").await.unwrap(), i18n.t(msg::CRASH_TEXT));
    let exit = b.hrefs("a.quick-exit").await;
    assert_eq!(exit, [QUICK_EXIT_URL], "quick exit stays");
    let reload = b.js("document.querySelector('.crash a').href").await;
    assert_eq!(reload, json!(b.url(&format!("/en/scenarios/{S1}/immigration/no-paper"))), "reload");
    b.assert_accessible("the crash screen").await;
    b.collect_logs().await;
    b.forget_console_errors_about("RuntimeError");
    b.forget_console_errors_about("unreachable");
    b.finish().await;
}

/// Everything the browser holds for the site: cookies, both storages, IndexedDB databases, Cache
/// Storage names and service workers.
async fn stored(b: &Browser) -> serde_json::Value {
    b.js_async(
        "(async () => ({
            cookies: document.cookie,
            local: Object.fromEntries(Object.keys(localStorage).map(k => [k, localStorage.getItem(k)])),
            session: sessionStorage.length,
            indexedDb: (await indexedDB.databases()).map(d => d.name),
            caches: await caches.keys(),
            workers: (await navigator.serviceWorker.getRegistrations()).length,
        }))()",
    )
    .await
}

#[tokio::test]
async fn nothing_is_kept_but_the_language_chosen_and_the_offline_copy_asked_for() {
    let mut b = Browser::open().await;
    b.allow_clipboard().await;
    let i18n = en();
    let nothing =
        json!({ "cookies": "", "local": {}, "session": 0, "indexedDb": [], "caches": [], "workers": 0 });

    // Walk a situation by clicking, change an answer, read aloud, share.
    b.goto(&format!("/en/scenarios/{S1}")).await;
    b.wait_for_app().await;
    let end = Walk::start(s1()).choose("immigration").unwrap().choose("no-paper").unwrap();
    b.walk_by_clicking(&i18n, &end).await;
    let speak = b.wait_for("the read-aloud button", || async {
        let shown = b.js("getComputedStyle(document.querySelector('.read-aloud')).visibility").await;
        (shown == json!("visible")).then_some(())
    });
    speak.await;
    b.js("(document.querySelector('.read-aloud button').click(), true)").await;
    b.js("(document.querySelector('.share-button').click(), true)").await;
    b.wait_for("the share status", || async { b.text_of(".share-status:not([hidden])").await }).await;
    // The rights card, the law library, the glossary.
    for (link, title) in [
        (msg::NAV_CARD, msg::CARD_TITLE),
        (msg::NAV_LAW, msg::LAW_INDEX_TITLE),
        (msg::NAV_GLOSSARY, msg::GLOSSARY_TITLE),
    ] {
        b.click_link(&i18n.t(link)).await;
        b.wait_for_heading(&i18n.t(title)).await;
    }
    assert_eq!(stored(&b).await, nothing, "after reading, answering, listening and sharing");

    // Choosing a language is the one thing kept.
    b.js("(document.querySelector('.language-picker a[hreflang=es]').click(), true)").await;
    b.wait_for_path("/es/glossary").await;
    b.wait_for_app().await;
    let mut language = nothing.clone();
    language["local"] = json!({ "kyr-language": "es" });
    assert_eq!(stored(&b).await, language, "after choosing Spanish");

    // The offline copy, when asked for, and nothing once it is removed.
    b.goto("/es/about").await;
    b.wait_for_app().await;
    b.wait_for("the save button", || async {
        let ready = b.js("!!document.querySelector('button.offline-save:not([disabled])')").await;
        (ready == json!(true)).then_some(())
    })
    .await;
    b.js("(document.querySelector('button.offline-save').click(), true)").await;
    b.wait_for("the offline copy", || async {
        let s = stored(&b).await;
        (s["caches"].as_array()?.len() == 1 && s["workers"] == json!(1)).then_some(())
    })
    .await;
    let s = stored(&b).await;
    assert_eq!(
        (&s["cookies"], &s["local"], &s["session"], &s["indexedDb"]),
        (&json!(""), &language["local"], &json!(0), &json!([]))
    );
    b.wait_for("the remove button", || async {
        b.client.find(fantoccini::Locator::Css("button.offline-remove:not([hidden])")).await.ok()
    })
    .await
    .click()
    .await
    .unwrap();
    b.wait_for("the copy to go", || async { (stored(&b).await == language).then_some(()) }).await;
    b.finish().await;
}
