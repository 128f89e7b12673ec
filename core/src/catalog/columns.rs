//! Which column of a header row feeds which listing field, from the mappings in
//! `core/data/catalog/columns.toml` and the user's own mapping, and how a row's cells become a listing.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::cells::{trim, Row};
use super::gaps::{self, StoreGap};
use super::headers;
use super::number;
use crate::listing::{Category, Dimensions, Image, Listing, RuleSet, Weight};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ColumnData {
    pub qualifiers: Vec<String>,
    shopify: BTreeMap<String, Vec<String>>,
    ozon: BTreeMap<String, Vec<String>>,
    generic: BTreeMap<String, Vec<String>>,
    pub metafields: BTreeMap<String, Vec<String>>,
    pub words: BTreeMap<String, Vec<String>>,
    pub categories: BTreeMap<String, Vec<String>>,
    /// Per column set: the rules whose field the format has no column for.
    pub store_level: BTreeMap<String, Vec<String>>,
}

pub(super) fn data() -> &'static ColumnData {
    static DATA: OnceLock<ColumnData> = OnceLock::new();
    DATA.get_or_init(|| crate::data::parse("catalog/columns", embedded_data!("catalog/columns")))
}

/// The column sets of the known exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnSet {
    Shopify,
    Ozon,
    Generic,
}

impl ColumnSet {
    /// Its table's name in the column data.
    pub fn key(self) -> &'static str {
        match self {
            ColumnSet::Shopify => "shopify",
            ColumnSet::Ozon => "ozon",
            ColumnSet::Generic => "generic",
        }
    }

    fn aliases(self) -> &'static BTreeMap<String, Vec<String>> {
        match self {
            ColumnSet::Shopify => &data().shopify,
            ColumnSet::Ozon => &data().ozon,
            ColumnSet::Generic => &data().generic,
        }
    }
}

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Key,
    Id,
    Title,
    Description,
    Category,
    Brand,
    Price,
    OldPrice,
    Currency,
    Images,
    Video,
    Color,
    Sizes,
    SizeChart,
    Material,
    Care,
    Gender,
    WeightGrams,
    LengthMm,
    WidthMm,
    HeightMm,
    IncludedItems,
    Voltage,
    PlugType,
    Warranty,
    Shipping,
    Returns,
    OptionName(u8),
    OptionValue(u8),
}

impl Field {
    /// The field named `name` in a mapping (the listing's camelCase names plus the column roles).
    pub fn from_name(name: &str) -> Option<Field> {
        Some(match name {
            "key" => Field::Key,
            "id" => Field::Id,
            "title" => Field::Title,
            "description" => Field::Description,
            "category" => Field::Category,
            "brand" => Field::Brand,
            "price" => Field::Price,
            "oldPrice" => Field::OldPrice,
            "currency" => Field::Currency,
            "images" => Field::Images,
            "video" => Field::Video,
            "color" => Field::Color,
            "sizes" => Field::Sizes,
            "sizeChart" => Field::SizeChart,
            "material" => Field::Material,
            "care" => Field::Care,
            "gender" => Field::Gender,
            "weightGrams" => Field::WeightGrams,
            "lengthMm" => Field::LengthMm,
            "widthMm" => Field::WidthMm,
            "heightMm" => Field::HeightMm,
            "includedItems" => Field::IncludedItems,
            "voltage" => Field::Voltage,
            "plugType" => Field::PlugType,
            "warranty" => Field::Warranty,
            "shipping" => Field::Shipping,
            "returns" => Field::Returns,
            _ => {
                let n = name
                    .strip_prefix("option")
                    .and_then(|rest| rest.get(..1))
                    .and_then(|d| d.parse::<u8>().ok())
                    .filter(|n| (1..=3).contains(n))?;
                match &name[7..] {
                    "Name" => Field::OptionName(n),
                    "Value" => Field::OptionValue(n),
                    _ => return None,
                }
            }
        })
    }

