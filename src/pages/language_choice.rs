//! The site root: a choice of language, each named in its own language. Rendered ahead of time as
//! the plain list; the pages' script (`js/site.js`) puts the best match for the browser's
//! languages first, and opens a language the person chose before (and only then) straight away.

use yew::prelude::*;

use crate::components::quick_exit;
use crate::content::{msg, LOCALES};
use crate::i18n::I18n;

pub fn language_choice(i18n: I18n) -> Html {
    let site = i18n.t(msg::SITE_NAME);
    html! {
        <>
        { quick_exit(i18n) }
        <main id="main" class="wrap language-choice" data-title={site.clone()}>
            <h1>{ site }</h1>
            <ul class="language-list">
                { for LOCALES.iter().map(|l| html! {
                    <li>
                        <a href={format!("/{}", l.code)} lang={l.code} hreflang={l.code} dir={l.dir.as_str()}
                           class="language-option">
                            { l.continue_label }
                        </a>
                    </li>
                }) }
            </ul>
        </main>
        </>
    }
}
