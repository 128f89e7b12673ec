//! orderguard's domain: everything the checkout widget and the listing checker decide, as pure functions
//! of their input. No I/O and no clock: the caller passes "now" in.
//!
//! Facts live in `core/data/` and are embedded at build time (see `build.rs`); every finding is rendered
//! from one message catalog in the caller's locale.

#[macro_use]
mod data;
pub mod address;
pub mod calendar;
pub mod date;
pub mod delivery;
pub mod error;
pub mod finding;
pub mod listing;
pub mod locale;
pub mod messages;

pub use error::InputError;
pub use finding::{Finding, Severity};
pub use locale::Locale;
