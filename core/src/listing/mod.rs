//! The listing checker: finds the gaps in a listing that make buyers cancel or refuse a parcel, scores
//! the listing 0-100 and says how to fix each gap, in the seller's language.
//!
//! Categories, marketplace thresholds and claim phrases are data (`core/data/listing/`), parsed once on
//! first use; `check` itself only reads them, so checking a catalog of 100,000 listings parses nothing.
//! The rules report findings as rule, field and values ([`Found`]); text is rendered only for a
//! finding that is shown, so a catalog check ([`ListingChecker`]) formats no message at all.

mod category;
mod claims;
mod found;
mod json_path;
mod model;
mod profile;
mod rule;
mod rules;
mod score;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use crate::error::InputError;
use crate::finding::Finding;
use crate::locale::Locale;

pub use category::{Attribute, Category, Resolved};
pub use claims::ClaimSearch;
pub use found::{Field, FindingSink, Found, Rendered, Value};
pub use json_path::{path_at, path_of_error};
pub use model::{Attributes, Dimensions, Image, Listing, Weight};
pub use profile::{MarketplaceProfile, DEFAULT_PROFILE};
pub use rule::{Rule, RuleSet, RULE_CODES};
pub use score::{level_of, score_of, ERROR_FACTOR, INFO_FACTOR, WARNING_FACTOR};

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CheckOptions {
    pub locale: Locale,
    /// Marketplace profile whose thresholds apply: "ozon" (the default) or "generic".
    pub profile: Option<String>,
    /// Rule codes not to report.
    pub disabled_rules: Vec<String>,
}

impl CheckOptions {
    /// Rejects a profile or a rule code orderguard does not know, so a typo does not silently check
    /// against other thresholds or leave a rule on. `check` itself accepts any options (an unknown
    /// profile means the default one).
    pub fn validate(&self) -> Result<(), InputError> {
        if let Some(name) = &self.profile {
            if MarketplaceProfile::named(name).is_none() {
                return Err(InputError::new("unknown_profile", "profile")
                    .param("profile", name)
                    .param("known", MarketplaceProfile::names().join(", ")));
            }
        }
        for (index, code) in self.disabled_rules.iter().enumerate() {
            if Rule::from_code(code).is_none() {
                return Err(
                    InputError::new("unknown_rule", &format!("disabledRules[{index}]"))
                        .param("rule", code),
                );
            }
        }
        Ok(())
    }
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
    /// Errors first, then warnings, then notes; within a severity in the order of `RULE_CODES`.
    pub findings: Vec<Finding>,
    /// The category whose rules applied (`generic` when the listing's category is unknown).
    pub category: String,
    /// The marketplace profile whose thresholds applied.
    pub profile: String,
}

/// The options of a check, resolved once: the profile looked up, the switched-off rules as bits.
#[derive(Debug)]
pub struct ListingChecker {
    profile: &'static MarketplaceProfile,
    profile_name: String,
    disabled: RuleSet,
}

impl ListingChecker {
    pub fn new(options: &CheckOptions) -> Self {
        let profile_name = options
            .profile
            .as_deref()
            .filter(|name| MarketplaceProfile::named(name).is_some())
            .map_or(DEFAULT_PROFILE.to_string(), |name| {
                name.trim().to_ascii_lowercase()
            });
        ListingChecker {
            profile: MarketplaceProfile::or_default(Some(&profile_name)),
            profile_name,
            disabled: RuleSet::of_codes(&options.disabled_rules),
        }
    }

    /// Runs every rule on `listing` under `category`, giving each finding to `sink` in the order the
    /// rules run (not yet sorted by severity).
    pub fn check_into(
        &self,
        listing: &Listing,
        category: &Resolved,
        claims: &mut ClaimSearch,
        sink: &mut dyn FindingSink,
    ) {
        rules::run(
            &rules::Context {
                listing,
                profile: self.profile,
                category,
            },
            claims,
            &mut rules::Findings::new(self.disabled, sink),
        );
    }
}

/// Checks one listing.
pub fn check(listing: &Listing, options: &CheckOptions) -> ListingReport {
    let checker = ListingChecker::new(options);
    let category = Category::resolve(listing.category.as_deref());
    let mut rendered = Rendered::new(options.locale);
    checker.check_into(
        listing,
        &category,
        &mut ClaimSearch::default(),
        &mut rendered,
    );
    let findings = rendered.into_findings();
    let score = score::score(&findings);
    ListingReport {
        score,
        level: score::level_of(score),
        findings,
        category: category.category.id.clone(),
        profile: checker.profile_name,
    }
}
