//! Size steps of the build: comments out of the stylesheet and template, terser on the JS glue,
//! short import names in the WebAssembly and its glue.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::{fail, run};

/// The JS glue minified by terser (from npm, installed by `scripts/setup`).
pub(crate) fn minify_js(root: &Path, dir: &Path, name: &str, js: &str) -> String {
    let input = dir.join(format!("{name}.in.js"));
    let output = dir.join(format!("{name}.min.js"));
    fs::write(&input, js).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", input.display())));
    run(Command::new(root.join("node_modules/.bin/terser"))
        .arg(&input)
        .args(["--module", "--compress", "--mangle", "-o"])
        .arg(&output));
    fs::read_to_string(&output).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", output.display())))
}

/// `text` (the file `file`) without the comments that run from `open` to `close`.
fn without_comments(text: &str, open: &str, close: &str, file: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        match rest[start..].find(close) {
            Some(end) => rest = &rest[start + end + close.len()..],
            None => fail(&format!("{file} has a comment that never ends")),
        }
    }
    out.push_str(rest);
    out
}

/// `css` without `/* … */` comments, indentation and blank lines. (The stylesheet has no string
/// holding `/*`.)
pub(crate) fn strip_css_comments(css: &str) -> String {
    let css = without_comments(css, "/*", "*/", "style/main.css");
    css.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n") + "\n"
}

/// `html` without its `<!-- … -->` comments, and without the blank lines they leave.
pub(crate) fn strip_comments(html: &str) -> String {
    let html = without_comments(html, "<!--", "-->", "index.html");
    html.lines().filter(|l| !l.trim().is_empty()).collect::<Vec<_>>().join("\n") + "\n"
}

pub(crate) fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Gives the WebAssembly's imports short names, in the module and in the JS glue alike.
/// wasm-bindgen names each import after the function plus a 16-digit hash
/// (`__wbg_fetch_c30fc2ed77d76a76`); the ~200 hashes appear in both files and are incompressible,
/// about 3 KB of brotli between them. A name is only renamed if the glue holds it exactly once,
/// as the key `name:` of the import object; anything unexpected leaves the files as they were.
pub(crate) fn minify_imports(wasm: &[u8], js: &str) -> (Vec<u8>, String) {
    fn leb(bytes: &[u8], at: &mut usize) -> Option<u64> {
        let mut result = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *bytes.get(*at)?;
            *at += 1;
            result |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(result);
            }
        }
        None
    }
    fn put_leb(out: &mut Vec<u8>, mut n: u64) {
        loop {
            let b = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                out.push(b);
                return;
            }
            out.push(b | 0x80);
        }
    }
    fn name(bytes: &[u8], at: &mut usize) -> Option<String> {
        let len = leb(bytes, at)? as usize;
        let s = String::from_utf8(bytes.get(*at..*at + len)?.to_vec()).ok()?;
        *at += len;
        Some(s)
    }
    fn short(mut n: usize) -> String {
        // a, b, …, z, A, …, Z, a0, … — never one of the glue's own identifiers, checked below.
        const FIRST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const REST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        let mut s = String::from(FIRST[n % FIRST.len()] as char);
        n /= FIRST.len();
        while n > 0 {
            n -= 1;
            s.push(REST[n % REST.len()] as char);
            n /= REST.len();
        }
        format!("_{s}")
    }
    let rewrite = || -> Option<(Vec<u8>, String)> {
        if wasm.get(..8)? != b"\0asm\x01\0\0\0" {
            return None;
        }
        let mut out = wasm[..8].to_vec();
        let mut js = js.to_string();
        let mut at = 8;
        let mut n = 0;
        while at < wasm.len() {
            let id = wasm[at];
            at += 1;
            let len = leb(wasm, &mut at)? as usize;
            let body = wasm.get(at..at + len)?;
            at += len;
            if id != 2 {
                out.push(id);
                put_leb(&mut out, len as u64);
                out.extend_from_slice(body);
                continue;
            }
            let mut p = 0;
            let count = leb(body, &mut p)?;
            let mut section = Vec::new();
            put_leb(&mut section, count);
            for _ in 0..count {
                let module = name(body, &mut p)?;
                let field = name(body, &mut p)?;
                let desc_start = p;
                match *body.get(p)? {
                    0 => {
                        p += 1;
                        leb(body, &mut p)?;
                    }
                    1 | 2 => {
                        p += if body[p] == 1 { 2 } else { 1 };
                        let flags = leb(body, &mut p)?;
                        leb(body, &mut p)?;
                        if flags & 1 == 1 {
                            leb(body, &mut p)?;
                        }
                    }
                    3 => p += 3,
                    _ => return None,
                }
                let key = format!("{field}:");
                let new = if js.matches(field.as_str()).count() == 1 && js.contains(&key) {
                    let s = short(n);
                    n += 1;
                    if js.contains(&format!("{s}:")) || js.contains(&format!("{s}(")) {
                        return None;
                    }
                    js = js.replacen(&key, &format!("{s}:"), 1);
                    s
                } else {
                    field
                };
                for s in [&module, &new] {
                    put_leb(&mut section, s.len() as u64);
                    section.extend_from_slice(s.as_bytes());
                }
                section.extend_from_slice(&body[desc_start..p]);
            }
            if p != body.len() {
                return None;
            }
            out.push(2);
            put_leb(&mut out, section.len() as u64);
            out.extend(section);
        }
        Some((out, js))
    };
    rewrite().unwrap_or_else(|| {
        eprintln!("xtask: the WebAssembly's imports were not as expected; left their names as they are");
        (wasm.to_vec(), js.to_string())
    })
}
