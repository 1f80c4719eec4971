//! Staying safe: what quick exit does, and what it cannot hide.

use yew::prelude::*;

use crate::components::Layout;
use crate::content::msg;
use crate::hooks::use_i18n;

#[component]
pub fn Safety() -> Html {
    let i18n = use_i18n();
    html! {
        <Layout title={i18n.t(msg::SAFETY_TITLE)}>
            <h1>{ i18n.t(msg::SAFETY_TITLE) }</h1>
            <h2>{ i18n.t(msg::SAFETY_QUICK_EXIT_HEADING) }</h2>
            <p>{ i18n.t(msg::SAFETY_QUICK_EXIT) }</p>
            <h2>{ i18n.t(msg::SAFETY_LIMITS_HEADING) }</h2>
            <p>{ i18n.t(msg::SAFETY_LIMITS) }</p>
            <p>{ i18n.t(msg::SAFETY_PRIVACY) }</p>
        </Layout>
    }
}
