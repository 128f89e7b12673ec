//! Official working-day calendars, one data file per country (`core/data/calendars/<cc>.toml`), each
//! year citing the decree or notice it comes from. Years the data covers are answered from a per-year
//! bitset built once; other years fall back to fixed-date holidays and ordinary weekends, and callers
//! can ask [`WorkingDayCalendar::covers`] to say so.

mod year;

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::date::Date;
use year::YearBits;

/// The countries with a calendar, in ISO 3166-1 alpha-2.
pub const COUNTRIES: [&str; 6] = ["RU", "CN", "BY", "KZ", "DE", "BR"];

#[derive(Deserialize)]
struct CalendarFile {
    country: String,
    fixed_holidays: Vec<String>,
    pickup_closed: Vec<String>,
    year: Vec<YearRecord>,
}

#[derive(Deserialize)]
struct YearRecord {
    year: i32,
    verified: bool,
    source: String,
    days_off: Vec<Date>,
    working_days: Vec<Date>,
    #[serde(default)]
    pickup_closed: Vec<Date>,
}

/// A covered year's facts beside its bitset.
struct CoveredYear {
    bits: YearBits,
    verified: bool,
    source: String,
}

/// The working days of one country.
pub struct WorkingDayCalendar {
    country: String,
    first_year: i32,
    /// Index `year - first_year`; `None` for a gap in the data.
    years: Vec<Option<CoveredYear>>,
    /// (month, day) of the fixed-date holidays, for uncovered years.
    fixed: Vec<(u8, u8)>,
    pickup_closed_fixed: Vec<(u8, u8)>,
    /// Sorted: official days off of the covered years, and the extra pickup-closed dates.
    days_off: Vec<Date>,
    pickup_closed_dates: Vec<Date>,
}

impl WorkingDayCalendar {
    /// The calendar of `country` (ISO alpha-2, any case), if there is one.
    pub fn for_country(country: &str) -> Option<&'static WorkingDayCalendar> {
        static CALENDARS: OnceLock<HashMap<&'static str, WorkingDayCalendar>> = OnceLock::new();
        let calendars = CALENDARS.get_or_init(|| {
            let files: [(&str, &'static str); 6] = [
                ("RU", embedded_data!("calendars/ru")),
                ("CN", embedded_data!("calendars/cn")),
                ("BY", embedded_data!("calendars/by")),
                ("KZ", embedded_data!("calendars/kz")),
                ("DE", embedded_data!("calendars/de")),
                ("BR", embedded_data!("calendars/br")),
            ];
            files
                .into_iter()
                .map(|(code, json)| {
                    let file: CalendarFile = crate::data::parse("calendars", json);
                    (code, WorkingDayCalendar::from_file(file))
                })
                .collect()
        });
        let code = country.trim().to_ascii_uppercase();
        calendars.get(code.as_str())
    }

    fn from_file(file: CalendarFile) -> WorkingDayCalendar {
        let first_year = file.year.iter().map(|y| y.year).min().unwrap_or(0);
        let last_year = file.year.iter().map(|y| y.year).max().unwrap_or(-1);
        let mut years: Vec<Option<CoveredYear>> = (first_year..=last_year).map(|_| None).collect();
        let mut days_off = Vec::new();
        let mut pickup_closed_dates = Vec::new();
        for record in file.year {
            let bits = YearBits::new(record.year, &record.days_off, &record.working_days);
            days_off.extend(record.days_off.iter().filter(|d| d.year() == record.year));
            pickup_closed_dates.extend(record.pickup_closed);
            years[(record.year - first_year) as usize] = Some(CoveredYear {
                bits,
                verified: record.verified,
                source: record.source,
            });
        }
        days_off.sort();
        pickup_closed_dates.sort();
        WorkingDayCalendar {
            country: file.country,
            first_year,
            years,
            fixed: file
                .fixed_holidays
                .iter()
                .filter_map(|md| month_day(md))
                .collect(),
            pickup_closed_fixed: file
                .pickup_closed
                .iter()
                .filter_map(|md| month_day(md))
                .collect(),
            days_off,
            pickup_closed_dates,
        }
    }

