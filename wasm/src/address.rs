//! Address validation at checkout.

use orderguard_core::address;
use wasm_bindgen::prelude::*;

use crate::boundary::{
    plain::{input, options, output},
    CommonOptions,
};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../types/address.d.ts");

#[wasm_bindgen(js_name = validateAddress, skip_typescript)]
pub fn validate_address(address: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let opts: CommonOptions = options(opts)?;
    let address: address::Address = input(address, "address", opts.locale)?;
    output(&address::validate(&address, opts.locale))
}

#[wasm_bindgen(js_name = addressForm, skip_typescript)]
pub fn address_form(country: JsValue) -> Result<JsValue, JsValue> {
    let country: String = input(country, "country", Default::default())?;
    output(&address::address_form(&country))
}
