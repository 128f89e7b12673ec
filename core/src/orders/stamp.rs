//! Date-times as orders exports write them, and the seller's clock that turns wall times into instants.
//!
//! Forms: `01.12.2026 14:05[:30]` and `2026-12-01 14:05:30` (Ozon's report, on the seller's clock),
//! `2026-11-27 09:55:16 -0400` (Shopify), RFC 3339 `2026-12-01T11:05:30.123Z` (Ozon's API), a date
//! alone, and a spreadsheet's serial day number (`46357.5`, days since 1899-12-30) for an XLSX cell
//! formatted as a date.

use std::collections::HashMap;

use crate::date::Date;
use crate::delivery::{Instant, TimeZone};
use crate::host::TimeZones;

/// A moment as the export wrote it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stamp {
    /// A wall time on the seller's clock; `second` of the day. `dated_only`: no time was given.
    Local {
        date: Date,
        second: u32,
        dated_only: bool,
    },
    /// An instant (the text had an offset).
    Exact(Instant),
}

/// Reads one of the forms above; `None` for anything else.
pub fn parse(text: &str) -> Option<Stamp> {
    let text = text.trim();
    if !text.is_ascii() || text.is_empty() || text.len() > 40 {
        return None;
    }
    if let Some(serial) = serial_day(text) {
        return Some(serial);
    }
    // The date runs to the first space or `T` (a dotted date may have one-digit parts).
    let date_end = text.find([' ', 'T', 't']).unwrap_or(text.len());
    let (date_text, rest) = text.split_at(date_end);
    let date = if date_text.contains('.') {
        dotted_date(date_text)?
    } else if date_text.len() == 10 {
        Date::parse(date_text)?
    } else {
        return None;
    };
    if rest.is_empty() {
        return Some(Stamp::Local {
            date,
            second: 0,
            dated_only: true,
        });
    }
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let clock_end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
        .unwrap_or(rest.len());
    let second = clock(&rest[..clock_end])?;
    let offset = rest[clock_end..].trim_start();
    if offset.is_empty() {
        return Some(Stamp::Local {
            date,
            second,
            dated_only: false,
        });
    }
    let offset_minutes = utc_offset(offset)?;
    Some(Stamp::Exact(Instant(
        date.day_number() * 86_400 + i64::from(second) - i64::from(offset_minutes) * 60,
    )))
}

/// `DD.MM.YYYY`, or `D.M.YYYY` as a spreadsheet set to Russian writes it.
fn dotted_date(text: &str) -> Option<Date> {
    let mut parts = text.split('.');
    let day = one_or_two_digits(parts.next()?)?;
    let month = one_or_two_digits(parts.next()?)?;
    let year = parts.next().filter(|y| y.len() == 4).and_then(number)?;
    if parts.next().is_some() {
        return None;
    }
    Date::new(year as i32, month as u8, day as u8)
}

/// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fraction`, as the second of the day.
fn clock(text: &str) -> Option<u32> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut parts = whole.split(':');
    let hours = one_or_two_digits(parts.next()?)?;
    let minutes = two_digits(parts.next()?)?;
    let seconds = parts.next().map_or(Some(0), two_digits)?;
    if parts.next().is_some() || hours > 23 || minutes > 59 || seconds > 60 {
        return None;
    }
    Some(hours * 3600 + minutes * 60 + seconds.min(59))
}

