//! An order waiting at a pickup point: the last day the carrier holds it (`core/data/orders/pickup.toml`,
//! or the seller's own `holdDays`), the days left, and when to remind the buyer: on arrival, two days
//! before the last day, and on the last day.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::columns::header_key;
use super::order::Order;
use crate::date::Date;

/// Days before the last day the second reminder goes out; also when a hold counts as expiring.
pub const EXPIRING_DAYS: i64 = 2;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PickupData {
    default: DefaultHold,
    carriers: BTreeMap<String, CarrierHold>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DefaultHold {
    hold_days: u32,
    #[allow(dead_code)]
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CarrierHold {
    names: Vec<String>,
    hold_days: u32,
    #[serde(default)]
    international_hold_days: Option<u32>,
    source: String,
    url: String,
    verified: bool,
    #[allow(dead_code)]
    note: String,
}

fn data() -> &'static PickupData {
    static DATA: OnceLock<PickupData> = OnceLock::new();
    DATA.get_or_init(|| crate::data::parse("orders/pickup", embedded_data!("orders/pickup")))
}

/// Where an order's hold comes from.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HoldSource {
    /// The carrier's key in the data ("ozon", "russian_post"...), "seller" for the seller's `holdDays`,
    /// "default" when the carrier is not recognized.
    pub carrier: String,
    pub hold_days: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub verified: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Pickup {
    pub carrier: String,
    pub arrived_on: Date,
    pub last_day: Date,
    /// Days from today to the last day; negative once it has passed.
    pub days_left: i64,
    /// The reminder plan: arrival, two days before the last day, the last day.
    pub remind_on: Vec<Date>,
    pub hold: HoldSource,
}

/// The carrier of an order, by its names in the data, read from the carrier and delivery-method
/// columns (Ozon's report names the pickup network there).
pub fn hold_for(order: &Order, seller_hold_days: Option<u32>, international: bool) -> HoldSource {
    if let Some(days) = seller_hold_days {
        return HoldSource {
            carrier: "seller".into(),
            hold_days: days,
            source: None,
            url: None,
            verified: true,
        };
    }
    // The carrier column first: a delivery method such as "Ozon ... to a pickup point" names the
    // marketplace, not who holds the parcel.
    let named_in = |text: &String| {
        let text = header_key(text);
        data().carriers.iter().find(|(_, carrier)| {
            carrier.names.iter().any(|name| {
                let name = header_key(name);
                text == name || contains_word(&text, &name)
            })
        })
    };
    let known = [&order.carrier, &order.delivery_method]
        .into_iter()
        .flatten()
        .find_map(named_in);
    match known {
        Some((key, carrier)) => HoldSource {
            carrier: key.clone(),
            hold_days: match (international, carrier.international_hold_days) {
                (true, Some(days)) => days,
                _ => carrier.hold_days,
            },
            source: Some(carrier.source.clone()),
            url: Some(carrier.url.clone()),
            verified: carrier.verified,
        },
        None => HoldSource {
            carrier: "default".into(),
            hold_days: data().default.hold_days,
            source: None,
            url: None,
            verified: false,
        },
    }
}

/// `name` in `text` as whole words ("сдэк" in "сдэк пвз", not "wb" in "wbx").
fn contains_word(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The hold of an order that arrived at a pickup point on `arrived_on`. Holds count from the day after
/// arrival, as Russian Post's and the marketplaces' do: a 7-day hold of a parcel that arrived on the 1st
/// ends on the 8th.
pub fn pickup(arrived_on: Date, hold: HoldSource, today: Date) -> Option<Pickup> {
    let last_day = arrived_on.add_days(hold.hold_days.into())?;
    let mut remind_on = vec![arrived_on];
    for day in [last_day.add_days(-EXPIRING_DAYS)?, last_day] {
        if day > *remind_on.last()? {
            remind_on.push(day);
        }
    }
    Some(Pickup {
        carrier: hold.carrier.clone(),
        arrived_on,
        last_day,
        days_left: today.days_until(last_day),
        remind_on,
        hold,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn order(carrier: &str) -> Order {
        Order {
            carrier: Some(carrier.into()),
            ..Order::default()
        }
    }

    #[test]
    fn carriers_by_their_names_in_exports() {
        assert_eq!(
            hold_for(&order("Ozon Логистика"), None, false).carrier,
            "ozon"
        );
        assert_eq!(hold_for(&order("ПВЗ СДЭК"), None, false).carrier, "cdek");
        assert_eq!(hold_for(&order("Почта России"), None, false).hold_days, 15);
        let post = Order {
            carrier: Some("Почта России".into()),
            delivery_method: Some("Ozon: доставка в отделение".into()),
            ..Order::default()
        };
        assert_eq!(hold_for(&post, None, false).carrier, "russian_post");
        assert_eq!(hold_for(&order("Wildberries"), None, false).hold_days, 12);
        let unknown = hold_for(&order("Рога и копыта"), None, false);
        assert_eq!(
            (unknown.carrier.as_str(), unknown.verified),
            ("default", false)
        );
        let seller = hold_for(&order("Ozon"), Some(5), false);
        assert_eq!((seller.carrier.as_str(), seller.hold_days), ("seller", 5));
    }

    #[test]
    fn a_seven_day_hold_and_its_reminders() {
        let hold = hold_for(&order("Ozon"), None, false);
        assert!(hold.verified);
        let p = pickup(d("2026-11-28"), hold, d("2026-12-01")).unwrap();
        assert_eq!(p.last_day, d("2026-12-05"));
        assert_eq!(p.days_left, 4);
        assert_eq!(
            p.remind_on,
            vec![d("2026-11-28"), d("2026-12-03"), d("2026-12-05")]
        );
        // A hold shorter than the reminder gap: no reminder before arrival.
        let short = pickup(
            d("2026-12-01"),
            hold_for(&order("x"), Some(1), false),
            d("2026-12-01"),
        )
        .unwrap();
        assert_eq!(short.remind_on, vec![d("2026-12-01"), d("2026-12-02")]);
    }
}
