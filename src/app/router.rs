//! The router: the current page's address as a Yew context, links that change it without loading
//! a page, and the browser's Back and Forward.
//!
//! Written here rather than taken from yew-router: the app needs only this much, and yew-router
//! (with gloo-history and serde-wasm-bindgen, which it pulls in for history state the app never
//! uses) cost about 40 KB of WebAssembly that every resident downloads.

use yew::prelude::*;

use super::Route;

/// The current page, and how to go to another.
#[derive(Clone, PartialEq)]
pub struct Location {
    pub route: Route,
    navigate: Callback<Route>,
}

impl Location {
    /// A location that cannot change (the server renderer draws one address).
    pub fn fixed(route: Route) -> Location {
        Location { route, navigate: Callback::noop() }
    }

    /// A location whose `navigate` goes to another page.
    pub fn new(route: Route, navigate: Callback<Route>) -> Location {
        Location { route, navigate }
    }
}

/// The current page's route, if the page is inside the app's router.
#[hook]
pub fn use_route() -> Option<Route> {
    use_context::<Location>().map(|l| l.route)
}

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    /// Where the link goes.
    pub to: Route,
    #[prop_or_default]
    /// The link's class (a plain value: Yew's `Classes` brings a hash set into the WebAssembly).
    pub classes: Option<&'static str>,
    #[prop_or_default]
    pub children: Html,
}

/// A link to another page of the site. A real link (it works before the WebAssembly arrives, and
/// opens in a new tab as any link does); to a page the app draws, a plain click changes the page
/// without loading one.
#[component]
pub fn Link(props: &LinkProps) -> Html {
    let location = use_context::<Location>();
    // On an embed page (rendered ahead of time only): a plain link, in the frame for the walk.
    #[cfg(not(target_arch = "wasm32"))]
    if use_context::<crate::embed::Embedded>().is_some() {
        return crate::embed::embed_link(props);
    }
    // A page the app does not draw (`Route::in_app`): a plain link that loads it.
    if !props.to.in_app() {
        return anchor(props, None);
    }
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |e: MouseEvent| {
            let plain = e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key());
            if let (true, Some(location)) = (plain, &location) {
                e.prevent_default();
                location.navigate.emit(to.clone());
            }
        })
    };
    anchor(props, Some(onclick))
}

/// `<a href class>`, the class a plain attribute (`components::with_attributes`).
fn anchor(props: &LinkProps, onclick: Option<Callback<MouseEvent>>) -> Html {
    let a = html! { <a {onclick}>{ props.children.clone() }</a> };
    let values = vec![Some(props.to.to_path().into()), props.classes.map(AttrValue::from)];
    crate::components::with_attributes(a, &["href", "class"], values)
}
