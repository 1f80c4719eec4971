//! Shared widgets used by several pages.

mod citations;
mod help;
mod language_picker;
mod layout;
mod offline;
mod part;
mod read_aloud;
mod text;

pub use citations::{
    challenges, cite_link, cites, source_link_text, source_list, CitesProps, SourceListProps,
};
pub use help::{dial, format_phone, help_list, help_now, urgent_help, HelpListProps};
pub use language_picker::language_picker;
#[cfg(not(target_arch = "wasm32"))]
pub use layout::draw_part;
pub use layout::{quick_exit, quick_exit_bar, review_lines, share_control, Layout, LayoutPart, LayoutProps};
pub use offline::offline_copy;
pub use part::part;
pub use read_aloud::read_aloud;
pub use text::{ltr, message, with_attributes, with_terms};
