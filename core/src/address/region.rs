//! First-level regions (ISO 3166-2 subdivisions) and how a buyer may write them: by code, native name or
//! Latin name, in any case, with or without the usual type word or its abbreviation ("обл.", "край",
//! "Resp.", "省").

use std::collections::HashMap;

use super::json::{self, Value};
use super::text::fold;

/// A region as the data files describe it (countries.json from Google, regions.toml by hand).
pub(crate) struct RegionRecord {
    pub code: Option<String>,
    pub name: String,
    pub latin: String,
    /// Google's key: the abbreviation printed on labels where it differs from the name (BR "SP").
    pub key: Option<String>,
    /// Space-separated postal-code prefixes of the region.
    pub postal: Option<String>,
    pub aliases: Vec<String>,
}

impl RegionRecord {
    /// A region of `address/countries` or, with its `country`, of `address/regions`.
    pub(crate) fn from_json(value: Value) -> RegionRecord {
        let known = [
            "code", "name", "latin", "key", "postal", "aliases", "country",
        ];
        let value = json::keys(value, "address region", &known);
        RegionRecord {
            code: json::text(value, "code"),
            name: json::text(value, "name").unwrap_or_default(),
            latin: json::text(value, "latin").unwrap_or_default(),
            key: json::text(value, "key"),
            postal: json::text(value, "postal"),
            aliases: json::texts(value, "aliases"),
        }
    }
}

pub struct Region {
    /// ISO 3166-2 code; `None` for a region the standard does not list under this country.
    pub code: Option<String>,
    /// Name in the country's language, as written on a label.
    pub name: String,
    pub latin: String,
    /// The short form a label prints, where the country uses one (BR "SP").
    pub abbreviation: Option<String>,
    pub postal_prefixes: Vec<String>,
    spellings: Vec<String>,
}

impl Region {
    pub(crate) fn new(record: RegionRecord, more_aliases: Vec<String>) -> Region {
        let mut spellings = vec![record.name.clone(), record.latin.clone()];
        spellings.extend(record.key.clone());
        spellings.extend(record.aliases);
        spellings.extend(more_aliases);
        Region {
            code: record.code,
            abbreviation: record.key,
            postal_prefixes: record
                .postal
                .unwrap_or_default()
                .split_whitespace()
                .map(str::to_string)
                .collect(),
            name: record.name,
            latin: record.latin,
            spellings,
        }
    }

    /// Whether a postal code (canonical form) lies in this region.
    pub fn has_postal_code(&self, postal_code: &str) -> bool {
        self.postal_prefixes
            .iter()
            .any(|p| postal_code.starts_with(p.as_str()))
    }
}

/// Words that say what kind of region it is rather than which one.
const TYPE_WORDS: &[&str] = &[
    "область",
    "обл",
    "край",
    "кр",
    "республика",
    "респ",
    "автономный",
    "автономная",
    "авт",
    "округ",
    "ао",
    "г",
    "город",
    "гор",
    "вобласць",
    "облысы",
    "облыс",
    "oblast",
    "obl",
    "oblast'",
    "kray",
    "krai",
    "respublika",
    "resp",
    "rep",
    "republic",
    "republits",
    "region",
    "reg",
    "voblasts",
    "oblysy",
    "oblys",
    "okrug",
    "autonomous",
    "avtonomnyy",
    "avtonomnaya",
    "ao",
    "city",
    "of",
    "the",
    "state",
    "estado",
    "de",
    "do",
    "da",
    "province",
    "sheng",
    "shi",
    "zizhiqu",
    "zhuangzuzizhiqu",
    "huizuzizhiqu",
    "weiwuerzizhiqu",
    "municipality",
    "land",
    "bundesland",
    "freistaat",
];

/// Chinese type suffixes, longest first.
const CJK_SUFFIXES: &[&str] = &[
    "壮族自治区",
    "回族自治区",
    "维吾尔自治区",
    "特别行政区",
    "自治区",
    "省",
    "市",
];

/// The spelling with its words joined, so "Санкт Петербург" and "Санкт-Петербург" agree.
fn full_key(text: &str) -> String {
    fold(text).replace(' ', "")
}

/// The spelling without type words: "Калининградская обл." and "Калининградская область" agree.
fn stem_key(text: &str) -> String {
    let folded = fold(text);
    let mut stem: String = folded
        .split(' ')
        .filter(|w| !TYPE_WORDS.contains(w))
        .collect();
    for suffix in CJK_SUFFIXES {
        if let Some(s) = stem.strip_suffix(suffix) {
            if !s.is_empty() {
                stem = s.to_string();
                break;
            }
        }
    }
    stem
}

/// A country's regions with lookup by any spelling.
#[derive(Default)]
pub struct RegionList {
    regions: Vec<Region>,
    by_code: HashMap<String, usize>,
    by_spelling: HashMap<String, usize>,
    by_stem: HashMap<String, usize>,
}

