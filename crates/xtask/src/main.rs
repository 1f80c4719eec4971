//! The build helper (`cargo run -p xtask -- <command>`).
//!
//! - `build [--dev]`: compiles the app to WebAssembly, runs wasm-bindgen and (release only)
//!   wasm-opt, and writes the site to `dist/`: `index.html` from the template with hashed asset
//!   names and text from the English catalogue, the CSS, and the static files.
//! - `serve [--port N] [--dev]`: builds, then serves `dist/` on 127.0.0.1 and prints the URL.
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

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::{env, fs};

use kyr_content::bundle::short_hash;

const APP_BIN: &str = "kyr-chicago";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

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
            println!("Press Ctrl+C to stop.");
            loop {
                std::thread::park();
            }
        }
        Some("budget") => {
            build(false);
            budget();
            ExitCode::SUCCESS
        }
        Some("screenshots") => {
            build(dev);
            screenshots();
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: cargo run -p xtask -- build [--dev] | serve [--port N] [--dev] | budget | screenshots");
            ExitCode::from(2)
        }
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("xtask: {msg}");
    std::process::exit(1);
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repo root")
}

fn run(cmd: &mut Command) {
    let shown = format!("{cmd:?}");
    match cmd.status() {
        Ok(s) if s.success() => {}
        Ok(s) => fail(&format!("{shown} failed ({s})")),
        Err(e) => fail(&format!("cannot run {shown}: {e} (scripts/setup installs the tools)")),
    }
}

fn target_dir(root: &Path) -> PathBuf {
    env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"))
}

fn build(dev: bool) {
    let root = root();
    let profile = if dev { "debug" } else { "release" };
    let mut cargo = Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cargo.current_dir(&root).args(["build", "--target", WASM_TARGET, "--bin", APP_BIN]);
    if !dev {
        cargo.arg("--release");
    }
    run(&mut cargo);

    let target = target_dir(&root);
    let wasm_in = target.join(WASM_TARGET).join(profile).join(format!("{APP_BIN}.wasm"));
    let bindgen_out = target.join("wasm-bindgen").join(profile);
    run(Command::new("wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--out-name", "app", "--out-dir"])
        .arg(&bindgen_out)
        .arg(&wasm_in));
    let mut wasm_path = bindgen_out.join("app_bg.wasm");
    if !dev {
        let optimized = bindgen_out.join("app_bg.opt.wasm");
        let wasm_opt = root.join("node_modules/.bin/wasm-opt");
        run(Command::new(&wasm_opt).arg("-Oz").arg(&wasm_path).arg("-o").arg(&optimized));
        wasm_path = optimized;
    }

    let dist = root.join("dist");
    if dist.exists() {
        fs::remove_dir_all(&dist).unwrap_or_else(|e| fail(&format!("cannot clear dist/: {e}")));
    }
    fs::create_dir_all(&dist).unwrap_or_else(|e| fail(&format!("cannot create dist/: {e}")));
    let write = |name: &str, bytes: &[u8]| {
        fs::write(dist.join(name), bytes).unwrap_or_else(|e| fail(&format!("cannot write dist/{name}: {e}")));
    };

    let wasm =
        fs::read(&wasm_path).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", wasm_path.display())));
    let wasm_name = format!("app-{}.wasm", short_hash(&wasm));
    write(&wasm_name, &wasm);
    let js =
        fs::read(bindgen_out.join("app.js")).unwrap_or_else(|e| fail(&format!("cannot read app.js: {e}")));
    let js_name = format!("app-{}.js", short_hash(&js));
    write(&js_name, &js);
    // A tiny module that starts the app, so index.html needs no inline script (the CSP forbids it).
    let boot = format!("import init from './{js_name}';\ninit({{ module_or_path: new URL('./{wasm_name}', import.meta.url) }});\n");
    let boot_name = format!("boot-{}.js", short_hash(boot.as_bytes()));
    write(&boot_name, boot.as_bytes());
    let css = fs::read(root.join("style/main.css"))
        .unwrap_or_else(|e| fail(&format!("cannot read style/main.css: {e}")));
    let css_name = format!("style-{}.css", short_hash(&css));
    write(&css_name, &css);
    for entry in
        fs::read_dir(root.join("static")).unwrap_or_else(|e| fail(&format!("cannot read static/: {e}")))
    {
        let p = entry.expect("static entry").path();
        if p.is_file() {
            fs::copy(&p, dist.join(p.file_name().expect("file name"))).expect("copy static file");
        }
    }

    // Each locale's messages, fetched by the browser for the page's language only.
    let content =
        kyr_content::load(&root.join("content")).unwrap_or_else(|d| fail(&format!("content problems:\n{d}")));
    fs::create_dir_all(dist.join("messages")).expect("create dist/messages");
    for (file, bytes) in kyr_content::bundle::all(&content) {
        write(&format!("messages/{file}"), &bytes);
    }

    // What "Save for offline use" keeps, per language (static/sw.js reads these lists).
    fs::create_dir_all(dist.join("offline")).expect("create dist/offline");
    let bundles = kyr_content::bundle::all(&content);
    let default_bundle = format!(
        "/messages/{}",
        bundles[content.locales.iter().position(|l| l.code == content.default_locale).unwrap_or(0)].0
    );
    let all = kyr_chicago::app::all_paths();
    for (l, (bundle, _)) in content.locales.iter().zip(&bundles) {
        let prefix = format!("/{}", l.code);
        let mut urls: Vec<String> = vec![
            "/".into(),
            "/404.html".into(),
            format!("/{wasm_name}"),
            format!("/{js_name}"),
            format!("/{boot_name}"),
            format!("/{css_name}"),
            "/favicon.svg".into(),
            "/manifest.webmanifest".into(),
            "/icon-192.png".into(),
            format!("/messages/{bundle}"),
            default_bundle.clone(),
        ];
        urls.extend(all.iter().filter(|p| *p == &prefix || p.starts_with(&format!("{prefix}/"))).cloned());
        urls.dedup();
        let json = format!("[{}]", urls.iter().map(|u| format!("{u:?}")).collect::<Vec<_>>().join(","));
        write(&format!("offline/{}.json", l.code), json.as_bytes());
    }

    let template = fs::read_to_string(root.join("index.html"))
        .unwrap_or_else(|e| fail(&format!("cannot read index.html: {e}")));
    prerender(&dist, &template, &format!("/{css_name}"), &format!("/{boot_name}"));
    if !dev {
        let n = compress_all(&dist);
        println!("xtask: wrote .br and .gz copies of {n} files");
    }
    println!("xtask: built dist/ ({profile}): {wasm_name} {} bytes, {js_name}, {css_name}", wasm.len());
}

