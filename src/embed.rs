//! The embed pages (`/embed/<lang>` and `/embed/<lang>/scenarios/…`): the situations as a partner
//! shows them in an iframe on their own site, without the site's header and footer, quick exit
//! kept. They are rendered ahead of time from the same components as the site's own pages, and
//! run no WebAssembly: every answer is a link to the next pre-rendered step, and a small script of
//! their own (`static/embed-frame.js`) reports the page's height to the host page's loader
//! (`static/embed.js`), applies the options and sends quick exit to the whole window. So nothing
//! here is compiled into the module every resident downloads (this module is native only).

use yew::prelude::*;

use crate::app::{scenario_page, LinkProps, Location, Route};
use crate::components::LayoutProps;
use crate::content::{self, msg};
use crate::i18n::{Arg, I18n};

/// Present (as a Yew context) while an embed page renders: `Layout` and `Link` draw their embed
/// forms.
#[derive(Clone, PartialEq)]
pub struct Embedded;

/// Every embed page's address: `/embed/<lang>` and every step of every situation under it.
pub fn embed_paths() -> Vec<String> {
    crate::app::all_paths()
        .into_iter()
        .filter(|p| {
            matches!(Route::parse(p), Route::Home { .. } | Route::ScenarioStart { .. } | Route::Step { .. })
        })
        .map(|p| format!("/embed{p}"))
        .collect()
}

/// The route an embed address shows, if it is one.
pub fn embed_route(path: &str) -> Option<Route> {
    let inner = path.strip_prefix("/embed")?;
    match Route::parse(if inner.is_empty() { "/" } else { inner }) {
        r @ (Route::Home { .. } | Route::ScenarioStart { .. } | Route::Step { .. }) => Some(r),
        _ => None,
    }
}

/// The site's address for a route seen from an embed page: the walk stays in the frame
/// (`/embed/…`), anything else is the full site (opened in a new tab: embed pages have
/// `<base target="_blank">`).
pub fn embed_href(to: &Route) -> (String, bool) {
    match to {
        Route::Home { .. } | Route::ScenarioStart { .. } | Route::Step { .. } => {
            (format!("/embed{}", to.to_path()), true)
        }
        _ => (to.to_path(), false),
    }
}

#[derive(Properties, PartialEq, Clone, Debug, Default)]
pub struct EmbedAppProps {
    pub path: String,
}

/// An embed page, rendered natively for the pre-renderer.
#[component]
pub fn EmbedApp(props: &EmbedAppProps) -> Html {
    let route = embed_route(&props.path).unwrap_or(Route::NotFound);
    let page = match &route {
        Route::Home { lang } => match content::locale(lang) {
            Some(l) => {
                let i18n = I18n::new(l);
                html! { <ContextProvider<I18n> context={i18n}>{ list(i18n) }</ContextProvider<I18n>> }
            }
            None => crate::app::switch(Route::NotFound),
        },
        Route::ScenarioStart { lang, id } => scenario_page(lang, id, ""),
        Route::Step { lang, id, path } => scenario_page(lang, id, path),
        _ => crate::app::switch(Route::NotFound),
    };
    html! {
        <ContextProvider<Location> context={Location::fixed(route)}>
            <ContextProvider<Embedded> context={Embedded}>{ page }</ContextProvider<Embedded>>
        </ContextProvider<Location>>
    }
}

/// The list of situations: the embed's start.
fn list(i18n: I18n) -> Html {
    html! {
        <crate::components::Layout title={i18n.t(msg::HOME_TITLE)}>
            <h1>{ i18n.t(msg::HOME_TITLE) }</h1>
            <p class="lead">{ i18n.t(msg::HOME_INTRO) }</p>
            <ul class="scenario-list">
                { for content::SCENARIOS.iter().map(|s| crate::pages::scenario_card(&i18n, s)) }
            </ul>
        </crate::components::Layout>
    }
}

/// `Layout` on an embed page: quick exit (to the whole window), the page, and a footer with the
/// review date, the not-legal-advice line and a link to the full site.
pub fn embed_frame(i18n: I18n, props: &LayoutProps) -> Html {
    let site = i18n.t(msg::SITE_NAME);
    let reviewed = props.reviewed.unwrap_or_else(content::latest_review);
    html! {
        <div class="embed-frame">
            <div class="quick-exit-bar no-print">
                <a class="quick-exit" href={crate::config::QUICK_EXIT_URL} rel="noreferrer" target="_top"
                   title={i18n.t(msg::QUICK_EXIT_HINT)}>
                    { i18n.t(msg::QUICK_EXIT) }
                </a>
            </div>
            <main id="main" class="wrap" tabindex="-1" data-title={format!("{} | {}", props.title, site)}>
                if !i18n.locale.reviewed {
                    <p class="translation-notice" role="note">{ i18n.t(msg::TRANSLATION_NOTICE) }</p>
                }
                { props.children.clone() }
            </main>
            <footer class="embed-footer wrap">
                <p class="reviewed">
                    <time datetime={reviewed.iso()}>
                        { i18n.fmt(msg::REVIEWED, &[("date", Arg::Str(i18n.date(reviewed)))]) }
                    </time>
                </p>
                <p class="not-legal-advice">{ i18n.t(msg::NOT_LEGAL_ADVICE) }</p>
                <p><a href={format!("/{}", i18n.locale.code)}>{ site }</a></p>
            </footer>
        </div>
    }
}

/// `Link` on an embed page: a plain link (no WebAssembly runs here), in the frame for the walk.
pub fn embed_link(props: &LinkProps) -> Html {
    let (href, in_frame) = embed_href(&props.to);
    html! {
        <a class={props.classes.clone()} {href} target={in_frame.then_some("_self")}>{ props.children.clone() }</a>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_addresses_are_the_walk_only() {
        assert_eq!(embed_route("/embed/es"), Some(Route::Home { lang: "es".into() }));
        assert!(matches!(
            embed_route("/embed/es/scenarios/ice-asks-police"),
            Some(Route::ScenarioStart { .. })
        ));
        assert_eq!(embed_route("/embed/es/law"), None);
        assert_eq!(embed_route("/embed"), None);
        assert_eq!(embed_route("/es"), None);
        assert_eq!(embed_href(&Route::LawIndex { lang: "es".into() }), ("/es/law".into(), false));
        assert_eq!(embed_href(&Route::Home { lang: "es".into() }), ("/embed/es".into(), true));
        let paths = embed_paths();
        assert!(paths.iter().all(|p| embed_route(p).is_some()), "every embed page parses");
        assert!(paths.contains(&"/embed/en".to_string()));
    }
}
