//! The whole-catalog check for sellers: at once, or streamed in chunks from a `File`.

use js_sys::{ArrayBuffer, Uint8Array};
use orderguard_core::{catalog, InputError, Locale};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::boundary::{
    error,
    json::{options, output},
};
use crate::host::BrowserHost;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../types/catalog.d.ts");

#[wasm_bindgen(js_name = checkCatalog, skip_typescript)]
pub fn check_catalog(data: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let opts: catalog::CatalogOptions = options(opts)?;
    let bytes = bytes(&data, "data", opts.locale)?;
    let report =
        catalog::check_catalog(&bytes, &opts, &BrowserHost).map_err(|e| error(&e, opts.locale))?;
    output(&report)
}

/// The size of the whole input, for `progress`.
#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct StreamOptions {
    total_bytes: Option<f64>,
}

#[wasm_bindgen(js_name = CatalogChecker, skip_typescript)]
pub struct CatalogChecker {
    inner: Option<catalog::CatalogChecker>,
    locale: Locale,
    total_bytes: Option<f64>,
    bytes_seen: f64,
}

#[wasm_bindgen(js_class = CatalogChecker)]
impl CatalogChecker {
    #[wasm_bindgen(constructor)]
    pub fn new(opts: JsValue) -> Result<CatalogChecker, JsValue> {
        let stream: StreamOptions = options(opts.clone())?;
        let opts: catalog::CatalogOptions = options(opts)?;
        let inner = catalog::CatalogChecker::new(&opts, &BrowserHost)
            .map_err(|e| error(&e, opts.locale))?;
        Ok(CatalogChecker {
            inner: Some(inner),
            locale: opts.locale,
            total_bytes: stream.total_bytes.filter(|t| *t > 0.0),
            bytes_seen: 0.0,
        })
    }

    pub fn push(&mut self, chunk: JsValue) -> Result<(), JsValue> {
        let bytes = bytes(&chunk, "chunk", self.locale)?;
        let inner = self.inner.as_mut().ok_or_else(|| finished(self.locale))?;
        inner.push(&bytes).map_err(|e| error(&e, self.locale))?;
        self.bytes_seen = inner.bytes_seen() as f64;
        Ok(())
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
            (Some(_), Some(total)) => (self.bytes_seen / total).min(1.0),
            (Some(_), None) => 0.0,
        }
    }

    #[wasm_bindgen(getter, js_name = bytesSeen)]
    pub fn bytes_seen(&self) -> f64 {
        self.bytes_seen
    }

    #[wasm_bindgen(getter, js_name = listingsChecked)]
    pub fn listings_checked(&self) -> f64 {
        self.inner
            .as_ref()
            .map_or(0.0, |c| c.listings_checked() as f64)
    }
}

/// The bytes of a `Uint8Array`, an `ArrayBuffer`, or a string (as UTF-8).
fn bytes(value: &JsValue, field: &str, locale: Locale) -> Result<Vec<u8>, JsValue> {
    if let Some(text) = value.as_string() {
        return Ok(text.into_bytes());
    }
    if let Some(array) = value.dyn_ref::<Uint8Array>() {
        return Ok(array.to_vec());
    }
    if value.is_instance_of::<ArrayBuffer>() {
        return Ok(Uint8Array::new(value).to_vec());
    }
    Err(error(
        &InputError::new("invalid_input", field).param(
            "detail",
            "expected a Uint8Array, an ArrayBuffer or a string",
        ),
        locale,
    ))
}

fn finished(locale: Locale) -> JsValue {
    error(
        &InputError::new("invalid_input", "chunk").param("detail", "the check has finished"),
        locale,
    )
}
