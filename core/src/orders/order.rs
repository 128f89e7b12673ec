//! One order as the export gives it, read once into checked values: its rows joined (an order of several
//! line items, Shopify's order columns on its first row only), its times as instants on the seller's
//! clock, its status by meaning. What could not be read is kept with the order, to be reported.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::columns::{Columns, Field};
use super::stamp::{self, SellerClock, Stamp};
use super::status::{self, Status};
use super::OrdersFormat;
use crate::address::Address;
use crate::catalog::cells::Row;
use crate::date::Date;
use crate::delivery::Instant;
use crate::locale::Locale;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Words {
    pay_on_receipt: WordList,
    cancellation_initiator: Initiators,
    buyer_language: Languages,
    language_names: BTreeMap<String, Vec<String>>,
    country_names: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WordList {
    words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Initiators {
    seller: Vec<String>,
    buyer: Vec<String>,
    marketplace: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Languages {
    ru: Vec<String>,
    zh: Vec<String>,
    de: Vec<String>,
    pt: Vec<String>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| crate::data::parse("orders/words", embedded_data!("orders/words")))
}

fn mentions(text: &str, words: &[String]) -> bool {
    let text = text.to_lowercase();
    words.iter().any(|w| text.contains(w.as_str()))
}

/// Who cancelled an order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Initiator {
    Seller,
    Buyer,
    Marketplace,
}

impl Initiator {
    pub fn from_text(text: &str) -> Option<Initiator> {
        let w = &words().cancellation_initiator;
        // The seller first: "Отменён продавцом по просьбе клиента" counts against the seller.
        [
            (Initiator::Seller, &w.seller),
            (Initiator::Buyer, &w.buyer),
            (Initiator::Marketplace, &w.marketplace),
        ]
        .into_iter()
        .find(|(_, words)| mentions(text, words))
        .map(|(initiator, _)| initiator)
    }
}

/// Whether a payment method is paid when the parcel is handed over.
pub fn pays_on_receipt(method: &str) -> bool {
    mentions(method, &words().pay_on_receipt.words)
}

/// The language buyers of a country read messages in.
pub fn buyer_language(country: &str) -> Locale {
    let l = &words().buyer_language;
    let country = country.trim().to_ascii_uppercase();
    let has = |list: &[String]| list.contains(&country);
    if has(&l.ru) {
        Locale::Ru
    } else if has(&l.zh) {
        Locale::Zh
    } else if has(&l.de) {
        Locale::De
    } else if has(&l.pt) {
        Locale::Pt
    } else {
        Locale::En
    }
}

/// A language column's value: a tag of one of the languages buyer messages are written in ("ru",
/// "pt-BR") or its name ("Русский", "中文"); `None` for anything else, so the country decides.
pub fn language_of(text: &str) -> Option<Locale> {
    let key = super::columns::header_key(text);
    let subtag = key.split(['-', ' ']).next().unwrap_or_default();
    if let Some(locale) = Locale::ALL.iter().find(|l| l.tag() == subtag) {
        return Some(*locale);
    }
    let (tag, _) = words()
        .language_names
        .iter()
        .find(|(_, names)| names.contains(&key))?;
    Some(Locale::from_tag(tag))
}

/// A value the export gave that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct Unread {
    pub field: Field,
    pub value: String,
}

#[derive(Clone, Debug, Default)]
pub struct Order {
    pub id: String,
    pub order_number: Option<String>,
    pub rows: Vec<u32>,
    /// Line items (rows, or the API's products).
    pub items: u32,
    pub status: Status,
    /// The export's own word for the status.
    pub status_label: Option<String>,
    pub accepted_at: Option<Instant>,
    /// The export's shipment deadline; a date alone means the end of that day.
    pub ship_by: Option<Stamp>,
    pub handed_over_at: Option<Instant>,
    pub delivered_at: Option<Instant>,
    pub cancelled_at: Option<Instant>,
    pub cancelled_by: Option<Initiator>,
    pub promised_by: Option<Date>,
    pub arrived_at_pickup: Option<Date>,
    pub tracking_number: Option<String>,
    /// The marketplace's own logistics carry the parcel and track it by the posting number (Ozon's
    /// `tpl_integration_type: "ozon"`): no tracking number of the seller's is expected.
    pub tracked_by_marketplace: bool,
    pub carrier: Option<String>,
    pub delivery_method: Option<String>,
    pub payment_method: Option<String>,
    pub address: Option<Address>,
    /// The destination country, ISO 3166-1 alpha-2 when the export names a known one.
    pub country: Option<String>,
    pub language: Option<Locale>,
    pub unread: Vec<Unread>,
}

