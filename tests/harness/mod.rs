//! The browser test harness: the built site (`dist/`) served on loopback, and headless Chromium
//! driven through WebDriver (chromedriver + fantoccini).
//!
//! Every browser test ends with [`Browser::finish`], which fails the test on any console error or
//! any request to another origin, read from Chromium's own logs (`goog:loggingPrefs`). Waits poll
//! for a condition with a deadline; there are no fixed sleeps.
//!
//! [`Browser::open_webkit`] drives WebKit (Safari's engine) instead: Debian's WebKitGTK
//! MiniBrowser through its WebDriver server, on a virtual display (Xvfb). WebKit's driver has no
//! console or network log, so errors are caught by a hook in each page and requests are read from
//! the page's resource timing.

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// The first scenario, used by many tests.
pub const S1: &str = "ice-asks-police";

/// The English messages.
pub fn en() -> kyr_chicago::i18n::I18n {
    kyr_chicago::i18n::I18n::new(kyr_chicago::content::default_locale())
}

/// Scenario S1.
pub fn s1() -> &'static kyr_chicago::content::Scenario {
    kyr_chicago::content::scenario(S1).expect("S1 ships")
}

/// What the heading of a walk's current step says (question or outcome headline), in `i18n`.
pub fn heading(i18n: &kyr_chicago::i18n::I18n, walk: &kyr_chicago::engine::Walk) -> String {
    i18n.t(&format!("{}_{}", walk.scenario.id, walk.current().id))
}

/// What the reader sees, read off the layout: for each phone number, citation and English card
/// line on the page, its characters sorted by where they are drawn (line by line, then left to
/// right, since these runs read left to right) must spell the same text as the source, and a
/// phone number must sit on one line. Returns each run that does not, with what it shows.
pub const MISREAD_RUNS: &str = r#"(() => {
  const phone = /\b(?:1-)?\d{3}-\d{3}-\d{4}\b/g;
  const citation = /\d+ (?:U\.S\.C\.|ILCS|C\.F\.R\.) [\d\/.()a-z-]*[\da-z)]|MCC \d[\d\-()a-zA-Z]*[\da-zA-Z)]/g;
  const skip = c => /[\s\u2066-\u2069\u200e\u200f]/.test(c);
  const runs = [];
  const walker = document.createTreeWalker(document.querySelector('main') || document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement || !n.parentElement.getClientRects().length) continue;
    for (const [re, kind] of [[phone, 'phone'], [citation, 'citation']]) {
      for (const m of n.data.matchAll(re)) runs.push({ node: n, start: m.index, end: m.index + m[0].length, kind });
    }
  }
  for (const el of document.querySelectorAll('.card-english')) {
    const n = el.firstChild;
    if (n && n.nodeType === 3 && el.getClientRects().length) runs.push({ node: n, start: 0, end: n.data.length, kind: 'english' });
  }
  const bad = [];
  for (const r of runs) {
    const chars = [];
    for (let i = r.start; i < r.end; i++) {
      const c = r.node.data[i];
      if (skip(c)) continue;
      const range = document.createRange();
      range.setStart(r.node, i);
      range.setEnd(r.node, i + 1);
      const box = range.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      chars.push({ c, x: box.left + box.width / 2, y: box.top + box.height / 2, h: box.height });
    }
    const logical = chars.map(ch => ch.c).join('');
    const lines = [];
    for (const ch of chars) {
      const line = lines.find(l => Math.abs(l.y - ch.y) < ch.h / 2);
      if (line) line.chars.push(ch); else lines.push({ y: ch.y, chars: [ch] });
    }
    lines.sort((a, b) => a.y - b.y);
    const seen = lines.map(l => l.chars.sort((a, b) => a.x - b.x).map(ch => ch.c).join('')).join('');
    if (seen !== logical || (r.kind === 'phone' && lines.length > 1)) bad.push(`${r.kind} "${logical}" shows as "${seen}" on ${lines.length} line(s)`);
  }
  return { checked: runs.length, kinds: [...new Set(runs.map(r => r.kind))], bad };
})()"#;

/// How long any single condition may take before the test fails.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// One browser at a time: the machine has two cores, and Chromium is hungry.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

