//! What the board exports as files: every action as CSV (order, posting, action, to, send on,
//! language, text) for a spreadsheet or a mailing tool; and the open orders' deadlines, from which a
//! calendar file is written.

use serde::Serialize;

use super::actions::Recipient;
use super::report::OrdersReport;
use super::status::Status;
use crate::date::Date;

pub const ACTIONS_CSV_HEADER: &str = "order,posting,action,to,send_on,language,text";

/// Every action of every order, in send-on order (orders keep their input order within a day), one
/// line each under `ACTIONS_CSV_HEADER`, each ended by CRLF (RFC 4180).
pub fn actions_csv(report: &OrdersReport) -> String {
    let mut lines: Vec<(Date, String)> = Vec::new();
    for order in &report.orders {
        for action in &order.actions {
            let mut line = String::new();
            let send_on = action.send_on.to_string();
            let fields = [
                order.order_number.as_deref().unwrap_or(&order.id),
                &order.id,
                action.code.name(),
                match action.to {
                    Recipient::Buyer => "buyer",
                    Recipient::Seller => "seller",
                },
                &send_on,
                action.language.tag(),
                &action.message,
            ];
            for (i, field) in fields.iter().enumerate() {
                if i > 0 {
                    line.push(',');
                }
                csv_field(&mut line, field);
            }
            lines.push((action.send_on, line));
        }
    }
    lines.sort_by_key(|line| line.0);
    let mut out = String::with_capacity(lines.iter().map(|l| l.1.len() + 2).sum::<usize>() + 64);
    out.push_str(ACTIONS_CSV_HEADER);
    out.push_str("\r\n");
    for (_, line) in lines {
        out.push_str(&line);
        out.push_str("\r\n");
    }
    out
}

/// A CSV field, quoted when it holds a separator, a quote or a line break.
fn csv_field(out: &mut String, text: &str) {
    if text.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

/// An open order's deadline, for the seller's calendar.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenDeadline<'r> {
    pub id: &'r str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_number: Option<&'r str>,
    /// RFC 3339 on the seller's clock.
    pub ship_by: &'r str,
    pub ship_by_day: Date,
}

/// The open orders that have a deadline, in file order.
pub fn open_deadlines(report: &OrdersReport) -> Vec<OpenDeadline<'_>> {
    report
        .orders
        .iter()
        .filter(|o| o.status == Status::Open)
        .filter_map(|o| {
            Some(OpenDeadline {
                id: &o.id,
                order_number: o.order_number.as_deref(),
                ship_by: o.ship_by.as_deref()?,
                ship_by_day: o.ship_by_day?,
            })
        })
        .collect()
}
