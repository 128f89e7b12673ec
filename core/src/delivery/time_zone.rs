//! The seller's clock: an IANA time zone (or link) name read through the host's tz database, and the
//! two questions the estimate asks of it, resolved here so every host answers them the same way.

use super::instant::Instant;
use crate::date::Date;
use crate::host::TimeZones;

/// A zone the host's database knows.
#[derive(Clone, Copy)]
pub struct TimeZone<'a> {
    name: &'a str,
    zones: &'a dyn TimeZones,
}

impl<'a> TimeZone<'a> {
    /// The zone by its IANA name or link, as the host's database spells it (hosts may accept any case).
    pub fn named(name: &'a str, zones: &'a dyn TimeZones) -> Option<Self> {
        TimeZone::with_offset_at(name, zones, Instant(0)).map(|(zone, _)| zone)
    }

    /// The zone by its name, with its offset in whole minutes at `instant`: one look-up that both checks
    /// the name and answers the first question an estimate asks. Out of line: the estimate and the
    /// delay notices share one copy.
    #[inline(never)]
    pub fn with_offset_at(
        name: &'a str,
        zones: &'a dyn TimeZones,
        instant: Instant,
    ) -> Option<(Self, i32)> {
        let seconds = zones.offset_at(name, instant.0)?;
        Some((TimeZone { name, zones }, seconds.div_euclid(60)))
    }

    /// The offset from UTC in whole minutes in force at `instant`. (Sub-minute offsets exist only in the
    /// local mean times of the 19th century and earlier; they are floored.)
    pub fn offset_at(&self, instant: Instant) -> i32 {
        self.zones
            .offset_at(self.name, instant.0)
            .map_or(0, |seconds| seconds.div_euclid(60))
    }

    /// The instant the zone's clocks show `minute` on `date`. In a spring-forward gap the wall time does
    /// not exist and the reading an hour on is used (the clock has moved past it); in an autumn overlap,
    /// the first of the two.
    pub fn instant_of(&self, date: Date, minute: u32) -> Instant {
        let wall = Instant::at(date, minute, 0);
        // The offsets in force a day either side cover any change near the wall time: a zone changes its
        // offset at most once in two days.
        let before = self.offset_at(Instant(wall.0 - 86_400));
        let after = self.offset_at(Instant(wall.0 + 86_400));
        if before == after {
            // No change near the wall time (the usual case): one reading, and two fewer look-ups, which
            // in a browser are each a call into `Intl`.
            return Instant::at(date, minute, before);
        }
        let fits = |offset: i32| {
            let instant = Instant::at(date, minute, offset);
            (self.offset_at(instant) == offset).then_some(instant)
        };
        match (fits(before), fits(after)) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) | (None, Some(a)) => a,
            // A gap: the wall time read with the offset from before the change.
            (None, None) => Instant::at(date, minute, before),
        }
    }
}

#[cfg(all(test, feature = "native"))]
mod tests {
    use super::*;
    use crate::host::NativeHost;

    fn at(text: &str) -> Instant {
        Instant::parse_rfc3339(text).unwrap()
    }

