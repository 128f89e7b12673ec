//! The optional phone: it must be a mobile number of the destination country, since the buyer gets
//! delivery SMS on it. Plans per country in `core/data/address/mobile.toml`.

use std::sync::OnceLock;

use super::json;
use super::pattern::Pattern;

struct MobilePlan {
    country: String,
    calling_code: String,
    trunk: String,
    mobile: Pattern,
}

fn plans() -> &'static [MobilePlan] {
    static PLANS: OnceLock<Vec<MobilePlan>> = OnceLock::new();
    PLANS.get_or_init(|| {
        let file = static_data!("address/mobile");
        file.members()
            .filter_map(|(country, r)| {
                let r = json::keys(r, "address/mobile", &["calling_code", "trunk", "mobile"]);
                let pattern = json::text(r, "mobile")?;
                let mobile = Pattern::new(&pattern).ok()?;
                Some(MobilePlan {
                    country: country.to_string(),
                    calling_code: json::text(r, "calling_code")?,
                    trunk: json::text(r, "trunk").unwrap_or_default(),
                    mobile,
                })
            })
            .collect()
    })
}

/// Whether `phone` is written with the characters of a phone number only.
pub fn plausible(phone: &str) -> bool {
    phone
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.'))
}

/// The number in international form (+79161234567) if it is a plausible mobile number of `country`;
/// where no plan is known, any 8 to 15 digits in international form.
pub fn mobile_number(country: &str, phone: &str) -> Option<String> {
    if !plausible(phone) {
        return None;
    }
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let international = phone.trim_start().starts_with('+');
    let Some(plan) = plans().iter().find(|p| p.country == country) else {
        return (international && (8..=15).contains(&digits.len())).then(|| format!("+{digits}"));
    };
    let national = if international {
        digits.strip_prefix(plan.calling_code.as_str())?
    } else if let Some(rest) = digits.strip_prefix(&format!("00{}", plan.calling_code)) {
        rest
    } else if !plan.trunk.is_empty() && digits.starts_with(plan.trunk.as_str()) {
        digits.get(plan.trunk.len()..).unwrap_or_default()
    } else {
        &digits
    };
    plan.mobile
        .is_match(national)
        .then(|| format!("+{}{national}", plan.calling_code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_plan_in_the_data_compiles() {
        let file = static_data!("address/mobile");
        let in_data = file
            .members()
            .filter(|(_, r)| r.get("mobile").is_some())
            .count();
        assert!(in_data >= 6);
        assert_eq!(plans().len(), in_data);
    }

    #[test]
    fn mobile_numbers_of_the_markets_are_accepted_in_any_usual_spelling() {
        assert_eq!(
            mobile_number("RU", "+7 (916) 123-45-67").as_deref(),
            Some("+79161234567")
        );
        assert_eq!(
            mobile_number("RU", "8 916 123 45 67").as_deref(),
            Some("+79161234567")
        );
        assert!(mobile_number("KZ", "+7 701 234 5678").is_some());
        assert!(mobile_number("BY", "+375 29 123-45-67").is_some());
        assert!(mobile_number("BY", "8 029 123 45 67").is_some());
        assert!(mobile_number("CN", "138 0013 8000").is_some());
        assert!(mobile_number("DE", "0151 23456789").is_some());
        assert!(mobile_number("BR", "+55 11 91234-5678").is_some());
    }

    #[test]
    fn landlines_short_numbers_and_text_are_not_mobile() {
        assert_eq!(mobile_number("RU", "+7 495 123-45-67"), None);
        assert_eq!(mobile_number("RU", "12345"), None);
        assert_eq!(mobile_number("KZ", "+7 916 123 45 67"), None);
        assert_eq!(mobile_number("DE", "030 1234567"), None);
        assert_eq!(mobile_number("CN", "010 6512 3456"), None);
        assert_eq!(mobile_number("BR", "+55 11 3123-4567"), None);
        assert_eq!(mobile_number("RU", "call me"), None);
    }
}
