//! Properties that hold for any input a caller can send: no panic, and the invariants users rely on.

use std::collections::BTreeSet;

use orderguard_core::address::{self, Address, Validation, Verdict};
use orderguard_core::calendar::{WorkingDayCalendar, COUNTRIES};
use orderguard_core::catalog::{
    check_catalog, xlsx, CatalogChecker, CatalogOptions, CatalogReport,
};
use orderguard_core::date::{Date, DayRange};
use orderguard_core::delivery::{
    self, Destination, EstimateInput, HandlingDays, LastMile, Method, Origin,
};
use orderguard_core::host::NativeHost;
use orderguard_core::listing::{self, Attributes, CheckOptions, Image, Listing, ListingReport};
use orderguard_core::returns::{self, ReturnRequest, SellerShipping, SellerTerms};
use orderguard_core::{InputError, Locale, Severity};
use proptest::prelude::*;

/// Day numbers of 0001-01-01 and 9999-12-31: every date the core can represent.
const FIRST_DAY: i64 = -719_162;
const LAST_DAY: i64 = 2_932_896;

fn any_text() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        2 => Just(None),
        3 => any::<String>().prop_map(Some),
        2 => "[0-9 -]{0,12}".prop_map(Some),
        // Huge strings: a pasted document rather than a field.
        1 => (any::<char>(), 0usize..100_000).prop_map(|(c, n)| Some(c.to_string().repeat(n))),
    ]
}

/// Any date, with the edges of the calendar, leap days and the days around DST changes weighted in.
fn any_date() -> impl Strategy<Value = Date> {
    let day = prop_oneof![
        4 => FIRST_DAY..=LAST_DAY,
        // 1970..2100, where calendars and transit tables have data.
        4 => 0i64..47_482,
        1 => prop_oneof![Just(FIRST_DAY), Just(LAST_DAY), Just(LAST_DAY - 1), Just(FIRST_DAY + 1)],
    ];
    prop_oneof![
        8 => day.prop_map(|d| Date::from_day_number(d).expect("within years 1..=9999")),
        1 => (0i32..2500).prop_map(|k| Date::new(4 * k, 2, 29).unwrap_or(Date::new(2000, 2, 29).expect("leap day"))),
        // Last Sundays of March and October: EU DST changes.
        1 => (2020i32..2031, prop_oneof![Just(3u8), Just(10u8)]).prop_map(|(y, m)| {
            let last = Date::new(y, m, 31).expect("31 days");
            let back = (last.weekday() as i64 + 1) % 7;
            last.add_days(-back).unwrap_or(last)
        }),
    ]
}

