//! Per-country address formats, from Google's address metadata (`core/data/address/countries.json`,
//! CC-BY 4.0) with the overrides of `core/data/address/rules.toml`.

use std::sync::OnceLock;

use super::json::{self, Value};
use super::postal::PostalPattern;
use super::region::{Region, RegionList, RegionRecord};

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
        let table = table();
        let index = table.binary_search_by(|e| e.code.cmp(&code)).ok()?;
        let entry = table.get(index)?;
        Some(entry.format.get_or_init(|| build(entry.code, entry.record)))
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

/// A country of the metadata, its format built the first time it is asked for: a checkout needs one or
/// two countries, and building all 252 (their region lists, normalized names) would cost the first
/// validation milliseconds in a browser.
struct Entry {
    code: &'static str,
    record: Value,
    format: OnceLock<CountryFormat>,
}

/// Every country of the metadata, sorted by code.
fn table() -> &'static [Entry] {
    static TABLE: OnceLock<Vec<Entry>> = OnceLock::new();
    TABLE.get_or_init(|| {
        // `source` names where the file comes from; it is there for the reader of the file.
        let file = json::keys(
            static_data!("address/countries"),
            "address/countries",
            &["countries", "defaults", "source"],
        );
        // Objects are stored sorted by key, so the table comes out sorted by code.
        json::entries(file, "countries")
            .map(|(code, record)| Entry {
                code,
                record,
                format: OnceLock::new(),
            })
            .collect()
    })
}

/// The keys a country's record, and the defaults, may hold.
const FORMAT_KEYS: [&str; 11] = [
    "name",
    "fmt",
    "require",
    "upper",
    "region_kind",
    "postal_kind",
    "city_kind",
    "district_kind",
    "zip",
    "zipex",
    "regions",
];

/// One country's format from its record, the defaults and the overrides.
fn build(code: &'static str, record: Value) -> CountryFormat {
    let file = static_data!("address/countries");
    let rules = json::keys(
        static_data!("address/rules"),
        "address/rules",
        &["numbered_houses", "postal_override"],
    );
    let extra = json::keys(
        static_data!("address/regions"),
        "address/regions",
        &["region", "aliases", "postal_prefixes"],
    );
    let numbered = json::texts(rules, "numbered_houses");
    let defaults = file.get("defaults").unwrap_or(Value::NULL);
    json::keys(defaults, "address/countries", &FORMAT_KEYS);
    let field = |record: Value, key: &str| {
        json::text(record, key)
            .or_else(|| json::text(defaults, key))
            .unwrap_or_default()
    };
    let prefixes = extra.get("postal_prefixes");
    let aliases = extra.get("aliases").unwrap_or(Value::NULL);
    let record = json::keys(record, "address/countries", &FORMAT_KEYS);
    let postal = match rules.get("postal_override").and_then(|o| o.get(code)) {
        Some(o) => {
            let o = json::keys(o, "address/rules", &["pattern", "example"]);
            json::text(o, "pattern").zip(json::text(o, "example"))
        }
        None => json::text(record, "zip")
            .map(|zip| (zip, json::text(record, "zipex").unwrap_or_default())),
    };
    let records = json::list(record, "regions")
        .chain(
            json::list(extra, "region")
                .filter(|r| r.get("country").and_then(Value::as_str) == Some(code)),
        )
        .map(RegionRecord::from_json)
        .map(|mut r| {
            if r.postal.is_none() {
                r.postal = r.code.as_ref().and_then(|c| json::text(prefixes?, c));
            }
            r
        });
    let regions = RegionList::new(
        records
            .map(|r| {
                let aliases = r
                    .code
                    .as_ref()
                    .map(|c| json::texts(aliases, c))
                    .unwrap_or_default();
                Region::new(r, aliases)
            })
            .collect(),
    );
    CountryFormat {
        name: field(record, "name"),
        layout: field(record, "fmt"),
        required: field(record, "require"),
        upper: field(record, "upper"),
        numbered_houses: numbered.iter().any(|n| n == code),
        kinds: FieldKinds {
            region: field(record, "region_kind"),
            postal: field(record, "postal_kind"),
            city: field(record, "city_kind"),
            district: field(record, "district_kind"),
        },
        postal,
        compiled: OnceLock::new(),
        regions,
        code: code.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_in_the_metadata_is_known_with_a_working_postal_pattern() {
        assert!(table().len() > 240, "{}", table().len());
        assert!(table().windows(2).all(|w| w[0].code < w[1].code));
        for entry in table() {
            let format = CountryFormat::get(entry.code).unwrap();
            assert_eq!(format.code, entry.code);
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
        let file = static_data!("address/regions");
        let aliases = json::entries(file, "aliases");
        for (code, _) in aliases.chain(json::entries(file, "postal_prefixes")) {
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
