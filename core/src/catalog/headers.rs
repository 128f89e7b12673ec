//! Headers read by meaning, where an export's own names vary: Shopify's category metafield columns
//! (`Color (product.metafields.shopify.color-pattern)`), a store's custom metafields labelled in its
//! language (`Altura (product.metafields.custom.altura)`), and the columns a marketplace template adds
//! with a unit in the name (`Длина упаковки, мм*`, `Вес товара, кг`). The words come from
//! `[metafields]`, `[words]` and `qualifiers` in `core/data/catalog/columns.toml`.

use super::columns::{data, normalize, Field};
use super::number;

/// What a header names: the field, and the factor from the header's unit to the field's own (mm, g).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Meaning {
    pub field: Field,
    pub scale: f64,
}

/// The field a header means, if none of the format's own names matched it.
pub fn meaning(header: &str) -> Option<Meaning> {
    let header = normalize(header);
    let (label, unit) = match metafield(&header) {
        Some(Metafield::Standard(key)) => {
            let field = standard_metafield(key)?;
            return Some(Meaning { field, scale: 1.0 });
        }
        Some(Metafield::Custom(label)) => split_unit(label),
        None => split_unit(&header),
    };
    let field = field_of_label(label)?;
    let scale = match unit {
        None => 1.0,
        Some((measures, scale)) => {
            // A unit of something else: `цвет, мм` is no colour.
            if Measures::of(field) != Some(measures) {
                return None;
            }
            scale
        }
    };
    Some(Meaning { field, scale })
}

enum Metafield<'a> {
    /// A key of Shopify's standard taxonomy attributes (namespace `shopify`).
    Standard(&'a str),
    /// The label before the parenthesis of any other namespace's metafield.
    Custom(&'a str),
}

/// `Label (product.metafields.NAMESPACE.KEY)` or the same of a variant.
fn metafield(header: &str) -> Option<Metafield<'_>> {
    let (label, rest) = header.strip_suffix(')')?.rsplit_once('(')?;
    let path = rest
        .strip_prefix("product.metafields.")
        .or_else(|| rest.strip_prefix("variant.metafields."))?;
    let (namespace, key) = path.split_once('.')?;
    Some(match namespace {
        "shopify" => Metafield::Standard(key),
        _ => Metafield::Custom(label.trim()),
    })
}

fn standard_metafield(key: &str) -> Option<Field> {
    data()
        .metafields
        .iter()
        .find(|(_, keys)| keys.iter().any(|k| k == key))
        .and_then(|(name, _)| Field::from_name(name))
}

/// The label and the unit written after it (`вес товара, кг`, `height (cm)`), when that is a unit.
fn split_unit(header: &str) -> (&str, Option<(Measures, f64)>) {
    let written = header
        .rsplit_once(',')
        .or_else(|| header.strip_suffix(')').and_then(|h| h.rsplit_once('(')));
    match written.and_then(|(label, unit)| Some((label, unit_of(unit.trim())?))) {
        Some((label, unit)) => (label.trim(), Some(unit)),
        None => (header, None),
    }
}

/// A label is a field's word alone, or with a qualifier before or after it (`длина упаковки`,
/// `package weight`, `peso do produto`).
fn field_of_label(label: &str) -> Option<Field> {
    let d = data();
    let names_field = |word: &str| {
        d.words
            .iter()
            .find(|(_, words)| words.iter().any(|w| w == word))
            .and_then(|(name, _)| Field::from_name(name))
    };
    if let Some(field) = names_field(label) {
        return Some(field);
    }
    d.qualifiers.iter().find_map(|q| {
        let word = label
            .strip_suffix(q.as_str())
            .and_then(|w| w.strip_suffix(' '))
            .or_else(|| {
                label
                    .strip_prefix(q.as_str())
                    .and_then(|w| w.strip_prefix(' '))
            })?;
        names_field(word)
    })
}

/// A measure written with its unit, in the field's unit (mm, g): `12 cm`, `1,5 кг`, or the JSON of a
/// Shopify dimension or weight metafield, `{"value":12.0,"unit":"CENTIMETERS"}`.
pub fn measured(value: &str, field: Field) -> Option<f64> {
    let wanted = Measures::of(field)?;
    let (number, unit) = match json_measure(value) {
        Some((number, unit)) => (number::parse(number)?, unit.to_lowercase()),
        None => {
            let split = value
                .find(|c: char| c.is_alphabetic())
                .filter(|&at| at > 0)?;
            let (number, unit) = value.split_at(split);
            (number::parse(number)?, unit.trim().to_lowercase())
        }
    };
    let (measures, scale) = unit_of(&unit)?;
    (measures == wanted && number.is_finite()).then_some(number * scale)
}