fn any_country() -> impl Strategy<Value = String> {
    prop_oneof![
        9 => proptest::sample::select(vec!["RU", "CN", "BY", "KZ", "DE", "BR", "FR", "US", "TR", "ru", " cn "]).prop_map(String::from),
        1 => any::<String>(),
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

fn any_zone() -> impl Strategy<Value = String> {
    prop_oneof![
        9 => proptest::sample::select(vec![
            "Asia/Shanghai", "Europe/Moscow", "Europe/Berlin", "America/Sao_Paulo", "Europe/Minsk",
            "Asia/Almaty", "Europe/London", "UTC", " Europe/Paris ",
        ]).prop_map(String::from),
        1 => any::<String>(),
    ]
}

fn any_days() -> impl Strategy<Value = u32> {
    prop_oneof![4 => 0u32..40, 1 => any::<u32>()]
}

fn any_range() -> impl Strategy<Value = DayRange> {
    prop_oneof![
        3 => (0u32..40, 0u32..20).prop_map(|(min, extra)| DayRange { min, max: min + extra }),
        1 => (any_days(), any_days()).prop_map(|(min, max)| DayRange { min, max }),
    ]
}

prop_compose! {
    /// An order instant as RFC 3339 text: any date, any clock reading (DST gaps and folds included),
    /// any offset, sometimes malformed.
    fn any_order_time()(
        date in any_date(),
        hour in 0u32..24,
        minute in 0u32..60,
        second in 0u32..61,
        offset in -18 * 60i32..=18 * 60,
        garbage in proptest::option::weighted(0.05, any::<String>()),
    ) -> String {
        if let Some(text) = garbage {
            return text;
        }
        let sign = if offset < 0 { '-' } else { '+' };
        let offset = offset.unsigned_abs();
        format!("{date}T{hour:02}:{minute:02}:{second:02}{sign}{:02}:{:02}", offset / 60, offset % 60)
    }
}

prop_compose! {
    fn any_estimate_input()(
        ordered_at in any_order_time(),
        origin_country in any_country(),
        time_zone in any_zone(),
        cutoff in prop_oneof![9 => (0u32..24, 0u32..60).prop_map(|(h, m)| format!("{h:02}:{m:02}")), 1 => any::<String>()],
        handling in prop_oneof![any_days().prop_map(HandlingDays::Exact), any_range().prop_map(HandlingDays::Range)],
        destination_country in any_country(),
        postal_code in proptest::option::of(prop_oneof!["[0-9]{6}", any::<String>()]),
        region in proptest::option::of(any::<String>()),
        method in proptest::sample::select(Method::ALL.to_vec()),
        courier in any::<bool>(),
        transit_days in proptest::option::of(any_range()),
    ) -> EstimateInput {
        EstimateInput {
            ordered_at,
            origin: Origin { country: origin_country, time_zone, cutoff, handling_days: handling },
            destination: Destination { country: destination_country, postal_code, region },
            method,
            delivery: if courier { LastMile::Courier } else { LastMile::PickupPoint },
            transit_days,
        }
    }
}

/// The calendar of the `index`-th listed country, or weekends only past the list.
fn calendar_at(index: usize) -> &'static WorkingDayCalendar {
    match COUNTRIES.get(index) {
        Some(country) => {
            WorkingDayCalendar::for_country(country).expect("listed countries have calendars")
        }
        None => WorkingDayCalendar::weekends_only(),
    }
}

/// Working days in `from..to`.
fn working_days_between(calendar: &WorkingDayCalendar, from: Date, to: Date) -> i64 {
    (from.day_number()..to.day_number())
        .filter_map(Date::from_day_number)
        .filter(|d| calendar.is_working_day(*d))
        .count() as i64
}

prop_compose! {
    fn any_return_request()(
        market in any_country(),
        delivered_on in proptest::option::of(any_date()),
        category in proptest::option::of(prop_oneof![
            proptest::sample::select(returns::categories().to_vec()),
            any::<String>(),
        ]),
        terms_given_in_writing in any::<bool>(),
        window_days in proptest::option::of(any_days()),
        refund_days in proptest::option::of(any_days()),
        changed_mind in proptest::option::of(prop_oneof![Just("buyer".to_string()), Just("seller".to_string()), any::<String>()]),
        defective in proptest::option::of(prop_oneof![Just("seller".to_string()), any::<String>()]),
        return_points in proptest::collection::vec(any::<String>(), 0..3),
        locale in any_locale(),
    ) -> ReturnRequest {
        ReturnRequest {
            market,
            delivered_on,
            category,
            terms_given_in_writing,
            seller: SellerTerms {
                window_days,
                return_shipping_paid_by: SellerShipping { changed_mind, defective },
                refund_days,
                return_points,
            },
            locale,
        }
    }
}

fn any_number() -> impl Strategy<Value = Option<f64>> {
    proptest::option::of(prop_oneof![
        any::<f64>(),
        -1e6f64..1e6,
        Just(f64::MAX),
        Just(f64::MIN),
        Just(-0.0),
        Just(f64::NAN),
        Just(f64::INFINITY),
    ])
}

prop_compose! {
    fn any_listing()(
        texts in proptest::collection::vec(any_text(), 9),
        price in any_number(),
        old_price in any_number(),
        images in proptest::collection::vec(
            (any::<String>(), proptest::option::of(any::<u32>()), proptest::option::of(any::<u32>()))
                .prop_map(|(url, width, height)| Image { url, width, height }),
            0..20,
        ),
    ) -> Listing {
        let mut t = texts.into_iter();
        let mut next = || t.next().flatten();
        Listing {
            id: next(),
            title: next(),
            description: next(),
            category: next(),
            brand: next(),
            price,
            old_price,
            currency: next(),
            images,
            video: next(),
            attributes: Attributes::default(),
            shipping: next(),
            returns: next(),
        }
    }
}

/// A CSV cell: plain text, or text that needs quoting (commas, quotes, line breaks), or any Unicode.
fn any_cell() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Zа-я0-9 .]{0,20}",
        2 => "[0-9]{1,6}(\\.[0-9]{1,2})?",
        2 => "[a-z,\"\n\r ;]{0,12}",
        1 => any::<String>(),
    ]
}

