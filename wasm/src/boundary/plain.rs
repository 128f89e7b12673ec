//! The checkout's reader. `JSON.parse(JSON.stringify(value))`, both run by the browser, turns an
//! argument into plain data: getters run (a throwing one is caught here), cycles are refused, proxies and
//! class instances become plain objects, and nothing the wasm reads can throw. serde-wasm-bindgen then
//! reads only the fields the input type names, so an argument nested 10,000 levels deep costs nothing and
//! no JSON reader ships in the checkout package. Results are written as plain objects the same way.

use js_sys::JsString;
use orderguard_core::Locale;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::{invalid, invalid_field, omitted};

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` on a JS string, without copying the text into wasm and back.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn parse(text: &JsString) -> Result<JsValue, JsValue>;
}

pub fn input<T: DeserializeOwned>(
    value: JsValue,
    argument: &str,
    locale: Locale,
) -> Result<T, JsValue> {
    let not_json = || invalid(argument, "expected a value that JSON can represent", locale);
    let text = js_sys::JSON::stringify(&value).map_err(|_| not_json())?;
    if text.is_undefined() {
        return Err(not_json());
    }
    let plain = parse(&text).map_err(|_| not_json())?;
    serde_path_to_error::deserialize(serde_wasm_bindgen::Deserializer::from(plain)).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { "" } else { path.as_str() };
        // serde-wasm-bindgen's errors are JS `Error`s, written "Error: <serde's message>".
        let message = e.into_inner().to_string();
        let detail = message.strip_prefix("Error: ").unwrap_or(&message);
        invalid_field(path, detail, argument, locale)
    })
}

/// Reads an optional options argument; `undefined` and `null` mean the defaults.
pub fn options<T: DeserializeOwned + Default>(value: JsValue) -> Result<T, JsValue> {
    if omitted(&value) {
        return Ok(T::default());
    }
    input(value, "options", Locale::En)
}

/// Writes a result as a plain object: maps as objects, absent values as `null`, as JSON would.
pub fn output<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(JsValue::from)
}
