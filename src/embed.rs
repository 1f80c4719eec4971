//! The embed pages (`/embed/<lang>` and `/embed/<lang>/scenarios/…`): the situations as a partner
//! shows them in an iframe on their own site, without the site's header and footer, quick exit
//! kept. They are rendered ahead of time from the same components as the site's own pages, and
//! run no WebAssembly: every answer is a link to the next pre-rendered step, and a small script of
//! their own (`static/embed-frame.js`) reports the page's height to the host page's loader
//! (`static/embed.js`), applies the options and sends quick exit to the whole window. So nothing
//! here is compiled into the module every resident downloads (this module is native only).
//!
//! Also the embed code page (`/<lang>/embed`), where a partner chooses the options, sees a live
//! preview and copies the code: rendered ahead of time in the site's own frame, with a script of
//! its own (`js/embed-builder.js`) instead of the app.

use yew::prelude::*;

use crate::app::{code_page_path, scenario_page, LinkProps, Location, Route};
use crate::components::{message, quick_exit_bar, review_lines, LayoutProps};
use crate::content::{self, msg};
use crate::i18n::{Arg, I18n};

/// Present (as a Yew context) while an embed page renders: `Layout` and `Link` draw their embed
/// forms.
#[derive(Clone, PartialEq)]
pub struct Embedded;

/// Present (as a Yew context) while a page rendered ahead of time only (the embed code page, the
/// quiz) renders, with its address in each language: the language picker and the translation
/// notice link to the same page in other languages.
#[derive(Clone)]
pub struct CodePage(pub fn(&str) -> String);

impl PartialEq for CodePage {
    /// Contexts compare to decide on re-rendering; this one is set once per page rendered.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// The language of `path` if it is `page`'s address in that language (`page` gives a page's
/// address per language: the embed code page, the quiz), else `None`.
pub fn own_page_locale(path: &str, page: fn(&str) -> String) -> Option<&'static content::Locale> {
    let lang = path.trim_start_matches('/').split('/').next().unwrap_or_default();
    content::locale(lang).filter(|_| path == page(lang))
}

/// The embed code page in every language.
pub fn code_page_paths() -> Vec<String> {
    content::LOCALES.iter().map(|l| code_page_path(l.code)).collect()
}

/// The frame's height where the loader cannot run (README.md, "Embed on your site").
const FRAME_HEIGHT: u32 = 640;

/// The code a partner pastes: the frame and the loader. `src` is the embed page's full address
/// (options included, `&` not yet escaped); `origin` the site's. `js/embed-builder.js` writes the
/// same text (the browser tests compare the two), and README.md shows it (a test checks).
pub fn snippet(origin: &str, src: &str, title: &str) -> String {
    let attr = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{FRAME_HEIGHT}\"\n  \
         style=\"border:0;width:100%\" loading=\"lazy\" referrerpolicy=\"no-referrer\"\n  \
         sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation\"\n  \
         allow=\"web-share; clipboard-write\"></iframe>\n\
         <script src=\"{}/embed.js\" async></script>",
        attr(src),
        attr(title),
        attr(origin)
    )
}

#[derive(Properties, PartialEq, Clone, Debug, Default)]
pub struct CodePageAppProps {
    pub path: String,
    /// The site's address (`KYR_SITE_URL`), if the build knows it; the page's script uses the
    /// address it is served from in any case.
    pub site: Option<String>,
}

/// The embed code page, rendered natively for the pre-renderer.
#[component]
pub fn CodePageApp(props: &CodePageAppProps) -> Html {
    let Some(locale) = own_page_locale(&props.path, code_page_path) else {
        return crate::app::switch(Route::NotFound);
    };
    let lang = locale.code;
    let i18n = I18n::new(locale);
    let origin = props.site.clone().unwrap_or_else(|| "https://HOST".into());
    let src = format!("{origin}/embed/{lang}");
    let title = i18n.t(msg::SITE_NAME);
    html! {
        <ContextProvider<Location> context={Location::fixed(Route::Home { lang: lang.to_string() })}>
            <ContextProvider<CodePage> context={CodePage(code_page_path)}>
                <ContextProvider<I18n> context={i18n}>
                    <crate::components::Layout title={i18n.t(msg::PARTNERS_TITLE)}>
                        { code_page(i18n, &snippet(&origin, &src, &title), &title) }
                    </crate::components::Layout>
                </ContextProvider<I18n>>
            </ContextProvider<CodePage>>
        </ContextProvider<Location>>
    }
}

