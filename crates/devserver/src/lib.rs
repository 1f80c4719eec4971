//! A small static file server for the built site (`dist/`): every page is a pre-rendered
//! `index.html` in its own folder; an address with no page is answered with the nearest
//! `404.html` up its path (status 404: `/es/404.html` under `/es/`), where the app says what did
//! not match. Used by `scripts/serve` and started in-process by
//! the browser tests.
//!
//! It listens on loopback only and serves GET and HEAD; it is not meant for production hosting.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;

/// A running server; it stops when the process ends, or on [`Server::stop`].
pub struct Server {
    pub addr: SocketAddr,
    stopped: Arc<AtomicBool>,
}

impl Server {
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops answering: from now on every connection is closed at once, as if the network were
    /// gone (the offline test takes the server away this way).
    pub fn stop(&self) {
        self.stopped.store(true, Ordering::SeqCst);
    }
}

/// Starts serving `root` on `127.0.0.1:port` (0 picks a free port) in background threads, with
/// the headers `root/_headers` gives each path (the file static hosts read; the build writes it).
pub fn start(root: &Path, port: u16) -> std::io::Result<Server> {
    start_with(root, port, None)
}

/// Serves the example host page (`examples/embed-host/`) the way a partner's site would: on its
/// own port (so another origin than the app), with `{{app}}` in its pages replaced by the app's
/// address.
pub fn start_host(dir: &Path, port: u16, app: &str) -> std::io::Result<Server> {
    start_with(dir, port, Some(app.to_string()))
}

fn start_with(root: &Path, port: u16, app: Option<String>) -> std::io::Result<Server> {
    let listener = TcpListener::bind(("127.0.0.1", port))?;
    let addr = listener.local_addr()?;
    let root = root.to_path_buf();
    let rules = Arc::new(match std::fs::read_to_string(root.join("_headers")) {
        Ok(text) => parse_headers(&text),
        Err(_) => Vec::new(),
    });
    let app = Arc::new(app);
    let stopped = Arc::new(AtomicBool::new(false));
    let stop = stopped.clone();
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            if stop.load(Ordering::SeqCst) {
                drop(stream);
                continue;
            }
            let (root, rules, app) = (root.clone(), rules.clone(), app.clone());
            thread::spawn(move || {
                let _ = handle(stream, &root, &rules, app.as_deref());
            });
        }
    });
    Ok(Server { addr, stopped })
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Maps a request path to a file under `root`, refusing anything that climbs out of it.
fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let path = url_path.split(['?', '#']).next().unwrap_or("/");
    let mut out = root.to_path_buf();
    for c in Path::new(path.trim_start_matches('/')).components() {
        match c {
            Component::Normal(p) => out.push(p),
            Component::CurDir => {}
            _ => return None,
        }
    }
    Some(out)
}

/// Header rules in the `_headers` format: a path pattern (exact, or ending in `*` for everything
/// under it) on its own line, then indented `Name: value` lines.
type Rules = Vec<(String, Vec<(String, String)>)>;

pub fn parse_headers(text: &str) -> Rules {
    let mut rules: Rules = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !line.starts_with(char::is_whitespace) {
            rules.push((line.trim().to_string(), Vec::new()));
        } else if let (Some((name, value)), Some(rule)) = (line.split_once(':'), rules.last_mut()) {
            rule.1.push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    rules
}

/// The headers every matching rule gives `path` (as Netlify and Cloudflare Pages apply them).
pub fn headers_for<'a>(rules: &'a Rules, path: &str) -> Vec<&'a (String, String)> {
    let path = path.split(['?', '#']).next().unwrap_or("/");
    rules
        .iter()
        .filter(|(pattern, _)| match pattern.strip_suffix('*') {
            Some(prefix) => path.starts_with(prefix),
            None => pattern == path,
        })
        .flat_map(|(_, headers)| headers)
        .collect()
}