    fn zone(name: &str) -> TimeZone<'_> {
        TimeZone::named(name, &NativeHost).unwrap()
    }

    #[test]
    fn berlin_switches_at_one_utc_on_the_last_sundays() {
        let berlin = zone("Europe/Berlin");
        assert_eq!(berlin.offset_at(at("2026-03-29T00:59:59Z")), 60);
        assert_eq!(berlin.offset_at(at("2026-03-29T01:00:00Z")), 120);
        assert_eq!(berlin.offset_at(at("2026-10-25T00:59:59Z")), 120);
        assert_eq!(berlin.offset_at(at("2026-10-25T01:00:00Z")), 60);
    }

    #[test]
    fn links_and_any_case_name_the_same_zone() {
        let now = at("2026-07-01T00:00:00Z");
        for (link, zone_name) in [
            ("Europe/Kiev", "Europe/Kyiv"),
            ("Asia/Chongqing", "Asia/Shanghai"),
            ("Asia/Calcutta", "Asia/Kolkata"),
            ("asia/shanghai", "Asia/Shanghai"),
        ] {
            assert_eq!(
                zone(link).offset_at(now),
                zone(zone_name).offset_at(now),
                "{link}"
            );
        }
        assert!(TimeZone::named("Mars/Olympus", &NativeHost).is_none());
        assert!(TimeZone::named("", &NativeHost).is_none());
    }

    #[test]
    fn russian_zones_east_of_moscow_are_known() {
        let now = at("2026-12-01T00:00:00Z");
        for (name, hours) in [
            ("Europe/Samara", 4),
            ("Asia/Yekaterinburg", 5),
            ("Asia/Novosibirsk", 7),
            ("Asia/Krasnoyarsk", 7),
            ("Asia/Vladivostok", 10),
            ("Asia/Kamchatka", 12),
        ] {
            assert_eq!(zone(name).offset_at(now), hours * 60, "{name}");
        }
    }

    #[test]
    fn wall_times_map_to_instants_across_the_changes() {
        let berlin = zone("Europe/Berlin");
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
        let almaty = zone("Asia/Almaty");
        assert_eq!(
            almaty.instant_of(d("2026-05-05"), 18 * 60),
            at("2026-05-05T13:00:00Z")
        );
        assert_eq!(
            almaty.instant_of(d("2024-02-28"), 18 * 60),
            at("2024-02-28T12:00:00Z")
        );
    }

    /// The core's own wall-clock arithmetic against chrono's, for every zone and link of the tz
    /// database: the offset at an instant, and the instant of a wall time on every day a zone changes
    /// its clocks in 2025-2027 (each half hour of the day before, the day and the day after), where
    /// gaps and overlaps are.
    #[test]
    fn wall_clock_arithmetic_agrees_with_chrono_in_every_zone() {
        use chrono::{LocalResult, NaiveDate, Offset, TimeZone as _};
        let start = Date::parse("2025-01-01").unwrap();
        let mut checked = 0;
        for tz in chrono_tz::TZ_VARIANTS {
            let zone = zone(tz.name());
            let offset_minutes = |day: Date| {
                let utc = chrono::DateTime::from_timestamp(day.day_number() * 86_400, 0).unwrap();
                tz.offset_from_utc_datetime(&utc.naive_utc())
                    .fix()
                    .local_minus_utc()
                    / 60
            };
            for n in 0..3 * 365 {
                let day = start.add_days(n).unwrap();
                let next = day.add_days(1).unwrap();
                let noon = Instant::at(day, 12 * 60, 0);
                // Every day a zone changes its clocks, and a few ordinary days.
                let changes = offset_minutes(day) != offset_minutes(next);
                if !changes && n % 183 != 0 {
                    continue;
                }
                let chrono_noon = chrono::DateTime::from_timestamp(noon.0, 0)
                    .unwrap()
                    .naive_utc();
                let chrono_offset = tz.offset_from_utc_datetime(&chrono_noon).fix();
                assert_eq!(
                    zone.offset_at(noon),
                    chrono_offset.local_minus_utc().div_euclid(60),
                    "{}",
                    tz.name()
                );
                for day in [day.add_days(-1).unwrap(), day, next] {
                    for minute in (0..24 * 60).step_by(30) {
                        let naive = NaiveDate::from_ymd_opt(
                            day.year(),
                            day.month().into(),
                            day.day().into(),
                        )
                        .and_then(|d| d.and_hms_opt(minute / 60, minute % 60, 0))
                        .unwrap();
                        let expected = match tz.from_local_datetime(&naive) {
                            LocalResult::Single(t) => t.timestamp(),
                            LocalResult::Ambiguous(a, b) => a.timestamp().min(b.timestamp()),
                            // A gap: the wall time read with the offset in force before it.
                            LocalResult::None => {
                                let before = tz
                                    .offset_from_utc_datetime(&(naive - chrono::Duration::days(1)))
                                    .fix()
                                    .local_minus_utc();
                                naive.and_utc().timestamp() - i64::from(before)
                            }
                        };
                        let got = zone.instant_of(day, minute);
                        assert_eq!(got.0, expected, "{} {day} {minute}", tz.name());
                        let chrono_offset = tz
                            .offset_from_utc_datetime(
                                &chrono::DateTime::from_timestamp(got.0, 0)
                                    .unwrap()
                                    .naive_utc(),
                            )
                            .fix()
                            .local_minus_utc();
                        assert_eq!(
                            zone.offset_at(got),
                            chrono_offset.div_euclid(60),
                            "{}",
                            tz.name()
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 50_000, "{checked} wall times");
    }
}
