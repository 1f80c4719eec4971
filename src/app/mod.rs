//! Routes and the top-level components.
//!
//! The language is the first path segment (`/en/…`), and a scenario step's URL is its walk
//! (`/en/scenarios/ice-asks-police/immigration/no-paper`), so every page can be rendered ahead of
//! time and every answer is an ordinary link. [`App`] runs in the browser with the real history;
//! [`ServerApp`] renders one URL natively (tests and the pre-renderer) at a fixed location.
//! Both use the same [`switch`], which is what keeps server and browser output identical.

mod loader;
mod route;
mod router;

use yew::prelude::*;

use crate::content;
use crate::engine::Walk;
use crate::i18n::I18n;
use crate::pages;

use loader::gated;
pub use loader::{load_parts, messages_came_with, missing_parts, parts_for};
pub use route::{all_paths, code_page_path, Route};
pub use router::{use_route, Link, LinkProps, Location};

fn with_locale(i18n: I18n, page: Html) -> Html {
    html! { <ContextProvider<I18n> context={i18n}>{ page }</ContextProvider<I18n>> }
}

/// Chooses the page for a route. Unknown languages, scenarios and answers get a page that says
/// what was wrong and where to go, never a blank page.
///
/// Pages are plain functions of the locale's messages and the route's data, not components: each
/// component costs about a kilobyte of WebAssembly, and a page holds no state of its own (the
/// frame around it, `Layout`, and the widgets that do hold state are components).
pub fn switch(route: Route) -> Html {
    let default = I18n::new(content::default_locale());
    match route {
        Route::NotFound => with_locale(default, pages::not_found(default)),
        Route::Missing { lang } => in_locale(&lang, pages::not_found),
        Route::ScenarioStart { lang, id } => scenario_page(&lang, &id, ""),
        Route::Step { lang, id, path } => scenario_page(&lang, &id, &path),
        // The pages the app does not draw (`Route::in_app`): left out of the WebAssembly, and never
        // reached in the browser, where `App` loads them as pages (should one be, the page says it
        // is not found rather than staying blank).
        #[cfg(target_arch = "wasm32")]
        _ => with_locale(default, pages::not_found(default)),
        #[cfg(not(target_arch = "wasm32"))]
        route => static_page(route),
    }
}

/// The pages that are only ever pre-rendered HTML (`Route::in_app`).
#[cfg(not(target_arch = "wasm32"))]
fn static_page(route: Route) -> Html {
    let default = I18n::new(content::default_locale());
    match route {
        Route::Root => with_locale(default, pages::language_choice(default)),
        Route::Home { lang } => in_locale(&lang, pages::home),
        Route::LawIndex { lang } => in_locale(&lang, pages::law_index),
        Route::Law { lang, id } => match content::provision(&id) {
            Some((index, _)) => {
                in_locale(&lang, |i18n| pages::law_page(i18n, &pages::LawPageProps { index }))
            }
            None => in_locale(&lang, pages::not_found),
        },
        Route::Myths { lang } => in_locale(&lang, pages::myths),
        Route::Myth { lang, id } => match content::MYTHS.iter().position(|m| m.id == id) {
            Some(index) => in_locale(&lang, |i18n| pages::myth_page(i18n, &pages::MythPageProps { index })),
            None => in_locale(&lang, pages::not_found),
        },
        Route::Help { lang } => in_locale(&lang, pages::help_page),
        Route::About { lang } => in_locale(&lang, pages::about),
        Route::Card { lang } => in_locale(&lang, pages::rights_card),
        Route::Safety { lang } => in_locale(&lang, pages::safety),
        Route::Glossary { lang } => in_locale(&lang, pages::glossary),
        _ => switch(route),
    }
}

/// `page` in the locale `lang`, or the not-found page when no such locale ships.
fn in_locale(lang: &str, page: impl FnOnce(I18n) -> Html) -> Html {
    match content::locale(lang) {
        Some(l) => {
            let i18n = I18n::new(l);
            with_locale(i18n, page(i18n))
        }
        None => {
            let i18n = I18n::new(content::default_locale());
            with_locale(i18n, pages::not_found(i18n))
        }
    }
}

pub(crate) fn scenario_page(lang: &str, id: &str, path: &str) -> Html {
    let Some(locale) = content::locale(lang) else {
        let i18n = I18n::new(content::default_locale());
        return with_locale(i18n, pages::not_found(i18n));
    };
    let i18n = I18n::new(locale);
    let Some(scenario) = content::scenario(id) else {
        let props = pages::BadStepProps { unknown_scenario: Some(id.to_string()), walk_error: None };
        return with_locale(i18n, pages::bad_step(i18n, &props));
    };
    let page = match Walk::from_path(scenario, path) {
        Ok(walk) if walk.outcome().is_some() => pages::outcome_page(i18n, &pages::OutcomeProps { walk }),
        Ok(walk) => pages::step_page(i18n, &pages::StepProps { walk }),
        Err(error) => {
            pages::bad_step(i18n, &pages::BadStepProps { unknown_scenario: None, walk_error: Some(error) })
        }
    };
    with_locale(i18n, page)
}

/// The app in the browser.
#[component]
pub fn App() -> Html {
    let arrived = use_force_update();
    let route = use_state(|| Route::parse(&crate::browser::path()));
    {
        // Back and Forward.
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                let to = Route::parse(&crate::browser::path());
                if to.in_app() {
                    route.set(to)
                } else {
                    crate::browser::load_page(&to.to_path())
                }
            });
            move || drop(listener)
        });
    }
    let navigate = {
        let route = route.clone();
        // Only `Link` navigates, and only to a page the app draws (`Route::in_app`).
        Callback::from(move |to: Route| {
            crate::browser::push_path(&to.to_path());
            route.set(to);
        })
    };
    let location = Location::new((*route).clone(), navigate);
    html! {
        <ContextProvider<Location> context={location}>{ gated((*route).clone(), arrived) }</ContextProvider<Location>>
    }
}

#[derive(Properties, PartialEq, Clone, Debug, Default)]
pub struct ServerAppProps {
    /// The URL path to render, such as `/en/scenarios/ice-asks-police`.
    pub path: String,
}

/// The app rendered natively for one URL (Yew SSR).
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    let route = Route::parse(&props.path);
    html! {
        <ContextProvider<Location> context={Location::fixed(route.clone())}>{ switch(route) }</ContextProvider<Location>>
    }
}
