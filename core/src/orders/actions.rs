//! What to do about an order, and when: each action a message ready to send, rendered from the message
//! catalog in the reader's language (the buyer's for buyer messages, the seller's for `ship_now`) with
//! the order's facts filled in.

use serde::Serialize;

use crate::date::Date;
use crate::locale::Locale;
use crate::messages::{self, Params};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionCode {
    ShipNow,
    ConfirmAddress,
    DelayNotice,
    PickupReminder,
    PaymentReminder,
    PolicyReminder,
}

impl ActionCode {
    pub fn name(self) -> &'static str {
        match self {
            ActionCode::ShipNow => "ship_now",
            ActionCode::ConfirmAddress => "confirm_address",
            ActionCode::DelayNotice => "delay_notice",
            ActionCode::PickupReminder => "pickup_reminder",
            ActionCode::PaymentReminder => "payment_reminder",
            ActionCode::PolicyReminder => "policy_reminder",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Recipient {
    Buyer,
    Seller,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Action {
    pub code: ActionCode,
    pub to: Recipient,
    pub send_on: Date,
    pub language: Locale,
    pub message: String,
}

/// An action before its text is rendered: the message key (one action, several wordings) and the
/// values it quotes; dates are written for the reader.
pub struct ActionDraft {
    pub code: ActionCode,
    pub to: Recipient,
    pub send_on: Date,
    key: &'static str,
    params: Vec<(&'static str, Value)>,
}

pub enum Value {
    Text(String),
    Date(Date),
}

impl ActionDraft {
    pub fn new(code: ActionCode, to: Recipient, send_on: Date, key: &'static str) -> Self {
        ActionDraft {
            code,
            to,
            send_on,
            key,
            params: Vec::new(),
        }
    }

    pub fn text(mut self, name: &'static str, value: impl ToString) -> Self {
        self.params.push((name, Value::Text(value.to_string())));
        self
    }

    pub fn date(mut self, name: &'static str, value: Date) -> Self {
        self.params.push((name, Value::Date(value)));
        self
    }

    pub fn render(self, language: Locale) -> Action {
        let mut params = Params::new();
        for (name, value) in &self.params {
            let value = match value {
                Value::Text(text) => text.clone(),
                Value::Date(date) => local_date(*date, language),
            };
            params.insert(name.to_string(), value);
        }
        Action {
            code: self.code,
            to: self.to,
            send_on: self.send_on,
            language,
            message: messages::text(self.key, language, &params),
        }
    }
}

/// A date as a reader of `locale` writes it in a letter.
pub fn local_date(date: Date, locale: Locale) -> String {
    let (y, m, d) = (date.year(), date.month(), date.day());
    match locale {
        Locale::Ru | Locale::De => format!("{d:02}.{m:02}.{y}"),
        Locale::Pt => format!("{d:02}/{m:02}/{y}"),
        Locale::Zh => format!("{y}年{m}月{d}日"),
        Locale::En => {
            const MONTHS: [&str; 12] = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            format!("{d} {} {y}", MONTHS[usize::from(m - 1)])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_each_reader_writes_them() {
        let date = Date::parse("2026-12-05").unwrap();
        assert_eq!(local_date(date, Locale::Ru), "05.12.2026");
        assert_eq!(local_date(date, Locale::Zh), "2026年12月5日");
        assert_eq!(local_date(date, Locale::En), "5 December 2026");
        assert_eq!(local_date(date, Locale::Pt), "05/12/2026");
    }
}