pub struct Browser {
    pub client: Client,
    pub base: String,
    /// The site's server; [`Browser::take_server_away`] stops it.
    server: kyr_devserver::Server,
    _driver: tokio::process::Child,
    _guard: tokio::sync::MutexGuard<'static, ()>,
    profile: PathBuf,
    console_errors: Vec<String>,
    /// Console warnings, which only the audit (`tests/audit.rs`) holds against a page.
    pub console_warnings: Vec<String>,
    foreign_requests: BTreeSet<String>,
    /// Other-origin addresses a test expects (quick exit's neutral site).
    expected_foreign: BTreeSet<String>,
    /// Addresses a test opens knowing they have no page (the server answers 404).
    expected_missing: BTreeSet<String>,
    /// The example partner page's server ([`Browser::serve_host`]): another origin, but ours.
    host: Option<kyr_devserver::Server>,
    /// WebKit instead of Chromium, and its virtual display.
    webkit: bool,
    _display: Option<tokio::process::Child>,
}

/// The built site (`cargo run -p xtask -- build`, which the test command runs first).
pub fn dist() -> PathBuf {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "no built site in {}: run `cargo run -p xtask -- build` first (scripts/test does)",
        dist.display()
    );
    dist
}

/// axe-core's source (from node_modules, installed by scripts/setup).
pub fn axe_source() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e} (scripts/setup installs it)", path.display()))
}

/// What axe-core checks, for `axe.run(document, AXE_OPTIONS)`: the WCAG 2.x A and AA rules.
pub const AXE_OPTIONS: &str = "{ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] }";

/// Starts a WebDriver session on the driver at `port`, retrying while the driver starts.
async fn connect(port: u16, caps: Capabilities, what: &str) -> Client {
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let deadline = Instant::now() + PATIENCE;
    loop {
        match ClientBuilder::new(connector.clone())
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(c) => return c,
            Err(e) if Instant::now() > deadline => panic!("cannot start a {what} session: {e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Chromedriver's door to the DevTools protocol (`POST /session/{id}/goog/cdp/execute`), used to
/// emulate dark mode and print media.
#[derive(Debug)]
struct Cdp(&'static str, Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.0, "params": self.1 }).to_string()))
    }
}

/// Chromedriver's log endpoint (`POST /session/{id}/se/log`), which fantoccini has no method for.
#[derive(Debug)]
struct GetLog(&'static str);

impl WebDriverCompatibleCommand for GetLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "type": self.0 }).to_string()))
    }
}

impl Browser {
    /// Serves `dist/` and opens a fresh headless Chromium (new empty profile) at a phone's width.
    pub async fn open() -> Browser {
        Browser::open_with(&[]).await
    }

    /// Like [`Browser::open`], with extra Chromium arguments (such as `--lang=es`).
    pub async fn open_with(extra_args: &[&str]) -> Browser {
        let guard = ONE_AT_A_TIME.lock().await;
        // The server's threads live as long as the test process; nothing needs to stop them.
        let server = kyr_devserver::start(&dist(), 0).expect("serve dist/");
        let port = free_port();
        let driver_bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let driver = tokio::process::Command::new(&driver_bin)
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {driver_bin}: {e} (scripts/setup installs it)"));
        let profile = std::env::temp_dir().join(format!("kyr-chromium-{}-{port}", std::process::id()));
        let chrome = std::env::var("CHROME_PATH").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let mut args: Vec<String> = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-extensions",
            "--window-size=412,915",
            // Belt and braces: nothing can leave the machine even if the app tried. The
            // attempt itself is still caught from the network log below.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        ]
        .iter()
        .map(|a| a.to_string())
        .collect();
        args.push(format!("--user-data-dir={}", profile.display()));
        args.extend(extra_args.iter().map(|a| a.to_string()));
        let mut caps = Capabilities::new();
        caps.insert("goog:chromeOptions".into(), json!({ "binary": chrome, "args": args }));
        caps.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL", "performance": "ALL" }));
        let client = connect(port, caps, "WebDriver").await;
        let mut browser = Browser::assemble(client, server, driver, guard, profile, None);
        // Chromium's own start page makes internal requests; start from a blank page and forget them.
        browser.client.goto("about:blank").await.expect("open about:blank");
        browser.collect_logs().await;
        browser.console_errors.clear();
        browser.console_warnings.clear();
        browser.foreign_requests.clear();
        browser
    }