impl RegionList {
    pub(crate) fn new(regions: Vec<Region>) -> RegionList {
        let mut list = RegionList::default();
        for (i, region) in regions.iter().enumerate() {
            if let Some(code) = &region.code {
                let subdivision = code.split_once('-').map_or(code.as_str(), |(_, s)| s);
                list.by_code.entry(subdivision.to_string()).or_insert(i);
            }
            for spelling in &region.spellings {
                list.by_spelling.entry(full_key(spelling)).or_insert(i);
                let stem = stem_key(spelling);
                if !stem.is_empty() {
                    list.by_stem.entry(stem).or_insert(i);
                }
            }
        }
        list.regions = regions;
        list
    }

    pub fn all(&self) -> &[Region] {
        &self.regions
    }

    pub fn is_empty(&self) -> bool {
        self.regions.is_empty()
    }

    /// The region `text` names in `country`: an ISO code ("RU-KGD", "kgd"), an exact spelling, or a
    /// spelling with the type word written differently or left out.
    pub fn resolve(&self, country: &str, text: &str) -> Option<&Region> {
        let trimmed = text.trim().to_ascii_uppercase();
        let subdivision = trimmed
            .strip_prefix(country)
            .and_then(|s| s.strip_prefix('-'))
            .unwrap_or(&trimmed);
        let by_code = self.by_code.get(subdivision);
        let index = by_code
            .or_else(|| self.by_spelling.get(&full_key(text)))
            .or_else(|| {
                let stem = stem_key(text);
                self.by_stem.get(&stem)
            })?;
        self.regions.get(*index)
    }

    /// The regions whose postal prefixes cover `postal_code` (several where regions share a prefix).
    pub fn for_postal_code<'a>(&'a self, postal_code: &'a str) -> impl Iterator<Item = &'a Region> {
        self.regions
            .iter()
            .filter(move |r| r.has_postal_code(postal_code))
    }
}

#[cfg(test)]
mod tests {
    use super::super::country::CountryFormat;

    fn code(country: &str, text: &str) -> Option<String> {
        let format = CountryFormat::get(country)?;
        format.regions.resolve(country, text)?.code.clone()
    }

    #[test]
    fn russian_regions_resolve_by_name_abbreviation_latin_and_code() {
        for text in [
            "Калининградская область",
            "калининградская обл.",
            "КАЛИНИНГРАДСКАЯ ОБЛ",
            "Kaliningradskaya oblast'",
            "Kaliningrad Oblast",
            "RU-KGD",
            "kgd",
        ] {
            assert_eq!(code("RU", text).as_deref(), Some("RU-KGD"), "{text}");
        }
        assert_eq!(code("RU", "Камчатский кр.").as_deref(), Some("RU-KAM"));
        assert_eq!(code("RU", "Респ. Саха (Якутия)").as_deref(), Some("RU-SA"));
        assert_eq!(code("RU", "Resp. Tatarstan").as_deref(), Some("RU-TA"));
        assert_eq!(code("RU", "г. Москва").as_deref(), Some("RU-MOW"));
        assert_eq!(code("RU", "Московская обл").as_deref(), Some("RU-MOS"));
        assert_eq!(code("RU", "Санкт Петербург").as_deref(), Some("RU-SPE"));
    }

    #[test]
    fn regions_of_the_other_markets_resolve() {
        assert_eq!(code("BY", "Гомельская обл.").as_deref(), Some("BY-HO"));
        assert_eq!(code("BY", "Minsk").as_deref(), Some("BY-HM"));
        assert_eq!(code("KZ", "Almaty").as_deref(), Some("KZ-75"));
        assert_eq!(code("KZ", "Almaty oblysy").as_deref(), Some("KZ-19"));
        assert_eq!(code("KZ", "Карагандинская обл.").as_deref(), Some("KZ-35"));
        assert_eq!(code("CN", "广东省").as_deref(), Some("CN-44"));
        assert_eq!(code("CN", "广东").as_deref(), Some("CN-44"));
        assert_eq!(code("CN", "guangdong sheng").as_deref(), Some("CN-44"));
        assert_eq!(code("DE", "bayern").as_deref(), Some("DE-BY"));
        assert_eq!(code("DE", "Bavaria").as_deref(), Some("DE-BY"));
        assert_eq!(code("BR", "sp").as_deref(), Some("BR-SP"));
        assert_eq!(code("BR", "Sao Paulo").as_deref(), Some("BR-SP"));
        assert_eq!(code("BR", "Estado de São Paulo").as_deref(), Some("BR-SP"));
    }

    #[test]
    fn unknown_region_names_resolve_to_nothing() {
        assert_eq!(code("RU", "Атлантида"), None);
        assert_eq!(code("RU", "область"), None);
        assert_eq!(code("DE", ""), None);
    }
}
