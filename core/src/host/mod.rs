//! What the core asks of the platform it runs on: facts the platform already carries and keeps current,
//! so the core ships no copy of them. Each is a small trait: the browser package implements it with the
//! browser's own (`Intl`, `TextDecoder`), native builds with well-kept crates ([`NativeHost`]).

#[cfg(feature = "native")]
mod native;

#[cfg(feature = "native")]
pub use native::NativeHost;

#[cfg(feature = "text")]
pub use crate::text::{StreamDecoder, TextDecoders};

/// The time-zone database: IANA zone and link names, with their history of UTC offsets.
pub trait TimeZones: Sync {
    /// The offset from UTC, in seconds east, in force in `zone` at `unix_seconds`; `None` for a name the
    /// database does not know.
    fn offset_at(&self, zone: &str, unix_seconds: i64) -> Option<i32>;
}
