//! Build-time settings (see `build.rs`).

include!(concat!(env!("OUT_DIR"), "/config.rs"));
