//! The language picker on every page: each language in its own name and script, linking to the
//! same page in that language. Choosing one is the only thing the site ever remembers.

use yew::prelude::*;

use crate::app::Route;
use crate::content::{msg, LOCALES};
use crate::i18n::I18n;

/// The picker for the page at `route`; `own_page`, the page's address in each language, on a page
/// rendered ahead of time only (the embed code page, the quiz), which is not one of the app's
/// routes. A plain function, not a component (`Layout`
/// reads the route and the context).
pub fn language_picker(i18n: I18n, route: &Route, own_page: Option<fn(&str) -> String>) -> Html {
    html! {
        // A disclosure, so six names in six scripts do not push the page down on a phone; it
        // opens without JavaScript.
        <details class="language-picker">
            <summary>
                <svg class="globe" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
                    <circle cx="10" cy="10" r="8.5" />
                    <path d="M1.5 10h17M10 1.5c-4.5 4.5-4.5 12.5 0 17M10 1.5c4.5 4.5 4.5 12.5 0 17" />
                </svg>
                { i18n.label(msg::LANGUAGE_LABEL) }
                <span lang={i18n.locale.code} dir={i18n.locale.dir.as_str()}>{ i18n.locale.name }</span>
            </summary>
            <nav aria-label={i18n.t(msg::LANGUAGE_LABEL)}>
            <ul>
                { for LOCALES.iter().map(|l| {
                    let current = l.code == i18n.locale.code;
                    // A full page load, so the new language's messages are fetched first.
                    let href = own_page.map_or_else(|| route.with_lang(l.code).to_path(), |path| path(l.code));
                    html! {
                        <li>
                            <a {href} lang={l.code} hreflang={l.code} dir={l.dir.as_str()}
                               aria-current={current.then_some("true")}>
                                { l.name }
                            </a>
                        </li>
                    }
                }) }
            </ul>
            </nav>
        </details>
    }
}
