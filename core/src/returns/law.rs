//! Each market's statutory return rules, from `core/data/returns/*.toml`, and the category list.

use std::sync::OnceLock;

use serde::Serialize;

use crate::record::Record;

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
pub struct MarketLaw {
    pub markets: Vec<String>,
    /// The language the law is written in, as a locale tag.
    pub language: String,
    /// The law's name in English, and as the law itself names it.
    pub law: String,
    pub law_native: String,
    pub url: String,
    window_days: u32,
    window_months: u32,
    pub window_article: String,
    /// Whether each provision's wording was read in the law's text (its official publication or a full
    /// reproduction of the text); false where it is known only from commentary or inferred.
    pub window_verified: bool,
    /// The longer window when the return terms were not given to the buyer in writing.
    extended_days: u32,
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
    exceptions: Vec<(String, String, bool)>,
}

/// Every key a law file may hold.
const LAW_KEYS: &[&str] = &[
    "markets",
    "language",
    "law",
    "law_native",
    "url",
    "window_days",
    "window_months",
    "window_article",
    "window_verified",
    "extended_days",
    "extended_months",
    "extended_article",
    "extended_verified",
    "refund_days",
    "refund_article",
    "refund_verified",
    "changed_mind_paid_by",
    "changed_mind_paid_by_if_terms_not_given",
    "changed_mind_article",
    "changed_mind_verified",
    "defective_paid_by",
    "defective_article",
    "defective_verified",
    "exceptions",
];

impl MarketLaw {
    fn read(file: Record) -> MarketLaw {
        let r = file.keys(LAW_KEYS);
        let text = |key: &str| r.get(key).str().to_string();
        let optional = |key: &str| r.get(key).is_present().then(|| text(key));
        let flag = |key: &str| r.get(key).is_present().then(|| r.get(key).bool());
        let days = |key: &str| r.get(key).is_present().then(|| r.get(key).count());
        MarketLaw {
            markets: r
                .get("markets")
                .items()
                .map(|m| m.str().to_string())
                .collect(),
            language: text("language"),
            law: text("law"),
            law_native: text("law_native"),
            url: text("url"),
            window_days: days("window_days").unwrap_or(0),
            window_months: days("window_months").unwrap_or(0),
            window_article: text("window_article"),
            window_verified: r.get("window_verified").bool(),
            extended_days: days("extended_days").unwrap_or(0),
            extended_months: days("extended_months").unwrap_or(0),
            extended_article: optional("extended_article"),
            extended_verified: flag("extended_verified"),
            refund_days: days("refund_days"),
            refund_article: optional("refund_article"),
            refund_verified: flag("refund_verified"),
            changed_mind_paid_by: text("changed_mind_paid_by"),
            changed_mind_paid_by_if_terms_not_given: optional(
                "changed_mind_paid_by_if_terms_not_given",
            ),
            changed_mind_article: text("changed_mind_article"),
            changed_mind_verified: r.get("changed_mind_verified").bool(),
            defective_paid_by: text("defective_paid_by"),
            defective_article: optional("defective_article"),
            defective_verified: flag("defective_verified"),
            exceptions: r
                .get("exceptions")
                .items()
                .map(|e| {
                    let mut fields = e.items();
                    let mut next = || fields.next().unwrap_or(e);
                    let (id, article, verified) = (next(), next(), next());
                    (
                        id.str().to_string(),
                        article.str().to_string(),
                        verified.bool(),
                    )
                })
                .collect(),
        }
    }
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
        [
            ("returns/ru", static_data!("returns/ru")),
            ("returns/de", static_data!("returns/de")),
            ("returns/eu", static_data!("returns/eu")),
            ("returns/br", static_data!("returns/br")),
            ("returns/cn", static_data!("returns/cn")),
            ("returns/by", static_data!("returns/by")),
            ("returns/kz", static_data!("returns/kz")),
        ]
        .into_iter()
        .map(|(name, file)| MarketLaw::read(Record::new(file, name)))
        .collect()
    })
}

/// The documented category ids, ordinary goods first.
pub fn categories() -> &'static [String] {
    static CATEGORIES: OnceLock<Vec<String>> = OnceLock::new();
    CATEGORIES.get_or_init(|| {
        let file = Record::new(static_data!("returns/categories"), "returns/categories")
            .keys(&["ordinary", "special"]);
        let ids = |key: &str| file.get(key).items().map(|c| c.str().to_string());
        ids("ordinary").chain(ids("special")).collect()
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
