//! The frame of every page: skip link, quick exit, header with the site's sections and the rights
//! card, the main landmark, and a footer with the date the page's content was last reviewed, a
//! note that this is not legal advice, and (in print) the page's own address.

use yew::prelude::*;

use crate::app::use_route;
#[cfg(not(target_arch = "wasm32"))]
use crate::app::{Link, Route};
#[cfg(not(target_arch = "wasm32"))]
use crate::components::language_picker;
use crate::content::{self, msg, Date, LOCALES};
use crate::hooks::{use_i18n, use_page_effects};
use crate::i18n::{Arg, I18n};

/// Which part of a page `Layout` draws natively (the pre-renderer's passes; see `Layout`).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum LayoutPart {
    /// The frame and the page inside it (every page without the app, and tests).
    #[default]
    Whole,
    /// The frame around an empty `<div id="app">`.
    Frame,
    /// Only what goes inside `<div id="app">`: what the app draws in the browser.
    Inside,
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static PART: std::cell::Cell<LayoutPart> = const { std::cell::Cell::new(LayoutPart::Whole) };
}

/// Native builds: which part of a page `Layout` draws on this thread from now on (not a context,
/// which would add a component, and so a hydration mark, the app does not have).
#[cfg(not(target_arch = "wasm32"))]
pub fn draw_part(part: LayoutPart) {
    PART.with(|p| p.set(part));
}

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    /// The page's own title (the site name is added after it).
    pub title: AttrValue,
    /// When this page's content was last reviewed; general pages show the latest review of all.
    #[prop_or_default]
    pub reviewed: Option<Date>,
    pub children: Html,
}

#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    let i18n = use_i18n();
    let site = i18n.t(msg::SITE_NAME);
    let full_title = format!("{} | {}", props.title, site);
    use_page_effects(full_title.clone());
    let route = use_route();
    let reviewed = props.reviewed.unwrap_or_else(content::latest_review);

    let english_path =
        route.as_ref().map(|r| r.with_lang(content::default_locale().code).to_path()).unwrap_or_default();
    // The embed code page and the quiz (rendered ahead of time only) are not the app's routes.
    #[cfg(not(target_arch = "wasm32"))]
    let own_page = use_context::<crate::embed::CodePage>().map(|c| c.0);
    #[cfg(target_arch = "wasm32")]
    let own_page: Option<fn(&str) -> String> = None;
    let code_page = own_page.is_some();
    let english_path = match own_page {
        Some(path) => path(content::default_locale().code),
        None => english_path,
    };
    // The page's address for print-outs: its path here; the pages' script (`js/site.js`) writes
    // the full address in its place whenever the page is printed.
    let path = route.as_ref().map(|r| r.to_path()).unwrap_or_default();

    // After the app moves to another step, the frame around it (drawn ahead of time, below) is
    // kept in step: the language picker's links, the review date, the print-out's address.
    let picker: Vec<(&'static str, String)> = match &route {
        Some(r) if !code_page => LOCALES.iter().map(|l| (l.code, r.with_lang(l.code).to_path())).collect(),
        _ => Vec::new(),
    };
    let frame = (
        picker,
        i18n.fmt(msg::REVIEWED, &[("date", Arg::Str(i18n.date(reviewed)))]),
        reviewed.iso(),
        i18n.fmt(msg::PRINT_PAGE_ADDRESS, &[("url", Arg::Str(path.clone()))]),
    );
    use_effect_with(frame, |(picker, reviewed, iso, address)| {
        crate::browser::update_frame(picker, reviewed, iso, address)
    });

    // An embed page (rendered ahead of time only, never in the browser's WebAssembly).
    #[cfg(not(target_arch = "wasm32"))]
    if use_context::<crate::embed::Embedded>().is_some() {
        return crate::embed::embed_frame(i18n, props);
    }

    // What the app draws: the inside of `<main>`, `<div id="app">`. The frame around it (skip
    // link, quick exit, header, footer) is the page's own, drawn ahead of time, and never part of
    // the WebAssembly.
    let inner = html! {
        <>
            if !i18n.locale.reviewed {
                <p class="translation-notice" role="note">
                    { i18n.t(msg::TRANSLATION_NOTICE) }{ " " }
                    <a href={english_path} hreflang="en">{ i18n.t(msg::TRANSLATION_NOTICE_LINK) }</a>
                </p>
            }
            { props.children.clone() }
            { share_control(i18n) }
        </>
    };

    #[cfg(target_arch = "wasm32")]
    return inner;
    #[cfg(not(target_arch = "wasm32"))]
    {
        // The pre-renderer draws the app's pages in two passes (`LayoutPart`): the frame with an
        // empty root, and what the app draws, which it puts in that root; so the root holds
        // exactly the markup (and Yew's hydration marks) the app takes over.
        let part = PART.with(|p| p.get());
        if part == LayoutPart::Inside {
            return inner;
        }
        let inner = if part == LayoutPart::Frame { Html::default() } else { inner };
        let lang = i18n.locale.code.to_string();
        let nav = [
            (Route::Card { lang: lang.clone() }, msg::NAV_CARD),
            (Route::LawIndex { lang: lang.clone() }, msg::NAV_LAW),
            (Route::Myths { lang: lang.clone() }, msg::NAV_MYTHS),
            (Route::Help { lang: lang.clone() }, msg::NAV_HELP),
            (Route::About { lang: lang.clone() }, msg::NAV_ABOUT),
        ];
        html! {
            <>
                <a class="skip-link" href="#main">{ i18n.t(msg::SKIP_TO_CONTENT) }</a>
                { quick_exit(i18n) }
                <header class="site-header">
                    <div class="wrap">
                        <Link to={Route::Home { lang: lang.clone() }} classes="site-name">{ site }</Link>
                        <nav class="site-nav" aria-label={i18n.t(msg::NAV_LABEL)}>
                            <ul>
                                { for nav.into_iter().map(|(to, key)| html! {
                                    <li><Link {to}>{ i18n.t(key) }</Link></li>
                                }) }
                            </ul>
                        </nav>
                        { language_picker(i18n, route.as_ref().unwrap_or(&Route::Root), own_page) }
                    </div>
                </header>
                <main id="main" class="wrap" tabindex="-1" data-title={full_title.clone()}>
                    <div id="app">{ inner }</div>
                </main>
                <footer class="site-footer">
                    <div class="wrap">
                        { review_lines(i18n, reviewed) }
                        <ul class="no-print footer-links">
                            <li><Link to={Route::Safety { lang: lang.clone() }}>{ i18n.t(msg::FOOTER_SAFETY) }</Link></li>
                            <li><Link to={Route::Glossary { lang: lang.clone() }}>{ i18n.t(msg::NAV_GLOSSARY) }</Link></li>
                            if let Some(href) = route.as_ref().and_then(present_href) {
                                <li><a class="present-link" {href}>{ i18n.t(msg::PRESENT_ENTER) }</a></li>
                            }
                        </ul>
                        <p class="print-only page-address">{ i18n.fmt(msg::PRINT_PAGE_ADDRESS, &[("url", Arg::Str(path))]) }</p>
                    </div>
                </footer>
            </>
        }
    }
}

