//! One covered year as a bitset of its working days: a look-up is a shift and a mask.

use crate::date::Date;

pub struct YearBits {
    first_day: i64,
    working: [u64; 6],
}

impl YearBits {
    /// Ordinary Monday-Friday weeks, minus `days_off`, plus the weekend `working_days`. Dates outside
    /// `year` are ignored (a decree may name the next year's 1 January).
    pub fn new(year: i32, days_off: &[Date], working_days: &[Date]) -> YearBits {
        let first = Date::new(year, 1, 1).map_or(0, Date::day_number);
        let mut bits = YearBits {
            first_day: first,
            working: [0; 6],
        };
        let mut day = Date::new(year, 1, 1);
        while let Some(date) = day.filter(|d| d.year() == year) {
            if !date.weekday().is_weekend() {
                bits.set(date, true);
            }
            day = date.add_days(1);
        }
        for &date in days_off.iter().filter(|d| d.year() == year) {
            bits.set(date, false);
        }
        for &date in working_days.iter().filter(|d| d.year() == year) {
            bits.set(date, true);
        }
        bits
    }

    fn index(&self, date: Date) -> usize {
        (date.day_number() - self.first_day) as usize
    }

    fn set(&mut self, date: Date, working: bool) {
        let i = self.index(date);
        if working {
            self.working[i / 64] |= 1 << (i % 64);
        } else {
            self.working[i / 64] &= !(1 << (i % 64));
        }
    }

    /// `date` must lie in this year.
    pub fn is_working(&self, date: Date) -> bool {
        let i = self.index(date);
        self.working[i / 64] & (1 << (i % 64)) != 0
    }
}
