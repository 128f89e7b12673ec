//! The listing checker for sellers.

use orderguard_core::{listing, InputError, Locale};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::boundary::{error, input, options, output};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../types/listing.d.ts");

#[wasm_bindgen(js_name = checkListing, skip_typescript)]
pub fn check_listing(listing: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    refuse_deep_nesting(&opts, "options", Locale::En)?;
    let opts: listing::CheckOptions = options(opts)?;
    opts.validate().map_err(|e| error(&e, opts.locale))?;
    refuse_deep_nesting(&listing, "listing", opts.locale)?;
    let listing: listing::Listing = input(listing, "listing", opts.locale)?;
    output(&listing::check(&listing, &opts))
}

/// Values nested deeper than any listing needs. Unknown attributes are kept as given, and serde reads
/// them (and skips unknown fields) recursively: a value nested thousands of levels deep would overflow
/// the wasm stack, so it is refused before it is read.
const MAX_DEPTH: u32 = 32;

fn refuse_deep_nesting(value: &JsValue, argument: &str, locale: Locale) -> Result<(), JsValue> {
    if nested_deeper_than(value, MAX_DEPTH) {
        let e = InputError::new("invalid_input", argument)
            .param("detail", format!("nested deeper than {MAX_DEPTH} levels"));
        return Err(error(&e, locale));
    }
    Ok(())
}

fn nested_deeper_than(value: &JsValue, levels: u32) -> bool {
    let children = if let Some(array) = value.dyn_ref::<js_sys::Array>() {
        array.clone()
    } else if value.is_object() && !value.is_function() {
        js_sys::Object::values(value.unchecked_ref())
    } else {
        return false;
    };
    children.length() > 0
        && (levels == 0 || children.iter().any(|v| nested_deeper_than(&v, levels - 1)))
}
