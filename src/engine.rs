//! The scenario walk, in pure Rust (no browser or Yew types).
//!
//! A walk is the list of answers chosen so far, starting from the scenario's first question. It is
//! also a URL: `/en/scenarios/<scenario>/<answer>/<answer>…`, so every step can be linked, shared,
//! bookmarked and rendered ahead of time. Back, start over and "change an earlier answer" are all
//! just shorter walks. Decoding a path from a URL never panics: anything that does not match the
//! scenario is a [`WalkError`] saying how far it matched.

use std::fmt;

use crate::content::{Answer, Node, NodeKind, Outcome, Scenario};

/// A position in a scenario: the answers chosen, by index into each question's answers.
#[derive(Debug, Clone)]
pub struct Walk {
    pub scenario: &'static Scenario,
    /// For each step taken: the index of the chosen answer.
    choices: Vec<usize>,
}

impl PartialEq for Walk {
    /// Same scenario (by identity: scenarios are static) and same answers.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.scenario, other.scenario) && self.choices == other.choices
    }
}

impl Eq for Walk {}

/// Why a path does not describe a walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkError {
    /// Segment `at` (0-based) is not an answer of the question reached by the segments before it.
    UnknownAnswer { valid: Walk, at: usize, segment: String },
    /// The path goes on after reaching an outcome.
    PastOutcome { valid: Walk, extra: usize },
}

impl WalkError {
    /// The longest walk that matched, to offer "continue from here".
    pub fn valid_prefix(&self) -> &Walk {
        match self {
            WalkError::UnknownAnswer { valid, .. } | WalkError::PastOutcome { valid, .. } => valid,
        }
    }
}

impl fmt::Display for WalkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WalkError::UnknownAnswer { at, segment, .. } => {
                write!(f, "segment {} ({segment:?}) is not an answer at that step", at + 1)
            }
            WalkError::PastOutcome { extra, .. } => write!(f, "{extra} segment(s) after the outcome"),
        }
    }
}

/// One answered question, for the summary of answers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AnsweredStep {
    /// How many answers came before this one (the walk to go back to, to change it).
    pub index: usize,
    pub question: &'static Node,
    pub answer: &'static Answer,
}

impl Walk {
    /// The first question of `scenario`.
    pub fn start(scenario: &'static Scenario) -> Walk {
        Walk { scenario, choices: Vec::new() }
    }

    /// Follows answer ids from the first question. Empty segments (from `//` or a trailing `/`)
    /// are skipped, so `a/b/` and `a/b` are the same walk.
    pub fn from_segments<'a>(
        scenario: &'static Scenario,
        segments: impl IntoIterator<Item = &'a str>,
    ) -> Result<Walk, WalkError> {
        let mut walk = Walk::start(scenario);
        let segments: Vec<&str> = segments.into_iter().filter(|s| !s.is_empty()).collect();
        for (at, segment) in segments.iter().enumerate() {
            match walk.answer_index(segment) {
                Some(i) => walk.choices.push(i),
                None if walk.outcome().is_some() => {
                    return Err(WalkError::PastOutcome { valid: walk, extra: segments.len() - at })
                }
                None => {
                    return Err(WalkError::UnknownAnswer { valid: walk, at, segment: segment.to_string() })
                }
            }
        }
        Ok(walk)
    }

    /// Parses the part of a URL path after `/<lang>/scenarios/<scenario>/`.
    pub fn from_path(scenario: &'static Scenario, path: &str) -> Result<Walk, WalkError> {
        Walk::from_segments(scenario, path.split('/'))
    }

    /// The answer ids, in order: the URL path segments after the scenario id.
    pub fn segments(&self) -> Vec<&'static str> {
        self.steps().map(|s| s.answer.id).collect()
    }

    /// `segments` joined with `/` (empty at the first question).
    pub fn path(&self) -> String {
        self.segments().join("/")
    }

    fn node_at(&self, index: usize) -> &'static Node {
        &self.scenario.nodes[index]
    }

    /// The node the walk has reached: a question, or an outcome.
    pub fn current(&self) -> &'static Node {
        let mut node = self.scenario.start;
        for &choice in &self.choices {
            node = answers(self.node_at(node))[choice].next;
        }
        self.node_at(node)
    }

    /// The answers offered at the current step (none at an outcome).
    pub fn answers(&self) -> &'static [Answer] {
        answers(self.current())
    }

    pub fn outcome(&self) -> Option<&'static Outcome> {
        match &self.current().kind {
            NodeKind::Outcome(o) => Some(o),
            NodeKind::Question { .. } => None,
        }
    }

    fn answer_index(&self, id: &str) -> Option<usize> {
        self.answers().iter().position(|a| a.id == id)
    }

    /// The walk after choosing answer `id` here, or `None` if there is no such answer.
    pub fn choose(&self, id: &str) -> Option<Walk> {
        let i = self.answer_index(id)?;
        let mut next = self.clone();
        next.choices.push(i);
        Some(next)
    }

    /// One step back, or `None` at the first question.
    pub fn back(&self) -> Option<Walk> {
        let mut prev = self.clone();
        prev.choices.pop()?;
        Some(prev)
    }

    pub fn start_over(&self) -> Walk {
        Walk::start(self.scenario)
    }

    /// The walk as it was before answer number `index` (0-based) was given: the step to go back to
    /// to change that answer. Past the end, the walk itself.
    pub fn change(&self, index: usize) -> Walk {
        let mut w = self.clone();
        w.choices.truncate(index);
        w
    }

    /// How many answers have been given.
    pub fn depth(&self) -> usize {
        self.choices.len()
    }

    /// The questions answered so far, with the answer given to each.
    pub fn steps(&self) -> impl Iterator<Item = AnsweredStep> + '_ {
        let mut node = self.scenario.start;
        self.choices.iter().enumerate().map(move |(index, &choice)| {
            let question = self.node_at(node);
            let answer = &answers(question)[choice];
            node = answer.next;
            AnsweredStep { index, question, answer }
        })
    }
}

