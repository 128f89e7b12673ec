//! `ReturnWindow`: how long a buyer has, in the units the law uses (days, months, or both).

use crate::date::Date;

/// A period counted from the day of delivery: `days` first, then `months`.
///
/// Counting follows the civil-law rule the markets share: the day of delivery itself is not counted,
/// so a 7-day window for goods delivered on the 1st ends on the 8th. A period in months ends on the
/// same-numbered day of the last month, or on that month's last day when it has no such day
/// (30 November + 3 months = 28 February). The EU's extended window (art. 10(1) of Directive
/// 2011/83/EU) runs 12 months from the end of the initial 14 days, hence days before months.
///
/// The end date is not moved off a weekend or public holiday, although several laws allow that: the
/// date shown is never later than the buyer's real deadline.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReturnWindow {
    pub days: u32,
    pub months: u32,
}

/// Start dates covering a whole leap-year cycle, to bound how many days a month-based window spans.
const CYCLE_START: (i32, u8, u8) = (2000, 1, 1);
const CYCLE_DAYS: i64 = 4 * 365 + 1;

impl ReturnWindow {
    pub const NONE: ReturnWindow = ReturnWindow { days: 0, months: 0 };

    pub fn days(days: u32) -> ReturnWindow {
        ReturnWindow { days, months: 0 }
    }

    pub fn months(months: u32) -> ReturnWindow {
        ReturnWindow { days: 0, months }
    }

    pub fn is_none(self) -> bool {
        self.days == 0 && self.months == 0
    }

    /// The last day a return can start, for goods delivered on `delivered`; `None` past year 9999.
    pub fn last_day(self, delivered: Date) -> Option<Date> {
        let after_days = delivered.add_days(i64::from(self.days))?;
        after_days.add_months(i32::try_from(self.months).ok()?)
    }

    /// The fewest and the most calendar days this window can span, over every delivery date. A window
    /// in days always spans exactly that many; 3 months spans 89 to 92 days depending on the months.
    pub fn span_bounds(self) -> (i64, i64) {
        if self.months == 0 {
            return (i64::from(self.days), i64::from(self.days));
        }
        let (y, m, d) = CYCLE_START;
        let Some(first) = Date::new(y, m, d) else {
            return (i64::from(self.days), i64::from(self.days));
        };
        let mut bounds = (i64::MAX, i64::MIN);
        for offset in 0..CYCLE_DAYS {
            let Some(start) = first.add_days(offset) else {
                continue;
            };
            if let Some(end) = self.last_day(start) {
                let span = start.days_until(end);
                bounds = (bounds.0.min(span), bounds.1.max(span));
            }
        }
        bounds
    }

    /// Whether `self` ends before `other` for goods delivered on `delivered`, or, without a delivery
    /// date, for at least one possible delivery date (the cautious answer for a seller's terms).
    pub fn ends_before(self, other: ReturnWindow, delivered: Option<Date>) -> bool {
        match delivered {
            Some(day) => match (self.last_day(day), other.last_day(day)) {
                (Some(mine), Some(theirs)) => mine < theirs,
                // The other window runs past the calendar's end, so it is the longer one.
                (Some(_), None) => true,
                _ => false,
            },
            None => self.span_bounds().0 < other.span_bounds().1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn day_of_delivery_is_not_counted() {
        assert_eq!(
            ReturnWindow::days(7).last_day(d("2026-11-01")),
            Some(d("2026-11-08"))
        );
    }

    #[test]
    fn day_windows_cross_month_and_year_ends() {
        assert_eq!(
            ReturnWindow::days(14).last_day(d("2026-12-25")),
            Some(d("2027-01-08"))
        );
        assert_eq!(
            ReturnWindow::days(7).last_day(d("2026-04-28")),
            Some(d("2026-05-05"))
        );
    }

    #[test]
    fn day_windows_count_the_leap_day() {
        assert_eq!(
            ReturnWindow::days(7).last_day(d("2028-02-25")),
            Some(d("2028-03-03"))
        );
        assert_eq!(
            ReturnWindow::days(7).last_day(d("2027-02-25")),
            Some(d("2027-03-04"))
        );
    }

    #[test]
    fn month_windows_end_on_the_last_day_of_a_shorter_month() {
        assert_eq!(
            ReturnWindow::months(3).last_day(d("2025-11-30")),
            Some(d("2026-02-28"))
        );
        assert_eq!(
            ReturnWindow::months(3).last_day(d("2027-11-30")),
            Some(d("2028-02-29"))
        );
        assert_eq!(
            ReturnWindow::months(3).last_day(d("2026-01-15")),
            Some(d("2026-04-15"))
        );
    }

    #[test]
    fn extended_eu_window_adds_twelve_months_after_the_first_fourteen_days() {
        let extended = ReturnWindow {
            days: 14,
            months: 12,
        };
        assert_eq!(extended.last_day(d("2026-03-10")), Some(d("2027-03-24")));
        // 14 days after 15 Feb 2028 is the leap day; a year later February has no 29th.
        assert_eq!(extended.last_day(d("2028-02-15")), Some(d("2029-02-28")));
    }

    #[test]
    fn window_past_the_calendar_end_has_no_last_day() {
        assert_eq!(ReturnWindow::days(14).last_day(d("9999-12-25")), None);
    }

    #[test]
    fn three_months_span_89_to_92_days() {
        assert_eq!(ReturnWindow::months(3).span_bounds(), (89, 92));
        assert_eq!(ReturnWindow::days(30).span_bounds(), (30, 30));
    }

    #[test]
    fn comparing_days_with_months_depends_on_the_delivery_date() {
        let ninety = ReturnWindow::days(90);
        let three_months = ReturnWindow::months(3);
        // November to February is short: 90 days outlast 3 months.
        assert!(!ninety.ends_before(three_months, Some(d("2025-11-30"))));
        // July to October is long: 3 months outlast 90 days.
        assert!(ninety.ends_before(three_months, Some(d("2026-07-01"))));
        // Without a date, 90 days may fall short, so they count as shorter; 92 never do.
        assert!(ninety.ends_before(three_months, None));
        assert!(!ReturnWindow::days(92).ends_before(three_months, None));
    }
}
