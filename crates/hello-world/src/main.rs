//! The smallest Yew app: the budget report compares our WebAssembly with this one's.
use yew::prelude::*;

#[component]
fn App() -> Html {
    html! { <h1>{ "Hello, world" }</h1> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
