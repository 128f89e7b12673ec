//! The orders board's checks, one module per rule. So far: tracking numbers, by format and check digit.

pub mod tracking;

pub use tracking::{check_tracking_number, TrackingKind, TrackingNumber};
