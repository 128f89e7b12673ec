//! The delivery-date estimate a buyer sees at checkout and the ship-by date the seller must meet,
//! counted on the official working-day calendars of both countries.
//!
//! Handling: an order placed on an origin working day before the cutoff (seller's clock) starts
//! counting that day, otherwise on the next origin working day; `shipBy` is the n-th origin working day
//! after the start day (n = 0: the start day). Transit (customs included) and remote-area days are
//! calendar days; peaks add to the latest date. The last mile: a courier delivers on a destination
//! working day, a pickup point is open every day but the main public holidays.

mod delay;
mod input;
mod instant;
mod notices;
mod peaks;
mod time_zone;
mod transit;

use serde::Serialize;

use crate::address;
use crate::calendar::WorkingDayCalendar;
use crate::date::{Date, DayRange};
use crate::error::InputError;
use crate::host::TimeZones;
use crate::locale::Locale;

pub use delay::{delay_notices, DelayDestination, DelayInput, DelayNotices, DelayOrigin};
pub use input::{Destination, EstimateInput, HandlingDays, LastMile, Method, Origin};
pub use instant::{parse_hh_mm, Instant};
#[cfg(feature = "orders")]
pub(crate) use notices::closures;
pub use notices::Notice;
pub use peaks::{black_friday, Side};
pub use time_zone::TimeZone;
#[cfg(feature = "orders")]
pub(crate) use transit::route_times;

/// Longest handling time accepted, in working days.
const MAX_HANDLING_DAYS: u32 = 60;
/// Longest transit accepted, in calendar days.
const MAX_TRANSIT_DAYS: u32 = 365;

