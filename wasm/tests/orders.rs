//! The orders board's exports as the browser sees them, in headless Chromium: the browser's own
//! time-zone database and text decoders under the core.

use js_sys::{Array, Uint8Array};
use orderguard_wasm::{
    check_orders, check_tracking_number, validate_address, validate_addresses, OrdersChecker,
    OrdersReport,
};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod js;
use js::*;

const OZON_FBS: &[u8] = include_bytes!("../../tests/golden/orders/ozon-fbs-utf8-bom.csv");
const OZON_RFBS_CP1251: &[u8] = include_bytes!("../../tests/golden/orders/ozon-rfbs-cp1251.csv");

fn options(extra: &str) -> JsValue {
    js(&format!(
        r#"{{"now": "2026-12-01T10:00:00+07:00", "seller": {{"country": "RU", "timeZone": "Asia/Krasnoyarsk"}}{extra}}}"#
    ))
}

/// The thrown error of a check that must fail.
fn failure(result: Result<OrdersReport, JsValue>) -> JsValue {
    result.err().expect("the check should throw")
}

#[wasm_bindgen_test]
fn an_ozon_report_in_windows_1251_is_read_with_the_browsers_decoder() {
    let report = check_orders(Uint8Array::from(OZON_RFBS_CP1251).into(), options("")).unwrap();
    assert_eq!(
        report.encoding().as_string().as_deref(),
        Some("windows-1251")
    );
    assert_eq!(report.format(), "ozon-csv");
    assert_eq!(
        get(&report.summary().unwrap(), "addressesToConfirm").as_f64(),
        Some(1.0)
    );
    let orders = Array::from(&report.orders(None, None).unwrap());
    assert_eq!(orders.length(), 4);
    // Times on a Krasnoyarsk seller's clock, through Intl.
    assert_eq!(text(&orders.get(0), "shipBy"), "2026-12-03T18:00:00+07:00");
}

