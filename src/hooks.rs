//! Custom hooks.

use yew::prelude::*;

use crate::content;
use crate::i18n::I18n;

/// The active locale's messages, from the nearest `ContextProvider<I18n>` (set by `app::switch`),
/// or the default locale.
#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n::new(content::default_locale()))
}

/// After each render of a new page: sets the document's title, `lang` and `dir`; on navigation
/// (not the first load) moves focus to the heading and announces the title. An effect, so the server renderer (which runs no effects) never touches browser APIs;
/// pre-rendered pages get title and language from the page template instead.
#[hook]
pub fn use_page_effects(title: String) {
    let i18n = use_i18n();
    use_effect_with((title, i18n.locale.code), move |(title, code)| {
        let doc = gloo::utils::document();
        doc.set_title(title);
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", code);
            let _ = root.set_attribute("dir", i18n.locale.dir.as_str());
        }
        // Marks the page as taken over by the app, and ready (tests and styles can tell; on the
        // pages the app does not draw, js/site.js marks them ready).
        let _ = root_set(&doc, "data-hydrated", "yes");
        let _ = root_set(&doc, "data-ready", "yes");
        crate::browser::after_navigation(title);
    });
}

fn root_set(doc: &web_sys::Document, name: &str, value: &str) -> Option<()> {
    doc.document_element()?.set_attribute(name, value).ok()
}