#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Estimate {
    pub ship_by: Date,
    pub earliest: Date,
    pub latest: Date,
    pub cutoff: Cutoff,
    pub notices: Vec<Notice>,
    pub breakdown: Breakdown,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Cutoff {
    /// The order was placed on an origin working day before the cutoff: handling starts today.
    pub before_cutoff: bool,
    /// The next cutoff that starts handling, RFC 3339 on the seller's clock.
    pub next_cutoff: String,
    /// Whole minutes from the order instant to `nextCutoff`.
    pub minutes_left: i64,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Breakdown {
    /// The order instant on the seller's clock.
    pub ordered_local: String,
    pub handling_start: Date,
    pub handling_days: DayRange,
    /// The earliest day the parcel can ship (handling `min` days).
    pub ship_earliest: Date,
    pub transit_days: DayRange,
    /// "seller" when the seller's `transitDays` was used, else the table's source.
    pub transit_source: String,
    /// Import clearance inside the transit range (from the table; absent for a seller's range).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customs_days: Option<DayRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_area: Option<address::RemoteArea>,
    pub peak_days: DayRange,
    /// Arrival at the destination depot or pickup point, before the last mile.
    pub arrival_earliest: Date,
    pub arrival_latest: Date,
    pub last_mile: LastMile,
}

/// The estimate for one order, on the seller's clock as `zones` (the host's tz database) reads it.
/// Errors name the field that makes it impossible.
pub fn estimate(
    input: &EstimateInput,
    zones: &dyn TimeZones,
    locale: Locale,
) -> Result<Estimate, InputError> {
    let origin_country = country_code(&input.origin.country, "origin.country")?;
    let destination_country = country_code(&input.destination.country, "destination.country")?;
    let now = Instant::parse_rfc3339(&input.ordered_at).ok_or_else(|| {
        InputError::new("malformed_order_time", "orderedAt").param("value", &input.ordered_at)
    })?;
    let zone_name = input.origin.time_zone.trim();
    let (zone, offset_now) = TimeZone::with_offset_at(zone_name, zones, now).ok_or_else(|| {
        InputError::new("unknown_time_zone", "origin.timeZone")
            .param("zone", &input.origin.time_zone)
    })?;
    let cutoff_minute = instant::parse_hh_mm(input.origin.cutoff.trim()).ok_or_else(|| {
        InputError::new("malformed_cutoff", "origin.cutoff").param("value", &input.origin.cutoff)
    })?;
    let handling = checked_range(
        input.origin.handling_days.range(),
        MAX_HANDLING_DAYS,
        "origin.handlingDays",
    )?;
    let seller_transit = input
        .transit_days
        .map(|r| checked_range(r, MAX_TRANSIT_DAYS, "transitDays"))
        .transpose()?;
    let out_of_range = || InputError::new("date_out_of_range", "orderedAt");

    let origin = calendar_or_weekends(&origin_country);
    let destination = calendar_or_weekends(&destination_country);

    // Handling, on the seller's clock.
    let local = now.local(offset_now).ok_or_else(out_of_range)?;
    let before_cutoff = origin.is_working_day(local.date) && local.minute < cutoff_minute;
    let start = if before_cutoff {
        local.date
    } else {
        let tomorrow = local.date.add_days(1).ok_or_else(out_of_range)?;
        origin.next_working_day(tomorrow).ok_or_else(out_of_range)?
    };
    let next_cutoff = zone.instant_of(start, cutoff_minute);
    let add_handling = |n: u32| {
        origin
            .add_working_days(start, n.into())
            .ok_or_else(out_of_range)
    };
    let ship_earliest = add_handling(handling.min)?;
    let ship_by = add_handling(handling.max)?;

    // Transit, customs, remote area and peaks, in calendar days.
    let route = transit::route_times(&origin_country, &destination_country);
    let (transit, transit_source, customs) = match seller_transit {
        Some(range) => (range, "seller".to_string(), None),
        None => (
            route.transit(input.method),
            route.source.clone(),
            Some(route.customs),
        ),
    };
    let region = input
        .destination
        .region
        .as_deref()
        .and_then(|r| address::region_code(&destination_country, r));
    let remote = address::remote_area(
        &destination_country,
        region.as_deref(),
        input.destination.postal_code.as_deref(),
    );
    let remote_days = remote.as_ref().map(|r| r.extra_days).unwrap_or_default();
    // Peaks that overlap the window before their own extra days are added.
    let unpeaked_latest = ship_by
        .add_days(i64::from(transit.max + remote_days.max))
        .ok_or_else(out_of_range)?;
    let peaks = peaks::peaks_between(
        &origin_country,
        &destination_country,
        local.date,
        unpeaked_latest,
    );
    let peak_days = DayRange {
        min: peaks.iter().map(|p| p.extra_days.min).sum(),
        max: peaks.iter().map(|p| p.extra_days.max).sum(),
    };
    let days = |from: Date, n: u32| from.add_days(n.into()).ok_or_else(out_of_range);
    let arrival_earliest = days(ship_earliest, transit.min + remote_days.min + peak_days.min)?;
    let arrival_latest = days(ship_by, transit.max + remote_days.max + peak_days.max)?;

    // Last mile; a parcel is never delivered on the day it ships.
    let deliverable = |day: Date| -> Result<Date, InputError> {
        let mut day = day;
        loop {
            let open = match input.delivery {
                LastMile::Courier => destination.is_working_day(day),
                LastMile::PickupPoint => destination.is_pickup_open(day),
            };
            if open {
                return Ok(day);
            }
            day = day.add_days(1).ok_or_else(out_of_range)?;
        }
    };
    let after_ship = days(ship_by, 1)?;
    let earliest = deliverable(arrival_earliest.max(after_ship))?;
    let latest = deliverable(arrival_latest.max(earliest))?;

    let notices = notices::collect(&notices::Context {
        locale,
        origin,
        origin_country: &origin_country,
        destination,
        destination_country: &destination_country,
        ordered: local.date,
        ship_by,
        latest,
        remote: remote.as_ref(),
        peaks: &peaks,
    });
    Ok(Estimate {
        ship_by,
        earliest,
        latest,
        cutoff: Cutoff {
            before_cutoff,
            next_cutoff: next_cutoff.to_rfc3339(zone.offset_at(next_cutoff)),
            minutes_left: (next_cutoff.0 - now.0).div_euclid(60),
        },
        notices,
        breakdown: Breakdown {
            ordered_local: now.to_rfc3339(offset_now),
            handling_start: start,
            handling_days: handling,
            ship_earliest,
            transit_days: transit,
            transit_source,
            customs_days: customs,
            remote_area: remote,
            peak_days,
            arrival_earliest,
            arrival_latest,
            last_mile: input.delivery,
        },
    })
}

/// Reads an ISO 3166-1 alpha-2 code in any case. Out of line, as the checks below: several callers
/// share one copy in the checkout package.
#[inline(never)]
fn country_code(text: &str, field: &str) -> Result<String, InputError> {
    let code = text.trim().to_ascii_uppercase();
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err(InputError::new("invalid_country_code", field).param("country", text))
    }
}

#[inline(never)]
fn checked_range(range: DayRange, limit: u32, field: &str) -> Result<DayRange, InputError> {
    if range.min <= range.max && range.max <= limit {
        Ok(range)
    } else {
        Err(InputError::new("invalid_day_range", field).param("limit", limit))
    }
}

/// The country's calendar, or ordinary weekends for a country without one (reported as not covered).
fn calendar_or_weekends(country: &str) -> &'static WorkingDayCalendar {
    WorkingDayCalendar::for_country(country).unwrap_or_else(WorkingDayCalendar::weekends_only)
}

#[cfg(test)]
mod tests;
