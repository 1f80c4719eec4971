//! Routes and the top-level components.
//!
//! The language is the first path segment (`/en/…`), and a scenario step's URL is its walk
//! (`/en/scenarios/ice-asks-police/immigration/no-paper`), so every page can be rendered ahead of
//! time and every answer is an ordinary link. [`App`] runs in the browser with the real history;
//! [`ServerApp`] renders one URL natively (tests, and pre-rendering later) with a memory history.
//! Both use the same [`switch`], which is what keeps server and browser output identical.

use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

use crate::content;
use crate::engine::Walk;
use crate::i18n::I18n;
use crate::pages::{
    About, BadStep, HelpPage, Home, LanguageChoice, LawIndex, LawPage, MythPage, Myths, NotFound,
    OutcomePage, RightsCard, Safety, StepPage,
};

#[derive(Routable, Clone, PartialEq, Eq, Debug)]
pub enum Route {
    #[at("/")]
    Root,
    #[at("/:lang")]
    Home { lang: String },
    #[at("/:lang/scenarios/:id")]
    ScenarioStart { lang: String, id: String },
    #[at("/:lang/scenarios/:id/*path")]
    Step { lang: String, id: String, path: String },
    #[at("/:lang/law")]
    LawIndex { lang: String },
    #[at("/:lang/law/:id")]
    Law { lang: String, id: String },
    #[at("/:lang/myths")]
    Myths { lang: String },
    #[at("/:lang/myths/:id")]
    Myth { lang: String, id: String },
    #[at("/:lang/help")]
    Help { lang: String },
    #[at("/:lang/about")]
    About { lang: String },
    #[at("/:lang/card")]
    Card { lang: String },
    #[at("/:lang/safety")]
    Safety { lang: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The same page in another language (the language picker keeps you where you are).
    pub fn with_lang(&self, lang: &str) -> Route {
        let lang = lang.to_string();
        match self.clone() {
            Route::Root | Route::Home { .. } => Route::Home { lang },
            Route::NotFound => Route::NotFound,
            Route::ScenarioStart { id, .. } => Route::ScenarioStart { lang, id },
            Route::Step { id, path, .. } => Route::Step { lang, id, path },
            Route::LawIndex { .. } => Route::LawIndex { lang },
            Route::Law { id, .. } => Route::Law { lang, id },
            Route::Myths { .. } => Route::Myths { lang },
            Route::Myth { id, .. } => Route::Myth { lang, id },
            Route::Help { .. } => Route::Help { lang },
            Route::About { .. } => Route::About { lang },
            Route::Card { .. } => Route::Card { lang },
            Route::Safety { .. } => Route::Safety { lang },
        }
    }

    /// The URL of a walk's current step.
    pub fn for_walk(lang: &str, walk: &Walk) -> Route {
        let path = walk.path();
        if path.is_empty() {
            Route::ScenarioStart { lang: lang.to_string(), id: walk.scenario.id.to_string() }
        } else {
            Route::Step { lang: lang.to_string(), id: walk.scenario.id.to_string(), path }
        }
    }
}

fn with_locale(i18n: I18n, page: Html) -> Html {
    html! { <ContextProvider<I18n> context={i18n}>{ page }</ContextProvider<I18n>> }
}

/// Chooses the page for a route. Unknown languages, scenarios and answers get a page that says
/// what was wrong and where to go, never a blank page.
pub fn switch(route: Route) -> Html {
    let default = I18n::new(content::default_locale());
    match route {
        Route::Root => with_locale(default, html! { <LanguageChoice /> }),
        Route::NotFound => with_locale(default, html! { <NotFound /> }),
        Route::Home { lang } => in_locale(&lang, html! { <Home /> }),
        Route::ScenarioStart { lang, id } => scenario_page(&lang, &id, ""),
        Route::Step { lang, id, path } => scenario_page(&lang, &id, &path),
        Route::LawIndex { lang } => in_locale(&lang, html! { <LawIndex /> }),
        Route::Law { lang, id } => match content::provision(&id) {
            Some((index, _)) => in_locale(&lang, html! { <LawPage {index} /> }),
            None => in_locale(&lang, html! { <NotFound /> }),
        },
        Route::Myths { lang } => in_locale(&lang, html! { <Myths /> }),
        Route::Myth { lang, id } => match content::MYTHS.iter().position(|m| m.id == id) {
            Some(index) => in_locale(&lang, html! { <MythPage {index} /> }),
            None => in_locale(&lang, html! { <NotFound /> }),
        },
        Route::Help { lang } => in_locale(&lang, html! { <HelpPage /> }),
        Route::About { lang } => in_locale(&lang, html! { <About /> }),
        Route::Card { lang } => in_locale(&lang, html! { <RightsCard /> }),
        Route::Safety { lang } => in_locale(&lang, html! { <Safety /> }),
    }
}

/// `page` in the locale `lang`, or the not-found page when no such locale ships.
fn in_locale(lang: &str, page: Html) -> Html {
    match content::locale(lang) {
        Some(l) => with_locale(I18n::new(l), page),
        None => with_locale(I18n::new(content::default_locale()), html! { <NotFound /> }),
    }
}

fn scenario_page(lang: &str, id: &str, path: &str) -> Html {
    let Some(locale) = content::locale(lang) else {
        return with_locale(I18n::new(content::default_locale()), html! { <NotFound /> });
    };
    let i18n = I18n::new(locale);
    let Some(scenario) = content::scenario(id) else {
        return with_locale(i18n, html! { <BadStep unknown_scenario={id.to_string()} /> });
    };
    let page = match Walk::from_path(scenario, path) {
        Ok(walk) if walk.outcome().is_some() => html! { <OutcomePage {walk} /> },
        Ok(walk) => html! { <StepPage {walk} /> },
        Err(error) => html! { <BadStep walk_error={Some(error)} /> },
    };
    with_locale(i18n, page)
}

/// The app in the browser.
#[component]
pub fn App() -> Html {
    use_effect_with((), |_| crate::browser::install_quick_exit_listeners());
    html! {
        <BrowserRouter>
            <Switch<Route> render={switch} />
        </BrowserRouter>
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
    let history = AnyHistory::from(MemoryHistory::new());
    history.push(&*props.path);
    html! {
        <Router history={history}>
            <Switch<Route> render={switch} />
        </Router>
    }
}

/// Every page of the site, in every language: what the pre-renderer writes to `dist/`. The site
/// root (the language choice) comes first.
pub fn all_paths() -> Vec<String> {
    use std::collections::BTreeSet;

    let mut out = vec!["/".to_string()];
    for l in content::LOCALES {
        let lang = l.code;
        let mut routes = vec![
            Route::Home { lang: lang.into() },
            Route::LawIndex { lang: lang.into() },
            Route::Myths { lang: lang.into() },
            Route::Help { lang: lang.into() },
            Route::About { lang: lang.into() },
            Route::Card { lang: lang.into() },
            Route::Safety { lang: lang.into() },
        ];
        routes.extend(content::PROVISIONS.iter().map(|p| Route::Law { lang: lang.into(), id: p.id.into() }));
        routes.extend(content::MYTHS.iter().map(|m| Route::Myth { lang: lang.into(), id: m.id.into() }));
        for s in content::SCENARIOS {
            // Every step of every walk: each prefix of each complete walk.
            let mut steps = BTreeSet::new();
            for walk in crate::engine::all_outcome_walks(s) {
                for depth in 0..=walk.depth() {
                    steps.insert(walk.change(depth).path());
                }
            }
            routes.extend(steps.into_iter().map(|path| {
                let w = Walk::from_path(s, &path).expect("a walk's own path");
                Route::for_walk(lang, &w)
            }));
        }
        out.extend(routes.iter().map(Route::to_path));
    }
    out
}
