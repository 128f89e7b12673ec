//! A marketplace listing as sellers describe it. Field names are camelCase on the wire; attributes
//! orderguard does not know are kept in `attributes.other`, never rejected.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

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

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Image {
    pub url: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct Attributes {
    pub color: Option<String>,
    pub sizes: Vec<String>,
    pub size_chart: Option<String>,
    pub material: Option<String>,
    pub care: Option<String>,
    pub gender: Option<String>,
    pub dimensions: Option<Dimensions>,
    pub weight: Option<Weight>,
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