fn quoted(cell: &str) -> String {
    format!("\"{}\"", cell.replace('"', "\"\""))
}

prop_compose! {
    /// A CSV export with a known header row and any cells: quoted properly, or raw (which may break rows).
    fn any_catalog_csv()(
        header in proptest::sample::subsequence(vec!["title", "description", "price", "old_price", "brand", "category", "images", "sku"], 1..8),
        rows in proptest::collection::vec(proptest::collection::vec(any_cell(), 0..9), 0..30),
        quote in any::<bool>(),
        crlf in any::<bool>(),
    ) -> Vec<u8> {
        let newline = if crlf { "\r\n" } else { "\n" };
        let mut text = header.join(",");
        for row in rows {
            text.push_str(newline);
            let cells: Vec<String> = row.iter().map(|c| if quote { quoted(c) } else { c.clone() }).collect();
            text.push_str(&cells.join(","));
        }
        text.into_bytes()
    }
}

fn in_chunks(data: &[u8], chunk: usize) -> Result<CatalogReport, InputError> {
    let mut checker = CatalogChecker::new(&CatalogOptions::default(), &NativeHost)?;
    for piece in data.chunks(chunk.max(1)) {
        checker.push(piece)?;
    }
    Ok(checker.finish()?.render(orderguard_core::Locale::En))
}

fn assert_same_outcome(
    whole: &Result<CatalogReport, InputError>,
    streamed: &Result<CatalogReport, InputError>,
) -> Result<(), TestCaseError> {
    match (whole, streamed) {
        (Ok(a), Ok(b)) => prop_assert_eq!(a, b),
        (Err(a), Err(b)) => prop_assert_eq!(&a.code, &b.code),
        _ => prop_assert!(false, "whole {:?} but streamed {:?}", whole, streamed),
    }
    Ok(())
}

