//! Properties that hold for any input a caller can send: no panic, and the invariants users rely on.

use orderguard_core::address::{self, Address, Verdict};
use orderguard_core::date::Date;
use orderguard_core::listing::{self, CheckOptions, Listing};
use orderguard_core::{Locale, Severity};
use proptest::prelude::*;

fn any_text() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        any::<String>().prop_map(Some),
        "[0-9 -]{0,12}".prop_map(Some),
        (any::<char>(), 0usize..100_000).prop_map(|(c, n)| Some(c.to_string().repeat(n))),
    ]
}

fn any_locale() -> impl Strategy<Value = Locale> {
    proptest::sample::select(Locale::ALL.to_vec())
}

prop_compose! {
    fn any_address()(
        country in prop_oneof![Just("RU".to_string()), Just("DE".to_string()), Just("BR".to_string()), any::<String>()],
        fields in proptest::collection::vec(any_text(), 9),
    ) -> Address {
        let mut f = fields.into_iter();
        let mut next = || f.next().flatten();
        Address {
            country,
            region: next(),
            city: next(),
            district: next(),
            address_line1: next(),
            address_line2: next(),
            postal_code: next(),
            recipient: next(),
            organization: next(),
            phone: next(),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn address_verdict_follows_the_worst_issue(address in any_address(), locale in any_locale()) {
        let result = address::validate(&address, locale);
        let worst = result.issues.iter().map(|i| i.severity).max();
        let expected = match worst {
            Some(Severity::Error) => Verdict::Fix,
            Some(Severity::Warning) => Verdict::Confirm,
            _ => Verdict::Accept,
        };
        prop_assert_eq!(result.verdict, expected);
        for issue in &result.issues {
            prop_assert!(!issue.message.is_empty() && issue.message != issue.code, "{} has no text", issue.code);
        }
    }

    #[test]
    fn dates_round_trip_through_text_and_day_numbers(days in -719_162i64..=2_932_896) {
        let date = Date::from_day_number(days).expect("within years 1..=9999");
        prop_assert_eq!(date.day_number(), days);
        prop_assert_eq!(Date::parse(&date.to_string()), Some(date));
    }

    #[test]
    fn any_text_parses_as_a_date_or_not_without_panicking(text in any::<String>()) {
        if let Some(date) = Date::parse(&text) {
            prop_assert_eq!(date.to_string(), text);
        }
    }

    #[test]
    fn month_arithmetic_never_overflows(days in -719_162i64..=2_932_896, months in any::<i32>()) {
        let date = Date::from_day_number(days).expect("within years 1..=9999");
        if let Some(later) = date.add_months(months) {
            prop_assert!(later.day() <= date.day());
        }
    }

    #[test]
    fn listing_score_stays_within_0_to_100(
        title in any_text(),
        description in any_text(),
        price in proptest::option::of(any::<f64>()),
        old_price in proptest::option::of(any::<f64>()),
        locale in any_locale(),
    ) {
        let listing = Listing { title, description, price, old_price, ..Listing::default() };
        let report = listing::check(&listing, &CheckOptions { locale, ..CheckOptions::default() });
        prop_assert!(report.score <= 100);
    }
}
