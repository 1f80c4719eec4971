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
use crate::pages::{self, LanguageChoice};

/// Every page's address. `Routable` is written out by hand rather than derived: the derive builds a
/// general route matcher (and pulls in a URL-pattern crate) that cost about 11 KB of WebAssembly for
/// what is, here, a match on a few path segments. `tests` below pin every pattern.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Route {
    /// `/`
    Root,
    /// `/:lang`
    Home { lang: String },
    /// `/:lang/scenarios/:id`
    ScenarioStart { lang: String, id: String },
    /// `/:lang/scenarios/:id/*path`
    Step { lang: String, id: String, path: String },
    /// `/:lang/law`
    LawIndex { lang: String },
    /// `/:lang/law/:id`
    Law { lang: String, id: String },
    /// `/:lang/myths`
    Myths { lang: String },
    /// `/:lang/myths/:id`
    Myth { lang: String, id: String },
    /// `/:lang/help`
    Help { lang: String },
    /// `/:lang/about`
    About { lang: String },
    /// `/:lang/card`
    Card { lang: String },
    /// `/:lang/safety`
    Safety { lang: String },
    /// Anything else (`/404`).
    NotFound,
}

impl Routable for Route {
    fn from_path(path: &str, _params: &std::collections::HashMap<&str, &str>) -> Option<Self> {
        Some(Self::parse(path))
    }

    fn to_path(&self) -> String {
        let page = |lang: &str, rest: &[&str]| {
            let mut out = format!("/{}", encode(lang));
            for part in rest {
                out.push('/');
                out.push_str(&encode(part));
            }
            out
        };
        match self {
            Route::Root => "/".to_string(),
            Route::NotFound => "/404".to_string(),
            Route::Home { lang } => page(lang, &[]),
            Route::ScenarioStart { lang, id } => page(lang, &["scenarios", id]),
            Route::Step { lang, id, path } => page(lang, &["scenarios", id, path]),
            Route::LawIndex { lang } => page(lang, &["law"]),
            Route::Law { lang, id } => page(lang, &["law", id]),
            Route::Myths { lang } => page(lang, &["myths"]),
            Route::Myth { lang, id } => page(lang, &["myths", id]),
            Route::Help { lang } => page(lang, &["help"]),
            Route::About { lang } => page(lang, &["about"]),
            Route::Card { lang } => page(lang, &["card"]),
            Route::Safety { lang } => page(lang, &["safety"]),
        }
    }

    fn routes() -> Vec<&'static str> {
        vec![
            "/",
            "/:lang",
            "/:lang/scenarios/:id",
            "/:lang/scenarios/:id/*path",
            "/:lang/law",
            "/:lang/law/:id",
            "/:lang/myths",
            "/:lang/myths/:id",
            "/:lang/help",
            "/:lang/about",
            "/:lang/card",
            "/:lang/safety",
            "/404",
        ]
    }

    fn not_found_route() -> Option<Self> {
        Some(Route::NotFound)
    }

    fn recognize(pathname: &str) -> Option<Self> {
        Some(Self::parse(pathname))
    }
}

