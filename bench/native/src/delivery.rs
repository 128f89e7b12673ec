use orderguard_core::calendar::WorkingDayCalendar;
use orderguard_core::date::Date;
use orderguard_core::delivery::{self, EstimateInput};
use orderguard_core::host::NativeHost;
use orderguard_core::Locale;

use crate::timing::{measure, Rate};

pub fn estimate(json: &str) -> Result<Rate, String> {
    let orders: Vec<EstimateInput> = serde_json::from_str(json).map_err(|e| e.to_string())?;
    Ok(measure(orders.len(), || {
        for order in &orders {
            let _ = std::hint::black_box(delivery::estimate(order, &NativeHost, Locale::En));
        }
    }))
}

/// Look-ups as `[country, "YYYY-MM-DD"]` pairs; the text is parsed inside the loop, as a caller would.
pub fn working_days(json: &str) -> Result<Rate, String> {
    let lookups: Vec<(String, String)> = serde_json::from_str(json).map_err(|e| e.to_string())?;
    Ok(measure(lookups.len(), || {
        for (country, date) in &lookups {
            let answer = WorkingDayCalendar::for_country(country)
                .zip(Date::parse(date))
                .map(|(calendar, date)| calendar.is_working_day(date));
            std::hint::black_box(answer);
        }
    }))
}
