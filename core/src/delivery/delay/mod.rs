//! Delay notices for any storefront page: the official closures and peak seasons of the next days, on
//! the seller's side (they hold dispatch) and on the buyer's (they hold delivery), from the same
//! calendars and peak data as the estimate. Told before the order, they keep buyers from cancelling
//! parcels nobody said would be late.
//!
//! The steps: [`parse`] the query into a [`Query`] (the seller's local date, both calendars, the
//! window), then collect the origin's closures, the destination's closures, the peaks on the route and
//! the years the data does not fully cover, then sort.

use serde::Serialize;

use super::input::HandlingDays;
use super::instant::Instant;
use super::notices::{closures, coverage_gaps, notice, Notice};
use super::peaks::{peaks_between, Side};
use super::time_zone::TimeZone;
use super::{calendar_or_weekends, checked_range, country_code, MAX_HANDLING_DAYS};
use crate::calendar::WorkingDayCalendar;
use crate::date::Date;
use crate::error::InputError;
use crate::finding::Severity;
use crate::host::TimeZones;
use crate::locale::Locale;
use crate::messages::{self, Params};

/// How far ahead notices look when the caller does not say.
pub const DEFAULT_DAYS_AHEAD: u32 = 21;
/// The farthest ahead a page may ask: a year.
const MAX_DAYS_AHEAD: u32 = 366;

/// What a page knows when it asks for delay notices (the JS caller's `now`, `origin`, `destination`,
/// `daysAhead`, read by the wasm layer).
#[derive(Clone, Debug, PartialEq)]
pub struct DelayInput {
    /// The page's clock, RFC 3339 with an offset: the core reads no clock.
    pub now: String,
    pub origin: DelayOrigin,
    pub destination: Option<DelayDestination>,
    pub days_ahead: Option<u32>,
}

