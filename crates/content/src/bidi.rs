//! Left-to-right runs inside right-to-left text.
//!
//! In an Arabic sentence, the Unicode bidirectional algorithm reads a number that follows Arabic
//! letters as an Arabic number and a hyphen between two of them as neutral, so "855-435-7693"
//! displays as "7693-435-855", and a citation such as "8 U.S.C. 1373" splits around its spaces.
//! The fix is an isolate: the run is laid out on its own, left to right, and then placed in the
//! sentence as one unit. The build wraps every such run of a right-to-left locale's messages in
//! LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE, so no translator has to (and none can forget
//! to); numbers and citations the app fills in are isolated by the components that print them.
//!
//! A run starts and ends with a Latin letter or digit (a closing bracket that closes one opened in
//! the run may end it too), and may hold, between those, spaces and the marks citations, numbers
//! and English names use (`. , - / ( ) : ' & §`): "10,000", "Court Access, Safety, and
//! Participation Act". Sentence punctuation around it stays outside, with the sentence; a web
//! address's scheme keeps its "://" ("https://").

/// LEFT-TO-RIGHT ISOLATE.
pub const LRI: char = '\u{2066}';
/// POP DIRECTIONAL ISOLATE.
pub const PDI: char = '\u{2069}';

/// A Latin letter (accented ones too: "Castañon"), a digit, or the section sign.
fn is_core(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '§' || (('\u{00C0}'..='\u{024F}').contains(&c) && c.is_alphabetic())
}

fn is_joiner(c: char) -> bool {
    matches!(c, ' ' | '.' | ',' | '-' | '–' | '/' | '(' | ')' | ':' | '\'' | '’' | '&' | '§' | '_')
}

/// The byte ranges of the left-to-right runs in `text` (see the module's description).
pub fn ltr_runs(text: &str) -> Vec<std::ops::Range<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_core(chars[i].1) {
            i += 1;
            continue;
        }
        let start = i;
        // The run so far ends at `end` (exclusive), always after a core character.
        let mut end = i + 1;
        let mut j = end;
        while j < chars.len() {
            let c = chars[j].1;
            if is_core(c) {
                end = j + 1;
                j += 1;
            } else if is_joiner(c) {
                j += 1;
            } else {
                break;
            }
        }
        // A closing bracket right after the run ends it if the run opened one more than it closed.
        let depth = |to: usize| {
            chars[start..to].iter().fold(0i32, |d, &(_, c)| match c {
                '(' => d + 1,
                ')' => d - 1,
                _ => d,
            })
        };
        while end < chars.len() && chars[end].1 == ')' && depth(end) > 0 {
            end += 1;
        }
        // A web address's scheme keeps its "://" even where nothing follows ("https://").
        if chars[end..].iter().take(3).map(|&(_, c)| c).eq("://".chars()) {
            end += 3;
        }
        let to = chars.get(end).map_or(text.len(), |&(b, _)| b);
        runs.push(chars[start].0..to);
        i = end;
    }
    runs
}

/// `text` with each left-to-right run wrapped in an isolate. Text that already has isolate or
/// embedding controls is left as its author wrote it.
pub fn isolate_ltr_runs(text: &str) -> String {
    if text.chars().any(|c| ('\u{202A}'..='\u{202E}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c))
    {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut last = 0;
    for r in ltr_runs(text) {
        out.push_str(&text[last..r.start]);
        out.push(LRI);
        out.push_str(&text[r.clone()]);
        out.push(PDI);
        last = r.end;
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<&str> {
        ltr_runs(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn numbers_citations_and_names_are_runs_and_sentence_punctuation_is_not() {
        assert_eq!(runs("اتصل على 855-435-7693."), ["855-435-7693"]);
        assert_eq!(runs("انظر 8 U.S.C. 1373، و5 ILCS 805/15(b)."), ["8 U.S.C. 1373", "5 ILCS 805/15(b)"]);
        assert_eq!(runs("(ICE) و MCC 2-173-020(a)(1)(A))"), ["ICE", "MCC 2-173-020(a)(1)(A)"]);
        assert_eq!(runs("TTY: 1-800-529-7374"), ["TTY: 1-800-529-7374"]);
        assert_eq!(runs("بلا أرقام"), Vec::<&str>::new());
        // A setting's name is one run, not three shown right to left ("URL_SITE_KYR").
        assert_eq!(runs("الإعداد KYR_SITE_URL هنا"), ["KYR_SITE_URL"]);
        assert_eq!(runs("2026"), ["2026"]);
        assert_eq!(runs("قضية Castañon Nava v. DHS، في"), ["Castañon Nava v. DHS"]);
        assert_eq!(runs("عنوان يبدأ بـ https://. اختر"), ["https://"]);
        assert_eq!(runs("انظر https://www.weather.gov/ الآن"), ["https://www.weather.gov"]);
        assert_eq!(
            runs("至少为10,000美元，见（Court Access, Safety, and Participation Act）。"),
            ["10,000", "Court Access, Safety, and Participation Act"]
        );
    }

    #[test]
    fn isolates_wrap_each_run_once() {
        let once = isolate_ltr_runs("اتصل على 855-435-7693.");
        assert_eq!(once, "اتصل على \u{2066}855-435-7693\u{2069}.");
        assert_eq!(isolate_ltr_runs(&once), once, "already isolated text is left alone");
    }
}
