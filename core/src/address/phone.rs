//! The optional phone. A number a courier can call is valid: a mobile of the destination country, or
//! any other number of its numbering plan, which then gets a hint that delivery SMS will not reach it.
//! The six main markets' plans are in the package (`core/data/address/phones_main.tsv`); the other
//! countries' (`phones.tsv`, from libphonenumber's metadata) come with the page when a buyer picks one.
//! Both files are read by one line reader.

use std::sync::OnceLock;

use super::pattern::Pattern;
use crate::error::InputError;

struct Plan {
    country: String,
    calling_code: String,
    trunk: String,
    /// Any valid national significant number.
    number: Pattern,
    /// Mobile numbers, where known (the six main markets): the others are valid without the SMS hint.
    mobile: Option<Pattern>,
}

/// The plans of a file: per line the country, calling code, trunk prefix, number pattern and, in the
/// package's own file, the mobile pattern, tab-separated; `#` lines are comments. `Err` is the line and
/// the column that is not right.
fn read_plans(file: &str) -> Result<Vec<Plan>, (usize, &'static str)> {
    let mut plans = Vec::new();
    for (i, line) in file.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut columns = line.split('\t');
        let mut next = || columns.next().unwrap_or_default().to_string();
        let (country, calling_code, trunk) = (next(), next(), next());
        let number = Pattern::new(&next()).map_err(|_| (i + 1, "number"))?;
        let mobile = match next() {
            text if text.is_empty() => None,
            text => Some(Pattern::new(&text).map_err(|_| (i + 1, "mobile"))?),
        };
        plans.push(Plan {
            country,
            calling_code,
            trunk,
            number,
            mobile,
        });
    }
    Ok(plans)
}

fn embedded() -> &'static [Plan] {
    static PLANS: OnceLock<Vec<Plan>> = OnceLock::new();
    // The package's own file: a test reads every line of it.
    PLANS.get_or_init(|| {
        read_plans(include_str!("../../data/address/phones_main.tsv")).unwrap_or_default()
    })
}

/// Whether `country`'s plan is in the package (the six main markets).
pub fn is_embedded(country: &str) -> bool {
    embedded().iter().any(|p| p.country == country)
}

/// The plans of `phones.tsv`, once the page has loaded it.
static LOADED: OnceLock<Vec<Plan>> = OnceLock::new();

/// Takes `phones.tsv`; the first load wins. Returns how many countries it has.
pub fn load_plans(file: &str) -> Result<usize, InputError> {
    if LOADED.get().is_none() {
        let plans = read_plans(file).map_err(|(line, column)| {
            InputError::new("invalid_data_file", "file")
                .param("line", line)
                .param("column", column)
        })?;
        // Already set only if another load won meanwhile: its plans are as good.
        let _ = LOADED.set(plans);
    }
    Ok(LOADED.get().map_or(0, Vec::len))
}

/// What a phone number is in its country.
#[derive(Debug, PartialEq, Eq)]
pub enum Phone {
    /// A mobile number, in international form (+79161234567).
    Mobile(String),
    /// A valid number that is not a mobile (delivery SMS cannot reach it), in international form.
    Landline(String),
    /// A valid number of a plan that does not tell mobiles apart, or a plausible one of a country whose
    /// plan is not known (then as typed, unless it was international).
    Callable(String),
    /// Not a number of the country, or not a number.
    Invalid,
}

