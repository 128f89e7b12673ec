//! Official working-day calendars, one data file per country (`core/data/calendars/<cc>.toml`). A year
//! with a decree or notice is read from its `[[year]]` entry, which cites it; any other year is worked
//! out from the law's rules in the same file (statutory holidays, Easter, the Chinese calendar, a
//! holiday on a weekend moving to the next working day), and [`WorkingDayCalendar::coverage`] says
//! what such a year still waits for. Each year is a bitset, built once (rule-made years of 2020-2079
//! are kept).

mod chinese;
mod coverage;
mod easter;
mod rules;
mod year;

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::date::Date;
use crate::record::Record;
pub use chinese::ChineseFestival;
pub use coverage::{Coverage, Pending};
pub use easter::{orthodox_easter, western_easter};
use rules::StatutoryRules;
pub use rules::{DayRule, Undated};
use year::YearDays;

/// The countries with a calendar, in ISO 3166-1 alpha-2.
pub const COUNTRIES: [&str; 6] = ["RU", "CN", "BY", "KZ", "DE", "BR"];

/// Years whose rule-made days are kept once built (under 200 bytes a year); the others, far from any
/// order, are built on each look-up.
const KEPT_YEARS: std::ops::Range<i32> = 2020..2080;

/// A decreed year's days beside the facts about its decree.
struct DecreedYear {
    days: YearDays,
    verified: bool,
    source: String,
}

/// The working days of one country.
pub struct WorkingDayCalendar {
    country: String,
    rules: StatutoryRules,
    first_year: i32,
    /// Index `year - first_year`; `None` for a year without a decree in the data.
    decreed: Vec<Option<DecreedYear>>,
    /// Index `year - KEPT_YEARS.start`.
    computed: Vec<OnceLock<(YearDays, Coverage)>>,
}

impl WorkingDayCalendar {
    /// The calendar of `country` (ISO alpha-2, any case), if there is one.
    pub fn for_country(country: &str) -> Option<&'static WorkingDayCalendar> {
        let &[a, b] = country.trim().as_bytes() else {
            return None;
        };
        Self::for_code([a, b])
    }

    /// The calendar of an ISO alpha-2 code given as its two bytes, any case.
    pub fn for_code(code: [u8; 2]) -> Option<&'static WorkingDayCalendar> {
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
        let code = code.map(|b| b.to_ascii_uppercase());
        calendars
            .iter()
            .find(|(c, _)| c.as_bytes() == code)
            .map(|(_, calendar)| calendar)
    }

    fn from_file(file: Record) -> WorkingDayCalendar {
        let file = file.keys(&[
            "country",
            "holidays",
            "weekend_holidays_move",
            "not_moved",
            "pickup_closed",
            "pending",
            "year",
        ]);
        let rules = StatutoryRules::from_file(file);
        let records: Vec<Record> = file
            .get("year")
            .items()
            .map(|r| r.keys(&["year", "days_off", "working_days", "verified", "source"]))
            .collect();
        let year_of = |r: &Record| r.get("year").int() as i32;
        let first_year = records.iter().map(year_of).min().unwrap_or(0);
        let last_year = records.iter().map(year_of).max().unwrap_or(-1);
        let mut decreed: Vec<Option<DecreedYear>> =
            (first_year..=last_year).map(|_| None).collect();
        for record in &records {
            let year = year_of(record);
            let mut days = YearDays::weekdays(year);
            record
                .get("days_off")
                .dates()
                .into_iter()
                .for_each(|d| days.set_day_off(d));
            record
                .get("working_days")
                .dates()
                .into_iter()
                .for_each(|d| days.set_working(d));
            rules
                .pickup_closed_in(year)
                .for_each(|d| days.set_pickup_closed(d));
            decreed[(year - first_year) as usize] = Some(DecreedYear {
                days,
                verified: record.get("verified").bool(),
                source: record.get("source").str().to_string(),
            });
        }
        WorkingDayCalendar {
            country: file.get("country").str().to_string(),
            rules,
            first_year,
            decreed,
            computed: KEPT_YEARS.map(|_| OnceLock::new()).collect(),
        }
    }

    /// A calendar of ordinary Saturday-Sunday weekends and no holidays, knowing no year: for a country
    /// without official data.
    pub fn weekends_only() -> &'static WorkingDayCalendar {
        static EMPTY: OnceLock<WorkingDayCalendar> = OnceLock::new();
        EMPTY.get_or_init(|| WorkingDayCalendar {
            country: String::new(),
            rules: StatutoryRules::none(),
            first_year: 0,
            decreed: Vec::new(),
            computed: KEPT_YEARS.map(|_| OnceLock::new()).collect(),
        })
    }

    pub fn country(&self) -> &str {
        &self.country
    }

    fn decreed(&self, year: i32) -> Option<&DecreedYear> {
        let index = usize::try_from(year - self.first_year).ok()?;
        self.decreed.get(index)?.as_ref()
    }

    /// The days of `year`: the decree's, else the rules'.
    fn days(&self, year: i32) -> Cow<'_, YearDays> {
        if let Some(decreed) = self.decreed(year) {
            return Cow::Borrowed(&decreed.days);
        }
        match self.rule_year(year) {
            Cow::Borrowed((days, _)) => Cow::Borrowed(days),
            Cow::Owned((days, _)) => Cow::Owned(days),
        }
    }

    /// The days the rules give for `year` (kept once built) and how complete they are.
    fn rule_year(&self, year: i32) -> Cow<'_, (YearDays, Coverage)> {
        let kept = usize::try_from(year - KEPT_YEARS.start)
            .ok()
            .and_then(|i| self.computed.get(i));
        match kept {
            Some(cell) => Cow::Borrowed(cell.get_or_init(|| self.rules.year(year))),
            None => Cow::Owned(self.rules.year(year)),
        }
    }

    /// How `year`'s days are known: from a decree, from the law alone, from the law while the decree
    /// is awaited (and what it will add), or from fixed dates only.
    pub fn coverage(&self, year: i32) -> Coverage {
        match self.decreed(year) {
            Some(_) => Coverage::Decreed,
            None => self.rule_year(year).1,
        }
    }

    /// Whether every day of `year` is known: by a decree, or by the law where no decree is issued.
    pub fn covers(&self, year: i32) -> bool {
        self.coverage(year).is_complete()
    }

    /// Whether the year's decree was checked against its official text (see the data file's header).
    pub fn is_verified(&self, year: i32) -> bool {
        self.decreed(year).is_some_and(|y| y.verified)
    }

    /// The decree or notice a decreed year comes from.
    pub fn source(&self, year: i32) -> Option<&str> {
        self.decreed(year).map(|y| y.source.as_str())
    }

    /// The years with a decree in the data, oldest first.
    pub fn decreed_years(&self) -> impl Iterator<Item = i32> + '_ {
        (self.first_year..)
            .zip(&self.decreed)
            .filter_map(|(y, c)| c.as_ref().map(|_| y))
    }

    pub fn is_working_day(&self, date: Date) -> bool {
        self.days(date.year()).is_working(date)
    }

    /// An official day off (a public holiday, or a day off given or moved for one), as opposed to an
    /// ordinary weekend. Holidays that fall on a weekend count too.
    pub fn is_holiday(&self, date: Date) -> bool {
        self.days(date.year()).is_day_off(date)
    }

    /// Pickup points open every day but the country's main public holidays.
    pub fn is_pickup_open(&self, date: Date) -> bool {
        !self.days(date.year()).is_pickup_closed(date)
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
