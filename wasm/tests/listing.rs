//! `checkListing` as the browser calls it, in headless Chromium.

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod js;
use js::*;

fn codes(report: &JsValue) -> Vec<String> {
    Array::from(&get(report, "findings"))
        .iter()
        .map(|f| get(&f, "code").as_string().expect("code is a string"))
        .collect()
}

const COMPLETE: &str = r#"{
  "title": "Women's linen summer dress, midi length", "category": "Одежда", "price": 2990, "oldPrice": 3490,
  "currency": "RUB",
  "description": "A midi dress of washed linen with a relaxed fit, short sleeves and two side pockets. The fabric is soft from the first wear and breathes in hot weather. Model is 170 cm tall and wears size 44. Measure your chest at its fullest point and your waist at its narrowest; the size chart has every size. Buttons down the front; no lining.",
  "images": [{"url": "https://img.example/1.jpg", "width": 1200, "height": 1600}, "https://img.example/2.jpg", "https://img.example/3.jpg"],
  "video": "https://img.example/v.mp4",
  "attributes": {"color": "blue", "sizes": [42, 44, 46], "sizeChart": "42: chest 84 cm", "material": "linen",
    "care": "machine wash 30 °C", "gender": "women", "neckline": "V"},
  "shipping": "From Guangzhou by air, 12-20 days", "returns": "30 days"
}"#;

#[wasm_bindgen_test]
fn a_complete_listing_scores_high_with_no_findings() {
    let report = orderguard_wasm::check_listing(js(COMPLETE), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&report, "score").as_f64(), Some(100.0));
    assert_eq!(get(&report, "level").as_string().as_deref(), Some("high"));
    assert_eq!(
        get(&report, "category").as_string().as_deref(),
        Some("apparel")
    );
    assert_eq!(get(&report, "profile").as_string().as_deref(), Some("ozon"));
    assert!(codes(&report).is_empty(), "{:?}", codes(&report));
}

