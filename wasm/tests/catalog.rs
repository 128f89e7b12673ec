//! The catalog exports as the browser sees them, in headless Chromium.

use js_sys::{Array, Uint8Array};
use orderguard_wasm::{check_catalog as check_to_report, CatalogChecker, CatalogReport};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod js;
use js::*;

/// `checkCatalog` with the report as `JSON.stringify` sees it (every text rendered).
fn check_catalog(data: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    check_to_report(data, opts).map(|report| whole(&report))
}

fn whole(report: &CatalogReport) -> JsValue {
    report.to_json(JsValue::UNDEFINED).unwrap()
}

const APPAREL: &[u8] = include_bytes!("../../tests/golden/catalog/apparel.csv");
const OZON_CP1251: &[u8] = include_bytes!("../../tests/golden/catalog/ozon-products-cp1251.csv");

#[wasm_bindgen_test]
fn a_shopify_export_as_bytes_gives_one_listing_per_handle() {
    let data = Uint8Array::from(APPAREL);
    let report = check_catalog(data.into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&report, "format").as_string().unwrap(), "shopify-csv");
    assert_eq!(get(&report, "rows").as_f64(), Some(22.0));
    assert_eq!(Array::from(&get(&report, "listings")).length(), 20);
    assert_eq!(get(&report, "summary.listings").as_f64(), Some(20.0));
    assert!(get(&report, "summary.meanScore").as_f64().is_some());
}

#[wasm_bindgen_test]
fn a_string_is_read_as_text() {
    let text = "id,title,price\n1,Mug,oops\n2,Cup,3\n";
    let opts = object(&[("locale", "ru".into())]);
    let report = check_catalog(text.into(), opts).unwrap();
    let errors = Array::from(&get(&report, "rowErrors"));
    assert_eq!(errors.length(), 1);
    let first = errors.get(0);
    assert_eq!(get(&first, "row").as_f64(), Some(2.0));
    assert_eq!(get(&first, "code").as_string().unwrap(), "invalid_number");
    assert!(get(&first, "message")
        .as_string()
        .unwrap()
        .starts_with("Строка 2"));
}

#[wasm_bindgen_test]
fn streaming_in_chunks_matches_the_whole_file_and_reports_progress() {
    let whole = check_catalog(Uint8Array::from(OZON_CP1251).into(), JsValue::UNDEFINED).unwrap();
    let opts = object(&[("totalBytes", (OZON_CP1251.len() as f64).into())]);
    let mut checker = CatalogChecker::new(opts).unwrap();
    assert_eq!(checker.progress(), 0.0);
    let mut last = 0.0;
    for piece in OZON_CP1251.chunks(100) {
        checker.push(Uint8Array::from(piece).into()).unwrap();
        assert!(checker.progress() >= last);
        last = checker.progress();
    }
    assert_eq!(checker.progress(), 1.0);
    let streamed = whole_of(checker.finish().unwrap());
    assert_eq!(json(&streamed), json(&whole));
    assert_eq!(
        get(&streamed, "encoding").as_string().unwrap(),
        "windows-1251"
    );
    let err = checker.push("more".into()).unwrap_err();
    assert_eq!(get(&err, "field").as_string().unwrap(), "chunk");
}

#[wasm_bindgen_test]
fn a_file_that_is_not_a_catalog_throws_one_error_with_a_code() {
    let err =
        check_catalog("Order ID,Date\n1,2026-01-01\n".into(), JsValue::UNDEFINED).unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(get(&err, "code").as_string().unwrap(), "not_a_catalog");
    assert_eq!(get(&err, "field").as_string().unwrap(), "data");
    let err = check_catalog(5.into(), JsValue::UNDEFINED).unwrap_err();
    assert_eq!(get(&err, "field").as_string().unwrap(), "data");
    let bad = object(&[("format", "xls".into())]);
    let err = check_catalog("a".into(), bad).unwrap_err();
    assert_eq!(get(&err, "field").as_string().unwrap(), "format");
}

#[wasm_bindgen_test]
fn an_ozon_workbook_is_read_from_its_template_sheet() {
    let book: &[u8] = include_bytes!("../../tests/golden/xlsx/ozon_template_openpyxl.xlsx");
    let report = check_catalog(Uint8Array::from(book).into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&report, "format").as_string().unwrap(), "ozon-xlsx");
    assert_eq!(Array::from(&get(&report, "listings")).length(), 4);
    let err = check_catalog(Uint8Array::from(&book[..300]).into(), JsValue::UNDEFINED).unwrap_err();
    assert!(get(&err, "code").as_string().unwrap().starts_with("xlsx_"));
}

/// The report of `data` checked in one call, and the same streamed in 1-byte chunks through the browser's
/// `TextDecoder` (which must agree).
fn read_both_ways(data: &[u8]) -> JsValue {
    let whole = check_catalog(Uint8Array::from(data).into(), JsValue::UNDEFINED).unwrap();
    let mut checker = CatalogChecker::new(JsValue::UNDEFINED).unwrap();
    for byte in data.chunks(1) {
        checker.push(Uint8Array::from(byte).into()).unwrap();
    }
    let streamed = whole_of(checker.finish().unwrap());
    assert_eq!(json(&streamed), json(&whole));
    whole
}

