//! An outcome: the verdict, why (each reason with its citations), what you can do, good to know,
//! who can help, the sources with their status, and the date the scenario was last reviewed.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::{
    cites, dial, format_phone, help_list, help_now, message, part, source_list, CitesProps, HelpListProps,
    Layout, ReadAloud, SourceListProps,
};
use crate::content::{self, msg, Claim, Topic, Verdict, RESOURCES};
use crate::engine::Walk;
use crate::i18n::{Arg, I18n};
use crate::pages::step::{answer_summary, step_nav, AnswerSummaryProps, StepNavProps};

pub struct OutcomeProps {
    pub walk: Walk,
}

/// The verdict's class and icon. The words (whose action, and the verdict) carry the meaning; the
/// icon repeats it and colour repeats the icon.
fn verdict_parts(v: Verdict) -> (&'static str, &'static str) {
    match v {
        Verdict::NotAllowed => ("not-allowed", msg::VERDICT_ICON_NOT_ALLOWED),
        Verdict::Allowed => ("allowed", msg::VERDICT_ICON_ALLOWED),
        Verdict::Required => ("required", msg::VERDICT_ICON_REQUIRED),
        Verdict::Depends => ("depends", msg::VERDICT_ICON_DEPENDS),
    }
}

fn claims(i18n: &I18n, prefix: &str, list: &'static [Claim]) -> Html {
    html! {
        <ul class="claims">
            { for list.iter().map(|c| html! {
                <li>
                    <p>{ i18n.t(&format!("{prefix}_{}", c.id)) }</p>
                    { cites(*i18n, &CitesProps { cites: c.cites }) }
                </li>
            }) }
        </ul>
    }
}

/// The help line to offer first: the first of the outcome's help lines that takes calls or texts,
/// else the first a step names.
fn first_help_line(outcome: &content::Outcome) -> Option<usize> {
    let reachable = |&i: &usize| RESOURCES[i].call.is_some() || RESOURCES[i].text.is_some();
    outcome
        .resources
        .iter()
        .copied()
        .find(reachable)
        .or_else(|| outcome.steps.iter().filter_map(|s| s.resource).find(reachable))
}

pub fn outcome_page(i18n: I18n, props: &OutcomeProps) -> Html {
    let walk = &props.walk;
    let outcome = walk.outcome().expect("OutcomePage is only used at an outcome");
    let lang = i18n.locale.code;
    let sid = walk.scenario.id;
    let key = format!("{sid}_{}", walk.current().id);
    let headline = i18n.t(&key);
    let (class, icon) = verdict_parts(outcome.verdict);
    let all_cites: Vec<usize> = content::outcome_cites(outcome).collect();
    let walk_id = walk.current().id;
    let steps = move || {
        outcome.steps.iter().map(move |s| {
            let key = format!("{sid}_{}", walk_id);
            html! {
                <li>
                    <p>{ i18n.t(&format!("{key}_{}", s.id)) }</p>
                    { cites(i18n, &CitesProps { cites: s.cites }) }
                    if let Some(r) = s.resource {
                        <p class="step-resource">
                            if let Some(n) = RESOURCES[r].call {
                                <a href={format!("tel:{}", dial(n))}>
                                    { message(&i18n, msg::HELP_CALL, &[("number", Arg::Ltr(format_phone(n)))]) }
                                </a>
                            }
                        </p>
                    }
                </li>
            }
        })
    };
    html! {
        <Layout title={headline.clone()} reviewed={walk.scenario.reviewed}>
            <p class="scenario-title">{ i18n.t(&format!("scenario_{sid}")) }</p>
            <div class={classes!("verdict", format!("verdict-{class}"))}>
                <span class="verdict-icon" aria-hidden="true">{ i18n.t(icon) }</span>
                <p>
                    <span class="verdict-label">{ i18n.fmt(msg::PUNCT_LABEL, &[("label", Arg::Str(i18n.t(&format!("actor-{}", outcome.actor))))]) }</span>
                    <strong class="verdict-value">{ i18n.attr(&key, "verdict").unwrap_or_default() }</strong>
                </p>
                if walk.scenario.topic == Topic::YourRights {
                    <p class="verdict-guidance">{ i18n.t(msg::VERDICT_GUIDANCE) }</p>
                }
            </div>
            <h1>{ headline }</h1>
            if let Some(summary) = i18n.attr(&key, "summary") {
                <p class="lead">{ summary }</p>
            }
            // The one thing to do now, on the first screen: the outcome's first help line that
            // takes calls or texts.
            if let Some(first) = first_help_line(outcome) {
                { help_now(i18n, first, false) }
            }
            <ReadAloud />
            <h2>{ i18n.t(msg::OUTCOME_WHY) }</h2>
            { part({ let key = key.clone(); move || claims(&i18n, &key, outcome.reasons) }) }
            if !outcome.steps.is_empty() {
                <h2>{ i18n.t(msg::OUTCOME_WHAT_YOU_CAN_DO) }</h2>
                { part(move || html! { <ol class="steps">{ for steps() }</ol> }) }
            }
            if !outcome.notes.is_empty() {
                <h2>{ i18n.t(msg::OUTCOME_GOOD_TO_KNOW) }</h2>
                { part({ let key = key.clone(); move || claims(&i18n, &key, outcome.notes) }) }
            }
            if !outcome.resources.is_empty() {
                <h2>{ i18n.t(msg::OUTCOME_HELP) }</h2>
                { part(move || help_list(i18n, &HelpListProps { resources: outcome.resources })) }
            }
            <h2>{ i18n.t(msg::OUTCOME_SOURCES) }</h2>
            { part(move || source_list(i18n, &SourceListProps { cites: all_cites.clone() })) }
            { part({ let walk = walk.clone(); move || html! { <>
                { step_nav(i18n, &StepNavProps { walk: walk.clone() }) }
                { answer_summary(i18n, &AnswerSummaryProps { walk: walk.clone() }) }
            </> } }) }
            <ul class="link-list">
                <li><Link<Route> to={Route::for_walk(lang, &walk.start_over())}>{ i18n.t(msg::OUTCOME_START_OVER) }</Link<Route>></li>
                <li><Link<Route> to={Route::Home { lang: lang.to_string() }}>{ i18n.t(msg::OUTCOME_HOME) }</Link<Route>></li>
            </ul>
        </Layout>
    }
}
