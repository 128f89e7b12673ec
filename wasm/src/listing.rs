//! The listing checker for sellers.

use orderguard_core::listing;
use wasm_bindgen::prelude::*;

use crate::boundary::{
    error,
    json::{input, options, output},
};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../types/listing.d.ts");

#[wasm_bindgen(js_name = checkListing, skip_typescript)]
pub fn check_listing(listing: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let opts: listing::CheckOptions = options(opts)?;
    opts.validate().map_err(|e| error(&e, opts.locale))?;
    let listing: listing::Listing = input(listing, "listing", opts.locale)?;
    output(&listing::check(&listing, &opts))
}
