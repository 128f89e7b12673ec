//! The orders board: a seller's orders export (Ozon's postings report as CSV or XLSX, the Ozon Seller
//! API's postings JSON, Shopify's orders CSV, any table with an editable column mapping) read in chunks,
//! each order checked for what is about to go wrong (the ship-by deadline, a late handover, an address
//! to confirm, a parcel about to leave its pickup point, a tracking number that cannot be right, payment
//! on receipt) with the messages to send its buyer; and the seller's 14-day lateness record beside the
//! marketplace's thresholds. `now` is an input, as everywhere in the core.
//!
//! `OrdersChecker` takes the file in chunks of any size and gives the same report whatever the chunks;
//! `check_orders` checks a whole file.

mod actions;
mod api;
mod book;
mod check;
mod columns;
mod deadline;
mod export;
mod lateness;
mod options;
mod order;
mod pickup;
mod read;
mod report;
mod stamp;
mod status;
pub mod tracking;
mod view;

#[cfg(test)]
mod tests;

pub use actions::{Action, ActionCode, Recipient};
pub use check::{AddressCheck, Arrival, CheckedOrder};
pub use deadline::{Deadline, Level, ShipBySource};
pub use export::{actions_csv, open_deadlines, OpenDeadline, ACTIONS_CSV_HEADER};
pub use options::{OrdersFormat, OrdersOptions, SellerOptions};
pub use pickup::Pickup;
pub use report::{OrdersReport, RecordCounts, RowError, Summary, ThresholdStatus};
pub use status::Status;
pub use tracking::{check_tracking_number, TrackingKind, TrackingNumber};
pub use view::{level_from_name, select, Query, SortKey};

use book::OrderBook;
use options::Settings;
use read::OrdersReader;

use crate::date::Date;
use crate::error::InputError;
use crate::host::TimeZones;
use crate::text::{Settled, TextDecoders};

/// Checks a whole orders export.
pub fn check_orders(
    data: &[u8],
    options: &OrdersOptions,
    zones: &'static dyn TimeZones,
    decoders: &'static dyn TextDecoders,
) -> Result<OrdersReport, InputError> {
    let mut checker = OrdersChecker::new(options, zones, decoders)?;
    checker.push(data)?;
    checker.finish()
}

/// An orders check fed in chunks.
pub struct OrdersChecker {
    settings: Settings,
    reader: OrdersReader,
    book: OrderBook,
    bytes: u64,
}

impl OrdersChecker {
    pub fn new(
        options: &OrdersOptions,
        zones: &'static dyn TimeZones,
        decoders: &'static dyn TextDecoders,
    ) -> Result<Self, InputError> {
        Ok(OrdersChecker {
            settings: Settings::new(options, zones)?,
            reader: OrdersReader::new(
                options.format,
                options.encoding.as_deref(),
                &options.mapping,
                decoders,
            )?,
            book: OrderBook::default(),
            bytes: 0,
        })
    }

    pub fn bytes_seen(&self) -> u64 {
        self.bytes
    }

    /// Data rows read so far.
    pub fn rows_read(&self) -> u32 {
        self.book.rows
    }

    pub fn push(&mut self, chunk: &[u8]) -> Result<(), InputError> {
        self.bytes += chunk.len() as u64;
        self.reader
            .push(chunk, &mut self.book, &mut self.settings.clock)
    }

    /// Ends the input and checks every order.
    pub fn finish(mut self) -> Result<OrdersReport, InputError> {
        let facts = self
            .reader
            .finish(&mut self.book, &mut self.settings.clock)?;
        let locale = self.settings.locale;
        let today = self.settings.clock.date_of(self.settings.now);
        let working_days = next_working_days(self.settings.calendar, today);
        let book = self.book;
        let ozon = book.format.is_some_and(OrdersFormat::is_ozon);
        let mut cx = check::Context::new(&mut self.settings, book.has_tracking);
        let mut summary = Summary::default();
        let orders: Vec<CheckedOrder> = book
            .orders
            .into_iter()
            .map(|order| {
                let checked = check::check(order, &mut cx);
                summary.count(&checked);
                checked
            })
            .collect();
        summary.set_record(&cx.record, ozon);
        summary.count_deadlines(&orders, &working_days);
        let mut row_errors: Vec<RowError> = book
            .row_errors
            .iter()
            .map(|e| RowError::render(e, locale))
            .collect();
        row_errors.sort_by_key(|e| e.line);
        Ok(OrdersReport {
            format: facts.format,
            encoding: facts.encoding.map(|d| d.encoding.name()),
            encoding_guessed: facts
                .encoding
                .is_some_and(|d| d.settled == Settled::Guessed),
            header_row: facts.header_row,
            rows: book.rows,
            skipped_rows: book.skipped,
            today,
            working_days,
            orders,
            row_errors,
            summary,
            status_labels_verified: status::labels_verified(),
        })
    }
}

/// Working days shown on a chart of two weeks.
const CHART_WORKING_DAYS: usize = 10;

/// `today`, then the next working days on `calendar`, two weeks' worth.
fn next_working_days(calendar: &crate::calendar::WorkingDayCalendar, today: Date) -> Vec<Date> {
    let mut days = vec![today];
    let mut day = today;
    // A fortnight holds ten working days; a long holiday break (Spring Festival) a few days fewer.
    for _ in 0..28 {
        if days.len() > CHART_WORKING_DAYS {
            break;
        }
        let Some(next) = day.add_days(1) else { break };
        day = next;
        if calendar.is_working_day(day) {
            days.push(day);
        }
    }
    days
}
