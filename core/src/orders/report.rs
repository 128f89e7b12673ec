//! The board's result: every order checked, every row that is no order as a row error, and the summary
//! its headline reads (the deadlines at hand, the 14-day record beside the marketplace's thresholds).

use std::collections::BTreeMap;

use serde::Serialize;

use super::book::StoredRowError;
use super::check::CheckedOrder;
use super::deadline::Level;
use super::lateness::{self, Record, Threshold};
use super::status::Status;
use crate::date::Date;
use crate::finding::Severity;
use crate::locale::Locale;
use crate::messages::{self, Params};

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrdersReport {
    pub format: &'static str,
    /// The encoding the text was read in; `None` for a workbook.
    pub encoding: Option<&'static str>,
    /// The encoding was a guess among legacy code pages (the user may need to choose another).
    pub encoding_guessed: bool,
    pub header_row: Option<u32>,
    /// Data rows read (below the header).
    pub rows: u32,
    /// Lines above the header, and empty lines.
    pub skipped_rows: Vec<u32>,
    /// The seller's date at `now`.
    pub today: Date,
    /// Today and the seller's next working days, two weeks of them: the days a deadline chart shows.
    pub working_days: Vec<Date>,
    pub orders: Vec<CheckedOrder>,
    pub row_errors: Vec<RowError>,
    pub summary: Summary,
    /// Whether Ozon's report labels were read from a verified list.
    pub status_labels_verified: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RowError {
    pub line: u32,
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
}

impl RowError {
    pub fn render(stored: &StoredRowError, locale: Locale) -> RowError {
        let mut params = Params::new();
        params.insert("row".into(), stored.line.to_string());
        for (name, value) in &stored.params {
            params.insert(name.to_string(), value.clone());
        }
        RowError {
            line: stored.line,
            code: stored.code,
            severity: Severity::Error,
            message: messages::text(stored.code, locale, &params),
        }
    }
}

#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub orders: u32,
    pub open: u32,
    pub overdue: u32,
    pub due_today: u32,
    pub due_next_working_day: u32,
    pub addresses_to_confirm: u32,
    pub pickups_expiring: u32,
    pub actions: u32,
    /// Late handovers over the orders due in the 14 days before `now`; `None` when none were due.
    pub late_handover_share_14d: Option<f64>,
    /// Seller cancellations over the orders accepted in those days; `None` when none were accepted or
    /// the export does not say who cancelled.
    pub seller_cancellation_share_14d: Option<f64>,
    pub record_14d: RecordCounts,
    /// The marketplace's thresholds for those shares, each with whether the seller's share reaches it.
    pub thresholds: Vec<ThresholdStatus>,
    pub by_status: BTreeMap<&'static str, u32>,
    pub by_code: BTreeMap<String, u32>,
    /// Open orders per day of the report's `working_days`, by the working day they must leave on: an
    /// overdue deadline counts on today, one on a day off on the working day before it; later ones not.
    pub deadlines_per_day: Vec<u32>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordCounts {
    pub due: u32,
    pub late: u32,
    pub accepted: u32,
    pub seller_cancelled: u32,
    pub cancelled_by_unknown: u32,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ThresholdStatus {
    #[serde(flatten)]
    pub threshold: Threshold,
    /// `None` when the seller's share is not known.
    pub reached: Option<bool>,
}

impl Summary {
    pub fn count(&mut self, order: &CheckedOrder) {
        self.orders += 1;
        self.open += u32::from(order.status == Status::Open);
        match order.deadline.level {
            Level::Overdue => self.overdue += 1,
            Level::DueToday => self.due_today += 1,
            Level::DueNextWorkingDay => self.due_next_working_day += 1,
            Level::OnTrack | Level::None => {}
        }
        self.addresses_to_confirm += u32::from(
            order
                .findings
                .iter()
                .any(|f| f.code == "address_to_confirm"),
        );
        self.pickups_expiring += u32::from(
            order
                .findings
                .iter()
                .any(|f| f.code == "pickup_expiring" || f.code == "pickup_hold_ended"),
        );
        self.actions += order.actions.len() as u32;
        *self.by_status.entry(order.status.name()).or_default() += 1;
        for finding in &order.findings {
            *self.by_code.entry(finding.code.clone()).or_default() += 1;
        }
    }

    pub fn count_deadlines(&mut self, orders: &[CheckedOrder], working_days: &[Date]) {
        let mut counts = vec![0; working_days.len()];
        if let (Some(&today), Some(&last)) = (working_days.first(), working_days.last()) {
            let due_days = orders
                .iter()
                .filter(|o| o.status == Status::Open)
                .filter_map(|o| o.ship_by_day)
                .filter(|due| *due <= last);
            for due in due_days {
                // The last working day on or before the deadline's day; today for any before it.
                let day = match due <= today {
                    true => 0,
                    false => working_days.partition_point(|d| *d <= due) - 1,
                };
                counts[day] += 1;
            }
        }
        self.deadlines_per_day = counts;
    }

    pub fn set_record(&mut self, record: &Record, ozon: bool) {
        self.late_handover_share_14d = record.late_share();
        self.seller_cancellation_share_14d = record.seller_cancellation_share();
        self.record_14d = RecordCounts {
            due: record.due,
            late: record.late,
            accepted: record.accepted,
            seller_cancelled: record.seller_cancelled,
            cancelled_by_unknown: record.cancelled_unknown,
        };
        if !ozon {
            return;
        }
        self.thresholds = lateness::thresholds()
            .iter()
            .filter(|t| t.marketplace == "ozon")
            .filter_map(|t| {
                let share = match t.metric.as_str() {
                    "late_handover_share" => Some(self.late_handover_share_14d),
                    // The error index is the seller's cancellations over the postings created.
                    "seller_cancellation_share" | "error_index" => {
                        Some(self.seller_cancellation_share_14d)
                    }
                    _ => None,
                }?;
                Some(ThresholdStatus {
                    threshold: t.clone(),
                    reached: share.map(|s| s >= t.share && (t.share > 0.0 || s > 0.0)),
                })
            })
            .collect();
    }
}
