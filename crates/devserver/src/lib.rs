//! A small static file server for the built site (`dist/`): every page is a pre-rendered
//! `index.html` in its own folder; an address with no page is answered with `404.html` (status
//! 404), where the app says what did not match. Used by `scripts/serve` and started in-process by
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

/// Starts serving `root` on `127.0.0.1:port` (0 picks a free port) in background threads.
pub fn start(root: &Path, port: u16) -> std::io::Result<Server> {
    let listener = TcpListener::bind(("127.0.0.1", port))?;
    let addr = listener.local_addr()?;
    let root = root.to_path_buf();
    let stopped = Arc::new(AtomicBool::new(false));
    let stop = stopped.clone();
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            if stop.load(Ordering::SeqCst) {
                drop(stream);
                continue;
            }
            let root = root.clone();
            thread::spawn(move || {
                let _ = handle(stream, &root);
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

fn handle(stream: TcpStream, root: &Path) -> std::io::Result<()> {
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
    let mut out = stream;
    if method != "GET" && method != "HEAD" {
        return respond(&mut out, "405 Method Not Allowed", "text/plain", b"method not allowed", method);
    }
    let Some(mut file) = resolve(root, target) else {
        return respond(&mut out, "400 Bad Request", "text/plain", b"bad path", method);
    };
    if file.is_dir() {
        file.push("index.html");
    }
    if !file.is_file() {
        // A missing asset (it has an extension) is a plain 404. A missing page gets the site's
        // 404.html (with a 404 status), where the app explains what did not match; a site built
        // without pre-rendering falls back to its index.html.
        if file.extension().is_some() && !target.ends_with(".html") {
            return respond(&mut out, "404 Not Found", "text/plain", b"not found", method);
        }
        let not_found = root.join("404.html");
        if not_found.is_file() {
            let body = std::fs::read(&not_found)?;
            return respond(&mut out, "404 Not Found", "text/html; charset=utf-8", &body, method);
        }
        file = root.join("index.html");
    }
    // The build writes file.br and file.gz beside each file; send one the client accepts.
    for (encoding, ext) in [("br", "br"), ("gzip", "gz")] {
        let compressed = PathBuf::from(format!("{}.{ext}", file.display()));
        let accepted = accepts.split(',').any(|e| e.trim().split(';').next() == Some(encoding));
        if accepted && compressed.is_file() {
            let body = std::fs::read(&compressed)?;
            return respond_with(&mut out, "200 OK", content_type(&file), Some(encoding), &body, method);
        }
    }
    match std::fs::read(&file) {
        Ok(body) => respond(&mut out, "200 OK", content_type(&file), &body, method),
        Err(_) => respond(&mut out, "404 Not Found", "text/plain", b"not found", method),
    }
}

fn respond(out: &mut TcpStream, status: &str, ctype: &str, body: &[u8], method: &str) -> std::io::Result<()> {
    respond_with(out, status, ctype, None, body, method)
}

fn respond_with(
    out: &mut TcpStream,
    status: &str,
    ctype: &str,
    encoding: Option<&str>,
    body: &[u8],
    method: &str,
) -> std::io::Result<()> {
    let encoding = encoding.map(|e| format!("Content-Encoding: {e}\r\n")).unwrap_or_default();
    write!(
        out,
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{encoding}Vary: Accept-Encoding\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
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
    fn paths_cannot_climb_out_of_the_root() {
        assert!(resolve(Path::new("/srv"), "/../etc/passwd").is_none());
        assert_eq!(resolve(Path::new("/srv"), "/en/x?y=1"), Some(PathBuf::from("/srv/en/x")));
    }
}
