//! Postal-code formats: Google's pattern per country, and the canonical spelling of a code.

use super::pattern::Pattern;

/// A country's postal-code format, compiled once.
pub struct PostalPattern {
    pattern: Pattern,
    example: String,
}

impl PostalPattern {
    pub(crate) fn new(pattern: &str, example: &str) -> Option<PostalPattern> {
        Some(PostalPattern {
            pattern: Pattern::new(pattern).ok()?,
            example: example.to_string(),
        })
    }

    /// The pattern of `country` (ISO alpha-2, any case), if it has postal codes.
    pub fn for_country(country: &str) -> Option<&'static PostalPattern> {
        super::country::CountryFormat::get(country)?.postal_pattern()
    }

    pub fn matches(&self, postal_code: &str) -> bool {
        self.pattern.is_match(postal_code)
    }

    pub fn example(&self) -> &str {
        &self.example
    }
}

/// The canonical spelling of a postal code: capitals and single spaces; a Brazilian CEP as 12345-678; a
/// new Kazakh code without its space (A01P3K4).
pub fn canonical(country: &str, postal_code: &str) -> String {
    let code = super::text::to_upper(&super::text::collapse(postal_code));
    let digits: String = code.chars().filter(char::is_ascii_digit).collect();
    match country {
        "BR" if digits.len() == 8
            && code
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.')) =>
        {
            let (head, tail) = (digits.get(..5), digits.get(5..));
            format!("{}-{}", head.unwrap_or_default(), tail.unwrap_or_default())
        }
        "KZ" | "RU" | "BY" | "CN" | "DE" => code.replace(' ', ""),
        _ => code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_of_the_six_markets_matches_its_own_pattern() {
        for country in ["RU", "BY", "KZ", "CN", "DE", "BR"] {
            let pattern = PostalPattern::for_country(country).expect("country is in the data");
            assert!(pattern.matches(pattern.example()), "{country}");
        }
    }

    #[test]
    fn brazilian_cep_is_written_with_its_hyphen() {
        assert_eq!(canonical("BR", "01310100"), "01310-100");
        assert_eq!(canonical("BR", " 01310-100 "), "01310-100");
        assert_eq!(canonical("BR", "01310 100"), "01310-100");
    }

    #[test]
    fn kazakh_codes_of_both_generations_are_valid() {
        let kz = PostalPattern::for_country("KZ").unwrap();
        assert!(kz.matches(&canonical("KZ", "050012")));
        assert!(kz.matches(&canonical("KZ", "a01 p3k4")));
        assert!(!kz.matches(&canonical("KZ", "A01P3K")));
    }
}
