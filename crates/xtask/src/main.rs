//! The build helper (`cargo run -p xtask -- <command>`).
//!
//! - `build [--dev]`: compiles the app to WebAssembly, runs wasm-bindgen and (release only)
//!   wasm-opt, and writes the site to `dist/`: `index.html` from the template with hashed asset
//!   names and text from the English catalogue, the CSS, and the static files.
//! - `serve [--port N] [--dev]`: builds, then serves `dist/` on 127.0.0.1 and prints the URL, and
//!   an example partner page that embeds the app (`examples/embed-host/`) on the next port.
//! - `budget`: builds, then prints the size of every asset (raw, gzip, brotli), the first view of
//!   the home page and of an outcome page against the budget, our WebAssembly against a minimal Yew
//!   app built the same way, and Lighthouse's mobile run (slow 4G, 4x CPU) of both pages and of a
//!   plain static copy of the outcome page.
//! - `screenshots`: builds, then saves phone-size screenshots of key pages (light and dark) to
//!   `docs/screenshots/` with headless Chromium (`CHROME_PATH`, default /usr/bin/chromium).
//!
//! The tools come from `scripts/setup` (wasm-bindgen from crates.io, wasm-opt from npm). We do not
//! use Trunk: its current release needs a newer rustc than this project's, it takes about eight
//! minutes to install on every fresh machine, and the pre-rendering step a later issue adds needs
//! a helper like this one anyway.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

mod audit;
mod budget;
mod build;
mod compress;
mod headers;
mod minify;
mod prerender;
mod screenshots;

use budget::budget;
use build::build;
use screenshots::screenshots;

pub(crate) const APP_BIN: &str = "kyr-chicago";
pub(crate) const WASM_TARGET: &str = "wasm32-unknown-unknown";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let dev = args.iter().any(|a| a == "--dev");
    let port = args
        .iter()
        .position(|a| a == "--port")
        .and_then(|i| args.get(i + 1))
        .map(|p| p.parse::<u16>().unwrap_or_else(|_| fail(&format!("--port needs a number, got {p}"))))
        .unwrap_or(8080);
    match args.first().map(String::as_str) {
        Some("build") => {
            build(dev);
            ExitCode::SUCCESS
        }
        Some("serve") => {
            build(dev);
            let dist = root().join("dist");
            let server = kyr_devserver::start(&dist, port).unwrap_or_else(|e| {
                fail(&format!("cannot listen on 127.0.0.1:{port}: {e} (try --port with another number)"))
            });
            println!("\nKnow Your Rights Chicago is being served at {}/", server.url());
            // An example partner page on the next port: another origin, as a partner's site is.
            match kyr_devserver::start_host(
                &root().join("examples/embed-host"),
                port.wrapping_add(1),
                &server.url(),
            ) {
                Ok(host) => println!("An example partner page that embeds it: {}/", host.url()),
                Err(e) => println!(
                    "(The example partner page could not start on port {}: {e})",
                    port.wrapping_add(1)
                ),
            }
            println!("Press Ctrl+C to stop.");
            loop {
                std::thread::park();
            }
        }
        // `budget --sizes`: the built dist/ against the budget, for the test command (no rebuild,
        // no Lighthouse).
        Some("budget") if args.iter().any(|a| a == "--sizes") => {
            budget(true);
            ExitCode::SUCCESS
        }
        Some("budget") => {
            build(false);
            budget(false);
            ExitCode::SUCCESS
        }
        // `audit`: every page of the built dist/ (static checks, the Nu HTML Checker, and
        // axe-core, the console and other origins in the browser).
        Some("audit") => {
            audit::audit();
            ExitCode::SUCCESS
        }
        // `fuzz`: the garbage-input property tests, long (`PROPTEST_CASES`, 20,000 unless set).
        Some("fuzz") => {
            let cases = env::var("PROPTEST_CASES").unwrap_or_else(|_| "20000".into());
            println!("xtask: {cases} cases per property (set PROPTEST_CASES to change)");
            run(Command::new(env!("CARGO")).current_dir(root()).env("PROPTEST_CASES", &cases).args([
                "test",
                "--release",
                "-q",
                "--test",
                "garbage",
                "--test",
                "engine_props",
            ]));
            ExitCode::SUCCESS
        }
        Some("screenshots") => {
            build(dev);
            screenshots();
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: cargo run -p xtask -- build [--dev] | serve [--port N] [--dev] | budget [--sizes] | audit | fuzz | screenshots");
            ExitCode::from(2)
        }
    }
}

pub(crate) fn fail(msg: &str) -> ! {
    eprintln!("xtask: {msg}");
    std::process::exit(1);
}

pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repo root")
}

pub(crate) fn run(cmd: &mut Command) {
    let shown = format!("{cmd:?}");
    match cmd.status() {
        Ok(s) if s.success() => {}
        Ok(s) => fail(&format!("{shown} failed ({s})")),
        Err(e) => fail(&format!("cannot run {shown}: {e} (scripts/setup installs the tools)")),
    }
}

/// The toolchain the release WebAssembly is built with (`scripts/wasm-toolchain`, which
/// `scripts/setup` installs with its standard library's source): a dated nightly, because only
/// nightly can rebuild the standard library for size and with panics that abort at once. That
/// drops every panic message, source path and the formatting they pull in: 21 KB of brotli of
/// our module (see `docs/budget.txt`). Everything else (tests, lints, the native pre-renderer, the
/// `--dev` build, whose panics keep their messages) uses the stable toolchain.
pub(crate) const WASM_TOOLCHAIN: &str = include_str!("../../../scripts/wasm-toolchain").trim_ascii();

/// `cargo build` of `package` for the browser: the release build through [`WASM_TOOLCHAIN`] with
/// the standard library rebuilt for size; the `--dev` build with the stable toolchain.
pub(crate) fn wasm_cargo(dev: bool, package: &[&str]) -> Command {
    let mut cargo = if dev {
        Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
    } else {
        let mut c = Command::new("rustup");
        c.args(["run", WASM_TOOLCHAIN, "cargo"]);
        c
    };
    cargo.current_dir(root()).args(["build", "--target", WASM_TARGET]).args(package);
    if !dev {
        cargo
            .args(["--release", "-Zbuild-std=std,panic_abort", "-Zbuild-std-features=optimize_for_size"])
            // Only the WebAssembly: build scripts and proc-macros are built for this machine as usual.
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
                "-Zunstable-options -Cpanic=immediate-abort",
            );
    }
    cargo
}

pub(crate) fn target_dir(root: &Path) -> PathBuf {
    env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"))
}
