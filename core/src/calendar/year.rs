//! One year's days as bitsets (working, official day off, pickup points closed): a look-up is a shift
//! and a mask, whether the year comes from a decree or from the law's rules.

use crate::date::Date;

/// One bit a day of the year, 1 January first.
#[derive(Clone, Default)]
struct DayBits([u64; 6]);

impl DayBits {
    fn set(&mut self, i: usize, on: bool) {
        if on {
            self.0[i / 64] |= 1 << (i % 64);
        } else {
            self.0[i / 64] &= !(1 << (i % 64));
        }
    }

    fn get(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

#[derive(Clone)]
pub struct YearDays {
    year: i32,
    first_day: i64,
    working: DayBits,
    day_off: DayBits,
    pickup_closed: DayBits,
}

impl YearDays {
    /// Ordinary Monday-Friday weeks, no day off, pickup points open.
    pub fn weekdays(year: i32) -> YearDays {
        let first = Date::new(year, 1, 1).map_or(0, Date::day_number);
        let mut days = YearDays {
            year,
            first_day: first,
            working: DayBits::default(),
            day_off: DayBits::default(),
            pickup_closed: DayBits::default(),
        };
        let mut day = Date::new(year, 1, 1);
        while let Some(date) = day.filter(|d| d.year() == year) {
            if !date.weekday().is_weekend() {
                days.working.set(days.index(date), true);
            }
            day = date.add_days(1);
        }
        days
    }

    fn index(&self, date: Date) -> usize {
        (date.day_number() - self.first_day) as usize
    }

    /// Setters ignore a date of another year (a decree may name the next year's 1 January).
    fn index_in_year(&self, date: Date) -> Option<usize> {
        (date.year() == self.year).then(|| self.index(date))
    }

    /// An official day off: a holiday, or a day off given or moved for one.
    pub fn set_day_off(&mut self, date: Date) {
        if let Some(i) = self.index_in_year(date) {
            self.working.set(i, false);
            self.day_off.set(i, true);
        }
    }

    /// A Saturday or Sunday worked in exchange for a day off.
    pub fn set_working(&mut self, date: Date) {
        if let Some(i) = self.index_in_year(date) {
            self.working.set(i, true);
        }
    }

    pub fn set_pickup_closed(&mut self, date: Date) {
        if let Some(i) = self.index_in_year(date) {
            self.pickup_closed.set(i, true);
        }
    }

    /// `date` must lie in this year (so must it for the two below).
    pub fn is_working(&self, date: Date) -> bool {
        self.working.get(self.index(date))
    }

    pub fn is_day_off(&self, date: Date) -> bool {
        self.day_off.get(self.index(date))
    }

    pub fn is_pickup_closed(&self, date: Date) -> bool {
        self.pickup_closed.get(self.index(date))
    }
}