#[wasm_bindgen_test]
fn an_empty_listing_scores_low_with_localized_findings_and_hints() {
    let report = orderguard_wasm::check_listing(js("{}"), js(r#"{"locale": "zh-CN"}"#)).unwrap();
    assert!(get(&report, "score").as_f64().unwrap() < 20.0);
    assert_eq!(get(&report, "level").as_string().as_deref(), Some("low"));
    let first = Array::from(&get(&report, "findings")).get(0);
    assert_eq!(
        get(&first, "severity").as_string().as_deref(),
        Some("error")
    );
    assert_eq!(
        get(&first, "message").as_string().as_deref(),
        Some("商品没有标题。")
    );
    assert!(get(&first, "hint").as_string().unwrap().contains("标题"));
}

#[wasm_bindgen_test]
fn profile_and_disabled_rules_change_what_is_reported() {
    let listing = js(COMPLETE);
    let set =
        |key: &str, value: JsValue| js_sys::Reflect::set(&listing, &key.into(), &value).unwrap();
    set("category", "electronics".into());
    set("oldPrice", 3000.into());
    set(
        "attributes",
        js(
            r#"{"includedItems": "kettle, manual", "plugType": "C", "warranty": "1 year", "color": "white",
              "dimensions": {"length": 20, "width": 15, "height": 25, "unit": "cm"},
              "weight": {"value": 1.1, "unit": "kg"}}"#,
        ),
    );
    let ozon = orderguard_wasm::check_listing(listing.clone(), JsValue::UNDEFINED).unwrap();
    assert!(codes(&ozon).contains(&"discount_too_small".to_string()));
    assert!(codes(&ozon).contains(&"missing_voltage".to_string()));
    let options = js(r#"{"profile": "generic", "disabledRules": ["missing_voltage"]}"#);
    let generic = orderguard_wasm::check_listing(listing, options).unwrap();
    assert!(!codes(&generic).contains(&"discount_too_small".to_string()));
    assert!(!codes(&generic).contains(&"missing_voltage".to_string()));
    assert!(
        get(&generic, "score").as_f64() > get(&ozon, "score").as_f64(),
        "{:?} {:?}",
        codes(&generic),
        codes(&ozon)
    );
}

#[wasm_bindgen_test]
fn wrong_types_throw_an_error_naming_the_field() {
    for (listing, field) in [
        (r#"{"price": "12"}"#, "price"),
        (r#"{"title": 5}"#, "title"),
        (
            r#"{"images": [{"url": "u", "width": "big"}]}"#,
            "images[0].width",
        ),
        (r#"{"attributes": {"color": ["red"]}}"#, "attributes.color"),
        (
            r#"{"attributes": {"dimensions": {"length": 1}}}"#,
            "attributes.dimensions.width",
        ),
        ("42", "listing"),
    ] {
        let err = orderguard_wasm::check_listing(js(listing), JsValue::UNDEFINED).unwrap_err();
        assert!(err.is_instance_of::<js_sys::Error>(), "{listing}");
        assert_eq!(
            get(&err, "code").as_string().as_deref(),
            Some("invalid_input")
        );
        assert_eq!(
            get(&err, "field").as_string().as_deref(),
            Some(field),
            "{listing}"
        );
    }
}

#[wasm_bindgen_test]
fn unknown_profiles_and_rule_codes_throw_and_the_module_keeps_working() {
    let err =
        orderguard_wasm::check_listing(js("{}"), js(r#"{"profile": "amazon", "locale": "ru"}"#))
            .unwrap_err();
    assert_eq!(
        get(&err, "code").as_string().as_deref(),
        Some("unknown_profile")
    );
    assert_eq!(get(&err, "field").as_string().as_deref(), Some("profile"));
    assert!(get(&err, "message")
        .as_string()
        .unwrap()
        .contains("профиль"));
    let err =
        orderguard_wasm::check_listing(js("{}"), js(r#"{"disabledRules": ["nope"]}"#)).unwrap_err();
    assert_eq!(
        get(&err, "field").as_string().as_deref(),
        Some("disabledRules[0]")
    );
    let negative = js(r#"{"title": "Kettle", "price": -5}"#);
    let report = orderguard_wasm::check_listing(negative, JsValue::UNDEFINED).unwrap();
    assert!(codes(&report).contains(&"invalid_price".to_string()));
}

#[wasm_bindgen_test]
fn a_value_nested_thousands_deep_throws_instead_of_crashing_the_module() {
    let mut deep = js(r#""leaf""#);
    for _ in 0..10_000 {
        let outer = js_sys::Object::new();
        js_sys::Reflect::set(&outer, &"a".into(), &deep).unwrap();
        deep = outer.into();
    }
    let listing = js(r#"{"title": "Kettle", "attributes": {}}"#);
    js_sys::Reflect::set(&get(&listing, "attributes"), &"deep".into(), &deep).unwrap();
    let err = orderguard_wasm::check_listing(listing, JsValue::UNDEFINED).unwrap_err();
    let field = get(&err, "field").as_string().unwrap();
    assert!(field.starts_with("attributes.deep.a.a"), "{field}");
    assert_eq!(
        get(&err, "code").as_string().as_deref(),
        Some("invalid_input")
    );
    let options = js(r#"{"locale": "en"}"#);
    js_sys::Reflect::set(&options, &"extra".into(), &deep).unwrap();
    // Unknown option fields are skipped without being read into memory, however deep.
    let report = orderguard_wasm::check_listing(js("{}"), options).unwrap();
    assert!(get(&report, "score").as_f64().is_some());
    let cyclic = js(r#"{"title": "Kettle"}"#);
    js_sys::Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
    let err = orderguard_wasm::check_listing(cyclic, JsValue::UNDEFINED).unwrap_err();
    assert_eq!(get(&err, "field").as_string().as_deref(), Some("listing"));
    let shallow =
        js(r#"{"title": "Kettle", "attributes": {"lining": {"material": {"name": "mesh"}}}}"#);
    let report = orderguard_wasm::check_listing(shallow, JsValue::UNDEFINED).unwrap();
    assert!(get(&report, "score").as_f64().is_some());
}
