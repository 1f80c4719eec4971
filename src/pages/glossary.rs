//! The words used on this site: each term of art with its one definition and the sources it rests
//! on. Pages link a term here (`#<id>`) at its first use.

use yew::prelude::*;

use crate::components::{cites, CitesProps, Layout};
use crate::content::{msg, GLOSSARY};
use crate::i18n::I18n;

pub fn glossary(i18n: I18n) -> Html {
    html! {
        <Layout title={i18n.t(msg::GLOSSARY_TITLE)}>
            <h1>{ i18n.t(msg::GLOSSARY_TITLE) }</h1>
            <p class="lead">{ i18n.t(msg::GLOSSARY_INTRO) }</p>
            <dl class="glossary">
                { for GLOSSARY.iter().map(|t| {
                    let key = format!("glossary_{}", t.id);
                    html! {
                        <>
                            <dt id={t.id}>{ i18n.t(&key) }</dt>
                            <dd>
                                <p>{ i18n.attr(&key, "definition").unwrap_or_default() }</p>
                                { cites(i18n, &CitesProps { cites: t.cites }) }
                            </dd>
                        </>
                    }
                }) }
            </dl>
        </Layout>
    }
}