/// Checks `phone` against the numbering plan of `country`.
pub fn check(country: &str, phone: &str) -> Phone {
    if phone
        .chars()
        .any(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.')))
    {
        return Phone::Invalid;
    }
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let international = phone.trim_start().starts_with('+');
    let plan = embedded()
        .iter()
        .chain(LOADED.get().into_iter().flatten())
        .find(|p| p.country == country);
    let Some(plan) = plan else {
        // No plan known: any length a number may have (E.164: at most 15 digits with the country code).
        return match (international, digits.len()) {
            (true, 8..=15) => Phone::Callable(format!("+{digits}")),
            (false, 6..=15) => Phone::Callable(phone.trim().to_string()),
            _ => Phone::Invalid,
        };
    };
    let mut with_00 = String::from("00");
    with_00.push_str(&plan.calling_code);
    let national = if international {
        digits.strip_prefix(plan.calling_code.as_str())
    } else if let Some(rest) = digits.strip_prefix(with_00.as_str()) {
        Some(rest)
    } else if !plan.trunk.is_empty() && digits.starts_with(plan.trunk.as_str()) {
        digits.get(plan.trunk.len()..)
    } else {
        Some(digits.as_str())
    };
    let Some(national) = national
        .filter(|n| plan.number.is_match(n) || plan.mobile.as_ref().is_some_and(|m| m.is_match(n)))
    else {
        return Phone::Invalid;
    };
    let mut international = String::from("+");
    international.push_str(&plan.calling_code);
    international.push_str(national);
    match &plan.mobile {
        Some(mobile) if mobile.is_match(national) => Phone::Mobile(international),
        Some(_) => Phone::Landline(international),
        None => Phone::Callable(international),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_file() {
        let path = format!("{}/data/address/phones.tsv", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        assert!(load_plans(&text).unwrap() > 230);
    }

    fn mobile(n: &str) -> Phone {
        Phone::Mobile(n.into())
    }
    fn landline(n: &str) -> Phone {
        Phone::Landline(n.into())
    }

    #[test]
    fn every_plan_in_the_data_compiles() {
        let own = include_str!("../../data/address/phones_main.tsv");
        assert_eq!(read_plans(own).map(|p| p.len()).ok(), Some(6));
        assert_eq!(embedded().len(), 6);
        assert!(embedded().iter().all(|p| p.mobile.is_some()));
        load_file();
    }

    #[test]
    fn mobile_numbers_of_the_markets_are_accepted_in_any_usual_spelling() {
        assert_eq!(check("RU", "+7 (916) 123-45-67"), mobile("+79161234567"));
        assert_eq!(check("RU", "8 916 123 45 67"), mobile("+79161234567"));
        assert_eq!(check("RU", "007 916 123 45 67"), mobile("+79161234567"));
        assert!(matches!(check("KZ", "+7 701 234 5678"), Phone::Mobile(_)));
        assert!(matches!(check("BY", "+375 29 123-45-67"), Phone::Mobile(_)));
        assert!(matches!(check("BY", "8 029 123 45 67"), Phone::Mobile(_)));
        assert!(matches!(check("CN", "138 0013 8000"), Phone::Mobile(_)));
        assert!(matches!(check("DE", "0151 23456789"), Phone::Mobile(_)));
        assert!(matches!(check("BR", "+55 11 91234-5678"), Phone::Mobile(_)));
    }

    #[test]
    fn landlines_of_the_markets_are_valid_numbers_without_sms() {
        // A Moscow office, a Minsk flat, Beijing, Berlin, São Paulo: a courier can call each.
        assert_eq!(check("RU", "+7 495 123-45-67"), landline("+74951234567"));
        assert_eq!(check("RU", "8 (495) 123-45-67"), landline("+74951234567"));
        assert_eq!(check("BY", "8 017 123-45-67"), landline("+375171234567"));
        assert_eq!(check("CN", "010 6512 3456"), landline("+861065123456"));
        assert_eq!(check("DE", "030 1234567"), landline("+49301234567"));
        assert_eq!(check("BR", "+55 11 3123-4567"), landline("+551131234567"));
    }

    #[test]
    fn numbers_of_another_plan_short_numbers_and_text_are_invalid() {
        assert_eq!(
            check("KZ", "+7 916 123 45 67"),
            Phone::Invalid,
            "a Russian mobile"
        );
        assert_eq!(check("RU", "12345"), Phone::Invalid);
        assert_eq!(check("RU", "call me"), Phone::Invalid);
        assert_eq!(check("CN", "+86 38 0013"), Phone::Invalid);
    }

    #[test]
    fn other_countries_are_checked_once_their_plans_are_loaded() {
        load_file();
        // Apple Park's switchboard, in national form with and without the trunk 1; a London number of
        // the range Ofcom keeps for drama; Paris.
        assert_eq!(
            check("US", "(408) 996-1010"),
            Phone::Callable("+14089961010".into())
        );
        assert_eq!(
            check("US", "1 408 996 1010"),
            Phone::Callable("+14089961010".into())
        );
        assert_eq!(
            check("GB", "020 7946 0958"),
            Phone::Callable("+442079460958".into())
        );
        assert_eq!(
            check("FR", "01 23 45 67 89"),
            Phone::Callable("+33123456789".into())
        );
        assert_eq!(
            check("US", "(108) 996-1010"),
            Phone::Invalid,
            "no area code starts with 1"
        );
        assert_eq!(check("GB", "020 123"), Phone::Invalid);
        // Antarctica has no plan: a plausible number is taken as typed.
        assert_eq!(
            check("AQ", "012 345 678"),
            Phone::Callable("012 345 678".into())
        );
        assert_eq!(check("AQ", "1234"), Phone::Invalid);
    }

    #[test]
    fn a_broken_plan_file_is_refused_naming_the_line() {
        let e = load_plans("# plans\nXX\t999\t0\t[0-9\n").unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            ("invalid_data_file", "file")
        );
        assert_eq!(e.params.get("line").map(String::as_str), Some("2"));
    }
}
