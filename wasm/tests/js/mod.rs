//! Building and reading JS values in the wasm tests.
#![allow(dead_code)] // each test file uses its own subset

use js_sys::{Object, Reflect, JSON};
use wasm_bindgen::JsValue;

/// A plain object with the given properties.
pub fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let obj = Object::new();
    for (key, value) in pairs {
        Reflect::set(&obj, &(*key).into(), value).unwrap();
    }
    obj.into()
}

/// A plain object whose properties are all strings.
pub fn strings(pairs: &[(&str, &str)]) -> JsValue {
    let pairs: Vec<(&str, JsValue)> = pairs.iter().map(|(k, v)| (*k, JsValue::from(*v))).collect();
    object(&pairs)
}

/// The value parsed from JSON text.
pub fn js(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON parses")
}

/// The property at a dotted path (`origin.timeZone`).
pub fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(value.clone(), |v, key| {
        Reflect::get(&v, &key.into()).unwrap()
    })
}

/// The string at a dotted path, or "" when it is not a string.
pub fn text(value: &JsValue, path: &str) -> String {
    get(value, path).as_string().unwrap_or_default()
}

pub fn json(value: &JsValue) -> String {
    JSON::stringify(value).unwrap().as_string().unwrap()
}
