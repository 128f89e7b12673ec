#![no_main]
//! The four JSON exports (validate_address, estimate_delivery, return_policy, check_listing) fed
//! near-valid input: the fuzzer's bytes pick, field by field, a valid value, a valid value with one
//! character inserted, replaced or removed, any text, nothing, or a value of the wrong type. Most
//! inputs get past serde, so the checks behind it are what is fuzzed. Each answer keeps the invariants
//! users rely on, and an error names a field the input has.

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use orderguard_core::address::{self, Address, Verdict};
use orderguard_core::delivery::{self, EstimateInput};
use orderguard_core::host::NativeHost;
use orderguard_core::listing::{self, CheckOptions, Listing};
use orderguard_core::returns::{self, ReturnRequest};
use orderguard_core::{Locale, Severity};
use serde_json::{json, Map, Value};

/// What typos, pastes and encoding mix-ups put into a field; most are several bytes in UTF-8.
const STRAY: [char; 16] = [
    '0', 'a', ' ', '-', ':', '+', '.', '"', '\\', '\n', 'é', 'Т', '中', '０', '😀', '\u{301}',
];

#[derive(Arbitrary, Debug)]
enum Edit {
    Insert(u8, Stray),
    Replace(u8, Stray),
    Remove(u8),
}

#[derive(Arbitrary, Debug)]
enum Stray {
    Known(u8),
    Any(char),
}

impl Stray {
    fn char(&self) -> char {
        match self {
            Stray::Known(i) => STRAY[usize::from(*i) % STRAY.len()],
            Stray::Any(c) => *c,
        }
    }
}

/// One field's value, mostly a valid one.
#[derive(Debug)]
enum Field {
    Valid(u8),
    OneOff(u8, Edit),
    Any(String),
    Absent,
    WrongType(u8),
}

impl<'a> Arbitrary<'a> for Field {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(match u8::arbitrary(u)? {
            0..=159 => Field::Valid(u.arbitrary()?),
            160..=219 => Field::OneOff(u.arbitrary()?, u.arbitrary()?),
            220..=239 => Field::Any(u.arbitrary()?),
            240..=249 => Field::Absent,
            _ => Field::WrongType(u.arbitrary()?),
        })
    }
}

fn pick<'v>(valid: &[&'v str], i: u8) -> &'v str {
    valid[usize::from(i) % valid.len()]
}

fn one_off(text: &str, edit: &Edit) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let at = |i: &u8, n: usize| usize::from(*i) % (n + 1);
    match edit {
        Edit::Insert(i, c) => chars.insert(at(i, chars.len()), c.char()),
        Edit::Replace(i, c) if !chars.is_empty() => {
            let i = at(i, chars.len() - 1);
            chars[i] = c.char();
        }
        Edit::Remove(i) if !chars.is_empty() => {
            chars.remove(at(i, chars.len() - 1));
        }
        _ => {}
    }
    chars.into_iter().collect()
}

fn wrong_type(kind: u8) -> Value {
    match kind % 6 {
        0 => Value::Null,
        1 => json!(5),
        2 => json!(-1.5),
        3 => json!(true),
        4 => json!(["x"]),
        _ => json!({ "x": 1 }),
    }
}

impl Field {
    /// The JSON text value of the field, from its valid spellings; `None` leaves the key out.
    fn text(&self, valid: &[&str]) -> Option<Value> {
        Some(match self {
            Field::Valid(i) => Value::from(pick(valid, *i)),
            Field::OneOff(i, edit) => Value::from(one_off(pick(valid, *i), edit)),
            Field::Any(text) => Value::from(text.as_str()),
            Field::Absent => return None,
            Field::WrongType(kind) => wrong_type(*kind),
        })
    }

    /// A number: valid ones as numbers, edited ones as the JSON number text edited (kept when it is
    /// still JSON), other text as a string.
    fn number(&self, valid: &[&str]) -> Option<Value> {
        let parsed = |text: &str| serde_json::from_str::<Value>(text).ok();
        match self {
            Field::Valid(i) => parsed(pick(valid, *i)),
            Field::OneOff(i, edit) => {
                let text = one_off(pick(valid, *i), edit);
                Some(parsed(&text).unwrap_or(Value::from(text)))
            }
            _ => self.text(valid),
        }
    }
}

fn put(object: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(value) = value {
        object.insert(key.to_string(), value);
    }
}

