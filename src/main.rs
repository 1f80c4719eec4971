//! The browser entry point: mounts the app on `<div id="app">` (index.html).

fn main() {
    let root = gloo::utils::document().get_element_by_id("app").expect("index.html has <div id=\"app\">");
    // Replace the <noscript> fallback; the app draws everything inside the root.
    root.set_inner_html("");
    yew::Renderer::<kyr_chicago::App>::with_root(root).render();
}
