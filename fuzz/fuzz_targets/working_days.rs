#![no_main]
//! Any country, any day in years 1..=9999, any step: working-day arithmetic lands on a working day and
//! agrees with counting the days one by one.

use libfuzzer_sys::fuzz_target;
use orderguard_core::calendar::{WorkingDayCalendar, COUNTRIES};
use orderguard_core::date::Date;

/// Day numbers of 0001-01-01 and 9999-12-31.
const FIRST_DAY: i64 = -719_162;
const LAST_DAY: i64 = 2_932_896;

/// Working days in `from..to` (half-open, `from <= to`).
fn working_days_between(calendar: &WorkingDayCalendar, from: Date, to: Date) -> i64 {
    (from.day_number()..to.day_number())
        .filter_map(Date::from_day_number)
        .filter(|d| calendar.is_working_day(*d))
        .count() as i64
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 11 {
        return;
    }
    let calendar = match data[0] as usize % (COUNTRIES.len() + 1) {
        i if i < COUNTRIES.len() => match WorkingDayCalendar::for_country(COUNTRIES[i]) {
            Some(c) => c,
            None => panic!("{} has a calendar", COUNTRIES[i]),
        },
        _ => WorkingDayCalendar::weekends_only(),
    };
    let mut raw = [0u8; 8];
    raw.copy_from_slice(&data[1..9]);
    let day = FIRST_DAY + i64::from_le_bytes(raw).rem_euclid(LAST_DAY - FIRST_DAY + 1);
    let date = Date::from_day_number(day).expect("within years 1..=9999");
    // Steps up to a few years keep each run short; longer ones only walk further.
    let n = i64::from(i16::from_le_bytes([data[9], data[10]])) % 1500;
    let _ = calendar.is_holiday(date);
    let _ = calendar.is_pickup_open(date);
    let _ = calendar.is_verified(date.year());
    let Some(result) = calendar.add_working_days(date, n) else {
        return;
    };
    assert!(calendar.is_working_day(result), "{date} {n} -> {result}");
    match n {
        0 => {
            assert!(result >= date);
            assert_eq!(working_days_between(calendar, date, result), 0);
        }
        n if n > 0 => {
            assert!(result > date);
            // (date, result]: the result itself is a working day.
            let after = date.add_days(1).expect("before the result");
            assert_eq!(working_days_between(calendar, after, result) + 1, n);
        }
        n => {
            assert!(result < date);
            assert_eq!(working_days_between(calendar, result, date), -n);
        }
    }
});
