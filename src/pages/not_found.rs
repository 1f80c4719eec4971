//! The page for URLs that match nothing.

use yew::prelude::*;

use crate::app::{Link, Route};
use crate::components::Layout;
use crate::content::msg;
use crate::i18n::I18n;

pub fn not_found(i18n: I18n) -> Html {
    let home = Route::Home { lang: i18n.locale.code.to_string() };
    html! {
        <Layout title={i18n.t(msg::NOT_FOUND_TITLE)}>
            <div class="not-found">
                <h1>{ i18n.t(msg::NOT_FOUND_TITLE) }</h1>
                <p>{ i18n.t(msg::NOT_FOUND_BODY) }</p>
                <p><Link to={home}>{ i18n.t(msg::NOT_FOUND_HOME) }</Link></p>
            </div>
        </Layout>
    }
}
