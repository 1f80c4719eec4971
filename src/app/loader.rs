//! The gate before a page is drawn: the message parts each page needs, which of them are not
//! loaded yet, and fetching them while the current page stays on screen.

use yew::prelude::*;

use super::{switch, Route};
use crate::content;

/// The message parts (`(locale, part)`) the app needs to draw the page at `route`: the page's
/// language's `core`, plus, on a situation's steps, the scenario's own part and the law
/// library's and glossary's texts (an outcome cites provisions and links terms of art at their
/// first use). None for the pages the app does not draw (`Route::in_app`): they are only ever
/// their pre-rendered HTML. `tests/ssr.rs` checks, for every page the app draws, that each message
/// the page looks up is in one of these parts.
pub fn parts_for(route: &Route) -> Vec<(&'static content::Locale, &'static str)> {
    let default = content::default_locale();
    let in_lang = |lang: &str| content::locale(lang).unwrap_or(default);
    let (locale, extra): (&'static content::Locale, Vec<&'static str>) = match route {
        Route::NotFound => (default, vec![]),
        Route::Missing { lang } => (in_lang(lang), vec![]),
        Route::ScenarioStart { lang, id } | Route::Step { lang, id, .. } => {
            let own = content::scenario(id).map(|s| s.id);
            (in_lang(lang), own.into_iter().chain(["law", "glossary"]).collect())
        }
        _ => return vec![],
    };
    std::iter::once("core").chain(extra).map(|p| (locale, p)).collect()
}

thread_local! {
    /// The pre-rendered page's route: its messages came with the page (`main.rs`).
    static INLINE_ROUTE: std::cell::RefCell<Option<Route>> = const { std::cell::RefCell::new(None) };
    /// The page drawn last, shown while the next page's messages load.
    static LAST_PAGE: std::cell::RefCell<Option<Html>> = const { std::cell::RefCell::new(None) };
    /// Parts being fetched.
    static FETCHING: std::cell::RefCell<Vec<(usize, &'static str)>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The page whose messages could not load.
    static FAILED: std::cell::RefCell<Option<Route>> = const { std::cell::RefCell::new(None) };
}

/// Tells the app that the messages of the page at `path` came with the page.
pub fn messages_came_with(path: &str) {
    INLINE_ROUTE.with(|r| *r.borrow_mut() = Some(Route::parse(path)));
}

/// The parts `route` needs that are not loaded yet (none for the pre-rendered page itself).
pub fn missing_parts(route: &Route) -> Vec<(&'static content::Locale, &'static str)> {
    if INLINE_ROUTE.with(|r| r.borrow().as_ref() == Some(route)) {
        return vec![];
    }
    parts_for(route).into_iter().filter(|(l, p)| !crate::i18n::has_part(l, p)).collect()
}

/// Fetches parts of the messages (all at once) and registers them; the first error, if any.
pub async fn load_parts(parts: &[(&'static content::Locale, &'static str)]) -> Result<(), String> {
    let requests: Vec<_> = parts
        .iter()
        .map(|&(locale, part)| {
            let file = locale.part_file(part).unwrap_or_default();
            (locale, part, crate::browser::fetch_text(&format!("/messages/{file}")))
        })
        .collect();
    for (locale, part, request) in requests {
        let text = request.await?;
        crate::i18n::register_part(locale, part, &text).map_err(|e| format!("{part}: {}", e.0))?;
    }
    Ok(())
}

/// The page for `route` once its messages are loaded. Until then the page drawn last stays (a
/// link followed on a slow connection changes the page when its words have arrived); if they
/// cannot load, the page says so.
pub(super) fn gated(route: Route, arrived: UseForceUpdateHandle) -> Html {
    let missing = missing_parts(&route);
    if missing.is_empty() {
        let page = switch(route);
        LAST_PAGE.with(|l| *l.borrow_mut() = Some(page.clone()));
        return page;
    }
    if FAILED.with(|f| f.borrow().as_ref() == Some(&route)) {
        // Inside the page's frame, which keeps its quick exit.
        return html! {
            <div class="load-error">
                <p role="alert">{ crate::browser::load_error_text() }</p>
                <p><a href={route.to_path()}>{ route.to_path() }</a></p>
            </div>
        };
    }
    for (locale, part) in missing {
        let key = (content::locale_index(locale), part);
        if FETCHING.with(|f| f.borrow().contains(&key)) {
            continue;
        }
        FETCHING.with(|f| f.borrow_mut().push(key));
        let arrived = arrived.clone();
        let route = route.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = load_parts(&[(locale, part)]).await;
            FETCHING.with(|f| f.borrow_mut().retain(|k| *k != key));
            if let Err(error) = result {
                gloo::console::error!(format!("could not load the messages: {error}"));
                FAILED.with(|f| *f.borrow_mut() = Some(route));
            }
            arrived.force_update();
        });
    }
    LAST_PAGE.with(|l| l.borrow().clone()).unwrap_or_default()
}