/// The presenter view of a situation's step, for trainers (`src/trainer.rs`); the pages' script
/// keeps it on the step shown as the app moves on.
#[cfg(not(target_arch = "wasm32"))]
fn present_href(route: &Route) -> Option<String> {
    let (lang, id, path) = match route {
        Route::ScenarioStart { lang, id } => (lang, id, ""),
        Route::Step { lang, id, path } => (lang, id, path.as_str()),
        _ => return None,
    };
    Some(format!("{}#/{path}", crate::trainer::deck_path(lang, id)))
}

/// Quick exit, always visible. A real link, so it works even without scripts; the pages' script
/// (`js/site.js`, in the boot module) adds the blank screen, the history replacement and Shift ×3.
pub fn quick_exit(i18n: I18n) -> Html {
    quick_exit_bar(i18n, None)
}

/// The quick exit bar: `target` for a page in a frame (`_top`).
pub fn quick_exit_bar(i18n: I18n, target: Option<&'static str>) -> Html {
    html! {
        <div class="quick-exit-bar no-print">
            <a class="quick-exit" href={crate::config::QUICK_EXIT_URL} rel="noreferrer" {target}
               title={i18n.t(msg::QUICK_EXIT_HINT)}>
                { i18n.t(msg::QUICK_EXIT) }
            </a>
        </div>
    }
}

/// The footer's first lines: when the page's content was last reviewed, and not legal advice.
pub fn review_lines(i18n: I18n, reviewed: Date) -> Html {
    html! {
        <>
            <p class="reviewed">
                <time datetime={reviewed.iso()}>
                    { i18n.fmt(msg::REVIEWED, &[("date", Arg::Str(i18n.date(reviewed)))]) }
                </time>
            </p>
            <p class="not-legal-advice">{ i18n.t(msg::NOT_LEGAL_ADVICE) }</p>
        </>
    }
}

/// The share control at the end of every page: the phone's share sheet, or copy the page's
/// address. The pages' own script does it (`js/share.js`, in the boot module), so it works before
/// the WebAssembly arrives; the stylesheet hides it where scripts do not run.
pub fn share_control(i18n: I18n) -> Html {
    html! {
        <p class="share no-print">
            <button type="button" class="button-secondary share-button"
                    data-copied={i18n.t(msg::SHARE_COPIED)} data-copy-this={i18n.t(msg::SHARE_COPY_THIS)}>
                { i18n.t(msg::SHARE) }
            </button>
        </p>
    }
}
