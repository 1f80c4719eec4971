//! Decoding message bundles (the format is documented in `crates/content/src/bundle.rs`, which
//! writes it). Malformed text gives an error, never a panic. Decoded strings are leaked, once, so
//! that messages are `'static` like the rest of the content.

use crate::content::{Message, Part, Pattern};

/// One locale's messages (or some of them), sorted by id.
pub type Catalogue = &'static [(&'static str, Message)];

/// A decoded bundle: its locale's code, and its messages sorted by id.
pub type Decoded = (&'static str, Vec<(&'static str, Message)>);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleError(pub &'static str);

const MAGIC: &str = "KYRM2:";

struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    fn done(&self) -> bool {
        self.at >= self.text.len()
    }

    fn expect(&mut self, s: &str) -> Result<(), BundleError> {
        if self.text[self.at..].starts_with(s) {
            self.at += s.len();
            Ok(())
        } else {
            Err(BundleError("not a message bundle"))
        }
    }

    /// Decimal digits ended by `:`.
    fn num(&mut self) -> Result<usize, BundleError> {
        let rest = &self.text.as_bytes()[self.at..];
        let end = rest.iter().position(|&b| b == b':').ok_or(BundleError("truncated"))?;
        if end == 0 || end > 9 || !rest[..end].iter().all(u8::is_ascii_digit) {
            return Err(BundleError("bad number"));
        }
        let n = rest[..end].iter().fold(0usize, |n, d| n * 10 + usize::from(d - b'0'));
        self.at += end + 1;
        Ok(n)
    }

    fn str(&mut self) -> Result<&'static str, BundleError> {
        let len = self.num()?;
        let end =
            self.at.checked_add(len).filter(|&e| e <= self.text.len()).ok_or(BundleError("truncated"))?;
        let s = self.text.get(self.at..end).ok_or(BundleError("a length splits a character"))?;
        self.at = end;
        Ok(String::from(s).leak())
    }

    fn pattern(&mut self, depth: u8) -> Result<Pattern, BundleError> {
        if depth > 8 {
            return Err(BundleError("nested too deeply"));
        }
        let n = self.num()?;
        let mut parts = Vec::with_capacity(n.min(64));
        for _ in 0..n {
            parts.push(match self.num()? {
                0 => Part::Text(self.str()?),
                1 => Part::Var(self.str()?),
                2 => {
                    let var = self.str()?;
                    let default = self.num()?;
                    let count = self.num()?;
                    let mut variants = Vec::with_capacity(count.min(64));
                    for _ in 0..count {
                        variants.push((self.str()?, self.pattern(depth + 1)?));
                    }
                    if default >= variants.len() {
                        return Err(BundleError("select without its default variant"));
                    }
                    Part::Select { var, variants: variants.leak(), default }
                }
                _ => return Err(BundleError("unknown part")),
            });
        }
        Ok(parts.leak())
    }

    fn bundle(&mut self) -> Result<Decoded, BundleError> {
        self.expect(MAGIC)?;
        let code = self.str()?;
        let count = self.num()?;
        let mut out: Vec<(&'static str, Message)> = Vec::with_capacity(count.min(8192));
        for _ in 0..count {
            let id = self.str()?;
            let value = match self.num()? {
                0 => None,
                1 => Some(self.pattern(0)?),
                _ => return Err(BundleError("bad value flag")),
            };
            let n = self.num()?;
            let mut attributes = Vec::with_capacity(n.min(64));
            for _ in 0..n {
                attributes.push((self.str()?, self.pattern(0)?));
            }
            out.push((id, Message { value, attributes: attributes.leak() }));
        }
        if out.windows(2).any(|w| w[0].0 >= w[1].0) {
            return Err(BundleError("messages not sorted"));
        }
        Ok((code, out))
    }
}

/// Decodes one or more bundles, one after another: `(locale code, messages sorted by id)` each.
pub fn decode(text: &str) -> Result<Vec<Decoded>, BundleError> {
    let mut r = Reader { text, at: 0 };
    let mut out = Vec::new();
    while !r.done() {
        out.push(r.bundle()?);
    }
    if out.is_empty() {
        return Err(BundleError("empty"));
    }
    Ok(out)
}
