//! Citations: inline source links after each claim, and the full source list of an outcome with
//! each entry's status and any court challenge.

use yew::prelude::*;

use crate::content::{msg, Provision, SourceKind, Status, PROVISIONS};
use crate::i18n::{Arg, I18n};

fn kind_label(i18n: &I18n, p: &Provision) -> Option<String> {
    match p.kind {
        SourceKind::Law => None,
        SourceKind::Guidance => Some(i18n.t(msg::KIND_GUIDANCE)),
        SourceKind::Report => Some(i18n.t(msg::KIND_REPORT)),
        SourceKind::Policy => Some(i18n.t(msg::KIND_POLICY)),
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
                <a class="cite" href={p.url} data-provision={p.id} dir="ltr">{ p.citation }</a>
                if let Some(kind) = kind_label(&i18n, p) {
                    <span class="cite-kind">{ i18n.fmt(msg::PUNCT_ASIDE, &[("text", Arg::Str(kind))]) }</span>
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
    let items = seen.into_iter().map(|i| {
        let p = &PROVISIONS[i];
        let key = format!("law_{}", p.id);
        html! {
            <li>
                <a class="cite" href={p.url} data-provision={p.id} dir="ltr">{ p.citation }</a>
                { i18n.t(msg::PUNCT_DASH) }{ i18n.t(&key) }
                if p.status != Status::Verified {
                    <span class="source-status">{ i18n.fmt(msg::PUNCT_ASIDE, &[("text", Arg::Str(i18n.t(msg::STATUS_SECONDARY)))]) }</span>
                }
                if let Some(as_of) = p.challenged_as_of {
                    <p class="challenge">
                        <strong class="challenge-label">{ i18n.fmt(msg::PUNCT_SENTENCE, &[("text", Arg::Str(i18n.t(msg::CHALLENGE_LABEL)))]) }</strong>
                        { i18n.attr(&key, "challenge").unwrap_or_default() }{ " " }
                        { i18n.fmt(msg::CHALLENGE_AS_OF, &[("date", Arg::Str(i18n.date(as_of)))]) }
                    </p>
                }
            </li>
        }
    });
    html! { <ul class="source-list">{ for items }</ul> }
}