/// Raw, gzip and brotli sizes of a built file (its .gz and .br copies sit beside it).
fn sizes(file: &Path) -> (u64, u64, u64) {
    let len = |p: PathBuf| {
        fs::metadata(&p).map(|m| m.len()).unwrap_or_else(|_| fail(&format!("missing {}", p.display())))
    };
    (
        len(file.to_path_buf()),
        len(PathBuf::from(format!("{}.gz", file.display()))),
        len(PathBuf::from(format!("{}.br", file.display()))),
    )
}

fn only(dist: &Path, prefix: &str, ext: &str) -> PathBuf {
    fs::read_dir(dist)
        .expect("read dist")
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with(prefix) && name.ends_with(ext)
        })
        .unwrap_or_else(|| fail(&format!("no {prefix}*{ext} in {}", dist.display())))
}

const BUDGET_TOTAL: u64 = 150 * 1024;
const BUDGET_FIRST_PAINT: u64 = 14 * 1024;
const OUTCOME: &str = "/en/scenarios/ice-asks-police/immigration/no-paper";

fn budget() {
    let root = root();
    let dist = root.join("dist");
    let kb = |b: u64| format!("{:.1} KB", b as f64 / 1024.0);
    let wasm = only(&dist, "app-", ".wasm");
    let js = only(&dist, "app-", ".js");
    let boot = only(&dist, "boot-", ".js");
    let css = only(&dist, "style-", ".css");
    let en_bundle = only(&dist.join("messages"), "en-", ".bin");
    let page = |path: &str| dist.join(path.trim_start_matches('/')).join("index.html");

    println!("\n== Assets (bytes: raw / gzip / brotli)");
    let mut assets: Vec<(String, PathBuf)> = vec![
        ("WebAssembly".into(), wasm.clone()),
        ("JS glue".into(), js.clone()),
        ("boot module".into(), boot.clone()),
        ("stylesheet".into(), css.clone()),
    ];
    for entry in fs::read_dir(dist.join("messages")).expect("messages").flatten() {
        let p = entry.path();
        if p.extension().is_some_and(|e| e == "bin") {
            assets.push((format!("messages {}", p.file_name().unwrap().to_string_lossy()), p));
        }
    }
    assets.push(("page / (language choice)".into(), page("/")));
    assets.push(("page /en (home)".into(), page("/en")));
    assets.push((format!("page {OUTCOME}"), page(OUTCOME)));
    for (name, p) in &assets {
        let (r, g, b) = sizes(p);
        println!("  {name:<48} {r:>9} {g:>9} {b:>9}");
    }

    println!(
        "\n== First view (brotli), budget {} in total, {} for HTML + CSS",
        kb(BUDGET_TOTAL),
        kb(BUDGET_FIRST_PAINT)
    );
    for (name, path) in [("home /en", "/en"), ("outcome", OUTCOME)] {
        let html = sizes(&page(path)).2;
        let first_paint = html + sizes(&css).2;
        let total = first_paint + sizes(&boot).2 + sizes(&js).2 + sizes(&wasm).2 + sizes(&en_bundle).2;
        let verdict = |ok: bool| if ok { "within budget" } else { "OVER BUDGET" };
        println!(
            "  {name:<10} HTML+CSS {:>9} ({})   total {:>9} ({})",
            kb(first_paint),
            verdict(first_paint <= BUDGET_FIRST_PAINT),
            kb(total),
            verdict(total <= BUDGET_TOTAL)
        );
    }

    // A minimal Yew app through the same toolchain and release settings.
    let target = target_dir(&root);
    run(Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".into())).current_dir(&root).args([
        "build",
        "-q",
        "--release",
        "--target",
        WASM_TARGET,
        "-p",
        "hello-world",
    ]));
    let hello_out = target.join("wasm-bindgen").join("hello-world");
    run(Command::new("wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--out-name", "hello", "--out-dir"])
        .arg(&hello_out)
        .arg(target.join(WASM_TARGET).join("release").join("hello-world.wasm")));
    let hello_opt = hello_out.join("hello_bg.opt.wasm");
    run(Command::new(root.join("node_modules/.bin/wasm-opt"))
        .arg("-Oz")
        .arg(hello_out.join("hello_bg.wasm"))
        .arg("-o")
        .arg(&hello_opt));
    let hello_br = compressed(&fs::read(&hello_opt).expect("hello wasm"), true).0.len() as u64;
    let ours_br = sizes(&wasm).2;
    println!("\n== WebAssembly against a minimal Yew app (brotli)");
    println!(
        "  ours {}   hello-world {}   ratio {:.2}x",
        kb(ours_br),
        kb(hello_br),
        ours_br as f64 / hello_br as f64
    );

    // Lighthouse, mobile (its default: simulated slow 4G and 4x CPU slowdown).
    let server = kyr_devserver::start(&dist, 0).unwrap_or_else(|e| fail(&format!("serve dist/: {e}")));
    let static_dir = target.join("static-copy");
    let _ = fs::remove_dir_all(&static_dir);
    let static_page = static_dir.join(OUTCOME.trim_start_matches('/')).join("index.html");
    fs::create_dir_all(static_page.parent().unwrap()).expect("static copy folder");
    let html = fs::read_to_string(page(OUTCOME)).expect("outcome page");
    let without_scripts: String =
        html.lines().filter(|l| !l.contains("<script")).collect::<Vec<_>>().join("\n");
    fs::write(&static_page, without_scripts).expect("static copy");
    fs::copy(&css, static_dir.join(css.file_name().unwrap())).expect("copy css");
    fs::copy(dist.join("favicon.svg"), static_dir.join("favicon.svg")).expect("copy favicon");
    compress_all(&static_dir);
    let static_server =
        kyr_devserver::start(&static_dir, 0).unwrap_or_else(|e| fail(&format!("serve the static copy: {e}")));
    println!("\n== Lighthouse, mobile (slow 4G, 4x CPU)");
    println!(
        "  {:<22} {:>5} {:>7} {:>7} {:>7} {:>6} {:>5} {:>5} {:>5}",
        "page", "perf", "FCP", "LCP", "TBT", "CLS", "a11y", "b.p.", "SEO"
    );
    let mut lcps = Vec::new();
    for (name, url) in [
        ("home /en", format!("{}/en", server.url())),
        ("outcome", format!("{}{OUTCOME}", server.url())),
        ("outcome, static copy", format!("{}{OUTCOME}", static_server.url())),
    ] {
        let report = lighthouse(&root, &url);
        let score = |c: &str| {
            report["categories"][c]["score"]
                .as_f64()
                .map(|s| format!("{:.0}", s * 100.0))
                .unwrap_or("-".into())
        };
        let ms = |a: &str| report["audits"][a]["numericValue"].as_f64().unwrap_or(f64::NAN);
        lcps.push(ms("largest-contentful-paint"));
        println!(
            "  {name:<22} {:>5} {:>5.0}ms {:>5.0}ms {:>5.0}ms {:>6.3} {:>5} {:>5} {:>5}",
            score("performance"),
            ms("first-contentful-paint"),
            ms("largest-contentful-paint"),
            ms("total-blocking-time"),
            ms("cumulative-layout-shift"),
            score("accessibility"),
            score("best-practices"),
            score("seo")
        );
    }
    println!("\n  LCP of the outcome page against its static copy: {:.2}x (budget 1.2x)", lcps[1] / lcps[2]);
}

