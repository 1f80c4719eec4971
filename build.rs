//! Compiles `content/` into typed Rust (`$OUT_DIR/content.rs`, included by `src/content.rs`).
//! Any content problem stops the build with `file:line: message` for each one.

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    println!("cargo:rerun-if-changed={}", root.display());
    for f in kyr_content::input_files(&root) {
        println!("cargo:rerun-if-changed={}", f.display());
    }
    match kyr_content::load(&root) {
        Ok(content) => {
            let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("content.rs");
            std::fs::write(&out, kyr_content::generate_rust(&content)).expect("write content.rs");
        }
        Err(diags) => {
            eprintln!("\nThe content in {} has {} problem(s):\n", root.display(), diags.len());
            for d in diags.iter() {
                eprintln!("  {d}");
            }
            eprintln!();
            std::process::exit(1);
        }
    }
}