/// Every data row is in exactly one listing (`row` or `groupedRows`) or one row error.
fn assert_every_row_accounted_for(report: &CatalogReport) -> Result<(), TestCaseError> {
    let rows: Vec<u32> = report
        .listings
        .iter()
        .flat_map(|l| std::iter::once(l.row).chain(l.grouped_rows.iter().copied()))
        .chain(report.row_errors.iter().map(|e| e.row))
        .collect();
    let distinct: BTreeSet<u32> = rows.iter().copied().collect();
    prop_assert_eq!(rows.len(), report.rows as usize, "rows accounted for");
    prop_assert_eq!(distinct.len(), rows.len(), "no row counted twice");
    prop_assert!(report.listings.iter().all(|l| l.score <= 100));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_delivery_estimate_ships_before_it_arrives_and_arrives_within_its_window(
        input in any_estimate_input(),
        locale in any_locale(),
    ) {
        match delivery::estimate(&input, &NativeHost, locale) {
            Ok(estimate) => {
                prop_assert!(estimate.earliest <= estimate.latest, "{:?}", estimate);
                prop_assert!(estimate.ship_by < estimate.earliest, "{:?}", estimate);
                prop_assert!(estimate.breakdown.ship_earliest <= estimate.ship_by);
                prop_assert!(estimate.cutoff.minutes_left >= 0);
            }
            Err(e) => prop_assert!(!e.field.is_empty() && !e.code.is_empty()),
        }
    }

    #[test]
    fn adding_working_days_lands_on_a_working_day_that_many_days_away(
        country in 0..=COUNTRIES.len(),
        date in any_date(),
        n in -400i64..400,
    ) {
        let calendar = calendar_at(country);
        let Some(result) = calendar.add_working_days(date, n) else {
            // Only a walk past the ends of the calendar has no answer.
            prop_assert!(date.year() < 3 || date.year() > 9997, "{} {}", date, n);
            return Ok(());
        };
        prop_assert!(calendar.is_working_day(result), "{} + {} = {}", date, n, result);
        match n {
            0 => {
                prop_assert!(result >= date);
                prop_assert_eq!(working_days_between(calendar, date, result), 0);
                prop_assert_eq!(result == date, calendar.is_working_day(date));
            }
            n if n > 0 => {
                prop_assert!(result > date);
                let after = date.add_days(1).expect("before the result");
                prop_assert_eq!(working_days_between(calendar, after, result) + 1, n);
            }
            n => {
                prop_assert!(result < date);
                prop_assert_eq!(working_days_between(calendar, result, date), -n);
            }
        }
        prop_assert_eq!(calendar.next_working_day(date), calendar.add_working_days(date, 0));
        if calendar.is_holiday(date) && !calendar.is_working_day(date) {
            prop_assert!(calendar.next_working_day(date) != Some(date));
        }
    }

    #[test]
    fn a_return_is_never_due_before_delivery(request in any_return_request()) {
        match returns::return_policy(&request) {
            Ok(policy) => {
                if let (Some(delivered), Some(by)) = (request.delivered_on, policy.return_by) {
                    prop_assert!(by >= delivered, "{} -> {}", delivered, by);
                }
                if policy.return_by.is_some() {
                    prop_assert!(policy.text.len() >= 2);
                }
                prop_assert!(!policy.text.is_empty() && policy.text.iter().all(|t| !t.is_empty()));
            }
            Err(e) => prop_assert!(
                e.field == "market" || e.field == "deliveredOn" || e.field.starts_with("seller."),
                "{} names {}", e.code, e.field
            ),
        }
    }

    #[test]
    fn any_listing_scores_within_0_to_100(listing in any_listing(), locale in any_locale()) {
        let report = listing::check(&listing, &CheckOptions { locale, ..CheckOptions::default() });
        prop_assert!(report.score <= 100);
        for finding in &report.findings {
            prop_assert!(!finding.message.is_empty());
        }
    }

    #[test]
    fn an_empty_address_asks_for_fixes_instead_of_failing(country in any::<String>(), locale in any_locale()) {
        let result = address::validate(&Address { country, ..Address::default() }, locale);
        prop_assert_eq!(result.verdict, Verdict::Fix);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn every_catalog_row_is_accounted_for_and_chunking_changes_nothing(
        csv in any_catalog_csv(),
        chunk in prop_oneof![1usize..8, 8usize..4096],
    ) {
        let whole = check_catalog(&csv, &CatalogOptions::default(), &NativeHost);
        if let Ok(report) = &whole {
            assert_every_row_accounted_for(report)?;
        }
        assert_same_outcome(&whole, &in_chunks(&csv, chunk))?;
    }

    #[test]
    fn any_bytes_as_a_catalog_give_a_report_or_an_error_the_same_in_chunks(
        data in prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..2048),
            // A UTF-16 byte order mark or a ZIP signature in front of noise.
            proptest::collection::vec(any::<u8>(), 0..512).prop_map(|d| [&[0xFF, 0xFE][..], &d].concat()),
            proptest::collection::vec(any::<u8>(), 0..512).prop_map(|d| [&b"PK\x03\x04"[..], &d].concat()),
            proptest::collection::vec(any::<u8>(), 0..512).prop_map(|d| [&b"[{\"title\":"[..], &d].concat()),
        ],
        chunk in 1usize..300,
    ) {
        let whole = check_catalog(&data, &CatalogOptions::default(), &NativeHost);
        if let Ok(report) = &whole {
            assert_every_row_accounted_for(report)?;
        }
        assert_same_outcome(&whole, &in_chunks(&data, chunk))?;
        if let Ok(workbook) = xlsx::open(&data) {
            for sheet in 0..workbook.sheet_names().len() {
                let _ = workbook.rows(sheet);
            }
        }
    }
}

