//! The rights card: large, high-contrast lines a person can show an agent, with English beside the
//! reader's language, the sources, a caution, and print layouts for a wallet card and a handout.

use yew::prelude::*;

use crate::components::{cites, urgent_help, CitesProps, Layout};
use crate::content::{self, msg, CARD};
use crate::i18n::I18n;

pub fn rights_card(i18n: I18n) -> Html {
    let english = I18n::new(content::default_locale());
    let bilingual = i18n.locale.code != english.locale.code;
    let lines = CARD.lines.iter().map(|line| {
        let key = format!("card_{line}");
        html! {
            <li>
                <p class="card-line" lang={i18n.locale.code}>{ i18n.t(&key) }</p>
                if bilingual {
                    <p class="card-line card-english" lang="en" dir="ltr">{ english.t(&key) }</p>
                }
            </li>
        }
    });
    html! {
        <Layout title={i18n.t(msg::CARD_TITLE)} reviewed={CARD.reviewed}>
            <h1>{ i18n.t(msg::CARD_TITLE) }</h1>
            <p class="lead no-print">{ i18n.t(msg::CARD_INTRO) }</p>
            <div class="rights-card" role="region" aria-label={i18n.t(msg::CARD_TITLE)}>
                <ul>{ for lines }</ul>
            </div>
            { urgent_help(i18n) }
            <p>{ i18n.t(msg::CARD_RIGHTS_SOURCE) }</p>
            { cites(i18n, &CitesProps { cites: CARD.cites }) }
            <p class="caution">{ i18n.t("card_caution") }</p>
            { cites(i18n, &CitesProps { cites: CARD.caution_cites }) }
            <p class="no-print">
                <button type="button" class="button print-button">{ i18n.t(msg::CARD_PRINT) }</button>
                <span class="hint">{ " " }{ i18n.t(msg::CARD_PRINT_HINT) }</span>
            </p>
        </Layout>
    }
}
