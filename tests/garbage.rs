//! Bad input never breaks it: property tests that feed garbage to everything that reads input
//! from outside — the address (route parser, embed addresses), the browser's language list, and
//! the message bundles a page fetches or carries — and check for a typed answer, never a panic.
//! (The walk-path decoder has its own in `tests/engine_props.rs`.)
//!
//! The test command runs the default 256 cases each; `cargo run -p xtask -- fuzz` runs them long
//! (`PROPTEST_CASES`, 20,000 by default).

use kyr_chicago::app::Route;
use kyr_chicago::content::{self, NATIVE_BUNDLES};
use kyr_chicago::i18n::{bundle, negotiate};
use proptest::prelude::*;

/// Address-like garbage: pieces of real addresses, percent escapes, dots, slashes, scripts,
/// right-to-left and other Unicode.
fn addresses() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("/".to_string()),
        Just("//".to_string()),
        Just("en".to_string()),
        Just("es".to_string()),
        Just("zh-Hans".to_string()),
        Just("embed".to_string()),
        Just("scenarios".to_string()),
        Just("ice-asks-police".to_string()),
        Just("immigration".to_string()),
        Just("law".to_string()),
        Just("myths".to_string()),
        Just("..".to_string()),
        Just("%2F".to_string()),
        Just("%".to_string()),
        Just("%zz".to_string()),
        Just("%C3%28".to_string()),
        Just("?x=<script>".to_string()),
        Just("#top".to_string()),
        Just("\u{202E}".to_string()),
        "[a-z0-9-]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..10).prop_map(|p| p.concat())
}

proptest! {
    /// Any address gets a route (the not-found page at worst); a recognised one has an address of
    /// its own that reads back as itself.
    #[test]
    fn any_address_gets_a_route_and_a_recognised_one_round_trips(path in addresses()) {
        let route = Route::parse(&path);
        if route != Route::NotFound {
            prop_assert_eq!(Route::parse(&route.to_path()), route.clone());
            // And the page for it (or its language's not-found page) draws without a panic.
            let _ = kyr_chicago::app::switch(route);
        }
    }

    /// Embed addresses: only the walk under `/embed/`, anything else is no embed page.
    #[test]
    fn any_address_is_an_embed_page_or_not(path in addresses()) {
        if let Some(route) = kyr_chicago::embed::embed_route(&path) {
            prop_assert!(path.starts_with("/embed"));
            let walk = matches!(route, Route::Home { .. } | Route::ScenarioStart { .. } | Route::Step { .. });
            prop_assert!(walk, "{:?} is not the walk", route);
        }
    }

    /// Any language list from a browser: a shipped language or none.
    #[test]
    fn any_language_list_gets_a_shipped_language_or_none(prefs in prop::collection::vec(any::<String>(), 0..6)) {
        if let Some(l) = negotiate(&prefs) {
            prop_assert!(content::LOCALES.iter().any(|s| std::ptr::eq(s, l)));
        }
    }

    /// Any text as a message bundle: decoded, or a typed error.
    #[test]
    fn any_text_is_a_bundle_or_an_error(text in any::<String>()) {
        let _ = bundle::decode(&text);
        let _ = bundle::decode(&format!("KYRM2:{text}"));
    }

    /// A real bundle cut short, or with one character changed, decodes or fails, and never panics.
    #[test]
    fn a_damaged_bundle_is_an_error_not_a_panic(which in 0..NATIVE_BUNDLES.len(), at in any::<prop::sample::Index>(), with in any::<char>()) {
        let text = NATIVE_BUNDLES[which];
        let mut cut = at.index(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        prop_assert!(bundle::decode(&text[..cut]).is_err() || cut == text.len());
        let mut changed = text[..cut].to_string();
        changed.push(with);
        if let Some(c) = text[cut..].chars().next() {
            changed.push_str(&text[cut + c.len_utf8()..]);
        }
        let _ = bundle::decode(&changed);
    }
}

#[test]
fn the_real_bundles_decode() {
    for text in NATIVE_BUNDLES {
        assert!(bundle::decode(text).is_ok());
    }
}
