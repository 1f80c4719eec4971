//! "Save for offline use": the only way the site ever keeps a copy of itself on the device, and
//! only when the person chooses it. Also removes the copy. Markup only: the pages' script
//! (`js/site.js`) checks what the browser supports, answers the buttons and shows the status
//! line's messages (carried in `data-*`, in the page's language).

use yew::prelude::*;

use crate::content::msg;
use crate::i18n::I18n;

pub fn offline_copy(i18n: I18n) -> Html {
    html! {
        <section class="offline no-print" aria-labelledby="offline-heading"
                 data-unavailable={i18n.t(msg::OFFLINE_UNAVAILABLE)} data-saving={i18n.t(msg::OFFLINE_SAVING)}
                 data-saved={i18n.t(msg::OFFLINE_SAVED)} data-removed={i18n.t(msg::OFFLINE_REMOVED)}
                 data-error={i18n.t(msg::OFFLINE_ERROR)}>
            <h2 id="offline-heading">{ i18n.t(msg::OFFLINE_HEADING) }</h2>
            <p>{ i18n.t(msg::OFFLINE_EXPLAIN) }</p>
            <p class="offline-status" role="status"></p>
            <button type="button" class="button-secondary offline-remove" hidden=true>{ i18n.t(msg::OFFLINE_REMOVE) }</button>
            <button type="button" class="button offline-save" disabled=true>{ i18n.t(msg::OFFLINE_SAVE) }</button>
        </section>
    }
}
