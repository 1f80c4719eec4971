//! The browser half of `cargo run -p xtask -- audit` (not part of `cargo test`: the audit runs it,
//! and the test command runs the audit). Every page of the built site, in every language, not a
//! sample: the site's pages once the app has taken them over, the embed pages, the embed code
//! pages, the presenter view's decks (every slide shown at once, notes open), the phone quiz and
//! the not-found page. On each: axe-core with zero violations, no console error or
//! warning, and no request to another origin. Prints a summary table; fails on any finding.

mod harness;

use std::time::Instant;

use harness::{axe_source, Browser, AXE_OPTIONS};
use serde_json::json;

#[tokio::test]
async fn every_page_in_the_browser() {
    let started = Instant::now();
    let mut b = Browser::open().await;
    let site = kyr_chicago::app::all_paths();
    let embed = kyr_chicago::embed::embed_paths();
    let code = kyr_chicago::embed::code_page_paths();
    let decks = kyr_chicago::trainer::deck_paths();
    let quizzes = kyr_chicago::trainer::quiz_paths();
    // `KYR_AUDIT_SHARD=i/n`: this process checks every n-th page from the i-th (the audit runs
    // two at once, one per core).
    let (shard, shards) = std::env::var("KYR_AUDIT_SHARD")
        .ok()
        .and_then(|s| {
            s.split_once('/').and_then(|(i, n)| Some((i.parse::<usize>().ok()?, n.parse::<usize>().ok()?)))
        })
        .filter(|(i, n)| i < n)
        .unwrap_or((0, 1));
    let mine = |paths: Vec<String>| -> Vec<String> {
        paths.into_iter().enumerate().filter(|(i, _)| i % shards == shard).map(|(_, p)| p).collect()
    };
    let kinds: [(&str, Vec<String>); 6] = [
        ("site", mine(site)),
        ("embed", mine(embed)),
        ("embed code", mine(code)),
        ("presenter", mine(decks)),
        ("quiz", mine(quizzes)),
        (
            "not found",
            if shard == 0 { vec!["/no-such-page".into()] } else { vec!["/ar/no/such/page".into()] },
        ),
    ];
    let mut findings: Vec<String> = Vec::new();
    let mut rows = Vec::new();
    let mut done = 0;
    // axe-core in every page from the start, instead of sent anew to each.
    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": axe_source() })).await;
    for (kind, paths) in kinds {
        let (mut axe, mut console, mut foreign) = (0, 0, 0);
        for path in &paths {
            if kind == "not found" {
                b.goto_missing(path).await;
            } else {
                b.goto(path).await;
            }
            // Ready (the app has taken the page over or drawn it, or a page without the app has
            // run its script), then axe-core: one script, which waits without polling.
            let ready = if matches!(kind, "site" | "not found" | "quiz") {
                "document.documentElement.dataset.ready === 'yes' && !!document.querySelector('main h1')"
            } else {
                "document.readyState === 'complete'"
            };
            // A presenter deck shows one slide at a time: check them all at once, notes open.
            let everything = if kind == "presenter" {
                "document.documentElement.classList.add('show-notes'); for (const s of document.querySelectorAll('.slide')) s.style.display = 'grid';"
            } else {
                ""
            };
            let result = b
                .js_async(&format!(
                    "new Promise(done => {{
                        const ready = () => {ready};
                        if (ready()) return done();
                        const o = new MutationObserver(() => ready() && (o.disconnect(), done()));
                        o.observe(document, {{ subtree: true, childList: true, attributes: true }});
                        addEventListener('load', () => ready() && (o.disconnect(), done()));
                    }}).then(() => {{ {everything} return axe.run(document, {AXE_OPTIONS}) }})
                      .then(r => r.violations.map(v => v.id + ' (' + v.help + '): ' + v.nodes.map(n => n.target.join(' ')).join(', ')))"
                ))
                .await;
            match result.as_array() {
                Some(violations) => {
                    for v in violations {
                        axe += 1;
                        findings.push(format!("{path} — axe-core: {}", v.as_str().unwrap_or_default()));
                    }
                }
                None => {
                    axe += 1;
                    findings.push(format!("{path} — not ready, or axe-core failed: {result}"));
                }
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
            done += 1;
            if done % 200 == 0 {
                println!("  … part {}: {done} pages in {:.0} s", shard + 1, started.elapsed().as_secs_f64());
            }
        }
        rows.push((kind, paths.len(), axe, console, foreign));
    }
    println!(
        "\n== Audit in the browser (headless Chromium), part {} of {shards}, {:.0} s",
        shard + 1,
        started.elapsed().as_secs_f64()
    );
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
