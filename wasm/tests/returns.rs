//! `returnPolicy` as the browser sees it, run in headless Chromium by `wasm-pack test --chrome`.

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod js;
use js::*;

#[wasm_bindgen_test]
fn russian_buyer_gets_seven_days_and_a_return_by_date() {
    let input = object(&[
        ("market", "RU".into()),
        ("deliveredOn", "2026-11-22".into()),
    ]);
    let policy = orderguard_wasm::return_policy(input).unwrap();
    assert_eq!(get(&policy, "windowDays").as_f64(), Some(7.0));
    assert_eq!(text(&policy, "returnBy"), "2026-11-29");
    assert_eq!(text(&policy, "legalBasis.article"), "art. 26.1(4)");
    assert_eq!(text(&policy, "returnShippingPaidBy.defective"), "seller");
    assert!(get(&policy, "windowMonths").is_undefined());
    assert!(Array::from(&get(&policy, "text")).length() >= 4);
}

#[wasm_bindgen_test]
fn return_by_is_null_without_a_delivery_date() {
    let policy = orderguard_wasm::return_policy(object(&[("market", "de".into())])).unwrap();
    assert!(get(&policy, "returnBy").is_null());
    assert_eq!(text(&policy, "market"), "DE");
}

#[wasm_bindgen_test]
fn months_are_reported_in_window_months() {
    let input = object(&[
        ("market", "RU".into()),
        ("deliveredOn", "2025-11-30".into()),
        ("termsGivenInWriting", false.into()),
    ]);
    let policy = orderguard_wasm::return_policy(input).unwrap();
    assert_eq!(get(&policy, "windowMonths").as_f64(), Some(3.0));
    assert_eq!(get(&policy, "windowDays").as_f64(), Some(0.0));
    assert_eq!(text(&policy, "returnBy"), "2026-02-28");
}

#[wasm_bindgen_test]
fn seller_below_the_minimum_gets_a_localized_notice() {
    let seller = object(&[("windowDays", 5.into())]);
    let input = object(&[
        ("market", "CN".into()),
        ("seller", seller),
        ("locale", "zh-CN".into()),
    ]);
    let policy = orderguard_wasm::return_policy(input).unwrap();
    assert_eq!(
        get(&policy, "sellerBelowLegalMinimum").as_bool(),
        Some(true)
    );
    let notice = Array::from(&get(&policy, "notices")).get(0);
    assert_eq!(text(&notice, "code"), "returns_seller_below_legal_minimum");
    assert_eq!(text(&notice, "field"), "seller.windowDays");
    assert!(
        text(&notice, "message").contains("7天"),
        "{}",
        text(&notice, "message")
    );
}

#[wasm_bindgen_test]
fn excepted_category_has_no_window() {
    let input = object(&[
        ("market", "DE".into()),
        ("category", "made_to_order".into()),
    ]);
    let policy = orderguard_wasm::return_policy(input).unwrap();
    assert_eq!(get(&policy, "excepted").as_bool(), Some(true));
    assert_eq!(text(&policy, "exceptionBasis.article"), "§ 312g(2) no. 1");
    assert_eq!(text(&policy, "windowSource"), "none");
}

#[wasm_bindgen_test]
fn unknown_market_throws_an_error_naming_the_field() {
    let err = orderguard_wasm::return_policy(object(&[("market", "US".into())])).unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(text(&err, "code"), "returns_unknown_market");
    assert_eq!(text(&err, "field"), "market");
}

#[wasm_bindgen_test]
fn malformed_date_throws_an_error_naming_the_field_in_the_buyers_language() {
    let input = object(&[
        ("market", "RU".into()),
        ("deliveredOn", "31.12.2026".into()),
        ("locale", "ru".into()),
    ]);
    let err = orderguard_wasm::return_policy(input).unwrap_err();
    assert_eq!(text(&err, "field"), "deliveredOn");
    assert_eq!(text(&err, "code"), "invalid_input");
    assert!(text(&err, "message").contains("неверное значение"));
}

#[wasm_bindgen_test]
fn wrong_types_throw_naming_the_nested_field() {
    let seller = object(&[("windowDays", "thirty".into())]);
    let input = object(&[("market", "DE".into()), ("seller", seller)]);
    let err = orderguard_wasm::return_policy(input).unwrap_err();
    assert_eq!(text(&err, "field"), "seller.windowDays");
    let err = orderguard_wasm::return_policy(JsValue::NULL).unwrap_err();
    assert_eq!(text(&err, "field"), "input");
    let points =
        js_sys::JSON::parse(r#"{"market":"RU","seller":{"returnPoints":["Tverskaya St 1", 7]}}"#)
            .unwrap();
    let err = orderguard_wasm::return_policy(points).unwrap_err();
    assert_eq!(text(&err, "field"), "seller.returnPoints[1]");
    let in_writing = object(&[
        ("market", "RU".into()),
        ("termsGivenInWriting", "no".into()),
    ]);
    let err = orderguard_wasm::return_policy(in_writing).unwrap_err();
    assert_eq!(text(&err, "field"), "termsGivenInWriting");
}
