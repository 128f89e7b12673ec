//! The seller tools' reader: an argument through its JSON text, one `JSON.stringify`, then serde_json
//! inside wasm. Faster than reading an object field by field across the boundary, and it refuses what an
//! argument never is: cycles (stringify throws) and absurd nesting (serde_json stops at 128 levels, where
//! reading a listing's free-form attributes field by field would overflow the wasm stack). A bad field is
//! named by its path (`orderguard_core::listing::path_at`).

use orderguard_core::listing::path_at;
use orderguard_core::Locale;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsValue;

use super::{invalid, invalid_field, omitted};

pub fn input<T: DeserializeOwned>(
    value: JsValue,
    argument: &str,
    locale: Locale,
) -> Result<T, JsValue> {
    let text = js_sys::JSON::stringify(&value)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| invalid(argument, "expected a value that JSON can represent", locale))?;
    serde_json::from_str(&text).map_err(|e| {
        let path = path_at(&text, e.column());
        // serde_json appends the position in the JSON text, which the caller never saw.
        let message = e.to_string();
        let detail = message.split(" at line ").next().unwrap_or_default();
        invalid_field(&path, detail, argument, locale)
    })
}

/// Reads an optional options argument; `undefined` and `null` mean the defaults.
pub fn options<T: DeserializeOwned + Default>(value: JsValue) -> Result<T, JsValue> {
    if omitted(&value) {
        return Ok(T::default());
    }
    input(value, "options", Locale::En)
}

/// Writes a result as a plain object, through JSON for the same reasons as `input`.
pub fn output<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value).map_err(|e| {
        JsValue::from(js_sys::Error::new(&format!(
            "orderguard: could not encode the result: {e}"
        )))
    })?;
    js_sys::JSON::parse(&text)
}

/// The `locale` of an options object, for the error about the options themselves; English when it has
/// none or it is not a string.
#[cfg(feature = "orders")]
pub fn locale_of(value: &JsValue) -> Locale {
    if !value.is_object() {
        return Locale::En;
    }
    js_sys::Reflect::get(value, &JsValue::from_str("locale"))
        .ok()
        .and_then(|v| v.as_string())
        .map_or(Locale::En, |tag| Locale::from_tag(&tag))
}
