//! `cargo run -p kyr-content --example coverage [content-dir]`: per-locale translation coverage.
//!
//! For each locale: how many of English's messages (values and attributes) it has, how many are
//! still word for word the same as English (often fine for names, icons and citations; otherwise
//! a sign of text left untranslated), and whether a qualified person has reviewed it.
fn main() {
    let root = std::env::args().nth(1).unwrap_or_else(|| "content".into());
    let content = match kyr_content::load(std::path::Path::new(&root)) {
        Ok(c) => c,
        Err(d) => {
            eprint!("{d}");
            std::process::exit(1);
        }
    };
    let english = content.locales.iter().find(|l| l.code == content.default_locale).expect("default locale");
    let texts = |l: &kyr_content::Locale| -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (id, m) in &l.messages {
            if let Some(p) = &m.value {
                out.push((id.clone(), format!("{p:?}")));
            }
            for (a, p) in &m.attributes {
                out.push((format!("{id}.{a}"), format!("{p:?}")));
            }
        }
        out
    };
    let en = texts(english);
    println!(
        "{:<10} {:<12} {:>9} {:>10} {:>14}  reviewed",
        "locale", "name", "messages", "coverage", "same as en"
    );
    for l in &content.locales {
        let mine: std::collections::BTreeMap<String, String> = texts(l).into_iter().collect();
        let present = en.iter().filter(|(k, _)| mine.contains_key(k)).count();
        let same = en.iter().filter(|(k, v)| mine.get(k) == Some(v)).count();
        println!(
            "{:<10} {:<12} {:>4}/{:<4} {:>9.1}% {:>14}  {}",
            l.code,
            l.name,
            present,
            en.len(),
            100.0 * present as f64 / en.len() as f64,
            if l.code == english.code { "-".to_string() } else { same.to_string() },
            if l.reviewed { "yes" } else { "no (machine translation shows a notice)" }
        );
    }
}
