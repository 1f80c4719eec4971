//! Embedding: the example partner page (`examples/embed-host/`, served on another port, so another
//! origin) with the app's embed pages in iframes, sized by the loader (`static/embed.js`); the
//! embed pages' options and their fallbacks; the headers that let only embed pages be framed; the
//! embed code page, whose copied code is pasted into a partner page of the test's own; and the
//! share control on site and embed pages.

mod harness;

use fantoccini::Locator;
use harness::{en, heading, s1, Browser, S1};
use kyr_chicago::config::QUICK_EXIT_URL;
use kyr_chicago::content::msg;
use kyr_chicago::embed::snippet;
use kyr_chicago::engine::Walk;
use serde_json::json;

/// The frame's height on the host page and, inside it, the embed page's own height and whether
/// it scrolls inside. `frame` is a CSS selector.
async fn heights(b: &Browser, frame: &str) -> Option<(i64, i64, bool)> {
    let outer =
        b.js(&format!("Math.round(document.querySelector('{frame}').getBoundingClientRect().height)")).await;
    b.client.find(Locator::Css(frame)).await.ok()?.enter_frame().await.ok()?;
    let inner = b
        .js("(() => { const f = document.querySelector('.embed-frame'); return f ? [Math.ceil(f.getBoundingClientRect().height), document.documentElement.scrollHeight > innerHeight] : null })()")
        .await;
    b.client.enter_parent_frame().await.ok()?;
    Some((outer.as_i64()?, inner[0].as_i64()?, inner[1].as_bool()?))
}

/// Waits until the frame is exactly as tall as its page (no inner scrollbar); returns the height.
async fn wait_until_fitted(b: &Browser, frame: &str) -> i64 {
    b.wait_for(&format!("frame {frame} to fit its page"), || async {
        let (outer, inner, scrolls) = heights(b, frame).await?;
        (outer != 640 && (outer - inner).abs() <= 1 && !scrolls).then_some(outer)
    })
    .await
}

/// Clicks the link reading `text` inside frame `frame` (a CSS selector), and waits for the
/// frame's page to show the heading `expected`.
async fn click_in_frame(b: &Browser, frame: &str, text: &str, expected: &str) {
    b.client
        .find(Locator::Css(frame))
        .await
        .expect("the frame")
        .enter_frame()
        .await
        .expect("enter the frame");
    b.click_link(text).await;
    b.wait_for_heading(expected).await;
    b.client.enter_parent_frame().await.expect("leave the frame");
}

#[tokio::test]
async fn the_frame_grows_and_shrinks_with_the_walk_without_an_inner_scrollbar() {
    let mut b = Browser::open().await;
    let host = b.serve_host();
    b.client.goto(&format!("{host}/")).await.expect("open the partner page");
    let i18n = en();
    let list = wait_until_fitted(&b, "#kyr").await;

    let start = Walk::start(s1());
    click_in_frame(&b, "#kyr", &i18n.t(&format!("scenario_{S1}")), &heading(&i18n, &start)).await;
    let question = b
        .wait_for("the frame to fit the question", || async {
            let h = wait_until_fitted(&b, "#kyr").await;
            (h != list).then_some(h)
        })
        .await;
    assert!(question < list, "the frame shrinks from the list ({list}px) to a question ({question}px)");

    let walk = start.choose("immigration").unwrap().choose("no-paper").unwrap();
    click_in_frame(
        &b,
        "#kyr",
        &i18n.t(&format!("{S1}_request_immigration")),
        &heading(&i18n, &start.choose("immigration").unwrap()),
    )
    .await;
    click_in_frame(&b, "#kyr", &i18n.t(&format!("{S1}_paper_no-paper")), &heading(&i18n, &walk)).await;
    let outcome = b
        .wait_for("the frame to fit the outcome", || async {
            let h = wait_until_fitted(&b, "#kyr").await;
            (h > question).then_some(h)
        })
        .await;
    assert!(
        outcome > question,
        "the frame grows from a question ({question}px) to the outcome ({outcome}px)"
    );
    // The walk stays in the frame, at the embed addresses; the host page stays where it was.
    assert_eq!(b.client.current_url().await.unwrap().as_str(), format!("{host}/"));
    b.client.find(Locator::Id("kyr")).await.unwrap().enter_frame().await.unwrap();
    let path = b.js("location.pathname").await;
    assert_eq!(path, json!(format!("/embed/en/scenarios/{S1}/immigration/no-paper")));
    b.assert_accessible("an embed outcome").await;
    b.client.enter_parent_frame().await.unwrap();
    b.finish().await;
}

