//! First-level regions (ISO 3166-2 subdivisions) and how a buyer may write them: by code, native name or
//! Latin name, in any case, with or without the usual type word or its abbreviation ("обл.", "край",
//! "Resp.", "省").

use std::sync::OnceLock;

use super::json::{self, Value};
use super::pattern::Pattern;
use super::text::{fold, fold_next_word, key_chars};

/// A region as the data files describe it (countries.json from Google, regions.toml by hand), its
/// texts read in place from the compiled data.
struct RegionRecord {
    code: Option<&'static str>,
    name: &'static str,
    latin: &'static str,
    /// Google's key: the abbreviation printed on labels where it differs from the name (BR "SP").
    key: Option<&'static str>,
    /// Space-separated postal-code prefixes of the region.
    postal: Option<&'static str>,
    aliases: Vec<&'static str>,
}

impl RegionRecord {
    /// A region of `address/countries` or, with its `country`, of `address/regions`, read in one pass
    /// over its members: a country's regions are all read on its first validation.
    fn from_json(value: Value) -> RegionRecord {
        let mut record = RegionRecord {
            code: None,
            name: "",
            latin: "",
            key: None,
            postal: None,
            aliases: Vec::new(),
        };
        for (key, member) in value.members() {
            let text = member.as_str();
            match key {
                "code" => record.code = text,
                "name" => record.name = text.unwrap_or_default(),
                "latin" => record.latin = text.unwrap_or_default(),
                "key" => record.key = text,
                "postal" => record.postal = text,
                "aliases" => record.aliases = json::strings(member).collect(),
                "country" => {}
                unknown => json::refuse_key("address region", unknown),
            }
        }
        record
    }
}

pub struct Region {
    /// ISO 3166-2 code; `None` for a region the standard does not list under this country.
    pub code: Option<String>,
    /// Name in the country's language, as written on a label.
    pub name: &'static str,
    pub latin: &'static str,
    /// The short form a label prints, where the country uses one (BR "SP").
    pub abbreviation: Option<&'static str>,
    pub postal_prefixes: Vec<&'static str>,
    /// Google's own prefix pattern for the region's postal codes (`sub_zips`), for the regions a
    /// country's region file brings: it says which codes the region may have, whole codes included
    /// (American Samoa's 96799 is not Hawaii's).
    postal_start: Option<Pattern>,
    aliases: Vec<&'static str>,
}

impl Region {
    fn new(record: RegionRecord, more_aliases: impl Iterator<Item = &'static str>) -> Region {
        let mut aliases = record.aliases;
        aliases.extend(more_aliases);
        Region {
            code: record.code.map(str::to_string),
            name: record.name,
            latin: record.latin,
            abbreviation: record.key,
            postal_prefixes: record
                .postal
                .unwrap_or_default()
                .split_ascii_whitespace()
                .collect(),
            postal_start: None,
            aliases,
        }
    }

    /// A region of a country's region file, its texts kept for the page's life (a country's file is
    /// loaded once). `Err` names what is wrong with it.
    pub fn loaded(record: LoadedRegion) -> Result<Region, &'static str> {
        let keep = |text: String| -> &'static str { Box::leak(text.into_boxed_str()) };
        if record.name.trim().is_empty() {
            return Err("name");
        }
        let postal_start = match record.zip {
            // Matched at the start of a canonical code, as Google matches it (joined by hand: the
            // checkout package carries no formatting for it).
            Some(zip) => {
                let mut source = String::from("(?:");
                source.push_str(&zip);
                source.push_str(")[0-9A-Z -]*");
                Some(Pattern::new(&source).map_err(|_| "zip")?)
            }
            None => None,
        };
        let name = keep(record.name);
        Ok(Region {
            code: record.code,
            name,
            latin: record.latin.map_or(name, keep),
            abbreviation: record.key.map(keep),
            postal_prefixes: Vec::new(),
            postal_start,
            aliases: record.aliases.map_or_else(Vec::new, |names| {
                names
                    .split('|')
                    .filter(|n| !n.is_empty())
                    .map(|n| keep(n.to_string()))
                    .collect()
            }),
        })
    }

    /// Every way the data writes the region, the label's first.
    fn spellings(&self) -> impl Iterator<Item = &'static str> + '_ {
        [self.name, self.latin]
            .into_iter()
            .chain(self.abbreviation)
            .chain(self.aliases.iter().copied())
    }

    /// The part of the ISO code after the country ("KGD" of "RU-KGD").
    fn subdivision(&self) -> Option<&str> {
        let code = self.code.as_deref()?;
        Some(code.split_once('-').map_or(code, |(_, s)| s))
    }

    /// Whether a postal code (canonical form) lies in this region.
    pub fn has_postal_code(&self, postal_code: &str) -> bool {
        self.postal_prefixes
            .iter()
            .any(|p| postal_code.starts_with(p))
            || self
                .postal_start
                .as_ref()
                .is_some_and(|p| p.is_match(postal_code))
    }

    /// Whether the postal code contradicts the region by the region's own pattern (a region file's
    /// region); `None` where the region has none, and only the other regions' prefixes can tell.
    pub fn contradicts(&self, postal_code: &str) -> Option<bool> {
        Some(!self.postal_start.as_ref()?.is_match(postal_code))
    }
}