/// The seller's side: the same fields as the estimate's origin, the cutoff and handling optional.
#[derive(Clone, Debug, PartialEq)]
pub struct DelayOrigin {
    pub country: String,
    pub time_zone: String,
    /// Handling time in working days; its longest value decides which orders a closure delays.
    pub handling_days: Option<HandlingDays>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DelayDestination {
    pub country: String,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct DelayNotices {
    pub notices: Vec<Notice>,
}

/// A validated query: every field read once.
pub struct Query {
    /// Today on the seller's clock.
    pub today: Date,
    /// The last day a notice may start on.
    pub last_day: Date,
    pub origin: Calendar,
    pub destination: Option<Calendar>,
    /// The longest handling time, in origin working days.
    pub handling_max: u32,
}

/// A country and its working-day calendar.
pub struct Calendar {
    pub country: String,
    pub days: &'static WorkingDayCalendar,
}

impl Calendar {
    fn of(code: String) -> Calendar {
        let days = calendar_or_weekends(&code);
        Calendar {
            country: code,
            days,
        }
    }
}

/// The notices for `input`, on the seller's clock as `zones` reads it.
pub fn delay_notices(
    input: &DelayInput,
    zones: &dyn TimeZones,
    locale: Locale,
) -> Result<DelayNotices, InputError> {
    let query = parse(input, zones)?;
    let mut notices = Vec::new();
    for found in [
        dispatch_closures(&query, locale),
        delivery_closures(&query, locale),
        peak_seasons(&query, locale),
        coverage(&query, locale),
    ] {
        for notice in found {
            insert_by_start(&mut notices, notice);
        }
    }
    Ok(DelayNotices { notices })
}

/// Keeps `notices` by start, the seller's side first on the same day, and in arrival order otherwise.
/// A handful of notices: inserting in place costs far less code than the standard library's sort.
fn insert_by_start(notices: &mut Vec<Notice>, notice: Notice) {
    let key = |n: &Notice| (n.from, n.side != Some(Side::Origin));
    let at = notices
        .iter()
        .position(|n| key(n) > key(&notice))
        .unwrap_or(notices.len());
    notices.insert(at, notice);
}

/// Reads and checks every field; errors name the field.
pub fn parse(input: &DelayInput, zones: &dyn TimeZones) -> Result<Query, InputError> {
    let origin = country_code(&input.origin.country, "origin.country")?;
    let destination = input
        .destination
        .as_ref()
        .map(|d| country_code(&d.country, "destination.country"))
        .transpose()?;
    let now = Instant::parse_rfc3339(input.now.trim())
        .ok_or_else(|| InputError::new("malformed_order_time", "now").param("value", &input.now))?;
    let zone_name = input.origin.time_zone.trim();
    let (_, offset) = TimeZone::with_offset_at(zone_name, zones, now).ok_or_else(|| {
        InputError::new("unknown_time_zone", "origin.timeZone")
            .param("zone", &input.origin.time_zone)
    })?;
    let handling_max = match input.origin.handling_days {
        Some(days) => checked_range(days.range(), MAX_HANDLING_DAYS, "origin.handlingDays")?.max,
        None => 0,
    };
    let days_ahead = input.days_ahead.unwrap_or(DEFAULT_DAYS_AHEAD);
    if !(1..=MAX_DAYS_AHEAD).contains(&days_ahead) {
        return Err(InputError::new("invalid_days_ahead", "daysAhead")
            .param("value", days_ahead)
            .param("limit", MAX_DAYS_AHEAD));
    }
    let out_of_range = || InputError::new("date_out_of_range", "now");
    let today = now.local(offset).ok_or_else(out_of_range)?.date;
    let last_day = today
        .add_days(i64::from(days_ahead))
        .ok_or_else(out_of_range)?;
    Ok(Query {
        today,
        last_day,
        origin: Calendar::of(origin),
        destination: destination.map(Calendar::of),
        handling_max,
    })
}

/// Closures of the seller's country: dispatch stops, and orders from a few working days before wait.
fn dispatch_closures(query: &Query, locale: Locale) -> Vec<Notice> {
    let calendar = query.origin.days;
    let mut notices = Vec::new();
    for (from, to) in closures(calendar, query.today, query.last_day) {
        let Some(resume) = to.add_days(1).and_then(|d| calendar.next_working_day(d)) else {
            continue;
        };
        let orders_from = first_delayed_order(calendar, from, query.handling_max)
            .unwrap_or(from)
            .max(query.today);
        let mut params = side_params(&query.origin, (from, to));
        params.insert("resume".into(), resume.to_string());
        params.insert("ordersFrom".into(), orders_from.to_string());
        notices.push(delay_notice(
            "dispatch_closure",
            Side::Origin,
            (from, to),
            params,
            locale,
        ));
    }
    notices
}

/// The first day whose orders the closure starting on `from` delays: with handling of up to `n`
/// working days, an order started on working day w ships by w + n, so orders from n - 1 working days
/// before the last working day ahead of the closure on wait for it. With no handling time, the
/// closure's own days.
fn first_delayed_order(calendar: &WorkingDayCalendar, from: Date, n: u32) -> Option<Date> {
    if n == 0 {
        return Some(from);
    }
    let last_working = calendar.add_working_days(from, -1)?;
    calendar.add_working_days(last_working, -i64::from(n - 1))
}

/// Closures of the buyer's country: couriers and depots stop. Nothing when the parcel stays in the
/// seller's country, whose closures the dispatch notices already tell.
fn delivery_closures(query: &Query, locale: Locale) -> Vec<Notice> {
    let Some(destination) = query
        .destination
        .as_ref()
        .filter(|d| d.country != query.origin.country)
    else {
        return Vec::new();
    };
    closures(destination.days, query.today, query.last_day)
        .into_iter()
        .map(|(from, to)| {
            let params = side_params(destination, (from, to));
            delay_notice(
                "delivery_closure",
                Side::Destination,
                (from, to),
                params,
                locale,
            )
        })
        .collect()
}

/// Peaks on the route: on the seller's side they slow dispatch, on the buyer's delivery.
fn peak_seasons(query: &Query, locale: Locale) -> Vec<Notice> {
    // No destination: only the peaks every route from the origin has.
    let destination = query
        .destination
        .as_ref()
        .map_or("", |d| d.country.as_str());
    peaks_between(
        &query.origin.country,
        destination,
        query.today,
        query.last_day,
    )
    .into_iter()
    .map(|peak| {
        let mut params = Params::new();
        let name = messages::text(
            &format!("delivery_peak_name_{}", peak.code),
            locale,
            &Params::new(),
        );
        params.insert("peak".into(), name);
        params.insert("peakCode".into(), peak.code.to_string());
        params.insert("days".into(), peak.extra_days.max.to_string());
        // The estimate's words for a peak: `side` says whether it slows dispatch or delivery.
        delay_notice(
            "peak_season",
            peak.side,
            (peak.from, peak.to),
            params,
            locale,
        )
    })
    .collect()
}

/// Years of the window whose official calendar the data does not fully cover, per country once.
fn coverage(query: &Query, locale: Locale) -> Vec<Notice> {
    let mut notices = Vec::new();
    let sides = [
        (Side::Origin, Some(&query.origin)),
        (Side::Destination, query.destination.as_ref()),
    ];
    for (side, calendar) in sides {
        let Some(calendar) = calendar else { continue };
        if side == Side::Destination && calendar.country == query.origin.country {
            continue;
        }
        for mut notice in coverage_gaps(
            calendar.days,
            &calendar.country,
            query.today,
            query.last_day,
            locale,
        ) {
            notice.side = Some(side);
            notices.push(notice);
        }
    }
    notices
}

/// The country, and whether the calendars of the closure's years were checked against their decrees.
fn side_params(calendar: &Calendar, (from, to): (Date, Date)) -> Params {
    let mut params = Params::new();
    params.insert("country".into(), calendar.country.clone());
    let verified = (from.year()..=to.year()).all(|year| calendar.days.is_verified(year));
    params.insert("verified".into(), verified.to_string());
    params
}

/// A warning whose text is the message `delivery_{code}`, on `side`; `from` and `to` join the parameters.
fn delay_notice(
    code: &str,
    side: Side,
    span: (Date, Date),
    params: Params,
    locale: Locale,
) -> Notice {
    let mut notice = notice(code, Severity::Warning, locale, Some(span), params);
    notice.side = Some(side);
    notice
}

#[cfg(test)]
mod tests;
