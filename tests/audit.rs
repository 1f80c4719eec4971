//! The browser half of `cargo run -p xtask -- audit` (not part of `cargo test`: the audit runs it,
//! and the test command runs the audit). Every page of the built site, in every language, not a
//! sample: the site's pages once the app has taken them over, the embed pages, the embed code
//! pages and the not-found page. On each: axe-core with zero violations, no console error or
//! warning, and no request to another origin. Prints a summary table; fails on any finding.

mod harness;

use std::time::Instant;

use harness::Browser;
use serde_json::json;

#[tokio::test]
async fn every_page_in_the_browser() {
    let started = Instant::now();
    let mut b = Browser::open().await;
    let site = kyr_chicago::app::all_paths();
    let embed = kyr_chicago::embed::embed_paths();
    let code = kyr_chicago::embed::code_page_paths();
    let kinds: [(&str, Vec<String>); 4] =
        [("site", site), ("embed", embed), ("embed code", code), ("not found", vec!["/no-such-page".into()])];
    let mut findings: Vec<String> = Vec::new();
    let mut rows = Vec::new();
    for (kind, paths) in kinds {
        let (mut axe, mut console, mut foreign) = (0, 0, 0);
        for path in &paths {
            if kind == "not found" {
                b.goto_missing(path).await;
            } else {
                b.goto(path).await;
            }
            // Ready: the app has taken the page over (or drawn it), or a page without the app has
            // run its script.
            match kind {
                "site" | "not found" => b.wait_for_app().await,
                _ => {
                    b.wait_for("the page's script", || async {
                        (b.js("document.readyState").await == json!("complete")).then_some(())
                    })
                    .await
                }
            }
            for v in b.accessibility_violations().await {
                axe += 1;
                findings.push(format!("{path} — axe-core: {v}"));
            }
            let problems = b.problems().await;
            for p in problems {
                if p.starts_with("request to another origin") {
                    foreign += 1;
                } else {
                    console += 1;
                }
                findings.push(format!("{path} — {p}"));
            }
            for w in std::mem::take(&mut b.console_warnings) {
                console += 1;
                findings.push(format!("{path} — console warning: {w}"));
            }
            b.forget_everything_seen();
        }
        rows.push((kind, paths.len(), axe, console, foreign));
    }
    println!("\n== Audit in the browser (headless Chromium), {:.0} s", started.elapsed().as_secs_f64());
    println!(
        "  {:<12} {:>6} {:>10} {:>18} {:>14}",
        "pages", "count", "axe-core", "console (err/warn)", "other origins"
    );
    for (kind, n, axe, console, foreign) in &rows {
        println!("  {kind:<12} {n:>6} {axe:>10} {console:>18} {foreign:>14}");
    }
    for f in findings.iter().take(50) {
        println!("  {f}");
    }
    b.close().await;
    assert!(findings.is_empty(), "{} finding(s) in the browser (above)", findings.len());
}