/// The number and unit of a metafield measure's JSON, `{"value":12.5,"unit":"CENTIMETERS"}` (keys in
/// either order): two plain members, read without a JSON parser of their own in the package.
fn json_measure(text: &str) -> Option<(&str, &str)> {
    let body = text.trim().strip_prefix('{')?.strip_suffix('}')?;
    let member = |key: &str| {
        let (_, rest) = body.split_once(key)?;
        let rest = rest.trim_start().strip_prefix(':')?.trim_start();
        let end = rest.find([',', '}']).unwrap_or(rest.len());
        Some(rest.get(..end)?.trim())
    };
    let number = member("\"value\"")?.trim_matches('"');
    let unit = member("\"unit\"")?.strip_prefix('"')?.strip_suffix('"')?;
    Some((number, unit))
}

/// What a unit measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Measures {
    Length,
    Mass,
}

impl Measures {
    /// What the field holds a number of, if it holds one.
    fn of(field: Field) -> Option<Measures> {
        match field {
            Field::LengthMm | Field::WidthMm | Field::HeightMm => Some(Measures::Length),
            Field::WeightGrams => Some(Measures::Mass),
            _ => None,
        }
    }
}

/// A unit as templates write it, and how many millimetres or grams one is.
fn unit_of(unit: &str) -> Option<(Measures, f64)> {
    Some(match unit {
        // Shopify's metafield JSON spells units out in capitals (CENTIMETERS, KILOGRAMS).
        "мм" | "mm" | "毫米" | "millimeters" => (Measures::Length, 1.0),
        "см" | "cm" | "厘米" | "centimeters" => (Measures::Length, 10.0),
        "м" | "m" | "米" | "meters" => (Measures::Length, 1000.0),
        "in" | "inch" | "inches" | "дюйм" => (Measures::Length, 25.4),
        "ft" | "feet" => (Measures::Length, 304.8),
        "г" | "гр" | "g" | "gr" | "grams" | "克" => (Measures::Mass, 1.0),
        "кг" | "kg" | "公斤" | "千克" | "kilograms" => (Measures::Mass, 1000.0),
        "lb" | "lbs" | "pounds" => (Measures::Mass, 453.592_37),
        "oz" | "ounces" => (Measures::Mass, 28.349_523_125),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(header: &str) -> Option<(Field, f64)> {
        meaning(header).map(|m| (m.field, m.scale))
    }

    #[test]
    fn shopify_category_metafields_by_their_keys() {
        // Column names as Shopify's product export writes the standard category metafields.
        assert_eq!(
            read("Color (product.metafields.shopify.color-pattern)"),
            Some((Field::Color, 1.0))
        );
        assert_eq!(
            read("Fabric (product.metafields.shopify.fabric)"),
            Some((Field::Material, 1.0))
        );
        assert_eq!(
            read("Target gender (product.metafields.shopify.target-gender)"),
            Some((Field::Gender, 1.0))
        );
        assert_eq!(
            read("Age group (product.metafields.shopify.age-group)"),
            None
        );
    }

    #[test]
    fn custom_metafields_by_their_label_in_the_stores_language() {
        assert_eq!(
            read("Altura (product.metafields.custom.altura)"),
            Some((Field::HeightMm, 1.0))
        );
        assert_eq!(
            read("Comprimento (cm) (product.metafields.custom.comprimento)"),
            Some((Field::LengthMm, 10.0))
        );
        assert_eq!(
            read("Ширина (product.metafields.custom.shirina)"),
            Some((Field::WidthMm, 1.0))
        );
        assert_eq!(
            read("高 (product.metafields.custom.height)"),
            Some((Field::HeightMm, 1.0))
        );
        assert_eq!(
            read("Peso do produto (product.metafields.my_fields.peso)"),
            Some((Field::WeightGrams, 1.0))
        );
    }

    #[test]
    fn measures_with_their_own_unit() {
        assert_eq!(measured("12 cm", Field::LengthMm), Some(120.0));
        assert_eq!(measured("1,5 кг", Field::WeightGrams), Some(1500.0));
        assert_eq!(
            measured(r#"{"value":12.5,"unit":"CENTIMETERS"}"#, Field::HeightMm),
            Some(125.0)
        );
        assert_eq!(
            measured(r#"{"unit":"POUNDS","value":2.0}"#, Field::WeightGrams),
            Some(907.184_74)
        );
        assert_eq!(
            measured(r#"{ "value": "7", "unit": "MILLIMETERS" }"#, Field::WidthMm),
            Some(7.0)
        );
        assert_eq!(measured(r#"{"value":12.5}"#, Field::HeightMm), None);
        assert_eq!(measured("12 kg", Field::LengthMm), None);
        assert_eq!(measured("cm", Field::LengthMm), None);
        assert_eq!(measured("12 parsecs", Field::LengthMm), None);
    }

    #[test]
    fn template_columns_with_a_unit_in_the_name() {
        assert_eq!(read("Длина упаковки, см*"), Some((Field::LengthMm, 10.0)));
        assert_eq!(read("Вес товара, кг"), Some((Field::WeightGrams, 1000.0)));
        assert_eq!(
            read("Package weight (lb)"),
            Some((Field::WeightGrams, 453.592_37))
        );
        // A sleeve is not the package, and a colour has no length.
        assert_eq!(read("Длина рукава, см"), None);
        assert_eq!(read("Цвет, мм"), None);
    }
}