/// A region as a line of a country's region file (`core/data/address/regions/XX.tsv`) gives it: ISO
/// code, key, name, Latin name and postal-code prefix pattern, tab-separated, empty where unknown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoadedRegion {
    pub code: Option<String>,
    pub key: Option<String>,
    pub name: String,
    pub latin: Option<String>,
    pub zip: Option<String>,
    /// Names in the country's other languages, `|`-separated (Canada's "Colombie-Britannique").
    pub aliases: Option<String>,
}

impl LoadedRegion {
    pub fn from_line(line: &str) -> LoadedRegion {
        let mut columns = line.split('\t');
        let mut next = || columns.next().filter(|c| !c.is_empty()).map(str::to_string);
        LoadedRegion {
            code: next(),
            key: next(),
            name: next().unwrap_or_default(),
            latin: next(),
            zip: next(),
            aliases: next(),
        }
    }
}

/// Words that say what kind of region it is rather than which one, sorted (as bytes) for binary search.
const TYPE_WORDS: &[&str] = &[
    "ao",
    "autonomous",
    "avtonomnaya",
    "avtonomnyy",
    "bundesland",
    "city",
    "da",
    "de",
    "diqu",
    "do",
    "estado",
    "freistaat",
    "huizuzizhiqu",
    "krai",
    "kray",
    "land",
    "meng",
    "municipality",
    "obl",
    "oblast",
    "oblast'",
    "oblys",
    "oblysy",
    "of",
    "okrug",
    "province",
    "qu",
    "reg",
    "region",
    "rep",
    "republic",
    "republits",
    "resp",
    "respublika",
    "sheng",
    "shi",
    "state",
    "the",
    "voblasts",
    "weiwuerzizhiqu",
    "xian",
    "xinqu",
    "zhuangzuzizhiqu",
    "zizhiqu",
    "zizhixian",
    "zizhizhou",
    "авт",
    "автономная",
    "автономный",
    "ао",
    "вобласць",
    "г",
    "гор",
    "город",
    "кр",
    "край",
    "обл",
    "область",
    "облыс",
    "облысы",
    "округ",
    "респ",
    "республика",
];

/// Chinese type suffixes, longest first: of provinces, and of the cities, counties and districts under
/// them.
const CJK_SUFFIXES: &[&str] = &[
    "壮族自治区",
    "回族自治区",
    "维吾尔自治区",
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "新区",
    "地区",
    "林区",
    "省",
    "市",
    "区",
    "县",
    "盟",
    "旗",
];

/// The stem of a [`fold`]ed spelling, its words without type words, appended to `out`: "Калининградская
/// обл." and "Калининградская область" agree.
fn push_stem(folded: &str, out: &mut String) {
    let start = out.len();
    let words = folded.split(' ');
    out.extend(words.filter(|w| !is_type_word(w)));
    let stem = out.get(start..).unwrap_or_default();
    if let Some(suffix) = CJK_SUFFIXES
        .iter()
        .find(|s| stem.len() > s.len() && stem.ends_with(*s))
    {
        out.truncate(out.len() - suffix.len());
    }
}

/// The stem of a spelling.
pub(super) fn stem_of(spelling: &str) -> String {
    let mut stem = String::new();
    push_stem(&fold(spelling), &mut stem);
    stem
}

