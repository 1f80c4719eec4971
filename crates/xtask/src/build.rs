//! `build`: cargo → wasm-bindgen → wasm-opt → short import names → terser → pre-rendered pages
//! → `dist/` with `.br`/`.gz` copies of every file.

use std::fs;
use std::process::Command;

use kyr_content::bundle::short_hash;

use crate::compress::compress_all;
use crate::minify::{minify_imports, minify_js, strip_comments, strip_css_comments};
use crate::prerender::prerender;
use crate::{fail, root, run, target_dir, wasm_cargo, APP_BIN, WASM_TARGET};

pub(crate) fn build(dev: bool) {
    let root = root();
    let profile = if dev { "debug" } else { "release" };
    run(&mut wasm_cargo(dev, &["--bin", APP_BIN]));

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
    let js = fs::read_to_string(bindgen_out.join("app.js"))
        .unwrap_or_else(|e| fail(&format!("cannot read app.js: {e}")));
    let (wasm, js) = if dev { (wasm, js) } else { minify_imports(&wasm, &js) };
    let js = if dev { js } else { minify_js(&root, &bindgen_out, "app", &js) };
    let wasm_name = format!("app-{}.wasm", short_hash(&wasm));
    write(&wasm_name, &wasm);
    let js_name = format!("app-{}.js", short_hash(js.as_bytes()));
    write(&js_name, js.as_bytes());
    // The pages' own scripts (`js/`): the share control goes into every kind of page's script, so
    // it works before (and without) the WebAssembly; the crash screen into the app's.
    let read_js = |name: &str| {
        fs::read_to_string(root.join("js").join(name))
            .unwrap_or_else(|e| fail(&format!("cannot read js/{name}: {e}")))
    };
    let share = read_js("share.js");
    let crash = read_js("crash.js");
    // Quick exit's keys, shared by the site's page script and embed pages' script.
    let keys = read_js("quick-exit-keys.js");
    let site = keys.clone() + &read_js("site.js");
    let page_script =
        |name: &str, src: String| if dev { src } else { minify_js(&root, &bindgen_out, name, &src) };
    // The module every page of the site runs (index.html needs no inline script: the CSP forbids
    // it): the pages' own script (quick exit, read aloud, print, offline copy, language choice,
    // share), and on the pages the app draws (not `#app[data-static]`) it starts the app, only
    // once the page has loaded and painted, so on a slow connection the page's own text and
    // stylesheet get the whole line first.
    let boot = format!(
        "const go=()=>requestAnimationFrame(()=>requestAnimationFrame(()=>setTimeout(async()=>{{const m=await import('./{js_name}');m.default({{module_or_path:new URL('./{wasm_name}',import.meta.url)}})}})));\n\
         document.querySelector('#app[data-static]')||(document.readyState==='complete'?go():addEventListener('load',go,{{once:true}}));\n{crash}{share}{site}"
    );
    let boot = page_script("boot", boot);
    let boot_name = format!("boot-{}.js", short_hash(boot.as_bytes()));
    write(&boot_name, boot.as_bytes());
    // Embed pages and the embed code page run these instead of the app (`src/embed.rs`).
    write(
        "embed-frame.js",
        page_script("embed-frame", keys + &read_js("embed-frame.js") + &share).as_bytes(),
    );
    write("embed-builder.js", page_script("embed-builder", read_js("embed-builder.js")).as_bytes());
    // The presenter view's script and stylesheet (`src/trainer.rs`): only its decks load them.
    write("present.js", page_script("present", read_js("present.js")).as_bytes());
    write("quiz.js", page_script("quiz", read_js("quiz.js")).as_bytes());
    let present_css = fs::read_to_string(root.join("style/present.css"))
        .unwrap_or_else(|e| fail(&format!("cannot read style/present.css: {e}")));
    let present_css = strip_css_comments(&present_css).into_bytes();
    let present_css_name = format!("present-{}.css", short_hash(&present_css));
    write(&present_css_name, &present_css);
    let css = fs::read_to_string(root.join("style/main.css"))
        .unwrap_or_else(|e| fail(&format!("cannot read style/main.css: {e}")));
    // Comments and indentation are for the stylesheet's readers.
    let css = strip_css_comments(&css).into_bytes();
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

    // Each locale's messages in parts, fetched by the browser when a page first needs one (every
    // pre-rendered page also carries the messages it was rendered from; see `prerender`).
    let content =
        kyr_content::load(&root.join("content")).unwrap_or_else(|d| fail(&format!("content problems:\n{d}")));
    fs::create_dir_all(dist.join("messages")).expect("create dist/messages");
    for (_, _, file, text) in kyr_content::bundle::parts(&content) {
        write(&format!("messages/{file}"), text.as_bytes());
    }

    // What "Save for offline use" keeps, per language (static/sw.js reads these lists): the app,
    // the language's pages, and every part of the messages those pages use.
    fs::create_dir_all(dist.join("offline")).expect("create dist/offline");
    let all = kyr_chicago::app::all_paths();
    for l in kyr_chicago::content::LOCALES {
        let prefix = format!("/{}", l.code);
        let pages: Vec<&String> =
            all.iter().filter(|p| *p == &prefix || p.starts_with(&format!("{prefix}/"))).collect();
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
        ];
        let mut parts = std::collections::BTreeSet::new();
        for page in &pages {
            for (locale, part) in kyr_chicago::app::parts_for(&kyr_chicago::Route::parse(page)) {
                if let Some(file) = locale.part_file(part) {
                    parts.insert(format!("/messages/{file}"));
                }
            }
        }
        urls.extend(parts);
        urls.extend(pages.into_iter().cloned());
        // Trainer mode in the language (the decks, the quiz), for a workshop without a connection.
        urls.extend(["/present.js".into(), "/quiz.js".into(), format!("/{present_css_name}")]);
        urls.push(kyr_chicago::trainer::quiz_path(l.code));
        urls.extend(kyr_chicago::trainer::decks_of(l.code));
        let json = format!("[{}]", urls.iter().map(|u| format!("{u:?}")).collect::<Vec<_>>().join(","));
        write(&format!("offline/{}.json", l.code), json.as_bytes());
    }

    let template = fs::read_to_string(root.join("index.html"))
        .unwrap_or_else(|e| fail(&format!("cannot read index.html: {e}")));
    // The template's comments are for its readers, not for every page a phone downloads.
    let template = strip_comments(&template);
    let styles =
        crate::prerender::Styles { site: format!("/{css_name}"), present: format!("/{present_css_name}") };
    prerender(&dist, &content, &template, &styles, &format!("/{boot_name}"));
    let codes: Vec<&str> = kyr_chicago::content::LOCALES.iter().map(|l| l.code).collect();
    crate::headers::write_headers(&dist, &template, &codes);
    if !dev {
        let n = compress_all(&dist);
        println!("xtask: wrote .br and .gz copies of {n} files");
    }
    println!("xtask: built dist/ ({profile}): {wasm_name} {} bytes, {js_name}, {css_name}", wasm.len());
}