fn whole_of(report: CatalogReport) -> JsValue {
    whole(&report)
}

fn first_title(report: &JsValue) -> String {
    let listings = Array::from(&get(report, "listings"));
    text(&listings.get(0), "title")
}

#[wasm_bindgen_test]
fn files_in_every_encoding_sellers_tools_write_are_detected_and_decoded() {
    for (data, encoding, title) in [
        (
            include_bytes!("../../tests/golden/catalog/shopify-zh-gbk.csv").as_slice(),
            "gbk",
            "真丝连衣裙 夏季新款",
        ),
        (
            include_bytes!("../../tests/golden/catalog/generic-zh-gb18030.csv"),
            "gb18030",
            "羊绒围巾 𠮷字纹",
        ),
        (
            include_bytes!("../../tests/golden/catalog/generic-zh-big5.csv"),
            "big5",
            "手工皮革錢包",
        ),
        (OZON_CP1251, "windows-1251", "Платье летнее льняное"),
        (
            include_bytes!("../../tests/golden/catalog/shopify-new-headers-utf16le.txt"),
            "utf-16le",
            "Linen Shirt",
        ),
        (
            include_bytes!("../../tests/golden/catalog/generic-utf16be.csv"),
            "utf-16be",
            "Wool scarf",
        ),
    ] {
        let report = read_both_ways(data);
        assert_eq!(text(&report, "encoding"), encoding);
        assert_eq!(first_title(&report), title, "{encoding}");
        let guessed = Array::from(&get(&report, "notes"))
            .iter()
            .any(|n| text(&n, "code") == "encoding_guessed");
        assert_eq!(guessed, !encoding.starts_with("utf"), "{encoding}");
    }
}

#[wasm_bindgen_test]
fn the_user_can_name_the_encoding_and_an_unknown_name_is_refused() {
    let gbk = include_bytes!("../../tests/golden/catalog/shopify-zh-gbk.csv");
    let opts = object(&[("encoding", "GB2312".into())]);
    let report = check_catalog(Uint8Array::from(gbk.as_slice()).into(), opts).unwrap();
    assert_eq!(text(&report, "encoding"), "gbk");
    let notes: Vec<String> = Array::from(&get(&report, "notes"))
        .iter()
        .map(|n| text(&n, "code"))
        .collect();
    // Named, so not guessed; what a Shopify product CSV cannot hold is noted once each.
    assert_eq!(notes, ["store_level_gap"; 3]);
    let opts = object(&[("encoding", "ebcdic".into())]);
    let err = check_catalog(Uint8Array::from(gbk.as_slice()).into(), opts).unwrap_err();
    assert_eq!(text(&err, "code"), "unknown_encoding");
    assert_eq!(text(&err, "field"), "options.encoding");
}

#[wasm_bindgen_test]
fn the_report_renders_slices_in_any_language_and_exports_csv() {
    let report = check_to_report(Uint8Array::from(APPAREL).into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(report.listing_count(), 20.0);
    let slice = Array::from(
        &report
            .listings(Some(2), Some(5), JsValue::UNDEFINED)
            .unwrap(),
    );
    assert_eq!(slice.length(), 3);
    let ru = object(&[("locale", "ru".into())]);
    let russian = Array::from(&report.listings(Some(0), Some(1), ru.clone()).unwrap());
    let message = text(
        &Array::from(&get(&russian.get(0), "findings")).get(0),
        "message",
    );
    assert!(
        message.chars().any(|c| ('а'..='я').contains(&c)),
        "{message}"
    );
    // Past the end is empty, not an error.
    assert_eq!(
        Array::from(&report.listings(Some(50), None, JsValue::UNDEFINED).unwrap()).length(),
        0
    );
    let csv = report.csv(None, None, JsValue::UNDEFINED).unwrap();
    assert!(csv.starts_with("\u{FEFF}row,id,title,score,level,codes,findings\r\n"));
    assert_eq!(csv.matches("\r\n").count(), 21);
    let sliced = report.csv(Some(0), Some(7), JsValue::UNDEFINED).unwrap()
        + &report.csv(Some(7), None, JsValue::UNDEFINED).unwrap();
    assert_eq!(sliced, csv);
}

#[wasm_bindgen_test]
fn order_filters_and_sorts_and_refuses_an_unknown_sort() {
    let report = check_to_report(Uint8Array::from(APPAREL).into(), JsValue::UNDEFINED).unwrap();
    let by_score = report
        .order(object(&[
            ("sort", "score".into()),
            ("descending", true.into()),
        ]))
        .unwrap();
    assert_eq!(by_score.len(), 20);
    let scores: Vec<f64> = Array::from(&report.listings_at(by_score, JsValue::UNDEFINED).unwrap())
        .iter()
        .map(|l| get(&l, "score").as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    let found = report.order(object(&[("text", "VARSITY".into())])).unwrap();
    assert_eq!(found.len(), 1);
    let err = report
        .order(object(&[("sort", "colour".into())]))
        .unwrap_err();
    assert_eq!(text(&err, "field"), "sort");
}
