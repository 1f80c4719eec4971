//! Browser glue, in one place: focus and announcements after navigation, fetching the messages,
//! and the page's address. (Quick exit, read aloud, print, the offline copy and the remembered
//! language are the pages' own script, `js/site.js`.) Everything here is called from effects or
//! event handlers only, never while rendering, so the same components render natively (SSR)
//! without touching these APIs.

use std::cell::Cell;

use gloo::utils::{document, window};
use wasm_bindgen::JsCast;

thread_local! {
    static NAVIGATED: Cell<bool> = const { Cell::new(false) };
}

/// After the app moves to a new page (not on the first page load, where the skip link must stay
/// first), moves focus to the page's heading and announces the new page's title.
pub fn after_navigation(title: &str) {
    let first = NAVIGATED.with(|n| !n.replace(true));
    if first {
        return;
    }
    if let Ok(Some(h1)) = document().query_selector("main h1") {
        let _ = h1.set_attribute("tabindex", "-1");
        if let Some(h1) = h1.dyn_ref::<web_sys::HtmlElement>() {
            let _ = h1.focus();
        }
    }
    if let Some(live) = document().get_element_by_id("announcer") {
        live.set_text_content(Some(title));
    }
}

/// Resolves in a new task of the browser's event loop (after `setTimeout(0)`).
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Fetches a same-origin text file (a part of the messages). The request starts at once, before
/// the returned future is first awaited, so several can be under way together.
pub fn fetch_text(url: &str) -> impl std::future::Future<Output = Result<String, String>> {
    use wasm_bindgen_futures::JsFuture;
    let request = JsFuture::from(window().fetch_with_str(url));
    let url = url.to_string();
    async move {
        let response = request.await.map_err(|_| format!("{url}: the request failed"))?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
        if !response.ok() {
            return Err(format!("{url}: HTTP {}", response.status()));
        }
        let text = JsFuture::from(response.text().map_err(|_| format!("{url}: no text"))?)
            .await
            .map_err(|_| format!("{url}: the text did not arrive"))?;
        text.as_string().ok_or_else(|| "not text".to_string())
    }
}

/// The page's own "the text could not load" sentence (`<template id="load-error">`, in the
/// language the page was served in).
pub fn load_error_text() -> String {
    gloo::utils::document()
        .get_element_by_id("load-error")
        .and_then(|t| t.dyn_into::<web_sys::HtmlTemplateElement>().ok())
        .and_then(|t| t.content().text_content())
        .unwrap_or_default()
}

/// The messages the pre-rendered page carries (`<script type="text/plain" id="kyr-messages">`).
pub fn inline_messages() -> Option<String> {
    gloo::utils::document().get_element_by_id("kyr-messages")?.text_content()
}

/// The path of the page's address (`/en/help`), as the router reads it.
pub fn path() -> String {
    window().location().pathname().unwrap_or_else(|_| "/".into())
}

/// Keeps the frame around the app (drawn ahead of time) in step with the page the app shows: the
/// language picker's links (`(code, address)`), the review date's text and `datetime`, and the
/// print-out's address line.
pub fn update_frame(picker: &[(&str, String)], reviewed: &str, iso: &str, address: &str) {
    let doc = document();
    let find = |css: &str| doc.query_selector(css).ok().flatten();
    for (code, href) in picker {
        if let Some(a) = find(&format!(".language-picker a[hreflang=\"{code}\"]")) {
            let _ = a.set_attribute("href", href);
        }
    }
    if let Some(time) = find(".site-footer .reviewed time") {
        if time.text_content().as_deref() != Some(reviewed) {
            time.set_text_content(Some(reviewed));
        }
        let _ = time.set_attribute("datetime", iso);
    }
    if let Some(line) = find(".site-footer .page-address") {
        if line.text_content().as_deref() != Some(address) {
            line.set_text_content(Some(address));
        }
    }
}

/// Loads the page at `path` (a page the app does not draw).
pub fn load_page(path: &str) {
    let _ = window().location().assign(path);
}

/// Adds `path` to the session's history as the new current page (the router then draws it).
pub fn push_path(path: &str) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path));
    }
}
