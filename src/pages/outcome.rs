//! An outcome: the verdict, why (each reason with its citations), what you can do, good to know,
//! who can help, the sources with their status, and the date the scenario was last reviewed.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::{Link, Route};
use crate::components::{
    cites, dial, format_phone, help_list, help_now, message, part, read_aloud, source_list, with_attributes,
    with_terms, CitesProps, HelpListProps, Layout, SourceListProps,
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
pub fn verdict_parts(v: Verdict) -> (&'static str, &'static str) {
    match v {
        Verdict::NotAllowed => ("not-allowed", msg::VERDICT_ICON_NOT_ALLOWED),
        Verdict::Allowed => ("allowed", msg::VERDICT_ICON_ALLOWED),
        Verdict::Required => ("required", msg::VERDICT_ICON_REQUIRED),
        Verdict::Depends => ("depends", msg::VERDICT_ICON_DEPENDS),
    }
}

/// Whether an outcome's verdict is legal-aid guidance about a resident's own rights (and says so:
/// never passed off as City or state law, which other outcomes of those situations do state).
pub fn is_guidance(topic: Topic, actor: &str) -> bool {
    topic == Topic::YourRights && matches!(actor, "you" | "immigration-agents")
}

/// Claims (reasons or notes) with their citations; `texts` are their words, terms linked.
fn claims(i18n: &I18n, list: &'static [Claim], texts: &[Html]) -> Html {
    html! {
        <ul class="claims">
            { for list.iter().zip(texts).map(|(c, text)| html! {
                <li>
                    <p>{ text.clone() }</p>
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
    // The running text in reading order (short answer, reasons, steps, notes), with each term of
    // art linked to the glossary at its first use on the page.
    let summary = i18n.attr(&key, "summary");
    let claim = |id: &str| i18n.t(&format!("{key}_{id}"));
    let mut texts: Vec<String> = summary.iter().cloned().collect();
    texts.extend(outcome.reasons.iter().map(|c| claim(c.id)));
    texts.extend(outcome.steps.iter().map(|s| claim(s.id)));
    texts.extend(outcome.notes.iter().map(|c| claim(c.id)));
    let mut texts = with_terms(&i18n, texts).into_iter();
    let summary = summary.map(|_| texts.next().unwrap_or_default());
    let reasons: Rc<Vec<Html>> = Rc::new(texts.by_ref().take(outcome.reasons.len()).collect());
    let step_texts: Rc<Vec<Html>> = Rc::new(texts.by_ref().take(outcome.steps.len()).collect());
    let notes: Rc<Vec<Html>> = Rc::new(texts.collect());
    let steps = move || {
        let step_texts = step_texts.clone();
        outcome.steps.iter().zip(0..).map(move |(s, n)| {
            html! {
                <li>
                    <p>{ step_texts[n].clone() }</p>
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
            { with_attributes(html! { <div>
                <span class="verdict-icon" aria-hidden="true">{ i18n.t(icon) }</span>
                <p>
                    <span class="verdict-label">{ i18n.label(&format!("actor-{}", outcome.actor)) }</span>
                    <strong class="verdict-value">{ i18n.attr(&key, "verdict").unwrap_or_default() }</strong>
                </p>
                // Legal-aid guidance about a resident's own rights, never passed off as City or
                // state law (which some outcomes of those situations do state: police limits).
                if is_guidance(walk.scenario.topic, outcome.actor) {
                    <p class="verdict-guidance">{ i18n.t(msg::VERDICT_GUIDANCE) }</p>
                }
            </div> }, &["class"], vec![Some(format!("verdict verdict-{class}").into())]) }
            <h1>{ headline }</h1>
            if let Some(summary) = summary {
                <p class="lead">{ summary }</p>
            }
            // The one thing to do now, on the first screen: the outcome's first help line that
            // takes calls or texts.
            if let Some(first) = first_help_line(outcome) {
                { help_now(i18n, first, false) }
            }
            { read_aloud(i18n) }
            <h2>{ i18n.t(msg::OUTCOME_WHY) }</h2>
            { part(move || claims(&i18n, outcome.reasons, &reasons)) }
            if !outcome.steps.is_empty() {
                <h2>{ i18n.t(msg::OUTCOME_WHAT_YOU_CAN_DO) }</h2>
                { part(move || html! { <ol class="steps">{ for steps() }</ol> }) }
            }
            if !outcome.notes.is_empty() {
                <h2>{ i18n.t(msg::OUTCOME_GOOD_TO_KNOW) }</h2>
                { part(move || claims(&i18n, outcome.notes, &notes)) }
            }
            if !outcome.resources.is_empty() {
                <h2>{ i18n.t(msg::OUTCOME_HELP) }</h2>
                { part(move || help_list(i18n, &HelpListProps { resources: outcome.resources, level: 3 })) }
            }
            <h2>{ i18n.t(msg::OUTCOME_SOURCES) }</h2>
            { part(move || source_list(i18n, &SourceListProps { cites: all_cites.clone() })) }
            { part({ let walk = walk.clone(); move || html! { <>
                { step_nav(i18n, &StepNavProps { walk: walk.clone() }) }
                { answer_summary(i18n, &AnswerSummaryProps { walk: walk.clone() }) }
            </> } }) }
            <ul class="link-list">
                <li><Link to={Route::for_walk(lang, &walk.start_over())}>{ i18n.t(msg::OUTCOME_START_OVER) }</Link></li>
                <li><Link to={Route::Home { lang: lang.to_string() }}>{ i18n.t(msg::OUTCOME_HOME) }</Link></li>
            </ul>
        </Layout>
    }
}