#[wasm_bindgen_test]
fn streaming_in_chunks_gives_the_same_report() {
    let whole = json(
        &check_orders(Uint8Array::from(OZON_FBS).into(), options(""))
            .unwrap()
            .to_json()
            .unwrap(),
    );
    let mut checker = OrdersChecker::new(options(r#", "totalBytes": 2847"#)).unwrap();
    for chunk in OZON_FBS.chunks(100) {
        checker.push(Uint8Array::from(chunk).into()).unwrap();
    }
    assert!(checker.progress() > 0.99);
    let streamed = json(&checker.finish().unwrap().to_json().unwrap());
    assert_eq!(streamed, whole);
    // Finished: a second finish is an error, not a trap.
    assert!(checker.finish().is_err());
}

#[wasm_bindgen_test]
fn the_board_takes_windows_of_the_report_its_order_and_its_exports() {
    let report = check_orders(Uint8Array::from(OZON_FBS).into(), options("")).unwrap();
    assert_eq!(report.order_count(), 9.0);
    assert_eq!(report.header_row().as_f64(), Some(1.0));
    assert_eq!(report.row_error_count(), 1.0);
    let overdue = report.order(js(r#"{"level": "overdue"}"#)).unwrap();
    assert_eq!(overdue.len(), 1);
    let window = Array::from(&report.orders_at(overdue).unwrap());
    assert_eq!(text(&window.get(0), "deadline.level"), "overdue");
    // Everything, the most urgent first, in windows that join into the whole.
    let all = report.order(JsValue::UNDEFINED).unwrap();
    assert_eq!(all.len(), 9);
    let first = Array::from(&report.orders(Some(0), Some(4)).unwrap());
    let rest = Array::from(&report.orders(Some(4), None).unwrap());
    assert_eq!(first.length() + rest.length(), 9);
    assert_eq!(
        Array::from(&report.row_errors(None, None).unwrap()).length(),
        1
    );
    let unknown = report.order(js(r#"{"sort": "price"}"#)).unwrap_err();
    assert_eq!(text(&unknown, "field"), "sort");
    let status = report.order(js(r#"{"statuses": ["lost"]}"#)).unwrap_err();
    assert_eq!(text(&status, "field"), "statuses");

    let csv = report.actions_csv();
    assert!(csv.starts_with("\u{FEFF}order,posting,action,to,send_on,language,text\r\n"));
    let actions = get(&report.summary().unwrap(), "actions").as_f64().unwrap();
    assert_eq!(csv.lines().count() as f64, actions + 1.0);
    let deadlines = Array::from(&report.open_deadlines().unwrap());
    assert!(deadlines.length() >= 4);
    assert!(text(&deadlines.get(0), "shipByDay").starts_with("2026-"));
}

#[wasm_bindgen_test]
fn bad_options_throw_an_error_naming_the_field() {
    let missing = failure(check_orders(
        "a,b\n".into(),
        js(r#"{"now": "2026-12-01T10:00:00Z"}"#),
    ));
    assert_eq!(text(&missing, "code"), "invalid_input");
    assert_eq!(text(&missing, "field"), "seller");
    let zone = failure(check_orders(
        "a,b\n".into(),
        js(
            r#"{"now": "2026-12-01T10:00:00Z", "seller": {"country": "RU", "timeZone": "Europe/Atlantis"}, "locale": "ru"}"#,
        ),
    ));
    assert_eq!(text(&zone, "code"), "unknown_time_zone");
    assert_eq!(text(&zone, "field"), "seller.timeZone");
    assert!(text(&zone, "message").contains("Atlantis"));
    let not_orders = failure(check_orders("Title,Price\nMug,3\n".into(), options("")));
    assert_eq!(text(&not_orders, "code"), "not_an_orders_export");
    let wrong_type = failure(check_orders(JsValue::from(42), options("")));
    assert_eq!(text(&wrong_type, "field"), "data");
}

#[wasm_bindgen_test]
fn a_tracking_number_is_checked_by_its_check_digit() {
    let valid = check_tracking_number(" rb 1234 5678 5gb ".into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&valid, "valid").as_bool(), Some(true));
    assert_eq!(text(&valid, "normalized"), "RB123456785GB");
    assert_eq!(text(&valid, "country"), "GB");
    let mistyped =
        check_tracking_number("RB123456784GB".into(), strings(&[("locale", "zh")])).unwrap();
    assert_eq!(get(&mistyped, "valid").as_bool(), Some(false));
    let unknown = check_tracking_number("ABC-42".into(), JsValue::UNDEFINED).unwrap();
    assert!(get(&unknown, "valid").is_null());
}

#[wasm_bindgen_test]
fn a_batch_of_addresses_equals_one_call_each() {
    let addresses = js(r#"[
        {"country": "RU", "region": "Москва", "city": "Москва", "addressLine1": "ул. Тверская, д. 7, кв. 12", "postalCode": "125009", "recipient": "Петров Иван"},
        {"country": "RU", "region": "Новосибирская область", "city": "Новосибирск", "addressLine1": "ул. Ленина, д. 10", "postalCode": "101000"},
        {"country": "DE", "city": "Berlin", "addressLine1": "Unter den Linden 1", "postalCode": "10117", "recipient": "Anna Schmidt"}
    ]"#);
    let opts = strings(&[("locale", "ru")]);
    let batch = Array::from(&validate_addresses(addresses.clone(), opts.clone()).unwrap());
    let each = Array::from(&addresses);
    assert_eq!(batch.length(), 3);
    for i in 0..3 {
        let one = validate_address(each.get(i), opts.clone()).unwrap();
        assert_eq!(json(&batch.get(i)), json(&one), "address {i}");
    }
    let error = validate_addresses(js(r#"[{"country": 7}]"#), JsValue::UNDEFINED).unwrap_err();
    assert_eq!(text(&error, "field"), "[0].country");
}
