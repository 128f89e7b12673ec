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