#[tokio::test]
async fn messages_from_another_origin_or_another_frame_are_ignored() {
    let mut b = Browser::open().await;
    let host = b.serve_host();
    b.client.goto(&format!("{host}/")).await.expect("open the partner page");
    let first = wait_until_fitted(&b, "#kyr").await;
    b.js("document.getElementById('kyr-es').scrollIntoView()").await;
    let second = wait_until_fitted(&b, "#kyr-es").await;
    // Every height the loader gives each frame from now on.
    b.js("(window.seen = { kyr: [], 'kyr-es': [] }, Object.keys(seen).forEach(id => { const f = document.getElementById(id); new MutationObserver(() => seen[id].push(f.style.height)).observe(f, { attributes: true }) }), true)").await;

    // From the host page itself (another origin than the app's), and from a frame of its own.
    b.js("(postMessage({ type: 'kyr:height', height: 77 }, '*'), postMessage({ type: 'kyr:exit', url: 'https://www.example.org/' }, '*'), true)").await;
    b.js("(() => { const f = document.createElement('iframe'); f.srcdoc = `<script>parent.postMessage({ type: 'kyr:height', height: 66 }, '*'); parent.postMessage({ type: 'kyr:exit', url: 'https://www.example.org/' }, '*')<\\/script>`; document.body.append(f); return true })()").await;
    // From the app's other frame: it sizes that frame only.
    b.client.find(Locator::Id("kyr-es")).await.unwrap().enter_frame().await.unwrap();
    b.js("(parent.postMessage({ type: 'kyr:height', height: 321 }, '*'), true)").await;
    b.client.enter_parent_frame().await.unwrap();
    // (Its own page's next height may follow at once, so the record is read, not the frame.)
    b.wait_for("the second frame to take its own message", || async {
        (b.js("seen['kyr-es'].includes('321px')").await == json!(true)).then_some(())
    })
    .await;
    assert_ne!(second, 321);

    // A real change in the first frame's page: its message arrives after all of the above.
    // (Chromium pauses rendering, and so the page's resize observer, in a frame out of view.)
    b.js("document.getElementById('kyr').scrollIntoView()").await;
    b.client.find(Locator::Id("kyr")).await.unwrap().enter_frame().await.unwrap();
    b.js("(document.querySelector('.embed-frame').style.paddingBottom = '150px', true)").await;
    b.client.enter_parent_frame().await.unwrap();
    b.wait_for("the first frame to fit its taller page", || async {
        let h = wait_until_fitted(&b, "#kyr").await;
        (h > first + 100).then_some(())
    })
    .await;
    let seen = b.js("seen.kyr").await;
    let seen: Vec<&str> = seen.as_array().unwrap().iter().filter_map(|v| v.as_str()).collect();
    assert!(
        !seen.iter().any(|h| *h == "77px" || *h == "66px" || *h == "321px"),
        "heights from elsewhere: {seen:?}"
    );
    assert_eq!(b.client.current_url().await.unwrap().as_str(), format!("{host}/"), "no exit from elsewhere");
    b.finish().await;
}

#[tokio::test]
async fn quick_exit_inside_the_frame_takes_the_host_page_away() {
    for (frame, to) in [("#kyr", QUICK_EXIT_URL), ("#kyr-es", "https://www.example.org/")] {
        let mut b = Browser::open().await;
        let host = b.serve_host();
        b.client.goto(&format!("{host}/")).await.expect("open the partner page");
        b.js(&format!("document.querySelector('{frame}').scrollIntoView()")).await;
        wait_until_fitted(&b, frame).await;
        b.client.find(Locator::Css(frame)).await.unwrap().enter_frame().await.unwrap();
        b.client
            .find(Locator::Css("a.quick-exit"))
            .await
            .expect("quick exit in the frame")
            .click()
            .await
            .unwrap();
        b.client.enter_parent_frame().await.ok();
        b.wait_for("the host page to leave for the neutral site", || async {
            let url = b.client.current_url().await.ok()?;
            (!url.as_str().starts_with(&host)).then_some(())
        })
        .await;
        assert!(b.expect_request_to(to).await, "quick exit in #{frame} asked for {to}");
        // This sandbox cannot reach the neutral site; Chromium's error page logs that.
        b.forget_console_errors_about("ERR_NAME_NOT_RESOLVED");
        b.forget_console_errors_about(to.trim_end_matches('/'));
        b.finish().await;
    }
}

