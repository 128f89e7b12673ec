//! The crossing between JS values and core types, done the same way for every export: deserialize with
//! the path of any bad field, serialize results as plain JSON-compatible objects, and turn a core
//! `InputError` into a thrown JS `Error` that carries `code` and `field` as data.

mod json_path;

use orderguard_core::{InputError, Locale};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// Options every export accepts.
#[derive(Default, Deserialize)]
#[cfg_attr(not(feature = "checkout"), allow(dead_code))]
pub struct CommonOptions {
    #[serde(default)]
    pub locale: Locale,
}

/// Reads an argument through its JSON text: one `JSON.stringify`, then serde_json inside wasm. Faster
/// than reading an object field by field across the boundary, it reuses the JSON reader the embedded data
/// needs anyway, and it refuses what an argument never is: cycles (stringify throws) and absurd nesting
/// (serde_json stops at 128 levels, where reading field by field would overflow the wasm stack). A bad
/// field is named by its path (`json_path`); `argument` names the whole value when that is what is wrong.
pub fn input<T: DeserializeOwned>(
    value: JsValue,
    argument: &str,
    locale: Locale,
) -> Result<T, JsValue> {
    let invalid = |field: &str, detail: &str| {
        error(
            &InputError::new("invalid_input", field).param("detail", detail),
            locale,
        )
    };
    let text = js_sys::JSON::stringify(&value)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| invalid(argument, "expected a value that JSON can represent"))?;
    serde_json::from_str(&text).map_err(|e| {
        let mut field = json_path::path_at(&text, e.column());
        // serde_json appends the position in the JSON text, which the caller never saw.
        let message = e.to_string();
        let detail = message.split(" at line ").next().unwrap_or_default();
        if let Some(missing) = detail
            .strip_prefix("missing field `")
            .and_then(|m| m.strip_suffix('`'))
        {
            field = if field.is_empty() {
                missing.to_string()
            } else {
                format!("{field}.{missing}")
            };
        }
        if field.is_empty() {
            field = argument.to_string();
        }
        invalid(&field, detail)
    })
}

/// Reads an optional options argument; `undefined` and `null` mean the defaults.
pub fn options<T: DeserializeOwned + Default>(value: JsValue) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    input(value, "options", Locale::En)
}

/// Writes a result as a plain object, through JSON for the same reasons as `input`.
pub fn output<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value).map_err(|e| {
        JsValue::from(js_sys::Error::new(&format!(
            "orderguard: could not encode the result: {e}"
        )))
    })?;
    js_sys::JSON::parse(&text)
}

/// A thrown `Error` whose message is localized and whose `code` and `field` the UI can act on.
pub fn error(e: &InputError, locale: Locale) -> JsValue {
    let js = js_sys::Error::new(&e.message(locale));
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&js, &"code".into(), &e.code.as_str().into());
    let _ = js_sys::Reflect::set(&js, &"field".into(), &e.field.as_str().into());
    js.into()
}
