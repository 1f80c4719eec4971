//! Shared widgets used by several pages.

mod citations;
mod help;
mod language_picker;
mod layout;
mod offline;
mod read_aloud;

pub use citations::{Cites, SourceList};
pub use help::{dial, format_phone, HelpList};
pub use language_picker::LanguagePicker;
pub use layout::{Layout, QuickExit};
pub use offline::OfflineCopy;
pub use read_aloud::ReadAloud;
