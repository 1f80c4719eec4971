//! The browser entry point: mounts the app on `<body>`.

fn main() {
    yew::Renderer::<kyr_chicago::App>::new().render();
}
