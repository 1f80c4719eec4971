//! `audit`: every page of every language in the built `dist/`, not a sample.
//!
//! - **Static checks** over the files (no browser needed): a title, `lang` and `dir` on `<html>`
//!   (a shipped language, in its direction), exactly one `h1`; every internal link and resource
//!   resolves to a file (and a `#fragment` to an element of that page); every external link is
//!   https on the research base's allowed list (or the quick exit, report or site address); no
//!   resource from another origin.
//! - **The Nu HTML Checker** (`vnu-jar` from npm, run offline with Java): zero errors.
//! - **In the browser** (`tests/audit.rs`, through `cargo test --test audit`): axe-core with zero
//!   violations, and no console error or warning and no request to another origin, on every page.
//!
//! Prints a summary table and fails on any finding.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{fail, root};

/// One thing wrong with one page.
struct Finding {
    page: String,
    check: &'static str,
    detail: String,
}

/// Every HTML page under `dist`, as (site path, file).
fn pages(dist: &Path) -> Vec<(String, PathBuf)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in
            fs::read_dir(dir).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", dir.display())))
        {
            let p = entry.expect("a folder entry").path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "html") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(dist, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let rel = f.strip_prefix(dist).expect("under dist").to_string_lossy().replace('\\', "/");
            let path = match rel.strip_suffix("index.html") {
                Some(dir) => format!("/{}", dir.trim_end_matches('/')),
                None => format!("/{rel}"),
            };
            (if path.is_empty() { "/".into() } else { path }, f)
        })
        .collect()
}

/// `html` without the contents of `<template>`, `<script>` and `<!-- -->` (text that is not the
/// page's own markup until something puts it there).
fn markup_only(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let next = [("<template", "</template>"), ("<script", "</script>"), ("<!--", "-->")]
            .iter()
            .filter_map(|(open, close)| rest.find(open).map(|i| (i, *open, *close)))
            .min_by_key(|(i, ..)| *i);
        let Some((i, open, close)) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..i]);
        // Keep a script's own tag (its src is a resource to check), drop what it holds.
        let tag_end = rest[i..].find('>').map_or(rest.len(), |e| i + e + 1);
        if open == "<script" {
            out.push_str(&rest[i..tag_end]);
        }
        rest = match rest[i..].find(close) {
            Some(e) => &rest[i + e + close.len()..],
            None => "",
        };
    }
}

/// Each start tag in `html`: its name and its attributes (values decoded).
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').unwrap_or(rest.len());
        let inside = &rest[..end];
        rest = &rest[end.min(rest.len())..];
        if inside.starts_with(['/', '!']) {
            continue;
        }
        let name_end = inside.find(|c: char| c.is_whitespace() || c == '/').unwrap_or(inside.len());
        let name = inside[..name_end].to_ascii_lowercase();
        let mut attrs = Vec::new();
        let mut a = &inside[name_end..];
        loop {
            a = a.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if a.is_empty() {
                break;
            }
            let key_end = a.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(a.len());
            let key = a[..key_end].to_ascii_lowercase();
            a = &a[key_end..];
            let value = if let Some(v) = a.strip_prefix("=\"") {
                let close = v.find('"').unwrap_or(v.len());
                a = &v[(close + 1).min(v.len())..];
                v[..close].to_string()
            } else {
                String::new()
            };
            let value = value
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            attrs.push((key, value));
        }
        out.push((name, attrs));
    }
    out
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// The host of an absolute address.
fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    Some(rest.split(['/', '?', '#', ':']).next().unwrap_or(rest))
}

