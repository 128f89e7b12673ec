//! Delivery estimate and working-day calendars at checkout.

use orderguard_core::calendar::WorkingDayCalendar;
use orderguard_core::date::{Date, DayRange};
use orderguard_core::delivery::{
    DelayDestination, DelayInput, DelayOrigin, Destination, EstimateInput, HandlingDays, LastMile,
    Method, Origin,
};
use orderguard_core::{delivery, InputError, Locale};
use wasm_bindgen::prelude::*;

use crate::boundary::{
    error,
    plain::{input, options, output, Bad, Read, Value},
    CommonOptions,
};
use crate::host::BrowserHost;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../types/delivery.d.ts");

#[wasm_bindgen(js_name = isWorkingDay, skip_typescript)]
pub fn is_working_day(country: JsValue, date: JsValue) -> Result<bool, JsValue> {
    let (calendar, date) = calendar_and_date(country, date)?;
    Ok(calendar.is_working_day(date))
}

#[wasm_bindgen(js_name = addWorkingDays, skip_typescript)]
pub fn add_working_days(country: JsValue, date: JsValue, n: JsValue) -> Result<String, JsValue> {
    let (calendar, date) = calendar_and_date(country, date)?;
    let n: i32 = input(n, "n", Locale::En)?;
    calendar
        .add_working_days(date, n.into())
        .map(|d| d.to_string())
        .ok_or_else(|| error(&InputError::new("date_out_of_range", "n"), Locale::En))
}

#[wasm_bindgen(js_name = estimateDelivery, skip_typescript)]
pub fn estimate_delivery(order: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let opts: CommonOptions = options(opts)?;
    let order: EstimateInput = input(order, "input", opts.locale)?;
    let estimate = delivery::estimate(&order, &BrowserHost, opts.locale)
        .map_err(|e| error(&e, opts.locale))?;
    output(&estimate)
}

#[wasm_bindgen(js_name = delayNotices, skip_typescript)]
pub fn delay_notices(query: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let opts: CommonOptions = options(opts)?;
    let query: DelayInput = input(query, "input", opts.locale)?;
    let notices = delivery::delay_notices(&query, &BrowserHost, opts.locale)
        .map_err(|e| error(&e, opts.locale))?;
    output(&notices)
}

#[wasm_bindgen(module = "/js/read-ascii.js")]
extern "C" {
    /// Copies two short ASCII strings into `out` in one call back into JS (`as_string` on each would
    /// call back and allocate twice: most of a look-up's time). Returns `a.length | b.length << 8`, or
    /// -1 when either is not a string, is not ASCII, or they do not fit `out`.
    #[wasm_bindgen(js_name = readAsciiPair)]
    fn read_ascii_pair(a: &JsValue, b: &JsValue, out: &mut [u8]) -> i32;
}

/// A two-letter code and a `YYYY-MM-DD` date as the bytes of one call back into JS, when they are
/// exactly that; anything else (padded, not a string, unknown) goes the way that words the error.
fn exact_calendar_and_date(
    country: &JsValue,
    date: &JsValue,
) -> Option<(&'static WorkingDayCalendar, Date)> {
    // What `read_ascii_pair` returns for a two-letter code and a ten-character date.
    const CODE_AND_DATE: i32 = 2 | (10 << 8);
    let mut bytes = [0u8; 12];
    if read_ascii_pair(country, date, &mut bytes) != CODE_AND_DATE {
        return None;
    }
    let calendar = WorkingDayCalendar::for_code([bytes[0], bytes[1]])?;
    Some((calendar, Date::parse_bytes(&bytes[2..])?))
}

fn calendar_and_date(
    country: JsValue,
    date: JsValue,
) -> Result<(&'static WorkingDayCalendar, Date), JsValue> {
    if let Some(found) = exact_calendar_and_date(&country, &date) {
        return Ok(found);
    }
    // Plain `as_string` rather than the reader: a string is all these take.
    let country = text(&country, "country")?;
    let text = text(&date, "date")?;
    let calendar = WorkingDayCalendar::for_country(&country).ok_or_else(|| {
        let e =
            InputError::new("calendar_unsupported_country", "country").param("country", &country);
        error(&e, Locale::En)
    })?;
    let date = Date::parse(text.trim()).ok_or_else(|| {
        let e = InputError::new("malformed_calendar_date", "date").param("value", &text);
        error(&e, Locale::En)
    })?;
    Ok((calendar, date))
}

fn text(value: &JsValue, field: &str) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| {
        let e = InputError::new("invalid_input", field).param("detail", "expected a string");
        error(&e, Locale::En)
    })
}

impl Read for EstimateInput {
    fn read(value: Value) -> Result<Self, Bad> {
        let input = value.object()?;
        Ok(EstimateInput {
            ordered_at: input.field("orderedAt").required()?.string()?,
            origin: input.field("origin").read()?,
            destination: input.field("destination").read()?,
            method: input.field("method").choice(&[
                ("air_mail", Method::AirMail),
                ("air_express", Method::AirExpress),
                ("express", Method::Express),
            ])?,
            delivery: input.field("delivery").choice(&[
                ("pickup_point", LastMile::PickupPoint),
                ("courier", LastMile::Courier),
            ])?,
            transit_days: input.field("transitDays").read_given()?,
        })
    }
}

impl Read for Origin {
    fn read(value: Value) -> Result<Self, Bad> {
        let origin = value.object()?;
        Ok(Origin {
            country: origin.field("country").string()?,
            time_zone: origin.field("timeZone").string()?,
            cutoff: origin.field("cutoff").string()?,
            handling_days: origin.field("handlingDays").read()?,
        })
    }
}

impl Read for Destination {
    fn read(value: Value) -> Result<Self, Bad> {
        let destination = value.object()?;
        Ok(Destination {
            country: destination.field("country").string()?,
            postal_code: destination.field("postalCode").read_given()?,
            region: destination.field("region").read_given()?,
        })
    }
}

impl Read for DelayInput {
    fn read(value: Value) -> Result<Self, Bad> {
        let input = value.object()?;
        let origin = input.field("origin").object()?;
        let destination = match input.field("destination").given() {
            Some(destination) => Some(DelayDestination {
                country: destination.object()?.field("country").string()?,
            }),
            None => None,
        };
        let days_ahead = match input.field("daysAhead").given() {
            Some(days) => Some(days.integer()?),
            None => None,
        };
        Ok(DelayInput {
            now: input.field("now").string()?,
            origin: DelayOrigin {
                country: origin.field("country").string()?,
                time_zone: origin.field("timeZone").string()?,
                handling_days: origin.field("handlingDays").read_given()?,
            },
            destination,
            days_ahead,
        })
    }
}

/// A whole number of days or `{ min, max }`.
impl Read for HandlingDays {
    fn read(value: Value) -> Result<Self, Bad> {
        let value = value.required()?;
        if value.is_number() {
            value.integer().map(HandlingDays::Exact)
        } else if value.is_object() {
            value.read().map(HandlingDays::Range)
        } else {
            Err(value.bad("expected a whole number of days or { min, max }"))
        }
    }
}

impl Read for DayRange {
    fn read(value: Value) -> Result<Self, Bad> {
        let range = value.object()?;
        Ok(DayRange {
            min: range.field("min").integer()?,
            max: range.field("max").integer()?,
        })
    }
}
