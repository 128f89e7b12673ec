//! Orders as JSON: the Ozon Seller API's `/v3/posting/fbs/list` response (`result.postings[]`, also the
//! older `result` array), or any array of flat objects, read like a table whose headers are the keys.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use super::book::OrderBook;
use super::columns::Columns;
use super::order::{country_code, Initiator, Order, RowReader, Unread};
use super::stamp::{self, SellerClock, Stamp};
use super::status;
use super::OrdersFormat;
use crate::address::Address;
use crate::error::InputError;

/// One posting, the fields the board reads. Everything is optional: a posting the API shapes otherwise
/// still becomes an order, with what it has.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Posting {
    posting_number: Option<String>,
    order_number: Option<String>,
    status: Option<String>,
    substatus: Option<String>,
    in_process_at: Option<String>,
    shipment_date: Option<String>,
    delivering_date: Option<String>,
    tracking_number: Option<String>,
    tpl_integration_type: Option<String>,
    delivery_method: Option<DeliveryMethod>,
    analytics_data: Option<Analytics>,
    customer: Option<Customer>,
    cancellation: Option<Cancellation>,
    products: Vec<Value>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DeliveryMethod {
    name: Option<String>,
    tpl_provider: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Analytics {
    region: Option<String>,
    city: Option<String>,
    payment_type_group_name: Option<String>,
    delivery_date_end: Option<String>,
    tpl_provider: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Customer {
    name: Option<String>,
    phone: Option<String>,
    address: Option<CustomerAddress>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct CustomerAddress {
    address_tail: Option<String>,
    city: Option<String>,
    country: Option<String>,
    region: Option<String>,
    district: Option<String>,
    zip_code: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Cancellation {
    cancellation_initiator: Option<String>,
    /// Ozon's own answer to whether the cancellation counts against the seller.
    affect_cancellation_rating: Option<bool>,
}

/// Reads a JSON document into `book`; returns the format it was.
pub fn read_json(
    text: &str,
    requested: OrdersFormat,
    mapping: &BTreeMap<String, String>,
    book: &mut OrderBook,
    clock: &mut SellerClock,
) -> Result<OrdersFormat, InputError> {
    let text = text.trim_start_matches('\u{FEFF}');
    let document: Value = serde_json::from_str(text).map_err(|e| {
        InputError::new("malformed_json", "data")
            .param("line", e.line())
            .param("detail", e.to_string())
    })?;
    let result = document.get("result");
    let postings = result
        .and_then(|r| r.get("postings"))
        .or(result)
        .filter(|p| p.is_array());
    match (postings, &document) {
        (Some(Value::Array(postings)), _) if requested != OrdersFormat::Json => {
            book.format = Some(OrdersFormat::OzonApiJson);
            book.has_tracking = true;
            for (i, posting) in postings.iter().enumerate() {
                let line = i as u32 + 1;
                book.rows += 1;
                match Posting::deserialize(posting) {
                    Ok(p)
                        if p.posting_number
                            .as_deref()
                            .is_some_and(|n| !n.trim().is_empty()) =>
                    {
                        book.add(posting_order(p, line, clock));
                    }
                    Ok(_) => book.error(line, "missing_order_number", vec![]),
                    Err(e) => {
                        book.error(line, "malformed_posting", vec![("detail", e.to_string())])
                    }
                }
            }
            Ok(OrdersFormat::OzonApiJson)
        }
        (_, Value::Array(rows)) => {
            book.format = Some(OrdersFormat::Json);
            for (i, row) in rows.iter().enumerate() {
                let line = i as u32 + 1;
                book.rows += 1;
                object_row(row, line, mapping, book, clock);
            }
            Ok(OrdersFormat::Json)
        }
        _ => Err(InputError::new("not_orders_json", "data")),
    }
}

fn posting_order(p: Posting, line: u32, clock: &mut SellerClock) -> Order {
    let mut order = Order {
        id: p
            .posting_number
            .clone()
            .unwrap_or_default()
            .trim()
            .to_string(),
        order_number: p.order_number.filter(|n| !n.trim().is_empty()),
        rows: vec![line],
        items: p.products.len().max(1) as u32,
        status: status::from_api(
            p.status.as_deref().unwrap_or_default(),
            p.substatus.as_deref(),
        ),
        status_label: p.status.clone(),
        tracking_number: p.tracking_number.filter(|t| !t.trim().is_empty()),
        tracked_by_marketplace: p.tpl_integration_type.as_deref() == Some("ozon"),
        ..Order::default()
    };
    let instant = |order: &mut Order, field, value: Option<&str>| {
        let value = value.map(str::trim).filter(|v| !v.is_empty())?;
        match stamp::parse(value) {
            Some(stamp) => Some(stamp),
            None => {
                order.unread.push(Unread {
                    field,
                    value: value.to_string(),
                });
                None
            }
        }
    };
    use super::columns::Field;
    let accepted = instant(&mut order, Field::AcceptedAt, p.in_process_at.as_deref());
    let handed_over = instant(
        &mut order,
        Field::HandedOverAt,
        p.delivering_date.as_deref(),
    );
    order.ship_by = instant(&mut order, Field::ShipBy, p.shipment_date.as_deref());
    let analytics = p.analytics_data.unwrap_or_default();
    let promised = instant(
        &mut order,
        Field::PromisedBy,
        analytics.delivery_date_end.as_deref(),
    );
    order.accepted_at = accepted.map(|s| clock.instant(s));
    order.handed_over_at = handed_over.map(|s| clock.instant(s));
    order.promised_by = promised.map(|s| match s {
        Stamp::Local { date, .. } => date,
        Stamp::Exact(i) => clock.date_of(i),
    });
    order.payment_method = analytics.payment_type_group_name;
    let method = p.delivery_method.unwrap_or_default();
    order.delivery_method = method.name;
    order.carrier = method.tpl_provider.or(analytics.tpl_provider);
    if let Some(c) = p.cancellation {
        order.cancelled_by = match c.affect_cancellation_rating {
            Some(true) => Some(Initiator::Seller),
            _ => c
                .cancellation_initiator
                .as_deref()
                .and_then(Initiator::from_text),
        };
    }
    let customer = p.customer.unwrap_or_default();
    let address = customer.address.unwrap_or_default();
    order.country = Some(
        address
            .country
            .as_deref()
            .map(country_code)
            .unwrap_or_else(|| "RU".to_string()),
    );
    let has_place =
        order.status.may_ship() && (address.address_tail.is_some() || address.zip_code.is_some());
    order.address = has_place.then(|| Address {
        country: order.country.clone().unwrap_or_default(),
        region: address.region.or(analytics.region),
        city: address.city.or(analytics.city),
        district: address.district,
        address_line1: address.address_tail,
        address_line2: None,
        postal_code: address.zip_code,
        recipient: customer.name,
        organization: None,
        phone: customer.phone,
    });
    order
}

/// A flat object of a generic JSON array, its keys read as a header row.
fn object_row(
    row: &Value,
    line: u32,
    mapping: &BTreeMap<String, String>,
    book: &mut OrderBook,
    clock: &mut SellerClock,
) {
    let Value::Object(object) = row else {
        book.error(line, "not_an_object", vec![]);
        return;
    };
    let keys: Vec<&str> = object.keys().map(String::as_str).collect();
    let cells: Vec<String> = object
        .values()
        .map(|v| match v {
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            other => other.to_string(),
        })
        .collect();
    let Some(columns) = Columns::from_header(&keys[..], OrdersFormat::Json, mapping) else {
        book.error(line, "missing_order_number", vec![]);
        return;
    };
    book.has_tracking |= columns.has(super::columns::Field::TrackingNumber);
    let mut reader = RowReader {
        columns: &columns,
        clock,
    };
    match reader.key(&cells[..]) {
        Some(key) => {
            let key = key.to_string();
            let order = reader.order(&key, line, &cells[..]);
            book.add(order);
        }
        None => book.error(line, "missing_order_number", vec![]),
    }
}
