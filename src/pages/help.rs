//! Get help: every verified help line, as tap-to-call and tap-to-text links.

use yew::prelude::*;

use crate::components::{help_list, HelpListProps, Layout};
use crate::content::{msg, RESOURCES};
use crate::i18n::I18n;

/// All help lines, in catalogue order.
static ALL: std::sync::LazyLock<Vec<usize>> = std::sync::LazyLock::new(|| (0..RESOURCES.len()).collect());

pub fn help_page(i18n: I18n) -> Html {
    let checked = RESOURCES.iter().map(|r| r.checked).max();
    html! {
        <Layout title={i18n.t(msg::HELP_TITLE)} reviewed={checked}>
            <h1>{ i18n.t(msg::HELP_TITLE) }</h1>
            <p class="lead">{ i18n.t(msg::HELP_EMERGENCY) }</p>
            <p>{ i18n.t(msg::HELP_INTRO) }</p>
            { help_list(i18n, &HelpListProps { resources: ALL.as_slice(), level: 2 }) }
        </Layout>
    }
}
