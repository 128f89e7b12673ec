//! A marketplace listing as sellers describe it. Field names are camelCase on the wire; attributes
//! orderguard does not know are kept in `attributes.other`, never rejected.
//!
//! The shape is strict where a wrong type means the caller sent something else than a listing (a number
//! for the title, a string for the price): that is an error naming the field. Values of the right type
//! that make a poor listing (a negative price, a blank title) are the checker's findings.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct Listing {
    pub id: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    /// A category id such as `apparel` or `electronics`; unknown ones get the generic rules.
    pub category: Option<String>,
    pub brand: Option<String>,
    pub price: Option<f64>,
    pub old_price: Option<f64>,
    pub currency: Option<String>,
    pub images: Vec<Image>,
    pub video: Option<String>,
    pub attributes: Attributes,
    pub shipping: Option<String>,
    pub returns: Option<String>,
}

/// A photo: its URL and, where known, its size in pixels. On the wire either `{ url, width?, height? }`
/// or just the URL as a string.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Image {
    pub url: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ImageObject {
    url: String,
    width: Option<u32>,
    height: Option<u32>,
}

impl<'de> Deserialize<'de> for Image {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ImageVisitor;
        impl<'de> Visitor<'de> for ImageVisitor {
            type Value = Image;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an image URL or an object { url, width?, height? }")
            }
            fn visit_str<E: de::Error>(self, url: &str) -> Result<Image, E> {
                Ok(Image {
                    url: url.to_string(),
                    width: None,
                    height: None,
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Image, A::Error> {
                let image = ImageObject::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Image {
                    url: image.url,
                    width: image.width,
                    height: image.height,
                })
            }
        }
        deserializer.deserialize_any(ImageVisitor)
    }
}

/// Reads a list of short texts: an array of strings or numbers (shoe sizes are often numbers), or one
/// string separated by commas or semicolons, as sellers paste it.
fn text_list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    struct TextListVisitor;
    impl<'de> Visitor<'de> for TextListVisitor {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a list of strings or numbers, or a comma-separated string")
        }
        fn visit_str<E: de::Error>(self, text: &str) -> Result<Vec<String>, E> {
            Ok(text
                .split([',', ';'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect())
        }
        fn visit_unit<E: de::Error>(self) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }
        fn visit_none<E: de::Error>(self) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<String>, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element::<TextOrNumber>()? {
                items.push(item.0);
            }
            Ok(items)
        }
    }
    deserializer.deserialize_any(TextListVisitor)
}

struct TextOrNumber(String);

impl<'de> Deserialize<'de> for TextOrNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ItemVisitor;
        impl Visitor<'_> for ItemVisitor {
            type Value = TextOrNumber;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<TextOrNumber, E> {
                Ok(TextOrNumber(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<TextOrNumber, E> {
                Ok(TextOrNumber(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<TextOrNumber, E> {
                Ok(TextOrNumber(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<TextOrNumber, E> {
                Ok(TextOrNumber(v.to_string()))
            }
        }
        deserializer.deserialize_any(ItemVisitor)
    }
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct Attributes {
    pub color: Option<String>,
    #[serde(deserialize_with = "text_list")]
    pub sizes: Vec<String>,
    pub size_chart: Option<String>,
    pub material: Option<String>,
    pub care: Option<String>,
    pub gender: Option<String>,
    pub dimensions: Option<Dimensions>,
    pub weight: Option<Weight>,
    #[serde(deserialize_with = "text_list")]
    pub included_items: Vec<String>,
    pub voltage: Option<String>,
    pub plug_type: Option<String>,
    pub warranty: Option<String>,
    /// Attributes without a field of their own, kept as given.
    #[serde(flatten)]
    pub other: BTreeMap<String, serde_json::Value>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct Dimensions {
    pub length: f64,
    pub width: f64,
    pub height: f64,
    pub unit: String,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct Weight {
    pub value: f64,
    pub unit: String,
}
