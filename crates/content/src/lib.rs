//! The content pipeline of Know Your Rights Chicago.
//!
//! Legal content lives in human-edited files under `content/` (see `content/README.md`): a law
//! catalogue, help resources, one file per scenario, and one Fluent message catalogue per locale.
//! [`load`] reads and checks all of it; every problem is a [`Diagnostic`] naming the file and
//! line, so a lawyer or translator sees exactly what to fix. [`generate_rust`] turns checked content
//! into typed static Rust data that the app compiles in (the app's `build.rs` calls both).
//!
//! This crate is pure Rust with no browser or app types, so its rules are tested natively against
//! small broken fixtures (`tests/rules.rs`).

pub mod bidi;
pub mod bundle;
mod codegen;
mod diag;
mod ftl;
mod load;
mod model;
mod validate;

use std::path::Path;

pub use codegen::generate_rust;
pub use diag::{Diagnostic, Diagnostics};
pub use model::*;

/// Reads every content file under `root`, checks every rule, and returns the content or all the
/// problems found (never just the first).
pub fn load(root: &Path) -> Result<Content, Diagnostics> {
    let mut diags = Diagnostics::default();
    let raw = load::read_all(root, &mut diags);
    let content = validate::check(root, raw, &mut diags);
    if diags.is_empty() {
        Ok(content)
    } else {
        Err(diags)
    }
}

/// Every file `load` reads, so a build script can ask to be re-run only when one changes.
pub fn input_files(root: &Path) -> Vec<std::path::PathBuf> {
    load::all_files(root)
}