    /// Serves `dist/` and opens WebKit (Debian's WebKitGTK MiniBrowser, through WebKitWebDriver) on
    /// a virtual display of its own (Xvfb), at a phone's width.
    pub async fn open_webkit() -> Browser {
        let guard = ONE_AT_A_TIME.lock().await;
        let server = kyr_devserver::start(&dist(), 0).expect("serve dist/");
        let port = free_port();
        // A display number of our own, free of any other test's.
        let display = format!(":{}", 100 + port % 800);
        let xvfb = tokio::process::Command::new("Xvfb")
            .args([display.as_str(), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start Xvfb: {e} (scripts/setup --test installs it)"));
        let socket = PathBuf::from(format!("/tmp/.X11-unix/X{}", &display[1..]));
        let deadline = Instant::now() + PATIENCE;
        while !socket.exists() {
            assert!(Instant::now() < deadline, "Xvfb did not start on {display}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let driver = tokio::process::Command::new("WebKitWebDriver")
            .arg(format!("--port={port}"))
            .env("DISPLAY", &display)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start WebKitWebDriver: {e} (scripts/setup --test installs it)")
            });
        let mut caps = Capabilities::new();
        caps.insert("browserName".into(), json!("MiniBrowser"));
        caps.insert(
            "webkitgtk:browserOptions".into(),
            json!({ "binary": "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", "args": ["--automation"] }),
        );
        let client = connect(port, caps, "WebKit").await;
        let _ = client.set_window_size(412, 915).await;
        let profile = std::env::temp_dir().join("kyr-webkit-unused");
        Browser::assemble(client, server, driver, guard, profile, Some(xvfb))
    }

    /// A browser around a started session; `display` (Xvfb) for WebKit.
    fn assemble(
        client: Client,
        server: kyr_devserver::Server,
        driver: tokio::process::Child,
        guard: tokio::sync::MutexGuard<'static, ()>,
        profile: PathBuf,
        display: Option<tokio::process::Child>,
    ) -> Browser {
        Browser {
            client,
            base: server.url(),
            server,
            _driver: driver,
            _guard: guard,
            profile,
            console_errors: Vec::new(),
            console_warnings: Vec::new(),
            foreign_requests: BTreeSet::new(),
            expected_foreign: BTreeSet::new(),
            expected_missing: BTreeSet::new(),
            host: None,
            webkit: display.is_some(),
            _display: display,
        }
    }

    /// WebKit: the errors the page's hook caught and the addresses it asked for, since the last
    /// look (the hook is put into each new document on first look; errors before that are seen
    /// through their effects: a page the app did not take over fails its test).
    async fn collect_webkit_logs(&mut self) {
        let seen = self
            .client
            .execute(
                "if (!window.__kyrSeen) {
                     window.__kyrSeen = { errors: [], read: 0 };
                     addEventListener('error', e => __kyrSeen.errors.push(String(e.message || e.error)));
                     addEventListener('unhandledrejection', e => __kyrSeen.errors.push('unhandled rejection: ' + e.reason));
                 }
                 const errors = __kyrSeen.errors.splice(0);
                 const urls = [location.href, ...performance.getEntriesByType('resource').map(r => r.name)];
                 return { errors, urls };",
                vec![],
            )
            .await;
        let Ok(seen) = seen else { return };
        for e in seen["errors"].as_array().into_iter().flatten() {
            self.console_errors.push(e.as_str().unwrap_or_default().to_string());
        }
        for u in seen["urls"].as_array().into_iter().flatten().filter_map(Value::as_str) {
            let ours = u.starts_with(&format!("{}/", self.base));
            let local = ["data:", "blob:", "about:"].iter().any(|s| u.starts_with(s));
            if !ours && !local {
                self.foreign_requests.insert(u.to_string());
            }
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Opens an address that has no page of its own: the server answers 404 with the site's
    /// not-found page, and Chromium logs the 404, which this test expects.
    pub async fn goto_missing(&mut self, path: &str) {
        let url = self.url(path);
        self.expected_missing.insert(url);
        self.goto(path).await;
    }

    /// Opens `path`, expecting a 404 if `missing`.
    pub async fn open_page(&mut self, path: &str, missing: bool) {
        if missing {
            self.goto_missing(path).await;
        } else {
            self.goto(path).await;
        }
    }

    pub async fn goto(&mut self, path: &str) {
        let url = self.url(path);
        self.client.goto(&url).await.unwrap_or_else(|e| panic!("open {url}: {e}"));
        if self.webkit {
            // The error hook, as early as WebKit's driver allows.
            self.collect_webkit_logs().await;
        }
    }

    /// Polls `check` until it returns `Some`, or fails the test after [`PATIENCE`].
    pub async fn wait_for<T, F, Fut>(&self, what: &str, mut check: F) -> T
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Option<T>>,
    {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(v) = check().await {
                return v;
            }
            if Instant::now() > deadline {
                let text = self.text_of("body").await.unwrap_or_default();
                panic!("timed out waiting for {what}; the page says:\n{text}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn text_of(&self, css: &str) -> Option<String> {
        let el = self.client.find(Locator::Css(css)).await.ok()?;
        el.text().await.ok()
    }

    /// Waits until the page is ready (the app has taken it over or drawn it; on a page the app
    /// does not draw, the page script has run) and it shows a main heading.
    pub async fn wait_for_app(&self) {
        self.wait_for("the page to be ready", || async {
            (self.js("document.documentElement.dataset.ready === 'yes'").await == json!(true)).then_some(())
        })
        .await;
        self.wait_for("the page to show its heading", || async { self.text_of("main h1").await }).await;
    }

    /// Waits until the page's `<h1>` reads exactly `expected`.
    pub async fn wait_for_heading(&self, expected: &str) {
        self.wait_for(&format!("the heading {expected:?}"), || async {
            (self.text_of("h1").await.as_deref().map(str::trim) == Some(expected)).then_some(())
        })
        .await;
    }

    /// Waits until the address bar shows `path`.
    pub async fn wait_for_path(&self, path: &str) {
        self.wait_for(&format!("the address {path}"), || async {
            let url = self.client.current_url().await.ok()?;
            (url.path() == path).then_some(())
        })
        .await;
    }

    /// From the first question of `walk`'s scenario (the page open now), clicks each answer of
    /// `walk` in turn, waiting each time for the next step's address and heading in `i18n`'s
    /// language.
    pub async fn walk_by_clicking(&self, i18n: &kyr_chicago::i18n::I18n, walk: &kyr_chicago::engine::Walk) {
        let s = walk.scenario;
        let mut at = kyr_chicago::engine::Walk::start(s);
        self.wait_for_heading(&heading(i18n, &at)).await;
        for step in walk.steps() {
            self.click_link(&i18n.t(&format!("{}_{}_{}", s.id, step.question.id, step.answer.id))).await;
            at = at.choose(step.answer.id).expect("an answer of this walk");
            self.wait_for_path(&format!("/{}/scenarios/{}/{}", i18n.locale.code, s.id, at.path())).await;
            self.wait_for_heading(&heading(i18n, &at)).await;
        }
    }

    /// Clicks the link whose visible text is exactly `text`.
    pub async fn click_link(&self, text: &str) {
        let link = self
            .wait_for(&format!("a link reading {text:?}"), || async {
                self.client.find(Locator::LinkText(text)).await.ok()
            })
            .await;
        link.click().await.unwrap_or_else(|e| panic!("click {text:?}: {e}"));
    }

    /// Every `(provision id, href)` pair of the citation links on the page: each leads to the
    /// site's page for the provision, `/<lang>/law/<id>`.
    pub async fn citation_links(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for href in self.hrefs("a.cite").await {
            let id = href.rsplit('/').next().unwrap_or_default().to_string();
            out.push((id, href));
        }
        out
    }

    /// The `href` of every element matching `css`, in page order.
    pub async fn hrefs(&self, css: &str) -> Vec<String> {
        let mut out = Vec::new();
        for el in self.client.find_all(Locator::Css(css)).await.expect("find links") {
            out.push(el.attr("href").await.ok().flatten().unwrap_or_default());
        }
        out
    }

    /// Fails the test on any axe-core violation on the current page, naming rule and elements.
    pub async fn assert_accessible(&self, what: &str) {
        let violations = self.accessibility_violations().await;
        assert!(violations.is_empty(), "accessibility violations on {what}:\n  {}", violations.join("\n  "));
    }

    /// Runs axe-core (from node_modules, installed by scripts/setup) on the current page against
    /// the WCAG 2.x A and AA rules; one line per violation.
    pub async fn accessibility_violations(&self) -> Vec<String> {
        // (Unless the page has it already: the audit adds it to every page as it loads.)
        if self.js("typeof window.axe === 'undefined'").await == json!(true) {
            self.client.execute(&axe_source(), vec![]).await.expect("inject axe-core");
        }
        let result = self
            .client
            .execute_async(
                &format!(
                    "const done = arguments[arguments.length - 1];
                     axe.run(document, {AXE_OPTIONS})
                        .then(r => done(r.violations.map(v => ({{ id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) }}))))
                        .catch(e => done([{{ id: 'axe-error', help: String(e), nodes: [] }}]));"
                ),
                vec![],
            )
            .await
            .expect("run axe-core");
        let violations = result.as_array().cloned().expect("axe-core returns a list of violations");
        violations.iter().map(|v| format!("{} ({}): {}", v["id"], v["help"], v["nodes"])).collect()
    }

    /// Reads (and drains) Chromium's console and network logs, remembering console errors and
    /// requests to other origins.
    pub async fn collect_logs(&mut self) {
        if self.webkit {
            return self.collect_webkit_logs().await;
        }
        let browser = self.client.issue_cmd(GetLog("browser")).await.expect("read the console log");
        for entry in browser.as_array().into_iter().flatten() {
            if entry["level"] == "SEVERE" {
                self.console_errors.push(entry["message"].as_str().unwrap_or_default().to_string());
            } else if entry["level"] == "WARNING" {
                self.console_warnings.push(entry["message"].as_str().unwrap_or_default().to_string());
            }
        }
        let perf = self.client.issue_cmd(GetLog("performance")).await.expect("read the network log");
        for entry in perf.as_array().into_iter().flatten() {
            let Some(message) = entry["message"].as_str() else { continue };
            let Ok(event) = serde_json::from_str::<Value>(message) else { continue };
            let event = &event["message"];
            let url = match event["method"].as_str() {
                Some("Network.requestWillBeSent") => event["params"]["request"]["url"].as_str(),
                Some("Network.webSocketCreated") => event["params"]["url"].as_str(),
                _ => None,
            };
            if let Some(url) = url {
                let ours = |base: &str| url.starts_with(&format!("{base}/")) || url == base;
                let same_origin = ours(&self.base) || self.host.as_ref().is_some_and(|h| ours(&h.url()));
                // Data and blob URLs never leave the page; chrome:// is the browser's own UI.
                let local = ["data:", "blob:", "about:", "chrome:", "chrome-untrusted:", "devtools:"]
                    .iter()
                    .any(|scheme| url.starts_with(scheme));
                if !same_origin && !local {
                    self.foreign_requests.insert(url.to_string());
                }
            }
        }
    }

    /// The problems seen so far: console errors and requests to other origins (other than the
    /// ones the test said it expects).
    pub async fn problems(&mut self) -> Vec<String> {
        self.collect_logs().await;
        let expected_missing = &self.expected_missing;
        let mut out: Vec<String> = self
            .console_errors
            .iter()
            .filter(|e| {
                !(e.contains("status of 404") && expected_missing.iter().any(|u| e.starts_with(u.as_str())))
            })
            .map(|e| format!("console error: {e}"))
            .collect();
        out.extend(
            self.foreign_requests
                .iter()
                .filter(|u| !self.expected_foreign.contains(*u))
                .map(|u| format!("request to another origin: {u}")),
        );
        out
    }

    /// Says that a request to `url` (another origin) is this test's point, not a leak. Returns
    /// whether the browser has asked for it so far.
    pub async fn expect_request_to(&mut self, url: &str) -> bool {
        self.expected_foreign.insert(url.to_string());
        self.collect_logs().await;
        self.foreign_requests.contains(url)
    }

    /// Waits until the console shows an error containing `needle` (which the test expects, so it
    /// is then forgotten).
    pub async fn wait_for_console_error(&mut self, needle: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            self.collect_logs().await;
            if self.console_errors.iter().any(|e| e.contains(needle)) {
                self.forget_console_errors_about(needle);
                return;
            }
            assert!(Instant::now() < deadline, "timed out waiting for a console error about {needle:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Forgets the console messages and other-origin requests seen so far (after the audit has
    /// counted them for a page).
    pub fn forget_everything_seen(&mut self) {
        self.console_errors.clear();
        self.console_warnings.clear();
        self.foreign_requests.clear();
    }

    /// Console errors from a page the browser could not load are expected when quick exit goes
    /// to a site this sandbox cannot reach; this forgets them.
    pub fn forget_console_errors_about(&mut self, needle: &str) {
        self.console_errors.retain(|e| !e.contains(needle));
    }

    /// Runs a DevTools command, such as `Emulation.setEmulatedMedia`.
    pub async fn cdp(&self, cmd: &'static str, params: Value) {
        self.client.issue_cmd(Cdp(cmd, params)).await.unwrap_or_else(|e| panic!("{cmd}: {e}"));
    }

    /// Emulates a phone's screen of `width` x `height` CSS pixels.
    pub async fn phone_screen(&self, width: u32, height: u32) {
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 2, "mobile": true }),
        )
        .await;
    }

    /// Emulates `prefers-color-scheme: dark` (or light).
    pub async fn dark_mode(&self, dark: bool) {
        let value = if dark { "dark" } else { "light" };
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": value }] }),
        )
        .await;
    }

    /// Emulates print media (or screen again with `false`).
    pub async fn print_media(&self, print: bool) {
        self.cdp("Emulation.setEmulatedMedia", json!({ "media": if print { "print" } else { "" } })).await;
    }

    /// Presses and releases each key in turn, through the WebDriver actions API.
    pub async fn press(&self, keys: &[fantoccini::key::Key]) {
        let chars: Vec<char> = keys.iter().map(|&k| k.into()).collect();
        self.type_keys(&chars).await;
    }

    /// Presses and releases each key in turn: a letter (`'n'`), or a named key as a `char`.
    pub async fn type_keys(&self, keys: &[char]) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut actions = KeyActions::new("keyboard".into());
        for &value in keys {
            actions = actions.then(KeyAction::Down { value }).then(KeyAction::Up { value });
        }
        self.client.perform_actions(actions).await.expect("press keys");
    }

    /// Serves the example partner page (`examples/embed-host/`) on another port, so another
    /// origin, embedding this site; returns its address. Requests to it are not a leak.
    pub fn serve_host(&mut self) -> String {
        self.serve_host_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/embed-host"))
    }

    /// Serves the partner pages in `dir` on another port, as [`Browser::serve_host`] does.
    pub fn serve_host_dir(&mut self, dir: &Path) -> String {
        let host = kyr_devserver::start_host(dir, 0, &self.base).expect("serve a partner page");
        let url = host.url();
        self.host = Some(host);
        url
    }

    /// Lets the site's pages read and write the clipboard (as a person's click does for
    /// writing), so a test can read what was copied.
    pub async fn allow_clipboard(&self) {
        self.cdp(
            "Browser.grantPermissions",
            json!({ "origin": self.base, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
        )
        .await;
    }

    /// The response headers the development server sends for `path` (from `dist/_headers`, the
    /// file static hosts read), lower-cased.
    pub fn headers_of(&self, path: &str) -> String {
        use std::io::{Read, Write};
        let addr = self.base.trim_start_matches("http://");
        let mut s = std::net::TcpStream::connect(addr).expect("connect");
        write!(s, "HEAD {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).unwrap();
        out.to_ascii_lowercase()
    }

    /// On the About page: presses "Save for offline use" once it is ready, and waits until the
    /// page says the copy is saved.
    pub async fn save_offline_copy(&self, i18n: &kyr_chicago::i18n::I18n) {
        let save = self
            .wait_for("the save button to be ready", || async {
                let button = self.client.find(Locator::Css("button.offline-save")).await.ok()?;
                button.is_enabled().await.ok()?.then_some(button)
            })
            .await;
        save.click().await.unwrap();
        self.wait_for("the offline copy to be saved", || async {
            let saved = i18n.t(kyr_chicago::content::msg::OFFLINE_SAVED);
            (self.text_of(".offline-status").await? == saved).then_some(())
        })
        .await;
    }

    /// Stops the site's server, as if the network were gone.
    pub fn take_server_away(&self) {
        self.server.stop();
    }

    /// Runs an asynchronous JavaScript expression (a promise) and returns what it resolves to.
    pub async fn js_async(&self, expr: &str) -> Value {
        self.client
            .execute_async(
                &format!("const done = arguments[arguments.length - 1]; Promise.resolve({expr}).then(done, e => done('error: ' + e));"),
                vec![],
            )
            .await
            .unwrap_or_else(|e| panic!("{expr}: {e}"))
    }

    /// Evaluates a JavaScript expression on the page and returns its JSON value.
    pub async fn js(&self, expr: &str) -> Value {
        self.client
            .execute(&format!("return ({expr});"), vec![])
            .await
            .unwrap_or_else(|e| panic!("{expr}: {e}"))
    }

    /// Fails the test if the page logged any console error or asked any other origin for anything,
    /// then closes the browser.
    pub async fn finish(mut self) {
        let problems = self.problems().await;
        let _ = self.client.clone().close().await;
        let _ = std::fs::remove_dir_all(&self.profile);
        assert!(problems.is_empty(), "the browser saw problems:\n{}", problems.join("\n"));
    }

    /// Closes the browser without the checks (for the harness's own self-test).
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
