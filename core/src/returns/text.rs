//! The policy in plain words, rendered from the message catalog in the buyer's locale.

use crate::date::Date;
use crate::locale::Locale;
use crate::messages::{self, Params};

use super::law::{MarketLaw, Payer};
use super::window::ReturnWindow;
use super::ReturnShipping;

pub struct Policy<'a> {
    pub law: &'a MarketLaw,
    pub locale: Locale,
    pub window: ReturnWindow,
    pub legal_window: ReturnWindow,
    pub legal_article: &'a str,
    pub return_by: Option<Date>,
    /// The category and the article that excepts it.
    pub excepted: Option<(&'a str, &'a str)>,
    pub shipping: ReturnShipping,
    pub refund_days: Option<u32>,
    pub return_points: &'a [String],
}

pub fn lines(p: &Policy) -> Vec<String> {
    let say = |code: &str, pairs: &[(&str, String)]| messages::text(code, p.locale, &params(pairs));
    let mut lines = Vec::new();
    if p.window.is_none() {
        lines.push(say("returns_text_no_window", &[]));
    } else {
        lines.push(say(
            "returns_text_window",
            &[("window", duration(p.window, p.locale))],
        ));
    }
    if let Some(day) = p.return_by {
        lines.push(say(
            "returns_text_return_by",
            &[("date", date(day, p.locale))],
        ));
    }
    match p.excepted {
        Some((category_id, article)) => lines.push(say(
            "returns_text_excepted",
            &[
                ("category", category(category_id, p.locale)),
                ("basis", citation(p.law, article, p.locale)),
            ],
        )),
        None => lines.push(say(
            "returns_text_legal",
            &[
                ("window", duration(p.legal_window, p.locale)),
                ("basis", citation(p.law, p.legal_article, p.locale)),
            ],
        )),
    }
    if !p.window.is_none() {
        lines.push(say(
            match p.shipping.changed_mind {
                Payer::Buyer => "returns_text_shipping_buyer",
                Payer::Seller => "returns_text_shipping_seller",
                Payer::Unspecified => "returns_text_shipping_unspecified",
            },
            &[],
        ));
    }
    if p.shipping.defective == Payer::Seller {
        lines.push(say("returns_text_defective_seller", &[]));
    }
    match p.refund_days {
        Some(0) => lines.push(say("returns_text_refund_immediate", &[])),
        Some(days) => lines.push(say(
            "returns_text_refund_days",
            &[("period", duration(ReturnWindow::days(days), p.locale))],
        )),
        None => {}
    }
    if !p.return_points.is_empty() {
        let points = p.return_points.iter().fold(String::new(), |all, point| {
            if all.is_empty() {
                point.clone()
            } else {
                say(
                    "returns_list_separator",
                    &[("first", all), ("second", point.clone())],
                )
            }
        });
        lines.push(say("returns_text_points", &[("points", points)]));
    }
    lines
}

/// "Закон РФ … «О защите прав потребителей», ст. 26.1(4)" for a reader of the law's own language;
/// the law's English name elsewhere, since a buyer in Kazakhstan may read Chinese.
pub fn citation(law: &MarketLaw, article: &str, locale: Locale) -> String {
    let (name, article) = if locale.tag() == law.language {
        let abbreviation = messages::text("returns_article_abbreviation", locale, &Params::new());
        (
            law.law_native.clone(),
            // The data cites every article as "art. …".
            match article.strip_prefix("art.") {
                Some(rest) => format!("{abbreviation}{rest}"),
                None => article.to_string(),
            },
        )
    } else {
        (law.law.clone(), article.to_string())
    };
    messages::text(
        "returns_citation",
        locale,
        &params(&[("law", name), ("article", article)]),
    )
}

/// "14 days", "3 месяцев", "12 Monaten und 14 Tagen".
pub fn duration(window: ReturnWindow, locale: Locale) -> String {
    let unit = |n: u32, one: &str, other: &str| {
        let code = if is_one(n, locale) { one } else { other };
        messages::text(code, locale, &params(&[("n", n.to_string())]))
    };
    let days = unit(window.days, "returns_days_one", "returns_days_other");
    if window.months == 0 {
        return days;
    }
    let months = unit(window.months, "returns_months_one", "returns_months_other");
    if window.days == 0 {
        return months;
    }
    messages::text(
        "returns_and",
        locale,
        &params(&[("first", months), ("second", days)]),
    )
}

/// Which form a count takes: Russian genitive singular for 1, 21, 31 (not 11); elsewhere only 1.
fn is_one(n: u32, locale: Locale) -> bool {
    match locale {
        Locale::Ru => n % 10 == 1 && n % 100 != 11,
        _ => n == 1,
    }
}

pub fn category(id: &str, locale: Locale) -> String {
    let code = format!("returns_category_{id}");
    if messages::has(&code) {
        messages::text(&code, locale, &Params::new())
    } else {
        id.to_string()
    }
}

/// The date as the locale writes it in running text (the component formats its own with `Intl`).
pub fn date(day: Date, locale: Locale) -> String {
    let pairs = [
        ("year", format!("{:04}", day.year())),
        ("month", format!("{:02}", day.month())),
        ("day", format!("{:02}", day.day())),
    ];
    messages::text("returns_date", locale, &params(&pairs))
}

/// Inserts one by one: collecting into a map from an iterator would pull a sort into the package.
fn params(pairs: &[(&str, String)]) -> Params {
    let mut params = Params::new();
    for (name, value) in pairs {
        params.insert(name.to_string(), value.clone());
    }
    params
}
