//! An order's status by meaning (`core/data/orders/statuses.toml`): Ozon's Russian labels, its API's
//! codes and substatuses, Shopify's fulfillment values. A label is matched whole or by its longest known
//! prefix ("Доставляется покупателю" is "Доставляется"); one orderguard does not know is `Unknown`, a
//! finding, never a failure.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::columns::header_key;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Accepted, not yet handed to the carrier: the seller's deadline runs.
    Open,
    /// With the carrier.
    Shipped,
    /// Waiting for the buyer at a pickup point or post office.
    AtPickupPoint,
    Delivered,
    Cancelled,
    #[default]
    Unknown,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Shipped => "shipped",
            Status::AtPickupPoint => "at_pickup_point",
            Status::Delivered => "delivered",
            Status::Cancelled => "cancelled",
            Status::Unknown => "unknown",
        }
    }

    pub fn from_name(name: &str) -> Option<Status> {
        [
            Status::Open,
            Status::Shipped,
            Status::AtPickupPoint,
            Status::Delivered,
            Status::Cancelled,
            Status::Unknown,
        ]
        .into_iter()
        .find(|s| s.name() == name)
    }

    /// Not yet handed over, as far as the export says: its address can still be put right.
    pub fn may_ship(self) -> bool {
        matches!(self, Status::Open | Status::Unknown)
    }

    /// Handed over to the carrier at some point, and not cancelled.
    pub fn has_shipped(self) -> bool {
        matches!(
            self,
            Status::Shipped | Status::AtPickupPoint | Status::Delivered
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusData {
    ozon_labels: BTreeMap<String, Status>,
    ozon_api_status: BTreeMap<String, Status>,
    ozon_api_substatus: BTreeMap<String, Status>,
    shopify_fulfillment: BTreeMap<String, Status>,
    sources: BTreeMap<String, Source>,
}

/// Where a table's meanings come from.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub source: String,
    pub url: String,
    pub verified: bool,
    pub note: String,
}

/// Whether the Russian labels of Ozon's report are read from a verified list (they are not: the
/// output says so beside a status read from one).
pub fn labels_verified() -> bool {
    tables()
        .data
        .sources
        .get("ozon_labels")
        .is_some_and(|s| s.verified)
}

struct Tables {
    /// Labels in header-key form, longest first, for the prefix match.
    labels: Vec<(String, Status)>,
    data: StatusData,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let data: StatusData =
            crate::data::parse("orders/statuses", embedded_data!("orders/statuses"));
        let mut labels: Vec<(String, Status)> = data
            .ozon_labels
            .iter()
            .map(|(label, status)| (header_key(label), *status))
            .collect();
        labels.sort_by_key(|(label, _)| std::cmp::Reverse(label.chars().count()));
        Tables { labels, data }
    })
}

/// A status label as a person reads it (Ozon's cabinet, a seller's own sheet): an API code or a
/// Shopify value is accepted too, since sellers paste those as well.
pub fn from_label(label: &str) -> Status {
    let key = header_key(label);
    if key.is_empty() {
        return Status::Unknown;
    }
    let tables = tables();
    if let Some(status) = from_code(&label.trim().to_lowercase()) {
        return status;
    }
    tables
        .labels
        .iter()
        .find(|(known, _)| {
            key.strip_prefix(known.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ',', '(', '.', ':']))
        })
        .map_or(Status::Unknown, |(_, status)| *status)
}

/// An API status or a Shopify fulfillment value.
fn from_code(key: &str) -> Option<Status> {
    let data = &tables().data;
    data.ozon_api_status
        .get(key)
        .or_else(|| data.shopify_fulfillment.get(key))
        .copied()
}

/// An Ozon API posting's status, refined by its substatus where that says more (a delivering posting
/// that waits at a pickup point).
pub fn from_api(status: &str, substatus: Option<&str>) -> Status {
    let data = &tables().data;
    let code = |s: &str| s.trim().to_ascii_lowercase();
    let sub = substatus.and_then(|s| data.ozon_api_substatus.get(&code(s)).copied());
    let main = data.ozon_api_status.get(&code(status)).copied();
    match (main, sub) {
        (_, Some(sub)) => sub,
        (Some(main), None) => main,
        (None, None) => Status::Unknown,
    }
}

/// Shopify's order state from its columns: a cancellation first, then the fulfillment.
pub fn from_shopify(fulfillment: Option<&str>, cancelled: bool) -> Status {
    if cancelled {
        return Status::Cancelled;
    }
    let value = fulfillment
        .map(header_key)
        .unwrap_or_else(|| "unfulfilled".into());
    tables()
        .data
        .shopify_fulfillment
        .get(&value)
        .copied()
        .unwrap_or(Status::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ozon_labels_by_meaning_and_prefix() {
        assert_eq!(from_label("Ожидает сборки"), Status::Open);
        assert_eq!(from_label("ожидает отгрузки"), Status::Open);
        assert_eq!(from_label("Доставляется"), Status::Shipped);
        assert_eq!(from_label("Доставлен"), Status::Delivered);
        assert_eq!(from_label("Отменён"), Status::Cancelled);
        assert_eq!(from_label("Отменен"), Status::Cancelled);
        assert_eq!(from_label("Доставляется покупателю"), Status::Shipped);
        assert_eq!(from_label("awaiting_packaging"), Status::Open);
        assert_eq!(from_label("Потерян где-то"), Status::Unknown);
        assert_eq!(from_label(""), Status::Unknown);
    }

    #[test]
    fn api_substatus_says_where_a_delivering_posting_is() {
        assert_eq!(from_api("delivering", None), Status::Shipped);
        assert_eq!(
            from_api("delivering", Some("posting_in_pickup_point")),
            Status::AtPickupPoint
        );
        assert_eq!(from_api("awaiting_deliver", None), Status::Open);
        assert_eq!(from_api("teleported", None), Status::Unknown);
    }

    #[test]
    fn shopify_state_from_its_columns() {
        assert_eq!(from_shopify(Some("fulfilled"), false), Status::Shipped);
        assert_eq!(from_shopify(Some("unfulfilled"), false), Status::Open);
        assert_eq!(from_shopify(None, false), Status::Open);
        assert_eq!(from_shopify(Some("fulfilled"), true), Status::Cancelled);
    }
}
