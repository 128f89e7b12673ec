//! The fields of an address form for one country, in the order its labels print them, with what the
//! country calls each field, so a form can ask for exactly what the label needs.

use serde::Serialize;

use super::country::CountryFormat;

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct FormField {
    /// The `Address` field, e.g. "postalCode".
    pub field: &'static str,
    pub required: bool,
    /// What the country calls it, in Google's terms ("oblast", "state", "zip", "pin", "district"...);
    /// `None` where there is only one name.
    pub kind: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AddressForm {
    pub country: String,
    pub fields: Vec<FormField>,
    /// An example postal code, for a placeholder.
    pub postal_example: Option<String>,
    /// The country's region file beside the package (`regions/US.tsv`), where its regions come in a
    /// file of their own: fetch it and give its text to `loadAddressRegions` for them to be checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regions_file: Option<String>,
    /// The numbering plans of the countries outside the six main markets, beside the package
    /// (`phones.tsv`): fetch it and give its text to `loadPhonePlans` for the phone to be checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_plans_file: Option<String>,
}

/// The form of `country` (ISO alpha-2), or `None` when the country is unknown.
pub fn address_form(country: &str) -> Option<AddressForm> {
    let format = CountryFormat::get(country)?;
    let mut fields: Vec<FormField> = Vec::new();
    let mut push = |field: &'static str, letter: char, kind: Option<&str>| {
        if !fields.iter().any(|f| f.field == field) {
            fields.push(FormField {
                field,
                required: format.requires(letter),
                kind: kind.map(str::to_string),
            });
        }
    };
    let mut chars = format.layout.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            continue;
        }
        match chars.next() {
            Some('N') => push("recipient", 'N', None),
            Some('O') => push("organization", 'O', None),
            Some('A') => {
                push("addressLine1", 'A', None);
                push("addressLine2", '-', None);
            }
            Some('D') => push("district", 'D', Some(&format.kinds.district)),
            Some('C') => push("city", 'C', Some(&format.kinds.city)),
            Some('S') => push("region", 'S', Some(&format.kinds.region)),
            Some('Z') => push("postalCode", 'Z', Some(&format.kinds.postal)),
            _ => {}
        }
    }
    push("phone", '-', None);
    Some(AddressForm {
        country: format.code.clone(),
        fields,
        postal_example: format.postal_pattern().map(|p| p.example().to_string()),
        regions_file: (format.regions_file || format.cities_file)
            .then(|| format!("regions/{}.tsv", format.code)),
        phone_plans_file: (!super::phone::is_embedded(&format.code))
            .then(|| "phones.tsv".to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(country: &str) -> Vec<&'static str> {
        address_form(country)
            .unwrap()
            .fields
            .iter()
            .map(|f| f.field)
            .collect()
    }

    #[test]
    fn form_fields_follow_the_label_order_of_each_country() {
        assert_eq!(
            names("RU"),
            [
                "recipient",
                "organization",
                "addressLine1",
                "addressLine2",
                "city",
                "region",
                "postalCode",
                "phone"
            ]
        );
        assert_eq!(
            names("DE"),
            [
                "recipient",
                "organization",
                "addressLine1",
                "addressLine2",
                "postalCode",
                "city",
                "phone"
            ]
        );
        assert_eq!(
            names("CN")[..4],
            ["postalCode", "region", "city", "district"]
        );
    }

    #[test]
    fn form_says_what_is_required_and_what_the_country_calls_it() {
        let ru = address_form("ru").unwrap();
        let region = ru.fields.iter().find(|f| f.field == "region").unwrap();
        assert!(region.required);
        assert_eq!(region.kind.as_deref(), Some("oblast"));
        let br = address_form("BR").unwrap();
        let district = br.fields.iter().find(|f| f.field == "district").unwrap();
        assert_eq!(district.kind.as_deref(), Some("neighborhood"));
        assert_eq!(br.postal_example.as_deref(), Some("40301-110"));
        assert!(address_form("XX").is_none());
    }
}
