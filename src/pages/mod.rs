//! One module per kind of page.

mod about;
mod bad_step;
mod card;
mod help;
mod home;
mod language_choice;
mod law;
mod myths;
mod not_found;
mod outcome;
mod safety;
mod step;

pub use about::About;
pub use bad_step::BadStep;
pub use card::RightsCard;
pub use help::HelpPage;
pub use home::Home;
pub use language_choice::LanguageChoice;
pub use law::{LawIndex, LawPage};
pub use myths::{MythPage, Myths};
pub use not_found::NotFound;
pub use outcome::OutcomePage;
pub use safety::Safety;
pub use step::StepPage;
