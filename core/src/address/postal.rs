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
    match country {
        "BR" => brazilian_cep(&code).unwrap_or(code),
        "KZ" | "RU" | "BY" | "CN" | "DE" => code.replace(' ', ""),
        _ => code,
    }
}

/// A CEP in the forms people write it, as 12345-678: 12345678, 12345-678, 12345 678 and the older
/// 12.345-678. Any other arrangement of eight digits (0131-0100) is not a CEP and stays as typed.
fn brazilian_cep(code: &str) -> Option<String> {
    // `#` a digit, `?` a hyphen or a space.
    const WRITTEN: [&[u8]; 3] = [b"########", b"#####?###", b"##.###-###"];
    let bytes = code.as_bytes();
    let fits = |shape: &&[u8]| {
        shape.len() == bytes.len()
            && shape.iter().zip(bytes).all(|(s, b)| match s {
                b'#' => b.is_ascii_digit(),
                b'?' => matches!(b, b'-' | b' '),
                other => other == b,
            })
    };
    if !WRITTEN.iter().any(fits) {
        return None;
    }
    let mut cep: String = code.chars().filter(char::is_ascii_digit).collect();
    cep.insert(5, '-');
    Some(cep)
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
        assert_eq!(canonical("BR", "01.310-100"), "01310-100");
    }

    #[test]
    fn a_cep_with_its_hyphen_misplaced_is_not_made_valid() {
        let br = PostalPattern::for_country("BR").unwrap();
        for typed in [
            "0131-0100",
            "013101-00",
            "01-310-100",
            "01310--100",
            "0131 0100",
        ] {
            let code = canonical("BR", typed);
            assert!(!br.matches(&code), "{typed} became {code}");
        }
    }

    #[test]
    fn kazakh_codes_of_both_generations_are_valid() {
        let kz = PostalPattern::for_country("KZ").unwrap();
        assert!(kz.matches(&canonical("KZ", "050012")));
        assert!(kz.matches(&canonical("KZ", "a01 p3k4")));
        assert!(!kz.matches(&canonical("KZ", "A01P3K")));
    }
}
