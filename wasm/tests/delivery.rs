//! The delivery exports as the browser sees them, in headless Chromium.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod js;
use js::*;

fn order(ordered_at: &str, zone: &str) -> JsValue {
    let origin = object(&[
        ("country", "CN".into()),
        ("timeZone", zone.into()),
        ("cutoff", "18:00".into()),
        ("handlingDays", 1.into()),
    ]);
    let destination = object(&[("country", "RU".into()), ("postalCode", "101000".into())]);
    object(&[
        ("orderedAt", ordered_at.into()),
        ("origin", origin),
        ("destination", destination),
        ("method", "express".into()),
        ("delivery", "courier".into()),
    ])
}

#[wasm_bindgen_test]
fn working_days_follow_the_official_calendars() {
    let working = |c: &str, d: &str| orderguard_wasm::is_working_day(c.into(), d.into()).unwrap();
    assert!(!working("RU", "2026-01-09"), "transferred day off");
    assert!(working("RU", "2025-11-01"), "working Saturday");
    assert!(
        working("CN", "2026-02-14"),
        "working Saturday before the Spring Festival"
    );
    assert!(!working("CN", "2026-02-18"));
    assert!(working("de", "2026-04-07"));
    assert!(!working("DE", "2026-04-06"), "Easter Monday");
}

#[wasm_bindgen_test]
fn exact_and_padded_arguments_give_the_same_answers() {
    let working = |c: &str, d: &str| orderguard_wasm::is_working_day(c.into(), d.into());
    for (country, date) in [
        ("RU", "2026-01-09"),
        ("cn", "2026-02-14"),
        ("Kz", "2026-03-23"),
    ] {
        let exact = working(country, date).unwrap();
        assert_eq!(
            working(&format!(" {country}\t"), &format!("{date} ")).unwrap(),
            exact
        );
    }
    let err = working("RU", "2026-13-01").unwrap_err();
    assert_eq!(text(&err, "code"), "malformed_calendar_date");
    assert_eq!(text(&err, "field"), "date");
    let err = working("РУ", "2026-01-01").unwrap_err();
    assert_eq!(text(&err, "code"), "calendar_unsupported_country");
    let err = working("RU", "２０２６-01-01").unwrap_err();
    assert_eq!(text(&err, "field"), "date");
}

#[wasm_bindgen_test]
fn adding_working_days_counts_both_ways() {
    let add = |c: &str, d: &str, n: i32| {
        orderguard_wasm::add_working_days(c.into(), d.into(), n.into()).unwrap()
    };
    assert_eq!(add("RU", "2025-12-30", 1), "2026-01-12");
    assert_eq!(add("RU", "2026-01-12", -1), "2025-12-30");
    assert_eq!(add("RU", "2026-01-03", 0), "2026-01-12");
    assert_eq!(add("BY", "2026-04-17", 1), "2026-04-22");
}

#[wasm_bindgen_test]
fn calendar_calls_throw_errors_naming_the_argument() {
    let err = orderguard_wasm::is_working_day("XX".into(), "2026-01-01".into()).unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(text(&err, "field"), "country");
    assert_eq!(text(&err, "code"), "calendar_unsupported_country");
    let err = orderguard_wasm::is_working_day("RU".into(), "2026-02-30".into()).unwrap_err();
    assert_eq!(text(&err, "field"), "date");
    let err = orderguard_wasm::add_working_days("RU".into(), "2026-01-01".into(), "two".into())
        .unwrap_err();
    assert_eq!(text(&err, "field"), "n");
    let err = orderguard_wasm::is_working_day(7.into(), "2026-01-01".into()).unwrap_err();
    assert_eq!(text(&err, "field"), "country");
    assert_eq!(text(&err, "code"), "invalid_input");
}

