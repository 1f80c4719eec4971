//! `dist/_headers`: the HTTP headers every page needs, in the format Netlify and Cloudflare Pages
//! read. `frame-ancestors` works only as a header (browsers ignore it in a `<meta>` policy), so
//! the policy travels both ways: the page's `<meta>` for hosts that cannot send headers, and this
//! file. Only the embed pages (`/embed/…`) may be framed, by any site; every other page by none.
//! The development server (`crates/devserver`) reads this same file, so tests see what a host
//! sends.
//!
//! Every response also gets `Referrer-Policy: no-referrer`, `X-Content-Type-Options: nosniff`, and
//! a `Permissions-Policy` that turns off what the site never uses. Files whose names carry their
//! content's hash (the app, its glue, the boot module, the stylesheet, the message parts) may be
//! kept for a year; pages are checked again each time (`no-cache`), so a corrected answer shows
//! at once.
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

/// Browser features the site never uses, turned off for it and for anything it might frame. Only
/// names Chromium and WebKit know (an unknown name is an error in the console). Sharing
/// (`web-share`, `clipboard-write`) stays on: the share control uses it.
pub(crate) const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), camera=(), display-capture=(), \
     encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), \
     magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), \
     publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

/// The files named with their content's hash (`build.rs`): safe to keep for a year.
pub(crate) const HASHED: [&str; 4] = ["/app-*", "/boot-*", "/style-*", "/messages/*"];

pub(crate) fn write_headers(dist: &Path, template: &str, locales: &[&str]) {
    let policy = meta_policy(template);
    let mut out = String::from(
        "# Written by `cargo run -p xtask -- build` (crates/xtask/src/headers.rs); the README's Deploy\n\
         # section says which hosts read it.\n",
    );
    out.push_str(&format!(
        "/embed/*\n  Content-Security-Policy: {policy}; frame-ancestors *\n  Cache-Control: no-cache\n"
    ));
    let mut pages = vec!["/".to_string(), "/404.html".to_string()];
    for l in locales {
        pages.push(format!("/{l}"));
        pages.push(format!("/{l}/*"));
    }
    for p in pages {
        out.push_str(&format!(
            "{p}\n  Content-Security-Policy: {policy}; frame-ancestors 'none'\n  X-Frame-Options: DENY\n  Cache-Control: no-cache\n"
        ));
    }
    for p in HASHED {
        out.push_str(&format!("{p}\n  Cache-Control: public, max-age=31536000, immutable\n"));
    }
    out.push_str(&format!(
        "/*\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n  Permissions-Policy: {PERMISSIONS_POLICY}\n"
    ));
    fs::write(dist.join("_headers"), out)
        .unwrap_or_else(|e| fail(&format!("cannot write dist/_headers: {e}")));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The nginx and Caddy examples in `docs/deploy/` send what `_headers` sends.
    #[test]
    fn the_server_examples_send_the_same_headers() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let template = fs::read_to_string(root.join("index.html")).expect("index.html");
        let policy = meta_policy(&template);
        for file in ["docs/deploy/nginx.conf", "docs/deploy/Caddyfile"] {
            let text = fs::read_to_string(root.join(file)).expect(file);
            for needed in [
                format!("{policy}; frame-ancestors *\""),
                format!("{policy}; frame-ancestors 'none'\""),
                format!("Permissions-Policy \"{PERMISSIONS_POLICY}\""),
                "Referrer-Policy \"no-referrer\"".into(),
                "X-Content-Type-Options \"nosniff\"".into(),
                "X-Frame-Options \"DENY\"".into(),
                "Cache-Control \"public, max-age=31536000, immutable\"".into(),
                "Cache-Control \"no-cache\"".into(),
            ] {
                assert!(text.contains(&needed), "{file} lacks {needed}");
            }
            // Each language's not-found page, for every shipped language.
            let codes: Vec<&str> = kyr_chicago::content::LOCALES.iter().map(|l| l.code).collect();
            let languages = format!("^/({})/", codes.join("|"));
            assert!(text.contains(&languages), "{file} lacks the languages' not-found pages ({languages})");
            for hashed in HASHED {
                let prefix = hashed.trim_start_matches('/').trim_end_matches('*');
                assert!(text.contains(prefix), "{file} does not keep {hashed} for a year");
            }
        }
    }
}