// Near-valid input: a valid value with one character inserted, replaced or removed. Random text rarely
// looks like an instant or a postal code, so it never reaches the parsers' inner branches; a value one
// typo away from valid does, at every byte offset a parser might index, multi-byte characters included.

/// What a typo, a paste from another program or a wrong encoding puts into a field: ASCII digits,
/// letters and punctuation, accented Latin, Cyrillic, CJK, a full-width digit, an emoji, a combining
/// accent, a byte-order mark and NUL. Most are several bytes in UTF-8.
const STRAY_CHARS: [char; 24] = [
    '0', '9', 'a', 'Z', 'T', ' ', '-', ':', '+', '.', ',', '"', '\'', '\\', '\n', '\r', 'é', 'Т',
    '中', '０', '😀', '\u{301}', '\u{FEFF}', '\0',
];

#[derive(Clone, Copy, Debug)]
enum Edit {
    Insert(char),
    Replace(char),
    Remove,
}

/// `valid` with one edit at char position `at`: inserted before it, or it replaced or removed (the
/// last character when `at` is past the end).
fn edited(valid: &str, at: usize, edit: Edit) -> String {
    let mut chars: Vec<char> = valid.chars().collect();
    let last = chars.len().saturating_sub(1);
    match edit {
        Edit::Insert(c) => chars.insert(at.min(chars.len()), c),
        Edit::Replace(c) if !chars.is_empty() => chars[at.min(last)] = c,
        Edit::Remove if !chars.is_empty() => {
            chars.remove(at.min(last));
        }
        _ => {}
    }
    chars.into_iter().collect()
}

/// Every one-character edit of `valid`: each stray character inserted at each position and put in
/// place of each character, and each character removed.
fn every_one_char_off(valid: &str) -> Vec<String> {
    let n = valid.chars().count();
    let mut all = Vec::new();
    for at in 0..=n {
        for c in STRAY_CHARS {
            all.push(edited(valid, at, Edit::Insert(c)));
            if at < n {
                all.push(edited(valid, at, Edit::Replace(c)));
            }
        }
        if at < n {
            all.push(edited(valid, at, Edit::Remove));
        }
    }
    all
}

/// One random edit of `valid`, for values too long to try every edit of.
fn one_char_off(valid: &'static str) -> impl Strategy<Value = String> {
    let stray = || proptest::sample::select(STRAY_CHARS.to_vec());
    let edit = prop_oneof![
        stray().prop_map(Edit::Insert),
        stray().prop_map(Edit::Replace),
        Just(Edit::Remove),
    ];
    (0..=valid.chars().count(), edit).prop_map(move |(at, edit)| edited(valid, at, edit))
}

fn valid_order() -> EstimateInput {
    EstimateInput {
        ordered_at: "2026-11-20T14:05:00+03:00".into(),
        origin: Origin {
            country: "CN".into(),
            time_zone: "Asia/Shanghai".into(),
            cutoff: "18:00".into(),
            handling_days: HandlingDays::Range(DayRange { min: 1, max: 2 }),
        },
        destination: Destination {
            country: "RU".into(),
            postal_code: Some("101000".into()),
            region: Some("Москва".into()),
        },
        method: Method::AirMail,
        delivery: LastMile::PickupPoint,
        transit_days: None,
    }
}

