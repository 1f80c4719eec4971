//! Know Your Rights Chicago: what Chicago's Welcoming City Ordinance (MCC 2-173) and the Illinois
//! TRUST Act (5 ILCS 805) require, as walkthroughs of real situations with cited answers.
//!
//! The same components render in the browser (WebAssembly) and natively with Yew's server-side
//! renderer, so rendering never calls browser APIs directly; browser-only work happens in effects,
//! which the server renderer does not run. See ARCHITECTURE.md for the map.

pub mod app;
pub mod browser;
pub mod components;
pub mod config;
pub mod content;
#[cfg(not(target_arch = "wasm32"))]
pub mod embed;
pub mod engine;
pub mod hooks;
pub mod i18n;
pub mod pages;
pub mod terms;
#[cfg(not(target_arch = "wasm32"))]
pub mod trainer;

pub use app::{App, Route, ServerApp, ServerAppProps};
