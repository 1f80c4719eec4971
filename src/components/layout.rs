//! The frame of every page: skip link, header, main landmark, and the footer that says this is not
//! legal advice.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::content::msg;
use crate::hooks::{use_document_meta, use_i18n};

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    /// The page's own title (the site name is added after it).
    pub title: AttrValue,
    pub children: Html,
}

#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    let i18n = use_i18n();
    let site = i18n.t(msg::SITE_NAME);
    use_document_meta(format!("{} | {}", props.title, site));
    let home = Route::Home { lang: i18n.locale.code.to_string() };
    html! {
        <>
            <a class="skip-link" href="#main">{ i18n.t(msg::SKIP_TO_CONTENT) }</a>
            <header class="site-header">
                <div class="wrap">
                    <Link<Route> to={home} classes="site-name">{ site }</Link<Route>>
                </div>
            </header>
            <main id="main" class="wrap" tabindex="-1">
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <div class="wrap">
                    <p class="not-legal-advice">{ i18n.t(msg::NOT_LEGAL_ADVICE) }</p>
                </div>
            </footer>
        </>
    }
}
