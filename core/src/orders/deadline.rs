//! Ship-by: the export's shipment deadline, or one computed from the order time with the seller's
//! handling days, cutoff and working-day calendar (as the checkout's estimate counts them); and how
//! close it is at `now`, in the seller's working days and hours.

use serde::Serialize;

use super::options::Settings;
use super::order::Order;
use super::stamp::Stamp;
use super::status::Status;
use crate::date::Date;
use crate::delivery::Instant;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ShipBySource {
    /// The export's own deadline (Ozon's `Дата отгрузки`, the API's `shipment_date`).
    Export,
    /// Computed from the order time and the seller's handling days.
    Computed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShipBy {
    /// The last instant the parcel may be handed over.
    pub at: Instant,
    /// Its day on the seller's calendar.
    pub date: Date,
    pub source: ShipBySource,
}

/// In the board's order: the most urgent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Overdue,
    DueToday,
    DueNextWorkingDay,
    OnTrack,
    /// Shipped, delivered, cancelled, or no deadline known.
    None,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Deadline {
    pub level: Level,
    /// Seller working days after today up to the deadline's day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_days_left: Option<i64>,
    /// Whole hours from `now` to the deadline; negative once it has passed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours_left: Option<i64>,
}

impl Deadline {
    pub const NONE: Deadline = Deadline {
        level: Level::None,
        working_days_left: None,
        hours_left: None,
    };
}

/// The order's ship-by, where one is known or can be computed.
pub fn ship_by(order: &Order, settings: &mut Settings) -> Option<ShipBy> {
    if let Some(stamp) = order.ship_by {
        let (at, date) = match stamp {
            // A date alone: the whole day is the seller's.
            Stamp::Local {
                date,
                dated_only: true,
                ..
            } => (settings.clock.instant_of(date.add_days(1)?, 0), date),
            Stamp::Local { date, second, .. } => {
                let at = settings.clock.instant_of(date, second);
                (at, last_day(at, settings))
            }
            Stamp::Exact(at) => (at, last_day(at, settings)),
        };
        return Some(ShipBy {
            at,
            date,
            source: ShipBySource::Export,
        });
    }
    let accepted = order.accepted_at?;
    let offset = settings.clock.offset_at(accepted);
    let local = accepted.local(offset)?;
    let calendar = settings.calendar;
    let start = if calendar.is_working_day(local.date) && local.minute < settings.cutoff_minute {
        local.date
    } else {
        calendar.next_working_day(local.date.add_days(1)?)?
    };
    let date = calendar.add_working_days(start, settings.handling_days.into())?;
    Some(ShipBy {
        at: settings.clock.instant_of(date.add_days(1)?, 0),
        date,
        source: ShipBySource::Computed,
    })
}

/// The seller's day a deadline falls on: a deadline at midnight ends the day before.
fn last_day(at: Instant, settings: &mut Settings) -> Date {
    settings.clock.date_of(Instant(at.0 - 1))
}

/// How close an open order's deadline is at `now`.
pub fn deadline(status: Status, ship_by: Option<ShipBy>, settings: &mut Settings) -> Deadline {
    let Some(ship_by) = ship_by.filter(|_| status == Status::Open) else {
        return Deadline::NONE;
    };
    let now = settings.now;
    let today = settings.clock.date_of(now);
    let calendar = settings.calendar;
    let level = if now >= ship_by.at {
        Level::Overdue
    } else if ship_by.date <= today {
        Level::DueToday
    } else if today
        .add_days(1)
        .and_then(|d| calendar.next_working_day(d))
        .is_none_or(|next| ship_by.date <= next)
    {
        Level::DueNextWorkingDay
    } else {
        Level::OnTrack
    };
    let working_days_left = (1..=today.days_until(ship_by.date).min(366))
        .filter_map(|n| today.add_days(n))
        .filter(|d| calendar.is_working_day(*d))
        .count() as i64;
    Deadline {
        level,
        working_days_left: Some(working_days_left),
        hours_left: Some((ship_by.at.0 - now.0).div_euclid(3600)),
    }
}

/// The seller's days off (holiday breaks with their weekends) from today up to the deadline's day.
pub fn closures_before(ship_by: ShipBy, settings: &mut Settings) -> Vec<(Date, Date)> {
    let today = settings.clock.date_of(settings.now);
    if ship_by.date < today {
        return Vec::new();
    }
    crate::delivery::closures(settings.calendar, today, ship_by.date)
}

/// The first day the seller can ship: today when it is a working day, else the next one.
pub fn next_shipping_day(settings: &mut Settings, after: Date) -> Date {
    settings.calendar.next_working_day(after).unwrap_or(after)
}
