//! The orders board for sellers: an orders export checked at once or streamed in chunks from a `File`;
//! one tracking number; addresses in a batch. The checked report stays in wasm memory; a page asks for
//! the window of orders it draws, the table's order, and the exports.

use orderguard_core::address::{self, Address};
use orderguard_core::orders::{self, OrdersOptions, Query, SortKey, Status};
use orderguard_core::{InputError, Locale};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::boundary::{
    bytes, error,
    json::{input, options, output},
    window::{bounded, option, text_option, too_many, MAX_RENDERED},
};
use crate::host::BrowserHost;

/// The most addresses one `validateAddresses` call takes: a page of orders, not a whole database.
const MAX_ADDRESSES: usize = 200_000;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../types/orders.d.ts");

/// Reads the options: `now` and `seller` are required, so there are no defaults to fall back on.
fn orders_options(opts: JsValue) -> Result<OrdersOptions, JsValue> {
    let locale = crate::boundary::json::locale_of(&opts);
    input(opts, "options", locale)
}

#[wasm_bindgen(js_name = checkOrders, skip_typescript)]
pub fn check_orders(data: JsValue, opts: JsValue) -> Result<OrdersReport, JsValue> {
    let opts = orders_options(opts)?;
    let bytes = bytes(&data, "data", opts.locale)?;
    let report = orders::check_orders(&bytes, &opts, &BrowserHost, &BrowserHost)
        .map_err(|e| error(&e, opts.locale))?;
    Ok(OrdersReport {
        report,
        locale: opts.locale,
    })
}

/// The size of the whole input, for `progress`.
#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct StreamOptions {
    total_bytes: Option<f64>,
}

#[wasm_bindgen(js_name = OrdersChecker, skip_typescript)]
pub struct OrdersChecker {
    inner: Option<orders::OrdersChecker>,
    locale: Locale,
    total_bytes: Option<f64>,
}

#[wasm_bindgen(js_class = OrdersChecker)]
impl OrdersChecker {
    #[wasm_bindgen(constructor)]
    pub fn new(opts: JsValue) -> Result<OrdersChecker, JsValue> {
        let stream: StreamOptions = options(opts.clone())?;
        let opts = orders_options(opts)?;
        let inner = orders::OrdersChecker::new(&opts, &BrowserHost, &BrowserHost)
            .map_err(|e| error(&e, opts.locale))?;
        Ok(OrdersChecker {
            inner: Some(inner),
            locale: opts.locale,
            total_bytes: stream.total_bytes.filter(|t| *t > 0.0),
        })
    }

    pub fn push(&mut self, chunk: JsValue) -> Result<(), JsValue> {
        let bytes = bytes(&chunk, "chunk", self.locale)?;
        let inner = self.inner.as_mut().ok_or_else(|| finished(self.locale))?;
        inner.push(&bytes).map_err(|e| error(&e, self.locale))
    }

    pub fn finish(&mut self) -> Result<OrdersReport, JsValue> {
        let inner = self.inner.take().ok_or_else(|| finished(self.locale))?;
        let report = inner.finish().map_err(|e| error(&e, self.locale))?;
        Ok(OrdersReport {
            report,
            locale: self.locale,
        })
    }

    /// From 0 to 1: bytes pushed over `totalBytes`; 1 once finished.
    #[wasm_bindgen(getter)]
    pub fn progress(&self) -> f64 {
        match (&self.inner, self.total_bytes) {
            (None, _) => 1.0,
            (Some(inner), Some(total)) => (inner.bytes_seen() as f64 / total).min(1.0),
            (Some(_), None) => 0.0,
        }
    }

    #[wasm_bindgen(getter, js_name = bytesSeen)]
    pub fn bytes_seen(&self) -> f64 {
        self.inner.as_ref().map_or(0.0, |c| c.bytes_seen() as f64)
    }

    #[wasm_bindgen(getter, js_name = rowsRead)]
    pub fn rows_read(&self) -> f64 {
        self.inner
            .as_ref()
            .map_or(0.0, |c| f64::from(c.rows_read()))
    }
}

/// A checked orders export, held in the module's memory with every text rendered; pages take windows.
#[wasm_bindgen(js_name = OrdersReport, skip_typescript)]
pub struct OrdersReport {
    report: orders::OrdersReport,
    locale: Locale,
}

#[wasm_bindgen(js_class = OrdersReport)]
impl OrdersReport {
    #[wasm_bindgen(getter)]
    pub fn format(&self) -> String {
        self.report.format.into()
    }

    /// `null` for a workbook, as in `toJSON()`.
    #[wasm_bindgen(getter)]
    pub fn encoding(&self) -> JsValue {
        self.report.encoding.map_or(JsValue::NULL, JsValue::from)
    }

    #[wasm_bindgen(getter, js_name = encodingGuessed)]
    pub fn encoding_guessed(&self) -> bool {
        self.report.encoding_guessed
    }

    /// `null` for JSON, as in `toJSON()`.
    #[wasm_bindgen(getter, js_name = headerRow)]
    pub fn header_row(&self) -> JsValue {
        self.report.header_row.map_or(JsValue::NULL, JsValue::from)
    }

    #[wasm_bindgen(getter)]
    pub fn rows(&self) -> f64 {
        f64::from(self.report.rows)
    }

    #[wasm_bindgen(getter, js_name = skippedRows)]
    pub fn skipped_rows(&self) -> Result<JsValue, JsValue> {
        output(&self.report.skipped_rows)
    }

    #[wasm_bindgen(getter)]
    pub fn today(&self) -> String {
        self.report.today.to_string()
    }