    /// Fields whose cells must be numbers.
    fn is_number(self) -> bool {
        matches!(
            self,
            Field::Price
                | Field::OldPrice
                | Field::WeightGrams
                | Field::LengthMm
                | Field::WidthMm
                | Field::HeightMm
        )
    }
}

/// What a Shopify option feeds, decided from its name once on a product's first row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptionTarget {
    Sizes,
    Color,
    Material,
    /// An option orderguard has no field for (Style, Title...): kept out of the listing.
    Other,
}

/// The targets of a product's options, by position (names are given on its first row only).
pub type OptionNames = [Option<OptionTarget>; 3];

impl OptionTarget {
    /// By the option's name in the store's language (`[words]`), also within a longer name ("Tamanho
    /// do anel", "Frame colour", "颜色分类").
    fn of_name(name: &str) -> OptionTarget {
        let key = normalize(name);
        let words: Vec<&str> = key
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let is = |attribute: &str| {
            data().words.get(attribute).is_some_and(|names| {
                names.iter().any(|n| {
                    *n == key
                        || words.contains(&n.as_str())
                        || (is_cjk(n) && key.contains(n.as_str()))
                })
            })
        };
        if is("sizes") {
            OptionTarget::Sizes
        } else if is("color") {
            OptionTarget::Color
        } else if is("material") {
            OptionTarget::Material
        } else {
            OptionTarget::Other
        }
    }
}