/// The estimate is whole and consistent, or the error names `field`, the only one that was changed.
fn estimate_or_error_on(input: &EstimateInput, field: &str) {
    match delivery::estimate(input, &NativeHost, Locale::En) {
        Ok(estimate) => {
            assert!(estimate.earliest <= estimate.latest, "{input:?}");
            assert!(estimate.ship_by < estimate.earliest, "{input:?}");
            assert!(estimate.cutoff.minutes_left >= 0, "{input:?}");
        }
        Err(e) => assert_eq!(e.field, field, "{} for {input:?}", e.code),
    }
}

#[test]
fn an_order_time_one_character_off_is_read_or_refused_as_the_order_time() {
    for valid in ["2026-11-20T14:05:00+03:00", "2026-11-20T14:05:00.123Z"] {
        for ordered_at in every_one_char_off(valid) {
            let input = EstimateInput {
                ordered_at,
                ..valid_order()
            };
            if let Some(instant) = delivery::Instant::parse_rfc3339(&input.ordered_at) {
                // What is read is an instant the reader itself writes back the same.
                let again = delivery::Instant::parse_rfc3339(&instant.to_rfc3339(0));
                assert_eq!(again, Some(instant), "{:?}", input.ordered_at);
            }
            estimate_or_error_on(&input, "orderedAt");
        }
    }
}

#[test]
fn a_cutoff_one_character_off_is_read_or_refused_as_the_cutoff() {
    for cutoff in every_one_char_off("18:00") {
        let mut input = valid_order();
        input.origin.cutoff = cutoff;
        estimate_or_error_on(&input, "origin.cutoff");
    }
}

#[test]
fn a_destination_one_character_off_still_gets_an_estimate() {
    // Postal code and region only refine the estimate (remote areas): a typo in them is no error.
    for postal_code in ["101000", "01310-100", "10117", "100000"]
        .into_iter()
        .flat_map(every_one_char_off)
    {
        let mut input = valid_order();
        input.destination.postal_code = Some(postal_code);
        estimate_or_error_on(&input, "");
    }
    for region in every_one_char_off("Москва") {
        let mut input = valid_order();
        input.destination.region = Some(region);
        estimate_or_error_on(&input, "");
    }
}

#[test]
fn a_calendar_date_one_character_off_is_that_date_or_no_date() {
    let calendars: Vec<&WorkingDayCalendar> = (0..=COUNTRIES.len()).map(calendar_at).collect();
    for text in every_one_char_off("2026-11-20") {
        // As `isWorkingDay` and `addWorkingDays` read it.
        let Some(date) = Date::parse(text.trim()) else {
            continue;
        };
        assert_eq!(date.to_string(), text.trim());
        for calendar in &calendars {
            let _ = calendar.is_working_day(date);
            for n in [-3, 0, 3] {
                let day = calendar
                    .add_working_days(date, n)
                    .expect("far from the calendar's ends");
                assert!(calendar.is_working_day(day), "{date} {n} -> {day}");
            }
        }
    }
}

#[test]
fn a_delivery_date_one_character_off_is_read_or_refused_as_the_delivery_date() {
    for delivered_on in every_one_char_off("2026-11-20") {
        let json = serde_json::json!({
            "market": "RU",
            "deliveredOn": delivered_on,
            "seller": { "windowDays": 14 },
        })
        .to_string();
        let mut deserializer = serde_json::Deserializer::from_str(&json);
        let request: ReturnRequest = match serde_path_to_error::deserialize(&mut deserializer) {
            Ok(request) => request,
            Err(e) => {
                assert_eq!(e.path().to_string(), "deliveredOn", "{delivered_on:?}");
                continue;
            }
        };
        match returns::return_policy(&request) {
            Ok(policy) => {
                let (Some(delivered), Some(by)) = (request.delivered_on, policy.return_by) else {
                    panic!("a delivered order has a last day to return: {delivered_on:?}");
                };
                assert!(by >= delivered);
            }
            Err(e) => assert_eq!(e.field, "deliveredOn", "{delivered_on:?}"),
        }
    }
}

