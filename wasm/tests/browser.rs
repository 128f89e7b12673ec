//! The wasm exports as the browser sees them, run in headless Chromium by `wasm-pack test --chrome`.

use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod js;
use js::*;

#[wasm_bindgen_test]
fn valid_address_is_accepted() {
    let address = object(&[
        ("country", "DE".into()),
        ("city", "Berlin".into()),
        ("addressLine1", "Unter den Linden 77".into()),
        ("postalCode", "10117".into()),
    ]);
    let result = orderguard_wasm::validate_address(address, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&result, "verdict").as_string().unwrap(), "accept");
}

#[wasm_bindgen_test]
fn wrong_type_throws_an_error_naming_the_field() {
    let address = object(&[("country", "RU".into()), ("city", 5.into())]);
    let err = orderguard_wasm::validate_address(address, JsValue::UNDEFINED).unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(get(&err, "field").as_string().unwrap(), "city");
    assert_eq!(get(&err, "code").as_string().unwrap(), "invalid_input");
}

#[wasm_bindgen_test]
fn missing_argument_throws_localized_error_and_module_keeps_working() {
    let opts = object(&[("locale", "ru".into())]);
    let err = orderguard_wasm::validate_address(JsValue::NULL, opts).unwrap_err();
    let message = get(&err, "message").as_string().unwrap();
    assert!(message.contains("неверное значение"), "{message}");
    let again = object(&[("country", "RU".into()), ("postalCode", "12".into())]);
    let result = orderguard_wasm::validate_address(again, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&result, "verdict").as_string().unwrap(), "fix");
}

#[wasm_bindgen_test]
fn a_bad_array_element_is_named_by_its_index() {
    let listing = js_sys::JSON::parse(
        r#"{"title":"Kettle","images":[{"url":"a.jpg"},{"url":"b.jpg","width":"wide"}]}"#,
    )
    .unwrap();
    let err = orderguard_wasm::check_listing(listing, JsValue::UNDEFINED).unwrap_err();
    assert_eq!(get(&err, "field").as_string().unwrap(), "images[1].width");
}

#[wasm_bindgen_test]
fn a_missing_required_field_is_named() {
    let err =
        orderguard_wasm::validate_address(object(&[("city", "Moscow".into())]), JsValue::UNDEFINED)
            .unwrap_err();
    assert_eq!(get(&err, "field").as_string().unwrap(), "country");
    let message = get(&err, "message").as_string().unwrap();
    assert!(message.contains("missing field"), "{message}");
}
