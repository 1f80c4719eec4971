//! "Save for offline use": the only way the site ever keeps a copy of itself on the device, and
//! only when the person chooses it. Also removes the copy. Rendered ahead of time with the button
//! disabled-free; the app checks what the browser supports after it takes over.

use yew::prelude::*;

use crate::content::msg;
use crate::hooks::use_i18n;

#[derive(Clone, Copy, PartialEq)]
enum State {
    Unknown,
    Unavailable,
    NotSaved,
    Saving,
    Saved,
    Removed,
    Failed,
}

#[component]
pub fn OfflineCopy() -> Html {
    let i18n = use_i18n();
    let state = use_state(|| State::Unknown);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if !crate::browser::offline_supported() {
                    state.set(State::Unavailable);
                } else if crate::browser::offline_saved().await {
                    state.set(State::Saved);
                } else {
                    state.set(State::NotSaved);
                }
            });
        });
    }
    let save = {
        let state = state.clone();
        let lang = i18n.locale.code;
        Callback::from(move |_: MouseEvent| {
            let state = state.clone();
            state.set(State::Saving);
            wasm_bindgen_futures::spawn_local(async move {
                match crate::browser::save_offline(lang).await {
                    Ok(()) => state.set(State::Saved),
                    Err(_) => state.set(State::Failed),
                }
            });
        })
    };
    let remove = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                crate::browser::remove_offline().await;
                state.set(State::Removed);
            });
        })
    };
    let status = match *state {
        State::Unknown | State::NotSaved => None,
        State::Unavailable => Some(msg::OFFLINE_UNAVAILABLE),
        State::Saving => Some(msg::OFFLINE_SAVING),
        State::Saved => Some(msg::OFFLINE_SAVED),
        State::Removed => Some(msg::OFFLINE_REMOVED),
        State::Failed => Some(msg::OFFLINE_ERROR),
    };
    html! {
        <section class="offline no-print" aria-labelledby="offline-heading">
            <h2 id="offline-heading">{ i18n.t(msg::OFFLINE_HEADING) }</h2>
            <p>{ i18n.t(msg::OFFLINE_EXPLAIN) }</p>
            <p class="offline-status" role="status">{ status.map(|k| i18n.t(k)).unwrap_or_default() }</p>
            if *state == State::Saved {
                <button type="button" class="button-secondary offline-remove" onclick={remove}>{ i18n.t(msg::OFFLINE_REMOVE) }</button>
            } else if *state != State::Unavailable {
                <button type="button" class="button offline-save" onclick={save} disabled={*state == State::Saving || *state == State::Unknown}>
                    { i18n.t(msg::OFFLINE_SAVE) }
                </button>
            }
        </section>
    }
}
