//! Default transit ranges per route and method, from `core/data/delivery/transit.toml`.

use std::sync::OnceLock;

use serde::Deserialize;

use super::input::Method;
use crate::date::DayRange;

#[derive(Deserialize)]
pub struct RouteTimes {
    air_mail: DayRange,
    air_express: DayRange,
    express: DayRange,
    pub customs: DayRange,
    pub source: String,
}

impl RouteTimes {
    pub fn transit(&self, method: Method) -> DayRange {
        match method {
            Method::AirMail => self.air_mail,
            Method::AirExpress => self.air_express,
            Method::Express => self.express,
        }
    }
}

#[derive(Deserialize)]
struct Route {
    origin: String,
    destination: String,
    #[serde(flatten)]
    times: RouteTimes,
}

#[derive(Deserialize)]
struct TransitTable {
    default: RouteTimes,
    domestic: RouteTimes,
    route: Vec<Route>,
}

/// The times for a route: its own row, the domestic row within one country, else the default.
pub fn route_times(origin: &str, destination: &str) -> &'static RouteTimes {
    static TABLE: OnceLock<TransitTable> = OnceLock::new();
    let table = TABLE
        .get_or_init(|| crate::data::parse("delivery/transit", embedded_data!("delivery/transit")));
    if origin == destination {
        return &table.domestic;
    }
    table
        .route
        .iter()
        .find(|r| r.origin == origin && r.destination == destination)
        .map_or(&table.default, |r| &r.times)
}
