//! The message bundle format: one small binary file per locale, fetched by the browser for the
//! page's language only (so the WebAssembly carries no text, and adding a language adds no bytes
//! for anyone else). The app's decoder is `src/i18n/bundle.rs`; keep the two in step.
//!
//! All integers little-endian.
//! ```text
//! bundle  := b"KYRM" u8 version(=1) u32 count entry*        (entries sorted by id)
//! entry   := str id, u8 has_value, [pattern], u8 n_attrs, (str name, pattern)*
//! pattern := u16 n_parts, part*
//! part    := u8 0, str text | u8 1, str variable | u8 2, str variable, u16 default, u16 n, (str key, pattern)*
//! str     := u32 len, UTF-8 bytes
//! ```

use crate::model::{Locale, Part, Pattern};

pub const MAGIC: &[u8; 4] = b"KYRM";
pub const VERSION: u8 = 1;

fn str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

fn pattern(out: &mut Vec<u8>, p: &Pattern) {
    out.extend_from_slice(&(p.len() as u16).to_le_bytes());
    for part in p {
        match part {
            Part::Text(t) => {
                out.push(0);
                str(out, t);
            }
            Part::Var(v) => {
                out.push(1);
                str(out, v);
            }
            Part::Select { var, variants, default } => {
                out.push(2);
                str(out, var);
                out.extend_from_slice(&(*default as u16).to_le_bytes());
                out.extend_from_slice(&(variants.len() as u16).to_le_bytes());
                for (k, p) in variants {
                    str(out, k);
                    pattern(out, p);
                }
            }
        }
    }
}

/// The bundle of one locale's messages.
pub fn encode(locale: &Locale) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.push(VERSION);
    out.extend_from_slice(&(locale.messages.len() as u32).to_le_bytes());
    // BTreeMap: already sorted by id.
    for (id, m) in &locale.messages {
        str(&mut out, id);
        match &m.value {
            Some(p) => {
                out.push(1);
                pattern(&mut out, p);
            }
            None => out.push(0),
        }
        out.push(m.attributes.len() as u8);
        for (name, p) in &m.attributes {
            str(&mut out, name);
            pattern(&mut out, p);
        }
    }
    out
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

/// Every locale's bundle, as `(file name, bytes)`, in `content.locales` order.
pub fn all(content: &crate::Content) -> Vec<(String, Vec<u8>)> {
    content
        .locales
        .iter()
        .map(|l| {
            let bytes = encode(l);
            (file_name(&l.code, &bytes), bytes)
        })
        .collect()
}

/// The bundle's file name under `dist/messages/`: the locale and a hash of the bytes.
pub fn file_name(code: &str, bytes: &[u8]) -> String {
    format!("{code}-{}.bin", short_hash(bytes))
}
