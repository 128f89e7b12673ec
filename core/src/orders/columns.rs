//! Which column of an orders export carries which field (`core/data/orders/columns.toml`), decided once
//! from the header row; and which format that header shows.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::OrdersFormat;
use crate::catalog::cells::{trim, Row};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ColumnsData {
    formats: BTreeMap<String, FormatData>,
    fields: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FormatData {
    signature: Vec<String>,
    #[serde(default)]
    country: Option<String>,
}

fn data() -> &'static ColumnsData {
    static DATA: OnceLock<ColumnsData> = OnceLock::new();
    DATA.get_or_init(|| crate::data::parse("orders/columns", embedded_data!("orders/columns")))
}

macro_rules! fields {
    ($($variant:ident = $name:literal,)*) => {
        /// A field of an order as the exports carry it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
        pub enum Field { $($variant,)* }

        impl Field {
            pub const ALL: &'static [Field] = &[$(Field::$variant,)*];

            /// The field's name in the data file and in a caller's `mapping`.
            pub fn name(self) -> &'static str {
                match self { $(Field::$variant => $name,)* }
            }
        }
    };
}

fields! {
    OrderNumber = "order_number",
    PostingNumber = "posting_number",
    AcceptedAt = "accepted_at",
    ShipBy = "ship_by",
    Status = "status",
    DeliveredAt = "delivered_at",
    HandedOverAt = "handed_over_at",
    CancelledAt = "cancelled_at",
    CancellationInitiator = "cancellation_initiator",
    CancellationReason = "cancellation_reason",
    Product = "product",
    Sku = "sku",
    Quantity = "quantity",
    Amount = "amount",
    Currency = "currency",
    FinancialStatus = "financial_status",
    FulfillmentStatus = "fulfillment_status",
    PaymentMethod = "payment_method",
    DeliveryMethod = "delivery_method",
    Carrier = "carrier",
    TrackingNumber = "tracking_number",
    Country = "country",
    Region = "region",
    City = "city",
    AddressLine1 = "address_line1",
    AddressLine2 = "address_line2",
    PostalCode = "postal_code",
    Recipient = "recipient",
    Phone = "phone",
    Email = "email",
    Language = "language",
    PromisedBy = "promised_by",
    ArrivedAtPickup = "arrived_at_pickup",
    Warehouse = "warehouse",
}

impl Field {
    pub fn from_name(name: &str) -> Option<Field> {
        let name = name.trim();
        Field::ALL
            .iter()
            .copied()
            .find(|f| f.name().eq_ignore_ascii_case(name))
    }
}

/// A header as it is compared: trimmed, without a template's trailing `*`, in lower case, `ё` as `е`,
/// underscores (a JSON key's) and runs of spaces as one space.
pub fn header_key(text: &str) -> String {
    let text = trim(text).trim_end_matches('*').trim_end();
    let mut key = String::with_capacity(text.len());
    for word in text
        .split(|c: char| c.is_whitespace() || c == '_')
        .filter(|w| !w.is_empty())
    {
        if !key.is_empty() {
            key.push(' ');
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            key.push(if c == 'ё' { 'е' } else { c });
        }
    }
    key
}

/// The columns of one header row.
#[derive(Clone, Debug)]
pub struct Columns {
    /// Column index per field (`Field as usize`).
    index: Vec<Option<usize>>,
    pub width: usize,
    pub format: OrdersFormat,
    /// The country orders go to when the export has no column for it.
    pub default_country: Option<String>,
}

