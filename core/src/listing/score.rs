//! The listing score: 100 minus a fixed penalty per finding, by severity, never below 0.
//!
//! Each finding costs the same whatever else the listing has, so removing a finding can only raise the
//! score, and a listing with every gap fixed scores 100. An error (the marketplace rejects the listing or
//! buyers cancel over it) costs 15 points, a warning 6, a hint-level note 2: four errors and a few
//! warnings make a listing "low".

use crate::finding::{Finding, Severity};

use super::Level;

pub const ERROR_PENALTY: u32 = 15;
pub const WARNING_PENALTY: u32 = 6;
pub const INFO_PENALTY: u32 = 2;

pub fn penalty(severity: Severity) -> u32 {
    match severity {
        Severity::Error => ERROR_PENALTY,
        Severity::Warning => WARNING_PENALTY,
        Severity::Info => INFO_PENALTY,
    }
}

pub fn score(findings: &[Finding]) -> u8 {
    let lost: u32 = findings.iter().map(|f| penalty(f.severity)).sum();
    // 100 - lost is within 0..=100 after the clamp, so the narrowing cannot truncate.
    100u32.saturating_sub(lost) as u8
}

pub fn level_of(score: u8) -> Level {
    match score {
        0..=39 => Level::Low,
        40..=79 => Level::Standard,
        _ => Level::High,
    }
}
