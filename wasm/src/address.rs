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

/// Takes the other countries' phone numbering (the text of `phones.tsv` beside the package, which
/// `addressForm(country).phonePlansFile` names). Returns how many countries it has.
#[wasm_bindgen(js_name = loadPhonePlans, skip_typescript)]
pub fn load_phone_plans(file: JsValue) -> Result<u32, JsValue> {
    let file: String = input(file, "file", Locale::En)?;
    let count =
        address::load_phone_plans(&file).map_err(|e| crate::boundary::error(&e, Locale::En))?;
    Ok(count as u32)
}

impl Read for Address {
    fn read(value: Value) -> Result<Self, Bad> {
        let a = value.object()?;
        // In a loop rather than one call per field: one copy of the reading code for the nine texts.
        const TEXTS: [&str; 9] = [
            "region",
            "city",
            "district",
            "addressLine1",
            "addressLine2",
            "postalCode",
            "recipient",
            "organization",
            "phone",
        ];
        let mut texts: [Option<String>; 9] = Default::default();
        for (text, name) in texts.iter_mut().zip(TEXTS) {
            *text = a.field(name).read_given::<String>()?;
        }
        let [region, city, district, address_line1, address_line2, postal_code, recipient, organization, phone] =
            texts;
        Ok(Address {
            country: a.field("country").required()?.string()?,
            region,
            city,
            district,
            address_line1,
            address_line2,
            postal_code,
            recipient,
            organization,
            phone,
        })
    }
}