/// Header text as compared: trimmed, lower case, single spaces, no trailing required-mark `*`.
pub fn normalize(header: &str) -> String {
    let trimmed = header
        .trim()
        .trim_start_matches('\u{FEFF}')
        .trim_end_matches('*');
    trimmed
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A listing filled row after row, reusing its strings: checking a catalog allocates nothing per row
/// once the first few listings have sized the buffers.
#[derive(Debug, Default)]
pub struct ListingBuffer {
    pub listing: Listing,
    spare: Vec<String>,
    /// Category cells seen lately and the checker's category each names.
    categories: Vec<(String, Option<&'static str>)>,
}

/// Category cells remembered; catalogs use a few categories over and over.
const CATEGORY_CACHE: usize = 16;

impl ListingBuffer {
    /// Empties the listing, keeping its strings for the next one.
    pub fn reset(&mut self) {
        let l = &mut self.listing;
        let spare = &mut self.spare;
        let mut keep = |slot: &mut Option<String>| {
            if let Some(s) = slot.take() {
                spare.push(s);
            }
        };
        for slot in [
            &mut l.id,
            &mut l.title,
            &mut l.description,
            &mut l.category,
            &mut l.brand,
            &mut l.currency,
            &mut l.video,
            &mut l.shipping,
            &mut l.returns,
        ] {
            keep(slot);
        }
        let a = &mut l.attributes;
        for slot in [
            &mut a.color,
            &mut a.size_chart,
            &mut a.material,
            &mut a.care,
            &mut a.gender,
            &mut a.voltage,
            &mut a.plug_type,
            &mut a.warranty,
        ] {
            keep(slot);
        }
        l.price = None;
        l.old_price = None;
        spare.extend(l.images.drain(..).map(|i| i.url));
        spare.append(&mut a.sizes);
        spare.append(&mut a.included_items);
        if let Some(d) = a.dimensions.take() {
            spare.push(d.unit);
        }
        if let Some(w) = a.weight.take() {
            spare.push(w.unit);
        }
        a.other.clear();
    }

    /// `value` in a string from the spare ones.
    fn text(&mut self, value: &str) -> String {
        let mut s = self.spare.pop().unwrap_or_default();
        s.clear();
        s.push_str(value);
        s
    }

    fn category(&mut self, value: &str) -> String {
        let id = match self.categories.iter().find(|(cell, _)| cell == value) {
            Some((_, id)) => *id,
            None => {
                let id = category_id(value);
                if self.categories.len() == CATEGORY_CACHE {
                    self.categories.remove(0);
                }
                self.categories.push((value.to_string(), id));
                id
            }
        };
        self.text(id.unwrap_or(value))
    }
}

/// A column that feeds a field.
#[derive(Clone, Debug)]
struct Column {
    field: Field,
    index: usize,
    /// The header text, for messages.
    header: String,
    /// The factor from the header's unit to the field's (`Длина, см`: 10 mm each).
    scale: f64,
}

/// The columns of one file, resolved once from its header row.
#[derive(Clone, Debug)]
pub struct ColumnPlan {
    /// In column order.
    columns: Vec<Column>,
    pub width: usize,
    /// Ozon exports prefix values with an apostrophe so that spreadsheets keep them as text.
    strip_apostrophe: bool,
    /// What the format cannot carry: noted once for the catalog, not found in each listing.
    pub gaps: Vec<StoreGap>,
    pub gap_rules: RuleSet,
}

impl ColumnPlan {
    /// Maps `header` with `set`; `overrides` (field name -> header text) replace the data's aliases.
    pub fn new<R: Row + ?Sized>(
        header: &R,
        set: ColumnSet,
        overrides: &BTreeMap<String, String>,
    ) -> Result<Self, String> {
        let header: Vec<&str> = (0..header.len()).map(|i| header.cell(i)).collect();
        let normalized: Vec<String> = header.iter().map(|h| normalize(h)).collect();
        let mut columns = Vec::new();
        for (name, aliases) in set.aliases() {
            let Some(field) = Field::from_name(name) else {
                continue;
            };
            let wanted: Vec<String> = match overrides.get(name) {
                Some(header) => vec![normalize(header)],
                None => aliases.iter().map(|a| normalize(a)).collect(),
            };
            add_matches(&mut columns, field, &wanted, &normalized, &header);
        }
        // Then the headers no name matched, by meaning; a field the user mapped keeps to that column.
        for (index, text) in header.iter().enumerate() {
            if columns.iter().any(|c| c.index == index) {
                continue;
            }
            let Some(meaning) = headers::meaning(text) else {
                continue;
            };
            let mapped = overrides
                .keys()
                .any(|name| Field::from_name(name) == Some(meaning.field));
            if !mapped {
                columns.push(Column {
                    field: meaning.field,
                    index,
                    header: text.trim().to_string(),
                    scale: meaning.scale,
                });
            }
        }
        for (name, header_text) in overrides {
            if set.aliases().contains_key(name) {
                continue;
            }
            let field = Field::from_name(name).ok_or_else(|| name.clone())?;
            add_matches(
                &mut columns,
                field,
                &[normalize(header_text)],
                &normalized,
                &header,
            );
        }
        columns.sort_by_key(|c| c.index);
        let gaps = gaps::of_set(set, |field| columns.iter().any(|c| c.field == field));
        Ok(ColumnPlan {
            columns,
            width: header.len(),
            strip_apostrophe: set == ColumnSet::Ozon,
            gap_rules: gaps::rules(&gaps),
            gaps,
        })
    }

    pub fn has(&self, field: Field) -> bool {
        self.columns.iter().any(|c| c.field == field)
    }

    /// How many distinct listing fields the header feeds.
    pub fn mapped_fields(&self) -> usize {
        let mut fields: Vec<Field> = self.columns.iter().map(|c| c.field).collect();
        fields.sort();
        fields.dedup();
        fields.len()
    }

    /// The cleaned value of `field` in `cells`: the first non-empty one.
    pub fn value<'a, R: Row + ?Sized>(&self, cells: &'a R, field: Field) -> Option<&'a str> {
        self.columns
            .iter()
            .filter(|c| c.field == field)
            .find_map(|c| self.clean(cells.cell(c.index)))
    }

    fn clean<'a>(&self, cell: &'a str) -> Option<&'a str> {
        let mut value = trim(cell);
        if self.strip_apostrophe {
            value = trim(value.strip_prefix('\'').unwrap_or(value));
        }
        (!value.is_empty()).then_some(value)
    }

    /// Adds the row's cells to the buffer's listing. A number column holding text is the row's error
    /// (the column's header text and the value), and then nothing is added. `option_names` carries
    /// Shopify's option names (given on a product's first row only) to the rows after it.
    pub fn fill<R: Row + ?Sized>(
        &self,
        buffer: &mut ListingBuffer,
        cells: &R,
        option_names: &mut OptionNames,
    ) -> Result<(), (String, String)> {
        // Numbers first, so that a bad row changes nothing; kept so each is parsed once.
        let mut numbers = [0.0; 8];
        let mut count = 0;
        let number_columns = self.columns.iter().filter(|c| c.field.is_number());
        for column in number_columns {
            let Some(value) = self.clean(cells.cell(column.index)) else {
                continue;
            };
            let n = column
                .number(value)
                .ok_or_else(|| (column.header.clone(), value.to_string()))?;
            if let Some(slot) = numbers.get_mut(count) {
                *slot = n;
            }
            count += 1;
        }
        let mut values: [Option<&str>; 3] = [None; 3];
        let mut number = 0;
        for column in &self.columns {
            let field = &column.field;
            let Some(value) = self.clean(cells.cell(column.index)) else {
                continue;
            };
            if field.is_number() {
                let n = numbers
                    .get(number)
                    .copied()
                    .or_else(|| column.number(value));
                number += 1;
                if let Some(n) = n {
                    set_number(buffer, *field, n);
                }
                continue;
            }
            match field {
                Field::OptionName(n) => {
                    option_names[usize::from(n - 1)] = Some(OptionTarget::of_name(value))
                }
                Field::OptionValue(n) => values[usize::from(n - 1)] = Some(value),
                _ => set_text(buffer, *field, value),
            }
        }
        for (target, value) in option_names.iter().zip(values) {
            if let (Some(target), Some(value)) = (target, value) {
                set_option(buffer, *target, value);
            }
        }
        Ok(())
    }

    /// The first number cell that holds text, as (header text, value): the row's error.
    pub fn number_error<R: Row + ?Sized>(&self, cells: &R) -> Option<(String, String)> {
        self.columns.iter().find_map(|c| {
            let value = self.clean(cells.cell(c.index))?;
            (c.field.is_number() && c.number(value).is_none())
                .then(|| (c.header.clone(), value.to_string()))
        })
    }
}

