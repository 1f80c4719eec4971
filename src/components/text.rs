//! Text in any direction: numbers, citations and English passages read left to right, unbroken,
//! in every language (in Arabic, the bidirectional algorithm would otherwise show "855-435-7693"
//! as "7693-435-855"). Messages of right-to-left languages have their own runs isolated at build
//! time (`kyr_content::bidi`); what the app fills in goes through here.

use yew::prelude::*;

use crate::i18n::{Arg, I18n, Piece};

/// A number or citation, isolated left to right and kept on one line.
pub fn ltr(text: impl Into<AttrValue>) -> Html {
    html! { <span dir="ltr" class="ltr">{ text.into() }</span> }
}

/// A message with its `Arg::Ltr` values (phone numbers, citations) printed by `ltr`.
pub fn message(i18n: &I18n, key: &str, args: &[(&str, Arg)]) -> Html {
    html! {
        <>
            { for i18n.pieces(key, args).into_iter().map(|p| match p {
                Piece::Text(t) => html! { { t } },
                Piece::Ltr(l) => ltr(l),
            }) }
        </>
    }
}
