//! What the checkout knows when it asks for an estimate, as the JS caller spells it (camelCase).

use std::fmt;

use serde::de::{self, MapAccess, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

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
#[derive(Clone, Copy, Debug, Serialize, PartialEq)]
#[serde(untagged)]
pub enum HandlingDays {
    Exact(u32),
    Range(DayRange),
}

/// By hand rather than `#[serde(untagged)]`: the untagged machinery buffers the value and costs the
/// checkout package several kilobytes for what is "a number or an object".
impl<'de> Deserialize<'de> for HandlingDays {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Days;
        impl<'de> Visitor<'de> for Days {
            type Value = HandlingDays;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a whole number of days or { min, max }")
            }

            fn visit_u64<E: de::Error>(self, n: u64) -> Result<HandlingDays, E> {
                u32::try_from(n)
                    .map(HandlingDays::Exact)
                    .map_err(|_| E::invalid_value(Unexpected::Unsigned(n), &self))
            }

            fn visit_i64<E: de::Error>(self, n: i64) -> Result<HandlingDays, E> {
                u64::try_from(n)
                    .map_err(|_| E::invalid_value(Unexpected::Signed(n), &self))
                    .and_then(|n| self.visit_u64(n))
            }

            fn visit_f64<E: de::Error>(self, n: f64) -> Result<HandlingDays, E> {
                if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n) {
                    Ok(HandlingDays::Exact(n as u32))
                } else {
                    Err(E::invalid_value(Unexpected::Float(n), &self))
                }
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<HandlingDays, A::Error> {
                DayRange::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(HandlingDays::Range)
            }
        }
        deserializer.deserialize_any(Days)
    }
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
