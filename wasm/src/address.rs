//! Address validation at checkout.

use orderguard_core::address::{self, Address};
use orderguard_core::Locale;
use wasm_bindgen::prelude::*;

use crate::boundary::{
    plain::{input, options, output, Bad, Read, Value},
    CommonOptions,
};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../types/address.d.ts");

#[wasm_bindgen(js_name = validateAddress, skip_typescript)]
pub fn validate_address(address: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let opts: CommonOptions = options(opts)?;
    let address: Address = input(address, "address", opts.locale)?;
    output(&address::validate(&address, opts.locale))
}

#[wasm_bindgen(js_name = addressForm, skip_typescript)]
pub fn address_form(country: JsValue) -> Result<JsValue, JsValue> {
    let country: String = input(country, "country", Default::default())?;
    output(&address::address_form(&country))
}

/// Takes a country's region file (the text of `regions/XX.tsv` beside the package, which
/// `addressForm(country).regionsFile` names). Returns how many regions the country has.
#[wasm_bindgen(js_name = loadAddressRegions, skip_typescript)]
pub fn load_address_regions(country: JsValue, file: JsValue) -> Result<u32, JsValue> {
    let country: String = input(country, "country", Locale::En)?;
    let file: String = input(file, "file", Locale::En)?;
    let count = address::load_regions(&country, &file)
        .map_err(|e| crate::boundary::error(&e, Locale::En))?;
    Ok(count as u32)
}

impl Read for Address {
    fn read(value: Value) -> Result<Self, Bad> {
        let a = value.object()?;
        let text = |name| a.field(name).read_given::<String>();
        Ok(Address {
            country: a.field("country").required()?.string()?,
            region: text("region")?,
            city: text("city")?,
            district: text("district")?,
            address_line1: text("addressLine1")?,
            address_line2: text("addressLine2")?,
            postal_code: text("postalCode")?,
            recipient: text("recipient")?,
            organization: text("organization")?,
            phone: text("phone")?,
        })
    }
}