/// Runs Lighthouse (npm, installed by scripts/setup) on `url` and returns its JSON report.
fn lighthouse(root: &Path, url: &str) -> serde_json::Value {
    let out = env::temp_dir().join(format!("kyr-lighthouse-{}.json", std::process::id()));
    let profile = env::temp_dir().join(format!("kyr-lighthouse-profile-{}", std::process::id()));
    run(Command::new(root.join("node_modules/.bin/lighthouse"))
        .arg(url)
        .args(["--quiet", "--output=json", "--only-categories=performance,accessibility,best-practices,seo"])
        .arg(format!("--output-path={}", out.display()))
        .arg(format!(
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir={}",
            profile.display()
        ))
        .env("CHROME_PATH", env::var("CHROME_PATH").unwrap_or_else(|_| "/usr/bin/chromium".into())));
    let _ = fs::remove_dir_all(&profile);
    let report = fs::read_to_string(&out).unwrap_or_else(|e| fail(&format!("no Lighthouse report: {e}")));
    serde_json::from_str(&report).unwrap_or_else(|e| fail(&format!("Lighthouse report: {e}")))
}

/// The pages in the README's screenshots: (file name, path, dark mode).
const SCREENSHOTS: &[(&str, &str, bool)] = &[
    ("home", "/en", false),
    ("question", "/en/scenarios/ice-asks-police/immigration", false),
    ("outcome", "/en/scenarios/ice-asks-police/immigration/no-paper", false),
    ("rights-card", "/en/card", false),
    ("outcome-dark", "/en/scenarios/ice-asks-police/immigration/no-paper", true),
    ("outcome-arabic", "/ar/scenarios/ice-asks-police/immigration/no-paper", false),
];

