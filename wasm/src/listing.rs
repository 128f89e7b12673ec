//! The listing checker for sellers.

use orderguard_core::{listing, InputError, Locale};
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;

use crate::boundary::{error, options, output};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../types/listing.d.ts");

#[wasm_bindgen(js_name = checkListing, skip_typescript)]
pub fn check_listing(listing: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let opts: listing::CheckOptions = options(opts)?;
    opts.validate().map_err(|e| error(&e, opts.locale))?;
    let listing: listing::Listing = read_json(&listing, "listing", opts.locale)?;
    output(&listing::check(&listing, &opts))
}

/// Reads an argument through its JSON text: one `JSON.stringify`, then serde_json inside wasm, as fast as
/// reading the object field by field across the boundary, and both refuse what a listing never is:
/// cycles (stringify throws) and absurd nesting (serde_json stops at 128 levels, where reading field by
/// field would overflow the wasm stack). A bad field is named by its path, as everywhere else.
fn read_json<T: DeserializeOwned>(
    value: &JsValue,
    argument: &str,
    locale: Locale,
) -> Result<T, JsValue> {
    let invalid = |field: &str, detail: &str| {
        error(
            &InputError::new("invalid_input", field).param("detail", detail),
            locale,
        )
    };
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| invalid(argument, "expected an object that JSON can represent"))?;
    let deserializer = &mut serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." { argument } else { &path };
        // serde_json appends the position in the JSON text, which the caller never saw.
        let detail = e.into_inner().to_string();
        let detail = detail.split(" at line ").next().unwrap_or_default();
        invalid(field, detail)
    })
}
