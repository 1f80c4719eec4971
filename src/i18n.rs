//! Message formatting for the compiled Fluent catalogues (see `content.rs`).
//!
//! Patterns arrive from the build already resolved (terms and references inlined), so formatting is
//! substitution of variables and choice of select variants. Pure Rust: no browser types.

use crate::content::{self, Date, Locale, Part, Pattern};

/// A value passed into a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

/// The active locale's messages. Cheap to copy; passed through a Yew context.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct I18n {
    pub locale: &'static Locale,
}

impl I18n {
    pub fn new(locale: &'static Locale) -> Self {
        I18n { locale }
    }

    fn lookup(locale: &'static Locale, key: &str) -> Option<&'static content::Message> {
        locale.messages.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|i| &locale.messages[i].1)
    }

    /// The message, falling back to the default locale. The build guarantees every locale has every
    /// message, so the fallback (and the visible `key` as last resort) should never be seen.
    fn message(&self, key: &str) -> Option<&'static content::Message> {
        Self::lookup(self.locale, key).or_else(|| Self::lookup(content::default_locale(), key))
    }

    /// A message's value with no variables.
    pub fn t(&self, key: &str) -> String {
        self.fmt(key, &[])
    }

    /// A message's value with variables.
    pub fn fmt(&self, key: &str, args: &[(&str, Arg)]) -> String {
        match self.message(key).and_then(|m| m.value) {
            Some(p) => self.format(p, args),
            None => key.to_string(),
        }
    }

    /// A message attribute (`.summary`, `.hint`), if the message has it.
    pub fn attr(&self, key: &str, attr: &str) -> Option<String> {
        let m = self.message(key)?;
        m.attributes.iter().find(|(a, _)| *a == attr).map(|(_, p)| self.format(p, &[]))
    }

    /// A date in the locale's long form ("November 29, 2026").
    pub fn date(&self, d: Date) -> String {
        self.fmt(
            content::msg::DATE_LONG,
            &[
                ("month", Arg::Num(d.month.into())),
                ("day", Arg::Num(d.day.into())),
                ("year", Arg::Num(d.year.into())),
            ],
        )
    }

    fn format(&self, pattern: Pattern, args: &[(&str, Arg)]) -> String {
        let mut out = String::new();
        self.write(pattern, args, &mut out);
        out
    }

    fn write(&self, pattern: Pattern, args: &[(&str, Arg)], out: &mut String) {
        for part in pattern {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Var(name) => match args.iter().find(|(n, _)| n == name) {
                    Some((_, Arg::Str(s))) => out.push_str(s),
                    Some((_, Arg::Num(n))) => out.push_str(&n.to_string()),
                    // A missing variable shows as Fluent does, visibly, rather than vanishing.
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Part::Select { var, variants, default } => {
                    let value = args.iter().find(|(n, _)| n == var).map(|(_, v)| v);
                    let chosen = value
                        .and_then(|v| {
                            let exact = match v {
                                Arg::Str(s) => s.clone(),
                                Arg::Num(n) => n.to_string(),
                            };
                            variants.iter().find(|(k, _)| *k == exact).or_else(|| match v {
                                Arg::Num(n) => {
                                    let cat = plural_category(self.locale.code, *n);
                                    variants.iter().find(|(k, _)| *k == cat)
                                }
                                Arg::Str(_) => None,
                            })
                        })
                        .unwrap_or(&variants[*default]);
                    self.write(chosen.1, args, out);
                }
            }
        }
    }
}

/// The CLDR plural category of a whole number. English's rule for now; the languages issue adds
/// each shipped locale's rule here.
fn plural_category(_locale: &str, n: i64) -> &'static str {
    if n == 1 {
        "one"
    } else {
        "other"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::msg;

    fn en() -> I18n {
        I18n::new(content::locale("en").expect("English ships"))
    }

    #[test]
    fn dates_read_as_people_write_them() {
        let d = Date { year: 2026, month: 11, day: 29 };
        assert_eq!(en().date(d), "November 29, 2026");
        assert_eq!(en().date(Date { year: 2025, month: 1, day: 3 }), "January 3, 2025");
    }

    #[test]
    fn terms_are_inlined_and_variables_substituted() {
        assert_eq!(en().t(msg::SITE_NAME), "Know Your Rights Chicago");
        assert_eq!(en().fmt(msg::HELP_CALL, &[("number", "311".into())]), "Call 311");
    }

    #[test]
    fn a_missing_variable_is_visible_not_silent() {
        assert_eq!(en().t(msg::HELP_CALL), "Call {$number}");
    }

    #[test]
    fn attributes_are_found_by_name() {
        assert!(en().attr("scenario_ice-asks-police", "summary").is_some());
        assert_eq!(en().attr("scenario_ice-asks-police", "nope"), None);
    }
}
