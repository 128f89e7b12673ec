//! The whole-catalog check for sellers: at once, or streamed in chunks from a `File`. The report stays
//! in wasm memory, compact; its text is rendered for the slices a page shows or exports.

use orderguard_core::catalog::{self, Query, SortKey, CSV_HEADER};
use orderguard_core::listing::{Level, Rule};
use orderguard_core::{InputError, Locale};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::boundary::{
    bytes, error,
    json::{options, output},
    window::{bounded, option, text_option, too_many, MAX_RENDERED},
};
use crate::host::BrowserHost;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../types/catalog.d.ts");

#[wasm_bindgen(js_name = checkCatalog, skip_typescript)]
pub fn check_catalog(data: JsValue, opts: JsValue) -> Result<CatalogReport, JsValue> {
    let opts: catalog::CatalogOptions = options(opts)?;
    let bytes = bytes(&data, "data", opts.locale)?;
    let fail = |e: InputError| error(&e, opts.locale);
    let mut checker = catalog::CatalogChecker::new(&opts, &BrowserHost).map_err(fail)?;
    checker.push(&bytes).map_err(fail)?;
    Ok(CatalogReport(checker.finish().map_err(fail)?))
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

    pub fn finish(&mut self) -> Result<CatalogReport, JsValue> {
        let inner = self.inner.take().ok_or_else(|| finished(self.locale))?;
        let report = inner.finish().map_err(|e| error(&e, self.locale))?;
        Ok(CatalogReport(report))
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

#[wasm_bindgen(js_name = CatalogReport, skip_typescript)]
pub struct CatalogReport(catalog::CompactReport);

#[wasm_bindgen(js_class = CatalogReport)]
impl CatalogReport {
    #[wasm_bindgen(getter)]
    pub fn format(&self) -> String {
        self.0.format().into()
    }

    #[wasm_bindgen(getter)]
    pub fn encoding(&self) -> String {
        self.0.encoding().into()
    }

    #[wasm_bindgen(getter)]
    pub fn rows(&self) -> f64 {
        f64::from(self.0.rows())
    }

    #[wasm_bindgen(getter, js_name = skippedRows)]
    pub fn skipped_rows(&self) -> Result<JsValue, JsValue> {
        output(&self.0.skipped_rows())
    }

    #[wasm_bindgen(getter, js_name = listingCount)]
    pub fn listing_count(&self) -> f64 {
        self.0.listing_count() as f64
    }

    #[wasm_bindgen(getter, js_name = rowErrorCount)]
    pub fn row_error_count(&self) -> f64 {
        self.0.row_error_count() as f64
    }

    #[wasm_bindgen(getter)]
    pub fn summary(&self) -> Result<JsValue, JsValue> {
        output(&self.0.summary())
    }

    pub fn notes(&self, opts: JsValue) -> Result<JsValue, JsValue> {
        output(&self.0.notes(self.locale(opts)?))
    }

    /// Listings `start..end` (all by default), rendered.
    pub fn listings(
        &self,
        start: Option<u32>,
        end: Option<u32>,
        opts: JsValue,
    ) -> Result<JsValue, JsValue> {
        let locale = self.locale(opts)?;
        let (start, end) = self.slice(start, end, self.0.listing_count())?;
        let listings: Vec<_> = (start..end)
            .filter_map(|i| self.0.render_listing(i, locale))
            .collect();
        output(&listings)
    }

    /// The listings at these indices (as `order` gives them), rendered.
    #[wasm_bindgen(js_name = listingsAt)]
    pub fn listings_at(&self, indices: Vec<u32>, opts: JsValue) -> Result<JsValue, JsValue> {
        let locale = self.locale(opts)?;
        if indices.len() > MAX_RENDERED {
            return Err(too_many("indices", self.0.locale()));
        }
        let listings: Vec<_> = indices
            .iter()
            .filter_map(|&i| self.0.render_listing(i as usize, locale))
            .collect();
        output(&listings)
    }

    #[wasm_bindgen(js_name = rowErrors)]
    pub fn row_errors(
        &self,
        start: Option<u32>,
        end: Option<u32>,
        opts: JsValue,
    ) -> Result<JsValue, JsValue> {
        let locale = self.locale(opts)?;
        let (start, end) = self.slice(start, end, self.0.row_error_count())?;
        let errors: Vec<_> = self.0.row_errors()[start..end]
            .iter()
            .map(|e| e.render(locale))
            .collect();
        output(&errors)
    }

    /// The indices of the listings a filter selects, sorted by a column.
    pub fn order(&self, query: JsValue) -> Result<Vec<u32>, JsValue> {
        let bad = |field: &str, value: &str| {
            error(
                &InputError::new("invalid_input", field)
                    .param("detail", format!("unknown {value}")),
                self.0.locale(),
            )
        };
        let level = match text_option(&query, "level").as_deref() {
            None | Some("all") => None,
            Some("low") => Some(Level::Low),
            Some("standard") => Some(Level::Standard),
            Some("high") => Some(Level::High),
            Some(other) => return Err(bad("level", other)),
        };
        let rule = match text_option(&query, "code").as_deref() {
            None | Some("") => None,
            Some(code) => Some(Rule::from_code(code).ok_or_else(|| bad("code", code))?),
        };
        let sort = match text_option(&query, "sort").as_deref() {
            None => SortKey::Row,
            Some(name) => SortKey::from_name(name).ok_or_else(|| bad("sort", name))?,
        };
        Ok(self.0.order(&Query {
            level,
            rule,
            text: text_option(&query, "text").unwrap_or_default(),
            sort,
            descending: option(&query, "descending").and_then(|v| v.as_bool()) == Some(true),
        }))
    }

    /// The CSV export of items `start..end` (listings, then row errors); from 0 it starts with a
    /// byte-order mark and the header line, so slices join into the whole file.
    pub fn csv(
        &self,
        start: Option<u32>,
        end: Option<u32>,
        opts: JsValue,
    ) -> Result<String, JsValue> {
        let locale = self.locale(opts)?;
        let items = self.0.listing_count() + self.0.row_error_count();
        let (start, end) = self.slice(start, end, items)?;
        let lines = self.0.csv_lines(start, end, locale);
        Ok(match start {
            0 => format!("\u{FEFF}{CSV_HEADER}\r\n{lines}"),
            _ => lines,
        })
    }

    /// The whole report with every text rendered, as `JSON.stringify` writes it.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self, opts: JsValue) -> Result<JsValue, JsValue> {
        // `JSON.stringify` passes the property name as the argument: only an object names a locale.
        let locale = self.locale(opts)?;
        if self.0.listing_count() + self.0.row_error_count() > MAX_RENDERED {
            return Err(too_many("report", self.0.locale()));
        }
        output(&self.0.render(locale))
    }
}

impl CatalogReport {
    /// `start..end` within `0..len`, both optional, at most `MAX_RENDERED` long.
    fn slice(
        &self,
        start: Option<u32>,
        end: Option<u32>,
        len: usize,
    ) -> Result<(usize, usize), JsValue> {
        bounded(start, end, len, self.0.locale())
    }

    fn locale(&self, opts: JsValue) -> Result<Locale, JsValue> {
        Ok(text_option(&opts, "locale").map_or(self.0.locale(), |tag| Locale::from_tag(&tag)))
    }
}

fn finished(locale: Locale) -> JsValue {
    error(
        &InputError::new("invalid_input", "chunk").param("detail", "the check has finished"),
        locale,
    )
}
