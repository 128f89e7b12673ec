//! `validateAddress` as the browser sees it, run in headless Chromium by `wasm-pack test --chrome`.

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod js;
use js::*;

fn validate(pairs: &[(&str, &str)], locale: &str) -> JsValue {
    let opts = strings(&[("locale", locale)]);
    orderguard_wasm::validate_address(strings(pairs), opts).unwrap()
}

fn issues(result: &JsValue) -> Vec<(String, String, String)> {
    Array::from(&get(result, "issues"))
        .iter()
        .map(|i| (text(&i, "code"), text(&i, "field"), text(&i, "severity")))
        .collect()
}

const MOSCOW: [(&str, &str); 6] = [
    ("country", "RU"),
    ("region", "г. Москва"),
    ("city", "Москва"),
    ("addressLine1", "ул. Тверская, д. 7"),
    ("postalCode", "125009"),
    ("recipient", "Иван Петров"),
];

#[wasm_bindgen_test]
fn clean_address_is_accepted_with_normalized_fields_label_and_region_code() {
    let result = validate(&MOSCOW, "en");
    assert_eq!(text(&result, "verdict"), "accept");
    assert_eq!(text(&result, "regionCode"), "RU-MOW");
    assert!(get(&result, "remote").is_null());
    let normalized = get(&result, "normalized");
    assert_eq!(text(&normalized, "region"), "Москва");
    assert!(get(&normalized, "phone").is_null());
    let label: Vec<String> = Array::from(&get(&result, "label"))
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    assert_eq!(label.first().map(String::as_str), Some("Иван Петров"));
    assert_eq!(label.last().map(String::as_str), Some("RUSSIAN FEDERATION"));
}

#[wasm_bindgen_test]
fn mismatched_postal_code_is_an_error_on_postal_code_in_the_chosen_locale() {
    let mut pairs = MOSCOW.to_vec();
    pairs[1] = ("region", "Калининградская обл.");
    let result = validate(&pairs, "ru");
    assert_eq!(text(&result, "verdict"), "fix");
    assert_eq!(
        issues(&result),
        [(
            "postal_code_region_mismatch".to_string(),
            "postalCode".to_string(),
            "error".to_string()
        )]
    );
    let message = text(&Array::from(&get(&result, "issues")).get(0), "message");
    assert!(message.contains("Индекс 125009"), "{message}");
}

#[wasm_bindgen_test]
fn remote_area_asks_for_confirmation_with_extra_days() {
    let result = validate(
        &[
            ("country", "RU"),
            ("region", "Камчатский край"),
            ("city", "Петропавловск-Камчатский"),
            ("addressLine1", "ул. Ленинская, 14"),
            ("postalCode", "683000"),
        ],
        "zh",
    );
    assert_eq!(text(&result, "verdict"), "confirm");
    let remote = get(&result, "remote");
    assert_eq!(text(&remote, "code"), "RU-KAM");
    let days = get(&remote, "extraDays");
    assert!(get(&days, "min").as_f64().unwrap() >= 1.0);
}

#[wasm_bindgen_test]
fn unknown_country_is_an_issue_not_an_exception() {
    let result = validate(&[("country", "ZZ"), ("city", "X")], "en");
    assert_eq!(
        issues(&result)[0],
        (
            "unsupported_country".to_string(),
            "country".to_string(),
            "error".to_string()
        )
    );
    assert!(get(&result, "regionCode").is_null());
}

#[wasm_bindgen_test]
fn brazilian_cep_without_hyphen_is_normalized() {
    let result = validate(
        &[
            ("country", "BR"),
            ("region", "São Paulo"),
            ("city", "São Paulo"),
            ("addressLine1", "Avenida Paulista, 1578"),
            ("postalCode", "01310200"),
            ("phone", "(11) 91234-5678"),
        ],
        "en",
    );
    assert_eq!(text(&result, "verdict"), "accept");
    let normalized = get(&result, "normalized");
    assert_eq!(text(&normalized, "postalCode"), "01310-200");
    assert_eq!(text(&normalized, "phone"), "+5511912345678");
}

#[wasm_bindgen_test]
fn a_number_for_phone_throws_an_error_naming_the_field() {
    let address = strings(&[("country", "RU")]);
    Reflect::set(&address, &"phone".into(), &79161234567f64.into()).unwrap();
    let err = orderguard_wasm::validate_address(address, JsValue::UNDEFINED).unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(text(&err, "field"), "phone");
    assert_eq!(text(&err, "code"), "invalid_input");
}

#[wasm_bindgen_test]
fn no_address_at_all_throws_an_error_naming_the_address() {
    let err =
        orderguard_wasm::validate_address(JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap_err();
    assert_eq!(text(&err, "field"), "address");
}

#[wasm_bindgen_test]
fn address_form_lists_fields_in_the_label_order_of_the_country() {
    let form = orderguard_wasm::address_form("DE".into()).unwrap();
    let fields: Vec<String> = Array::from(&get(&form, "fields"))
        .iter()
        .map(|f| text(&f, "field"))
        .collect();
    assert_eq!(
        fields,
        [
            "recipient",
            "organization",
            "addressLine1",
            "addressLine2",
            "postalCode",
            "city",
            "phone"
        ]
    );
    assert!(orderguard_wasm::address_form("ZZ".into())
        .unwrap()
        .is_null());
    let err = orderguard_wasm::address_form(7.into()).unwrap_err();
    assert_eq!(text(&err, "field"), "country");
}
