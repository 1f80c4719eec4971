//! The frame of every page: skip link, quick exit, header with the site's sections and the rights
//! card, the main landmark, and a footer with the date the page's content was last reviewed, a
//! note that this is not legal advice, and (in print) the page's own address.

use yew::prelude::*;

use crate::app::{use_route, Link, Route};
use crate::components::language_picker;
use crate::content::{self, msg, Date};
use crate::hooks::{use_i18n, use_page_effects};
use crate::i18n::{Arg, I18n};

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
    let lang = i18n.locale.code.to_string();
    let reviewed = props.reviewed.unwrap_or_else(content::latest_review);

    let english_path =
        route.as_ref().map(|r| r.with_lang(content::default_locale().code).to_path()).unwrap_or_default();
    // The embed code page (rendered ahead of time only) is not one of the app's routes.
    #[cfg(not(target_arch = "wasm32"))]
    let code_page = use_context::<crate::embed::CodePage>().is_some();
    #[cfg(target_arch = "wasm32")]
    let code_page = false;
    let english_path =
        if code_page { crate::app::code_page_path(content::default_locale().code) } else { english_path };
    // The page's address for print-outs: its path here; the pages' script (`js/site.js`) writes
    // the full address in its place whenever the page is printed.
    let path = route.as_ref().map(|r| r.to_path()).unwrap_or_default();

    // An embed page (rendered ahead of time only, never in the browser's WebAssembly).
    #[cfg(not(target_arch = "wasm32"))]
    if use_context::<crate::embed::Embedded>().is_some() {
        return crate::embed::embed_frame(i18n, props);
    }

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
                    { language_picker(i18n, route.as_ref().unwrap_or(&Route::Root), code_page) }
                </div>
            </header>
            <main id="main" class="wrap" tabindex="-1" data-title={full_title.clone()}>
                if !i18n.locale.reviewed {
                    <p class="translation-notice" role="note">
                        { i18n.t(msg::TRANSLATION_NOTICE) }{ " " }
                        <a href={english_path} hreflang="en">{ i18n.t(msg::TRANSLATION_NOTICE_LINK) }</a>
                    </p>
                }
                { props.children.clone() }
                { share_control(i18n) }
            </main>
            <footer class="site-footer">
                <div class="wrap">
                    { review_lines(i18n, reviewed) }
                    <ul class="no-print footer-links">
                        <li><Link to={Route::Safety { lang: lang.clone() }}>{ i18n.t(msg::FOOTER_SAFETY) }</Link></li>
                        <li><Link to={Route::Glossary { lang: lang.clone() }}>{ i18n.t(msg::NAV_GLOSSARY) }</Link></li>
                    </ul>
                    <p class="print-only page-address">{ i18n.fmt(msg::PRINT_PAGE_ADDRESS, &[("url", Arg::Str(path))]) }</p>
                </div>
            </footer>
        </>
    }
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
