//! What the reports kept in wasm memory share: a window `start..end` of their items, never a whole
//! report's text at once, and the few options their queries read.

use orderguard_core::{InputError, Locale};
use wasm_bindgen::JsValue;

use super::error;

/// The most items one call renders: a window of a table or a slice of an export, never a million
/// items' text at once (which could exhaust wasm memory).
pub const MAX_RENDERED: usize = 50_000;

/// A property of an options object: a string, `true`, or absent. A getter that throws, or a value
/// of another type, reads as absent, so a query never fails on how it was built. (Read with `Reflect`:
/// these few fields are not worth a serde reader each.)
pub fn option(opts: &JsValue, name: &str) -> Option<JsValue> {
    if !opts.is_object() {
        return None;
    }
    js_sys::Reflect::get(opts, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

pub fn text_option(opts: &JsValue, name: &str) -> Option<String> {
    option(opts, name).and_then(|v| v.as_string())
}

/// `start..end` within `0..len`, both optional.
pub fn range(start: Option<u32>, end: Option<u32>, len: usize) -> (usize, usize) {
    let end = end.map_or(len, |e| (e as usize).min(len));
    let start = start.map_or(0, |s| (s as usize).min(end));
    (start, end)
}

/// `start..end` within `0..len`, at most `MAX_RENDERED` long.
pub fn bounded(
    start: Option<u32>,
    end: Option<u32>,
    len: usize,
    locale: Locale,
) -> Result<(usize, usize), JsValue> {
    let (start, end) = range(start, end, len);
    if end - start > MAX_RENDERED {
        return Err(too_many("end", locale));
    }
    Ok((start, end))
}

pub fn too_many(field: &str, locale: Locale) -> JsValue {
    error(
        &InputError::new("invalid_input", field).param(
            "detail",
            format!("at most {MAX_RENDERED} items are rendered at a time; ask for slices"),
        ),
        locale,
    )
}
