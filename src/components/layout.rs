//! The frame of every page: skip link, header with the site's sections, the main landmark, and a
//! footer with the date the page's content was last reviewed and a note that this is not legal
//! advice.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::content::{self, msg, Date};
use crate::hooks::{use_document_meta, use_i18n};
use crate::i18n::Arg;

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
    use_document_meta(format!("{} | {}", props.title, site));
    let lang = i18n.locale.code.to_string();
    let reviewed = props.reviewed.unwrap_or_else(content::latest_review);
    let nav = [
        (Route::LawIndex { lang: lang.clone() }, msg::NAV_LAW),
        (Route::Myths { lang: lang.clone() }, msg::NAV_MYTHS),
        (Route::Help { lang: lang.clone() }, msg::NAV_HELP),
        (Route::About { lang: lang.clone() }, msg::NAV_ABOUT),
    ];
    html! {
        <>
            <a class="skip-link" href="#main">{ i18n.t(msg::SKIP_TO_CONTENT) }</a>
            <header class="site-header">
                <div class="wrap">
                    <Link<Route> to={Route::Home { lang: lang.clone() }} classes="site-name">{ site }</Link<Route>>
                    <nav class="site-nav" aria-label={i18n.t(msg::NAV_LABEL)}>
                        <ul>
                            { for nav.into_iter().map(|(to, key)| html! {
                                <li><Link<Route> {to}>{ i18n.t(key) }</Link<Route>></li>
                            }) }
                        </ul>
                    </nav>
                </div>
            </header>
            <main id="main" class="wrap" tabindex="-1">
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <div class="wrap">
                    <p class="reviewed">
                        <time datetime={reviewed.iso()}>
                            { i18n.fmt(msg::REVIEWED, &[("date", Arg::Str(i18n.date(reviewed)))]) }
                        </time>
                    </p>
                    <p class="not-legal-advice">{ i18n.t(msg::NOT_LEGAL_ADVICE) }</p>
                </div>
            </footer>
        </>
    }
}