#[tokio::test]
async fn without_the_loader_the_frame_keeps_its_height_and_scrolls_inside() {
    let mut b = Browser::open().await;
    let host = b.serve_host();
    b.client.goto(&format!("{host}/no-script.html")).await.expect("open the partner page");
    b.wait_for("the frame's page to load", || async {
        let (outer, inner, scrolls) = heights(&b, "#kyr").await?;
        (outer == 640 && inner > 640 && scrolls).then_some(())
    })
    .await;
    b.client.find(Locator::Id("kyr")).await.unwrap().enter_frame().await.unwrap();
    b.wait_for_heading(&heading(&en(), &Walk::start(s1()))).await;
    b.client.enter_parent_frame().await.unwrap();
    b.finish().await;
}

#[tokio::test]
async fn each_option_works_and_each_bad_one_falls_back() {
    let mut b = Browser::open().await;
    let i18n = en();
    let accent = "getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()";
    let exit = "document.querySelector('a.quick-exit').href";

    // A known starting situation opens it; an unknown one shows the list.
    b.goto(&format!("/embed/en?scenario={S1}&accent=0b7a75")).await;
    b.wait_for_path(&format!("/embed/en/scenarios/{S1}")).await;
    b.wait_for_heading(&heading(&i18n, &Walk::start(s1()))).await;
    b.goto("/embed/en?scenario=no-such-situation").await;
    b.wait_for_heading(&i18n.t(msg::HOME_TITLE)).await;
    assert_eq!(b.client.current_url().await.unwrap().path(), "/embed/en");

    // The accent: a hex colour, or nothing.
    b.goto(&format!("/embed/en/scenarios/{S1}?accent=0B7A75&exit=https://www.example.org/help")).await;
    b.wait_for("the accent", || async { (b.js(accent).await == json!("#0B7A75")).then_some(()) }).await;
    assert_eq!(b.js(exit).await, json!("https://www.example.org/help"));
    // Both travel with the walk.
    let answers = b.hrefs("a.answer").await;
    assert!(
        !answers.is_empty() && answers.iter().all(|h| h.contains("accent=0B7A75") && h.contains("exit=")),
        "{answers:?}"
    );

    let bad = [
        "accent=red",
        "accent=%23fff;background:url(x)",
        "accent=%3C/style%3E%3Cscript%3Ealert(1)%3C/script%3E",
        "exit=javascript:alert(1)",
        "exit=http://www.example.org/",
        "exit=https://user:pw@www.example.org/",
        "exit=%3Cscript%3E",
    ];
    for query in bad {
        b.goto(&format!("/embed/en/scenarios/{S1}?{query}")).await;
        b.wait_for_heading(&heading(&i18n, &Walk::start(s1()))).await;
        assert_eq!(b.js(accent).await, json!(""), "{query}: no accent");
        assert_eq!(b.js(exit).await, json!(QUICK_EXIT_URL), "{query}: the default exit");
        let page = b.js("document.documentElement.outerHTML").await;
        let page = page.as_str().unwrap();
        assert!(
            !page.contains("url(x)") && !page.contains("alert(1)") && !page.contains("user:pw"),
            "{query} reached the page"
        );
    }
    b.finish().await;
}

