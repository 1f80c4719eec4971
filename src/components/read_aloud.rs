//! An optional "Read aloud" button using the browser's own speech synthesis in the page's
//! language. Markup only: the pages' script (`js/site.js`) shows it where the browser can speak
//! (`.can-speak`), reads the page and marks the button pressed; the stylesheet shows the label
//! that fits.

use yew::prelude::*;

use crate::content::msg;
use crate::i18n::I18n;

pub fn read_aloud(i18n: I18n) -> Html {
    html! {
        <p class="read-aloud no-print">
            <button type="button" class="button-secondary" aria-pressed="false">
                <span class="read-start">{ i18n.t(msg::READ_ALOUD) }</span>
                <span class="read-stop">{ i18n.t(msg::READ_ALOUD_STOP) }</span>
            </button>
        </p>
    }
}
