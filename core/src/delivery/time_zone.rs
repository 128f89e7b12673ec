//! The UTC offset of a seller's IANA time zone at any instant, from the small table in
//! `core/data/delivery/time_zones.toml` instead of a full tz database.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::instant::Instant;
use crate::calendar::record::Record;
use crate::date::{Date, Weekday};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DstRule {
    None,
    Eu,
    Us,
}

/// A time zone the table knows.
#[derive(Debug)]
pub struct TimeZone {
    standard: i32,
    dst: DstRule,
    /// (until, offset): instants before `until` used `offset`.
    earlier: Option<(Instant, i32)>,
}

impl TimeZone {
    /// The zone by its IANA name (exact, as the tz database spells it).
    pub fn named(name: &str) -> Option<&'static TimeZone> {
        static ZONES: OnceLock<HashMap<String, TimeZone>> = OnceLock::new();
        ZONES
            .get_or_init(|| {
                let json =
                    Record::parse("delivery/time_zones", embedded_data!("delivery/time_zones"));
                let table = Record::new(&json, "delivery/time_zones");
                table
                    .get("zone")
                    .items()
                    .map(|z| {
                        let name = z.get("name").str();
                        let earlier = z.get("earlier");
                        let earlier = earlier.is_present().then(|| {
                            let until = earlier.get("until");
                            let until = Instant::parse_rfc3339(until.str()).unwrap_or_else(|| {
                                panic!("core/data/delivery/time_zones: {name}: until")
                            });
                            (until, earlier.get("offset_minutes").int() as i32)
                        });
                        let dst = match z.get("dst").str() {
                            "eu" => DstRule::Eu,
                            "us" => DstRule::Us,
                            "none" => DstRule::None,
                            other => panic!("core/data/delivery/time_zones: {name}: dst {other}"),
                        };
                        let zone = TimeZone {
                            standard: z.get("offset_minutes").int() as i32,
                            dst,
                            earlier,
                        };
                        (name.to_string(), zone)
                    })
                    .collect()
            })
            .get(name)
    }

    /// The offset from UTC, in minutes, in force at `instant`.
    pub fn offset_at(&self, instant: Instant) -> i32 {
        if let Some((until, offset)) = self.earlier {
            if instant < until {
                return offset;
            }
        }
        let Some(year) = Date::from_day_number(instant.0.div_euclid(86_400)).map(Date::year) else {
            return self.standard;
        };
        let in_summer = match self.dst {
            DstRule::None => false,
            DstRule::Eu => {
                let start = last_sunday(year, 3).map(|d| Instant::at(d, 60, 0));
                let end = last_sunday(year, 10).map(|d| Instant::at(d, 60, 0));
                within(instant, start, end)
            }
            DstRule::Us => {
                let start = nth_sunday(year, 3, 2).map(|d| Instant::at(d, 120, self.standard));
                let end = nth_sunday(year, 11, 1).map(|d| Instant::at(d, 120, self.standard + 60));
                within(instant, start, end)
            }
        };
        self.standard + if in_summer { 60 } else { 0 }
    }

    /// The instant the zone's clocks show `minute` on `date`. In the spring-forward gap the wall time
    /// does not exist and the later reading is used; in the autumn overlap the first one.
    pub fn instant_of(&self, date: Date, minute: u32) -> Instant {
        let candidates = [self.standard + 60, self.standard];
        let candidates = match self.earlier {
            Some((_, offset)) => [offset, self.standard],
            None => candidates,
        };
        for offset in candidates {
            let instant = Instant::at(date, minute, offset);
            if self.offset_at(instant) == offset {
                return instant;
            }
        }
        Instant::at(date, minute, self.standard)
    }
}

fn within(instant: Instant, start: Option<Instant>, end: Option<Instant>) -> bool {
    matches!((start, end), (Some(s), Some(e)) if s <= instant && instant < e)
}

fn last_sunday(year: i32, month: u8) -> Option<Date> {
    let mut day = Date::new(year, month, crate::date::days_in_month(year, month))?;
    while day.weekday() != Weekday::Sun {
        day = day.add_days(-1)?;
    }
    Some(day)
}