/// Whether the stem of `spelling` is `stem` (not empty), told without making it: the spelling's words are
/// folded one at a time (into `word`, reused), and the first that is neither a type word nor the next
/// part of `stem`, nearly always the first word, ends the comparison.
fn has_stem(spelling: &str, stem: &str, word: &mut String) -> bool {
    let mut chars = spelling.chars();
    let mut rest = stem;
    loop {
        word.clear();
        if !fold_next_word(&mut chars, word) {
            break;
        }
        let word = word.as_str();
        match rest.strip_prefix(word) {
            Some(after) if !is_type_word(word) => rest = after,
            Some(_) => {}
            // The spelling's stem runs past `stem`: only a Chinese suffix can make them agree.
            None if word.starts_with(rest) => return stem_of(spelling) == stem,
            None if is_type_word(word) => {}
            None => return false,
        }
    }
    // Every word agreed; a Chinese suffix may still come off the spelling's stem.
    rest.is_empty() && stem_of(spelling) == stem
}

fn is_type_word(word: &str) -> bool {
    TYPE_WORDS.binary_search(&word).is_ok()
}

/// A country's regions with lookup by any spelling, read from the data on first use: an address
/// without a region never needs them.
pub struct RegionList {
    /// The country and its record in `address/countries`, where the regions are read from.
    source: (&'static str, Value),
    regions: OnceLock<Vec<Region>>,
    /// The regions of the country's region file, once the page has loaded it.
    loaded: OnceLock<Vec<Region>>,
    #[cfg(feature = "orders")]
    spellings: SpellingMemo,
}

/// The spellings a list has already looked up, where addresses are validated by the thousand (the
/// orders board): an export names the same few hundred regions over and over. The checkout, one
/// address at a time, keeps the smaller code. Kept in the list itself, and told the embedded regions
/// from a loaded file's, so an answer is never another list's.
#[cfg(feature = "orders")]
#[derive(Default)]
struct SpellingMemo(std::sync::Mutex<std::collections::HashMap<(bool, String), Option<usize>>>);

#[cfg(feature = "orders")]
impl SpellingMemo {
    /// Entries kept before the memo starts over (a region spelling is short).
    const MAX_ENTRIES: usize = 8192;

    fn lookup<'r>(
        &self,
        list: &'r RegionList,
        text: &str,
        find: impl FnOnce() -> Option<&'r Region>,
    ) -> Option<&'r Region> {
        let regions = list.all();
        let key = (list.is_loaded(), text.to_string());
        // A poisoned lock only means a panic elsewhere: the map itself is whole.
        let mut memo = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = memo.get(&key) {
            return found.map(|i| &regions[i]);
        }
        let region = find();
        let index = region.and_then(|r| regions.iter().position(|other| std::ptr::eq(other, r)));
        if memo.len() >= Self::MAX_ENTRIES {
            memo.clear();
        }
        memo.insert(key, index);
        region
    }
}

impl RegionList {
    pub(crate) fn of_country(country: &'static str, record: Value) -> RegionList {
        RegionList {
            source: (country, record),
            regions: OnceLock::new(),
            loaded: OnceLock::new(),
            #[cfg(feature = "orders")]
            spellings: SpellingMemo::default(),
        }
    }

    pub fn all(&self) -> &[Region] {
        match self.loaded.get() {
            Some(loaded) => loaded,
            None => self
                .regions
                .get_or_init(|| read_regions(self.source.0, self.source.1)),
        }
    }

    /// Takes the regions of the country's region file; the first load wins. Whether they are now in use.
    pub fn load(&self, regions: Vec<Region>) -> bool {
        self.loaded.set(regions).is_ok()
    }

    pub fn is_loaded(&self) -> bool {
        self.loaded.get().is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.all().is_empty()
    }

    /// The region `text` names in `country`: an ISO code ("RU-KGD", "kgd"), an exact spelling, or a
    /// spelling with the type word written differently or left out. Where two regions share a spelling,
    /// the first listed wins.
    pub fn resolve(&self, country: &str, text: &str) -> Option<&Region> {
        let trimmed = text.trim().to_ascii_uppercase();
        let subdivision = trimmed
            .strip_prefix(country)
            .and_then(|s| s.strip_prefix('-'))
            .unwrap_or(&trimmed);
        let by_code = self
            .all()
            .iter()
            .find(|r| r.subdivision() == Some(subdivision));
        by_code.or_else(|| self.by_spelling(text))
    }

