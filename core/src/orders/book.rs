//! The orders read so far: rows of one order joined wherever they stand in the file, and every row that
//! is no order kept as a row error or a skipped line, so each input row is accounted for.

use std::collections::HashMap;

use super::order::Order;
use super::OrdersFormat;

#[derive(Clone, Debug, PartialEq)]
pub struct StoredRowError {
    pub line: u32,
    pub code: &'static str,
    pub params: Vec<(&'static str, String)>,
}

#[derive(Debug, Default)]
pub struct OrderBook {
    pub orders: Vec<Order>,
    index: HashMap<String, usize>,
    pub row_errors: Vec<StoredRowError>,
    /// Data rows (below the header; a JSON document's postings or objects).
    pub rows: u32,
    /// Lines above the header, and empty lines.
    pub skipped: Vec<u32>,
    pub format: Option<OrdersFormat>,
    /// The export has a tracking-number column: a shipped order without one is then missing it.
    pub has_tracking: bool,
}

impl OrderBook {
    /// Adds an order, or the rows of one already begun.
    pub fn add(&mut self, order: Order) {
        // The rows of one order usually follow each other: the last order is asked first.
        if let Some(last) = self.orders.last_mut().filter(|last| last.id == order.id) {
            last.absorb(order);
            return;
        }
        match self.index.get(&order.id) {
            Some(&i) => self.orders[i].absorb(order),
            None => {
                self.index.insert(order.id.clone(), self.orders.len());
                self.orders.push(order);
            }
        }
    }

    pub fn error(&mut self, line: u32, code: &'static str, params: Vec<(&'static str, String)>) {
        self.row_errors.push(StoredRowError { line, code, params });
    }
}