#[tokio::test]
async fn only_embed_pages_may_be_framed() {
    let mut b = Browser::open().await;
    for page in ["/", "/en", "/en/law", &format!("/en/scenarios/{S1}"), "/404.html"] {
        let h = b.headers_of(page);
        assert!(h.contains("frame-ancestors 'none'") && h.contains("x-frame-options: deny"), "{page}:\n{h}");
    }
    for page in ["/embed/en", &format!("/embed/es/scenarios/{S1}")] {
        let h = b.headers_of(page);
        assert!(h.contains("frame-ancestors *") && !h.contains("x-frame-options"), "{page}:\n{h}");
    }
    // And the browser keeps to them: a site page in a partner's frame is refused.
    let host = b.serve_host();
    b.client.goto(&format!("{host}/no-script.html")).await.unwrap();
    b.js(&format!("(document.getElementById('kyr').src = '{}/en', true)", b.base)).await;
    b.wait_for_console_error("frame-ancestors 'none'").await;
    b.finish().await;
}

/// Reads the clipboard (the test allowed it with [`Browser::allow_clipboard`]).
async fn clipboard(b: &Browser) -> String {
    b.js_async("navigator.clipboard.readText()").await.as_str().unwrap_or_default().to_string()
}

#[tokio::test]
async fn the_code_page_builds_the_code_and_the_copied_code_works_on_a_partner_page() {
    let mut b = Browser::open().await;
    let base = b.base.clone();
    let title = en().t(msg::SITE_NAME);
    let es = kyr_chicago::i18n::I18n::new(kyr_chicago::content::locale("es").unwrap());
    let code = "document.getElementById('embed-code').value";

    // The page's script writes the same code as the page written ahead of time, with the
    // address the page is served from.
    let served = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist/en/embed/index.html"),
    )
    .expect("the embed code page is built");
    let ahead = snippet("https://HOST", "https://HOST/embed/en", &title);
    assert!(served.contains(&ahead.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")));
    b.goto("/en/embed").await;
    let default = snippet(&base, &format!("{base}/embed/en"), &title);
    b.wait_for("the code with this site's address", || async {
        (b.js(code).await == json!(default)).then_some(())
    })
    .await;
    b.assert_accessible("the embed code page").await;
    // In every language, with the language picker leading to the same page.
    for l in kyr_chicago::content::LOCALES {
        b.goto(&format!("/{}/embed", l.code)).await;
        b.wait_for("the code with this site's address", || async {
            b.js(code).await.as_str()?.contains(&format!("{base}/embed/{}\"", l.code)).then_some(())
        })
        .await;
        let picker = b.hrefs(".language-picker a").await;
        assert!(picker.iter().all(|h| h.ends_with("/embed")) && picker.len() == 6, "{picker:?}");
        b.assert_accessible(&format!("the embed code page in {}", l.code)).await;
    }
    b.goto("/en/embed").await;

    // The options: a language, a situation, a colour (set as a colour picker sets it), and a
    // quick-exit address, which must be https.
    b.client.find(Locator::Id("embed-lang")).await.unwrap().select_by_value("es").await.unwrap();
    b.client.find(Locator::Id("embed-start")).await.unwrap().select_by_value(S1).await.unwrap();
    b.js("(() => { const c = document.getElementById('embed-accent'); c.value = '#0b7a75'; c.dispatchEvent(new Event('input', { bubbles: true })); return true })()").await;
    let exit = b.client.find(Locator::Id("embed-exit")).await.unwrap();
    exit.send_keys("http://www.example.org/").await.unwrap();
    b.wait_for("the exit address to be refused", || async {
        let shown = b.js("!document.getElementById('embed-exit-error').hidden").await == json!(true);
        let invalid = b.js("document.getElementById('embed-exit').getAttribute('aria-invalid')").await;
        (shown && invalid == json!("true")).then_some(())
    })
    .await;
    assert!(!b.js(code).await.as_str().unwrap().contains("exit="), "a refused address stays out of the code");
    b.assert_accessible("the embed code page with a refused address").await;
    exit.clear().await.unwrap();
    exit.send_keys("https://www.example.org/").await.unwrap();
    let path = format!("/embed/es/scenarios/{S1}?accent=0b7a75&exit=https%3A%2F%2Fwww.example.org%2F");
    let expected = snippet(&base, &format!("{base}{path}"), &title);
    b.wait_for("the code with every option", || async {
        (b.js(code).await == json!(expected)).then_some(())
    })
    .await;
    assert_eq!(b.js("document.getElementById('embed-exit-error').hidden").await, json!(true));

    // The preview shows the same frame.
    assert_eq!(b.js("document.getElementById('embed-preview').getAttribute('src')").await, json!(path));
    b.client.find(Locator::Id("embed-preview")).await.unwrap().enter_frame().await.unwrap();
    b.wait_for_heading(&heading(&es, &Walk::start(s1()))).await;
    b.client.enter_parent_frame().await.unwrap();

    // Copy, and the clipboard holds the code.
    b.allow_clipboard().await;
    b.client.find(Locator::Id("embed-copy")).await.unwrap().click().await.unwrap();
    let copied = en().t(msg::PARTNERS_COPIED);
    b.wait_for("the copy to be confirmed", || async {
        (b.text_of("#embed-copy-status").await? == copied).then_some(())
    })
    .await;
    let pasted = clipboard(&b).await;
    assert_eq!(pasted, expected);

    // Pasted into a partner's page on another origin, the code behaves as the example page's:
    // the frame starts at the situation in Spanish with the colour, fits each step, and quick exit
    // takes the partner's page to the chosen address.
    let dir = std::env::temp_dir().join(format!("kyr-partner-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("index.html"),
        format!("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><title>A partner</title></head><body><h1>A partner's page</h1>\n{pasted}\n</body></html>"),
    )
    .unwrap();
    let host = b.serve_host_dir(&dir);
    b.client.goto(&format!("{host}/")).await.unwrap();
    let first = wait_until_fitted(&b, "iframe").await;
    b.client.find(Locator::Css("iframe")).await.unwrap().enter_frame().await.unwrap();
    b.wait_for_heading(&heading(&es, &Walk::start(s1()))).await;
    let accent = b.js("getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()").await;
    assert_eq!(accent, json!("#0b7a75"));
    b.client.enter_parent_frame().await.unwrap();
    let next = Walk::start(s1()).choose("immigration").unwrap();
    click_in_frame(&b, "iframe", &es.t(&format!("{S1}_request_immigration")), &heading(&es, &next)).await;
    b.wait_for("the frame to fit the next question", || async {
        let h = wait_until_fitted(&b, "iframe").await;
        (h != first).then_some(())
    })
    .await;
    b.client.find(Locator::Css("iframe")).await.unwrap().enter_frame().await.unwrap();
    b.client.find(Locator::Css("a.quick-exit")).await.unwrap().click().await.unwrap();
    b.client.enter_parent_frame().await.ok();
    b.wait_for("the partner's page to leave for the chosen address", || async {
        let url = b.client.current_url().await.ok()?;
        (!url.as_str().starts_with(&host)).then_some(())
    })
    .await;
    assert!(b.expect_request_to("https://www.example.org/").await);
    b.forget_console_errors_about("ERR_NAME_NOT_RESOLVED");
    b.forget_console_errors_about("https://www.example.org");
    let _ = std::fs::remove_dir_all(&dir);
    b.finish().await;
}

#[tokio::test]
async fn share_gives_the_address_of_the_step_on_the_site() {
    let mut b = Browser::open().await;
    b.allow_clipboard().await;
    let es = kyr_chicago::i18n::I18n::new(kyr_chicago::content::locale("es").unwrap());
    let walk = Walk::start(s1()).choose("immigration").unwrap().choose("no-paper").unwrap();
    let step = format!("/es/scenarios/{S1}/immigration/no-paper");
    let share = |b: &Browser| {
        let b = b.client.clone();
        async move { b.find(Locator::Css(".share-button")).await.expect("a share control").click().await.unwrap() }
    };
    let status = ".share-status:not([hidden])";

    // On a page the app has taken over.
    b.goto(&step).await;
    b.wait_for_app().await;
    b.wait_for_heading(&heading(&es, &walk)).await;
    share(&b).await;
    b.wait_for("the link to be copied", || async {
        (b.text_of(status).await? == es.t(msg::SHARE_COPIED)).then_some(())
    })
    .await;
    assert_eq!(clipboard(&b).await, b.url(&step));
    b.assert_accessible("a page with the share status").await;

    // In an embed frame: the same step on the site itself, without the frame's options.
    b.goto(&format!("/embed{step}?accent=0b7a75&exit=https://www.example.org/")).await;
    b.wait_for_heading(&heading(&es, &walk)).await;
    b.js("navigator.clipboard.writeText('')").await;
    share(&b).await;
    b.wait_for("the link to be copied", || async {
        (b.text_of(status).await? == es.t(msg::SHARE_COPIED)).then_some(())
    })
    .await;
    assert_eq!(clipboard(&b).await, b.url(&step));

    // Where the browser can neither share nor copy, the address is shown, selected, to copy.
    b.goto("/es/law").await;
    b.js("(Object.defineProperty(navigator, 'clipboard', { value: undefined }), Object.defineProperty(navigator, 'share', { value: undefined }), true)").await;
    share(&b).await;
    b.wait_for("the address to be shown", || async {
        let shown = b.text_of(status).await?;
        let field = b.js("document.activeElement.value").await;
        (shown.starts_with(&es.t(msg::SHARE_COPY_THIS)) && field == json!(b.url("/es/law"))).then_some(())
    })
    .await;
    b.finish().await;
}

/// The options as garbage: generated values (markup, quotes, CSS, URL tricks, Unicode) for the
/// accent, the exit address and the starting situation. Each page keeps to the rules: an accent
/// is a hex colour or nothing, quick exit goes to an https address or the default, the page is
/// the list or a situation it lists, and no value reaches the page's markup.
#[tokio::test]
async fn garbage_options_fall_back_and_never_reach_the_page() {
    let mut b = Browser::open().await;
    let pieces = [
        "<",
        ">",
        "\"",
        "'",
        "`",
        "(",
        ")",
        ";",
        ":",
        "#",
        "/",
        "\\",
        "&",
        "%",
        "%3C",
        "%22",
        "=",
        " ",
        "0",
        "a",
        "f",
        "F",
        "9",
        "g",
        "https://",
        "http://",
        "javascript:",
        "data:",
        "//",
        "@",
        "user:pw@",
        "www.example.org",
        "url(",
        "expression(",
        "</style>",
        "<script>",
        "onerror=",
        "\u{202E}",
        "é",
        "中",
        "\u{0}",
        "..",
        "?",
        S1,
        "scenarios",
        "embed",
    ];
    // A fixed sequence (xorshift), so a failure can be replayed.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut value =
        || (0..1 + next() % 6).map(|_| pieces[(next() % pieces.len() as u64) as usize]).collect::<String>();
    let enc = |s: &str| s.bytes().map(|c| format!("%{c:02X}")).collect::<String>();
    for _ in 0..30 {
        let (accent, exit, start) = (value(), value(), value());
        let query = format!("accent={}&exit={}&scenario={}", enc(&accent), enc(&exit), enc(&start));
        b.goto(&format!("/embed/en?{query}")).await;
        b.wait_for("the page's script", || async {
            (b.js("document.readyState").await == json!("complete")).then_some(())
        })
        .await;
        b.wait_for("a heading", || async { b.text_of("h1").await.filter(|t| !t.is_empty()) }).await;
        let seen = b
            .js("({ accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(), exit: document.querySelector('a.quick-exit').href, path: location.pathname, html: document.documentElement.outerHTML })")
            .await;
        let shown_accent = seen["accent"].as_str().unwrap();
        assert!(
            shown_accent.is_empty()
                || (shown_accent.starts_with('#')
                    && [4, 7].contains(&shown_accent.len())
                    && shown_accent[1..].chars().all(|c| c.is_ascii_hexdigit())),
            "{query}: accent {shown_accent:?}"
        );
        let shown_exit = seen["exit"].as_str().unwrap();
        assert!(
            shown_exit == QUICK_EXIT_URL || shown_exit.starts_with("https://"),
            "{query}: exit {shown_exit:?}"
        );
        let path = seen["path"].as_str().unwrap();
        assert!(path == "/embed/en" || path.starts_with("/embed/en/scenarios/"), "{query}: at {path}");
        let html = seen["html"].as_str().unwrap();
        for v in [&accent, &exit, &start] {
            // (A lone quote or bracket is in every page; a value with markup in it is not.)
            if (v.contains('<') || v.contains('"')) && v.chars().count() >= 4 {
                assert!(!html.contains(v.as_str()), "{query}: {v:?} reached the page");
            }
        }
    }
    b.finish().await;
}