    #[wasm_bindgen(getter, js_name = workingDays)]
    pub fn working_days(&self) -> Result<JsValue, JsValue> {
        output(&self.report.working_days)
    }

    #[wasm_bindgen(getter)]
    pub fn summary(&self) -> Result<JsValue, JsValue> {
        output(&self.report.summary)
    }

    #[wasm_bindgen(getter, js_name = statusLabelsVerified)]
    pub fn status_labels_verified(&self) -> bool {
        self.report.status_labels_verified
    }

    #[wasm_bindgen(getter, js_name = orderCount)]
    pub fn order_count(&self) -> f64 {
        self.report.orders.len() as f64
    }

    #[wasm_bindgen(getter, js_name = rowErrorCount)]
    pub fn row_error_count(&self) -> f64 {
        self.report.row_errors.len() as f64
    }

    /// Orders `start..end` in file order (all by default).
    pub fn orders(&self, start: Option<u32>, end: Option<u32>) -> Result<JsValue, JsValue> {
        let (start, end) = bounded(start, end, self.report.orders.len(), self.locale)?;
        output(&self.report.orders[start..end])
    }

    /// The orders at these indices (as `order` gives them).
    #[wasm_bindgen(js_name = ordersAt)]
    pub fn orders_at(&self, indices: Vec<u32>) -> Result<JsValue, JsValue> {
        if indices.len() > MAX_RENDERED {
            return Err(too_many("indices", self.locale));
        }
        let orders: Vec<_> = indices
            .iter()
            .filter_map(|&i| self.report.orders.get(i as usize))
            .collect();
        output(&orders)
    }

    #[wasm_bindgen(js_name = rowErrors)]
    pub fn row_errors(&self, start: Option<u32>, end: Option<u32>) -> Result<JsValue, JsValue> {
        let (start, end) = bounded(start, end, self.report.row_errors.len(), self.locale)?;
        output(&self.report.row_errors[start..end])
    }

    /// The indices of the orders `query` selects, in its order.
    pub fn order(&self, query: JsValue) -> Result<Vec<u32>, JsValue> {
        Ok(orders::select(&self.report, &self.query(&query)?))
    }

    /// Every action as CSV, starting with a byte-order mark so that Excel reads the Cyrillic and Chinese
    /// texts as UTF-8.
    #[wasm_bindgen(js_name = actionsCsv)]
    pub fn actions_csv(&self) -> String {
        format!("\u{FEFF}{}", orders::actions_csv(&self.report))
    }

    /// The open orders' deadlines: `{ id, orderNumber?, shipBy, shipByDay }` in file order.
    #[wasm_bindgen(js_name = openDeadlines)]
    pub fn open_deadlines(&self) -> Result<JsValue, JsValue> {
        output(&orders::open_deadlines(&self.report))
    }

    /// The whole report as one object, as `JSON.stringify` writes it.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> Result<JsValue, JsValue> {
        if self.report.orders.len() + self.report.row_errors.len() > MAX_RENDERED {
            return Err(too_many("report", self.locale));
        }
        output(&self.report)
    }
}

impl OrdersReport {
    fn query(&self, query: &JsValue) -> Result<Query, JsValue> {
        let bad = |field: &str, value: &str| {
            error(
                &InputError::new("invalid_input", field)
                    .param("detail", format!("unknown {value}")),
                self.locale,
            )
        };
        let level = match text_option(query, "level").as_deref() {
            None | Some("all") => None,
            Some(name) => Some(orders::level_from_name(name).ok_or_else(|| bad("level", name))?),
        };
        let sort = match text_option(query, "sort").as_deref() {
            None => SortKey::default(),
            Some(name) => SortKey::from_name(name).ok_or_else(|| bad("sort", name))?,
        };
        let mut statuses = Vec::new();
        if let Some(list) = option(query, "statuses").filter(js_sys::Array::is_array) {
            for name in js_sys::Array::from(&list).iter() {
                let name = name.as_string().unwrap_or_default();
                statuses.push(Status::from_name(&name).ok_or_else(|| bad("statuses", &name))?);
            }
        }
        Ok(Query {
            level,
            text: text_option(query, "text").unwrap_or_default(),
            statuses,
            sort,
            descending: option(query, "descending").and_then(|v| v.as_bool()) == Some(true),
        })
    }
}

fn finished(locale: Locale) -> JsValue {
    error(
        &InputError::new("invalid_input", "chunk").param("detail", "the check has finished"),
        locale,
    )
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct LocaleOptions {
    locale: Locale,
}

#[wasm_bindgen(js_name = checkTrackingNumber, skip_typescript)]
pub fn check_tracking_number(text: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let opts: LocaleOptions = options(opts)?;
    let text: String = input(text, "text", opts.locale)?;
    let result =
        orders::check_tracking_number(&text, opts.locale).map_err(|e| error(&e, opts.locale))?;
    output(&result)
}

/// One result per address, each equal to `validateAddress` on it.
#[wasm_bindgen(js_name = validateAddresses, skip_typescript)]
pub fn validate_addresses(addresses: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let opts: LocaleOptions = options(opts)?;
    let addresses: Vec<Address> = input(addresses, "addresses", opts.locale)?;
    if addresses.len() > MAX_ADDRESSES {
        return Err(error(
            &InputError::new("invalid_input", "addresses").param(
                "detail",
                format!("at most {MAX_ADDRESSES} addresses at a time; pass them in pages"),
            ),
            opts.locale,
        ));
    }
    let results: Vec<address::Validation> = addresses
        .iter()
        .map(|a| address::validate(a, opts.locale))
        .collect();
    output(&results)
}
