#![no_main]
//! The text parsers of an order: RFC 3339 instants, dates, "HH:MM" cutoffs and day ranges, each read
//! directly where the API allows and through the estimate, which must then name the field it refuses.

use libfuzzer_sys::fuzz_target;
use orderguard_core::date::{Date, DayRange};
use orderguard_core::delivery::{
    self, Destination, EstimateInput, HandlingDays, Instant, LastMile, Method, Origin,
};
use orderguard_core::host::NativeHost;
use orderguard_core::Locale;

fn order() -> EstimateInput {
    EstimateInput {
        ordered_at: "2026-11-20T14:05:00+03:00".into(),
        origin: Origin {
            country: "CN".into(),
            time_zone: "Asia/Shanghai".into(),
            cutoff: "18:00".into(),
            handling_days: HandlingDays::Exact(1),
        },
        destination: Destination {
            country: "RU".into(),
            postal_code: None,
            region: None,
        },
        method: Method::AirMail,
        delivery: LastMile::Courier,
        transit_days: None,
    }
}

/// The estimate answers consistently or refuses `field`, the only one that is not the valid order's.
fn estimate_or_refuse(input: &EstimateInput, field: &str) {
    match delivery::estimate(input, &NativeHost, Locale::En) {
        Ok(estimate) => {
            assert!(estimate.earliest <= estimate.latest);
            assert!(estimate.ship_by < estimate.earliest);
            assert!(estimate.cutoff.minutes_left >= 0);
        }
        Err(e) => assert_eq!(e.field, field, "{}", e.code),
    }
}

fuzz_target!(|data: &[u8]| {
    // The first byte says which field the text is; the rest is the text.
    let Some((&field, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    if let Some(date) = Date::parse(text) {
        assert_eq!(date.to_string(), text);
    }
    if let Some(instant) = Instant::parse_rfc3339(text) {
        // An instant whose UTC day is in the calendar is written and read back the same.
        let written = instant.to_rfc3339(0);
        if !written.is_empty() {
            assert_eq!(Instant::parse_rfc3339(&written), Some(instant), "{written}");
        }
    }
    let mut input = order();
    match field % 4 {
        0 => {
            input.ordered_at = text.to_string();
            estimate_or_refuse(&input, "orderedAt");
        }
        1 => {
            input.origin.cutoff = text.to_string();
            estimate_or_refuse(&input, "origin.cutoff");
        }
        2 => {
            if let Ok(days) = serde_json::from_str::<HandlingDays>(text) {
                input.origin.handling_days = days;
                estimate_or_refuse(&input, "origin.handlingDays");
            }
        }
        _ => {
            if let Ok(days) = serde_json::from_str::<DayRange>(text) {
                input.transit_days = Some(days);
                estimate_or_refuse(&input, "transitDays");
            }
        }
    }
});
