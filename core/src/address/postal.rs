//! Postal-code formats, from `core/data/address/postal_codes.toml`.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

#[derive(Deserialize)]
struct Format {
    pattern: String,
    example: String,
}

/// A country's postal-code format, compiled once.
pub struct PostalPattern {
    regex: regex_lite::Regex,
    example: String,
}

impl PostalPattern {
    pub fn for_country(country: &str) -> Option<&'static PostalPattern> {
        static PATTERNS: OnceLock<HashMap<String, PostalPattern>> = OnceLock::new();
        PATTERNS
            .get_or_init(|| {
                let formats: HashMap<String, Format> = crate::data::parse(
                    "address/postal_codes",
                    embedded_data!("address/postal_codes"),
                );
                formats
                    .into_iter()
                    .map(|(country, f)| {
                        let regex = match regex_lite::Regex::new(&format!("^(?:{})$", f.pattern)) {
                            Ok(regex) => regex,
                            Err(e) => panic!("core/data/address/postal_codes: {country}: {e}"),
                        };
                        (
                            country,
                            PostalPattern {
                                regex,
                                example: f.example,
                            },
                        )
                    })
                    .collect()
            })
            .get(country)
    }

    pub fn matches(&self, postal_code: &str) -> bool {
        self.regex.is_match(postal_code)
    }

    pub fn example(&self) -> &str {
        &self.example
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_matches_its_own_pattern() {
        for country in ["RU", "BY", "KZ", "CN", "DE", "BR"] {
            let pattern = PostalPattern::for_country(country).expect("country is in the data");
            assert!(pattern.matches(pattern.example()), "{country}");
        }
    }
}
