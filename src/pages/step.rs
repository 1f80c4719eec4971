//! A question: its answers are ordinary links to the next step's URL.

use yew::prelude::*;

use crate::app::{Link, Route};
use crate::components::{part, read_aloud, Layout};
use crate::content::msg;
use crate::engine::Walk;
use crate::i18n::{Arg, I18n};

pub struct StepProps {
    pub walk: Walk,
}

pub fn step_page(i18n: I18n, props: &StepProps) -> Html {
    let walk = &props.walk;
    let sid = walk.scenario.id;
    let node = walk.current();
    let key = format!("{sid}_{}", node.id);
    let question = i18n.t(&key);
    html! {
        <Layout title={question.clone()} reviewed={walk.scenario.reviewed}>
            <p class="scenario-title">{ i18n.t(&format!("scenario_{sid}")) }</p>
            <p class="progress">{ progress(&i18n, walk) }</p>
            <h1>{ question }</h1>
            if let Some(hint) = i18n.attr(&key, "hint") {
                <p class="hint">{ hint }</p>
            }
            <p class="visually-hidden">{ i18n.t(msg::STEP_CHOOSE) }</p>
            { part({ let walk = walk.clone(); move || answers(i18n, &walk) }) }
            { read_aloud(i18n) }
            { part({ let walk = walk.clone(); move || html! { <>
                { step_nav(i18n, &StepNavProps { walk: walk.clone() }) }
                { answer_summary(i18n, &AnswerSummaryProps { walk: walk.clone() }) }
            </> } }) }
        </Layout>
    }
}

/// The answers to the current question, each a link to the step it leads to.
fn answers(i18n: I18n, walk: &Walk) -> Html {
    let key = format!("{}_{}", walk.scenario.id, walk.current().id);
    let items = walk.answers().iter().map(|a| {
        let next = walk.choose(a.id).expect("an answer of this question");
        html! {
            <li>
                <Link to={Route::for_walk(i18n.locale.code, &next)} classes="answer">
                    { i18n.t(&format!("{key}_{}", a.id)) }
                </Link>
            </li>
        }
    });
    html! { <ul class="answers">{ for items }</ul> }
}

/// "Question 2 of 3", or "of up to 3" when the answers lead to paths of different lengths.
fn progress(i18n: &I18n, walk: &Walk) -> String {
    let (fewest, most) = walk.remaining();
    let current = walk.depth() as i64 + 1;
    let total = (walk.depth() + most) as i64;
    let key = if fewest == most { msg::STEP_PROGRESS } else { msg::STEP_PROGRESS_UP_TO };
    i18n.fmt(key, &[("current", Arg::Num(current)), ("total", Arg::Num(total))])
}

/// Back (one step) and start over, as links, so they work like the browser's own Back.
pub struct StepNavProps {
    pub walk: Walk,
}

pub fn step_nav(i18n: I18n, props: &StepNavProps) -> Html {
    let lang = i18n.locale.code;
    let walk = &props.walk;
    html! {
        <nav class="step-nav" aria-label={i18n.t(msg::STEP_BACK)}>
            if let Some(back) = walk.back() {
                <Link to={Route::for_walk(lang, &back)} classes="step-back">{ i18n.t(msg::STEP_BACK) }</Link>
            }
            if walk.depth() > 0 {
                <Link to={Route::for_walk(lang, &walk.start_over())} classes="step-start-over">{ i18n.t(msg::STEP_START_OVER) }</Link>
            }
        </nav>
    }
}

/// The answers given so far, each with a link to change it.
pub struct AnswerSummaryProps {
    pub walk: Walk,
}

pub fn answer_summary(i18n: I18n, props: &AnswerSummaryProps) -> Html {
    let walk = &props.walk;
    if walk.depth() == 0 {
        return Html::default();
    }
    html! {
        <section class="answer-summary" aria-labelledby="answers-heading">
            <h2 id="answers-heading">{ i18n.t(msg::STEP_ANSWERS_HEADING) }</h2>
            <dl>{ for walk.steps().map(|s| summary_row(&i18n, walk, s)) }</dl>
        </section>
    }
}

fn summary_row(i18n: &I18n, walk: &Walk, step: crate::engine::AnsweredStep) -> Html {
    let sid = walk.scenario.id;
    let qkey = format!("{sid}_{}", step.question.id);
    let question = i18n.t(&qkey);
    let to = Route::for_walk(i18n.locale.code, &walk.change(step.index));
    html! {
        <div class="summary-row">
            <dt>{ question.clone() }</dt>
            <dd>
                { i18n.t(&format!("{qkey}_{}", step.answer.id)) }{ " " }
                <Link {to} classes="change-link">
                    { i18n.t(msg::STEP_CHANGE) }
                    <span class="visually-hidden">{ i18n.t(msg::PUNCT_DASH) }{ i18n.fmt(msg::STEP_CHANGE_LABEL, &[("question", Arg::Str(question))]) }</span>
                </Link>
            </dd>
        </div>
    }
}
