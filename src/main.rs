//! The browser entry point: fetches the messages the page needs (its language's bundle), then
//! hydrates the pre-rendered page in `<div id="app">` (or renders it, on the not-found page). If the messages cannot load, it shows the
//! page's own error text (`<template id="load-error">`) instead of a blank page.

use kyr_chicago::{browser, i18n};

fn main() {
    wasm_bindgen_futures::spawn_local(async {
        let document = gloo::utils::document();
        let root = document.get_element_by_id("app").expect("index.html has <div id=\"app\">");
        let path = gloo::utils::window().location().pathname().unwrap_or_default();
        for locale in i18n::locales_for_path(&path) {
            let loaded = browser::fetch_bytes(&format!("/messages/{}", locale.bundle))
                .await
                .and_then(|bytes| i18n::register(locale, &bytes).map_err(|e| e.0.to_string()));
            if let Err(error) = loaded {
                gloo::console::error!(format!("could not load the messages: {error}"));
                if let Some(text) = document.get_element_by_id("load-error").and_then(|t| t.text_content()) {
                    root.set_text_content(Some(&text));
                }
                return;
            }
        }
        if root.has_attribute("data-prerendered") {
            // The page was rendered ahead of time from the same components: take it over in place.
            yew::Renderer::<kyr_chicago::App>::with_root(root).hydrate();
        } else {
            // An address with no page of its own (404.html): draw the app afresh.
            root.set_inner_html("");
            yew::Renderer::<kyr_chicago::App>::with_root(root).render();
        }
    });
}
