//! The language picker on every page: each language in its own name and script, linking to the
//! same page in that language. Choosing one is the only thing the site ever remembers.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::content::{msg, LOCALES};
use crate::hooks::use_i18n;

#[component]
pub fn LanguagePicker() -> Html {
    let i18n = use_i18n();
    let route = use_route::<Route>().unwrap_or(Route::Root);
    html! {
        <nav class="language-picker" aria-label={i18n.t(msg::LANGUAGE_LABEL)}>
            <ul>
                { for LOCALES.iter().map(|l| {
                    let current = l.code == i18n.locale.code;
                    // A full page load, so the new language's messages are fetched first.
                    let href = route.with_lang(l.code).to_path();
                    let onclick = Callback::from(move |_: MouseEvent| crate::browser::remember_language(l.code));
                    html! {
                        <li>
                            <a {href} lang={l.code} hreflang={l.code} dir={l.dir.as_str()} {onclick}
                               aria-current={current.then_some("true")}>
                                { l.name }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