const COUNTRIES: &[&str] = &["RU", "CN", "BY", "KZ", "DE", "BR", "FR", "US", "ru"];
const REGIONS: &[&str] = &[
    "Москва",
    "Калининградская обл.",
    "RU-KGD",
    "SP",
    "北京市",
    "Berlin",
];
const CITIES: &[&str] = &["Москва", "São Paulo", "Berlin", "北京市", "Минск", "Алматы"];
const POSTAL_CODES: &[&str] = &[
    "101000",
    "236022",
    "01310-100",
    "10117",
    "100000",
    "220030",
    "A01P3K4",
];
const PHONES: &[&str] = &[
    "+7 912 345-67-89",
    "8 916 123 45 67",
    "+55 11 91234-5678",
    "0151 23456789",
    "138 0013 8000",
];
const STREETS: &[&str] = &[
    "ул. Тверская, д. 7",
    "Avenida Paulista, 1578",
    "Unter den Linden 77",
    "建国路88号",
];
const NAMES: &[&str] = &["Иванов Иван", "Maria Souza", "Anna Schmidt", "王伟"];
const LOCALES: &[&str] = &["en", "ru", "zh", "de", "pt", "ru-RU"];
const INSTANTS: &[&str] = &[
    "2026-11-20T14:05:00+03:00",
    "2026-11-20T14:05:00.123Z",
    "2027-01-01T00:00:00+08:00",
    "2026-03-29T01:30:00+01:00",
    "9999-12-30T23:59:60-18:00",
];
const ZONES: &[&str] = &[
    "Asia/Shanghai",
    "Europe/Moscow",
    "Europe/Berlin",
    "America/Sao_Paulo",
    "Europe/Minsk",
    "Asia/Almaty",
    "UTC",
];
const CUTOFFS: &[&str] = &["18:00", "00:00", "23:59", "09:30"];
const DAYS: &[&str] = &["0", "1", "2", "14", "60", "365"];
const METHODS: &[&str] = &["air_mail", "air_express", "express"];
const LAST_MILES: &[&str] = &["pickup_point", "courier"];
const DATES: &[&str] = &[
    "2026-11-20",
    "2024-02-29",
    "2026-12-31",
    "9999-12-20",
    "0001-01-01",
];
const CATEGORIES: &[&str] = &[
    "apparel",
    "underwear",
    "perishable",
    "made_to_order",
    "digital_content",
];
const PAYERS: &[&str] = &["buyer", "seller", "unspecified"];
const TITLES: &[&str] = &[
    "Cotton summer dress",
    "Платье летнее хлопковое",
    "纯棉连衣裙",
    "BEST DRESS EVER 100%",
];
const DESCRIPTIONS: &[&str] = &[
    "Light cotton dress for summer days, with two side pockets and a belt.",
    "Лучшая цена! Платье №1 в России, 100% хлопок.",
    "<p>最好的连衣裙</p>",
];
const LISTING_CATEGORIES: &[&str] = &["apparel", "shoes", "electronics", "Одежда > Платья"];
const PRICES: &[&str] = &["1299.9", "950", "1000", "0", "0.01", "-5", "1e308"];
const CURRENCIES: &[&str] = &["RUB", "CNY", "USD"];
const URLS: &[&str] = &["https://example.com/1.jpg", "https://example.com/2.jpg", ""];
const SIZES: &[&str] = &["S, M, L", "42", "XS;S"];

#[derive(Arbitrary, Debug)]
struct AddressInput {
    country: Field,
    region: Field,
    city: Field,
    district: Field,
    address_line1: Field,
    postal_code: Field,
    recipient: Field,
    phone: Field,
    locale: u8,
}

impl AddressInput {
    fn json(&self) -> Value {
        let mut o = Map::new();
        put(&mut o, "country", self.country.text(COUNTRIES));
        put(&mut o, "region", self.region.text(REGIONS));
        put(&mut o, "city", self.city.text(CITIES));
        put(
            &mut o,
            "district",
            self.district.text(&["朝阳区", "Centro"]),
        );
        put(&mut o, "addressLine1", self.address_line1.text(STREETS));
        put(&mut o, "postalCode", self.postal_code.text(POSTAL_CODES));
        put(&mut o, "recipient", self.recipient.text(NAMES));
        put(&mut o, "phone", self.phone.text(PHONES));
        Value::Object(o)
    }
}

