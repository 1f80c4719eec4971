//! Terms of art linked at their first use on a page.
//!
//! A page's running text is a list of messages in reading order (the short answer, then each
//! reason, step and note). For every glossary term, the first place any of its forms appears in
//! that list is linked to the glossary; later uses are plain text. Working on the whole list at
//! once, before anything is drawn, keeps the result the same on the server and in the browser,
//! however the page is split into pieces. Pure Rust, tested natively.

/// One link: in text `text`, bytes `start..end` are a use of glossary term `term`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermLink {
    pub text: usize,
    pub start: usize,
    pub end: usize,
    pub term: &'static str,
}

/// Whether `c`, next to a match, means the match is inside a longer word ("warrantless").
fn joins(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphanumeric())
}

/// The earliest use of any of `forms` (already lower-cased) in `text`, whose ASCII-lower-cased copy
/// is `lower` (the same length, so byte offsets agree), as a byte range.
fn find(text: &str, lower: &str, forms: &[String]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for form in forms.iter().filter(|f| !f.is_empty()) {
        let mut from = 0;
        while let Some(at) = lower[from..].find(form.as_str()).map(|i| i + from) {
            let end = at + form.len();
            if !joins(text[..at].chars().next_back()) && !joins(text[end..].chars().next()) {
                if best.is_none_or(|(b, _)| at < b) {
                    best = Some((at, end));
                }
                break;
            }
            from = at + form.chars().next().map_or(1, char::len_utf8);
        }
    }
    best
}

/// The first use of each term in `texts`: `terms` are `(id, forms)` in glossary order. A use
/// that overlaps one already linked in the same text is skipped for a later one.
pub fn first_uses(texts: &[String], terms: &[(&'static str, Vec<String>)]) -> Vec<TermLink> {
    // Lower-cased once each, not once per term and form.
    let lowered: Vec<String> = texts.iter().map(|t| t.to_ascii_lowercase()).collect();
    let mut links: Vec<TermLink> = Vec::new();
    for (term, forms) in terms {
        let forms: Vec<String> = forms.iter().map(|f| f.to_ascii_lowercase()).collect();
        'texts: for (i, (text, lower)) in texts.iter().zip(&lowered).enumerate() {
            let mut rest_from = 0;
            while let Some((s, e)) = find(&text[rest_from..], &lower[rest_from..], &forms)
                .map(|(s, e)| (s + rest_from, e + rest_from))
            {
                let overlaps = links.iter().any(|l| l.text == i && s < l.end && l.start < e);
                if !overlaps {
                    links.push(TermLink { text: i, start: s, end: e, term });
                    break 'texts;
                }
                rest_from = e;
            }
        }
    }
    links.sort_by_key(|l| (l.text, l.start));
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms() -> Vec<(&'static str, Vec<String>)> {
        vec![
            ("judicial-warrant", vec!["judge's warrant".into(), "judicial warrant".into()]),
            ("detainer", vec!["detainer".into()]),
            ("warrant", vec!["warrant".into()]),
        ]
    }

    #[test]
    fn each_term_is_linked_once_at_its_first_use() {
        let texts: Vec<String> = vec![
            "ICE sent a detainer.".into(),
            "A Judge's warrant is different. Another detainer, another judicial warrant.".into(),
        ];
        let links = first_uses(&texts, &terms());
        let shown: Vec<(usize, &str, &str)> =
            links.iter().map(|l| (l.text, &texts[l.text][l.start..l.end], l.term)).collect();
        assert_eq!(
            shown,
            vec![
                (0, "detainer", "detainer"),
                (1, "Judge's warrant", "judicial-warrant"),
                (1, "warrant", "warrant")
            ]
        );
        // The plain "warrant" is the later one, not the one inside "Judge's warrant".
        assert!(links[2].start > links[1].end);
    }

    #[test]
    fn a_form_inside_a_longer_word_is_not_a_use() {
        let texts: Vec<String> = vec!["A warrantless arrest. Then a warrant.".into()];
        let links = first_uses(&texts, &terms());
        assert_eq!(links.len(), 1);
        assert_eq!(&texts[0][links[0].start..links[0].end], "warrant");
        assert_eq!(links[0].start, texts[0].rfind("warrant").unwrap());
    }

    #[test]
    fn scripts_without_spaces_match_anywhere() {
        let texts: Vec<String> = vec!["移民局发出了拘留请求。".into()];
        let links = first_uses(&texts, &[("detainer", vec!["拘留请求".into()])]);
        assert_eq!(&texts[0][links[0].start..links[0].end], "拘留请求");
    }
}