impl Column {
    /// A number cell in the field's unit: as the header's unit says, or a measure with its own unit
    /// (`12 cm`, a Shopify dimension metafield's JSON).
    fn number(&self, value: &str) -> Option<f64> {
        match number::parse(value) {
            Some(n) => Some(n * self.scale),
            None => headers::measured(value, self.field),
        }
    }
}

fn add_matches(
    columns: &mut Vec<Column>,
    field: Field,
    wanted: &[String],
    normalized: &[String],
    header: &[&str],
) {
    for (index, name) in normalized.iter().enumerate() {
        let taken = columns.iter().any(|c| c.index == index && c.field == field);
        if !taken && wanted.contains(name) {
            columns.push(Column {
                field,
                index,
                header: header[index].trim().to_string(),
                scale: 1.0,
            });
        }
    }
}

/// Sets a text field unless an earlier column or row gave it already.
fn set_once(
    buffer: &mut ListingBuffer,
    value: &str,
    slot: fn(&mut Listing) -> &mut Option<String>,
) {
    if slot(&mut buffer.listing).is_none() {
        let text = buffer.text(value);
        *slot(&mut buffer.listing) = Some(text);
    }
}

fn set_text(buffer: &mut ListingBuffer, field: Field, value: &str) {
    match field {
        Field::Key => {}
        Field::Id => set_once(buffer, value, |l| &mut l.id),
        Field::Title => set_once(buffer, value, |l| &mut l.title),
        Field::Description if buffer.listing.description.is_none() => {
            let mut text = buffer.text("");
            plain_text(value, &mut text);
            buffer.listing.description = Some(text);
        }
        Field::Category if buffer.listing.category.is_none() => {
            let text = buffer.category(value);
            buffer.listing.category = Some(text);
        }
        Field::Brand => set_once(buffer, value, |l| &mut l.brand),
        Field::Currency => set_once(buffer, value, |l| &mut l.currency),
        Field::Video => set_once(buffer, value, |l| &mut l.video),
        Field::Images => {
            for url in split_list(value) {
                if !buffer.listing.images.iter().any(|i| i.url == url) {
                    let url = buffer.text(url);
                    buffer.listing.images.push(Image {
                        url,
                        width: None,
                        height: None,
                    });
                }
            }
        }
        Field::Color => set_once(buffer, value, |l| &mut l.attributes.color),
        Field::Sizes => push_unique(buffer, value, |l| &mut l.attributes.sizes),
        Field::SizeChart => set_once(buffer, value, |l| &mut l.attributes.size_chart),
        Field::Material => set_once(buffer, value, |l| &mut l.attributes.material),
        Field::Care => set_once(buffer, value, |l| &mut l.attributes.care),
        Field::Gender => set_once(buffer, value, |l| &mut l.attributes.gender),
        Field::IncludedItems => push_unique(buffer, value, |l| &mut l.attributes.included_items),
        Field::Voltage => set_once(buffer, value, |l| &mut l.attributes.voltage),
        Field::PlugType => set_once(buffer, value, |l| &mut l.attributes.plug_type),
        Field::Warranty => set_once(buffer, value, |l| &mut l.attributes.warranty),
        Field::Shipping => set_once(buffer, value, |l| &mut l.shipping),
        Field::Returns => set_once(buffer, value, |l| &mut l.returns),
        _ => {}
    }
}

