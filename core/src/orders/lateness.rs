//! The seller's lateness record: an order handed over after its deadline is late, and over the 14
//! calendar days before today (today left out, as Ozon counts) the share of late handovers and of
//! cancellations by the seller stand beside the marketplace's published thresholds
//! (`core/data/orders/quality.toml`).

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::deadline::ShipBy;
use super::order::{Initiator, Order};
use super::stamp::SellerClock;
use super::status::Status;
use crate::date::Date;
use crate::delivery::Instant;

/// The window the board's record looks back over.
pub const WINDOW_DAYS: i64 = 14;

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(rename_all(serialize = "camelCase"), deny_unknown_fields)]
pub struct Threshold {
    pub marketplace: String,
    /// "fbs", "rfbs" or "all".
    pub scheme: String,
    pub metric: String,
    pub level: String,
    pub share: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_days: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_percent: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_min_rub: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_max_rub: Option<u32>,
    pub consequence: String,
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub verified: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Deserialize)]
struct QualityData {
    thresholds: Vec<Threshold>,
}

pub fn thresholds() -> &'static [Threshold] {
    static DATA: OnceLock<QualityData> = OnceLock::new();
    &DATA
        .get_or_init(|| crate::data::parse("orders/quality", embedded_data!("orders/quality")))
        .thresholds
}

/// The record's window on the seller's clock: the first instant of the 14 days before `today`, and the
/// first of `today`.
pub fn window(today: Date, clock: &mut SellerClock) -> (Instant, Instant) {
    let start = today.add_days(-WINDOW_DAYS).unwrap_or(today);
    (clock.instant_of(start, 0), clock.instant_of(today, 0))
}

/// Whether a shipped order went out after its deadline.
pub fn handed_over_late(order: &Order, ship_by: Option<ShipBy>) -> Option<bool> {
    let handed_over = order.handed_over_at?;
    Some(handed_over > ship_by?.at)
}

/// The last 14 days' record, counted as orders are checked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Record {
    /// Orders whose deadline fell in the window and that were handed over, or are still open past it.
    pub due: u32,
    pub late: u32,
    /// Orders accepted in the window, and those of them the seller cancelled.
    pub accepted: u32,
    pub seller_cancelled: u32,
    /// Cancelled orders in the window whose initiator the export does not say.
    pub cancelled_unknown: u32,
}

impl Record {
    /// Counts an order; `window` is the first instant of the 14 days and the first of today.
    pub fn count(
        &mut self,
        order: &Order,
        ship_by: Option<ShipBy>,
        late: Option<bool>,
        window: (Instant, Instant),
    ) {
        let (from, to) = window;
        let in_window = |at: Instant| at >= from && at < to;
        if ship_by.is_some_and(|s| in_window(s.at)) {
            match (order.status, late) {
                (_, Some(late)) => {
                    self.due += 1;
                    self.late += u32::from(late);
                }
                // Still open past its deadline: late whenever it goes.
                (Status::Open, None) => {
                    self.due += 1;
                    self.late += 1;
                }
                _ => {}
            }
        }
        if order.accepted_at.is_some_and(in_window) {
            self.accepted += 1;
            if order.status == Status::Cancelled {
                match order.cancelled_by {
                    Some(Initiator::Seller) => self.seller_cancelled += 1,
                    Some(_) => {}
                    None => self.cancelled_unknown += 1,
                }
            }
        }
    }

    pub fn late_share(&self) -> Option<f64> {
        (self.due > 0).then(|| f64::from(self.late) / f64::from(self.due))
    }

    /// `None` when nothing was accepted in the window, or some cancellation's initiator is unknown
    /// (the share would then be a guess).
    pub fn seller_cancellation_share(&self) -> Option<f64> {
        (self.accepted > 0 && self.cancelled_unknown == 0)
            .then(|| f64::from(self.seller_cancelled) / f64::from(self.accepted))
    }
}