fn screenshots() {
    let root = root();
    let out = root.join("docs/screenshots");
    fs::create_dir_all(&out).unwrap_or_else(|e| fail(&format!("cannot create docs/screenshots: {e}")));
    let server = kyr_devserver::start(&root.join("dist"), 0)
        .unwrap_or_else(|e| fail(&format!("cannot serve dist/: {e}")));
    let chrome = env::var("CHROME_PATH").unwrap_or_else(|_| "/usr/bin/chromium".into());
    for (name, path, dark) in SCREENSHOTS {
        let profile = env::temp_dir().join(format!("kyr-shot-{}-{name}", std::process::id()));
        let file = out.join(format!("{name}.png"));
        let mut cmd = Command::new(&chrome);
        cmd.args([
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--window-size=390,844",
            "--virtual-time-budget=8000",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", file.display()));
        if *dark {
            cmd.args(["--force-dark-mode", "--blink-settings=preferredColorScheme=0"]);
        }
        cmd.arg(format!("{}{path}", server.url()))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        run(&mut cmd);
        let _ = fs::remove_dir_all(&profile);
        if !file.is_file() {
            fail(&format!("Chromium wrote no screenshot for {path}"));
        }
        println!("xtask: docs/screenshots/{name}.png ({path}{})", if *dark { ", dark" } else { "" });
    }
}

/// The brotli and gzip (level 9) forms of `bytes`. Brotli quality 11 (slow, smallest) for the
/// shared assets every visitor downloads; 9 for the thousand pages, each fetched once.
fn compressed(bytes: &[u8], best: bool) -> (Vec<u8>, Vec<u8>) {
    use std::io::Write;
    let mut br = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut br, 4096, if best { 11 } else { 9 }, 22);
        w.write_all(bytes).expect("brotli");
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).expect("gzip");
    (br, gz.finish().expect("gzip"))
}

