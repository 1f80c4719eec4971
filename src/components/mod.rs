//! Shared widgets used by several pages.

mod citations;
mod help;
mod layout;
mod read_aloud;

pub use citations::{Cites, SourceList};
pub use help::{dial, format_phone, HelpList};
pub use layout::Layout;
pub use read_aloud::ReadAloud;
