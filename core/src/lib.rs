//! orderguard's domain: everything the checkout widget and the listing checker decide, as pure functions
//! of their input. No I/O and no clock: the caller passes "now" in.
//!
//! Facts live in `core/data/` and are embedded at build time (see `build.rs`); every finding is rendered
//! from one message catalog in the caller's locale.

#[macro_use]
mod data;
#[cfg(feature = "address")]
pub mod address;
#[cfg(feature = "delivery")]
pub mod calendar;
#[cfg(feature = "catalog")]
pub mod catalog;
pub mod date;
#[cfg(feature = "delivery")]
pub mod delivery;
pub mod error;
pub mod finding;
pub mod host;
#[cfg(feature = "listing")]
pub mod listing;
pub mod locale;
pub mod messages;
#[cfg(feature = "returns")]
pub mod returns;
#[cfg(feature = "text")]
pub mod text;

pub use error::InputError;
pub use finding::{Finding, Severity};
pub use locale::Locale;
