//! Help lines as tap-to-call and tap-to-text links, each with where and when it was checked.

use yew::prelude::*;

use super::message;
use crate::content::{msg, RESOURCES};
use crate::i18n::{Arg, I18n};

/// `8554357693` → `855-435-7693`; `18005297374` → `1-800-529-7374`; short numbers (311) as is.
pub fn format_phone(digits: &str) -> String {
    match digits.len() {
        10 => format!("{}-{}-{}", &digits[..3], &digits[3..6], &digits[6..]),
        11 => format!("{}-{}-{}-{}", &digits[..1], &digits[1..4], &digits[4..7], &digits[7..]),
        _ => digits.to_string(),
    }
}

/// A `tel:`/`sms:` address: US numbers get their country code so every phone dials them.
pub fn dial(digits: &str) -> String {
    match digits.len() {
        10 => format!("+1{digits}"),
        11 => format!("+{digits}"),
        _ => digits.to_string(),
    }
}

pub struct HelpListProps {
    /// Indices into the help resources.
    pub resources: &'static [usize],
    /// Each line's name is a heading of this level: 2 right under the page's `h1` (the help
    /// page), 3 under a section's `h2` (an outcome's "Who can help").
    pub level: u8,
}

/// The call and text buttons of help line `index` (its tap-to-call, tap-to-text and TTY links).
fn actions(i18n: &I18n, index: usize) -> Html {
    let r = &RESOURCES[index];
    html! {
        <p class="help-actions">
            if let Some(n) = r.call {
                <a class="button" href={format!("tel:{}", dial(n))}>
                    { message(i18n, msg::HELP_CALL, &[("number", Arg::Ltr(format_phone(n)))]) }
                </a>
            }
            if let Some(n) = r.text {
                <a class="button" href={format!("sms:{}", dial(n))}>
                    { message(i18n, msg::HELP_TEXT, &[("number", Arg::Ltr(format_phone(n)))]) }
                </a>
            }
            if let Some(n) = r.tty {
                <a class="button" href={format!("tel:{}", dial(n))}>
                    { message(i18n, msg::HELP_TTY, &[("number", Arg::Ltr(format_phone(n)))]) }
                </a>
            }
        </p>
    }
}

/// One help line, short, where a person needs it first: its name (and what it is for) and its
/// buttons — on the home page, the rights card, and an outcome's first screen.
pub fn help_now(i18n: I18n, index: usize, with_detail: bool) -> Html {
    let key = format!("help_{}", RESOURCES[index].id);
    html! {
        <div class="help-now">
            <p class="help-now-name">{ i18n.t(&key) }</p>
            if with_detail {
                <p class="help-now-detail">{ i18n.attr(&key, "detail").unwrap_or_default() }</p>
            }
            { actions(&i18n, index) }
        </div>
    }
}

/// The help line shown first everywhere (`urgent = true` in help/resources.toml), with what it
/// is for.
pub fn urgent_help(i18n: I18n) -> Html {
    RESOURCES.iter().position(|r| r.urgent).map(|i| help_now(i18n, i, true)).unwrap_or_default()
}

pub fn help_list(i18n: I18n, props: &HelpListProps) -> Html {
    let items = props.resources.iter().map(|&i| {
        let r = &RESOURCES[i];
        let key = format!("help_{}", r.id);
        html! {
            <li class="help-item">
                <@{if props.level == 2 { "h2" } else { "h3" }}>{ i18n.t(&key) }</@>
                <p>{ i18n.attr(&key, "detail").unwrap_or_default() }</p>
                { actions(&i18n, i) }
                <p class="help-checked">
                    { i18n.fmt(msg::HELP_CHECKED, &[("date", Arg::Str(i18n.date(r.checked)))]) }{ " " }
                    <a href={r.source}>{ i18n.t(msg::HELP_SOURCE) }</a>
                </p>
            </li>
        }
    });
    html! { <ul class="help-list">{ for items }</ul> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_read_the_us_way() {
        assert_eq!(format_phone("8554357693"), "855-435-7693");
        assert_eq!(format_phone("18005297374"), "1-800-529-7374");
        assert_eq!(format_phone("311"), "311");
        assert_eq!(dial("8554357693"), "+18554357693");
    }
}