/// The static checks of one page; `ids` gives (and caches) the element ids of any page.
fn check_page(
    dist: &Path,
    path: &str,
    html: &str,
    ids: &mut HashMap<PathBuf, Vec<String>>,
    allowed: &[String],
    out: &mut Vec<Finding>,
) {
    let mut find =
        |check: &'static str, detail: String| out.push(Finding { page: path.into(), check, detail });
    let markup = markup_only(html);
    let tags = tags(&markup);
    // <html lang dir>, in a shipped language and its direction.
    match tags.iter().find(|(n, _)| n == "html") {
        Some((_, a)) => {
            let (lang, dir) = (attr(a, "lang").unwrap_or_default(), attr(a, "dir").unwrap_or_default());
            match kyr_chicago::content::locale(lang) {
                Some(l) if l.dir.as_str() == dir => {}
                Some(l) => {
                    find("lang and dir", format!("dir=\"{dir}\" on a page in {} ({})", lang, l.dir.as_str()))
                }
                None => find("lang and dir", format!("lang=\"{lang}\" is not a shipped language")),
            }
        }
        None => find("lang and dir", "no <html> tag".into()),
    }
    let title = markup.split("<title>").nth(1).and_then(|t| t.split("</title>").next()).unwrap_or_default();
    if title.trim().is_empty() {
        find("title", "no title".into());
    }
    let h1 = tags.iter().filter(|(n, _)| n == "h1").count();
    if h1 != 1 {
        find("one h1", format!("{h1} h1 elements"));
    }
    // Links and resources.
    for (name, a) in &tags {
        for key in ["href", "src"] {
            let Some(url) = attr(a, key) else { continue };
            let is_resource = key == "src"
                || (name == "link"
                    && attr(a, "rel").is_some_and(|r| ["stylesheet", "icon", "manifest"].contains(&r)));
            if url.starts_with("http://") || url.starts_with("https://") || url.starts_with("//") {
                if is_resource {
                    find("no other origin", format!("<{name} {key}=\"{url}\"> loads from another origin"));
                } else if !url.starts_with("https://") {
                    find("external links", format!("{url} is not https"));
                } else if !host(url)
                    .is_some_and(|h| allowed.iter().any(|d| h == d || h.ends_with(&format!(".{d}"))))
                {
                    find(
                        "external links",
                        format!("{url} is not on the allowed list (content/sources.toml)"),
                    );
                }
                continue;
            }
            if ["mailto:", "tel:", "sms:"].iter().any(|s| url.starts_with(s)) && !is_resource {
                continue;
            }
            if url.contains(':') && !url.starts_with('/') && !url.starts_with('#') {
                find("internal links", format!("{key}=\"{url}\": an address of an unknown kind"));
                continue;
            }
            // Internal: a path from the site's root (or this page's own fragment, or itself).
            let (target, fragment) = match url.split_once('#') {
                Some((t, f)) => (t, Some(f)),
                None => (url, None),
            };
            let target = target.split('?').next().unwrap_or_default();
            let file = if target.is_empty() {
                Some(if path.ends_with(".html") {
                    dist.join(path.trim_start_matches('/'))
                } else {
                    dist.join(path.trim_start_matches('/')).join("index.html")
                })
            } else if let Some(t) = target.strip_prefix('/') {
                let f = dist.join(t);
                if f.is_file() {
                    Some(f)
                } else if f.join("index.html").is_file() {
                    Some(f.join("index.html"))
                } else {
                    find("internal links", format!("{key}=\"{url}\" has no file"));
                    None
                }
            } else {
                find("internal links", format!("{key}=\"{url}\" is relative to the page, not the site"));
                None
            };
            if let (Some(file), Some(fragment)) = (file, fragment.filter(|f| !f.is_empty())) {
                let known = ids.entry(file.clone()).or_insert_with(|| {
                    let text = fs::read_to_string(&file).unwrap_or_default();
                    tags_ids(&markup_only(&text))
                });
                if !known.iter().any(|i| i == fragment) {
                    find("internal links", format!("{key}=\"{url}\": no element with id {fragment:?}"));
                }
            }
        }
    }
}

fn tags_ids(markup: &str) -> Vec<String> {
    tags(markup).into_iter().filter_map(|(_, a)| attr(&a, "id").map(str::to_string)).collect()
}

/// The Nu HTML Checker's errors for `files` (in batches, one Java process each).
fn nu_errors(root: &Path, files: &[(String, PathBuf)], out: &mut Vec<Finding>) {
    let jar = root.join("node_modules/vnu-jar/build/dist/vnu.jar");
    if !jar.is_file() {
        fail(&format!("{} is missing (scripts/setup installs it from npm)", jar.display()));
    }
    let by_url: HashMap<String, &str> =
        files.iter().map(|(p, f)| (format!("file:{}", f.display()), p.as_str())).collect();
    for batch in files.chunks(500) {
        let result = Command::new("java")
            .arg("-jar")
            .arg(&jar)
            .args(["--errors-only", "--exit-zero-always", "--format", "json"])
            .args(batch.iter().map(|(_, f)| f))
            .output()
            .unwrap_or_else(|e| fail(&format!("cannot run java: {e} (scripts/setup --test installs it)")));
        let report: serde_json::Value = serde_json::from_slice(&result.stderr).unwrap_or_else(|e| {
            fail(&format!(
                "the Nu HTML Checker said something else than its report ({e}):\n{}",
                String::from_utf8_lossy(&result.stderr)
            ))
        });
        for m in report["messages"].as_array().into_iter().flatten() {
            let url = m["url"].as_str().unwrap_or_default();
            let page = by_url.get(url).copied().unwrap_or(url);
            out.push(Finding {
                page: page.to_string(),
                check: "Nu HTML Checker",
                detail: format!("line {}: {}", m["lastLine"], m["message"].as_str().unwrap_or_default()),
            });
        }
    }
}

