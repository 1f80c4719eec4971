//! The law library: an index grouped by law, and one page per provision or source with its plain
//! summary, who it binds, citation and official link, status, any court challenge, and the
//! situations and myths that use it.

use yew::prelude::*;

use crate::app::{Link, Route};
use crate::components::{ltr, part, source_link_text, Layout};
use crate::content::{self, msg, Binds, Provision, Status, PROVISIONS};
use crate::i18n::{Arg, I18n};

pub fn law_index(i18n: I18n) -> Html {
    let lang = i18n.locale.code.to_string();
    let groups = content::law_groups().into_iter().map(|(law, list)| {
        let lang = lang.clone();
        part(move || {
        let id = format!("group-{law}");
        html! {
            <section aria-labelledby={id.clone()}>
                <h2 {id}>{ i18n.t(&format!("law-group_{law}")) }</h2>
                <ul class="law-list">
                    { for list.iter().map(|p| html! {
                        <li>
                            <Link to={Route::Law { lang: lang.clone(), id: p.id.to_string() }} classes="citation-text">{ ltr(p.citation) }</Link>
                            { i18n.t(msg::PUNCT_DASH) }{ i18n.t(&format!("law_{}", p.id)) }
                            if p.challenged_as_of.is_some() {
                                <span class="challenge-label">{ i18n.aside(i18n.t(msg::CHALLENGE_LABEL)) }</span>
                            }
                        </li>
                    }) }
                </ul>
            </section>
        }
        })
    });
    html! {
        <Layout title={i18n.t(msg::LAW_INDEX_TITLE)}>
            <h1>{ i18n.t(msg::LAW_INDEX_TITLE) }</h1>
            <p class="lead">{ i18n.t(msg::LAW_INDEX_INTRO) }</p>
            { for groups }
        </Layout>
    }
}

fn binds_key(b: Binds) -> &'static str {
    match b {
        Binds::City => msg::BINDS_CITY,
        Binds::ChicagoPolice => msg::BINDS_CHICAGO_POLICE,
        Binds::IllinoisPolice => msg::BINDS_ILLINOIS_POLICE,
        Binds::CertifyingAgencies => msg::BINDS_CERTIFYING_AGENCIES,
        Binds::EveryoneInIllinois => msg::BINDS_EVERYONE_IN_ILLINOIS,
        Binds::IceChicagoArea => msg::BINDS_ICE_CHICAGO_AREA,
        Binds::CookCounty => msg::BINDS_COOK_COUNTY,
        Binds::Institutions => msg::BINDS_INSTITUTIONS,
        Binds::NoOne => msg::BINDS_NO_ONE,
    }
}

fn status_key(s: Status) -> &'static str {
    match s {
        Status::Verified => msg::LAW_STATUS_VERIFIED,
        Status::Secondary => msg::LAW_STATUS_SECONDARY,
        Status::Unverified => msg::LAW_STATUS_UNVERIFIED,
    }
}

pub struct LawPageProps {
    /// Index into the law catalogue.
    pub index: usize,
}

pub fn law_page(i18n: I18n, props: &LawPageProps) -> Html {
    let lang = i18n.locale.code.to_string();
    let p: &'static Provision = &PROVISIONS[props.index];
    let key = format!("law_{}", p.id);
    let title = i18n.t(&key);
    let scenarios = content::scenarios_citing(props.index);
    let myths = content::myths_citing(props.index);
    html! {
        <Layout title={format!("{}{}{title}", i18n.ltr_str(p.citation), i18n.t(msg::PUNCT_DASH))} reviewed={p.reviewed}>
            <p class="scenario-title">{ i18n.t(&format!("law-group_{}", p.law)) }</p>
            <h1>{ title }</h1>
            <p class="lead">{ i18n.attr(&key, "summary").unwrap_or_default() }</p>
            if let Some(as_of) = p.challenged_as_of {
                <div class="challenge-box">
                    <p><strong class="challenge-label">{ i18n.t(msg::CHALLENGE_LABEL) }</strong></p>
                    <p>{ i18n.attr(&key, "challenge").unwrap_or_default() }</p>
                    <p>{ i18n.fmt(msg::CHALLENGE_AS_OF, &[("date", Arg::Str(i18n.date(as_of)))]) }</p>
                </div>
            }
            <dl class="facts">
                <dt>{ i18n.t(msg::LAW_CITATION) }</dt>
                <dd><a class="official" href={p.url} dir="ltr">{ p.citation }</a></dd>
                <dt>{ i18n.t(msg::LAW_BINDS) }</dt>
                <dd>{ i18n.t(binds_key(p.binds)) }</dd>
            </dl>
            <p class="source-status">{ i18n.t(status_key(p.status)) }</p>
            <p><a href={p.url}>{ i18n.t(source_link_text(p)) }</a></p>
            <h2>{ i18n.t(msg::LAW_USED_IN) }</h2>
            if scenarios.is_empty() {
                <p>{ i18n.t(msg::LAW_NOT_USED) }</p>
            } else {
                <ul class="link-list">
                    { for scenarios.into_iter().map(|s| html! {
                        <li>
                            <Link to={Route::ScenarioStart { lang: lang.clone(), id: s.id.to_string() }}>
                                { i18n.t(&format!("scenario_{}", s.id)) }
                            </Link>
                            // The answers that rest on this provision, not only the situation's start.
                            <ul class="outcome-links">
                                { for content::outcome_walks_citing(s, props.index).into_iter().map(|w| html! {
                                    <li><Link to={Route::for_walk(&lang, &w)}>
                                        { i18n.t(&format!("{}_{}", s.id, w.current().id)) }
                                    </Link></li>
                                }) }
                            </ul>
                        </li>
                    }) }
                </ul>
            }
            if !myths.is_empty() {
                <h2>{ i18n.t(msg::LAW_MYTHS) }</h2>
                <ul class="link-list">
                    { for myths.into_iter().map(|m| html! {
                        <li><Link to={Route::Myth { lang: lang.clone(), id: m.id.to_string() }}>
                            { i18n.t(&format!("myth_{}", m.id)) }
                        </Link></li>
                    }) }
                </ul>
            }
        </Layout>
    }
}
