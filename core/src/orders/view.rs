//! The board's table over a checked report: which orders a filter selects and in which order, as
//! indices into the report's orders, so a page draws a window of them without holding them all.

use std::cmp::Ordering;

use super::check::CheckedOrder;
use super::deadline::Level;
use super::report::OrdersReport;
use super::status::Status;

/// The table's sortable columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    /// The order number (or posting), numbers by value.
    Order,
    /// The status, then the nearer deadline.
    Status,
    ShipBy,
    /// The deadline level, the most urgent first, then the nearer deadline.
    #[default]
    Level,
}

impl SortKey {
    pub fn from_name(name: &str) -> Option<SortKey> {
        Some(match name {
            "order" => SortKey::Order,
            "status" => SortKey::Status,
            "shipBy" => SortKey::ShipBy,
            "level" => SortKey::Level,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, Default)]
pub struct Query {
    pub level: Option<Level>,
    /// Matched, ignoring case, in the order and posting numbers, the export's status label, the finding
    /// codes and messages.
    pub text: String,
    /// Statuses whose name in the reader's language holds `text` (the page knows its own words).
    pub statuses: Vec<Status>,
    pub sort: SortKey,
    pub descending: bool,
}

pub fn level_from_name(name: &str) -> Option<Level> {
    Some(match name {
        "overdue" => Level::Overdue,
        "due_today" => Level::DueToday,
        "due_next_working_day" => Level::DueNextWorkingDay,
        "on_track" => Level::OnTrack,
        "none" => Level::None,
        _ => return None,
    })
}

/// The indices of the orders `query` selects, sorted by its column; ties keep file order.
pub fn select(report: &OrdersReport, query: &Query) -> Vec<u32> {
    let text = query.text.trim().to_lowercase();
    let mut chosen: Vec<u32> = (0..report.orders.len() as u32)
        .filter(|&i| {
            let order = &report.orders[i as usize];
            query.level.is_none_or(|l| order.deadline.level == l)
                && (text.is_empty() || matches_text(order, &text, &query.statuses))
        })
        .collect();
    let compare = |a: &u32, b: &u32| {
        let (x, y) = (&report.orders[*a as usize], &report.orders[*b as usize]);
        let by_column = compare_by(query.sort, x, y);
        match query.descending {
            true => by_column.reverse(),
            false => by_column,
        }
    };
    // A stable sort of indices in file order: ties stay in it, whichever the direction.
    chosen.sort_by(compare);
    chosen
}

fn matches_text(order: &CheckedOrder, text: &str, statuses: &[Status]) -> bool {
    let holds = |value: &str| value.to_lowercase().contains(text);
    statuses.contains(&order.status)
        || order.order_number.as_deref().is_some_and(holds)
        || holds(&order.id)
        || order.status_label.as_deref().is_some_and(holds)
        || order
            .findings
            .iter()
            .any(|f| f.code.contains(text) || holds(&f.message))
}

fn compare_by(key: SortKey, a: &CheckedOrder, b: &CheckedOrder) -> Ordering {
    match key {
        SortKey::Order => natural(
            a.order_number.as_deref().unwrap_or(&a.id),
            b.order_number.as_deref().unwrap_or(&b.id),
        ),
        SortKey::Status => a
            .status
            .name()
            .cmp(b.status.name())
            .then_with(|| by_deadline(a, b)),
        SortKey::ShipBy => by_deadline(a, b),
        SortKey::Level => a
            .deadline
            .level
            .cmp(&b.deadline.level)
            .then_with(|| by_deadline(a, b)),
    }
}

/// The nearer deadline first; orders without one last.
fn by_deadline(a: &CheckedOrder, b: &CheckedOrder) -> Ordering {
    match (&a.ship_by, &b.ship_by) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// "A-9" before "A-10": runs of digits compared by value, the rest ignoring case.
fn natural(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a, b);
    loop {
        let (Some(p), Some(q)) = (x.chars().next(), y.chars().next()) else {
            return x.len().cmp(&y.len());
        };
        let ordering = if p.is_ascii_digit() && q.is_ascii_digit() {
            let (run_x, rest_x) = split_digits(x);
            let (run_y, rest_y) = split_digits(y);
            (x, y) = (rest_x, rest_y);
            let (run_x, run_y) = (run_x.trim_start_matches('0'), run_y.trim_start_matches('0'));
            run_x.len().cmp(&run_y.len()).then_with(|| run_x.cmp(run_y))
        } else {
            (x, y) = (&x[p.len_utf8()..], &y[q.len_utf8()..]);
            p.to_lowercase().cmp(q.to_lowercase())
        };
        if ordering != Ordering::Equal {
            return ordering;
        }
    }
}

fn split_digits(text: &str) -> (&str, &str) {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    text.split_at(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_numbers_sort_by_value_and_ignore_case() {
        let mut numbers = vec![
            "#1010",
            "#999",
            "b-2",
            "A-10",
            "a-9",
            "0112-0001-1",
            "112-0001-2",
        ];
        numbers.sort_by(|a, b| natural(a, b));
        assert_eq!(
            numbers,
            [
                "#999",
                "#1010",
                "0112-0001-1",
                "112-0001-2",
                "a-9",
                "A-10",
                "b-2"
            ]
        );
        assert_eq!(natural("A-10", "a-10"), Ordering::Equal);
        assert_eq!(natural("12", "12a"), Ordering::Less);
    }
}
