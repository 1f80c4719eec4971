//! Property tests of the scenario walk: random walks round-trip through their URL path, and any
//! garbage path decodes to a typed error (never a panic) whose valid prefix is a real walk.

use kyr_chicago::content::{self, Scenario, SCENARIOS};
use kyr_chicago::engine::{all_outcome_walks, Walk, WalkError};
use proptest::prelude::*;

fn scenarios() -> impl Strategy<Value = &'static Scenario> {
    (0..SCENARIOS.len()).prop_map(|i| &SCENARIOS[i])
}

/// A walk made by choosing answers by index (modulo the number offered) until an outcome or
/// `steps` run out.
fn walk_by_choices(s: &'static Scenario, choices: &[usize]) -> Walk {
    let mut w = Walk::start(s);
    for &c in choices {
        let answers = w.answers();
        if answers.is_empty() {
            break;
        }
        w = w.choose(answers[c % answers.len()].id).expect("offered answer");
    }
    w
}

proptest! {
    #[test]
    fn every_walk_round_trips_through_its_path(s in scenarios(), choices in prop::collection::vec(0usize..8, 0..12)) {
        let w = walk_by_choices(s, &choices);
        let decoded = Walk::from_path(s, &w.path()).expect("a walk's own path decodes");
        prop_assert_eq!(&decoded, &w);
        prop_assert_eq!(decoded.segments(), w.segments());
    }

    #[test]
    fn back_undoes_choose_and_change_truncates(s in scenarios(), choices in prop::collection::vec(0usize..8, 0..12)) {
        let w = walk_by_choices(s, &choices);
        for a in w.answers() {
            let next = w.choose(a.id).unwrap();
            prop_assert_eq!(next.back().unwrap(), w.clone());
        }
        for i in 0..=w.depth() {
            let changed = w.change(i);
            prop_assert_eq!(changed.depth(), i);
            prop_assert!(w.path().starts_with(&changed.path()));
        }
        prop_assert_eq!(w.start_over().depth(), 0);
    }

    #[test]
    fn garbage_paths_never_panic(s in scenarios(), path in ".{0,200}") {
        match Walk::from_path(s, &path) {
            Ok(w) => prop_assert_eq!(Walk::from_path(s, &w.path()).unwrap(), w),
            Err(e) => {
                let valid = e.valid_prefix().clone();
                prop_assert_eq!(Walk::from_path(s, &valid.path()).unwrap(), valid);
                prop_assert!(!e.to_string().is_empty());
            }
        }
    }

    #[test]
    fn a_valid_walk_with_junk_appended_is_an_error_keeping_the_walk(
        s in scenarios(),
        choices in prop::collection::vec(0usize..8, 0..12),
        junk in "[a-z0-9%-]{1,20}",
    ) {
        let w = walk_by_choices(s, &choices);
        prop_assume!(w.answers().iter().all(|a| a.id != junk));
        let err = Walk::from_path(s, &format!("{}/{junk}", w.path())).unwrap_err();
        prop_assert_eq!(err.valid_prefix(), &w);
        let is_past_outcome = matches!(err, WalkError::PastOutcome { .. });
        prop_assert_eq!(is_past_outcome, w.outcome().is_some());
    }
}

#[test]
fn every_scenario_reaches_each_of_its_outcomes() {
    for s in SCENARIOS {
        let reached: std::collections::BTreeSet<_> =
            all_outcome_walks(s).iter().map(|w| w.current().id).collect();
        let outcomes = s.nodes.iter().filter(|n| matches!(n.kind, content::NodeKind::Outcome(_))).count();
        assert_eq!(reached.len(), outcomes, "{}", s.id);
    }
}
