//! `cargo run -p kyr-content --example check [content-dir] [--try-locale CODE:NAME:DIR]…`
//!
//! Checks the content and prints every problem, or a short summary. The app's build runs the same
//! checks. `--try-locale es:Español:ltr` checks a locale folder that is not yet registered in
//! locales.toml (as unreviewed), without touching the real files: translators use it while a
//! translation is in progress.
use std::path::{Path, PathBuf};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if src.is_dir() {
            copy_dir(&src, &dst);
        } else {
            std::fs::copy(&src, &dst).expect("copy file");
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut root = PathBuf::from("content");
    let mut extra = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--try-locale" {
            extra.push(it.next().expect("--try-locale CODE:NAME:DIR").clone());
        } else {
            root = PathBuf::from(a);
        }
    }
    let checked_root = if extra.is_empty() {
        root.clone()
    } else {
        let tmp = std::env::temp_dir().join(format!("kyr-check-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        copy_dir(&root, &tmp);
        let mut locales = std::fs::read_to_string(tmp.join("locales.toml")).expect("locales.toml");
        for e in &extra {
            let mut parts = e.splitn(3, ':');
            let (code, name, dir) =
                (parts.next().unwrap(), parts.next().unwrap_or("?"), parts.next().unwrap_or("ltr"));
            if !locales.contains(&format!("code = \"{code}\"")) {
                locales.push_str(&format!(
                    "\n[[locale]]\ncode = \"{code}\"\nname = \"{name}\"\ncontinue = \"{name}\"\ndir = \"{dir}\"\nreviewed = false\n"
                ));
            }
        }
        std::fs::write(tmp.join("locales.toml"), locales).expect("write locales.toml");
        tmp
    };
    let result = kyr_content::load(&checked_root);
    if checked_root != root {
        let _ = std::fs::remove_dir_all(&checked_root);
    }
    match result {
        Ok(c) => println!(
            "content OK: {} scenarios, {} provisions, {} help lines, {} locales ({})",
            c.scenarios.len(),
            c.provisions.len(),
            c.resources.len(),
            c.locales.len(),
            c.locales.iter().map(|l| l.code.as_str()).collect::<Vec<_>>().join(", ")
        ),
        Err(d) => {
            eprint!("{d}");
            eprintln!("{} problem(s)", d.len());
            std::process::exit(1);
        }
    }
}
