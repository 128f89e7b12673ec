//! The orders board for sellers: an orders export checked at once or streamed in chunks from a `File`;
//! one tracking number; addresses in a batch.

use orderguard_core::address::{self, Address};
use orderguard_core::orders::{self, OrdersOptions};
use orderguard_core::{InputError, Locale};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::boundary::{
    bytes, error,
    json::{input, options, output},
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
pub fn check_orders(data: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let opts = orders_options(opts)?;
    let bytes = bytes(&data, "data", opts.locale)?;
    let report = orders::check_orders(&bytes, &opts, &BrowserHost, &BrowserHost)
        .map_err(|e| error(&e, opts.locale))?;
    output(&report)
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

    pub fn finish(&mut self) -> Result<JsValue, JsValue> {
        let inner = self.inner.take().ok_or_else(|| finished(self.locale))?;
        let report = inner.finish().map_err(|e| error(&e, self.locale))?;
        output(&report)
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
