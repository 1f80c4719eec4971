//! A piece of a page drawn by its own component.
//!
//! Pages are plain functions (a component per page costs WebAssembly for no benefit), but Yew
//! gives the browser a turn only between components: a long page drawn as one piece would take
//! over (hydrate) in one long task, and a tap in that time would wait. So long pages draw their
//! sections through [`part`]: one component type, any number of pieces.

use std::rc::Rc;

use yew::prelude::*;

#[derive(Properties)]
pub struct PartProps {
    pub draw: Rc<dyn Fn() -> Html>,
}

impl PartialEq for PartProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.draw, &other.draw)
    }
}

#[component]
fn Part(props: &PartProps) -> Html {
    (props.draw)()
}

/// A section of a page, drawn (and taken over in the browser) as a piece of its own.
pub fn part(draw: impl Fn() -> Html + 'static) -> Html {
    let draw: Rc<dyn Fn() -> Html> = Rc::new(draw);
    html! { <Part {draw} /> }
}
