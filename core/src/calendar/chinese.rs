//! The dates of the Chinese holidays that follow the moon or the sun, from the table in
//! `core/data/calendars/chinese_dates.toml` (no lunisolar arithmetic ships: four numbers a year).

use std::sync::OnceLock;

use crate::date::Date;
use crate::record::Record;

/// A Chinese festival the table dates, in the order of its columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChineseFestival {
    /// The 1st day of the 1st lunar month.
    SpringFestival,
    /// The solar term Pure Brightness (the sun at 15 degrees).
    Qingming,
    /// The 5th day of the 5th lunar month.
    DragonBoat,
    /// The 15th day of the 8th lunar month.
    MidAutumn,
}

impl ChineseFestival {
    pub fn from_name(name: &str) -> Option<ChineseFestival> {
        match name {
            "spring_festival" => Some(ChineseFestival::SpringFestival),
            "qingming" => Some(ChineseFestival::Qingming),
            "dragon_boat" => Some(ChineseFestival::DragonBoat),
            "mid_autumn" => Some(ChineseFestival::MidAutumn),
            _ => None,
        }
    }

    /// The festival's date in `year`, if the table has the year.
    pub fn date_in(self, year: i32) -> Option<Date> {
        let table = table();
        let row = table
            .rows
            .get(usize::try_from(year - table.first_year).ok()?)?;
        let (month, day) = row[self as usize];
        Date::new(year, month, day)
    }
}

/// The years the table dates.
#[cfg(test)]
pub fn table_years() -> std::ops::RangeInclusive<i32> {
    let table = table();
    table.first_year..=table.first_year + table.rows.len() as i32 - 1
}

struct Table {
    first_year: i32,
    rows: Vec<[(u8, u8); 4]>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let file = Record::new(
            static_data!("calendars/chinese_dates"),
            "calendars/chinese_dates",
        )
        .keys(&["verified", "first_year", "dates"]);
        let rows = file
            .get("dates")
            .items()
            .map(|row| {
                // month * 100 + day
                let cells: Vec<(u8, u8)> = row
                    .items()
                    .map(|cell| ((cell.count() / 100) as u8, (cell.count() % 100) as u8))
                    .collect();
                <[(u8, u8); 4]>::try_from(cells).unwrap_or_else(|_| {
                    panic!("core/data/calendars/chinese_dates: expected four dates a year")
                })
            })
            .collect();
        Table {
            first_year: file.get("first_year").int() as i32,
            rows,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn the_table_covers_2025_to_2050_in_calendar_order() {
        assert_eq!(table_years(), 2025..=2050);
        for year in table_years() {
            let dates = [
                ChineseFestival::SpringFestival,
                ChineseFestival::Qingming,
                ChineseFestival::DragonBoat,
                ChineseFestival::MidAutumn,
            ]
            .map(|f| f.date_in(year).unwrap());
            assert!(dates.is_sorted(), "{year}: {dates:?}");
            assert!((d("2000-01-21")..=d("2000-02-20"))
                .contains(&Date::new(2000, dates[0].month(), dates[0].day()).unwrap()));
            assert!(matches!(
                (dates[1].month(), dates[1].day()),
                (4, 4) | (4, 5)
            ));
        }
        assert_eq!(ChineseFestival::SpringFestival.date_in(2051), None);
        assert_eq!(ChineseFestival::SpringFestival.date_in(2024), None);
    }

    #[test]
    fn the_festivals_are_the_days_the_state_council_notices_rest_for() {
        // The breaks of the notices of 12 November 2024 (2025) and 4 November 2025 (2026) hold them.
        let festival = |name: &str, year| ChineseFestival::from_name(name).unwrap().date_in(year);
        assert_eq!(festival("spring_festival", 2025), Some(d("2025-01-29")));
        assert_eq!(festival("qingming", 2025), Some(d("2025-04-04")));
        assert_eq!(festival("dragon_boat", 2025), Some(d("2025-05-31")));
        assert_eq!(festival("mid_autumn", 2025), Some(d("2025-10-06")));
        assert_eq!(festival("spring_festival", 2026), Some(d("2026-02-17")));
        assert_eq!(festival("qingming", 2026), Some(d("2026-04-05")));
        assert_eq!(festival("dragon_boat", 2026), Some(d("2026-06-19")));
        assert_eq!(festival("mid_autumn", 2026), Some(d("2026-09-25")));
        assert_eq!(ChineseFestival::from_name("lantern"), None);
    }
}
