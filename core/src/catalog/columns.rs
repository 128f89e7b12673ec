//! Which column of a header row feeds which listing field, from the mappings in
//! `core/data/catalog/columns.toml` and the user's own mapping, and how a row's cells become a listing.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::number;
use crate::listing::{Dimensions, Image, Listing, Weight};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ColumnData {
    shopify: BTreeMap<String, Vec<String>>,
    ozon: BTreeMap<String, Vec<String>>,
    generic: BTreeMap<String, Vec<String>>,
    options: BTreeMap<String, Vec<String>>,
    categories: BTreeMap<String, Vec<String>>,
}

fn data() -> &'static ColumnData {
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

/// The names of a product's options, by position.
pub type OptionNames = [Option<String>; 3];

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

/// The columns of one file, resolved once from its header row.
#[derive(Clone, Debug)]
pub struct ColumnPlan {
    /// (field, column index, header text) in column order.
    columns: Vec<(Field, usize, String)>,
    pub width: usize,
    /// Ozon exports prefix values with an apostrophe so that spreadsheets keep them as text.
    strip_apostrophe: bool,
}

impl ColumnPlan {
    /// Maps `header` with `set`; `overrides` (field name -> header text) replace the data's aliases.
    pub fn new(
        header: &[String],
        set: ColumnSet,
        overrides: &BTreeMap<String, String>,
    ) -> Result<Self, String> {
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
            add_matches(&mut columns, field, &wanted, &normalized, header);
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
                header,
            );
        }
        columns.sort_by_key(|(_, index, _)| *index);
        Ok(ColumnPlan {
            columns,
            width: header.len(),
            strip_apostrophe: set == ColumnSet::Ozon,
        })
    }

    pub fn has(&self, field: Field) -> bool {
        self.columns.iter().any(|(f, _, _)| *f == field)
    }

    /// How many distinct listing fields the header feeds.
    pub fn mapped_fields(&self) -> usize {
        let mut fields: Vec<Field> = self.columns.iter().map(|(f, _, _)| *f).collect();
        fields.dedup();
        fields.sort();
        fields.dedup();
        fields.len()
    }

    /// The cleaned value of `field` in `cells`: the first non-empty one.
    pub fn value<'a>(&self, cells: &'a [String], field: Field) -> Option<&'a str> {
        self.columns
            .iter()
            .filter(|(f, _, _)| *f == field)
            .find_map(|(_, i, _)| self.clean(cells.get(*i)?))
    }

    fn clean<'a>(&self, cell: &'a str) -> Option<&'a str> {
        let mut value = cell.trim();
        if self.strip_apostrophe {
            value = value.strip_prefix('\'').unwrap_or(value).trim();
        }
        (!value.is_empty()).then_some(value)
    }

    /// Adds the row's cells to `listing`. A number column holding text is the row's error: the column's
    /// header text and the value. `option_names` carries Shopify's option names (given on a product's
    /// first row only) to the rows after it.
    pub fn fill(
        &self,
        listing: &mut Listing,
        cells: &[String],
        option_names: &mut OptionNames,
    ) -> Result<(), (String, String)> {
        let mut values: [Option<&str>; 3] = [None; 3];
        for (field, index, header) in &self.columns {
            let Some(value) = cells.get(*index).and_then(|c| self.clean(c)) else {
                continue;
            };
            if field.is_number() {
                let n = number::parse(value).ok_or_else(|| (header.clone(), value.to_string()))?;
                set_number(listing, *field, n);
                continue;
            }
            match field {
                Field::OptionName(n) => option_names[usize::from(n - 1)] = Some(value.to_string()),
                Field::OptionValue(n) => values[usize::from(n - 1)] = Some(value),
                _ => set_text(listing, *field, value),
            }
        }
        for (name, value) in option_names.iter().zip(values) {
            if let (Some(name), Some(value)) = (name, value) {
                set_option(listing, name, value);
            }
        }
        Ok(())
    }

    /// Checks every number cell without changing anything, so a bad row can be refused whole.
    pub fn number_error(&self, cells: &[String]) -> Option<(String, String)> {
        self.columns.iter().find_map(|(field, index, header)| {
            let value = cells.get(*index).and_then(|c| self.clean(c))?;
            (field.is_number() && number::parse(value).is_none())
                .then(|| (header.clone(), value.to_string()))
        })
    }
}

fn add_matches(
    columns: &mut Vec<(Field, usize, String)>,
    field: Field,
    wanted: &[String],
    normalized: &[String],
    header: &[String],
) {
    for (index, name) in normalized.iter().enumerate() {
        let taken = columns.iter().any(|(f, i, _)| *i == index && *f == field);
        if !taken && wanted.contains(name) {
            columns.push((field, index, header[index].trim().to_string()));
        }
    }
}

