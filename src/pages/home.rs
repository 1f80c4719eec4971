//! The home page: the list of situations.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::Layout;
use crate::content::{msg, Audience, SCENARIOS};
use crate::hooks::use_i18n;
use crate::i18n::Arg;

#[component]
pub fn Home() -> Html {
    let i18n = use_i18n();
    let lang = i18n.locale.code.to_string();
    let cards = SCENARIOS.iter().map(|s| {
        let key = format!("scenario_{}", s.id);
        let audience: Vec<String> = s
            .audience
            .iter()
            .map(|a| {
                i18n.t(match a {
                    Audience::Resident => msg::AUDIENCE_RESIDENT,
                    Audience::Officer => msg::AUDIENCE_OFFICER,
                    Audience::Trainer => msg::AUDIENCE_TRAINER,
                })
            })
            .collect();
        let to = Route::ScenarioStart { lang: lang.clone(), id: s.id.to_string() };
        html! {
            <li class="scenario-card">
                <Link<Route> {to} classes="scenario-link">{ i18n.t(&key) }</Link<Route>>
                <p>{ i18n.attr(&key, "summary").unwrap_or_default() }</p>
                <p class="audience">{ i18n.fmt(msg::HOME_AUDIENCE, &[("audience", Arg::Str(audience.join(", ")))]) }</p>
            </li>
        }
    });
    html! {
        <Layout title={i18n.t(msg::HOME_TITLE)}>
            <h1>{ i18n.t(msg::HOME_TITLE) }</h1>
            <p class="lead">{ i18n.t(msg::HOME_INTRO) }</p>
            <h2>{ i18n.t(msg::HOME_SCENARIOS_HEADING) }</h2>
            <ul class="scenario-list">{ for cards }</ul>
        </Layout>
    }
}