fn set_number(buffer: &mut ListingBuffer, field: Field, n: f64) {
    let listing = &mut buffer.listing;
    let side = match field {
        Field::Price => {
            listing.price = listing.price.or(Some(n));
            return;
        }
        Field::OldPrice => {
            listing.old_price = listing.old_price.or(Some(n));
            return;
        }
        // Shopify writes 0 grams for "not given".
        Field::WeightGrams => {
            if n > 0.0 && listing.attributes.weight.is_none() {
                let unit = buffer.text("g");
                buffer.listing.attributes.weight = Some(Weight { value: n, unit });
            }
            return;
        }
        Field::LengthMm => 0,
        Field::WidthMm => 1,
        Field::HeightMm => 2,
        _ => return,
    };
    if buffer.listing.attributes.dimensions.is_none() {
        let unit = buffer.text("mm");
        buffer.listing.attributes.dimensions = Some(Dimensions {
            unit,
            ..Dimensions::default()
        });
    }
    if let Some(d) = buffer.listing.attributes.dimensions.as_mut() {
        *[&mut d.length, &mut d.width, &mut d.height][side] = n;
    }
}

/// A Shopify option such as Size = M feeds the attribute it names; others are kept out.
fn set_option(buffer: &mut ListingBuffer, target: OptionTarget, value: &str) {
    match target {
        OptionTarget::Sizes => push_unique(buffer, value, |l| &mut l.attributes.sizes),
        OptionTarget::Color => set_once(buffer, value, |l| &mut l.attributes.color),
        OptionTarget::Material => set_once(buffer, value, |l| &mut l.attributes.material),
        OptionTarget::Other => {}
    }
}