#[derive(Arbitrary, Debug)]
struct DayRangeInput {
    min: Field,
    max: Field,
    /// A plain number rather than `{ min, max }` (handling days allow it).
    exact: bool,
}

impl DayRangeInput {
    fn json(&self) -> Value {
        if self.exact {
            return self.min.number(DAYS).unwrap_or(Value::Null);
        }
        let mut o = Map::new();
        put(&mut o, "min", self.min.number(DAYS));
        put(&mut o, "max", self.max.number(DAYS));
        Value::Object(o)
    }
}

#[derive(Arbitrary, Debug)]
struct OrderInput {
    ordered_at: Field,
    origin_country: Field,
    time_zone: Field,
    cutoff: Field,
    handling_days: DayRangeInput,
    destination_country: Field,
    postal_code: Field,
    region: Field,
    method: Field,
    delivery: Field,
    transit_days: Option<DayRangeInput>,
    locale: u8,
}

impl OrderInput {
    fn json(&self) -> Value {
        let mut origin = Map::new();
        put(&mut origin, "country", self.origin_country.text(COUNTRIES));
        put(&mut origin, "timeZone", self.time_zone.text(ZONES));
        put(&mut origin, "cutoff", self.cutoff.text(CUTOFFS));
        origin.insert("handlingDays".into(), self.handling_days.json());
        let mut destination = Map::new();
        put(
            &mut destination,
            "country",
            self.destination_country.text(COUNTRIES),
        );
        put(
            &mut destination,
            "postalCode",
            self.postal_code.text(POSTAL_CODES),
        );
        put(&mut destination, "region", self.region.text(REGIONS));
        let mut o = Map::new();
        put(&mut o, "orderedAt", self.ordered_at.text(INSTANTS));
        o.insert("origin".into(), Value::Object(origin));
        o.insert("destination".into(), Value::Object(destination));
        put(&mut o, "method", self.method.text(METHODS));
        put(&mut o, "delivery", self.delivery.text(LAST_MILES));
        if let Some(days) = &self.transit_days {
            o.insert("transitDays".into(), days.json());
        }
        Value::Object(o)
    }
}

#[derive(Arbitrary, Debug)]
struct ReturnInput {
    market: Field,
    delivered_on: Field,
    category: Field,
    terms_given_in_writing: Option<bool>,
    window_days: Field,
    refund_days: Field,
    changed_mind: Field,
    defective: Field,
    return_points: Vec<Field>,
    locale: Field,
}

impl ReturnInput {
    fn json(&self) -> Value {
        let mut paid_by = Map::new();
        put(&mut paid_by, "changedMind", self.changed_mind.text(PAYERS));
        put(&mut paid_by, "defective", self.defective.text(PAYERS));
        let mut seller = Map::new();
        put(&mut seller, "windowDays", self.window_days.number(DAYS));
        put(&mut seller, "refundDays", self.refund_days.number(DAYS));
        seller.insert("returnShippingPaidBy".into(), Value::Object(paid_by));
        let points: Vec<Value> = self
            .return_points
            .iter()
            .take(4)
            .filter_map(|p| p.text(&["ул. Ленина, 1", "Ozon pickup point"]))
            .collect();
        seller.insert("returnPoints".into(), Value::Array(points));
        let mut o = Map::new();
        put(&mut o, "market", self.market.text(COUNTRIES));
        put(&mut o, "deliveredOn", self.delivered_on.text(DATES));
        put(&mut o, "category", self.category.text(CATEGORIES));
        put(
            &mut o,
            "termsGivenInWriting",
            self.terms_given_in_writing.map(Value::from),
        );
        put(&mut o, "locale", self.locale.text(LOCALES));
        o.insert("seller".into(), Value::Object(seller));
        Value::Object(o)
    }
}

#[derive(Arbitrary, Debug)]
struct ListingInput {
    title: Field,
    description: Field,
    category: Field,
    price: Field,
    old_price: Field,
    currency: Field,
    images: Vec<(Field, Field)>,
    sizes: Field,
    material: Field,
    locale: u8,
}

