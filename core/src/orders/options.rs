//! What the caller tells the orders check, as JS spells it, and the same read once into checked values.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::stamp::SellerClock;
use crate::calendar::WorkingDayCalendar;
use crate::date::DayRange;
use crate::delivery::{HandlingDays, Instant, Method};
use crate::error::InputError;
use crate::host::TimeZones;
use crate::locale::Locale;

/// The handling time when the seller gives none: the 1-2 working days marketplaces expect, at its end.
const DEFAULT_HANDLING_DAYS: u32 = 2;
const DEFAULT_CUTOFF: &str = "14:00";
const MAX_HANDLING_DAYS: u32 = 60;
const MAX_HOLD_DAYS: u32 = 90;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OrdersFormat {
    #[default]
    Auto,
    OzonCsv,
    OzonXlsx,
    OzonApiJson,
    ShopifyCsv,
    Csv,
    Json,
}

impl OrdersFormat {
    pub fn name(self) -> &'static str {
        match self {
            OrdersFormat::Auto => "auto",
            OrdersFormat::OzonCsv => "ozon-csv",
            OrdersFormat::OzonXlsx => "ozon-xlsx",
            OrdersFormat::OzonApiJson => "ozon-api-json",
            OrdersFormat::ShopifyCsv => "shopify-csv",
            OrdersFormat::Csv => "csv",
            OrdersFormat::Json => "json",
        }
    }

    pub fn is_ozon(self) -> bool {
        matches!(
            self,
            OrdersFormat::OzonCsv | OrdersFormat::OzonXlsx | OrdersFormat::OzonApiJson
        )
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrdersOptions {
    /// The moment the board is drawn for, RFC 3339. The core reads no clock.
    pub now: String,
    pub seller: SellerOptions,
    #[serde(default)]
    pub format: OrdersFormat,
    #[serde(default)]
    pub encoding: Option<String>,
    /// Field name → header text, for a sheet whose columns the built-in names do not find.
    #[serde(default)]
    pub mapping: BTreeMap<String, String>,
    /// The seller's language: findings and the seller's own actions.
    #[serde(default)]
    pub locale: Locale,
    /// Days a pickup point holds a parcel, replacing the carriers' own.
    #[serde(default)]
    pub hold_days: Option<u32>,
    /// The shipping method, for the arrival estimate (default: air mail, the slowest).
    #[serde(default)]
    pub method: Option<Method>,
    /// The seller's own transit range, hand-over to arrival, replacing the route table.
    #[serde(default)]
    pub transit_days: Option<DayRange>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SellerOptions {
    /// ISO 3166-1 alpha-2 of the warehouse's country: its working-day calendar.
    pub country: String,
    /// IANA zone of the warehouse's clock; the export's times without an offset are on it.
    pub time_zone: String,
    /// "HH:MM": an order accepted later starts its handling the next working day.
    #[serde(default)]
    pub cutoff: Option<String>,
    #[serde(default)]
    pub handling_days: Option<HandlingDays>,
}

/// The options, checked.
pub struct Settings {
    pub now: Instant,
    pub clock: SellerClock,
    pub calendar: &'static WorkingDayCalendar,
    pub origin_country: String,
    pub cutoff_minute: u32,
    pub handling_days: u32,
    pub hold_days: Option<u32>,
    pub method: Method,
    pub transit_days: Option<DayRange>,
    pub locale: Locale,
}

impl Settings {
    pub fn new(
        options: &OrdersOptions,
        zones: &'static dyn TimeZones,
    ) -> Result<Settings, InputError> {
        let now = Instant::parse_rfc3339(&options.now).ok_or_else(|| {
            InputError::new("malformed_order_time", "now").param("value", &options.now)
        })?;
        let seller = &options.seller;
        let country = seller.country.trim().to_ascii_uppercase();
        if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(InputError::new("invalid_country_code", "seller.country")
                .param("country", &seller.country));
        }
        let clock = SellerClock::new(seller.time_zone.trim(), zones).ok_or_else(|| {
            InputError::new("unknown_time_zone", "seller.timeZone").param("zone", &seller.time_zone)
        })?;
        let cutoff = seller.cutoff.as_deref().unwrap_or(DEFAULT_CUTOFF).trim();
        let cutoff_minute = crate::delivery::parse_hh_mm(cutoff).ok_or_else(|| {
            InputError::new("malformed_cutoff", "seller.cutoff").param("value", cutoff)
        })?;
        let handling_days = seller
            .handling_days
            .map_or(DEFAULT_HANDLING_DAYS, |days| days.range().max);
        if handling_days > MAX_HANDLING_DAYS {
            return Err(InputError::new("days_out_of_range", "seller.handlingDays")
                .param("max", MAX_HANDLING_DAYS));
        }
        if options
            .hold_days
            .is_some_and(|d| d == 0 || d > MAX_HOLD_DAYS)
        {
            return Err(
                InputError::new("days_out_of_range", "holdDays").param("max", MAX_HOLD_DAYS)
            );
        }
        Ok(Settings {
            now,
            clock,
            calendar: WorkingDayCalendar::for_country(&country)
                .unwrap_or_else(WorkingDayCalendar::weekends_only),
            origin_country: country,
            cutoff_minute,
            handling_days,
            hold_days: options.hold_days,
            method: options.method.unwrap_or(Method::AirMail),
            transit_days: options.transit_days,
            locale: options.locale,
        })
    }
}