fn set_text(listing: &mut Listing, field: Field, value: &str) {
    let text = || Some(value.to_string());
    let a = &mut listing.attributes;
    match field {
        Field::Key => {}
        Field::Id => listing.id = listing.id.take().or_else(text),
        Field::Title => listing.title = listing.title.take().or_else(text),
        Field::Description => {
            listing.description = listing
                .description
                .take()
                .or_else(|| Some(plain_text(value)))
        }
        Field::Category => {
            listing.category = listing
                .category
                .take()
                .or_else(|| Some(category_id(value).unwrap_or(value).to_string()))
        }
        Field::Brand => listing.brand = listing.brand.take().or_else(text),
        Field::Currency => listing.currency = listing.currency.take().or_else(text),
        Field::Video => listing.video = listing.video.take().or_else(text),
        Field::Images => {
            for url in split_list(value) {
                if !listing.images.iter().any(|i| i.url == url) {
                    listing.images.push(Image {
                        url: url.to_string(),
                        width: None,
                        height: None,
                    });
                }
            }
        }
        Field::Color => a.color = a.color.take().or_else(text),
        Field::Sizes => push_unique(&mut a.sizes, split_list(value)),
        Field::SizeChart => a.size_chart = a.size_chart.take().or_else(text),
        Field::Material => a.material = a.material.take().or_else(text),
        Field::Care => a.care = a.care.take().or_else(text),
        Field::Gender => a.gender = a.gender.take().or_else(text),
        Field::IncludedItems => push_unique(&mut a.included_items, split_list(value)),
        Field::Voltage => a.voltage = a.voltage.take().or_else(text),
        Field::PlugType => a.plug_type = a.plug_type.take().or_else(text),
        Field::Warranty => a.warranty = a.warranty.take().or_else(text),
        Field::Shipping => listing.shipping = listing.shipping.take().or_else(text),
        Field::Returns => listing.returns = listing.returns.take().or_else(text),
        _ => {}
    }
}

fn set_number(listing: &mut Listing, field: Field, n: f64) {
    let dimensions = || Dimensions {
        unit: "mm".into(),
        ..Dimensions::default()
    };
    match field {
        Field::Price => listing.price = listing.price.or(Some(n)),
        Field::OldPrice => listing.old_price = listing.old_price.or(Some(n)),
        // Shopify writes 0 grams for "not given".
        Field::WeightGrams if n > 0.0 && listing.attributes.weight.is_none() => {
            listing.attributes.weight = Some(Weight {
                value: n,
                unit: "g".into(),
            })
        }
        Field::LengthMm => {
            listing
                .attributes
                .dimensions
                .get_or_insert_with(dimensions)
                .length = n
        }
        Field::WidthMm => {
            listing
                .attributes
                .dimensions
                .get_or_insert_with(dimensions)
                .width = n
        }
        Field::HeightMm => {
            listing
                .attributes
                .dimensions
                .get_or_insert_with(dimensions)
                .height = n
        }
        _ => {}
    }
}

/// A Shopify option such as Size = M feeds the attribute it names; others are kept as they are.
fn set_option(listing: &mut Listing, name: &str, value: &str) {
    let key = normalize(name);
    let names = &data().options;
    let is = |attribute: &str| names.get(attribute).is_some_and(|n| n.contains(&key));
    let a = &mut listing.attributes;
    if is("sizes") {
        push_unique(&mut a.sizes, std::iter::once(value));
    } else if is("color") {
        a.color = a.color.take().or_else(|| Some(value.to_string()));
    } else if is("material") {
        a.material = a.material.take().or_else(|| Some(value.to_string()));
    }
}

/// The listing checker's category for a category cell, by the words in `[categories]`.
fn category_id(value: &str) -> Option<&'static str> {
    let lower = value.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    data().categories.iter().find_map(|(id, keywords)| {
        keywords
            .iter()
            .any(|k| {
                let cjk = k.chars().any(|c| u32::from(c) >= 0x2E80);
                if cjk || k.contains(' ') {
                    lower.contains(k.as_str())
                } else {
                    words.contains(&k.as_str())
                }
            })
            .then_some(id.as_str())
    })
}

fn push_unique<'a>(list: &mut Vec<String>, values: impl Iterator<Item = &'a str>) {
    for value in values {
        if !list.iter().any(|v| v == value) {
            list.push(value.to_string());
        }
    }
}

/// Items of a list cell: separated by commas, semicolons, line breaks or `|`.
fn split_list(value: &str) -> impl Iterator<Item = &str> {
    value
        .split([',', ';', '\n', '\r', '|'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The text of an HTML description (Shopify's "Body (HTML)"), so that its length is the reader's.
fn plain_text(html: &str) -> String {
    if !html.contains('<') {
        return html.to_string();
    }
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
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
        let mut listing = Listing::default();
        plan.fill(
            &mut listing,
            &header(&["wrong", "right", "silk"]),
            &mut OptionNames::default(),
        )
        .unwrap();
        assert_eq!(listing.title.as_deref(), Some("right"));
        assert_eq!(listing.attributes.material.as_deref(), Some("silk"));
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
        // Whole words only: dressage saddles are not dresses.
        assert_eq!(category_id("Dressage saddles"), None);
        let plan = ColumnPlan::new(
            &header(&["title", "category"]),
            ColumnSet::Generic,
            &BTreeMap::new(),
        )
        .unwrap();
        let mut listing = Listing::default();
        plan.fill(
            &mut listing,
            &header(&["x", "Jewelry"]),
            &mut OptionNames::default(),
        )
        .unwrap();
        assert_eq!(listing.category.as_deref(), Some("Jewelry"));
    }

    #[test]
    fn html_descriptions_are_measured_as_text() {
        assert_eq!(plain_text("<p>Soft <b>cotton</b></p>"), "Soft cotton");
    }
}
