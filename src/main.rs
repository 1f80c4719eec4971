//! The browser entry point. A pre-rendered page carries the messages it was rendered from
//! (`<script type="text/plain" id="kyr-messages">`): they are registered and the page in
//! `<div id="app">` is hydrated at once, with no file to fetch first. The not-found page (and a
//! page whose inline messages are damaged) fetches the parts of the messages it needs, then draws.
//! If they cannot load, it shows the page's own error text (`<template id="load-error">`) instead
//! of a blank page.

use kyr_chicago::{app, browser, i18n};

// Talc instead of dlmalloc: smaller and faster on WebAssembly (docs/budget.txt).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    wasm_bindgen_futures::spawn_local(async {
        let document = gloo::utils::document();
        let root = document.get_element_by_id("app").expect("index.html has <div id=\"app\">");
        let path = gloo::utils::window().location().pathname().unwrap_or_default();
        let prerendered = root.has_attribute("data-prerendered");
        let inline = browser::inline_messages().map(|text| i18n::register(&text));
        match inline {
            Some(Ok(())) if prerendered => app::messages_came_with(&path),
            Some(Err(error)) => {
                gloo::console::error!(format!("the page's messages are damaged: {}", error.0))
            }
            _ => {}
        }
        if let Err(error) = app::load_parts(&app::missing_parts(&app::Route::parse(&path))).await {
            gloo::console::error!(format!("could not load the messages: {error}"));
            root.set_text_content(Some(&browser::load_error_text()));
            return;
        }
        // Hydrating is the longest piece of work: give the browser a turn first, so starting the
        // WebAssembly and taking over the page are two shorter tasks instead of one long one.
        browser::next_task().await;
        if prerendered {
            // The page was rendered ahead of time from the same components: take it over in place.
            yew::Renderer::<kyr_chicago::App>::with_root(root).hydrate();
        } else {
            // An address with no page of its own (404.html): draw the app afresh.
            root.set_inner_html("");
            yew::Renderer::<kyr_chicago::App>::with_root(root).render();
        }
    });
}