fn code_page(i18n: I18n, code: &str, title: &str) -> Html {
    let lang = i18n.locale.code;
    // The address reads left to right in every language.
    let exit_default = [("default", Arg::Ltr(crate::config::QUICK_EXIT_URL.to_string()))];
    html! {
        <>
            <h1>{ i18n.t(msg::PARTNERS_TITLE) }</h1>
            <p class="lead">{ i18n.t(msg::PARTNERS_INTRO) }</p>
            <p class="no-script-note" role="note">{ i18n.t(msg::PARTNERS_NEEDS_SCRIPT) }</p>
            <div class="embed-options needs-script">
                <label for="embed-lang">{ i18n.t(msg::PARTNERS_LANGUAGE) }</label>
                <select id="embed-lang">
                    { for content::LOCALES.iter().map(|l| html! {
                        <option value={l.code} lang={l.code} dir={l.dir.as_str()} selected={l.code == lang}>{ l.name }</option>
                    }) }
                </select>
                <label for="embed-start">{ i18n.t(msg::PARTNERS_START) }</label>
                <select id="embed-start">
                    <option value="" selected=true>{ i18n.t(msg::PARTNERS_START_LIST) }</option>
                    { for content::SCENARIOS.iter().map(|s| html! {
                        <option value={s.id}>{ i18n.t(&format!("scenario_{}", s.id)) }</option>
                    }) }
                </select>
                <label for="embed-accent">{ i18n.t(msg::PARTNERS_ACCENT) }</label>
                <input id="embed-accent" type="color" value={BRAND} />
                <label for="embed-exit">{ message(&i18n, msg::PARTNERS_EXIT, &exit_default) }</label>
                <input id="embed-exit" type="url" inputmode="url" autocomplete="off" spellcheck="false"
                       placeholder={crate::config::QUICK_EXIT_URL} aria-describedby="embed-exit-error" />
                <p id="embed-exit-error" class="field-error" hidden=true>{ message(&i18n, msg::PARTNERS_EXIT_INVALID, &exit_default) }</p>
            </div>
            <h2>{ i18n.t(msg::PARTNERS_PREVIEW) }</h2>
            <p>{ i18n.t(msg::PARTNERS_PREVIEW_NOTE) }</p>
            <iframe id="embed-preview" class="embed-preview" src={format!("/embed/{lang}")}
                    title={i18n.t(msg::PARTNERS_PREVIEW_TITLE)}></iframe>
            <h2><label for="embed-code">{ i18n.t(msg::PARTNERS_CODE) }</label></h2>
            <p id="embed-code-help">{ i18n.t(msg::PARTNERS_CODE_HELP) }</p>
            <textarea id="embed-code" class="embed-code" readonly=true rows="7" dir="ltr" spellcheck="false"
                      aria-describedby="embed-code-help" data-title={title.to_string()}
                      value={code.to_string()} />
            <p class="needs-script">
                <button type="button" id="embed-copy" class="button"
                        data-copied={i18n.t(msg::PARTNERS_COPIED)} data-failed={i18n.t(msg::PARTNERS_COPY_FAILED)}>
                    { i18n.t(msg::PARTNERS_COPY) }
                </button>
            </p>
            <p id="embed-copy-status" role="status"></p>
            <p>{ i18n.t(msg::PARTNERS_NO_SCRIPT) }</p>
            <p>{ i18n.t(msg::PARTNERS_PRIVACY) }</p>
        </>
    }
}

/// The site's own colour (`--brand` in style/main.css): the accent when a partner chooses none.
pub const BRAND: &str = "#1d3557";

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
            { quick_exit_bar(i18n, Some("_top")) }
            <main id="main" class="wrap" tabindex="-1" data-title={format!("{} | {}", props.title, site)}>
                if !i18n.locale.reviewed {
                    <p class="translation-notice" role="note">{ i18n.t(msg::TRANSLATION_NOTICE) }</p>
                }
                { props.children.clone() }
                { crate::components::share_control(i18n) }
            </main>
            <footer class="embed-footer wrap">
                { review_lines(i18n, reviewed) }
                <p><a href={format!("/{}", i18n.locale.code)}>{ site }</a></p>
            </footer>
        </div>
    }
}

/// `Link` on an embed page: a plain link (no WebAssembly runs here), in the frame for the walk.
pub fn embed_link(props: &LinkProps) -> Html {
    let (href, in_frame) = embed_href(&props.to);
    html! {
        <a class={props.classes} {href} target={in_frame.then_some("_self")}>{ props.children.clone() }</a>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readme_shows_the_code_the_code_page_writes() {
        let readme = include_str!("../README.md");
        let code = snippet("https://HOST", "https://HOST/embed/es", "Know Your Rights Chicago");
        assert!(readme.contains(&code), "README.md's snippet differs from:\n{code}");
    }

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