impl Order {
    /// Takes what a later row of the same order adds: its line, its item, and the values the first rows
    /// left empty.
    pub fn absorb(&mut self, later: Order) {
        self.rows.extend(later.rows);
        self.items += later.items;
        macro_rules! fill {
            ($($field:ident),*) => {$(
                if self.$field.is_none() {
                    self.$field = later.$field;
                }
            )*};
        }
        fill!(
            order_number,
            status_label,
            accepted_at,
            ship_by,
            handed_over_at,
            delivered_at,
            cancelled_at,
            cancelled_by,
            promised_by,
            arrived_at_pickup,
            tracking_number,
            carrier,
            delivery_method,
            payment_method,
            address,
            country,
            language
        );
        if self.status == Status::Unknown {
            self.status = later.status;
        }
        self.unread.extend(later.unread);
    }

    /// The buyer's language: a column's, else the destination country's.
    pub fn buyer_language(&self) -> Locale {
        self.language
            .unwrap_or_else(|| self.country.as_deref().map_or(Locale::En, buyer_language))
    }
}

/// Reads the rows of one table (one header): cells to an order.
pub struct RowReader<'c> {
    pub columns: &'c Columns,
    pub clock: &'c mut SellerClock,
}

impl RowReader<'_> {
    /// The order key of a row: its posting number, else its order number.
    pub fn key<'r, R: Row + ?Sized>(&self, cells: &'r R) -> Option<&'r str> {
        self.columns
            .value(cells, Field::PostingNumber)
            .or_else(|| self.columns.value(cells, Field::OrderNumber))
    }

    pub fn order<R: Row + ?Sized>(&mut self, key: &str, line: u32, cells: &R) -> Order {
        let columns = self.columns;
        let text = |field| columns.value(cells, field).map(str::to_string);
        let mut order = Order {
            id: key.to_string(),
            order_number: text(Field::OrderNumber).filter(|n| n != key),
            rows: vec![line],
            items: 1,
            tracking_number: text(Field::TrackingNumber),
            carrier: text(Field::Carrier),
            delivery_method: text(Field::DeliveryMethod),
            payment_method: text(Field::PaymentMethod),
            language: columns.value(cells, Field::Language).and_then(language_of),
            ..Order::default()
        };
        order.status_label = text(Field::Status).or_else(|| text(Field::FulfillmentStatus));
        let stamp = |order: &mut Order, field| -> Option<Stamp> {
            let value = columns.value(cells, field)?;
            let stamp = stamp::parse(value);
            if stamp.is_none() {
                order.unread.push(Unread {
                    field,
                    value: value.to_string(),
                });
            }
            stamp
        };
        let instants = [
            Field::AcceptedAt,
            Field::HandedOverAt,
            Field::DeliveredAt,
            Field::CancelledAt,
        ]
        .map(|field| stamp(&mut order, field));
        order.ship_by = stamp(&mut order, Field::ShipBy);
        let date = |stamp: Option<Stamp>, clock: &mut SellerClock| {
            stamp.map(|s| match s {
                Stamp::Local { date, .. } => date,
                Stamp::Exact(instant) => clock.date_of(instant),
            })
        };
        let promised = stamp(&mut order, Field::PromisedBy);
        let arrived = stamp(&mut order, Field::ArrivedAtPickup);
        order.promised_by = date(promised, self.clock);
        order.arrived_at_pickup = date(arrived, self.clock);
        let [accepted, handed_over, delivered, cancelled] =
            instants.map(|s| s.map(|s| self.clock.instant(s)));
        order.accepted_at = accepted;
        order.handed_over_at = handed_over;
        order.delivered_at = delivered;
        order.cancelled_at = cancelled;
        order.cancelled_by = columns
            .value(cells, Field::CancellationInitiator)
            .and_then(Initiator::from_text);
        order.status = match columns.format {
            OrdersFormat::ShopifyCsv => {
                // Shopify's order columns are on the order's first row only.
                if columns.value(cells, Field::FinancialStatus).is_none()
                    && line_item_only(columns, cells)
                {
                    Status::Unknown
                } else {
                    status::from_shopify(
                        columns.value(cells, Field::FulfillmentStatus),
                        cancelled.is_some(),
                    )
                }
            }
            _ => order
                .status_label
                .as_deref()
                .map_or(Status::Unknown, status::from_label),
        };
        order.country = columns
            .value(cells, Field::Country)
            .map(country_code)
            .or_else(|| columns.default_country.clone());
        // Only an order still to ship has its address checked (`check`), so only its address is kept.
        if order.status.may_ship() {
            order.address = address(columns, cells, order.country.as_deref());
        }
        order
    }
}