/// The listing checker's category for a category cell. A path ("Apparel & Accessories > Shoes >
/// Sneakers", Shopify's taxonomy) is read from its most specific segment up: the first segment that is
/// a category's name (`core/data/listing/categories.toml`) or holds one of its words (`[categories]`
/// here) decides, so sneakers are shoes although they sit under apparel.
fn category_id(value: &str) -> Option<&'static str> {
    value
        .rsplit(['>', '/', '|', '\\', '→', '»'])
        .map(str::trim)
        .filter(|segment| !segment.is_empty())
        .find_map(|segment| {
            let named = Category::resolve(Some(segment));
            match named.known {
                true => Some(named.category.id.as_str()),
                false => category_by_words(segment),
            }
        })
}

fn category_by_words(value: &str) -> Option<&'static str> {
    let lower = value.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    data().categories.iter().find_map(|(id, keywords)| {
        keywords
            .iter()
            .any(|k| {
                if is_cjk(k) || k.contains(' ') {
                    lower.contains(k.as_str())
                } else {
                    words.contains(&k.as_str())
                }
            })
            .then_some(id.as_str())
    })
}

/// Chinese and Japanese words are found anywhere in a text, which has no spaces between words.
fn is_cjk(word: &str) -> bool {
    word.chars().any(|c| u32::from(c) >= 0x2E80)
}

/// Adds the items of a list cell not already in the list.
fn push_unique(
    buffer: &mut ListingBuffer,
    value: &str,
    list: fn(&mut Listing) -> &mut Vec<String>,
) {
    for item in split_list(value) {
        if !list(&mut buffer.listing).iter().any(|v| v == item) {
            let item = buffer.text(item);
            list(&mut buffer.listing).push(item);
        }
    }
}

/// The items of a list cell (separated by commas, semicolons, line breaks or `|`), trimmed, empty ones
/// left out. The separators are ASCII, so the cell is cut at bytes rather than decoded char by char.
fn split_list(value: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(value);
    std::iter::from_fn(move || loop {
        let text = rest?;
        let separator = text
            .bytes()
            .position(|b| matches!(b, b',' | b';' | b'\n' | b'\r' | b'|'));
        let item = match separator {
            Some(at) => {
                rest = text.get(at + 1..);
                &text[..at]
            }
            None => {
                rest = None;
                text
            }
        };
        let item = trim(item);
        if !item.is_empty() {
            return Some(item);
        }
    })
}

