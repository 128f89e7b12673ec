use super::*;
use crate::host::NativeHost;

fn d(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn order(at: &str, country: &str, zone: &str, cutoff: &str, handling: u32) -> EstimateInput {
    EstimateInput {
        ordered_at: at.into(),
        origin: Origin {
            country: country.into(),
            time_zone: zone.into(),
            cutoff: cutoff.into(),
            handling_days: HandlingDays::Exact(handling),
        },
        destination: Destination {
            country: "RU".into(),
            postal_code: Some("101000".into()),
            region: None,
        },
        method: Method::Express,
        delivery: LastMile::Courier,
        transit_days: None,
    }
}

fn from_china(at: &str, handling: u32) -> EstimateInput {
    order(at, "CN", "Asia/Shanghai", "18:00", handling)
}

fn run(input: &EstimateInput) -> Estimate {
    estimate(input, &NativeHost, Locale::En).unwrap()
}

fn codes(e: &Estimate) -> Vec<&str> {
    e.notices.iter().map(|n| n.code.as_str()).collect()
}

#[test]
fn an_order_before_the_cutoff_starts_handling_the_same_day() {
    let e = run(&from_china("2026-11-20T09:00:00+08:00", 1));
    assert!(e.cutoff.before_cutoff);
    assert_eq!(e.cutoff.next_cutoff, "2026-11-20T18:00:00+08:00");
    assert_eq!(e.cutoff.minutes_left, 9 * 60);
    assert_eq!(e.breakdown.handling_start, d("2026-11-20"));
    assert_eq!(
        e.ship_by,
        d("2026-11-23"),
        "Friday + 1 working day is Monday"
    );
    // Express CN -> RU: 5-10 days, then a Moscow working day for the courier.
    assert_eq!(e.breakdown.arrival_earliest, d("2026-11-28"));
    assert_eq!(
        e.earliest,
        d("2026-11-30"),
        "Saturday arrival, Monday courier"
    );
    // 10 transit days to 3 December, plus the 11.11 and Black Friday peaks the window touches.
    assert_eq!(e.breakdown.peak_days, DayRange { min: 0, max: 5 });
    assert_eq!(e.latest, d("2026-12-08"));
}

#[test]
fn an_order_after_the_cutoff_starts_on_the_next_working_day() {
    let e = run(&from_china("2026-11-20T18:30:00+08:00", 1));
    assert!(!e.cutoff.before_cutoff);
    assert_eq!(e.breakdown.handling_start, d("2026-11-23"));
    assert_eq!(e.cutoff.next_cutoff, "2026-11-23T18:00:00+08:00");
    assert_eq!(e.cutoff.minutes_left, 71 * 60 + 30);
    assert_eq!(e.ship_by, d("2026-11-24"));
}

#[test]
fn the_cutoff_is_read_on_the_sellers_clock_whatever_offset_the_order_carries() {
    // 13:00 in Moscow is 18:00 in Shanghai: exactly the cutoff, so too late for today.
    let e = run(&from_china("2026-11-20T13:00:00+03:00", 0));
    assert!(!e.cutoff.before_cutoff);
    assert_eq!(e.ship_by, d("2026-11-23"));
    // One minute earlier still ships today.
    let e = run(&from_china("2026-11-20T09:59:00Z", 0));
    assert!(e.cutoff.before_cutoff);
    assert_eq!(e.cutoff.minutes_left, 1);
    assert_eq!(e.ship_by, d("2026-11-20"));
    // Late evening UTC is already the next morning in Shanghai.
    let e = run(&from_china("2026-11-22T23:30:00Z", 0));
    assert!(e.cutoff.before_cutoff, "07:30 Monday in Shanghai");
    assert_eq!(e.ship_by, d("2026-11-23"));
}

#[test]
fn handling_counts_origin_working_days_with_zero_meaning_the_start_day() {
    let saturday = run(&from_china("2026-11-21T10:00:00+08:00", 0));
    assert!(!saturday.cutoff.before_cutoff, "Saturday is no working day");
    assert_eq!(saturday.ship_by, d("2026-11-23"));
    let range = EstimateInput {
        origin: Origin {
            handling_days: HandlingDays::Range(DayRange { min: 1, max: 3 }),
            ..from_china("", 0).origin
        },
        ..from_china("2026-11-20T10:00:00+08:00", 0)
    };
    let e = run(&range);
    assert_eq!(e.breakdown.ship_earliest, d("2026-11-23"));
    assert_eq!(e.ship_by, d("2026-11-25"));
}

#[test]
fn the_cutoff_follows_daylight_saving_in_berlin() {
    let berlin = |at: &str| run(&order(at, "DE", "Europe/Berlin", "18:00", 0));
    // 16:30 UTC is 17:30 in winter (before the cutoff) and 18:30 in summer (after it).
    let winter = berlin("2026-03-27T16:30:00Z");
    assert!(winter.cutoff.before_cutoff);
    assert_eq!(winter.cutoff.minutes_left, 30);
    assert_eq!(winter.cutoff.next_cutoff, "2026-03-27T18:00:00+01:00");
    let summer = berlin("2026-03-30T16:30:00Z");
    assert!(!summer.cutoff.before_cutoff);
    assert_eq!(summer.cutoff.next_cutoff, "2026-03-31T18:00:00+02:00");
    // After the cutoff on Friday 23 October (19:00 CEST), the next cutoff is Monday 18:00 CET: 71 h
    // on the wall clock, 72 h of real time because the clocks go back on Sunday.
    let autumn = berlin("2026-10-23T17:00:00Z");
    assert!(!autumn.cutoff.before_cutoff);
    assert_eq!(autumn.cutoff.next_cutoff, "2026-10-26T18:00:00+01:00");
    assert_eq!(autumn.cutoff.minutes_left, 72 * 60);
}

#[test]
fn the_russian_new_year_break_moves_the_ship_by_date_into_january() {
    let e = run(&order(
        "2025-12-30T19:00:00+03:00",
        "RU",
        "Europe/Moscow",
        "15:00",
        0,
    ));
    assert_eq!(e.breakdown.handling_start, d("2026-01-12"));
    assert_eq!(e.ship_by, d("2026-01-12"));
    let holiday = e
        .notices
        .iter()
        .find(|n| n.code == "holiday_delay")
        .unwrap();
    assert_eq!(
        (holiday.from, holiday.to),
        (Some(d("2025-12-31")), Some(d("2026-01-11")))
    );
    assert_eq!(holiday.params["country"], "RU");
    assert!(codes(&e).contains(&"peak_season"), "Russian New Year peak");
}

#[test]
fn the_spring_festival_uses_the_working_saturday_and_warns_of_the_shutdown() {
    let e = run(&from_china("2026-02-13T19:00:00+08:00", 1));
    assert_eq!(
        e.breakdown.handling_start,
        d("2026-02-14"),
        "Saturday 14 Feb is a working day"
    );
    assert_eq!(e.ship_by, d("2026-02-24"));
    let holiday = e
        .notices
        .iter()
        .find(|n| n.code == "holiday_delay")
        .unwrap();
    assert_eq!(
        (holiday.from, holiday.to),
        (Some(d("2026-02-15")), Some(d("2026-02-23")))
    );
    let peak = e.notices.iter().find(|n| n.code == "peak_season").unwrap();
    assert_eq!(peak.params["peakCode"], "chinese_new_year");
    assert!(peak.message.contains("Chinese New Year"));
    assert_eq!(e.breakdown.peak_days, DayRange { min: 0, max: 7 });
}

#[test]
fn couriers_deliver_on_working_days_and_pickup_points_open_on_weekends() {
    let mut input = order(
        "2026-06-01T09:00:00+02:00",
        "DE",
        "Europe/Berlin",
        "18:00",
        0,
    );
    input.destination = Destination {
        country: "DE".into(),
        postal_code: None,
        region: None,
    };
    input.transit_days = Some(DayRange { min: 5, max: 5 });
    // Shipped Monday 1 June, arrives Saturday 6 June.
    let courier = run(&input);
    assert_eq!(courier.breakdown.arrival_earliest, d("2026-06-06"));
    assert_eq!(courier.earliest, d("2026-06-08"));
    input.delivery = LastMile::PickupPoint;
    let pickup = run(&input);
    assert_eq!(pickup.earliest, d("2026-06-06"));
    // Ascension Day: pickup points close.
    input.ordered_at = "2026-05-08T09:00:00+02:00".into();
    input.transit_days = Some(DayRange { min: 6, max: 6 });
    assert_eq!(
        run(&input).earliest,
        d("2026-05-15"),
        "14 May is Ascension Day"
    );
}

#[test]
fn the_sellers_transit_days_replace_the_table() {
    let mut input = from_china("2026-11-20T09:00:00+08:00", 0);
    input.transit_days = Some(DayRange { min: 2, max: 3 });
    let e = run(&input);
    assert_eq!(e.breakdown.transit_source, "seller");
    assert_eq!(e.breakdown.customs_days, None);
    assert_eq!(
        e.earliest,
        d("2026-11-23"),
        "arrives Sunday 22, courier Monday"
    );
    let table = run(&from_china("2026-11-20T09:00:00+08:00", 0));
    assert!(table.breakdown.transit_source.contains("Ozon"));
}

#[test]
fn remote_areas_add_days_and_a_notice() {
    let mut input = from_china("2026-11-20T09:00:00+08:00", 0);
    let plain = run(&input);
    input.destination.postal_code = Some("683000".into());
    let remote = run(&input);
    let notice = remote
        .notices
        .iter()
        .find(|n| n.code == "remote_area")
        .unwrap();
    assert_eq!(notice.params["area"], "RU-KAM");
    assert!(remote.latest > plain.latest);
    input.destination.postal_code = None;
    input.destination.region = Some("RU-KGD".into());
    assert!(codes(&run(&input)).contains(&"remote_area"));
}

#[test]
fn years_outside_the_data_fall_back_and_say_so() {
    let e = run(&from_china("2027-03-01T09:00:00+08:00", 1));
    let notice = e
        .notices
        .iter()
        .find(|n| n.code == "calendar_not_covered")
        .unwrap();
    assert_eq!(notice.params["country"], "CN");
    assert_eq!(notice.params["unknownCode"], "make_up_days");
    assert!(
        notice.message.contains("make-up days"),
        "{}",
        notice.message
    );
    assert_eq!(notice.from, Some(d("2027-03-01")));
    assert_eq!(notice.to, Some(e.latest));
    let mut input = order(
        "2026-11-20T09:00:00+01:00",
        "DE",
        "Europe/Berlin",
        "18:00",
        1,
    );
    input.destination.country = "pl".into();
    let e = run(&input);
    let notice = e
        .notices
        .iter()
        .find(|n| n.code == "calendar_not_covered")
        .unwrap();
    assert_eq!(notice.params["country"], "PL");
    assert_eq!(notice.params["unknownCode"], "holidays");
    assert!(run(&from_china("2026-11-20T09:00:00+08:00", 1))
        .notices
        .iter()
        .all(|n| n.code != "calendar_not_covered"));
}

#[test]
fn notices_are_rendered_in_the_buyers_language() {
    let input = from_china("2026-02-13T19:00:00+08:00", 1);
    let ru = estimate(&input, &NativeHost, Locale::Ru).unwrap();
    let zh = estimate(&input, &NativeHost, Locale::Zh).unwrap();
    assert!(ru
        .notices
        .iter()
        .any(|n| n.message.contains("китайский Новый год")));
    assert!(zh.notices.iter().any(|n| n.message.contains("春节")));
}

#[test]
fn every_estimate_ships_before_it_arrives_and_keeps_its_range_in_order() {
    let zones = [
        ("CN", "Asia/Shanghai"),
        ("RU", "Europe/Moscow"),
        ("DE", "Europe/Berlin"),
        ("KZ", "Asia/Almaty"),
        ("BR", "America/Sao_Paulo"),
        ("BY", "Europe/Minsk"),
    ];
    let destinations = ["RU", "BY", "KZ", "DE", "BR", "CN", "FR"];
    let mut checked = 0;
    for day in (0..800).step_by(7) {
        let date = d("2025-01-01").add_days(day).unwrap();
        for (i, (country, zone)) in zones.iter().enumerate() {
            let hour = (day as usize * 5 + i * 7) % 24;
            let at = format!("{date}T{hour:02}:17:00Z");
            for method in Method::ALL {
                let mut input = order(&at, country, zone, "16:00", (i % 3) as u32);
                input.method = method;
                input.destination.country = destinations[(day as usize + i) % 7].into();
                input.delivery = if i % 2 == 0 {
                    LastMile::Courier
                } else {
                    LastMile::PickupPoint
                };
                let e = run(&input);
                assert!(e.ship_by < e.earliest, "{at} {country} {e:?}");
                assert!(e.earliest <= e.latest, "{at} {country}");
                assert!(e.cutoff.minutes_left >= 0);
                assert!(e.ship_by >= date.add_days(-1).unwrap());
                checked += 1;
            }
        }
    }
    assert!(checked > 2000);
}

#[test]
fn bad_input_names_the_field() {
    let field = |input: EstimateInput| estimate(&input, &NativeHost, Locale::En).unwrap_err().field;
    let good = || from_china("2026-11-20T09:00:00+08:00", 1);
    let mut input = good();
    input.origin.time_zone = "China/Beijing".into();
    assert_eq!(field(input), "origin.timeZone");
    let mut input = good();
    input.ordered_at = "2026-11-20 09:00".into();
    assert_eq!(field(input), "orderedAt");
    let mut input = good();
    input.origin.cutoff = "6pm".into();
    assert_eq!(field(input), "origin.cutoff");
    let mut input = good();
    input.origin.handling_days = HandlingDays::Range(DayRange { min: 3, max: 1 });
    assert_eq!(field(input), "origin.handlingDays");
    let mut input = good();
    input.transit_days = Some(DayRange { min: 1, max: 4000 });
    assert_eq!(field(input), "transitDays");
    let mut input = good();
    input.destination.country = "Russia".into();
    assert_eq!(field(input), "destination.country");
    let mut input = good();
    input.origin.country = "".into();
    assert_eq!(field(input), "origin.country");
    let mut input = good();
    input.ordered_at = "9999-12-31T23:00:00Z".into();
    assert_eq!(field(input), "orderedAt");
    let error = estimate(
        &EstimateInput {
            origin: Origin {
                time_zone: "Mars/Base".into(),
                ..good().origin
            },
            ..good()
        },
        &NativeHost,
        Locale::Ru,
    )
    .unwrap_err();
    assert!(error.message(Locale::Ru).contains("Mars/Base"));
}

#[test]
fn handling_days_read_as_a_number_or_a_range() {
    let read = |days: &str| {
        let json = format!(
            r#"{{"orderedAt":"2026-11-20T09:00:00+08:00","origin":{{"country":"CN","timeZone":"Asia/Shanghai",
            "cutoff":"18:00","handlingDays":{days}}},"destination":{{"country":"RU"}},"method":"express",
            "delivery":"courier"}}"#
        );
        serde_json::from_str::<EstimateInput>(&json).map(|i| i.origin.handling_days.range())
    };
    assert_eq!(read("2").unwrap(), DayRange { min: 2, max: 2 });
    assert_eq!(read("2.0").unwrap(), DayRange { min: 2, max: 2 });
    assert_eq!(
        read(r#"{"min":1,"max":3}"#).unwrap(),
        DayRange { min: 1, max: 3 }
    );
    for bad in ["-1", "1.5", r#""two""#, r#"{"min":1}"#] {
        assert!(read(bad).is_err(), "{bad}");
    }
}

