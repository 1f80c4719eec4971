//! Compiles `content/` into typed Rust (`$OUT_DIR/content.rs`, included by `src/content.rs`).
//! Any content problem stops the build with `file:line: message` for each one.

use std::path::Path;

/// The neutral site quick exit goes to; set `KYR_QUICK_EXIT_URL` at build time to change it.
const DEFAULT_QUICK_EXIT_URL: &str = "https://www.weather.gov/";

fn main() {
    println!("cargo:rerun-if-env-changed=KYR_QUICK_EXIT_URL");
    let exit_url = std::env::var("KYR_QUICK_EXIT_URL").unwrap_or_else(|_| DEFAULT_QUICK_EXIT_URL.into());
    if !exit_url.starts_with("https://") || exit_url.contains(['"', '\\', '<', '>', ' ']) {
        eprintln!("KYR_QUICK_EXIT_URL must be a plain https:// address, not {exit_url:?}");
        std::process::exit(1);
    }
    // Where readers report a mistake: the deploying group's issue tracker (https://) or e-mail
    // (mailto:). Without it the About page says to tell whoever shared the site.
    println!("cargo:rerun-if-env-changed=KYR_REPORT_URL");
    let report = std::env::var("KYR_REPORT_URL").ok().filter(|s| !s.is_empty());
    if let Some(r) = &report {
        if !(r.starts_with("https://") || r.starts_with("mailto:")) || r.contains(['"', '\\', '<', '>', ' '])
        {
            eprintln!("KYR_REPORT_URL must be a plain https:// or mailto: address, not {r:?}");
            std::process::exit(1);
        }
    }
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(
        Path::new(&out_dir).join("config.rs"),
        format!(
            "/// Where quick exit goes (build setting `KYR_QUICK_EXIT_URL`).\npub const QUICK_EXIT_URL: &str = {exit_url:?};\n\
             /// Where readers report a mistake (build setting `KYR_REPORT_URL`), if set.\npub const REPORT_URL: Option<&str> = {report:?};\n"
        ),
    )
    .expect("write config.rs");

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    println!("cargo:rerun-if-changed={}", root.display());
    for f in kyr_content::input_files(&root) {
        println!("cargo:rerun-if-changed={}", f.display());
    }
    match kyr_content::load(&root) {
        Ok(content) => {
            let out_dir = Path::new(&out_dir);
            std::fs::write(out_dir.join("content.rs"), kyr_content::generate_rust(&content))
                .expect("write content.rs");
            for (file, text) in kyr_content::bundle::all(&content) {
                std::fs::write(out_dir.join(&file), text).expect("write a message bundle");
            }
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