/// The text of an HTML description (Shopify's "Body (HTML)") into `out`, so that its length is the
/// reader's.
fn plain_text(html: &str, out: &mut String) {
    if !html.contains('<') {
        out.push_str(html);
        return;
    }
    let mut in_tag = false;
    // Whitespace runs and tags become single spaces, none at either end.
    let mut space = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                space = true;
            }
            _ if in_tag => {}
            c if c.is_whitespace() => space = true,
            c => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(c);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn every_mapping_in_the_data_names_a_known_field() {
        for set in [ColumnSet::Shopify, ColumnSet::Ozon, ColumnSet::Generic] {
            for name in set.aliases().keys() {
                assert!(Field::from_name(name).is_some(), "{name}");
            }
        }
    }

    #[test]
    fn the_listing_docs_name_every_column_the_data_reads() {
        let docs = include_str!("../../../docs/listing.md");
        let d = data();
        let names = [&d.shopify, &d.ozon, &d.generic, &d.words, &d.metafields]
            .into_iter()
            .flat_map(|table| table.values().flatten());
        for name in names {
            assert!(
                docs.contains(&format!("`{name}`")),
                "docs/listing.md lacks `{name}`"
            );
        }
    }

    #[test]
    fn headers_match_ignoring_case_spaces_and_required_marks() {
        let plan = ColumnPlan::new(
            &header(&[" Артикул* ", "НАЗВАНИЕ  товара", "Цена, руб."]),
            ColumnSet::Ozon,
            &BTreeMap::new(),
        )
        .unwrap();
        assert!(plan.has(Field::Id) && plan.has(Field::Title) && plan.has(Field::Price));
    }

    #[test]
    fn the_users_mapping_replaces_the_default() {
        let mut overrides = BTreeMap::new();
        overrides.insert("title".to_string(), "Product label".to_string());
        overrides.insert("material".to_string(), "Fabric".to_string());
        let plan = ColumnPlan::new(
            &header(&["title", "Product label", "Fabric"]),
            ColumnSet::Generic,
            &overrides,
        )
        .unwrap();
        let mut buffer = ListingBuffer::default();
        plan.fill(
            &mut buffer,
            &header(&["wrong", "right", "silk"]),
            &mut OptionNames::default(),
        )
        .unwrap();
        assert_eq!(buffer.listing.title.as_deref(), Some("right"));
        assert_eq!(buffer.listing.attributes.material.as_deref(), Some("silk"));
        let unknown = [("colour_of_sky".to_string(), "x".to_string())].into();
        assert!(ColumnPlan::new(&header(&["x"]), ColumnSet::Generic, &unknown).is_err());
    }

    #[test]
    fn category_cells_name_the_checkers_categories() {
        assert_eq!(
            category_id("Apparel & Accessories > Clothing > Shirts"),
            Some("apparel")
        );
        assert_eq!(category_id("Платья"), Some("apparel"));
        assert_eq!(
            category_id("Бытовая техника > Чайники"),
            Some("electronics")
        );
        assert_eq!(category_id("女士连衣裙"), Some("apparel"));
        assert_eq!(category_id("Outdoor"), None);
        // The most specific known segment of a taxonomy path decides.
        assert_eq!(
            category_id("Apparel & Accessories > Shoes > Athletic Shoes"),
            Some("shoes")
        );
        assert_eq!(
            category_id("Apparel & Accessories > Jewelry > Smart Watches"),
            Some("electronics")
        );
        assert_eq!(
            category_id("Home & Garden > Household Appliances > Climate Control Appliances > Fans"),
            Some("electronics")
        );
        assert_eq!(
            category_id("Sporting Goods > Outdoor Recreation"),
            Some("generic")
        );
        // Whole words only: dressage saddles are not dresses.
        assert_eq!(category_id("Dressage saddles"), None);
        let plan = ColumnPlan::new(
            &header(&["title", "category"]),
            ColumnSet::Generic,
            &BTreeMap::new(),
        )
        .unwrap();
        let mut buffer = ListingBuffer::default();
        for _ in 0..2 {
            buffer.reset();
            plan.fill(
                &mut buffer,
                &header(&["x", "Jewelry"]),
                &mut OptionNames::default(),
            )
            .unwrap();
            // Jewelry is Shopify's own node for it, which needs neither sizes nor care.
            assert_eq!(buffer.listing.category.as_deref(), Some("generic"));
        }
    }

    #[test]
    fn html_descriptions_are_measured_as_text() {
        let mut text = String::new();
        plain_text("<p>Soft <b>cotton</b></p>\n<p> x </p>", &mut text);
        assert_eq!(text, "Soft cotton x");
    }

    #[test]
    fn a_reused_buffer_gives_the_listing_a_fresh_one_would() {
        let plan = ColumnPlan::new(
            &header(&["title", "description", "images", "sizes", "weight"]),
            ColumnSet::Generic,
            &BTreeMap::new(),
        )
        .unwrap();
        let rows = [
            header(&["Tee", "<p>Soft</p>", "a.jpg, b.jpg", "S;M", "200"]),
            header(&["", "", "c.jpg", "", ""]),
        ];
        let mut reused = ListingBuffer::default();
        for row in rows.iter().chain(&rows) {
            reused.reset();
            plan.fill(&mut reused, row, &mut OptionNames::default())
                .unwrap();
            let mut fresh = ListingBuffer::default();
            plan.fill(&mut fresh, row, &mut OptionNames::default())
                .unwrap();
            assert_eq!(reused.listing, fresh.listing);
        }
    }
}
