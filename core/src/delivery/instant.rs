//! Instants on the UTC time line, read from RFC 3339 text ("2026-11-20T14:05:00+03:00"). The offset is
//! required: an order time without one names no instant.

use crate::date::Date;

/// Seconds since 1970-01-01T00:00:00Z.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Instant(pub i64);

/// A wall-clock reading: a civil date and the minute of its day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    pub date: Date,
    pub minute: u32,
}

impl Instant {
    /// Reads `YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM)`; `t`/`z` and a space separator are accepted as
    /// RFC 3339 allows. Leap second 60 is read as 59.
    pub fn parse_rfc3339(text: &str) -> Option<Instant> {
        let text = text.trim();
        // RFC 3339 is ASCII; checking that first makes every byte index below a character boundary.
        if text.len() < 17 || !text.is_ascii() {
            return None;
        }
        let date = Date::parse(text.get(..10)?)?;
        let rest = text.get(10..)?.strip_prefix(['T', 't', ' '])?;
        let (clock, offset_minutes) = split_offset(rest)?;
        let (hm, seconds) = match clock.len() {
            5 => (clock, "00"),
            n if n >= 8 && clock.as_bytes()[5] == b':' => {
                let fraction = clock.get(8..)?;
                let fraction_ok = fraction.is_empty()
                    || fraction
                        .strip_prefix('.')
                        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
                if !fraction_ok {
                    return None;
                }
                (clock.get(..5)?, clock.get(6..8)?)
            }
            _ => return None,
        };
        let minute = parse_hh_mm(hm)?;
        let second: i64 = digits(seconds)?.min(59).into();
        if digits(seconds)? > 60 {
            return None;
        }
        let local = date.day_number() * 86_400 + i64::from(minute) * 60 + second;
        Some(Instant(local - offset_minutes * 60))
    }

    /// The wall-clock reading at a fixed UTC offset.
    pub fn local(self, offset_minutes: i32) -> Option<LocalTime> {
        let seconds = self.0 + i64::from(offset_minutes) * 60;
        let date = Date::from_day_number(seconds.div_euclid(86_400))?;
        Some(LocalTime {
            date,
            minute: (seconds.rem_euclid(86_400) / 60) as u32,
        })
    }

    /// The instant a wall clock at `offset_minutes` shows `minute` on `date`.
    pub fn at(date: Date, minute: u32, offset_minutes: i32) -> Instant {
        Instant(
            date.day_number() * 86_400 + i64::from(minute) * 60 - i64::from(offset_minutes) * 60,
        )
    }

    /// RFC 3339 text at the given offset, to the second ("2026-11-20T18:00:00+08:00").
    pub fn to_rfc3339(self, offset_minutes: i32) -> String {
        let seconds = self.0 + i64::from(offset_minutes) * 60;
        let date = Date::from_day_number(seconds.div_euclid(86_400));
        let of_day = seconds.rem_euclid(86_400);
        let sign = if offset_minutes < 0 { '-' } else { '+' };
        let offset = offset_minutes.unsigned_abs();
        match date {
            Some(date) => format!(
                "{date}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
                of_day / 3600,
                of_day / 60 % 60,
                of_day % 60,
                offset / 60,
                offset % 60
            ),
            None => String::new(),
        }
    }
}

/// Reads "HH:MM" (00:00-23:59) as minutes since midnight.
pub fn parse_hh_mm(text: &str) -> Option<u32> {
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m) = (digits(h)?, digits(m)?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

fn digits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Splits "14:05:00+03:00" into the clock and the offset in minutes.
fn split_offset(text: &str) -> Option<(&str, i64)> {
    if let Some(clock) = text.strip_suffix(['Z', 'z']) {
        return Some((clock, 0));
    }
    if text.len() < 6 || !text.is_ascii() {
        return None;
    }
    let (clock, offset) = text.split_at_checked(text.len() - 6)?;
    let (sign, offset_clock) = match offset.as_bytes().first()? {
        b'+' => (1, offset.get(1..)?),
        b'-' => (-1, offset.get(1..)?),
        _ => return None,
    };
    let (h, m) = offset_clock.split_once(':')?;
    let (h, m) = (digits(h)?, digits(m)?);
    if h > 23 || m > 59 || offset.len() != 6 {
        return None;
    }
    Some((clock, sign * i64::from(h * 60 + m)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_offset_into_the_instant() {
        let a = Instant::parse_rfc3339("2026-11-20T14:05:00+03:00").unwrap();
        let b = Instant::parse_rfc3339("2026-11-20T11:05:00Z").unwrap();
        let c = Instant::parse_rfc3339("2026-11-20T19:05:00.123+08:00").unwrap();
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(a.to_rfc3339(480), "2026-11-20T19:05:00+08:00");
        assert_eq!(Instant::parse_rfc3339("2026-11-20T11:05Z"), Some(b));
    }

    #[test]
    fn rejects_text_that_names_no_instant() {
        for bad in [
            "2026-11-20T14:05:00",
            "2026-11-20",
            "2026-11-20T25:00:00Z",
            "2026-11-20T14:05:00+3:00",
            "2026-02-30T10:00:00Z",
            "2026-11-20T14:05:00.Z",
            "",
            "2026-11-20T14:05:00+03:00x",
            "2026-11-20Т14:05:00Z",
            // Near-valid: a multi-byte character in the seconds, the fraction, the offset.
            "2026-11-20T14:05:0é+03:00",
            "2026-11-20T14:05:é0Z",
            "2026-11-20T14:05:00.1é+03:00",
            "2026-11-20T14:05:00+03:0é",
            "2026-11-20T14:05:00+０3:00",
            "2026-11-20T14:05:00+03:00\u{301}",
        ] {
            assert_eq!(Instant::parse_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn local_time_crosses_midnight_and_year_ends() {
        let i = Instant::parse_rfc3339("2025-12-31T20:30:00Z").unwrap();
        let local = i.local(480).unwrap();
        assert_eq!(local.date.to_string(), "2026-01-01");
        assert_eq!(local.minute, 4 * 60 + 30);
        assert_eq!(parse_hh_mm("18:00"), Some(1080));
        assert_eq!(parse_hh_mm("24:00"), None);
        assert_eq!(parse_hh_mm("9:00"), None);
    }
}
