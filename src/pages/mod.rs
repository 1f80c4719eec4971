//! One module per kind of page.

mod bad_step;
mod home;
mod not_found;
mod outcome;
mod step;

pub use bad_step::BadStep;
pub use home::Home;
pub use not_found::NotFound;
pub use outcome::OutcomePage;
pub use step::StepPage;
