//! About: who made the site, how the content is sourced and reviewed, how to report a mistake,
//! and what the site does (not) keep about its readers.

use yew::prelude::*;

use crate::components::{offline_copy, Layout};
use crate::content::msg;
use crate::i18n::I18n;

pub fn about(i18n: I18n) -> Html {
    let sections = [
        (msg::ABOUT_WHO_HEADING, msg::ABOUT_WHO),
        (msg::ABOUT_SOURCES_HEADING, msg::ABOUT_SOURCES),
        (msg::ABOUT_REVIEW_HEADING, msg::ABOUT_REVIEW),
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
            <h2>{ i18n.t(msg::ABOUT_REPORT_HEADING) }</h2>
            // The address is a build setting: each group that deploys the site takes reports.
            if let Some(url) = crate::config::REPORT_URL {
                <p>{ i18n.t(msg::ABOUT_REPORT) }</p>
                <p><a class="button report-link" href={url}>{ i18n.t(msg::ABOUT_REPORT_LINK) }</a></p>
            } else {
                <p>{ i18n.t(msg::ABOUT_REPORT_NO_ADDRESS) }</p>
            }
            <h2>{ i18n.t(msg::ABOUT_PARTNERS_HEADING) }</h2>
            <p>{ i18n.t(msg::ABOUT_PARTNERS) }</p>
            // A plain link: the embed code page is not one of the app's pages (`src/embed.rs`).
            <p><a href={crate::app::code_page_path(i18n.locale.code)}>{ i18n.t(msg::ABOUT_PARTNERS_LINK) }</a></p>
            { offline_copy(i18n) }
        </Layout>
    }
}