/// `Z`, `±HH:MM`, `±HHMM` or `±HH`, in minutes east of UTC.
fn utc_offset(text: &str) -> Option<i32> {
    if text.eq_ignore_ascii_case("z") || text.eq_ignore_ascii_case("utc") {
        return Some(0);
    }
    let sign = match text.as_bytes()[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = text[1..].chars().filter(|c| *c != ':').collect();
    let (hours, minutes) = match digits.len() {
        2 => (two_digits(&digits)?, 0),
        4 => (two_digits(&digits[..2])?, two_digits(&digits[2..])?),
        _ => return None,
    };
    (hours <= 14 && minutes < 60).then(|| sign * (hours * 60 + minutes) as i32)
}

/// A spreadsheet's serial day (1900 date system): whole days since 1899-12-30, the fraction the time of
/// day. Only 1950-2100 is read as a date; other numbers in a date column are not dates.
fn serial_day(text: &str) -> Option<Stamp> {
    if !text.bytes().next()?.is_ascii_digit() {
        return None;
    }
    let value: f64 = text.parse().ok()?;
    if !(18_264.0..=73_415.0).contains(&value) {
        return None;
    }
    let days = value.floor();
    let second = ((value - days) * 86_400.0).round() as u32;
    let epoch = Date::new(1899, 12, 30)?.day_number();
    let date = Date::from_day_number(epoch + days as i64 + i64::from(second / 86_400))?;
    Some(Stamp::Local {
        date,
        second: second % 86_400,
        dated_only: value == days,
    })
}

fn one_or_two_digits(text: &str) -> Option<u32> {
    (1..=2)
        .contains(&text.len())
        .then(|| number(text))
        .flatten()
}

fn two_digits(text: &str) -> Option<u32> {
    (text.len() == 2).then(|| number(text)).flatten()
}

fn number(text: &str) -> Option<u32> {
    (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// The seller's clock: wall times to instants and back, through the host's time-zone database. Most
/// days have one offset all day, so each day's answer is asked of the host once (in a browser every
/// question is a call into `Intl`).
pub struct SellerClock {
    zone: String,
    zones: &'static dyn TimeZones,
    /// Day number → the offset in minutes in force all that day and the days either side, or `None`
    /// when it changes near that day.
    steady: HashMap<i64, Option<i32>>,
}

impl SellerClock {
    /// `None` when the host does not know the zone.
    pub fn new(zone: &str, zones: &'static dyn TimeZones) -> Option<SellerClock> {
        TimeZone::named(zone, zones)?;
        Some(SellerClock {
            zone: zone.to_string(),
            zones,
            steady: HashMap::new(),
        })
    }

    fn zone(&self) -> TimeZone<'_> {
        TimeZone::named(&self.zone, self.zones)
            .expect("the zone was checked when the clock was made")
    }

    fn steady_offset(&mut self, day: i64) -> Option<i32> {
        if let Some(known) = self.steady.get(&day) {
            return *known;
        }
        let zone = self.zone();
        let at = |d: i64| zone.offset_at(Instant(d * 86_400));
        let first = at(day - 1);
        let steady =
            (first == at(day) && first == at(day + 1) && first == at(day + 2)).then_some(first);
        self.steady.insert(day, steady);
        steady
    }

    /// The instant of a stamp; a date alone is its first second.
    pub fn instant(&mut self, stamp: Stamp) -> Instant {
        match stamp {
            Stamp::Exact(instant) => instant,
            Stamp::Local { date, second, .. } => self.instant_of(date, second),
        }
    }

    /// The instant the seller's clock shows `second` of `date`.
    pub fn instant_of(&mut self, date: Date, second: u32) -> Instant {
        let day = date.day_number();
        let offset = match self.steady_offset(day) {
            Some(offset) => offset,
            None => {
                let minute_start = self.zone().instant_of(date, second / 60);
                return Instant(minute_start.0 + i64::from(second % 60));
            }
        };
        Instant(day * 86_400 + i64::from(second) - i64::from(offset) * 60)
    }

    /// The offset in minutes in force at `instant`.
    pub fn offset_at(&mut self, instant: Instant) -> i32 {
        match self.steady_offset(instant.0.div_euclid(86_400)) {
            Some(offset) => offset,
            None => self.zone().offset_at(instant),
        }
    }

    /// The seller's calendar date at `instant`.
    pub fn date_of(&mut self, instant: Instant) -> Date {
        let offset = self.offset_at(instant);
        let seconds = instant.0 + i64::from(offset) * 60;
        // Before year 1 only from a stamp of year 1 with an eastern offset: read as its first day.
        Date::from_day_number(seconds.div_euclid(86_400))
            .or(Date::new(1, 1, 1))
            .expect("year 1 is a date")
    }

    /// RFC 3339 on the seller's clock.
    pub fn format(&mut self, instant: Instant) -> String {
        let offset = self.offset_at(instant);
        instant.to_rfc3339(offset)
    }
}

#[cfg(all(test, feature = "native"))]
mod tests {
    use super::*;
    use crate::host::NativeHost;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn the_exports_forms_are_read() {
        let local = |date, second| {
            Some(Stamp::Local {
                date: d(date),
                second,
                dated_only: false,
            })
        };
        assert_eq!(
            parse("01.12.2026 14:05"),
            local("2026-12-01", 14 * 3600 + 300)
        );
        assert_eq!(
            parse("01.12.2026 14:05:30"),
            local("2026-12-01", 14 * 3600 + 330)
        );
        assert_eq!(
            parse("2026-12-01 14:05:30"),
            local("2026-12-01", 14 * 3600 + 330)
        );
        assert_eq!(
            parse("2026-12-01"),
            Some(Stamp::Local {
                date: d("2026-12-01"),
                second: 0,
                dated_only: true
            })
        );
        let exact = |text| Instant::parse_rfc3339(text).map(Stamp::Exact);
        assert_eq!(
            parse("2026-11-27 09:55:16 -0400"),
            exact("2026-11-27T13:55:16Z")
        );
        assert_eq!(
            parse("2026-12-01T11:05:30.123Z"),
            exact("2026-12-01T11:05:30Z")
        );
        assert_eq!(
            parse("2026-12-01T11:05:30+03:00"),
            exact("2026-12-01T08:05:30Z")
        );
        // Re-saved by Excel set to Russian: one-digit hours, days and months.
        assert_eq!(parse("1.12.2026 9:05"), local("2026-12-01", 9 * 3600 + 300));
        // 2026-12-01 12:00 as a spreadsheet serial day.
        assert_eq!(parse("46357.5"), local("2026-12-01", 12 * 3600));
        for bad in [
            "",
            "32.12.2026",
            "2026-13-01",
            "01.12.2026 25:00",
            "вчера",
            "12345",
            "2026-12-01 14:05 +25",
            "1.12.26 9:05",
            "2026-12-1",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_krasnoyarsk_sellers_clock_is_utc_plus_seven() {
        let mut clock = SellerClock::new("Asia/Krasnoyarsk", &NativeHost).unwrap();
        let instant = clock.instant_of(d("2026-12-01"), 9 * 3600);
        assert_eq!(
            Some(instant),
            Instant::parse_rfc3339("2026-12-01T02:00:00Z")
        );
        assert_eq!(clock.format(instant), "2026-12-01T09:00:00+07:00");
        assert_eq!(
            clock.date_of(Instant(instant.0 - 9 * 3600 - 1)),
            d("2026-11-30")
        );
        assert!(SellerClock::new("Asia/Atlantis", &NativeHost).is_none());
    }

    #[test]
    fn a_day_the_clocks_change_asks_the_zone_itself() {
        let mut berlin = SellerClock::new("Europe/Berlin", &NativeHost).unwrap();
        let before = berlin.instant_of(d("2026-03-29"), 3600);
        let after = berlin.instant_of(d("2026-03-29"), 4 * 3600);
        assert_eq!(Some(before), Instant::parse_rfc3339("2026-03-29T00:00:00Z"));
        assert_eq!(Some(after), Instant::parse_rfc3339("2026-03-29T02:00:00Z"));
    }
}
