//! The return policy a buyer is entitled to, at checkout.

use orderguard_core::returns::{self, ReturnRequest, SellerShipping, SellerTerms};
use wasm_bindgen::prelude::*;

use crate::boundary::{
    error,
    plain::{input, locale_of, output, Bad, Read, Value},
};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../types/returns.d.ts");

#[wasm_bindgen(js_name = returnPolicy, skip_typescript)]
pub fn return_policy(request: JsValue) -> Result<JsValue, JsValue> {
    // The locale travels inside the request; read it first so that even a malformed request is
    // reported in the buyer's language.
    let locale = locale_of(&request);
    let request: ReturnRequest = input(request, "input", locale)?;
    output(&returns::return_policy(&request).map_err(|e| error(&e, locale))?)
}

impl Read for ReturnRequest {
    fn read(value: Value) -> Result<Self, Bad> {
        let request = value.object()?;
        Ok(ReturnRequest {
            market: request.field("market").string()?,
            delivered_on: request.field("deliveredOn").read_given()?,
            category: request.field("category").read_given()?,
            terms_given_in_writing: match request.field("termsGivenInWriting").given() {
                Some(given) => given.boolean()?,
                None => true,
            },
            seller: request.field("seller").read_or_default()?,
            locale: request.field("locale").read_or_default()?,
        })
    }
}

impl Read for SellerTerms {
    fn read(value: Value) -> Result<Self, Bad> {
        let terms = value.object()?;
        Ok(SellerTerms {
            window_days: terms.field("windowDays").read_given()?,
            return_shipping_paid_by: terms.field("returnShippingPaidBy").read_or_default()?,
            refund_days: terms.field("refundDays").read_given()?,
            return_points: terms.field("returnPoints").read_or_default()?,
        })
    }
}

impl Read for SellerShipping {
    fn read(value: Value) -> Result<Self, Bad> {
        let paid_by = value.object()?;
        Ok(SellerShipping {
            changed_mind: paid_by.field("changedMind").read_given()?,
            defective: paid_by.field("defective").read_given()?,
        })
    }
}
