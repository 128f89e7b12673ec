//! Shipping-address validation at checkout.

mod postal;
mod remote;

use serde::{Deserialize, Serialize};

use crate::finding::{Finding, Severity};
use crate::locale::Locale;

pub use postal::PostalPattern;
pub use remote::{remote_area, RemoteArea};

/// A shipping address as the buyer typed it. `country` is ISO 3166-1 alpha-2.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    pub country: String,
    pub region: Option<String>,
    pub city: Option<String>,
    pub district: Option<String>,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub postal_code: Option<String>,
    pub recipient: Option<String>,
    pub organization: Option<String>,
    pub phone: Option<String>,
}

/// What the checkout should do with the address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Accept,
    Confirm,
    Fix,
}

#[derive(Clone, Debug, Serialize)]
pub struct Validation {
    pub verdict: Verdict,
    pub issues: Vec<Finding>,
}

pub fn validate(address: &Address, locale: Locale) -> Validation {
    let country = address.country.trim().to_ascii_uppercase();
    let mut issues = Vec::new();
    match PostalPattern::for_country(&country) {
        None => issues.push(
            Finding::draft("unsupported_country", Severity::Error, "country")
                .param("country", address.country.trim())
                .render(locale),
        ),
        Some(pattern) => {
            let postal = address.postal_code.as_deref().map(str::trim).unwrap_or("");
            if postal.is_empty() {
                issues.push(
                    Finding::draft("missing_required", Severity::Error, "postalCode")
                        .render(locale),
                );
            } else if !pattern.matches(postal) {
                issues.push(
                    Finding::draft("invalid_postal_code", Severity::Error, "postalCode")
                        .param("value", postal)
                        .param("example", pattern.example())
                        .render(locale),
                );
            }
        }
    }
    Validation {
        verdict: verdict_of(&issues),
        issues,
    }
}

/// The ISO 3166-2 code of `region` in `country`, however the buyer wrote it. Accepts the code itself
/// ("RU-KGD", "kgd").
pub fn region_code(country: &str, region: &str) -> Option<String> {
    let country = country.trim().to_ascii_uppercase();
    let region = region.trim().to_ascii_uppercase();
    let subdivision = region
        .strip_prefix(&format!("{country}-"))
        .unwrap_or(&region);
    let plausible = (1..=3).contains(&subdivision.len())
        && subdivision.bytes().all(|b| b.is_ascii_alphanumeric());
    plausible.then(|| format!("{country}-{subdivision}"))
}

fn verdict_of(issues: &[Finding]) -> Verdict {
    match issues.iter().map(|f| f.severity).max() {
        Some(Severity::Error) => Verdict::Fix,
        Some(Severity::Warning) => Verdict::Confirm,
        _ => Verdict::Accept,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(country: &str, postal: &str) -> Address {
        Address {
            country: country.into(),
            postal_code: Some(postal.into()),
            ..Address::default()
        }
    }

    #[test]
    fn moscow_postal_code_is_accepted() {
        let result = validate(&address("RU", "125009"), Locale::En);
        assert_eq!(result.verdict, Verdict::Accept, "{:?}", result.issues);
    }

    #[test]
    fn brazilian_cep_is_accepted_with_or_without_hyphen() {
        assert_eq!(
            validate(&address("BR", "01310-100"), Locale::En).verdict,
            Verdict::Accept
        );
        assert_eq!(
            validate(&address("br", "01310100"), Locale::En).verdict,
            Verdict::Accept
        );
    }

    #[test]
    fn five_digit_code_in_russia_must_be_fixed_on_postal_code() {
        let result = validate(&address("RU", "12500"), Locale::Ru);
        assert_eq!(result.verdict, Verdict::Fix);
        assert_eq!(result.issues[0].code, "invalid_postal_code");
        assert_eq!(result.issues[0].field, "postalCode");
        assert!(
            result.issues[0].message.contains("12500"),
            "{}",
            result.issues[0].message
        );
    }

    #[test]
    fn unknown_country_is_an_issue_on_country() {
        let result = validate(&address("XX", "1"), Locale::Zh);
        assert_eq!(result.issues[0].code, "unsupported_country");
        assert_eq!(result.issues[0].field, "country");
        assert!(result.issues[0].hint.is_some());
    }
}
