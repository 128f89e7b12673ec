//! Marketplace profiles: the thresholds of `core/data/listing/profiles.toml`, parsed once.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

/// The profile used when the options name none.
pub const DEFAULT_PROFILE: &str = "ozon";

/// One marketplace's thresholds for photos, text and prices.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarketplaceProfile {
    pub min_images: usize,
    pub min_image_width: u32,
    pub min_image_height: u32,
    pub title_max_chars: usize,
    pub description_min_chars: usize,
    /// A claimed discount of this many percent or more looks like a raised-then-discounted price.
    pub suspicious_discount_percent: f64,
    /// The currency the absolute gap amounts are in; prices in another currency skip the gap rule.
    pub gap_currency: String,
    /// Ascending tiers of the minimum gap between the old price and the price.
    pub min_gap: Vec<GapTier>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GapTier {
    pub from: f64,
    pub amount: Option<f64>,
    pub percent: Option<f64>,
}

fn profiles() -> &'static HashMap<String, MarketplaceProfile> {
    static PROFILES: OnceLock<HashMap<String, MarketplaceProfile>> = OnceLock::new();
    PROFILES
        .get_or_init(|| crate::data::parse("listing/profiles", embedded_data!("listing/profiles")))
}

impl MarketplaceProfile {
    /// The profile with this name (any case), if there is one.
    pub fn named(name: &str) -> Option<&'static MarketplaceProfile> {
        let profiles = profiles();
        profiles
            .get(name)
            .or_else(|| profiles.get(&name.trim().to_ascii_lowercase()))
    }

    /// The named profile, or the default one for `None` and for a name orderguard does not know.
    pub fn or_default(name: Option<&str>) -> &'static MarketplaceProfile {
        name.and_then(Self::named)
            .or_else(|| Self::named(DEFAULT_PROFILE))
            .unwrap_or_else(|| {
                panic!("core/data/listing/profiles has no `{DEFAULT_PROFILE}` profile")
            })
    }

    /// The names of every profile, sorted.
    pub fn names() -> Vec<&'static str> {
        let mut names: Vec<&str> = profiles().keys().map(String::as_str).collect();
        names.sort_unstable();
        names
    }

    /// The smallest gap the marketplace accepts between `old_price` and `price`, in the price's currency;
    /// `None` when the profile has no rule for this currency or price.
    pub fn min_gap(&self, price: f64, currency: Option<&str>) -> Option<f64> {
        if self.min_gap.is_empty() {
            return None;
        }
        if let Some(currency) = currency {
            if !currency.trim().eq_ignore_ascii_case(&self.gap_currency) {
                return None;
            }
        }
        let tier = self.min_gap.iter().rev().find(|tier| price >= tier.from)?;
        match (tier.amount, tier.percent) {
            (Some(amount), _) => Some(amount),
            (None, Some(percent)) => Some(price * percent / 100.0),
            (None, None) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_profile_has_ascending_tiers_with_one_kind_of_gap() {
        for name in MarketplaceProfile::names() {
            let profile = MarketplaceProfile::named(name).expect("listed");
            assert!(profile.min_images >= 1, "{name}");
            for pair in profile.min_gap.windows(2) {
                assert!(pair[0].from < pair[1].from, "{name}: tiers out of order");
            }
            for tier in &profile.min_gap {
                assert!(tier.amount.is_some() != tier.percent.is_some(), "{name}");
            }
        }
        assert_eq!(MarketplaceProfile::names(), ["generic", "ozon"]);
    }

    #[test]
    fn ozon_gap_follows_its_price_tiers() {
        let ozon = MarketplaceProfile::named("ozon").expect("ozon profile");
        assert_eq!(ozon.min_gap(100.0, None), Some(20.0));
        assert_eq!(ozon.min_gap(399.0, None), Some(20.0));
        assert_eq!(ozon.min_gap(1000.0, Some("RUB")), Some(50.0));
        assert_eq!(ozon.min_gap(8000.0, Some("rub")), Some(400.0));
        assert_eq!(ozon.min_gap(50_000.0, None), Some(500.0));
        assert_eq!(ozon.min_gap(1000.0, Some("CNY")), None);
    }

    #[test]
    fn unknown_profile_names_fall_back_to_ozon() {
        let ozon = MarketplaceProfile::named("ozon").expect("ozon profile");
        assert!(std::ptr::eq(
            MarketplaceProfile::or_default(Some("ebay")),
            ozon
        ));
        assert!(std::ptr::eq(MarketplaceProfile::or_default(None), ozon));
        assert!(std::ptr::eq(
            MarketplaceProfile::or_default(Some(" Generic ")),
            MarketplaceProfile::named("generic").expect("generic profile")
        ));
    }
}
