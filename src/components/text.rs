//! Text in any direction: numbers, citations and English passages read left to right, unbroken,
//! in every language (in Arabic, the bidirectional algorithm would otherwise show "855-435-7693"
//! as "7693-435-855"). Messages of right-to-left languages have their own runs isolated at build
//! time (`kyr_content::bidi`); what the app fills in goes through here.

use yew::prelude::*;

use crate::i18n::{Arg, I18n, Piece};

/// A citation, isolated left to right (it may wrap: some are a source's whole title).
pub fn ltr(text: impl Into<AttrValue>) -> Html {
    html! { <span dir="ltr">{ text.into() }</span> }
}

/// A number, isolated left to right and kept on one line.
pub fn number(text: impl Into<AttrValue>) -> Html {
    html! { <span dir="ltr" class="num">{ text.into() }</span> }
}

/// A message with its `Arg::Ltr` values (phone numbers) printed by `number`.
pub fn message(i18n: &I18n, key: &str, args: &[(&str, Arg)]) -> Html {
    html! {
        <>
            { for i18n.pieces(key, args).into_iter().map(|p| match p {
                Piece::Text(t) => html! { { t } },
                Piece::Ltr(l) => number(l),
            }) }
        </>
    }
}

/// A page's running texts, in reading order, with each glossary term linked to the glossary at its
/// first use among them (`terms::first_uses`). The forms a term is found by are its message's
/// `.forms` attribute, separated by commas in the locale's own script.
pub fn with_terms(i18n: &I18n, texts: Vec<String>) -> Vec<Html> {
    let terms: Vec<(&'static str, Vec<String>)> = crate::content::GLOSSARY
        .iter()
        .map(|t| {
            let forms = i18n.attr(&format!("glossary_{}", t.id), "forms").unwrap_or_default();
            let forms = forms
                .split([',', '，', '、', '،', ';', '；'])
                .map(|f| f.trim().to_string())
                .filter(|f| !f.is_empty());
            (t.id, forms.collect())
        })
        .collect();
    let links = crate::terms::first_uses(&texts, &terms);
    let glossary = format!("/{}/glossary", i18n.locale.code);
    texts
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let mine: Vec<_> = links.iter().filter(|l| l.text == i).collect();
            if mine.is_empty() {
                return html! { { text } };
            }
            let mut pieces = Vec::new();
            let mut at = 0;
            for l in mine {
                pieces.push(html! { { text[at..l.start].to_string() } });
                let href = format!("{glossary}#{}", l.term);
                pieces.push(html! { <a class="term" {href}>{ text[l.start..l.end].to_string() }</a> });
                at = l.end;
            }
            pieces.push(html! { { text[at..].to_string() } });
            html! { <>{ for pieces }</> }
        })
        .collect()
}

/// Gives an element built by `html!` these attributes (`keys`, with `values` in the same order; a
/// `None` is left out). For a computed `class`: `html!` passes one through Yew's `Classes`, a hash
/// set that brought about 2 KB of code into the WebAssembly (measured); a plain attribute brings
/// none. Server and browser build the same attributes, so hydration is unchanged.
pub fn with_attributes(
    mut node: Html,
    keys: &'static [&'static str],
    values: Vec<Option<AttrValue>>,
) -> Html {
    if let Html::VTag(tag) = &mut node {
        std::rc::Rc::make_mut(tag).attributes = yew::virtual_dom::Attributes::Dynamic {
            keys,
            values: values
                .into_iter()
                .map(|v| v.map(yew::virtual_dom::AttributeOrProperty::Attribute))
                .collect(),
        };
    }
    node
}
