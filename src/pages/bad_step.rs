//! The page for a scenario link that does not fit: an unknown scenario, an answer that is not
//! offered at that step, or a path that runs past the outcome. It says what did not match and
//! offers the last step that did.

use yew::prelude::*;

use crate::app::{Link, Route};
use crate::components::Layout;
use crate::content::msg;
use crate::engine::WalkError;
use crate::i18n::{Arg, I18n};

pub struct BadStepProps {
    /// Set when the scenario id itself is unknown.
    pub unknown_scenario: Option<String>,
    /// Set when the scenario exists but the answers in the path do not fit it.
    pub walk_error: Option<WalkError>,
}

pub fn bad_step(i18n: I18n, props: &BadStepProps) -> Html {
    let lang = i18n.locale.code.to_string();
    let home = Route::Home { lang: lang.clone() };
    let (reason, links) = match (&props.unknown_scenario, &props.walk_error) {
        (_, Some(err)) => {
            let reason = match err {
                WalkError::UnknownAnswer { segment, .. } => {
                    i18n.fmt(msg::BAD_STEP_UNKNOWN_ANSWER, &[("answer", Arg::Str(segment.clone()))])
                }
                WalkError::PastOutcome { .. } => i18n.t(msg::BAD_STEP_PAST_OUTCOME),
            };
            let valid = err.valid_prefix();
            let links = html! {
                <ul class="link-list">
                    if valid.depth() > 0 {
                        <li><Link to={Route::for_walk(&lang, valid)}>{ i18n.t(msg::BAD_STEP_KEEP) }</Link></li>
                    }
                    <li><Link to={Route::for_walk(&lang, &valid.start_over())}>{ i18n.t(msg::BAD_STEP_RESTART) }</Link></li>
                    <li><Link to={home.clone()}>{ i18n.t(msg::NOT_FOUND_HOME) }</Link></li>
                </ul>
            };
            (reason, links)
        }
        (name, None) => (
            i18n.fmt(msg::BAD_STEP_UNKNOWN_SCENARIO, &[("name", Arg::Str(name.clone().unwrap_or_default()))]),
            html! { <ul class="link-list"><li><Link to={home.clone()}>{ i18n.t(msg::NOT_FOUND_HOME) }</Link></li></ul> },
        ),
    };
    html! {
        <Layout title={i18n.t(msg::BAD_STEP_TITLE)}>
            <div class="not-found">
                <h1>{ i18n.t(msg::BAD_STEP_TITLE) }</h1>
                <p>{ reason }</p>
                { links }
            </div>
        </Layout>
    }
}