/// A Shopify row that only lists another item of the order above it.
fn line_item_only<R: Row + ?Sized>(columns: &Columns, cells: &R) -> bool {
    [Field::AcceptedAt, Field::FulfillmentStatus, Field::Country]
        .iter()
        .all(|f| columns.value(cells, *f).is_none())
}

/// The shipping address, when the export has one.
fn address<R: Row + ?Sized>(
    columns: &Columns,
    cells: &R,
    country: Option<&str>,
) -> Option<Address> {
    let text = |field| columns.value(cells, field).map(str::to_string);
    let address = Address {
        country: country.unwrap_or_default().to_string(),
        region: text(Field::Region),
        city: text(Field::City),
        district: None,
        address_line1: text(Field::AddressLine1),
        address_line2: text(Field::AddressLine2),
        postal_code: text(Field::PostalCode),
        recipient: text(Field::Recipient),
        organization: None,
        phone: text(Field::Phone),
    };
    let has_place =
        address.address_line1.is_some() || address.city.is_some() || address.postal_code.is_some();
    has_place.then_some(address)
}

/// A country as exports write it: a code, or a name (`core/data/orders/words.toml`); a name orderguard
/// does not know is kept as written.
pub fn country_code(text: &str) -> String {
    let t = text.trim();
    if t.len() == 2 && t.is_ascii() {
        return t.to_ascii_uppercase();
    }
    let key = super::columns::header_key(t);
    words()
        .country_names
        .iter()
        .find(|(_, names)| names.contains(&key))
        .map_or_else(|| t.to_string(), |(code, _)| code.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payment_on_receipt_and_who_cancelled_by_their_words() {
        assert!(pays_on_receipt("Оплата при получении"));
        assert!(pays_on_receipt("Cash on Delivery (COD)"));
        assert!(pays_on_receipt("货到付款"));
        assert!(!pays_on_receipt("Картой онлайн"));
        assert!(!pays_on_receipt("Shopify Payments"));
        assert_eq!(Initiator::from_text("Продавец"), Some(Initiator::Seller));
        assert_eq!(Initiator::from_text("Клиент"), Some(Initiator::Buyer));
        assert_eq!(Initiator::from_text("Ozon"), Some(Initiator::Marketplace));
        assert_eq!(Initiator::from_text("—"), None);
    }

    #[test]
    fn buyers_read_their_countrys_language() {
        assert_eq!(buyer_language("ru"), Locale::Ru);
        assert_eq!(buyer_language("KZ"), Locale::Ru);
        assert_eq!(buyer_language("CN"), Locale::Zh);
        assert_eq!(buyer_language("BR"), Locale::Pt);
        assert_eq!(buyer_language("US"), Locale::En);
        assert_eq!(country_code("Russia"), "RU");
        assert_eq!(country_code("Республика Беларусь"), "BY");
        assert_eq!(country_code("Portugal"), "PT");
        assert_eq!(language_of("Русский"), Some(Locale::Ru));
        assert_eq!(language_of("pt-BR"), Some(Locale::Pt));
        assert_eq!(language_of("中文"), Some(Locale::Zh));
        assert_eq!(language_of("Français"), None);
        assert_eq!(country_code("de"), "DE");
    }
}
