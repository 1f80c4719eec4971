//! `dist/_headers`: the HTTP headers every page needs, in the format Netlify and Cloudflare Pages
//! read. `frame-ancestors` works only as a header (browsers ignore it in a `<meta>` policy), so
//! the policy travels both ways: the page's `<meta>` for hosts that cannot send headers, and this
//! file. Only the embed pages (`/embed/…`) may be framed, by any site; every other page by none.
//! The development server (`crates/devserver`) reads this same file, so tests see what a host
//! sends.
//!
//! No two rules give a path the same header: hosts that apply every matching rule would join the
//! two values into one policy.

use std::fs;
use std::path::Path;

use crate::fail;

/// The content security policy in `index.html`'s `<meta>`.
fn meta_policy(template: &str) -> String {
    let start = "http-equiv=\"Content-Security-Policy\" content=\"";
    let from = template.find(start).map(|i| i + start.len());
    let policy = from.and_then(|f| template[f..].find('"').map(|to| &template[f..f + to]));
    policy.unwrap_or_else(|| fail("index.html has no Content-Security-Policy <meta>")).to_string()
}

pub(crate) fn write_headers(dist: &Path, template: &str, locales: &[&str]) {
    let policy = meta_policy(template);
    let mut out = String::from(
        "# Written by `cargo run -p xtask -- build` (crates/xtask/src/headers.rs); the README's Deploy\n\
         # section says which hosts read it.\n",
    );
    out.push_str(&format!("/embed/*\n  Content-Security-Policy: {policy}; frame-ancestors *\n"));
    let mut pages = vec!["/".to_string(), "/404.html".to_string()];
    for l in locales {
        pages.push(format!("/{l}"));
        pages.push(format!("/{l}/*"));
    }
    for p in pages {
        out.push_str(&format!(
            "{p}\n  Content-Security-Policy: {policy}; frame-ancestors 'none'\n  X-Frame-Options: DENY\n"
        ));
    }
    out.push_str("/*\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n");
    fs::write(dist.join("_headers"), out)
        .unwrap_or_else(|e| fail(&format!("cannot write dist/_headers: {e}")));
}
