//! The crossing between JS values and core types, done the same way for every export: deserialize with
//! the path of any bad field, serialize results as plain JSON-compatible objects, and turn a core
//! `InputError` into a thrown JS `Error` that carries `code` and `field` as data.

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

/// Reads an argument. `argument` names it in errors when the whole value is wrong (`null`, a number).
#[cfg_attr(not(feature = "checkout"), allow(dead_code))]
pub fn input<T: DeserializeOwned>(
    value: JsValue,
    argument: &str,
    locale: Locale,
) -> Result<T, JsValue> {
    let deserializer = serde_wasm_bindgen::Deserializer::from(value);
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." {
            argument.to_string()
        } else {
            path
        };
        let detail = e.into_inner().to_string();
        error(
            &InputError::new("invalid_input", &field).param("detail", detail),
            locale,
        )
    })
}

/// Reads an optional options argument; `undefined` and `null` mean the defaults.
pub fn options<T: DeserializeOwned + Default>(value: JsValue) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    input(value, "options", Locale::En)
}

pub fn output<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| {
            js_sys::Error::new(&format!("orderguard: could not encode the result: {e}")).into()
        })
}

/// A thrown `Error` whose message is localized and whose `code` and `field` the UI can act on.
pub fn error(e: &InputError, locale: Locale) -> JsValue {
    let js = js_sys::Error::new(&e.message(locale));
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&js, &"code".into(), &e.code.as_str().into());
    let _ = js_sys::Reflect::set(&js, &"field".into(), &e.field.as_str().into());
    js.into()
}
