//! About: who made the site, how the content is sourced and reviewed, how to report a mistake,
//! and what the site does (not) keep about its readers.

use yew::prelude::*;

use crate::components::{Layout, OfflineCopy};
use crate::content::msg;
use crate::i18n::I18n;

pub fn about(i18n: I18n) -> Html {
    let sections = [
        (msg::ABOUT_WHO_HEADING, msg::ABOUT_WHO),
        (msg::ABOUT_SOURCES_HEADING, msg::ABOUT_SOURCES),
        (msg::ABOUT_REVIEW_HEADING, msg::ABOUT_REVIEW),
        (msg::ABOUT_REPORT_HEADING, msg::ABOUT_REPORT),
        (msg::ABOUT_PRIVACY_HEADING, msg::ABOUT_PRIVACY),
    ];
    html! {
        <Layout title={i18n.t(msg::ABOUT_TITLE)}>
            <h1>{ i18n.t(msg::ABOUT_TITLE) }</h1>
            { for sections.into_iter().map(|(h, p)| html! {
                <>
                    <h2>{ i18n.t(h) }</h2>
                    <p>{ i18n.t(p) }</p>
                </>
            }) }
            <OfflineCopy />
        </Layout>
    }
}
