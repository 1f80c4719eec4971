//! One module per kind of page.

mod about;
mod bad_step;
mod card;
mod glossary;
mod help;
mod home;
mod language_choice;
mod law;
mod myths;
mod not_found;
mod outcome;
mod safety;
mod step;

pub use about::about;
pub use bad_step::{bad_step, BadStepProps};
pub use card::rights_card;
pub use glossary::glossary;
pub use help::help_page;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) use home::card as scenario_card;
pub use home::home;
pub use language_choice::language_choice;
pub use law::{law_index, law_page, LawPageProps};
pub use myths::{myth_body, myth_page, myths, MythPageProps};
pub use not_found::not_found;
pub use outcome::{is_guidance, outcome_page, verdict_parts, OutcomeProps};
pub use safety::safety;
pub use step::{step_page, StepProps};