fn valid_address(country: &str) -> Address {
    let text = |s: &str| Some(s.to_string());
    match country {
        "RU" => Address {
            country: "RU".into(),
            region: text("Москва"),
            city: text("Москва"),
            address_line1: text("ул. Тверская, д. 7"),
            postal_code: text("101000"),
            recipient: text("Иванов Иван"),
            phone: text("+7 912 345-67-89"),
            ..Address::default()
        },
        "BR" => Address {
            country: "BR".into(),
            region: text("SP"),
            city: text("São Paulo"),
            address_line1: text("Avenida Paulista, 1578"),
            postal_code: text("01310-100"),
            recipient: text("Maria Souza"),
            ..Address::default()
        },
        "DE" => Address {
            country: "DE".into(),
            city: text("Berlin"),
            address_line1: text("Unter den Linden 77"),
            postal_code: text("10117"),
            recipient: text("Anna Schmidt"),
            ..Address::default()
        },
        _ => Address {
            country: "CN".into(),
            region: text("北京市"),
            city: text("北京市"),
            district: text("朝阳区"),
            address_line1: text("建国路88号"),
            postal_code: text("100000"),
            recipient: text("王伟"),
            ..Address::default()
        },
    }
}

/// Issues of the edited address that the valid one does not have are about `field`, or about a field
/// `field` feeds (`also`).
fn new_issues_are_about(before: &Validation, edited: &Address, field: &str, also: &[&str]) {
    let after = address::validate(edited, Locale::En);
    for issue in &after.issues {
        let known = before
            .issues
            .iter()
            .any(|i| i.code == issue.code && i.field == issue.field);
        assert!(
            known || issue.field == field || also.contains(&issue.field.as_str()),
            "{} on {} for {field} {edited:?}",
            issue.code,
            issue.field
        );
    }
}

#[test]
fn the_valid_addresses_of_the_near_valid_tests_are_accepted() {
    for country in ["RU", "BR", "DE", "CN"] {
        let result = address::validate(&valid_address(country), Locale::En);
        assert_eq!(
            result.verdict,
            Verdict::Accept,
            "{country}: {:?}",
            result.issues
        );
    }
}

fn address_field<'a>(address: &'a mut Address, field: &str) -> &'a mut Option<String> {
    match field {
        "postalCode" => &mut address.postal_code,
        "region" => &mut address.region,
        "city" => &mut address.city,
        _ => &mut address.phone,
    }
}

#[test]
fn an_address_field_one_character_off_is_flagged_on_that_field() {
    for country in ["RU", "BR", "DE", "CN"] {
        let valid = valid_address(country);
        let before = address::validate(&valid, Locale::En);
        // The postal code places the address in a region and may put it in a remote area.
        let fields: [(&str, &[&str]); 4] = [
            ("postalCode", &["region"]),
            ("region", &["postalCode"]),
            ("city", &[]),
            ("phone", &[]),
        ];
        for (field, also) in fields {
            let mut template = valid.clone();
            let Some(value) = address_field(&mut template, field).clone() else {
                continue;
            };
            for text in every_one_char_off(&value) {
                let mut edited = valid.clone();
                *address_field(&mut edited, field) = Some(text);
                new_issues_are_about(&before, &edited, field, also);
            }
        }
    }
}

fn valid_listing_json(title: &str, price: &str) -> String {
    format!(
        r#"{{"title":{},"description":"Light cotton dress for summer days, with two side pockets and a belt.","category":"apparel","price":{price},"oldPrice":1599,"currency":"RUB","images":["https://example.com/1.jpg","https://example.com/2.jpg","https://example.com/3.jpg"],"attributes":{{"sizes":["S","M","L"],"sizeChart":"https://example.com/sizes","material":"cotton","care":"30 °C"}}}}"#,
        serde_json::Value::from(title)
    )
}

