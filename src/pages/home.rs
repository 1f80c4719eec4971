//! The home page: the seed situations first, then the rest grouped by who they are for, with a
//! resident's own constitutional rights kept in a section of their own.

use yew::prelude::*;

use crate::app::{Link, Route};
use crate::components::{part, urgent_help, Layout};
use crate::content::{msg, Audience, Scenario, Topic, MYTHS, SCENARIOS};
use crate::i18n::{Arg, I18n};

fn audience_key(a: Audience) -> &'static str {
    match a {
        Audience::Resident => msg::AUDIENCE_RESIDENT,
        Audience::Officer => msg::AUDIENCE_OFFICER,
        Audience::Trainer => msg::AUDIENCE_TRAINER,
    }
}

pub(crate) fn card(i18n: &I18n, s: &'static Scenario) -> Html {
    let key = format!("scenario_{}", s.id);
    let audience: Vec<String> = s.audience.iter().map(|&a| i18n.t(audience_key(a))).collect();
    let to = Route::ScenarioStart { lang: i18n.locale.code.to_string(), id: s.id.to_string() };
    html! {
        <li class="scenario-card">
            <Link {to} classes="scenario-link">{ i18n.t(&key) }</Link>
            <p>{ i18n.attr(&key, "summary").unwrap_or_default() }</p>
            <p class="audience">{ i18n.fmt(msg::HOME_AUDIENCE, &[("audience", Arg::Str(audience.join(&i18n.t(msg::PUNCT_LIST))))]) }</p>
        </li>
    }
}

fn section(
    i18n: &I18n,
    id: &str,
    heading: &str,
    intro: Option<String>,
    list: Vec<&'static Scenario>,
) -> Html {
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <section aria-labelledby={id.to_string()}>
            <h2 id={id.to_string()}>{ heading }</h2>
            if let Some(intro) = intro { <p>{ intro }</p> }
            <ul class="scenario-list">{ for list.into_iter().map(|s| card(i18n, s)) }</ul>
        </section>
    }
}

/// Common questions, each answered on its myth's page (`featured = true` in myths.toml).
fn questions(i18n: &I18n) -> Html {
    let lang = i18n.locale.code;
    html! {
        <section aria-labelledby="questions">
            <h2 id="questions">{ i18n.t(msg::HOME_QUESTIONS_HEADING) }</h2>
            <ul class="link-list">
                { for MYTHS.iter().filter(|m| m.featured).map(|m| html! {
                    <li>
                        <span class="myth-label">{ i18n.label(msg::MYTH_LABEL) }</span>
                        <Link to={Route::Myth { lang: lang.to_string(), id: m.id.to_string() }}>
                            { i18n.t(&format!("myth_{}", m.id)) }
                        </Link>
                    </li>
                }) }
            </ul>
        </section>
    }
}

pub fn home(i18n: I18n) -> Html {
    let featured: Vec<_> = SCENARIOS.iter().filter(|s| s.featured).collect();
    let rights: Vec<_> = SCENARIOS.iter().filter(|s| !s.featured && s.topic == Topic::YourRights).collect();
    let by_audience = |a: Audience| -> Vec<&'static Scenario> {
        SCENARIOS
            .iter()
            .filter(|s| !s.featured && s.topic == Topic::CityAndStateLaw && s.audience.first() == Some(&a))
            .collect()
    };
    html! {
        <Layout title={i18n.t(msg::HOME_TITLE)}>
            <h1>{ i18n.t(msg::HOME_TITLE) }</h1>
            <p class="lead">{ i18n.t(msg::HOME_INTRO) }</p>
            { urgent_help(i18n) }
            { part(move || section(&i18n, "featured", &i18n.t(msg::HOME_FEATURED_HEADING), None, featured.clone())) }
            { part(move || questions(&i18n)) }
            { part(move || section(&i18n, "for-residents", &i18n.t(msg::HOME_GROUP_RESIDENT), None, by_audience(Audience::Resident))) }
            { part(move || section(&i18n, "for-officers", &i18n.t(msg::HOME_GROUP_OFFICER), None, by_audience(Audience::Officer))) }
            { part(move || section(&i18n, "for-trainers", &i18n.t(msg::HOME_GROUP_TRAINER), None, by_audience(Audience::Trainer))) }
            { part(move || section(&i18n, "your-rights", &i18n.t(msg::HOME_YOUR_RIGHTS_HEADING), Some(i18n.t(msg::HOME_YOUR_RIGHTS_INTRO)), rights.clone())) }
        </Layout>
    }
}
