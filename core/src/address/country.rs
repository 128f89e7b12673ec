//! Per-country address formats, from Google's address metadata (`core/data/address/countries.json`,
//! CC-BY 4.0) with the overrides of `core/data/address/rules.toml`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::Deserialize;

use super::postal::PostalPattern;
use super::region::{Region, RegionList, RegionRecord};

#[derive(Deserialize)]
struct CountriesFile {
    defaults: Defaults,
    countries: HashMap<String, CountryRecord>,
}

#[derive(Deserialize)]
struct Defaults {
    fmt: String,
    require: String,
    upper: String,
    region_kind: String,
    postal_kind: String,
    city_kind: String,
    district_kind: String,
}

#[derive(Deserialize)]
struct CountryRecord {
    name: String,
    fmt: Option<String>,
    require: Option<String>,
    upper: Option<String>,
    zip: Option<String>,
    zipex: Option<String>,
    region_kind: Option<String>,
    postal_kind: Option<String>,
    city_kind: Option<String>,
    district_kind: Option<String>,
    #[serde(default)]
    regions: Vec<RegionRecord>,
}

#[derive(Deserialize)]
struct RulesFile {
    numbered_houses: HashSet<String>,
    postal_override: HashMap<String, PostalOverride>,
}

#[derive(Deserialize)]
struct PostalOverride {
    pattern: String,
    example: String,
}

#[derive(Deserialize)]
struct RegionsFile {
    region: Vec<RegionRecord>,
    aliases: HashMap<String, Vec<String>>,
}

pub struct FieldKinds {
    pub region: String,
    pub postal: String,
    pub city: String,
    pub district: String,
}

/// One country's rules: what a label looks like, which fields it needs, its postal codes and regions.
pub struct CountryFormat {
    pub code: String,
    /// Upper-case English name, as printed on the last line of an international label.
    pub name: String,
    /// Label layout in Google's notation: `%N` recipient, `%O` organization, `%A` street lines,
    /// `%D` district, `%C` city, `%S` region, `%Z` postal code, `%n` new line.
    pub layout: String,
    /// Fields the address needs, in the same one-letter notation.
    pub required: String,
    /// Fields printed in capitals on the label.
    pub upper: String,
    pub numbered_houses: bool,
    /// What the country calls its fields, in Google's terms: region "oblast", "state", "province"...;
    /// postal code "postal", "zip", "pin"...; city "city", "post_town"...; district "suburb",
    /// "district", "neighborhood"...
    pub kinds: FieldKinds,
    postal: Option<(String, String)>,
    compiled: OnceLock<Option<PostalPattern>>,
    pub regions: RegionList,
}

impl CountryFormat {
    /// The format of `country` (ISO 3166-1 alpha-2, any case), if Google's metadata describes it.
    pub fn get(country: &str) -> Option<&'static CountryFormat> {
        let code = country.trim().to_ascii_uppercase();
        table().get(&code)
    }

    pub fn requires(&self, field: char) -> bool {
        self.required.contains(field)
    }

    /// The postal-code pattern, compiled on first use; `None` where the country has no postal codes.
    pub fn postal_pattern(&self) -> Option<&PostalPattern> {
        self.compiled
            .get_or_init(|| {
                let (pattern, example) = self.postal.as_ref()?;
                PostalPattern::new(pattern, example)
            })
            .as_ref()
    }
}

fn table() -> &'static HashMap<String, CountryFormat> {
    static TABLE: OnceLock<HashMap<String, CountryFormat>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let file: CountriesFile =
            crate::data::parse("address/countries", embedded_data!("address/countries"));
        let rules: RulesFile = crate::data::parse("address/rules", embedded_data!("address/rules"));
        let mut extra: RegionsFile =
            crate::data::parse("address/regions", embedded_data!("address/regions"));
        let defaults = file.defaults;
        file.countries
            .into_iter()
            .map(|(code, record)| {
                let postal = match rules.postal_override.get(&code) {
                    Some(o) => Some((o.pattern.clone(), o.example.clone())),
                    None => record
                        .zip
                        .map(|zip| (zip, record.zipex.unwrap_or_default())),
                };
                let mut records = record.regions;
                records.extend(
                    extra
                        .region
                        .iter()
                        .filter(|r| r.country.as_deref() == Some(code.as_str()))
                        .cloned(),
                );
                let regions = RegionList::new(
                    records
                        .into_iter()
                        .map(|r| {
                            let aliases = r
                                .code
                                .as_ref()
                                .and_then(|c| extra.aliases.remove(c))
                                .unwrap_or_default();
                            Region::new(r, aliases)
                        })
                        .collect(),
                );
                let format = CountryFormat {
                    name: record.name,
                    layout: record.fmt.unwrap_or_else(|| defaults.fmt.clone()),
                    required: record.require.unwrap_or_else(|| defaults.require.clone()),
                    upper: record.upper.unwrap_or_else(|| defaults.upper.clone()),
                    numbered_houses: rules.numbered_houses.contains(&code),
                    kinds: FieldKinds {
                        region: record
                            .region_kind
                            .unwrap_or_else(|| defaults.region_kind.clone()),
                        postal: record
                            .postal_kind
                            .unwrap_or_else(|| defaults.postal_kind.clone()),
                        city: record
                            .city_kind
                            .unwrap_or_else(|| defaults.city_kind.clone()),
                        district: record
                            .district_kind
                            .unwrap_or_else(|| defaults.district_kind.clone()),
                    },
                    postal,
                    compiled: OnceLock::new(),
                    regions,
                    code: code.clone(),
                };
                (code, format)
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_in_the_metadata_is_known_with_a_working_postal_pattern() {
        assert!(table().len() > 240, "{}", table().len());
        for format in table().values() {
            if format.postal.is_some() {
                let pattern = format
                    .postal_pattern()
                    .unwrap_or_else(|| panic!("{}: postal pattern does not compile", format.code));
                assert!(
                    pattern.example().is_empty() || pattern.matches(pattern.example()),
                    "{}: example {} does not match",
                    format.code,
                    pattern.example()
                );
            }
        }
    }

    #[test]
    fn markets_have_their_label_order_and_requirements() {
        let ru = CountryFormat::get("ru").unwrap();
        assert!(ru.requires('S') && ru.requires('Z'));
        assert_eq!(
            CountryFormat::get("DE").unwrap().layout,
            "%N%n%O%n%A%n%Z %C"
        );
        assert!(CountryFormat::get("CN").unwrap().layout.starts_with("%Z"));
        assert!(CountryFormat::get("XX").is_none());
    }

    #[test]
    fn every_aliased_region_code_exists() {
        let file: RegionsFile =
            crate::data::parse("address/regions", embedded_data!("address/regions"));
        for code in file.aliases.keys() {
            let country = &code[..2];
            let format = CountryFormat::get(country).unwrap();
            assert!(
                format
                    .regions
                    .all()
                    .iter()
                    .any(|r| r.code.as_deref() == Some(code)),
                "{code}"
            );
        }
    }
}
