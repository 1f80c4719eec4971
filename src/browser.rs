//! Browser glue, in one place: quick exit, focus and announcements after navigation, speech, and
//! the page's address. Everything here is called from effects or event handlers only, never while
//! rendering, so the same components render natively (SSR) without touching these APIs.

use std::cell::Cell;

use gloo::events::EventListener;
use gloo::utils::{body, document, window};
use wasm_bindgen::JsCast;

use crate::config::QUICK_EXIT_URL;

/// The class that blanks the page while quick exit leaves (see style/main.css).
const EXITING: &str = "exiting";

/// Blanks the page at once, then replaces this page in the history with the neutral site, so the
/// browser's Back button does not return to the page that was open.
pub fn quick_exit() {
    let _ = body().class_list().add_1(EXITING);
    let _ = window().location().replace(QUICK_EXIT_URL);
}

thread_local! {
    static SHIFTS: Cell<(u32, f64)> = const { Cell::new((0, 0.0)) };
    static NAVIGATED: Cell<bool> = const { Cell::new(false) };
}

/// Three presses of Shift within two seconds trigger quick exit (GOV.UK's pattern; not Escape,
/// which also stops page loads). If the browser later restores the blanked page from its
/// back-forward cache, it is shown again rather than left blank. Installed once, by `App`.
pub fn install_quick_exit_listeners() {
    EventListener::new(&document(), "keydown", |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
        if event.repeat() {
            return;
        }
        let now = js_sys_now();
        SHIFTS.with(|s| {
            let (count, first) = s.get();
            if event.key() != "Shift" {
                s.set((0, 0.0));
                return;
            }
            let (count, first) =
                if count == 0 || now - first > 2000.0 { (1, now) } else { (count + 1, first) };
            if count >= 3 {
                s.set((0, 0.0));
                quick_exit();
            } else {
                s.set((count, first));
            }
        });
    })
    .forget();
    EventListener::new(&window(), "pageshow", |event| {
        let persisted = event.dyn_ref::<web_sys::PageTransitionEvent>().is_some_and(|e| e.persisted());
        if persisted {
            let _ = body().class_list().remove_1(EXITING);
        }
    })
    .forget();
}

fn js_sys_now() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
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
        let response = request.await.map_err(|e| format!("{url}: {e:?}"))?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
        if !response.ok() {
            return Err(format!("{url}: HTTP {}", response.status()));
        }
        let text = JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
            .await
            .map_err(|e| format!("{url}: {e:?}"))?;
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

/// Remembers the language the person chose (only ever after they choose one).
pub fn remember_language(code: &str) {
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(LANGUAGE_KEY, code);
    }
}

/// The language the person chose before, if they did.
pub fn remembered_language() -> Option<String> {
    window().local_storage().ok().flatten()?.get_item(LANGUAGE_KEY).ok().flatten()
}

const LANGUAGE_KEY: &str = "kyr-language";

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    window().navigator().languages().iter().filter_map(|v| v.as_string()).collect()
}

/// Goes to `path`, replacing the current history entry (the site root's language redirect).
pub fn replace_location(path: &str) {
    let _ = window().location().replace(path);
}

/// Whether this browser can keep an offline copy (service workers need a secure context).
pub fn offline_supported() -> bool {
    js_sys::Reflect::has(&window().navigator(), &"serviceWorker".into()).unwrap_or(false)
        && window().is_secure_context()
}

/// Whether an offline copy exists (a service worker is registered for this site).
pub async fn offline_saved() -> bool {
    if !offline_supported() {
        return false;
    }
    let found =
        wasm_bindgen_futures::JsFuture::from(window().navigator().service_worker().get_registration()).await;
    found.map(|r| !r.is_undefined()).unwrap_or(false)
}

/// Saves the pages of `lang` and the app's files for offline use, by registering the service
/// worker (static/sw.js), which saves them while it installs. Only ever called from the person's
/// own choice ("Save for offline use"). Gives up after two minutes.
pub async fn save_offline(lang: &str) -> Result<(), String> {
    use wasm_bindgen_futures::JsFuture;
    let container = window().navigator().service_worker();
    JsFuture::from(container.register(&format!("/sw.js?lang={lang}"))).await.map_err(|e| format!("{e:?}"))?;
    let ready = container.ready().map_err(|e| format!("{e:?}"))?;
    let timeout = js_sys::Promise::new(&mut |_resolve, reject| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&reject, 120_000);
    });
    JsFuture::from(js_sys::Promise::race(&js_sys::Array::of2(&ready, &timeout)))
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(())
}

/// Removes the offline copy: unregisters the service worker and deletes what it saved.
pub async fn remove_offline() {
    use wasm_bindgen_futures::JsFuture;
    if let Ok(list) = JsFuture::from(window().navigator().service_worker().get_registrations()).await {
        for reg in js_sys::Array::from(&list).iter() {
            if let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() {
                if let Ok(p) = reg.unregister() {
                    let _ = JsFuture::from(p).await;
                }
            }
        }
    }
    if let Ok(caches) = window().caches() {
        let _ = JsFuture::from(caches.delete("kyr-offline-v1")).await;
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    let _ = window().print();
}

/// The address of the page, for print-outs.
pub fn page_url() -> String {
    window().location().href().unwrap_or_default()
}

/// The path of the page's address (`/en/help`), as the router reads it.
pub fn path() -> String {
    window().location().pathname().unwrap_or_else(|_| "/".into())
}

/// Adds `path` to the session's history as the new current page (the router then draws it).
pub fn push_path(path: &str) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path));
    }
}

fn synth() -> Option<web_sys::SpeechSynthesis> {
    window().speech_synthesis().ok()
}

/// Whether this browser can read aloud.
pub fn speech_available() -> bool {
    js_has(&window(), "speechSynthesis") && synth().is_some()
}

fn js_has(obj: &web_sys::Window, name: &str) -> bool {
    js_sys::Reflect::has(obj, &name.into()).unwrap_or(false)
}

/// Reads the main content aloud in `lang`; calling again while speaking stops it. Returns whether
/// it is now speaking.
pub fn toggle_read_aloud(lang: &str) -> bool {
    let Some(s) = synth() else { return false };
    if s.speaking() {
        s.cancel();
        return false;
    }
    let Ok(Some(main)) = document().query_selector("main") else { return false };
    let text = main.dyn_ref::<web_sys::HtmlElement>().map(|m| m.inner_text()).unwrap_or_default();
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) else { return false };
    utterance.set_lang(lang);
    s.speak(&utterance);
    true
}

/// Stops any reading when leaving a page.
pub fn stop_reading() {
    if let Some(s) = synth() {
        s.cancel();
    }
}
