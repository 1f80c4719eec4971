//! The site root: a choice of language, each named in its own language. The best match for the
//! browser's languages comes first; a language the person chose before (and only then) is opened
//! straight away. Rendered ahead of time as the plain list.

use yew::prelude::*;

use crate::components::quick_exit;
use crate::content::{self, msg, LOCALES};
use crate::hooks::use_i18n;
use crate::i18n;

#[component]
pub fn LanguageChoice() -> Html {
    let i18n = use_i18n();
    let suggested = use_state(|| None::<usize>);
    {
        let suggested = suggested.clone();
        use_effect_with((), move |_| {
            let remembered = crate::browser::remembered_language().and_then(|c| content::locale(&c));
            match remembered {
                Some(l) => crate::browser::replace_location(&format!("/{}", l.code)),
                None => {
                    let best = i18n::negotiate(&crate::browser::browser_languages());
                    suggested.set(best.map(content::locale_index));
                }
            }
        });
    }
    let mut order: Vec<usize> = (0..LOCALES.len()).collect();
    if let Some(s) = *suggested {
        order.retain(|&i| i != s);
        order.insert(0, s);
    }
    let site = i18n.t(msg::SITE_NAME);
    crate::hooks::use_page_effects(site.clone());
    html! {
        <>
        { quick_exit(i18n) }
        <main id="main" class="wrap language-choice" data-title={site.clone()}>
            <h1>{ site }</h1>
            <ul class="language-list">
                { for order.into_iter().map(|i| {
                    let l = &LOCALES[i];
                    let onclick = Callback::from(move |_: MouseEvent| crate::browser::remember_language(l.code));
                    html! {
                        <li>
                            <a href={format!("/{}", l.code)} lang={l.code} hreflang={l.code} dir={l.dir.as_str()}
                               class={classes!("language-option", (*suggested == Some(i)).then_some("suggested"))}
                               {onclick}>
                                { l.continue_label }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </main>
        </>
    }
}
