//! Every page's address: the language first (`/en/…`), a scenario step's address its walk
//! (`/en/scenarios/ice-asks-police/immigration/no-paper`), so every page can be rendered ahead of
//! time and every answer is an ordinary link; and the list of every page of the site.

use crate::content;
use crate::engine::Walk;

/// Every page's address, recognised by hand: a general route matcher cost about 11 KB of
/// WebAssembly for what is, here, a match on a few path segments. `tests` below pin every
/// pattern.
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
    /// `/:lang/glossary`
    Glossary { lang: String },
    /// An address under a shipped language that is none of its pages (`/es/nope`): the
    /// not-found page in that language (`/es/404`).
    Missing { lang: String },
    /// Anything else (`/404`).
    NotFound,
}

impl Route {
    /// The page's address (the inverse of `parse`).
    pub fn to_path(&self) -> String {
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
            Route::Missing { lang } => page(lang, &["404"]),
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
            Route::Glossary { lang } => page(lang, &["glossary"]),
        }
    }

    /// Whether the app draws this page in the browser: a situation's steps and the not-found
    /// pages. Every other page (home, law, myths, help, about, card, safety, glossary, the
    /// language choice) is only ever its pre-rendered HTML: the app's links to it load it, and
    /// the WebAssembly does not carry it, so residents download only the code the walk needs.
    pub fn in_app(&self) -> bool {
        matches!(
            self,
            Route::ScenarioStart { .. } | Route::Step { .. } | Route::Missing { .. } | Route::NotFound
        )
    }

    /// The route of an address; every address has one (`NotFound` for the rest).
    pub fn recognize(pathname: &str) -> Option<Self> {
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
        let route = Self::try_parse(pathname);
        // A language that does not ship: no page of it exists.
        if route.as_ref().and_then(Route::lang).is_some_and(|l| content::locale(l).is_none()) {
            return Route::NotFound;
        }
        route.unwrap_or_else(|| {
            // Under a shipped language, the not-found page speaks it.
            let first = pathname.strip_prefix('/').and_then(|p| p.split('/').next()).unwrap_or_default();
            match content::locale(first) {
                Some(l) => Route::Missing { lang: l.code.to_string() },
                None => Route::NotFound,
            }
        })
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
            (Some("glossary"), None, _) => Route::Glossary { lang },
            _ => return None,
        };
        Some(route)
    }

    /// The language in the address (none for the site root and the not-found page).
    fn lang(&self) -> Option<&str> {
        match self {
            Route::Root | Route::NotFound => None,
            Route::Home { lang }
            | Route::ScenarioStart { lang, .. }
            | Route::Step { lang, .. }
            | Route::LawIndex { lang }
            | Route::Law { lang, .. }
            | Route::Myths { lang }
            | Route::Myth { lang, .. }
            | Route::Help { lang }
            | Route::About { lang }
            | Route::Card { lang }
            | Route::Safety { lang }
            | Route::Glossary { lang }
            | Route::Missing { lang } => Some(lang),
        }
    }

    /// The same page in another language (the language picker keeps you where you are).
    pub fn with_lang(&self, lang: &str) -> Route {
        let lang = lang.to_string();
        match self.clone() {
            Route::Root | Route::Home { .. } => Route::Home { lang },
            // The not-found page offers each language's home (a way in, not another dead end).
            Route::NotFound | Route::Missing { .. } => Route::Home { lang },
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
            Route::Glossary { .. } => Route::Glossary { lang },
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

/// The embed code page's address in a language (`src/embed.rs`). Not one of the app's routes: it
/// is rendered ahead of time only, runs a script of its own, and the app's links to it load it.
pub fn code_page_path(lang: &str) -> String {
    format!("/{lang}/embed")
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
            Route::Glossary { lang: lang.into() },
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
        assert_eq!(r("/en/glossary"), Route::Glossary { lang: lang() });
        assert_eq!(r("/zh-Hans/help"), Route::Help { lang: "zh-Hans".into() });
    }

    #[test]
    fn anything_else_is_not_found() {
        for path in ["/404", "/xx/nope", "/%zz/law", "", "en", "/xx", "/xx/help", "/xx/scenarios/s/a"] {
            assert_eq!(r(path), Route::NotFound, "{path}");
        }
        // Under a shipped language: its own not-found page.
        for path in [
            "/en/nope",
            "/en/law/a/b",
            "/en/help/x",
            "/en//law",
            "/en/myths/m/x",
            "/en/%zz",
            "/en/%ff",
            "/en/404",
        ] {
            assert_eq!(r(path), Route::Missing { lang: lang() }, "{path}");
        }
        assert_eq!(r("/es/nope"), Route::Missing { lang: "es".into() });
        assert_eq!(Route::Missing { lang: "es".into() }.to_path(), "/es/404");
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
