//! Staying safe: what quick exit does, and what it cannot hide.

use yew::prelude::*;

use crate::components::Layout;
use crate::content::msg;
use crate::i18n::I18n;

pub fn safety(i18n: I18n) -> Html {
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
