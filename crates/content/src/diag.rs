//! Problems found in content files, each tied to a file and line.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in one content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based line number; 0 when the problem concerns a file that is missing.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
    }
}

/// All problems found in one load, in the order they were found.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, file: &Path, line: usize, message: impl Into<String>) {
        self.0.push(Diagnostic { file: file.to_path_buf(), line, message: message.into() });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// The text of one content file, able to turn byte offsets into line numbers.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
}

impl SourceFile {
    pub fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1
    }

    /// The line on which the `nth` (0-based) entry `id = …` (TOML key or Fluent message or term)
    /// starts, or 1. Fluent's parser gives no positions for entries, so we find them by text.
    pub fn line_of_entry(&self, id: &str, nth: usize) -> usize {
        self.text
            .lines()
            .enumerate()
            .filter(|(_, line)| line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
            .nth(nth)
            .map(|(i, _)| i + 1)
            .unwrap_or(1)
    }
}
