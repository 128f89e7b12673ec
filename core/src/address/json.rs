//! Reading the address data files. They are parsed as plain JSON values and read field by field: one
//! generic parser instead of one per record type keeps the checkout module small.

pub use serde_json::Value;

pub fn parse(name: &str, json: &'static str) -> Value {
    crate::data::parse(name, json)
}

/// `value`, after refusing any key not in `known`.
pub fn keys<'a>(value: &'a Value, file: &str, known: &[&str]) -> &'a Value {
    crate::data::refuse_unknown_keys(value, file, known);
    value
}

pub fn text(value: &Value, key: &str) -> Option<String> {
    value.get(key)?.as_str().map(str::to_string)
}

pub fn texts(value: &Value, key: &str) -> Vec<String> {
    list(value, key)
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

pub fn list<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The entries of an object, in the file's key order.
pub fn entries<'a>(value: &'a Value, key: &str) -> impl Iterator<Item = (&'a String, &'a Value)> {
    value
        .get(key)
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
}

pub fn number(value: &Value, key: &str) -> u32 {
    value
        .get(key)
        .and_then(Value::as_u64)
        .and_then(|n| u32::try_from(n).ok())
        .unwrap_or(0)
}