    /// The region a spelling names: its words joined ("Санкт Петербург" is "Санкт-Петербург"), and failing
    /// that its stem, compared with each spelling folded as it is read. A comparison mostly ends at the
    /// first letter, so no key is made for the data's spellings.
    fn by_spelling(&self, text: &str) -> Option<&Region> {
        #[cfg(feature = "orders")]
        return self
            .spellings
            .lookup(self, text, || self.find_spelling(text));
        #[cfg(not(feature = "orders"))]
        self.find_spelling(text)
    }

    fn find_spelling(&self, text: &str) -> Option<&Region> {
        let folded = fold(text);
        let full = folded.replace(' ', "");
        let regions = self.all();
        let exact = |r: &&Region| r.spellings().any(|s| key_chars(s).eq(full.chars()));
        if let Some(region) = regions.iter().find(exact) {
            return Some(region);
        }
        let mut stem = String::new();
        push_stem(&folded, &mut stem);
        // A spelling of type words only names nothing.
        if stem.is_empty() {
            return None;
        }
        let mut word = String::new();
        regions
            .iter()
            .find(|r| r.spellings().any(|s| has_stem(s, &stem, &mut word)))
    }

    /// The regions whose postal prefixes cover `postal_code` (several where regions share a prefix).
    pub fn for_postal_code<'a>(&'a self, postal_code: &'a str) -> impl Iterator<Item = &'a Region> {
        self.all()
            .iter()
            .filter(move |r| r.has_postal_code(postal_code))
    }
}