/// Writes `file.br` and `file.gz` beside every text or WebAssembly file in `dir`, so a server can
/// send them as they are. Returns how many files it compressed.
fn compress_all(dir: &Path) -> usize {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).expect("read dist").flatten() {
            let p = entry.path();
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("").to_string();
            if p.is_dir() {
                stack.push(p);
            } else if ["html", "css", "js", "wasm", "bin", "svg", "txt", "json", "webmanifest"]
                .contains(&ext.as_str())
            {
                files.push((p, ext != "html"));
            }
        }
    }
    // Two workers: the machine has two cores.
    let (a, b) = files.split_at(files.len() / 2);
    std::thread::scope(|scope| {
        for half in [a, b] {
            scope.spawn(move || {
                for (p, best) in half {
                    let bytes = fs::read(p).expect("read a file to compress");
                    let (br, gz) = compressed(&bytes, *best);
                    fs::write(format!("{}.br", p.display()), br).expect("write .br");
                    fs::write(format!("{}.gz", p.display()), gz).expect("write .gz");
                }
            });
        }
    });
    files.len()
}

/// Where the site will live, for canonical and alternate-language links (`KYR_SITE_URL`).
fn site_url() -> String {
    env::var("KYR_SITE_URL")
        .unwrap_or_else(|_| "https://knowyourrights.chicago".into())
        .trim_end_matches('/')
        .to_string()
}

/// The text between `start` and the next `end` after it, with tags removed and entities decoded.
fn text_between(html: &str, start: &str, end: &str) -> Option<String> {
    let from = html.find(start)? + start.len();
    let to = from + html[from..].find(end)?;
    let mut text = String::new();
    let mut in_tag = false;
    for c in html[from..to].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    Some(text.replace("&amp;", "&").split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Renders every page of every language with Yew's server renderer into its own
/// `dist/<path>/index.html`, and `dist/404.html` for addresses that match no page.
fn prerender(dist: &Path, template: &str, style: &str, boot: &str) {
    use kyr_chicago::content::{self, msg};
    use kyr_chicago::i18n::I18n;

    let site = site_url();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    let render = |path: String| {
        runtime.block_on(async move {
            yew::ServerRenderer::<kyr_chicago::ServerApp>::with_props(move || kyr_chicago::ServerAppProps {
                path,
            })
            .render()
            .await
        })
    };
    let fill = |path: &str, body: &str, prerendered: bool| -> String {
        let locale = path
            .split('/')
            .find(|s| !s.is_empty())
            .and_then(content::locale)
            .unwrap_or_else(content::default_locale);
        let i18n = I18n::new(locale);
        let title = text_between(body, "data-title=\"", "\"").unwrap_or_else(|| i18n.t(msg::SITE_NAME));
        let description =
            text_between(body, "<p class=\"lead\">", "</p>").unwrap_or_else(|| i18n.t(msg::PAGE_DESCRIPTION));
        // The same page in every language, for search engines and the language picker.
        let mut head = String::new();
        if prerendered {
            head.push_str(&format!("  <link rel=\"canonical\" href=\"{site}{path}\">\n"));
            let rest = path.strip_prefix(&format!("/{}", locale.code)).unwrap_or("");
            if path != "/" {
                for l in content::LOCALES {
                    head.push_str(&format!(
                        "  <link rel=\"alternate\" hreflang=\"{}\" href=\"{site}/{}{rest}\">\n",
                        l.code, l.code
                    ));
                }
                head.push_str(&format!(
                    "  <link rel=\"alternate\" hreflang=\"x-default\" href=\"{site}/\">\n"
                ));
            }
        }
        template
            .replace("{{lang}}", locale.code)
            .replace("{{dir}}", locale.dir.as_str())
            .replace("{{title}}", &escape_html(&title))
            .replace("{{description}}", &escape_html(&description))
            .replace("{{head}}", head.trim_end_matches('\n'))
            .replace("{{style}}", style)
            .replace("{{boot}}", boot)
            .replace("{{prerendered}}", if prerendered { " data-prerendered" } else { "" })
            .replace("{{load-error}}", &escape_html(&i18n.t(msg::LOAD_ERROR)))
            .replace("{{body}}", body)
    };
    let paths = kyr_chicago::app::all_paths();
    for path in &paths {
        let body = render(path.clone());
        let file = dist.join(path.trim_start_matches('/')).join("index.html");
        fs::create_dir_all(file.parent().expect("a folder")).expect("create a page folder");
        fs::write(&file, fill(path, &body, true))
            .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", file.display())));
    }
    // Unknown addresses get the not-found page, which the app then draws afresh (not hydrated:
    // the address may be a scenario link that does not fit, with its own explanation).
    let body = render("/404".into());
    fs::write(dist.join("404.html"), fill("/404", &body, false)).expect("write 404.html");
    if template.contains("{{") && fill("/", "", true).contains("{{") {
        fail("index.html has a placeholder the pre-renderer does not fill");
    }
    println!(
        "xtask: pre-rendered {} pages in {} languages",
        paths.len(),
        kyr_chicago::content::LOCALES.len()
    );
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
