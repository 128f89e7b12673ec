//! Civil calendar dates (proleptic Gregorian), the unit every calendar, estimate and return window
//! counts in. Arithmetic goes through a day number, so adding days or months never needs a clock.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date between 0001-01-01 and 9999-12-31.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Days of the week, Monday first as in ISO 8601.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub fn is_weekend(self) -> bool {
        matches!(self, Weekday::Sat | Weekday::Sun)
    }
}

/// A span of whole days, such as transit time or the delay a remote area adds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayRange {
    pub min: u32,
    pub max: u32,
}

pub const MIN_YEAR: i32 = 1;
pub const MAX_YEAR: i32 = 9999;

impl Date {
    /// The date, if it exists (no 30 February, no year 0 or 10000).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (MIN_YEAR..=MAX_YEAR).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Reads exactly `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        Date::parse_bytes(text.as_bytes())
    }

    /// Reads exactly `YYYY-MM-DD` from bytes; the calendar look-ups call it once each.
    pub fn parse_bytes(text: &[u8]) -> Option<Date> {
        let &[y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = text else {
            return None;
        };
        let number = |digits: &[u8]| {
            digits.iter().try_fold(0u32, |n, &b| {
                let digit = b.wrapping_sub(b'0');
                (digit <= 9).then_some(n * 10 + u32::from(digit))
            })
        };
        Date::new(
            number(&[y0, y1, y2, y3])? as i32,
            number(&[m0, m1])? as u8,
            number(&[d0, d1])? as u8,
        )
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
    pub fn day_number(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date with the given day number, if it is within years 1..=9999.
    pub fn from_day_number(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month, day)
    }

    /// `n` calendar days later (earlier for negative `n`); `None` past the supported years.
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_day_number(self.day_number().checked_add(n)?)
    }

    /// The same day `n` months later, or the month's last day when it is shorter (31 Jan + 1 month is
    /// 28 or 29 Feb), as civil codes count periods in months.
    pub fn add_months(self, n: i32) -> Option<Date> {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(n);
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        let month = (index.rem_euclid(12) + 1) as u8;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return None;
        }
        Date::new(year, month, self.day.min(days_in_month(year, month)))
    }

    /// Calendar days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Date) -> i64 {
        other.day_number() - self.day_number()
    }

    pub fn weekday(self) -> Weekday {
        const DAYS: [Weekday; 7] = [
            Weekday::Thu, // 1970-01-01
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
        ];
        DAYS[self.day_number().rem_euclid(7) as usize]
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format_args!(
                "\"{text}\" is not a date of the form YYYY-MM-DD"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(d("2024-02-29").to_string(), "2024-02-29");
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "0000-01-01",
            "2025-1-01",
            "2025-01-01T00",
            "",
            "２０２５-01-01",
            "2025-01-0a",
            "+025-01-01",
            "2025/01/01",
            "2025-01-1:",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn day_numbers_round_trip_across_the_whole_range() {
        assert_eq!(d("1970-01-01").day_number(), 0);
        for text in [
            "0001-01-01",
            "1600-02-29",
            "2000-02-29",
            "2026-11-22",
            "9999-12-31",
        ] {
            assert_eq!(Date::from_day_number(d(text).day_number()), Some(d(text)));
        }
        assert_eq!(d("9999-12-31").add_days(1), None);
        assert_eq!(d("0001-01-01").add_days(-1), None);
    }

    #[test]
    fn adding_months_clamps_to_the_month_end() {
        assert_eq!(d("2025-01-31").add_months(1), Some(d("2025-02-28")));
        assert_eq!(d("2024-01-31").add_months(1), Some(d("2024-02-29")));
        assert_eq!(d("2025-11-30").add_months(3), Some(d("2026-02-28")));
        assert_eq!(d("2025-03-15").add_months(-3), Some(d("2024-12-15")));
    }

    #[test]
    fn weekdays_match_the_calendar() {
        assert_eq!(d("2026-11-22").weekday(), Weekday::Sun);
        assert_eq!(d("2025-01-01").weekday(), Weekday::Wed);
        assert_eq!(d("0001-01-01").weekday(), Weekday::Mon);
    }
}
