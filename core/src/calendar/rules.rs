//! The law's own rules, for the years no decree has set: the statutory holidays (on fixed dates, or
//! moving with Easter or the Chinese calendar) and, where the law says so, the next working day off
//! for a holiday that falls on a Saturday or Sunday.

use super::chinese::ChineseFestival;
use super::coverage::{Coverage, Pending};
use super::easter::{orthodox_easter, western_easter};
use super::year::YearDays;
use crate::date::Date;
use crate::record::Record;

/// One holiday rule, written in the data as `MM-DD`, `easter-2`, `orthodox_easter+9`,
/// `spring_festival-1`, `qingming`, ... with an optional ` from YYYY` or ` until YYYY`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayRule {
    anchor: Anchor,
    offset: i32,
    since: i32,
    until: i32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Anchor {
    MonthDay(u8, u8),
    Easter,
    OrthodoxEaster,
    Chinese(ChineseFestival),
}

/// The data has no date for the rule in that year (the Chinese table ends).
#[derive(Debug, PartialEq, Eq)]
pub struct Undated;

impl DayRule {
    pub fn parse(text: &str) -> Option<DayRule> {
        let (day, years) = text.split_once(' ').unwrap_or((text, ""));
        let (since, until) = match years.split_once(' ') {
            None if years.is_empty() => (i32::MIN, i32::MAX),
            Some(("from", year)) => (number(year)?, i32::MAX),
            Some(("until", year)) => (i32::MIN, number(year)?),
            _ => return None,
        };
        let (anchor, offset) = if day.starts_with(|c: char| c.is_ascii_digit()) {
            let (m, d) = day.split_once('-')?;
            let (m, d) = (
                u8::try_from(number(m)?).ok()?,
                u8::try_from(number(d)?).ok()?,
            );
            // 2000 is a leap year: 29 February is a day rule.
            Date::new(2000, m, d)?;
            (Anchor::MonthDay(m, d), 0)
        } else {
            let at = day.bytes().position(|b| b == b'+' || b == b'-');
            let (name, offset) = match at {
                Some(at) => (day.get(..at)?, number(day.get(at..)?)?),
                None => (day, 0),
            };
            let anchor = match name {
                "easter" => Anchor::Easter,
                "orthodox_easter" => Anchor::OrthodoxEaster,
                name => Anchor::Chinese(ChineseFestival::from_name(name)?),
            };
            (anchor, offset)
        };
        Some(DayRule {
            anchor,
            offset,
            since,
            until,
        })
    }

    /// The rule's day in `year`: `None` in a year the rule is not in force.
    pub fn date_in(&self, year: i32) -> Result<Option<Date>, Undated> {
        if !(self.since..=self.until).contains(&year) {
            return Ok(None);
        }
        let anchor = match self.anchor {
            Anchor::MonthDay(m, d) => Date::new(year, m, d),
            Anchor::Easter => western_easter(year),
            Anchor::OrthodoxEaster => orthodox_easter(year),
            Anchor::Chinese(festival) => Some(festival.date_in(year).ok_or(Undated)?),
        };
        Ok(anchor.and_then(|a| a.add_days(i64::from(self.offset))))
    }
}

/// A whole number of up to four ASCII digits with an optional sign (the checkout package carries no
/// generic integer parser for this).
fn number(text: &str) -> Option<i32> {
    let (sign, digits) = match text.as_bytes().first()? {
        b'-' => (-1, text.get(1..)?),
        b'+' => (1, text.get(1..)?),
        _ => (1, text),
    };
    if digits.is_empty() || digits.len() > 4 {
        return None;
    }
    let value = digits.bytes().try_fold(0, |n: i32, b| {
        b.is_ascii_digit().then(|| n * 10 + i32::from(b - b'0'))
    })?;
    Some(sign * value)
}

/// A country's rules, from the keys of its calendar file.
pub struct StatutoryRules {
    holidays: Vec<DayRule>,
    /// Whether a holiday on a Saturday or Sunday gives the next working day off...
    weekend_holidays_move: bool,
    /// ...except these.
    not_moved: Vec<DayRule>,
    pickup_closed: Vec<DayRule>,
    /// What the yearly decree adds; `None` where the law alone sets every day.
    pending: Option<Pending>,
    /// False for a country without a calendar: then no year is known.
    in_data: bool,
}

impl StatutoryRules {
    pub fn none() -> StatutoryRules {
        StatutoryRules {
            holidays: Vec::new(),
            weekend_holidays_move: false,
            not_moved: Vec::new(),
            pickup_closed: Vec::new(),
            pending: None,
            in_data: false,
        }
    }