impl ListingInput {
    fn json(&self) -> Value {
        let images: Vec<Value> = self
            .images
            .iter()
            .take(16)
            .map(|(url, width)| match width.number(&["1200", "200", "0"]) {
                // An image is a URL or `{ url, width }`.
                Some(width) if !matches!(width, Value::Null) => {
                    json!({ "url": url.text(URLS), "width": width })
                }
                _ => url.text(URLS).unwrap_or(Value::Null),
            })
            .collect();
        let mut attributes = Map::new();
        put(&mut attributes, "sizes", self.sizes.text(SIZES));
        put(
            &mut attributes,
            "material",
            self.material.text(&["cotton", "хлопок"]),
        );
        let mut o = Map::new();
        put(&mut o, "title", self.title.text(TITLES));
        put(&mut o, "description", self.description.text(DESCRIPTIONS));
        put(&mut o, "category", self.category.text(LISTING_CATEGORIES));
        put(&mut o, "price", self.price.number(PRICES));
        put(&mut o, "oldPrice", self.old_price.number(PRICES));
        put(&mut o, "currency", self.currency.text(CURRENCIES));
        o.insert("images".into(), Value::Array(images));
        o.insert("attributes".into(), Value::Object(attributes));
        Value::Object(o)
    }
}

#[derive(Arbitrary, Debug)]
enum Call {
    ValidateAddress(AddressInput),
    EstimateDelivery(OrderInput),
    ReturnPolicy(ReturnInput),
    CheckListing(ListingInput),
}

fn locale(i: u8) -> Locale {
    Locale::ALL[usize::from(i) % Locale::ALL.len()]
}

/// The JSON as the binding reads it: `None` when it is not the export's input type.
fn read<T: serde::de::DeserializeOwned>(value: &Value) -> Option<T> {
    serde_json::from_str(&value.to_string()).ok()
}

fuzz_target!(|data: &[u8]| {
    let Ok(call) = Call::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    match call {
        Call::ValidateAddress(input) => {
            let Some(address) = read::<Address>(&input.json()) else {
                return;
            };
            let result = address::validate(&address, locale(input.locale));
            let expected = match result.issues.iter().map(|i| i.severity).max() {
                Some(Severity::Error) => Verdict::Fix,
                Some(Severity::Warning) => Verdict::Confirm,
                _ => Verdict::Accept,
            };
            assert_eq!(result.verdict, expected);
            const FIELDS: &[&str] = &[
                "country",
                "region",
                "city",
                "district",
                "addressLine1",
                "addressLine2",
                "postalCode",
                "recipient",
                "organization",
                "phone",
            ];
            for issue in &result.issues {
                assert!(FIELDS.contains(&issue.field.as_str()), "{}", issue.field);
                assert!(!issue.message.is_empty());
            }
        }
        Call::EstimateDelivery(input) => {
            let Some(order) = read::<EstimateInput>(&input.json()) else {
                return;
            };
            match delivery::estimate(&order, &NativeHost, locale(input.locale)) {
                Ok(estimate) => {
                    assert!(estimate.earliest <= estimate.latest, "{estimate:?}");
                    assert!(estimate.ship_by < estimate.earliest, "{estimate:?}");
                    assert!(estimate.cutoff.minutes_left >= 0, "{estimate:?}");
                }
                Err(e) => {
                    const FIELDS: &[&str] = &[
                        "orderedAt",
                        "origin.country",
                        "origin.timeZone",
                        "origin.cutoff",
                        "origin.handlingDays",
                        "destination.country",
                        "transitDays",
                    ];
                    assert!(
                        FIELDS.contains(&e.field.as_str()),
                        "{} on {}",
                        e.code,
                        e.field
                    );
                }
            }
        }
        Call::ReturnPolicy(input) => {
            let Some(request) = read::<ReturnRequest>(&input.json()) else {
                return;
            };
            match returns::return_policy(&request) {
                Ok(policy) => {
                    if let (Some(delivered), Some(by)) = (request.delivered_on, policy.return_by) {
                        assert!(by >= delivered, "{delivered} -> {by}");
                    }
                    assert!(!policy.text.is_empty() && policy.text.iter().all(|t| !t.is_empty()));
                }
                Err(e) => assert!(
                    e.field == "market"
                        || e.field == "deliveredOn"
                        || e.field.starts_with("seller."),
                    "{} on {}",
                    e.code,
                    e.field
                ),
            }
        }
        Call::CheckListing(input) => {
            let Some(listing) = read::<Listing>(&input.json()) else {
                return;
            };
            let options = CheckOptions {
                locale: locale(input.locale),
                ..CheckOptions::default()
            };
            let report = listing::check(&listing, &options);
            assert!(report.score <= 100);
            assert!(report
                .findings
                .iter()
                .all(|f| !f.field.is_empty() && !f.message.is_empty()));
        }
    }
});