    /// A calendar of ordinary Saturday-Sunday weekends and no holidays, covering no year: for a country
    /// without official data.
    pub fn weekends_only() -> &'static WorkingDayCalendar {
        static EMPTY: OnceLock<WorkingDayCalendar> = OnceLock::new();
        EMPTY.get_or_init(|| WorkingDayCalendar {
            country: String::new(),
            first_year: 0,
            years: Vec::new(),
            fixed: Vec::new(),
            pickup_closed_fixed: Vec::new(),
            days_off: Vec::new(),
            pickup_closed_dates: Vec::new(),
        })
    }

    pub fn country(&self) -> &str {
        &self.country
    }

    fn covered(&self, year: i32) -> Option<&CoveredYear> {
        let index = usize::try_from(year - self.first_year).ok()?;
        self.years.get(index)?.as_ref()
    }

    /// Whether the data covers `year` (else answers come from the fixed-date fallback).
    pub fn covers(&self, year: i32) -> bool {
        self.covered(year).is_some()
    }

    /// Whether the year's data was checked against the decree itself (see the data file's header).
    pub fn is_verified(&self, year: i32) -> bool {
        self.covered(year).is_some_and(|y| y.verified)
    }

    /// The decree or notice a covered year comes from.
    pub fn source(&self, year: i32) -> Option<&str> {
        self.covered(year).map(|y| y.source.as_str())
    }

    /// The covered years, oldest first.
    pub fn covered_years(&self) -> impl Iterator<Item = i32> + '_ {
        (self.first_year..)
            .zip(&self.years)
            .filter_map(|(y, c)| c.as_ref().map(|_| y))
    }

    pub fn is_working_day(&self, date: Date) -> bool {
        match self.covered(date.year()) {
            Some(year) => year.bits.is_working(date),
            None => !date.weekday().is_weekend() && !self.is_fixed_holiday(date),
        }
    }

    fn is_fixed_holiday(&self, date: Date) -> bool {
        self.fixed.contains(&(date.month(), date.day()))
    }

    /// An official day off (a public holiday or a transferred day off), as opposed to an ordinary
    /// weekend. Holidays that fall on a weekend count too.
    pub fn is_holiday(&self, date: Date) -> bool {
        if self.covers(date.year()) {
            self.days_off.binary_search(&date).is_ok()
        } else {
            self.is_fixed_holiday(date)
        }
    }

    /// Pickup points open every day but the country's main public holidays.
    pub fn is_pickup_open(&self, date: Date) -> bool {
        !self
            .pickup_closed_fixed
            .contains(&(date.month(), date.day()))
            && self.pickup_closed_dates.binary_search(&date).is_err()
    }

    /// For n > 0 the n-th working day after `date`, for n < 0 the |n|-th before it, for n = 0 the date
    /// itself if it is a working day, else the next one. `None` only past year 9999 or before year 1.
    pub fn add_working_days(&self, date: Date, n: i64) -> Option<Date> {
        let step = if n < 0 { -1 } else { 1 };
        let mut current = date;
        if n == 0 {
            while !self.is_working_day(current) {
                current = current.add_days(1)?;
            }
            return Some(current);
        }
        let mut left = n.unsigned_abs();
        while left > 0 {
            current = current.add_days(step)?;
            if self.is_working_day(current) {
                left -= 1;
            }
        }
        Some(current)
    }

    /// The first working day on or after `date`.
    pub fn next_working_day(&self, date: Date) -> Option<Date> {
        self.add_working_days(date, 0)
    }
}

fn month_day(text: &str) -> Option<(u8, u8)> {
    let (m, d) = text.split_once('-')?;
    Some((m.parse().ok()?, d.parse().ok()?))
}

#[cfg(test)]
mod tests;