/// The regions of `country`: those of its record in `address/countries` and those `address/regions`
/// adds, with the spellings and postal prefixes that file gives them by region code.
fn read_regions(country: &str, record: Value) -> Vec<Region> {
    let extra = json::keys(
        static_data!("address/regions"),
        "address/regions",
        &["region", "aliases", "postal_prefixes"],
    );
    let in_country = |code: &str| {
        code.strip_prefix(country)
            .is_some_and(|subdivision| subdivision.starts_with('-'))
    };
    // The country's entries of each table, gathered in one pass rather than searched for every region;
    // objects are stored sorted by key, so they come out sorted by code.
    let of_country = |table: &str| -> Vec<(&str, Value)> {
        json::entries(extra, table)
            .filter(|(code, _)| in_country(code))
            .collect()
    };
    let (aliases, prefixes) = (of_country("aliases"), of_country("postal_prefixes"));
    let entry = |entries: &[(&str, Value)], code: &str| {
        let index = entries.binary_search_by(|(c, _)| (*c).cmp(code)).ok()?;
        entries.get(index).map(|(_, v)| *v)
    };
    let added = json::list(extra, "region")
        .filter(|r| r.get("country").and_then(Value::as_str) == Some(country));
    json::list(record, "regions")
        .chain(added)
        .map(RegionRecord::from_json)
        .map(|mut r| {
            let code = r.code.unwrap_or_default();
            if r.postal.is_none() {
                r.postal = entry(&prefixes, code).and_then(Value::as_str);
            }
            let more_aliases = entry(&aliases, code).into_iter().flat_map(json::strings);
            Region::new(r, more_aliases)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use proptest::prelude::*;

    use super::super::country::CountryFormat;
    use super::*;

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
        assert_eq!(code("CN", "广东省").as_deref(), Some("CN-GD"));
        assert_eq!(code("CN", "广东").as_deref(), Some("CN-GD"));
        assert_eq!(code("CN", "guangdong sheng").as_deref(), Some("CN-GD"));
        // ISO's letter codes since 2017, and the former numbers still taken.
        assert_eq!(code("CN", "CN-GD").as_deref(), Some("CN-GD"));
        assert_eq!(code("CN", "gd").as_deref(), Some("CN-GD"));
        assert_eq!(code("CN", "CN-44").as_deref(), Some("CN-GD"));
        assert_eq!(code("CN", "CN-91").as_deref(), Some("CN-HK"));
        assert_eq!(code("DE", "bayern").as_deref(), Some("DE-BY"));
        assert_eq!(code("DE", "Bavaria").as_deref(), Some("DE-BY"));
        assert_eq!(code("BR", "sp").as_deref(), Some("BR-SP"));
        assert_eq!(code("BR", "Sao Paulo").as_deref(), Some("BR-SP"));
        assert_eq!(code("BR", "Estado de São Paulo").as_deref(), Some("BR-SP"));
    }

    #[test]
    fn type_words_are_sorted_for_binary_search() {
        assert!(TYPE_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    /// The region index `text` names by the definition: an index of every region's code, folded
    /// spellings and stems, where the first region to claim a key keeps it.
    fn resolve_by_index(spellings: &[(String, Vec<String>)], text: &str) -> Option<usize> {
        let full_key = |t: &str| fold(t).replace(' ', "");
        let stem_key = |t: &str| {
            let folded = fold(t);
            let mut stem: String = folded
                .split(' ')
                .filter(|w| !TYPE_WORDS.contains(w))
                .collect();
            for suffix in CJK_SUFFIXES {
                if let Some(s) = stem.strip_suffix(suffix).filter(|s| !s.is_empty()) {
                    stem = s.to_string();
                    break;
                }
            }
            stem
        };
        let (mut by_code, mut by_full, mut by_stem) =
            (HashMap::new(), HashMap::new(), HashMap::new());
        for (i, (code, names)) in spellings.iter().enumerate() {
            let subdivision = code.get(3..).unwrap_or_default();
            by_code.entry(subdivision.to_string()).or_insert(i);
            for name in names {
                by_full.entry(full_key(name)).or_insert(i);
                by_stem.entry(stem_key(name)).or_insert(i);
            }
        }
        by_stem.remove("");
        let trimmed = text.trim().to_ascii_uppercase();
        let subdivision = trimmed.strip_prefix("XX-").unwrap_or(&trimmed);
        let found = by_code
            .get(subdivision)
            .or_else(|| by_full.get(&full_key(text)));
        found.or_else(|| by_stem.get(&stem_key(text))).copied()
    }

    fn any_spelling() -> impl Strategy<Value = String> {
        let word = prop::sample::select(
            &[
                "Калуга",
                "калуга",
                "обл",
                "область",
                "Орёл",
                "орел",
                "край",
                "Kaluga",
                "oblast",
                "Resp",
                "the",
                "广东",
                "广东省",
                "自治区",
                "市",
                "São",
                "Sao",
                "ab",
                "a",
                "b",
            ][..],
        );
        let gap = prop::sample::select(&[" ", "-", ". ", "", "  ", ","][..]);
        prop::collection::vec((word, gap), 0..4)
            .prop_map(|parts| parts.into_iter().flat_map(|(w, g)| [w, g]).collect())
    }

    fn any_regions() -> impl Strategy<Value = Vec<(String, Vec<String>)>> {
        let code = "XX-[AB]{1,2}";
        let names = prop::collection::vec(any_spelling(), 2..5);
        prop::collection::vec((code, names), 1..6)
    }

    proptest! {
        #[test]
        fn resolving_agrees_with_an_index_of_folded_spellings(
            spellings in any_regions(),
            text in prop_oneof![any_spelling(), "(XX-)?[ABab]{1,2}"],
        ) {
            // The data's texts are static; the generated ones live as long as the test.
            let leak = |text: &String| -> &'static str { text.clone().leak() };
            let regions = spellings.iter().map(|(code, names)| {
                let record = RegionRecord {
                    code: Some(leak(code)),
                    name: leak(&names[0]),
                    latin: leak(&names[1]),
                    key: None,
                    postal: None,
                    aliases: names[2..].iter().map(leak).collect(),
                };
                Region::new(record, std::iter::empty())
            });
            let list = RegionList {
                source: ("XX", Value::NULL),
                regions: OnceLock::from(regions.collect::<Vec<_>>()),
                loaded: OnceLock::new(),
                #[cfg(feature = "orders")]
                spellings: SpellingMemo::default(),
            };
            let found = list.resolve("XX", &text).map(|r| {
                list.all().iter().position(|o| std::ptr::eq(o, r)).unwrap()
            });
            prop_assert_eq!(found, resolve_by_index(&spellings, &text));
        }
    }

    #[test]
    fn unknown_region_names_resolve_to_nothing() {
        assert_eq!(code("RU", "Атлантида"), None);
        assert_eq!(code("RU", "область"), None);
        assert_eq!(code("DE", ""), None);
    }
}