#[test]
fn a_cutoff_in_a_daylight_saving_gap_or_overlap_is_a_real_instant() {
    let next_cutoff = |cutoff: &str, at: &str| {
        let mut input = order(at, "DE", "Africa/Cairo", cutoff, 1);
        input.destination.country = "DE".into();
        run(&input).cutoff.next_cutoff
    };
    // Egypt springs forward at midnight on the last Friday of April, a working day: 00:30 never shows.
    assert_eq!(
        next_cutoff("00:30", "2026-04-23T21:00:00Z"),
        "2026-04-24T01:30:00+03:00"
    );
    // It falls back at midnight after the last Thursday of October: the first 23:30 is the cutoff.
    assert_eq!(
        next_cutoff("23:30", "2026-10-29T09:00:00Z"),
        "2026-10-29T23:30:00+03:00"
    );
}

#[test]
fn sellers_anywhere_in_russia_get_their_own_clock() {
    for (zone, offset) in [
        ("Europe/Samara", "+04:00"),
        ("Asia/Yekaterinburg", "+05:00"),
        ("Asia/Novosibirsk", "+07:00"),
        ("Asia/Krasnoyarsk", "+07:00"),
        ("Europe/Kiev", "+02:00"),
        ("Asia/Chongqing", "+08:00"),
    ] {
        let estimate = run(&order("2026-11-20T09:00:00Z", "RU", zone, "18:00", 1));
        assert!(
            estimate.breakdown.ordered_local.ends_with(offset),
            "{zone}: {}",
            estimate.breakdown.ordered_local
        );
    }
}
