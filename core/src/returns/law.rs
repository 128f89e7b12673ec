//! Each market's statutory return rules, from `core/data/returns/*.toml`, and the category list.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::window::ReturnWindow;

/// Who bears the cost of sending goods back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Payer {
    Buyer,
    Seller,
    /// The law does not say, and the seller did not either.
    Unspecified,
}

#[derive(Deserialize)]
pub struct PeriodRule {
    #[serde(default)]
    days: u32,
    #[serde(default)]
    months: u32,
    pub article: String,
}

impl PeriodRule {
    pub fn window(&self) -> ReturnWindow {
        ReturnWindow {
            days: self.days,
            months: self.months,
        }
    }
}

#[derive(Deserialize)]
pub struct RefundRule {
    /// 0 means "immediately".
    pub days: u32,
    pub article: String,
}

#[derive(Deserialize)]
pub struct ShippingRule {
    pub changed_mind: Payer,
    /// Who pays when the buyer was not told in writing that they pay (EU art. 14(1)).
    pub changed_mind_if_terms_not_given: Option<Payer>,
    pub changed_mind_article: String,
    pub defective: Payer,
    pub defective_article: Option<String>,
}

#[derive(Deserialize)]
pub struct Exception {
    pub category: String,
    pub article: String,
    /// False where the data comment says the provision was not checked against a primary source.
    pub verified: bool,
}

/// One market's consumer law on change-of-mind returns of goods bought at a distance.
#[derive(Deserialize)]
pub struct MarketLaw {
    pub markets: Vec<String>,
    /// The law's name in English, and as the law itself names it.
    pub law: String,
    pub law_native: String,
    pub url: String,
    pub window: PeriodRule,
    /// The longer window when the return terms were not given to the buyer in writing.
    pub window_if_terms_not_given: Option<PeriodRule>,
    pub refund: Option<RefundRule>,
    pub return_shipping: ShippingRule,
    #[serde(default, rename = "exception")]
    pub exceptions: Vec<Exception>,
}

impl MarketLaw {
    /// The law that protects buyers in `market` (ISO 3166-1 alpha-2, any case).
    pub fn for_market(market: &str) -> Option<&'static MarketLaw> {
        static BY_MARKET: OnceLock<HashMap<String, &'static MarketLaw>> = OnceLock::new();
        BY_MARKET
            .get_or_init(|| {
                all()
                    .iter()
                    .flat_map(|law| law.markets.iter().map(move |m| (m.clone(), law)))
                    .collect()
            })
            .get(market.trim().to_ascii_uppercase().as_str())
            .copied()
    }

    pub fn exception(&self, category: &str) -> Option<&Exception> {
        self.exceptions.iter().find(|e| e.category == category)
    }
}

/// Every market's law, parsed once.
pub fn all() -> &'static [MarketLaw] {
    static LAWS: OnceLock<Vec<MarketLaw>> = OnceLock::new();
    LAWS.get_or_init(|| {
        vec![
            crate::data::parse("returns/ru", embedded_data!("returns/ru")),
            crate::data::parse("returns/de", embedded_data!("returns/de")),
            crate::data::parse("returns/eu", embedded_data!("returns/eu")),
            crate::data::parse("returns/br", embedded_data!("returns/br")),
            crate::data::parse("returns/cn", embedded_data!("returns/cn")),
            crate::data::parse("returns/by", embedded_data!("returns/by")),
            crate::data::parse("returns/kz", embedded_data!("returns/kz")),
        ]
    })
}

#[derive(Deserialize)]
struct Categories {
    ordinary: Vec<String>,
    special: Vec<String>,
}

/// The documented category ids, ordinary goods first.
pub fn categories() -> &'static [String] {
    static CATEGORIES: OnceLock<Vec<String>> = OnceLock::new();
    CATEGORIES.get_or_init(|| {
        let list: Categories =
            crate::data::parse("returns/categories", embedded_data!("returns/categories"));
        list.ordinary.into_iter().chain(list.special).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_market_file_loads_and_no_market_is_claimed_twice() {
        let mut seen = std::collections::HashSet::new();
        for law in all() {
            assert!(!law.window.window().is_none(), "{}", law.law);
            for market in &law.markets {
                assert!(seen.insert(market.clone()), "{market} appears twice");
            }
        }
        // Germany plus the other 26 member states, Russia, Brazil, China, Belarus, Kazakhstan.
        assert_eq!(seen.len(), 27 + 5);
    }

    #[test]
    fn every_exception_names_a_documented_category_with_a_message() {
        for law in all() {
            for exception in &law.exceptions {
                assert!(
                    categories().contains(&exception.category),
                    "{}: {}",
                    law.law,
                    exception.category
                );
            }
        }
        for category in categories() {
            assert!(
                crate::messages::has(&format!("returns_category_{category}")),
                "{category}"
            );
        }
    }

    #[test]
    fn categories_include_the_ones_the_interface_promises() {
        for id in [
            "made_to_order",
            "perishable",
            "sealed_hygiene",
            "digital_content",
            "newspapers",
            "apparel",
            "electronics",
        ] {
            assert!(categories().iter().any(|c| c == id), "{id}");
        }
    }

    #[test]
    fn markets_are_found_in_any_case() {
        assert!(MarketLaw::for_market(" de ").is_some());
        assert!(MarketLaw::for_market("US").is_none());
        assert!(MarketLaw::for_market("").is_none());
    }
}
