//! Official working-day calendars, one data file per country (`core/data/calendars/<cc>.toml`), each
//! year citing the decree or notice it comes from. Years the data covers are answered from a per-year
//! bitset built once; other years fall back to fixed-date holidays and ordinary weekends, and callers
//! can ask [`WorkingDayCalendar::covers`] to say so.

mod year;

use std::sync::OnceLock;

use crate::date::Date;
use crate::record::Record;
use year::YearBits;

/// The countries with a calendar, in ISO 3166-1 alpha-2.
pub const COUNTRIES: [&str; 6] = ["RU", "CN", "BY", "KZ", "DE", "BR"];

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
        static CALENDARS: OnceLock<Vec<(&'static str, WorkingDayCalendar)>> = OnceLock::new();
        let calendars = CALENDARS.get_or_init(|| {
            let files: [(&str, crate::data::Data); 6] = [
                ("RU", static_data!("calendars/ru")),
                ("CN", static_data!("calendars/cn")),
                ("BY", static_data!("calendars/by")),
                ("KZ", static_data!("calendars/kz")),
                ("DE", static_data!("calendars/de")),
                ("BR", static_data!("calendars/br")),
            ];
            files
                .into_iter()
                .map(|(code, file)| {
                    (
                        code,
                        WorkingDayCalendar::from_file(Record::new(file, "calendars")),
                    )
                })
                .collect()
        });
        let code = country.trim();
        calendars
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(code))
            .map(|(_, calendar)| calendar)
    }

    fn from_file(file: Record) -> WorkingDayCalendar {
        let file = file.keys(&["country", "fixed_holidays", "pickup_closed", "year"]);
        let records: Vec<Record> = file
            .get("year")
            .items()
            .map(|r| {
                r.keys(&[
                    "year",
                    "days_off",
                    "working_days",
                    "pickup_closed",
                    "verified",
                    "source",
                ])
            })
            .collect();
        let year_of = |r: &Record| r.get("year").int() as i32;
        let first_year = records.iter().map(year_of).min().unwrap_or(0);
        let last_year = records.iter().map(year_of).max().unwrap_or(-1);
        let mut years: Vec<Option<CoveredYear>> = (first_year..=last_year).map(|_| None).collect();
        let mut days_off = Vec::new();
        let mut pickup_closed_dates = Vec::new();
        for record in &records {
            let year = year_of(record);
            let off = record.get("days_off").dates();
            let bits = YearBits::new(year, &off, &record.get("working_days").dates());
            days_off.extend(off.into_iter().filter(|d| d.year() == year));
            pickup_closed_dates.extend(record.get("pickup_closed").dates());
            years[(year - first_year) as usize] = Some(CoveredYear {
                bits,
                verified: record.get("verified").bool(),
                source: record.get("source").str().to_string(),
            });
        }
        // The files list dates in order (a test checks it), so look-ups can binary-search without a
        // sort shipped in the package.
        let month_days = |key: &str| file.get(key).items().map(Record::month_day).collect();
        WorkingDayCalendar {
            country: file.get("country").str().to_string(),
            first_year,
            years,
            fixed: month_days("fixed_holidays"),
            pickup_closed_fixed: month_days("pickup_closed"),
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

#[cfg(test)]
mod tests;
