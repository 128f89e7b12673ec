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
#[cfg(feature = "orders")]
pub mod orders;
mod params;
#[cfg(any(feature = "delivery", feature = "returns"))]
mod record;
#[cfg(feature = "returns")]
pub mod returns;
#[cfg(feature = "text")]
pub mod text;

pub use error::InputError;
pub use finding::{Finding, Severity};
pub use locale::Locale;

/// What the fuzz targets (`fuzz/`) need beyond the public API: parsers that the API reaches only with
/// fixed input. Not part of the API; may change with any release.
#[doc(hidden)]
#[cfg(feature = "address")]
pub mod fuzzing {
    /// Compiles `pattern` in the address data's postal-code dialect, as the country table does for its
    /// own patterns; `None` when it is not in the dialect.
    pub fn postal_pattern(pattern: &str) -> Option<crate::address::PostalPattern> {
        crate::address::PostalPattern::new(pattern, "")
    }
}
