//! Citations: inline source links after each claim, and the full source list of an outcome with
//! each entry's status and any court challenge.

use yew::prelude::*;

use super::ltr;
use crate::app::{Link, Route};
use crate::content::{self, msg, Provision, SourceKind, Status, PROVISIONS};
use crate::i18n::{Arg, I18n};

fn kind_label(i18n: &I18n, p: &Provision) -> Option<String> {
    match p.kind {
        SourceKind::Law => None,
        SourceKind::Guidance => Some(i18n.t(msg::KIND_GUIDANCE)),
        SourceKind::Report => Some(i18n.t(msg::KIND_REPORT)),
        SourceKind::Policy => Some(i18n.t(msg::KIND_POLICY)),
    }
}

/// A citation: it leads to the site's own page for the provision (plain words, who it binds, any
/// challenge), which links on to the official text.
pub fn cite_link(i18n: &I18n, p: &'static Provision) -> Html {
    let to = Route::Law { lang: i18n.locale.code.to_string(), id: p.id.to_string() };
    html! { <Link {to} classes="cite">{ ltr(p.citation) }</Link> }
}

/// The words of a link to a provision's source: "Read the official text" only where the link is
/// the law's own text, else "Read the source".
pub fn source_link_text(p: &Provision) -> &'static str {
    if p.official_text {
        msg::LAW_OFFICIAL_TEXT
    } else {
        msg::LAW_SOURCE_LINK
    }
}

pub struct CitesProps {
    /// Indices into the law catalogue.
    pub cites: &'static [usize],
}

/// "Source: MCC 2-173-020(a)(1)(A), 5 ILCS 805/15(b)", each linked to the official text.
pub fn cites(i18n: I18n, props: &CitesProps) -> Html {
    if props.cites.is_empty() {
        return Html::default();
    }
    let links = props.cites.iter().enumerate().map(|(n, &i)| {
        let p = &PROVISIONS[i];
        html! {
            <>
                if n > 0 { { i18n.t(msg::PUNCT_LIST) } }
                { cite_link(&i18n, p) }
                if let Some(kind) = kind_label(&i18n, p) {
                    <span class="cite-kind">{ i18n.aside(kind) }</span>
                }
            </>
        }
    });
    html! {
        <p class="cites">
            <span class="cites-label">{ i18n.t(msg::CITE_LABEL) }</span>{ " " }
            { for links }
        </p>
    }
}

pub struct SourceListProps {
    /// Indices into the law catalogue, in order of first use; duplicates are shown once.
    pub cites: Vec<usize>,
}

/// Every source an outcome rests on: citation, plain title, whether the text is the law's own, and
/// a "being challenged in court" label where the research base says so (docs/research/README.md,
/// rule 5).
pub fn source_list(i18n: I18n, props: &SourceListProps) -> Html {
    let mut seen = Vec::new();
    for &c in &props.cites {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    let items = seen.iter().map(|&i| {
        let p = &PROVISIONS[i];
        let key = format!("law_{}", p.id);
        html! {
            <li>
                { cite_link(&i18n, p) }
                { i18n.t(msg::PUNCT_DASH) }{ i18n.t(&key) }
                if p.status != Status::Verified {
                    <span class="source-status">{ i18n.aside(i18n.t(msg::STATUS_SECONDARY)) }</span>
                }
                if p.challenged_as_of.is_some() {
                    <span class="challenge-label">{ i18n.aside(i18n.t(msg::CHALLENGE_LABEL)) }</span>
                }
                { " " }<a class="official" href={p.url}>{ i18n.t(source_link_text(p)) }</a>
            </li>
        }
    });
    html! {
        <>
            <ul class="source-list">{ for items }</ul>
            { challenges(i18n, &seen) }
        </>
    }
}

/// The court challenges behind `cites`, each told once, with its latest-information date: the
/// ordinance's nine provisions share one lawsuit, and a reader should meet it once per page, not
/// nine times.
pub fn challenges(i18n: I18n, cites: &[usize]) -> Html {
    let mut told: Vec<(String, content::Date)> = Vec::new();
    for &i in cites {
        let p = &PROVISIONS[i];
        let Some(as_of) = p.challenged_as_of else { continue };
        let text = i18n.attr(&format!("law_{}", p.id), "challenge").unwrap_or_default();
        match told.iter_mut().find(|(t, _)| *t == text) {
            Some((_, date)) => *date = (*date).max(as_of),
            None => told.push((text, as_of)),
        }
    }
    if told.is_empty() {
        return Html::default();
    }
    html! {
        <div class="challenge-box">
            <p><strong class="challenge-label">{ i18n.t(msg::CHALLENGE_LABEL) }</strong></p>
            { for told.into_iter().map(|(text, as_of)| html! {
                <p>
                    { text }{ " " }
                    <span class="challenge-as-of">{ i18n.fmt(msg::CHALLENGE_AS_OF, &[("date", Arg::Str(i18n.date(as_of)))]) }</span>
                </p>
            }) }
        </div>
    }
}