fn handle(stream: TcpStream, root: &Path, rules: &Rules, app: Option<&str>) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read the headers; only Accept-Encoding changes the answer (precompressed .br / .gz files).
    let mut line = String::new();
    let mut accepts = String::new();
    while reader.read_line(&mut line)? > 2 {
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("accept-encoding") {
                accepts = value.trim().to_ascii_lowercase();
            }
        }
        line.clear();
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let mut extra = String::new();
    for (name, value) in headers_for(rules, target) {
        extra.push_str(&format!("{name}: {value}\r\n"));
    }
    let extra = extra.as_str();
    let mut out = stream;
    // The hosts' own settings files are not pages.
    if matches!(target.split(['?', '#']).next(), Some("/_headers" | "/_redirects")) {
        return respond(&mut out, "404 Not Found", "text/plain", b"not found", method, extra);
    }
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut out,
            "405 Method Not Allowed",
            "text/plain",
            b"method not allowed",
            method,
            extra,
        );
    }
    let Some(mut file) = resolve(root, target) else {
        return respond(&mut out, "400 Bad Request", "text/plain", b"bad path", method, extra);
    };
    if file.is_dir() {
        file.push("index.html");
    }
    if !file.is_file() {
        // A missing asset (it has an extension) is a plain 404. A missing page gets the site's
        // 404.html (with a 404 status), where the app explains what did not match; a site built
        // without pre-rendering falls back to its index.html.
        if file.extension().is_some() && !target.ends_with(".html") {
            return respond(&mut out, "404 Not Found", "text/plain", b"not found", method, extra);
        }
        // The nearest 404.html up the address: each language has its own (`/es/404.html`), as
        // Cloudflare Pages serves them; the site's own at the root for the rest.
        let nearest = file
            .ancestors()
            .skip(1)
            .take_while(|d| d.starts_with(root))
            .map(|d| d.join("404.html"))
            .find(|f| f.is_file());
        if let Some(not_found) = nearest {
            let body = std::fs::read(&not_found)?;
            return respond(&mut out, "404 Not Found", "text/html; charset=utf-8", &body, method, extra);
        }
        file = root.join("index.html");
    }
    if let (Some(app), Some("html")) = (app, file.extension().and_then(|e| e.to_str())) {
        let page = std::fs::read_to_string(&file)?.replace("{{app}}", app);
        return respond(&mut out, "200 OK", content_type(&file), page.as_bytes(), method, extra);
    }
    // The build writes file.br and file.gz beside each file; send one the client accepts.
    for (encoding, ext) in [("br", "br"), ("gzip", "gz")] {
        let compressed = PathBuf::from(format!("{}.{ext}", file.display()));
        let accepted = accepts.split(',').any(|e| e.trim().split(';').next() == Some(encoding));
        if accepted && compressed.is_file() {
            let body = std::fs::read(&compressed)?;
            return respond_with(
                &mut out,
                "200 OK",
                content_type(&file),
                Some(encoding),
                &body,
                method,
                extra,
            );
        }
    }
    match std::fs::read(&file) {
        Ok(body) => respond(&mut out, "200 OK", content_type(&file), &body, method, extra),
        Err(_) => respond(&mut out, "404 Not Found", "text/plain", b"not found", method, extra),
    }
}

fn respond(
    out: &mut TcpStream,
    status: &str,
    ctype: &str,
    body: &[u8],
    method: &str,
    extra: &str,
) -> std::io::Result<()> {
    respond_with(out, status, ctype, None, body, method, extra)
}

fn respond_with(
    out: &mut TcpStream,
    status: &str,
    ctype: &str,
    encoding: Option<&str>,
    body: &[u8],
    method: &str,
    extra: &str,
) -> std::io::Result<()> {
    let encoding = encoding.map(|e| format!("Content-Encoding: {e}\r\n")).unwrap_or_default();
    // `no-cache` unless the site's `_headers` say otherwise (hashed files may be kept).
    let cache = if extra.to_ascii_lowercase().contains("cache-control:") {
        ""
    } else {
        "Cache-Control: no-cache\r\n"
    };
    write!(
        out,
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{encoding}Vary: Accept-Encoding\r\nContent-Length: {}\r\n{cache}{extra}Connection: close\r\n\r\n",
        body.len()
    )?;
    if method != "HEAD" {
        out.write_all(body)?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_rules_apply_by_path() {
        let rules =
            parse_headers("# note\n/embed/*\n  A: embed\n/en\n  A: page\n/en/*\n  A: page\n/*\n  B: all\n");
        let names =
            |p: &str| headers_for(&rules, p).iter().map(|(n, v)| format!("{n}={v}")).collect::<Vec<_>>();
        assert_eq!(names("/embed/en/scenarios/x?accent=fff"), ["A=embed", "B=all"]);
        assert_eq!(names("/en"), ["A=page", "B=all"]);
        assert_eq!(names("/en/law"), ["A=page", "B=all"]);
        assert_eq!(names("/app.wasm"), ["B=all"]);
    }

    #[test]
    fn paths_cannot_climb_out_of_the_root() {
        assert!(resolve(Path::new("/srv"), "/../etc/passwd").is_none());
        assert_eq!(resolve(Path::new("/srv"), "/en/x?y=1"), Some(PathBuf::from("/srv/en/x")));
    }
}
