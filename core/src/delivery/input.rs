//! What the checkout knows when it asks for an estimate, as the JS caller spells it (camelCase).

use serde::{Deserialize, Serialize};

use crate::date::DayRange;

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct EstimateInput {
    /// The order instant, RFC 3339 with an offset. The caller's clock: the core reads none.
    pub ordered_at: String,
    pub origin: Origin,
    pub destination: Destination,
    pub method: Method,
    pub delivery: LastMile,
    /// The seller's own transit range (hand-over to arrival, customs included); replaces the table.
    #[serde(default)]
    pub transit_days: Option<DayRange>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Origin {
    pub country: String,
    pub time_zone: String,
    /// Daily cutoff, "HH:MM" on the seller's clock.
    pub cutoff: String,
    pub handling_days: HandlingDays,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Destination {
    pub country: String,
    #[serde(default)]
    pub postal_code: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
}

/// Handling time in origin working days: one number or a range.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq)]
#[serde(untagged)]
pub enum HandlingDays {
    Exact(u32),
    Range(DayRange),
}

impl HandlingDays {
    pub fn range(self) -> DayRange {
        match self {
            HandlingDays::Exact(n) => DayRange { min: n, max: n },
            HandlingDays::Range(r) => r,
        }
    }
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Cheap and slow.
    AirMail,
    /// Air line-haul with an express last leg: between the other two.
    AirExpress,
    /// Fast and dear.
    Express,
}

impl Method {
    pub const ALL: [Method; 3] = [Method::AirMail, Method::AirExpress, Method::Express];
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum LastMile {
    PickupPoint,
    Courier,
}
