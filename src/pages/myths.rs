//! Myths and facts: every misconception with its correction, explanation and sources. Each myth
//! also has its own page, which the quiz in a later issue links to.

use yew::prelude::*;

use crate::app::{Link, Route};
use crate::components::{challenges, cites, part, CitesProps, Layout};
use crate::content::{self, msg, Myth, MYTHS, MYTHS_REVIEWED};
use crate::i18n::I18n;

/// A myth's correction: the fact, the explanation, the citations (also on the quiz's answers).
pub fn myth_body(i18n: &I18n, m: &'static Myth) -> Html {
    let key = format!("myth_{}", m.id);
    html! {
        <>
            <p class="fact"><strong>{ i18n.label(msg::FACT_LABEL) }</strong>{ i18n.attr(&key, "fact").unwrap_or_default() }</p>
            <p>{ i18n.attr(&key, "explanation").unwrap_or_default() }</p>
            { cites(*i18n, &CitesProps { cites: m.cites }) }
        </>
    }
}

pub fn myths(i18n: I18n) -> Html {
    let lang = i18n.locale.code.to_string();
    let items = MYTHS.iter().map(|m| {
        let lang = lang.clone();
        part(move || {
        let key = format!("myth_{}", m.id);
        html! {
            <li class="myth">
                <h2 class="myth-statement">
                    <span class="myth-label">{ i18n.label(msg::MYTH_LABEL) }</span>
                    <Link to={Route::Myth { lang: lang.clone(), id: m.id.to_string() }}>{ i18n.t(&key) }</Link>
                </h2>
                { myth_body(&i18n, m) }
            </li>
        }
        })
    });
    html! {
        <Layout title={i18n.t(msg::MYTHS_TITLE)} reviewed={MYTHS_REVIEWED}>
            <h1>{ i18n.t(msg::MYTHS_TITLE) }</h1>
            <p class="lead">{ i18n.t(msg::MYTHS_INTRO) }</p>
            <ul class="myth-list">{ for items }</ul>
            { challenges(i18n, &MYTHS.iter().flat_map(|m| m.cites.iter().copied()).collect::<Vec<_>>()) }
        </Layout>
    }
}

pub struct MythPageProps {
    /// Index into `MYTHS`.
    pub index: usize,
}

pub fn myth_page(i18n: I18n, props: &MythPageProps) -> Html {
    let m = &MYTHS[props.index];
    let statement = i18n.t(&format!("myth_{}", m.id));
    html! {
        // The tab and a shared link's preview say it is a myth, not only what the myth claims.
        <Layout title={format!("{}{statement}", i18n.label(msg::MYTH_LABEL))} reviewed={MYTHS_REVIEWED}>
            <p class="myth-label">{ i18n.t(msg::MYTH_LABEL) }</p>
            <h1>{ statement }</h1>
            { myth_body(&i18n, m) }
            { challenges(i18n, m.cites) }
            if let explaining @ [_, ..] = content::scenarios_explaining(m).as_slice() {
                <h2>{ i18n.t(msg::MYTH_SITUATIONS) }</h2>
                <ul class="link-list">
                    { for explaining.iter().map(|s| html! {
                        <li><Link to={Route::ScenarioStart { lang: i18n.locale.code.to_string(), id: s.id.to_string() }}>
                            { i18n.t(&format!("scenario_{}", s.id)) }
                        </Link></li>
                    }) }
                </ul>
            }
            <p><Link to={Route::Myths { lang: i18n.locale.code.to_string() }}>{ i18n.t(msg::MYTHS_TITLE) }</Link></p>
        </Layout>
    }
}
