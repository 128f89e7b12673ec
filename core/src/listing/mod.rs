//! The listing checker: finds the gaps in a listing that make buyers cancel or refuse a parcel.

mod model;

use serde::{Deserialize, Serialize};

use crate::finding::{Finding, Severity};
use crate::locale::Locale;

pub use model::{Attributes, Dimensions, Image, Listing, Weight};

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CheckOptions {
    pub locale: Locale,
    /// Marketplace profile whose thresholds apply: "ozon" (the default) or "generic".
    pub profile: Option<String>,
    /// Rule codes not to report.
    pub disabled_rules: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Low,
    Standard,
    High,
}

#[derive(Clone, Debug, Serialize)]
pub struct ListingReport {
    pub score: u8,
    pub level: Level,
    pub findings: Vec<Finding>,
}

/// Checks one listing.
pub fn check(listing: &Listing, options: &CheckOptions) -> ListingReport {
    let mut findings = Vec::new();
    let enabled = |code: &str| !options.disabled_rules.iter().any(|c| c == code);
    if listing.images.is_empty() && enabled("missing_main_image") {
        findings.push(
            Finding::draft("missing_main_image", Severity::Error, "images").render(options.locale),
        );
    }
    let score = if findings.is_empty() { 100 } else { 50 };
    ListingReport {
        score,
        level: level_of(score),
        findings,
    }
}

fn level_of(score: u8) -> Level {
    match score {
        0..=39 => Level::Low,
        40..=79 => Level::Standard,
        _ => Level::High,
    }
}