pub(crate) fn audit() {
    let root = root();
    let dist = root.join("dist");
    if !dist.join("index.html").is_file() {
        fail("dist/ is not built: run `cargo run -p xtask -- build` first");
    }
    let files = pages(&dist);
    let mut allowed: Vec<String> =
        kyr_chicago::content::ALLOWED_DOMAINS.iter().map(|d| d.to_string()).collect();
    let settings = [Some(kyr_chicago::config::QUICK_EXIT_URL), kyr_chicago::config::REPORT_URL];
    allowed.extend(settings.into_iter().flatten().filter_map(host).map(str::to_string));
    if let Ok(site) = std::env::var("KYR_SITE_URL") {
        allowed.extend(host(&site).map(str::to_string));
    }

    let mut findings = Vec::new();
    let mut ids = HashMap::new();
    for (path, file) in &files {
        let html = fs::read_to_string(file)
            .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", file.display())));
        check_page(&dist, path, &html, &mut ids, &allowed, &mut findings);
    }
    nu_errors(&root, &files, &mut findings);

    println!("\n== Audit of {} pages (static checks and the Nu HTML Checker)", files.len());
    let checks = [
        "lang and dir",
        "title",
        "one h1",
        "internal links",
        "external links",
        "no other origin",
        "Nu HTML Checker",
    ];
    let mut by_check: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in &findings {
        by_check.entry(f.check).or_default().push(f);
    }
    println!("  {:<20} {:>8} {:>9}", "check", "pages", "findings");
    for c in checks {
        let found = by_check.get(c).map_or(0, Vec::len);
        println!("  {c:<20} {:>8} {found:>9}", files.len());
    }
    for f in findings.iter().take(50) {
        println!("  {} — {}: {}", f.page, f.check, f.detail);
    }
    if findings.len() > 50 {
        println!("  … and {} more", findings.len() - 50);
    }

    // The browser half, in two processes at once (one per core; the first builds the test and
    // the second waits for it): each prints its own table and fails on its own findings.
    let shards = 2;
    let children: Vec<_> = (0..shards)
        .map(|i| {
            Command::new(env!("CARGO"))
                .current_dir(&root)
                .env("KYR_AUDIT_SHARD", format!("{i}/{shards}"))
                .args(["test", "-q", "--test", "audit", "--", "--nocapture"])
                .spawn()
                .unwrap_or_else(|e| fail(&format!("cannot run cargo test --test audit: {e}")))
        })
        .collect();
    let results: Vec<bool> = children.into_iter().map(|mut c| c.wait().is_ok_and(|s| s.success())).collect();
    let browser_ok = results.iter().all(|ok| *ok);

    if !findings.is_empty() || !browser_ok {
        fail(&format!(
            "the audit found {} problem(s) in the files{}",
            findings.len(),
            if browser_ok { "" } else { ", and the browser half failed (above)" }
        ));
    }
    println!("xtask: audit passed");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_their_attributes_are_read_as_written() {
        let t = tags("<a class=\"x\" href=\"/en?a=1&amp;b=2\">x</a><input hidden><br/>");
        assert_eq!(t[0].0, "a");
        assert_eq!(attr(&t[0].1, "href"), Some("/en?a=1&b=2"));
        assert_eq!(t[1].0, "input");
        assert_eq!(attr(&t[1].1, "hidden"), Some(""));
        assert_eq!(t[2].0, "br");
        assert_eq!(
            markup_only(
                "<p>a</p><template><h1>x</h1></template><script src=\"/s.js\">var h1</script><!-- <h1> -->"
            ),
            "<p>a</p><script src=\"/s.js\">"
        );
        assert_eq!(host("https://www.example.org:8443/x"), Some("www.example.org"));
    }
}
