//! Reading sellers' catalog files.
pub mod xlsx;
