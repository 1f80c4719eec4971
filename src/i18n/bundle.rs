//! Decoding a locale's message bundle (the format is documented in `crates/content/src/bundle.rs`,
//! which writes it). Malformed bytes give an error, never a panic. The decoded catalogue is leaked
//! once per locale so that messages are `'static`, like the rest of the content.

use crate::content::{Message, Part, Pattern};

/// A locale's messages, sorted by id.
pub type Catalogue = &'static [(&'static str, Message)];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleError(pub &'static str);

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], BundleError> {
        let end =
            self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or(BundleError("truncated"))?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }

    fn u8(&mut self) -> Result<u8, BundleError> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<u16, BundleError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32, BundleError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn str(&mut self) -> Result<&'static str, BundleError> {
        let len = self.u32()? as usize;
        let s = std::str::from_utf8(self.take(len)?).map_err(|_| BundleError("invalid UTF-8"))?;
        Ok(String::from(s).leak())
    }

    fn pattern(&mut self, depth: u8) -> Result<Pattern, BundleError> {
        if depth > 8 {
            return Err(BundleError("nested too deeply"));
        }
        let n = self.u16()? as usize;
        let mut parts = Vec::with_capacity(n.min(64));
        for _ in 0..n {
            parts.push(match self.u8()? {
                0 => Part::Text(self.str()?),
                1 => Part::Var(self.str()?),
                2 => {
                    let var = self.str()?;
                    let default = self.u16()? as usize;
                    let count = self.u16()? as usize;
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
}

/// Decodes a bundle into a `'static` catalogue.
pub fn decode(bytes: &[u8]) -> Result<Catalogue, BundleError> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(4)? != b"KYRM" {
        return Err(BundleError("not a message bundle"));
    }
    if r.u8()? != 1 {
        return Err(BundleError("unknown bundle version"));
    }
    let count = r.u32()? as usize;
    let mut out: Vec<(&'static str, Message)> = Vec::with_capacity(count.min(8192));
    for _ in 0..count {
        let id = r.str()?;
        let value = match r.u8()? {
            0 => None,
            1 => Some(r.pattern(0)?),
            _ => return Err(BundleError("bad value flag")),
        };
        let n = r.u8()? as usize;
        let mut attributes = Vec::with_capacity(n);
        for _ in 0..n {
            attributes.push((r.str()?, r.pattern(0)?));
        }
        out.push((id, Message { value, attributes: attributes.leak() }));
    }
    if r.at != bytes.len() {
        return Err(BundleError("trailing bytes"));
    }
    if out.windows(2).any(|w| w[0].0 >= w[1].0) {
        return Err(BundleError("messages not sorted"));
    }
    Ok(out.leak())
}