#[wasm_bindgen_test]
fn an_estimate_has_dates_a_cutoff_and_a_breakdown() {
    let e = orderguard_wasm::estimate_delivery(
        order("2026-11-20T09:00:00+08:00", "Asia/Shanghai"),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(text(&e, "shipBy"), "2026-11-23");
    assert_eq!(text(&e, "earliest"), "2026-11-30");
    assert!(text(&e, "latest") >= text(&e, "earliest"));
    assert_eq!(get(&e, "cutoff.beforeCutoff"), JsValue::TRUE);
    assert_eq!(get(&e, "cutoff.minutesLeft").as_f64(), Some(540.0));
    assert_eq!(text(&e, "cutoff.nextCutoff"), "2026-11-20T18:00:00+08:00");
    assert_eq!(text(&e, "breakdown.handlingStart"), "2026-11-20");
    let notices: js_sys::Array = get(&e, "notices").into();
    assert!(notices
        .iter()
        .any(|n| text(&n, "code") == "peak_season" && text(&n, "from") == "2026-11-27"));
}

#[wasm_bindgen_test]
fn notices_come_in_the_requested_language() {
    let opts = object(&[("locale", "zh-CN".into())]);
    let e = orderguard_wasm::estimate_delivery(
        order("2026-02-13T19:00:00+08:00", "Asia/Shanghai"),
        opts,
    )
    .unwrap();
    let notices: js_sys::Array = get(&e, "notices").into();
    assert!(notices.iter().any(|n| text(&n, "message").contains("春节")));
}

#[wasm_bindgen_test]
fn bad_estimate_input_throws_an_error_naming_the_field() {
    let err = orderguard_wasm::estimate_delivery(
        order("2026-11-20T09:00:00+08:00", "Asia/Beijing"),
        JsValue::UNDEFINED,
    )
    .unwrap_err();
    assert_eq!(text(&err, "field"), "origin.timeZone");
    assert_eq!(text(&err, "code"), "unknown_time_zone");
    let err =
        orderguard_wasm::estimate_delivery(order("yesterday", "Asia/Shanghai"), JsValue::UNDEFINED)
            .unwrap_err();
    assert_eq!(text(&err, "field"), "orderedAt");
    let bad_method = order("2026-11-20T09:00:00+08:00", "Asia/Shanghai");
    Reflect::set(&bad_method, &"method".into(), &"teleport".into()).unwrap();
    let err = orderguard_wasm::estimate_delivery(bad_method, JsValue::UNDEFINED).unwrap_err();
    assert_eq!(text(&err, "field"), "method");
    let err = orderguard_wasm::estimate_delivery(JsValue::NULL, JsValue::UNDEFINED).unwrap_err();
    assert_eq!(text(&err, "field"), "input");
}

#[wasm_bindgen_test]
fn day_counts_must_be_whole_numbers_in_range() {
    let with_handling = |days: JsValue| {
        let input = order("2026-11-20T09:00:00+08:00", "Asia/Shanghai");
        let origin = Reflect::get(&input, &"origin".into()).unwrap();
        Reflect::set(&origin, &"handlingDays".into(), &days).unwrap();
        orderguard_wasm::estimate_delivery(input, JsValue::UNDEFINED)
    };
    assert!(with_handling(2.0.into()).is_ok(), "2.0 is the number 2");
    for bad in [JsValue::from(1.5), (-1).into(), 1e10.into(), "1-2".into()] {
        let err = with_handling(bad).unwrap_err();
        assert_eq!(text(&err, "field"), "origin.handlingDays");
        assert_eq!(text(&err, "code"), "invalid_input");
    }
    let range = js_sys::JSON::parse(r#"{"min":1,"max":"3"}"#).unwrap();
    assert_eq!(
        text(&with_handling(range).unwrap_err(), "field"),
        "origin.handlingDays.max"
    );
    let range = js_sys::JSON::parse(r#"{"min":1}"#).unwrap();
    let err = with_handling(range).unwrap_err();
    assert_eq!(text(&err, "field"), "origin.handlingDays.max");
    assert!(text(&err, "message").contains("missing field"));
    let err = orderguard_wasm::add_working_days("RU".into(), "2026-01-01".into(), 2.5.into())
        .unwrap_err();
    assert_eq!(text(&err, "field"), "n");
}

/// Every zone name the browser's `Intl` knows (`Intl.supportedValuesOf("timeZone")`).
fn browser_zones() -> Vec<String> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).unwrap();
    let list: js_sys::Function = Reflect::get(&intl, &"supportedValuesOf".into())
        .unwrap()
        .into();
    let zones = js_sys::Array::from(&list.call1(&intl, &"timeZone".into()).unwrap());
    zones.iter().filter_map(|z| z.as_string()).collect()
}

const BACKWARD_LINKS: &str = include_str!("../../tests/golden/time-zones/backward-links.txt");

fn estimate_in(zone: &str, ordered_at: &str) -> Result<JsValue, JsValue> {
    orderguard_wasm::estimate_delivery(order(ordered_at, zone), JsValue::UNDEFINED)
}

#[wasm_bindgen_test]
fn every_zone_the_browser_knows_gives_a_date() {
    let zones = browser_zones();
    assert!(zones.len() > 400, "{} zones", zones.len());
    for zone in &zones {
        let estimate = estimate_in(zone, "2026-11-20T09:00:00Z")
            .unwrap_or_else(|e| panic!("{zone}: {}", text(&e, "message")));
        assert!(!text(&estimate, "latest").is_empty(), "{zone}");
    }
}

#[wasm_bindgen_test]
fn every_backward_link_of_the_tz_database_gives_its_targets_date() {
    let lines = BACKWARD_LINKS.lines().filter(|l| !l.starts_with('#'));
    let mut checked = 0;
    for line in lines {
        let (link, target) = line.split_once(' ').unwrap();
        let via_link = estimate_in(link, "2026-11-20T09:00:00Z")
            .unwrap_or_else(|e| panic!("{link}: {}", text(&e, "message")));
        let via_target = estimate_in(target, "2026-11-20T09:00:00Z").unwrap();
        assert_eq!(
            text(&via_link, "cutoff.nextCutoff"),
            text(&via_target, "cutoff.nextCutoff"),
            "{link} -> {target}"
        );
        checked += 1;
    }
    assert!(checked > 200, "{checked} links");
}

#[wasm_bindgen_test]
fn sellers_east_of_moscow_and_old_zone_names_get_their_own_clock() {
    for (zone, offset) in [
        ("Europe/Samara", "+04:00"),
        ("Asia/Yekaterinburg", "+05:00"),
        ("Asia/Novosibirsk", "+07:00"),
        ("Asia/Krasnoyarsk", "+07:00"),
        ("Asia/Chongqing", "+08:00"),
        ("Europe/Kiev", "+02:00"),
    ] {
        let estimate = estimate_in(zone, "2026-11-20T09:00:00Z").unwrap();
        let local = text(&estimate, "breakdown.orderedLocal");
        assert!(local.ends_with(offset), "{zone}: {local}");
    }
}

#[wasm_bindgen_test]
fn the_cutoff_in_a_daylight_saving_gap_and_overlap_is_a_real_instant() {
    let cutoff_at = |zone: &str, cutoff: &str, ordered_at: &str| {
        let origin = object(&[
            ("country", "DE".into()),
            ("timeZone", zone.into()),
            ("cutoff", cutoff.into()),
            ("handlingDays", 1.into()),
        ]);
        let destination = object(&[("country", "DE".into())]);
        let order = object(&[
            ("orderedAt", ordered_at.into()),
            ("origin", origin),
            ("destination", destination),
            ("method", "express".into()),
            ("delivery", "courier".into()),
        ]);
        let estimate = orderguard_wasm::estimate_delivery(order, JsValue::UNDEFINED).unwrap();
        text(&estimate, "cutoff.nextCutoff")
    };
    // Egypt springs forward at midnight on the last Friday of April, a working day: 00:30 on Friday
    // 24 April 2026 never shows on Cairo's clocks, and the cutoff is the reading an hour on.
    assert_eq!(
        cutoff_at("Africa/Cairo", "00:30", "2026-04-23T21:00:00Z"),
        "2026-04-24T01:30:00+03:00"
    );
    // It falls back at midnight after the last Thursday of October: 23:30 that Thursday happens twice,
    // and the cutoff is the first.
    assert_eq!(
        cutoff_at("Africa/Cairo", "23:30", "2026-10-29T09:00:00Z"),
        "2026-10-29T23:30:00+03:00"
    );
}

fn delay_query(now: &str, destination: Option<&str>) -> JsValue {
    let origin = object(&[
        ("country", "CN".into()),
        ("timeZone", "Asia/Shanghai".into()),
        ("cutoff", "18:00".into()),
        ("handlingDays", js(r#"{"min":1,"max":2}"#)),
    ]);
    let mut pairs = vec![("now", JsValue::from(now)), ("origin", origin)];
    if let Some(country) = destination {
        pairs.push(("destination", strings(&[("country", country)])));
    }
    object(&pairs)
}

fn delay_notices(query: JsValue, locale: &str) -> Vec<JsValue> {
    let opts = object(&[("locale", locale.into())]);
    let result = orderguard_wasm::delay_notices(query, opts).unwrap();
    js_sys::Array::from(&get(&result, "notices"))
        .iter()
        .collect()
}

#[wasm_bindgen_test]
fn delay_notices_tell_both_sides_across_the_year_end() {
    let notices = delay_notices(delay_query("2026-12-20T09:00:00+08:00", Some("RU")), "en");
    let of = |code: &str| {
        notices
            .iter()
            .filter(|n| text(n, "code") == code)
            .cloned()
            .collect::<Vec<_>>()
    };
    let dispatch = of("dispatch_closure");
    assert_eq!(dispatch.len(), 1);
    assert_eq!(text(&dispatch[0], "side"), "origin");
    assert_eq!(text(&dispatch[0], "from"), "2027-01-01");
    assert_eq!(text(&dispatch[0], "params.resume"), "2027-01-04");
    // Two working days of handling: orders from Wednesday 30 December wait for the break.
    assert_eq!(text(&dispatch[0], "params.ordersFrom"), "2026-12-30");
    let delivery = of("delivery_closure");
    assert_eq!(text(&delivery[0], "side"), "destination");
    assert_eq!(text(&delivery[0], "to"), "2027-01-10");
    assert_eq!(
        text(&of("peak_season")[0], "params.peakCode"),
        "russian_new_year"
    );
}

#[wasm_bindgen_test]
fn delay_notices_are_empty_on_a_quiet_date_and_localized_otherwise() {
    assert!(delay_notices(delay_query("2026-06-25T10:00:00+08:00", None), "en").is_empty());
    let running = delay_notices(delay_query("2026-10-03T12:00:00+08:00", None), "zh-CN");
    let closure = running
        .iter()
        .find(|n| text(n, "code") == "dispatch_closure")
        .unwrap();
    assert_eq!(text(closure, "from"), "2026-10-01");
    assert_eq!(
        text(closure, "params.ordersFrom"),
        "2026-10-03",
        "running: from today"
    );
    assert!(
        text(closure, "message").contains("2026-10-08起发货"),
        "{}",
        text(closure, "message")
    );
}

#[wasm_bindgen_test]
fn bad_delay_queries_throw_errors_naming_the_field() {
    let field = |query: JsValue| {
        text(
            &orderguard_wasm::delay_notices(query, JsValue::UNDEFINED).unwrap_err(),
            "field",
        )
    };
    assert_eq!(field(delay_query("next week", None)), "now");
    let far = delay_query("2026-12-20T09:00:00+08:00", None);
    Reflect::set(&far, &"daysAhead".into(), &400.into()).unwrap();
    assert_eq!(field(far), "daysAhead");
    let fraction = delay_query("2026-12-20T09:00:00+08:00", None);
    Reflect::set(&fraction, &"daysAhead".into(), &2.5.into()).unwrap();
    assert_eq!(field(fraction), "daysAhead");
    assert_eq!(
        field(delay_query("2026-12-20T09:00:00+08:00", Some("Россия"))),
        "destination.country"
    );
    assert_eq!(field(JsValue::from("CN")), "input");
}
