//! `screenshots`: phone-size screenshots of key pages for the README, with headless Chromium.

use std::process::Command;
use std::{env, fs};

use crate::{fail, root, run};

/// The pages in the README's screenshots: (file name, path, dark mode).
const SCREENSHOTS: &[(&str, &str, bool)] = &[
    ("home", "/en", false),
    ("question", "/en/scenarios/ice-asks-police/immigration", false),
    ("outcome", "/en/scenarios/ice-asks-police/immigration/no-paper", false),
    ("rights-card", "/en/card", false),
    ("outcome-dark", "/en/scenarios/ice-asks-police/immigration/no-paper", true),
    ("outcome-arabic", "/ar/scenarios/ice-asks-police/immigration/no-paper", false),
    ("help-arabic", "/ar/help", false),
    ("card-arabic", "/ar/card", false),
    ("home-chinese", "/zh-Hans", false),
    ("outcome-hindi", "/hi/scenarios/ice-asks-police/immigration/no-paper", false),
];

pub(crate) fn screenshots() {
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
