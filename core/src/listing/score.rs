//! The listing score: 100 times the share each finding leaves, by severity, rounded.
//!
//! An error (the marketplace rejects the listing, or buyers cancel over it) keeps 75 % of the score, a
//! warning 88 %, an info-level suggestion 97 %. Every finding takes a fixed share, so fixing any finding
//! raises the score (never lowers it) however many others remain, and a half-finished listing still shows
//! progress instead of sitting at 0. A listing with nothing to fix scores 100; an empty one about 17.

use crate::finding::{Finding, Severity};

use super::Level;

/// The share of the score an error leaves.
pub const ERROR_FACTOR: f64 = 0.75;
/// The share of the score a warning leaves.
pub const WARNING_FACTOR: f64 = 0.88;
/// The share of the score an info finding leaves.
pub const INFO_FACTOR: f64 = 0.97;

fn factor(severity: Severity) -> f64 {
    match severity {
        Severity::Error => ERROR_FACTOR,
        Severity::Warning => WARNING_FACTOR,
        Severity::Info => INFO_FACTOR,
    }
}

pub fn score(findings: &[Finding]) -> u8 {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    score_of(
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    )
}

/// The score of a listing with this many findings of each severity. The factors are multiplied errors
/// first, as a report lists them, so a catalog's count-only score equals the listing's own.
pub fn score_of(errors: usize, warnings: usize, infos: usize) -> u8 {
    let kept = std::iter::repeat_n(factor(Severity::Error), errors)
        .chain(std::iter::repeat_n(factor(Severity::Warning), warnings))
        .chain(std::iter::repeat_n(factor(Severity::Info), infos))
        .product::<f64>();
    // `kept` is within 0..=1, so the rounded score is within 0..=100.
    (100.0 * kept).round().clamp(0.0, 100.0) as u8
}

pub fn level_of(score: u8) -> Level {
    match score {
        0..=39 => Level::Low,
        40..=79 => Level::Standard,
        _ => Level::High,
    }
}
