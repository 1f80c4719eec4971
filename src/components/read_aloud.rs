//! An optional "Read aloud" button using the browser's own speech synthesis in the page's
//! language. Rendered hidden, and shown only once the browser says it can speak.

use yew::prelude::*;

use crate::content::msg;
use crate::hooks::use_i18n;

#[component]
pub fn ReadAloud() -> Html {
    let i18n = use_i18n();
    let available = use_state(|| false);
    let speaking = use_state(|| false);
    {
        let available = available.clone();
        use_effect_with((), move |_| available.set(crate::browser::speech_available()));
    }
    let onclick = {
        let speaking = speaking.clone();
        let lang = i18n.locale.code;
        Callback::from(move |_: MouseEvent| speaking.set(crate::browser::toggle_read_aloud(lang)))
    };
    let label = if *speaking { msg::READ_ALOUD_STOP } else { msg::READ_ALOUD };
    html! {
        <p class="read-aloud no-print" hidden={!*available}>
            <button type="button" class="button-secondary" {onclick} aria-pressed={speaking.to_string()}>
                { i18n.t(label) }
            </button>
        </p>
    }
}
