//! Reading the address data files, compiled in as `Data`, field by field.

pub use crate::data::Data as Value;

/// `value`, after refusing any key not in `known`.
pub fn keys(value: Value, file: &str, known: &[&str]) -> Value {
    crate::data::refuse_unknown_keys(value, file, known);
    value
}

/// Refuses `key`, which no reader of `file` knows (as [`keys`] does), where a reader goes through the
/// members itself.
pub fn refuse_key(file: &str, key: &str) -> ! {
    panic!("core/data/{file}: `{key}` is not a key its reader knows");
}

pub fn text(value: Value, key: &str) -> Option<String> {
    value.get(key)?.as_str().map(str::to_string)
}

/// The strings of a list.
pub fn strings(list: Value) -> impl Iterator<Item = &'static str> {
    list.items().filter_map(Value::as_str)
}

pub fn list(value: Value, key: &str) -> impl Iterator<Item = Value> {
    value.get(key).into_iter().flat_map(Value::items)
}

/// The entries of an object, sorted by key.
pub fn entries(value: Value, key: &str) -> impl Iterator<Item = (&'static str, Value)> {
    value.get(key).into_iter().flat_map(Value::members)
}

pub fn number(value: Value, key: &str) -> u32 {
    value
        .get(key)
        .and_then(Value::as_i64)
        .and_then(|n| u32::try_from(n).ok())
        .unwrap_or(0)
}
