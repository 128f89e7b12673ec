//! Tracking numbers as sellers paste them into an export or a form: recognized by format, checked by
//! their check digit where the format has one (`core/data/orders/tracking.toml`). A number of a format
//! orderguard does not know is "not recognized" (`valid: None`), never invalid: carriers invent formats.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::error::InputError;
use crate::finding::{Finding, Severity};
use crate::locale::Locale;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TrackingData {
    s10: S10Data,
    countries: Countries,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct S10Data {
    verified: bool,
    services: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Countries {
    codes: Vec<String>,
}

fn data() -> &'static TrackingData {
    static DATA: OnceLock<TrackingData> = OnceLock::new();
    DATA.get_or_init(|| crate::data::parse("orders/tracking", embedded_data!("orders/tracking")))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TrackingKind {
    /// UPU S10: `RB123456785GB`.
    UpuS10,
    /// Russian Post's 14-digit domestic number.
    RussianPost,
    /// An Ozon posting number: `12345678-0001-1`.
    OzonPosting,
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TrackingNumber {
    pub input: String,
    /// Without spaces, in capitals, full-width characters as ASCII.
    pub normalized: String,
    /// `None`: not recognized, or a format whose check orderguard cannot make.
    pub valid: Option<bool>,
    pub kind: TrackingKind,
    /// The issuing operator's country (S10).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// What the item is (S10's service indicator), and whether that reading is from a verified source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_verified: Option<bool>,
    pub findings: Vec<Finding>,
}

/// Longer than any tracking number; a longer text is not one.
const MAX_INPUT_CHARS: usize = 64;

/// Checks one tracking number.
pub fn check_tracking_number(text: &str, locale: Locale) -> Result<TrackingNumber, InputError> {
    let normalized = normalize(text);
    if normalized.is_empty() {
        return Err(InputError::new("invalid_input", "text").param("detail", "empty"));
    }
    let mut result = TrackingNumber {
        input: text.chars().take(MAX_INPUT_CHARS).collect(),
        normalized: String::new(),
        valid: None,
        kind: TrackingKind::Unknown,
        country: None,
        service: None,
        service_verified: None,
        findings: Vec::new(),
    };
    if let Some(s10) = S10::parse(&normalized) {
        describe_s10(&mut result, &s10);
    } else if is_russian_post(&normalized) {
        result.kind = TrackingKind::RussianPost;
    } else if is_ozon_posting(&normalized) {
        result.kind = TrackingKind::OzonPosting;
        result.valid = Some(true);
    }
    result.normalized = normalized;
    let finding = match (result.kind, result.valid) {
        (TrackingKind::Unknown, _) => Some(("unrecognized_tracking_number", Severity::Info)),
        (TrackingKind::RussianPost, _) => {
            Some(("tracking_check_digit_not_checked", Severity::Info))
        }
        (_, Some(false)) => Some(("invalid_tracking_number", Severity::Error)),
        _ => None,
    };
    if let Some((code, severity)) = finding {
        let draft =
            Finding::draft(code, severity, "trackingNumber").param("value", &result.normalized);
        result.findings.push(draft.render(locale));
    }
    Ok(result)
}

/// Spaces and dashes between groups are how people copy numbers; full-width forms come from an IME.
/// Dashes are kept, as Ozon's posting numbers are written with them.
fn normalize(text: &str) -> String {
    text.chars()
        .take(MAX_INPUT_CHARS * 2)
        .map(|c| match c {
            // Full-width ASCII (U+FF01..U+FF5E) to ASCII.
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{2010}'..='\u{2015}' => '-',
            c => c,
        })
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// A UPU S10 identifier's parts: the serial number's eight digits, then the check digit.
struct S10<'a> {
    service: &'a str,
    digits: [u32; 9],
    country: &'a str,
}

impl<'a> S10<'a> {
    fn parse(text: &'a str) -> Option<S10<'a>> {
        let bytes = text.as_bytes();
        let letters = |range: std::ops::Range<usize>| {
            bytes
                .get(range)
                .is_some_and(|b| b.iter().all(u8::is_ascii_uppercase))
        };
        if bytes.len() != 13 || !letters(0..2) || !letters(11..13) {
            return None;
        }
        let mut digits = [0u32; 9];
        for (slot, &b) in digits.iter_mut().zip(bytes.get(2..11)?) {
            *slot = u32::from(b.checked_sub(b'0').filter(|d| *d <= 9)?);
        }
        Some(S10 {
            service: text.get(0..2)?,
            digits,
            country: text.get(11..13)?,
        })
    }

    /// The check digit the serial number asks for.
    fn expected_check(&self) -> u32 {
        const WEIGHTS: [u32; 8] = [8, 6, 4, 2, 3, 5, 9, 7];
        let sum: u32 = self.digits.iter().zip(WEIGHTS).map(|(d, w)| d * w).sum();
        match 11 - sum % 11 {
            10 => 0,
            11 => 5,
            check => check,
        }
    }
}

fn describe_s10(result: &mut TrackingNumber, s10: &S10<'_>) {
    let d = data();
    result.kind = TrackingKind::UpuS10;
    result.valid = Some(s10.expected_check() == s10.digits[8]);
    result.country = d
        .countries
        .codes
        .iter()
        .any(|c| c == s10.country)
        .then(|| s10.country.to_string());
    if let Some(service) = s10
        .service
        .get(..1)
        .and_then(|first| d.s10.services.get(first))
    {
        result.service = Some(service.clone());
        result.service_verified = Some(d.s10.verified);
    }
}

/// 14 digits: the sending office's index (or, from 8, a large sender's), month, item, check digit.
fn is_russian_post(text: &str) -> bool {
    text.len() == 14 && text.bytes().all(|b| b.is_ascii_digit())
}

/// The order number, the posting's four digits, its sequence: `12345678-0001-1`.
fn is_ozon_posting(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    matches!(parts.as_slice(), [order, posting, sequence]
        if digits(order, 5..=12) && digits(posting, 4..=4) && digits(sequence, 1..=3))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> TrackingNumber {
        check_tracking_number(text, Locale::En).unwrap()
    }

    #[test]
    fn s10_numbers_are_checked_by_their_check_digit() {
        // The example of the S10 check digit: serial 12345678 asks for 5.
        let good = check("RB123456785GB");
        assert_eq!((good.kind, good.valid), (TrackingKind::UpuS10, Some(true)));
        assert_eq!(good.country.as_deref(), Some("GB"));
        assert_eq!(good.service.as_deref(), Some("registered_letter"));
        assert_eq!(good.service_verified, Some(false));
        assert!(good.findings.is_empty());
        // One digit mistyped, and two swapped: both caught.
        for typo in ["RB123456795GB", "RB123456875GB"] {
            let bad = check(typo);
            assert_eq!(bad.valid, Some(false), "{typo}");
            assert_eq!(bad.findings[0].code, "invalid_tracking_number");
            assert_eq!(bad.findings[0].severity, Severity::Error);
        }
        // The worked example of the Russian article: serial 41034224 asks for 9.
        assert_eq!(check("EE410342249CN").valid, Some(true));
        // Remainders 0 and 1 ask for 5 and 0 (11 and 10 do not fit one digit).
        assert_eq!(check("CP000000005RU").valid, Some(true));
        assert_eq!(check("CP000000080RU").valid, Some(true));
        assert_eq!(check("CP000000015RU").valid, Some(false));
    }

    #[test]
    fn numbers_as_people_paste_them() {
        let pasted = check(" rb 1234 5678 5 gb ");
        assert_eq!(pasted.normalized, "RB123456785GB");
        assert_eq!(pasted.valid, Some(true));
        // Full-width, as a Chinese IME types it.
        assert_eq!(check("ＲＢ１２３４５６７８５ＧＢ").valid, Some(true));
        // A private operator's code in place of a country: valid, no country.
        let yanwen = check("UG123456785YP");
        assert_eq!((yanwen.valid, yanwen.country), (Some(true), None));
    }

    #[test]
    fn other_formats_are_recognized_or_left_open() {
        let ozon = check("12345678-0001-1");
        assert_eq!(
            (ozon.kind, ozon.valid),
            (TrackingKind::OzonPosting, Some(true))
        );
        let russian = check("80085574018017");
        assert_eq!(
            (russian.kind, russian.valid),
            (TrackingKind::RussianPost, None)
        );
        assert_eq!(russian.findings[0].code, "tracking_check_digit_not_checked");
        for unknown in [
            "1Z999AA10123456784",
            "CDEK-10293847",
            "94001118992231234567",
        ] {
            let other = check(unknown);
            assert_eq!(
                (other.kind, other.valid),
                (TrackingKind::Unknown, None),
                "{unknown}"
            );
            assert_eq!(other.findings[0].severity, Severity::Info);
        }
        assert!(check_tracking_number("   ", Locale::En).is_err());
        // A long text is cut, not kept whole.
        let long = "x".repeat(10_000);
        assert!(check(&long).input.chars().count() <= MAX_INPUT_CHARS);
    }
}