impl Columns {
    /// Reads a header row: `None` when it names no order key (no order or posting number column).
    /// `mapping` (field name → header text) takes precedence over the built-in names.
    pub fn from_header<R: Row + ?Sized>(
        cells: &R,
        requested: OrdersFormat,
        mapping: &BTreeMap<String, String>,
    ) -> Option<Columns> {
        let keys: Vec<String> = (0..cells.len())
            .map(|i| header_key(cells.cell(i)))
            .collect();
        let position = |name: &str| {
            let name = header_key(name);
            keys.iter().position(|k| *k == name)
        };
        let mut index = vec![None; Field::ALL.len()];
        for &field in Field::ALL {
            index[field as usize] = match mapping.get(field.name()) {
                Some(header) => position(header),
                None => data()
                    .fields
                    .get(field.name())
                    .and_then(|names| names.iter().find_map(|name| position(name))),
            };
        }
        let has = |field: Field| index[field as usize].is_some();
        if !has(Field::OrderNumber) && !has(Field::PostingNumber) {
            return None;
        }
        let shows = |name: &str| {
            data().formats[name]
                .signature
                .iter()
                .all(|column| position(column).is_some())
        };
        let format = match requested {
            OrdersFormat::Auto if shows("ozon") => OrdersFormat::OzonCsv,
            OrdersFormat::Auto if shows("shopify") => OrdersFormat::ShopifyCsv,
            OrdersFormat::Auto => OrdersFormat::Csv,
            other => other,
        };
        let default_country = match format {
            OrdersFormat::OzonCsv | OrdersFormat::OzonXlsx => {
                data().formats["ozon"].country.clone()
            }
            _ => None,
        };
        Some(Columns {
            index,
            width: cells.len(),
            format,
            default_country,
        })
    }

    pub fn has(&self, field: Field) -> bool {
        self.index[field as usize].is_some()
    }

    /// The trimmed, non-empty text of `field` in a row.
    pub fn value<'r, R: Row + ?Sized>(&self, cells: &'r R, field: Field) -> Option<&'r str> {
        let i = self.index[field as usize]?;
        (i < cells.len())
            .then(|| trim(cells.cell(i)))
            .filter(|v| !v.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_names_only_known_fields() {
        for name in data().fields.keys() {
            assert!(Field::from_name(name).is_some(), "{name}");
        }
        for field in Field::ALL {
            assert!(data().fields.contains_key(field.name()), "{}", field.name());
        }
    }

    #[test]
    fn headers_match_whatever_their_case_star_and_yo() {
        assert_eq!(header_key("  Дата отгрузки* "), "дата отгрузки");
        assert_eq!(header_key("Отменён"), "отменен");
        assert_eq!(header_key("Shipping   Zip"), "shipping zip");
        assert_eq!(header_key("posting_number"), "posting number");
        let header = [
            "Номер заказа",
            "Номер отправления",
            "Принят в обработку",
            "Дата отгрузки без просрочки",
        ];
        let columns =
            Columns::from_header(&header[..], OrdersFormat::Auto, &BTreeMap::new()).unwrap();
        assert_eq!(columns.format, OrdersFormat::OzonCsv);
        assert!(columns.has(Field::AcceptedAt));
        // "Дата отгрузки без просрочки" is another column than "Дата отгрузки".
        assert!(!columns.has(Field::ShipBy));
        assert_eq!(columns.default_country.as_deref(), Some("RU"));
    }

    #[test]
    fn a_mapping_names_the_sellers_own_columns() {
        let header = ["Заказ №", "Когда", "Куда"];
        assert!(Columns::from_header(&header[..], OrdersFormat::Auto, &BTreeMap::new()).is_none());
        let mapping = BTreeMap::from([
            ("order_number".to_string(), "заказ №".to_string()),
            ("accepted_at".to_string(), "Когда".to_string()),
        ]);
        let columns = Columns::from_header(&header[..], OrdersFormat::Auto, &mapping).unwrap();
        assert_eq!(columns.format, OrdersFormat::Csv);
        assert_eq!(
            columns.value(&["A-1", " 01.12.2026 ", ""][..], Field::AcceptedAt),
            Some("01.12.2026")
        );
        assert_eq!(columns.value(&["A-1", "x", ""][..], Field::City), None);
    }
}
