//! The message bundle format. The browser never downloads a language's whole text: each locale's
//! messages are split into *parts* ([`part_of`]: `core`, `law`, `myths`, and one per scenario),
//! each a small file under `dist/messages/` fetched when a page first needs it, and every
//! pre-rendered page carries the messages it was rendered from inline, so its first view needs no
//! message file at all. The app's decoder is `src/i18n/bundle.rs`; keep the two in step.
//!
//! The format is text, so it can sit in a page as it is (`<script type="text/plain">`), where
//! brotli finds the same words in the page's own text. Numbers are decimal digits ended by `:`.
//! ```text
//! bundle  := "KYRM2:" str locale, num count, entry*        (entries sorted by id)
//! entry   := str id, num has_value(0|1), [pattern], num n_attrs, (str name, pattern)*
//! pattern := num n_parts, part*
//! part    := "0:" str text | "1:" str variable | "2:" str variable, num default, num n, (str key, pattern)*
//! str     := num byte_length, UTF-8 bytes
//! ```
//! Several bundles may follow one another (a page's inline block holds one per locale it uses).

use crate::model::{Locale, Message, Part, Pattern};

pub const MAGIC: &str = "KYRM2:";

/// The part a message belongs to: `law` (the law library's texts), `myths`, the scenario's id for
/// a scenario's own messages (`<scenario>_<node>…`), and `core` for the rest (the interface,
/// scenario titles, help numbers, the card), which every page needs; `partners` for the embed
/// code page's interface messages (`partners-…`) and `present` for trainer mode's (`present-…`,
/// `quiz-…`), which no page of the app shows.
pub fn part_of<'a>(id: &'a str, scenario_ids: &[&str]) -> &'a str {
    if id.starts_with("partners-") {
        return "partners";
    }
    if id.starts_with("present-") || id.starts_with("quiz-") {
        return "present";
    }
    match id.split_once('_') {
        Some(("law" | "law-group", _)) => "law",
        Some(("myth", _)) => "myths",
        Some(("glossary", _)) => "glossary",
        Some((prefix, _)) if scenario_ids.contains(&prefix) => prefix,
        _ => "core",
    }
}

/// The part names that are not scenario ids (so no scenario may have one of these ids).
pub const FIXED_PARTS: [&str; 6] = ["core", "law", "myths", "glossary", "partners", "present"];

fn num(out: &mut String, n: usize) {
    out.push_str(&n.to_string());
    out.push(':');
}

fn str(out: &mut String, s: &str) {
    num(out, s.len());
    out.push_str(s);
}

fn pattern(out: &mut String, p: &Pattern) {
    num(out, p.len());
    for part in p {
        match part {
            Part::Text(t) => {
                out.push_str("0:");
                str(out, t);
            }
            Part::Var(v) => {
                out.push_str("1:");
                str(out, v);
            }
            Part::Select { var, variants, default } => {
                out.push_str("2:");
                str(out, var);
                num(out, *default);
                num(out, variants.len());
                for (k, p) in variants {
                    str(out, k);
                    pattern(out, p);
                }
            }
        }
    }
}

/// A bundle of the locale `code` holding `messages` (in id order).
pub fn encode<'a>(code: &str, messages: impl IntoIterator<Item = (&'a String, &'a Message)>) -> String {
    let messages: Vec<_> = messages.into_iter().collect();
    let mut out = String::from(MAGIC);
    str(&mut out, code);
    num(&mut out, messages.len());
    for (id, m) in messages {
        str(&mut out, id);
        match &m.value {
            Some(p) => {
                out.push_str("1:");
                pattern(&mut out, p);
            }
            None => out.push_str("0:"),
        }
        num(&mut out, m.attributes.len());
        for (name, p) in &m.attributes {
            str(&mut out, name);
            pattern(&mut out, p);
        }
    }
    out
}

/// Some of a locale's messages (a pre-rendered page's inline block): the values and attributes in
/// `used` (as `(id, attribute)`, `None` for the value), and all of each message in `whole`.
pub fn encode_subset(locale: &Locale, used: &[(&str, Option<&str>)], whole: &[&str]) -> String {
    let wanted = |id: &str, attr: Option<&str>| whole.contains(&id) || used.contains(&(id, attr));
    let chosen: Vec<(&String, Message)> = locale
        .messages
        .iter()
        .map(|(id, m)| {
            let value = m.value.clone().filter(|_| wanted(id, None));
            let attributes = m
                .attributes
                .iter()
                .filter(|(name, _)| wanted(id, Some(name)))
                .map(|(name, p)| (name.clone(), p.clone()))
                .collect();
            (id, Message { value, attributes })
        })
        .filter(|(_, m)| m.value.is_some() || !m.attributes.is_empty())
        .collect();
    encode(&locale.code, chosen.iter().map(|(id, m)| (*id, m)))
}

/// One part of a locale's messages.
pub fn encode_part(locale: &Locale, part: &str, scenario_ids: &[&str]) -> String {
    encode(&locale.code, locale.messages.iter().filter(|(id, _)| part_of(id, scenario_ids) == part))
}

/// The part names, in a stable order: the fixed parts, then each scenario.
pub fn part_names(content: &crate::Content) -> Vec<String> {
    let mut names: Vec<String> = FIXED_PARTS.iter().map(|s| s.to_string()).collect();
    names.extend(content.scenarios.iter().map(|s| s.id.clone()));
    names
}

/// FNV-1a, 64 bits: a stable content hash for cache-busting file names.
pub fn short_hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{:016x}", h)[..12].to_string()
}

/// Every locale's parts, as `(locale index, part name, file name, text)`. One hash of all a
/// locale's parts names its files (so the app carries six hashes, not one per file).
pub fn parts(content: &crate::Content) -> Vec<(usize, String, String, String)> {
    let ids: Vec<&str> = content.scenarios.iter().map(|s| s.id.as_str()).collect();
    let mut out = Vec::new();
    for (i, l) in content.locales.iter().enumerate() {
        let texts: Vec<(String, String)> =
            part_names(content).into_iter().map(|part| (encode_part(l, &part, &ids), part)).collect();
        let hash = short_hash(texts.iter().map(|(t, _)| t.as_str()).collect::<String>().as_bytes());
        for (text, part) in texts {
            out.push((i, part.clone(), file_name(&l.code, &part, &hash), text));
        }
    }
    out
}

/// Each locale's hash for [`file_name`], in `content.locales` order.
pub fn locale_hashes(content: &crate::Content) -> Vec<String> {
    let parts = parts(content);
    (0..content.locales.len())
        .map(|i| {
            let (_, part, file, _) = parts.iter().find(|(li, ..)| *li == i).expect("every locale has parts");
            let code = &content.locales[i].code;
            file[code.len() + part.len() + 2..file.len() - ".txt".len()].to_string()
        })
        .collect()
}

/// Every locale's whole text in one bundle, as `(file name, text)`, in `content.locales` order:
/// what native builds (tests, the pre-renderer) compile in.
pub fn all(content: &crate::Content) -> Vec<(String, String)> {
    content
        .locales
        .iter()
        .map(|l| {
            let text = encode(&l.code, &l.messages);
            (file_name(&l.code, "all", &short_hash(text.as_bytes())), text)
        })
        .collect()
}

/// A bundle's file name under `dist/messages/`: the locale, the part and a hash of the text.
/// (`src/content.rs` builds the same names.)
pub fn file_name(code: &str, part: &str, hash: &str) -> String {
    format!("{code}-{part}-{hash}.txt")
}