fn nth_sunday(year: i32, month: u8, n: i64) -> Option<Date> {
    let mut day = Date::new(year, month, 1)?;
    while day.weekday() != Weekday::Sun {
        day = day.add_days(1)?;
    }
    day.add_days(7 * (n - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Instant {
        Instant::parse_rfc3339(text).unwrap()
    }

    #[test]
    fn berlin_switches_at_one_utc_on_the_last_sundays() {
        let berlin = TimeZone::named("Europe/Berlin").unwrap();
        assert_eq!(berlin.offset_at(at("2026-03-29T00:59:59Z")), 60);
        assert_eq!(berlin.offset_at(at("2026-03-29T01:00:00Z")), 120);
        assert_eq!(berlin.offset_at(at("2026-10-25T00:59:59Z")), 120);
        assert_eq!(berlin.offset_at(at("2026-10-25T01:00:00Z")), 60);
        assert_eq!(berlin.offset_at(at("2025-03-30T01:00:00Z")), 120);
    }

    #[test]
    fn new_york_switches_on_the_us_sundays() {
        let ny = TimeZone::named("America/New_York").unwrap();
        assert_eq!(ny.offset_at(at("2026-03-08T06:59:00Z")), -300);
        assert_eq!(ny.offset_at(at("2026-03-08T07:00:00Z")), -240);
        assert_eq!(ny.offset_at(at("2026-11-01T05:59:00Z")), -240);
        assert_eq!(ny.offset_at(at("2026-11-01T06:00:00Z")), -300);
    }

    #[test]
    fn almaty_moved_to_utc_plus_five_on_1_march_2024() {
        let almaty = TimeZone::named("Asia/Almaty").unwrap();
        assert_eq!(almaty.offset_at(at("2024-02-29T17:59:00Z")), 360);
        assert_eq!(almaty.offset_at(at("2024-02-29T18:00:00Z")), 300);
        assert_eq!(almaty.offset_at(at("2026-07-01T00:00:00Z")), 300);
    }

    #[test]
    fn zones_without_daylight_saving_keep_their_offset() {
        for (name, offset) in [
            ("Asia/Shanghai", 480),
            ("Europe/Moscow", 180),
            ("Europe/Minsk", 180),
            ("America/Sao_Paulo", -180),
            ("Asia/Hong_Kong", 480),
        ] {
            let zone = TimeZone::named(name).unwrap();
            assert_eq!(zone.offset_at(at("2026-01-15T00:00:00Z")), offset, "{name}");
            assert_eq!(zone.offset_at(at("2026-07-15T00:00:00Z")), offset, "{name}");
        }
        assert!(TimeZone::named("Mars/Olympus").is_none());
    }

    #[test]
    fn wall_times_map_to_instants_across_the_changes() {
        let berlin = TimeZone::named("Europe/Berlin").unwrap();
        let d = |t| Date::parse(t).unwrap();
        assert_eq!(
            berlin.instant_of(d("2026-03-28"), 18 * 60),
            at("2026-03-28T17:00:00Z")
        );
        assert_eq!(
            berlin.instant_of(d("2026-03-30"), 18 * 60),
            at("2026-03-30T16:00:00Z")
        );
        // 02:30 does not exist on 29 March: the clock reads 03:30 CEST then.
        assert_eq!(
            berlin.instant_of(d("2026-03-29"), 150),
            at("2026-03-29T01:30:00Z")
        );
        // 02:30 happens twice on 25 October: the first, in summer time.
        assert_eq!(
            berlin.instant_of(d("2026-10-25"), 150),
            at("2026-10-25T00:30:00Z")
        );
        let almaty = TimeZone::named("Asia/Almaty").unwrap();
        assert_eq!(
            almaty.instant_of(d("2026-05-05"), 18 * 60),
            at("2026-05-05T13:00:00Z")
        );
        assert_eq!(
            almaty.instant_of(d("2024-02-28"), 18 * 60),
            at("2024-02-28T12:00:00Z")
        );
    }
}