impl Walk {
    /// The fewest and the most questions still to answer before an outcome, counting the current
    /// one (0 at an outcome): the progress indicator says "of 3" or "of up to 3".
    pub fn remaining(&self) -> (usize, usize) {
        fn go(s: &'static Scenario, node: usize) -> (usize, usize) {
            let answers = answers(&s.nodes[node]);
            if answers.is_empty() {
                return (0, 0);
            }
            let (lo, hi) = answers
                .iter()
                .map(|a| go(s, a.next))
                .fold((usize::MAX, 0), |(lo, hi), (l, h)| (lo.min(l), hi.max(h)));
            (lo + 1, hi + 1)
        }
        let mut node = self.scenario.start;
        for &choice in &self.choices {
            node = answers(&self.scenario.nodes[node])[choice].next;
        }
        go(self.scenario, node)
    }
}

fn answers(node: &'static Node) -> &'static [Answer] {
    match &node.kind {
        NodeKind::Question { answers } => answers,
        NodeKind::Outcome(_) => &[],
    }
}

/// Every complete walk of a scenario (each path from the first question to an outcome). The build
/// guarantees the graph has no loops, so this terminates.
pub fn all_outcome_walks(scenario: &'static Scenario) -> Vec<Walk> {
    let mut done = Vec::new();
    let mut todo = vec![Walk::start(scenario)];
    while let Some(w) = todo.pop() {
        if w.outcome().is_some() {
            done.push(w);
        } else {
            for a in w.answers() {
                todo.push(w.choose(a.id).expect("answer of this question"));
            }
        }
    }
    done.sort_by_key(|w| w.path());
    done
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    fn s1() -> &'static Scenario {
        content::scenario("ice-asks-police").expect("S1 ships")
    }

    #[test]
    fn a_walk_starts_at_the_first_question() {
        let w = Walk::start(s1());
        assert_eq!(w.current().id, "request");
        assert!(w.outcome().is_none());
        assert_eq!(w.path(), "");
    }

    #[test]
    fn answering_moves_to_the_next_node_and_back_returns() {
        let w = Walk::start(s1()).choose("immigration").unwrap();
        assert_eq!(w.current().id, "paper");
        let end = w.choose("no-paper").unwrap();
        assert_eq!(end.current().id, "no-warrant");
        assert!(end.outcome().is_some());
        assert_eq!(end.path(), "immigration/no-paper");
        assert_eq!(end.back().unwrap(), w);
        assert_eq!(Walk::start(s1()).back(), None);
        assert_eq!(end.start_over(), Walk::start(s1()));
    }

    #[test]
    fn changing_an_earlier_answer_goes_back_to_that_question() {
        let end = Walk::from_path(s1(), "immigration/no-paper").unwrap();
        let change_first = end.change(0);
        assert_eq!(change_first.current().id, "request");
        let change_second = end.change(1);
        assert_eq!(change_second.current().id, "paper");
        let steps: Vec<_> = end.steps().map(|s| (s.question.id, s.answer.id)).collect();
        assert_eq!(steps, vec![("request", "immigration"), ("paper", "no-paper")]);
    }

    #[test]
    fn an_unknown_answer_is_an_error_that_keeps_what_matched() {
        let err = Walk::from_path(s1(), "immigration/banana").unwrap_err();
        match &err {
            WalkError::UnknownAnswer { valid, at, segment } => {
                assert_eq!(valid.path(), "immigration");
                assert_eq!(*at, 1);
                assert_eq!(segment, "banana");
            }
            other => panic!("expected UnknownAnswer, got {other:?}"),
        }
    }

    #[test]
    fn a_path_past_an_outcome_is_an_error() {
        let err = Walk::from_path(s1(), "emergency/more/stuff").unwrap_err();
        assert_eq!(err.valid_prefix().path(), "emergency");
        assert!(matches!(err, WalkError::PastOutcome { extra: 2, .. }));
    }

    #[test]
    fn remaining_counts_the_shortest_and_longest_way_to_an_outcome() {
        let start = Walk::start(s1());
        assert_eq!(start.remaining(), (1, 2));
        assert_eq!(start.choose("immigration").unwrap().remaining(), (1, 1));
        assert_eq!(Walk::from_path(s1(), "emergency").unwrap().remaining(), (0, 0));
    }

    #[test]
    fn trailing_and_doubled_slashes_are_ignored() {
        assert_eq!(Walk::from_path(s1(), "/immigration//no-paper/").unwrap().path(), "immigration/no-paper");
    }

    #[test]
    fn every_outcome_of_s1_is_reachable() {
        let walks = all_outcome_walks(s1());
        let outcomes: std::collections::BTreeSet<_> = walks.iter().map(|w| w.current().id).collect();
        let all: std::collections::BTreeSet<_> =
            s1().nodes.iter().filter(|n| matches!(n.kind, NodeKind::Outcome(_))).map(|n| n.id).collect();
        assert_eq!(outcomes, all);
    }
}
