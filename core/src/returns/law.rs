//! Each market's statutory return rules, from `core/data/returns/*.toml`, and the category list.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::window::ReturnWindow;

/// Who bears the cost of sending goods back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Payer {
    Buyer,
    Seller,
    /// The law does not say, and the seller did not either.
    Unspecified,
}

impl Payer {
    /// Reads "buyer", "seller" or "unspecified". Parsed by hand rather than derived, as are the
    /// flat law records below: every derived deserializer is code each checkout downloads.
    pub fn from_name(name: &str) -> Option<Payer> {
        match name {
            "buyer" => Some(Payer::Buyer),
            "seller" => Some(Payer::Seller),
            "unspecified" => Some(Payer::Unspecified),
            _ => None,
        }
    }
}

/// One market's consumer law on change-of-mind returns of goods bought at a distance, as one flat
/// record per data file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarketLaw {
    pub markets: Vec<String>,
    /// The language the law is written in, as a locale tag.
    pub language: String,
    /// The law's name in English, and as the law itself names it.
    pub law: String,
    pub law_native: String,
    pub url: String,
    #[serde(default)]
    window_days: u32,
    #[serde(default)]
    window_months: u32,
    pub window_article: String,
    /// Whether each provision's wording was read in the law's text (its official publication or a full
    /// reproduction of the text); false where it is known only from commentary or inferred.
    pub window_verified: bool,
    /// The longer window when the return terms were not given to the buyer in writing.
    #[serde(default)]
    extended_days: u32,
    #[serde(default)]
    extended_months: u32,
    pub extended_article: Option<String>,
    pub extended_verified: Option<bool>,
    /// Days the refund may take; 0 is "immediately".
    pub refund_days: Option<u32>,
    pub refund_article: Option<String>,
    pub refund_verified: Option<bool>,
    changed_mind_paid_by: String,
    /// Who pays when the buyer was not told in writing that they pay (EU art. 14(1)).
    changed_mind_paid_by_if_terms_not_given: Option<String>,
    pub changed_mind_article: String,
    pub changed_mind_verified: bool,
    defective_paid_by: String,
    pub defective_article: Option<String>,
    pub defective_verified: Option<bool>,
    /// (category, article, verified against a primary source)
    #[serde(default)]
    exceptions: Vec<(String, String, bool)>,
}

/// A category the law excepts from change-of-mind returns.
pub struct Exception<'a> {
    pub article: &'a str,
    /// False where the data comment says the provision was not checked against a primary source.
    pub verified: bool,
}

impl MarketLaw {
    /// The law that protects buyers in `market` (ISO 3166-1 alpha-2, any case).
    /// A scan of some 30 codes: cheaper in the package than a hash map, and as fast at this size.
    pub fn for_market(market: &str) -> Option<&'static MarketLaw> {
        let market = market.trim().to_ascii_uppercase();
        all().iter().find(|law| law.markets.contains(&market))
    }

    pub fn window(&self) -> ReturnWindow {
        ReturnWindow {
            days: self.window_days,
            months: self.window_months,
        }
    }

    /// An optional provision's article with its `verified` flag; `None` when the law names none.
    /// (The data tests hold that a flag stands beside every article and nowhere else.)
    pub fn provision(article: &Option<String>, verified: Option<bool>) -> Option<(&str, bool)> {
        Some((article.as_deref()?, verified.unwrap_or(false)))
    }

    /// The window when the return terms were not given in writing, where the law extends it.
    pub fn extended_window(&self) -> Option<(ReturnWindow, &str)> {
        let window = ReturnWindow {
            days: self.extended_days,
            months: self.extended_months,
        };
        let article = self.extended_article.as_deref()?;
        (!window.is_none()).then_some((window, article))
    }

    pub fn changed_mind_paid_by(&self, terms_given_in_writing: bool) -> Payer {
        let name = match &self.changed_mind_paid_by_if_terms_not_given {
            Some(name) if !terms_given_in_writing => name,
            _ => &self.changed_mind_paid_by,
        };
        Payer::from_name(name).unwrap_or(Payer::Unspecified)
    }

    pub fn defective_paid_by(&self) -> Payer {
        Payer::from_name(&self.defective_paid_by).unwrap_or(Payer::Unspecified)
    }

    pub fn exception(&self, category: &str) -> Option<Exception<'_>> {
        self.exceptions
            .iter()
            .find(|(id, _, _)| id == category)
            .map(|(_, article, verified)| Exception {
                article,
                verified: *verified,
            })
    }

    pub fn excepted_categories(&self) -> impl Iterator<Item = &str> {
        self.exceptions.iter().map(|(id, _, _)| id.as_str())
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
#[serde(deny_unknown_fields)]
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
            assert!(!law.window().is_none(), "{}", law.law);
            let payers = [&law.changed_mind_paid_by, &law.defective_paid_by];
            for name in payers
                .into_iter()
                .chain(&law.changed_mind_paid_by_if_terms_not_given)
            {
                assert!(Payer::from_name(name).is_some(), "{}: {name}", law.law);
            }
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
            for category in law.excepted_categories() {
                assert!(
                    categories().iter().any(|c| c == category),
                    "{}: {category}",
                    law.law
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
    fn every_optional_article_has_a_verified_flag_and_no_flag_stands_alone() {
        for law in all() {
            for (what, article, verified) in [
                ("extended", &law.extended_article, law.extended_verified),
                ("refund", &law.refund_article, law.refund_verified),
                ("defective", &law.defective_article, law.defective_verified),
            ] {
                assert_eq!(
                    article.is_some(),
                    verified.is_some(),
                    "{}: {what}_article and {what}_verified",
                    law.law
                );
            }
        }
    }

    #[test]
    fn markets_are_found_in_any_case() {
        assert!(MarketLaw::for_market(" de ").is_some());
        assert!(MarketLaw::for_market("US").is_none());
        assert!(MarketLaw::for_market("").is_none());
    }
}