/// Percent-encodes what may not stand in a path segment as it is (`/` is kept: a walk's path is
/// several segments).
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes; `None` for a malformed escape or text that is not UTF-8.
fn decode(s: &str) -> Option<String> {
    if !s.contains('%') {
        return Some(s.to_string());
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

impl Route {
    /// The route of a URL path. A trailing slash is ignored (`/en/` is `/en`); anything that is
    /// not one of the site's addresses is `NotFound`.
    pub fn parse(pathname: &str) -> Route {
        Self::try_parse(pathname).unwrap_or(Route::NotFound)
    }

    fn try_parse(pathname: &str) -> Option<Route> {
        let trimmed = pathname.strip_prefix('/')?;
        let trimmed = trimmed.strip_suffix('/').unwrap_or(trimmed);
        if trimmed.is_empty() {
            return Some(Route::Root);
        }
        let segments = trimmed.split('/').map(decode).collect::<Option<Vec<String>>>()?;
        if segments.iter().any(String::is_empty) {
            return None;
        }
        let mut rest = segments.into_iter();
        let lang = rest.next()?;
        if lang == "404" {
            return None;
        }
        let section = rest.next();
        let id = rest.next();
        let tail: Vec<String> = rest.collect();
        let route = match (section.as_deref(), id, tail.is_empty()) {
            (None, _, _) => Route::Home { lang },
            (Some("scenarios"), Some(id), true) => Route::ScenarioStart { lang, id },
            (Some("scenarios"), Some(id), false) => Route::Step { lang, id, path: tail.join("/") },
            (Some("law"), None, _) => Route::LawIndex { lang },
            (Some("law"), Some(id), true) => Route::Law { lang, id },
            (Some("myths"), None, _) => Route::Myths { lang },
            (Some("myths"), Some(id), true) => Route::Myth { lang, id },
            (Some("help"), None, _) => Route::Help { lang },
            (Some("about"), None, _) => Route::About { lang },
            (Some("card"), None, _) => Route::Card { lang },
            (Some("safety"), None, _) => Route::Safety { lang },
            _ => return None,
        };
        Some(route)
    }

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
///
/// Pages are plain functions of the locale's messages and the route's data, not components: each
/// component costs about a kilobyte of WebAssembly, and a page holds no state of its own (the
/// frame around it, `Layout`, and the widgets that do hold state are components).
pub fn switch(route: Route) -> Html {
    let default = I18n::new(content::default_locale());
    match route {
        Route::Root => with_locale(default, html! { <LanguageChoice /> }),
        Route::NotFound => with_locale(default, pages::not_found(default)),
        Route::Home { lang } => in_locale(&lang, pages::home),
        Route::ScenarioStart { lang, id } => scenario_page(&lang, &id, ""),
        Route::Step { lang, id, path } => scenario_page(&lang, &id, &path),
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

fn scenario_page(lang: &str, id: &str, path: &str) -> Html {
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

/// The message parts (`(locale, part)`) the page at `route` is drawn from: the page's language's
/// `core`, plus the scenario's own part on its steps and the law library's and myths' texts where
/// a page cites or lists them; the card also shows English. `tests/ssr.rs` checks, for every page
/// of the site, that each message the page looks up is in one of these parts.
pub fn parts_for(route: &Route) -> Vec<(&'static content::Locale, &'static str)> {
    let default = content::default_locale();
    let in_lang = |lang: &str| content::locale(lang).unwrap_or(default);
    let (locale, extra): (&'static content::Locale, Vec<&'static str>) = match route {
        Route::Root | Route::NotFound => (default, vec![]),
        Route::Home { lang } | Route::Help { lang } | Route::About { lang } | Route::Safety { lang } => {
            (in_lang(lang), vec![])
        }
        Route::ScenarioStart { lang, id } | Route::Step { lang, id, .. } => {
            let own = content::scenario(id).map(|s| s.id);
            (in_lang(lang), own.into_iter().chain(["law"]).collect())
        }
        // A provision's page names the answers that rest on it: their scenarios' words too.
        Route::Law { lang, id } => {
            let citing = content::provision(id).map(|(i, _)| content::scenarios_citing(i)).unwrap_or_default();
            (in_lang(lang), ["law", "myths"].into_iter().chain(citing.into_iter().map(|s| s.id)).collect())
        }
        Route::LawIndex { lang } | Route::Myths { lang } | Route::Myth { lang, .. } => {
            (in_lang(lang), vec!["law", "myths"])
        }
        Route::Card { lang } => (in_lang(lang), vec!["law"]),
    };
    let mut out: Vec<_> = std::iter::once("core").chain(extra).map(|p| (locale, p)).collect();
    if matches!(route, Route::Card { .. }) && !std::ptr::eq(locale, default) {
        out.push((default, "core"));
    }
    out
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
fn gated(route: Route, arrived: UseForceUpdateHandle) -> Html {
    let missing = missing_parts(&route);
    if missing.is_empty() {
        let page = switch(route);
        LAST_PAGE.with(|l| *l.borrow_mut() = Some(page.clone()));
        return page;
    }
    if FAILED.with(|f| f.borrow().as_ref() == Some(&route)) {
        // Quick exit stays, in whichever language has its words loaded.
        let locale = parts_for(&route)[0].0;
        let i18n = [locale, content::default_locale()]
            .into_iter()
            .map(I18n::new)
            .find(|i| i.has(content::msg::QUICK_EXIT))
            .unwrap_or_else(|| I18n::new(locale));
        return html! {
            <>
                { crate::components::quick_exit(i18n) }
                <main id="main" class="load-error">
                    <p role="alert">{ crate::browser::load_error_text() }</p>
                    <p><a href={route.to_path()}>{ route.to_path() }</a></p>
                </main>
            </>
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

/// The app in the browser.
#[component]
pub fn App() -> Html {
    use_effect_with((), |_| crate::browser::install_quick_exit_listeners());
    let arrived = use_force_update();
    let render = Callback::from(move |route: Route| gated(route, arrived.clone()));
    html! {
        <BrowserRouter>
            <Switch<Route> {render} />
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

#[cfg(test)]
mod tests {
    use super::*;

    fn r(path: &str) -> Route {
        Route::recognize(path).expect("every path has a route")
    }

    fn lang() -> String {
        "en".to_string()
    }

    #[test]
    fn every_pattern_is_recognised() {
        assert_eq!(r("/"), Route::Root);
        assert_eq!(r("/en"), Route::Home { lang: lang() });
        assert_eq!(r("/en/"), Route::Home { lang: lang() });
        assert_eq!(r("/en/scenarios/x"), Route::ScenarioStart { lang: lang(), id: "x".into() });
        assert_eq!(
            r("/en/scenarios/x/a/b"),
            Route::Step { lang: lang(), id: "x".into(), path: "a/b".into() }
        );
        assert_eq!(r("/en/law"), Route::LawIndex { lang: lang() });
        assert_eq!(r("/en/law/mcc"), Route::Law { lang: lang(), id: "mcc".into() });
        assert_eq!(r("/en/myths"), Route::Myths { lang: lang() });
        assert_eq!(r("/en/myths/m"), Route::Myth { lang: lang(), id: "m".into() });
        assert_eq!(r("/en/help"), Route::Help { lang: lang() });
        assert_eq!(r("/en/about"), Route::About { lang: lang() });
        assert_eq!(r("/en/card"), Route::Card { lang: lang() });
        assert_eq!(r("/en/safety"), Route::Safety { lang: lang() });
        assert_eq!(r("/zh-Hans/help"), Route::Help { lang: "zh-Hans".into() });
    }

    #[test]
    fn anything_else_is_not_found() {
        for path in [
            "/404",
            "/en/nope",
            "/en/law/a/b",
            "/en/help/x",
            "/en//law",
            "/en/myths/m/x",
            "/en/%zz",
            "/en/%ff",
            "",
            "en",
        ] {
            assert_eq!(r(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn paths_round_trip_and_escapes_are_decoded() {
        for path in all_paths() {
            assert_eq!(r(&path).to_path(), path);
        }
        assert_eq!(r("/en/law/a%20b"), Route::Law { lang: lang(), id: "a b".into() });
        assert_eq!(Route::Law { lang: lang(), id: "a b".into() }.to_path(), "/en/law/a%20b");
        assert_eq!(Route::NotFound.to_path(), "/404");
    }
}
