//! Default transit ranges per route and method, from `core/data/delivery/transit.toml`.

use std::sync::OnceLock;

use super::input::Method;
use crate::date::DayRange;
use crate::record::Record;

pub struct RouteTimes {
    air_mail: DayRange,
    air_express: DayRange,
    express: DayRange,
    pub customs: DayRange,
    pub source: String,
}

impl RouteTimes {
    fn read(row: Record, extra: &[&str]) -> RouteTimes {
        let known = ["air_mail", "air_express", "express", "customs", "source"];
        let known: Vec<&str> = known.iter().chain(extra).copied().collect();
        let row = row.keys(&known);
        RouteTimes {
            air_mail: row.get("air_mail").day_range(),
            air_express: row.get("air_express").day_range(),
            express: row.get("express").day_range(),
            customs: row.get("customs").day_range(),
            source: row.get("source").str().to_string(),
        }
    }

    pub fn transit(&self, method: Method) -> DayRange {
        match method {
            Method::AirMail => self.air_mail,
            Method::AirExpress => self.air_express,
            Method::Express => self.express,
        }
    }
}

struct TransitTable {
    default: RouteTimes,
    domestic: RouteTimes,
    /// (origin, destination, times)
    routes: Vec<(String, String, RouteTimes)>,
}

/// The times for a route: its own row, the domestic row within one country, else the default.
pub fn route_times(origin: &str, destination: &str) -> &'static RouteTimes {
    static TABLE: OnceLock<TransitTable> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let file = Record::new(static_data!("delivery/transit"), "delivery/transit")
            .keys(&["default", "domestic", "route"]);
        TransitTable {
            default: RouteTimes::read(file.get("default"), &[]),
            domestic: RouteTimes::read(file.get("domestic"), &[]),
            routes: file
                .get("route")
                .items()
                .map(|row| {
                    let origin = row.get("origin").str().to_string();
                    let destination = row.get("destination").str().to_string();
                    (
                        origin,
                        destination,
                        RouteTimes::read(row, &["origin", "destination"]),
                    )
                })
                .collect(),
        }
    });
    if origin == destination {
        return &table.domestic;
    }
    table
        .routes
        .iter()
        .find(|(o, d, _)| o == origin && d == destination)
        .map_or(&table.default, |(_, _, times)| times)
}
