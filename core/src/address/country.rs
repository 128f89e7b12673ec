//! Per-country address formats, from Google's address metadata (`core/data/address/countries.json`,
//! CC-BY 4.0) with the overrides of `core/data/address/rules.toml`.

use std::sync::OnceLock;

use super::cities::Cities;
use super::json::{self, Value};
use super::postal::PostalPattern;
use super::region::RegionList;

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
    /// Whether the country's regions come in a file of their own (`regions/XX.json` beside the
    /// package), fetched when a buyer picks the country.
    pub regions_file: bool,
    /// Whether that file holds the cities and districts under the embedded regions instead (China).
    pub cities_file: bool,
    pub cities: Cities,
}

impl CountryFormat {
    /// The format of `country` (ISO 3166-1 alpha-2, any case), if Google's metadata describes it.
    pub fn get(country: &str) -> Option<&'static CountryFormat> {
        let code = country.trim().to_ascii_uppercase();
        let slot = FORMATS.get(slot_of(&code)?)?;
        slot.get_or_init(|| build_known(&code)).as_deref()
    }

    pub fn requires(&self, field: char) -> bool {
        // By chars: `str::contains` with a char pattern would bring the substring searcher along.
        self.required.chars().any(|c| c == field)
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

/// The formats asked for so far, one slot per two-letter code: a country's format is built the first
/// time it is asked for, since a checkout needs one or two of the 252 and building them all (their region
/// lists, normalized names) would cost the first validation milliseconds in a browser. Boxed, so the
/// slots take a few kilobytes of zeroed memory.
static FORMATS: [OnceLock<Option<Box<CountryFormat>>>; 26 * 26] =
    [const { OnceLock::new() }; 26 * 26];

/// The slot of a code of two capital letters.
fn slot_of(code: &str) -> Option<usize> {
    match *code.as_bytes() {
        [first @ b'A'..=b'Z', second @ b'A'..=b'Z'] => {
            Some(usize::from(first - b'A') * 26 + usize::from(second - b'A'))
        }
        _ => None,
    }
}

/// Every country of the metadata, with its record, sorted by code.
fn countries() -> impl Iterator<Item = (&'static str, Value)> {
    // `source` names where the file comes from; it is there for the reader of the file.
    let file = json::keys(
        static_data!("address/countries"),
        "address/countries",
        &["countries", "defaults", "source"],
    );
    json::entries(file, "countries")
}

/// The format of `code`, if the metadata describes the country.
fn build_known(code: &str) -> Option<Box<CountryFormat>> {
    let (code, record) = countries().find(|(c, _)| *c == code)?;
    Some(Box::new(build(code, record)))
}

/// The keys a country's record, and the defaults, may hold.
const FORMAT_KEYS: [&str; 13] = [
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
    "regions_file",
    "cities_file",
];

fn flag(record: Value, key: &str) -> bool {
    record.get(key).and_then(Value::as_bool).unwrap_or(false)
}

/// One country's format from its record, the defaults and the overrides.
fn build(code: &'static str, record: Value) -> CountryFormat {
    let file = static_data!("address/countries");
    let rules = json::keys(
        static_data!("address/rules"),
        "address/rules",
        &["numbered_houses", "postal_override"],
    );
    let defaults = file.get("defaults").unwrap_or(Value::NULL);
    json::keys(defaults, "address/countries", &FORMAT_KEYS);
    let field = |record: Value, key: &str| {
        json::text(record, key)
            .or_else(|| json::text(defaults, key))
            .unwrap_or_default()
    };
    let record = json::keys(record, "address/countries", &FORMAT_KEYS);
    let postal = match rules.get("postal_override").and_then(|o| o.get(code)) {
        Some(o) => {
            let o = json::keys(o, "address/rules", &["pattern", "example"]);
            json::text(o, "pattern").zip(json::text(o, "example"))
        }
        None => json::text(record, "zip")
            .map(|zip| (zip, json::text(record, "zipex").unwrap_or_default())),
    };
    let numbered_houses =
        json::list(rules, "numbered_houses").any(|country| country.as_str() == Some(code));
    CountryFormat {
        name: field(record, "name"),
        layout: field(record, "fmt"),
        required: field(record, "require"),
        upper: field(record, "upper"),
        numbered_houses,
        kinds: FieldKinds {
            region: field(record, "region_kind"),
            postal: field(record, "postal_kind"),
            city: field(record, "city_kind"),
            district: field(record, "district_kind"),
        },
        postal,
        compiled: OnceLock::new(),
        regions: RegionList::of_country(code, record),
        regions_file: flag(record, "regions_file"),
        cities_file: flag(record, "cities_file"),
        cities: Cities::default(),
        code: code.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_in_the_metadata_is_known_with_a_working_postal_pattern() {
        let codes: Vec<&str> = countries().map(|(code, _)| code).collect();
        assert!(codes.len() > 240, "{}", codes.len());
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
        for code in codes {
            let format = CountryFormat::get(code).unwrap();
            assert_eq!(format.code, code);
            // Regions are read on first use: read them here, so a bad record fails a test.
            let regions = format.regions.all();
            assert!(regions.iter().all(|r| !r.name.is_empty()), "{code}");
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
