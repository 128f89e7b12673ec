//! The return policy a buyer is entitled to, at checkout.

use orderguard_core::returns;
use wasm_bindgen::prelude::*;

use crate::boundary::{
    error,
    plain::{input, options, output},
    CommonOptions,
};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../types/returns.d.ts");

#[wasm_bindgen(js_name = returnPolicy, skip_typescript)]
pub fn return_policy(request: JsValue) -> Result<JsValue, JsValue> {
    // The locale travels inside the request; read it first so that even a malformed request is
    // reported in the buyer's language.
    let locale = options::<CommonOptions>(request.clone())
        .map(|o| o.locale)
        .unwrap_or_default();
    let request: returns::ReturnRequest = input(request, "input", locale)?;
    output(&returns::return_policy(&request).map_err(|e| error(&e, locale))?)
}