/// The listing's findings that the valid listing does not have (`before`) are about one of `fields`.
/// A listing that cannot be read names the field; where the JSON itself breaks, the error is where the
/// edited value is (`edited_at`, bytes), which is how the binding names the field.
fn new_findings_are_about(
    before: &ListingReport,
    json: &str,
    edited_at: std::ops::Range<usize>,
    fields: &[&str],
) {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let listing: Listing = match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(listing) => listing,
        Err(e) => {
            let path = e.path().to_string();
            let inner = e.into_inner();
            // serde_json counts lines from 1 and the bytes of a line from 1, the error's byte last.
            let line_start: usize = json
                .split_inclusive('\n')
                .take(inner.line().saturating_sub(1))
                .map(str::len)
                .sum();
            let at = (line_start + inner.column()).saturating_sub(1);
            let syntax_in_value = inner.is_syntax() && edited_at.contains(&at);
            assert!(
                fields.contains(&path.as_str()) || syntax_in_value,
                "{path}: {inner} in {json}"
            );
            return;
        }
    };
    let after = listing::check(&listing, &CheckOptions::default());
    assert!(after.score <= 100);
    for finding in &after.findings {
        let known = before
            .findings
            .iter()
            .any(|f| f.code == finding.code && f.field == finding.field);
        assert!(
            known || fields.contains(&finding.field.as_str()),
            "{} on {} in {json}",
            finding.code,
            finding.field
        );
    }
}

#[test]
fn a_listing_title_or_price_one_character_off_is_flagged_on_that_field() {
    let (title, price) = ("Cotton summer dress", "1299.9");
    let valid: Listing =
        serde_json::from_str(&valid_listing_json(title, price)).expect("a valid listing");
    let before = listing::check(&valid, &CheckOptions::default());
    let value_at = |json: &str, key: &str, len: usize| {
        let start = json.find(key).expect("the key") + key.len();
        // Up to the separator after the value, where a broken number is noticed.
        start..start + len + 1
    };
    for edited in every_one_char_off(title) {
        let json = valid_listing_json(&edited, price);
        let quoted = serde_json::Value::from(edited.as_str()).to_string();
        let at = value_at(&json, "\"title\":", quoted.len());
        new_findings_are_about(&before, &json, at, &["title"]);
    }
    // A price changes what the old price is compared with.
    for edited in every_one_char_off(price) {
        let json = valid_listing_json(title, &edited);
        let at = value_at(&json, "\"price\":", edited.len());
        new_findings_are_about(&before, &json, at, &["price", "oldPrice"]);
    }
}

/// A catalog with a quoted cell holding a separator, a doubled quote and a line break, a Russian
/// grouped price and Chinese text.
const VALID_CSV: &str = "title,description,price,old_price,images\n\
\"Cotton dress, blue\",\"A \"\"classic\"\" dress\nwith pockets\",1299.90,1599,https://example.com/a.jpg\n\
Льняная рубашка,Рубашка из льна,2 499,,https://example.com/b.jpg\n\
连衣裙,纯棉连衣裙,199,299,https://example.com/c.jpg\n";

#[test]
fn the_valid_catalog_of_the_near_valid_tests_has_three_listings() {
    let report = check_catalog(
        VALID_CSV.as_bytes(),
        &CatalogOptions::default(),
        &NativeHost,
    )
    .expect("a valid catalog");
    assert_eq!((report.rows, report.listings.len()), (3, 3));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_catalog_one_character_off_still_accounts_for_every_row(
        csv in one_char_off(VALID_CSV),
        chunk in 1usize..64,
    ) {
        let whole = check_catalog(csv.as_bytes(), &CatalogOptions::default(), &NativeHost);
        match &whole {
            Ok(report) => assert_every_row_accounted_for(report)?,
            Err(e) => prop_assert_eq!(&e.field, "data"),
        }
        assert_same_outcome(&whole, &in_chunks(csv.as_bytes(), chunk))?;
    }
}
