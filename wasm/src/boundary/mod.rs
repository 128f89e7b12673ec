//! The crossing between JS values and core types, done the same way for every export: read the
//! arguments with the path of any bad field, write results as plain JSON-compatible objects, and turn a
//! core `InputError` into a thrown JS `Error` that carries `code` and `field` as data.
//!
//! Two readers, one per package: the checkout's (`plain`) reads a plain copy of the argument field by
//! field with readers written per type and ships neither a JSON reader nor serde's deserializers; the
//! seller tools' (`json`) reads the argument's JSON text with serde_json, which their listings'
//! free-form attributes need anyway.

#[cfg(any(feature = "seller", feature = "orders"))]
pub mod json;
#[cfg(feature = "checkout")]
pub mod plain;
#[cfg(any(feature = "seller", feature = "orders"))]
pub mod window;
#[cfg(feature = "checkout")]
mod write;

use orderguard_core::{InputError, Locale};
use wasm_bindgen::JsValue;

/// Options every checkout export accepts.
#[cfg(feature = "checkout")]
#[derive(Default)]
pub struct CommonOptions {
    pub locale: Locale,
}

#[cfg(feature = "checkout")]
impl plain::Read for CommonOptions {
    fn read(value: plain::Value) -> Result<Self, plain::Bad> {
        let options = value.object()?;
        Ok(CommonOptions {
            locale: options.field("locale").read_or_default()?,
        })
    }
}

/// The thrown error for a bad field found by serde. `path` is where the reader stopped (empty at the
/// root); serde's "missing field" is about a member of that place, so the member is added to the path.
/// `argument` names the whole value when that is what is wrong.
#[cfg(any(feature = "seller", feature = "orders"))]
fn invalid_field(path: &str, detail: &str, argument: &str, locale: Locale) -> JsValue {
    let mut field = path.to_string();
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
    invalid(&field, detail, locale)
}

fn invalid(field: &str, detail: &str, locale: Locale) -> JsValue {
    error(
        &InputError::new("invalid_input", field).param("detail", detail),
        locale,
    )
}

/// Whether an optional argument was left out (`undefined` or `null`): its defaults apply.
fn omitted(value: &JsValue) -> bool {
    value.is_undefined() || value.is_null()
}

/// A thrown `Error` whose message is localized and whose `code` and `field` the UI can act on.
pub fn error(e: &InputError, locale: Locale) -> JsValue {
    let js = js_sys::Error::new(&e.message(locale));
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&js, &"code".into(), &e.code.as_str().into());
    let _ = js_sys::Reflect::set(&js, &"field".into(), &e.field.as_str().into());
    js.into()
}

/// The bytes of a `Uint8Array`, an `ArrayBuffer`, or a string (as UTF-8): a file or a chunk of one.
#[cfg(any(feature = "seller", feature = "orders"))]
pub fn bytes(value: &JsValue, field: &str, locale: Locale) -> Result<Vec<u8>, JsValue> {
    use js_sys::{ArrayBuffer, Uint8Array};
    use wasm_bindgen::JsCast;
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
