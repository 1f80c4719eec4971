//! `cargo run -p kyr-content --example check [content-dir]`: checks the content and prints every
//! problem, or a short summary. The app's build runs the same checks.
fn main() {
    let root = std::env::args().nth(1).unwrap_or_else(|| "content".into());
    match kyr_content::load(std::path::Path::new(&root)) {
        Ok(c) => println!(
            "content OK: {} scenarios, {} provisions, {} help lines, {} locales",
            c.scenarios.len(),
            c.provisions.len(),
            c.resources.len(),
            c.locales.len()
        ),
        Err(d) => {
            eprint!("{d}");
            std::process::exit(1);
        }
    }
}