    /// Reads `holidays`, `weekend_holidays_move`, `not_moved`, `pickup_closed` and `pending`.
    pub fn from_file(file: Record) -> StatutoryRules {
        let rules = |key: &str| -> Vec<DayRule> {
            file.get(key)
                .items()
                .map(|r| {
                    DayRule::parse(r.str()).unwrap_or_else(|| {
                        panic!("core/data/{}: `{}` is not a day rule", file.file, r.str())
                    })
                })
                .collect()
        };
        let flag = file.get("weekend_holidays_move");
        let pending = file.get("pending");
        StatutoryRules {
            holidays: rules("holidays"),
            weekend_holidays_move: flag.is_present() && flag.bool(),
            not_moved: rules("not_moved"),
            pickup_closed: rules("pickup_closed"),
            pending: pending.is_present().then(|| {
                Pending::from_code(pending.str()).unwrap_or_else(|| {
                    panic!(
                        "core/data/{}: unknown pending `{}`",
                        file.file,
                        pending.str()
                    )
                })
            }),
            in_data: true,
        }
    }

    /// The days of `year` the rules give, and how complete they are. Dates a rule cannot give
    /// (the Chinese table ends) are left out, and the year then counts as fixed dates only.
    pub fn year(&self, year: i32) -> (YearDays, Coverage) {
        let mut undated = !self.in_data;
        let mut dates_of = |rules: &[DayRule]| -> Vec<Date> {
            rules
                .iter()
                .filter_map(|rule| match rule.date_in(year) {
                    Ok(date) => date.filter(|d| d.year() == year),
                    Err(Undated) => {
                        undated = true;
                        None
                    }
                })
                .collect()
        };
        let holidays = dates_of(&self.holidays);
        let not_moved = dates_of(&self.not_moved);
        let pickup_closed = dates_of(&self.pickup_closed);
        let mut days = YearDays::weekdays(year);
        for &date in &holidays {
            days.set_day_off(date);
        }
        if self.weekend_holidays_move {
            // Day by day, so that moves go in date order without sorting the holidays.
            let mut day = Date::new(year, 1, 1);
            while let Some(holiday) = day.filter(|d| d.year() == year) {
                let moves = holiday.weekday().is_weekend()
                    && holidays.contains(&holiday)
                    && !not_moved.contains(&holiday);
                if moves {
                    move_to_next_working_day(&mut days, holiday);
                }
                day = holiday.add_days(1);
            }
        }
        for date in pickup_closed {
            days.set_pickup_closed(date);
        }
        let coverage = match self.pending {
            _ if undated => Coverage::FixedDatesOnly,
            Some(pending) => Coverage::AwaitingDecree(pending),
            None => Coverage::Statutory,
        };
        (days, coverage)
    }

    /// The statutory holidays of `year` (none the data cannot date), without any moved day.
    #[cfg(test)]
    pub fn holidays_in(&self, year: i32) -> impl Iterator<Item = Date> + '_ {
        self.holidays
            .iter()
            .filter_map(move |rule| rule.date_in(year).ok().flatten())
    }

    /// The pickup-closed days the rules give for `year`, for a decreed year's days.
    pub fn pickup_closed_in(&self, year: i32) -> impl Iterator<Item = Date> + '_ {
        self.pickup_closed
            .iter()
            .filter_map(move |rule| rule.date_in(year).ok().flatten())
    }
}

/// Gives the first working day after `holiday` off. A day off already given (a holiday or an earlier
/// move) is no working day, so two weekend holidays in a row take the two next working days. A move
/// past 31 December is dropped: no holiday the rules move comes that late.
fn move_to_next_working_day(days: &mut YearDays, holiday: Date) {
    let mut day = holiday.add_days(1);
    while let Some(d) = day.filter(|d| d.year() == holiday.year()) {
        if days.is_working(d) {
            days.set_day_off(d);
            return;
        }
        day = d.add_days(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn day_rules_read_fixed_easter_and_chinese_days_with_their_years() {
        let day = |text: &str, year| DayRule::parse(text).unwrap().date_in(year).unwrap();
        assert_eq!(day("03-08", 2030), Some(d("2030-03-08")));
        assert_eq!(day("easter-2", 2026), Some(d("2026-04-03")));
        assert_eq!(day("easter+50", 2026), Some(d("2026-05-25")));
        assert_eq!(day("orthodox_easter+9", 2026), Some(d("2026-04-21")));
        assert_eq!(day("spring_festival-1", 2027), Some(d("2027-02-05")));
        assert_eq!(day("qingming", 2027), Some(d("2027-04-05")));
        assert_eq!(day("03-15 from 2027", 2026), None);
        assert_eq!(day("03-15 from 2027", 2027), Some(d("2027-03-15")));
        assert_eq!(day("08-30 until 2025", 2026), None);
        assert_eq!(
            DayRule::parse("mid_autumn").unwrap().date_in(2051),
            Err(Undated)
        );
        for bad in [
            "02-30",
            "easter+",
            "lantern",
            "03-15 since 2027",
            "03-15 from",
            "",
        ] {
            assert_eq!(DayRule::parse(bad), None, "{bad}");
        }
    }
}
