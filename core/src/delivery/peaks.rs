//! Peak periods that slow parcels, from `core/data/delivery/peaks.toml`.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::date::{Date, DayRange, Weekday};

#[derive(Deserialize)]
struct PeakRecord {
    code: String,
    origin: Option<String>,
    destination: Option<String>,
    extra_days: DayRange,
    #[serde(default)]
    windows: Vec<(Date, Date)>,
    /// ["MM-DD", "MM-DD"], every year; the end may be in the next year.
    yearly: Option<(String, String)>,
    #[serde(default)]
    black_friday: bool,
}

/// One occurrence of a peak.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Peak {
    pub code: &'static str,
    pub from: Date,
    pub to: Date,
    pub extra_days: DayRange,
}

fn peaks() -> &'static [PeakRecord] {
    static PEAKS: OnceLock<Vec<PeakRecord>> = OnceLock::new();
    #[derive(Deserialize)]
    struct File {
        peak: Vec<PeakRecord>,
    }
    PEAKS.get_or_init(|| {
        let file: File = crate::data::parse("delivery/peaks", embedded_data!("delivery/peaks"));
        file.peak
    })
}

/// The peaks on the route `origin` -> `destination` that overlap `from..=to`.
pub fn peaks_between(origin: &str, destination: &str, from: Date, to: Date) -> Vec<Peak> {
    let mut found = Vec::new();
    for record in peaks() {
        let applies = |side: &Option<String>, country: &str| {
            side.as_deref().is_some_and(|c| c == "*" || c == country)
        };
        if !applies(&record.origin, origin) && !applies(&record.destination, destination) {
            continue;
        }
        let mut occurrences: Vec<(Date, Date)> = record.windows.clone();
        for year in from.year() - 1..=to.year() {
            if let Some((start, end)) = &record.yearly {
                if let (Some(s), Some(e)) = (on(year, start), on(year, end)) {
                    let e = if e < s {
                        on(year + 1, end).unwrap_or(e)
                    } else {
                        e
                    };
                    occurrences.push((s, e));
                }
            }
            if record.black_friday {
                if let Some(friday) = black_friday(year) {
                    // Cyber Monday is three days later; the surge lasts a week after it.
                    occurrences.extend(friday.add_days(10).map(|end| (friday, end)));
                }
            }
        }
        for (start, end) in occurrences {
            if start <= to && end >= from {
                found.push(Peak {
                    code: record.code.as_str(),
                    from: start,
                    to: end,
                    extra_days: record.extra_days,
                });
            }
        }
    }
    found
}

fn on(year: i32, month_day: &str) -> Option<Date> {
    let (m, d) = month_day.split_once('-')?;
    Date::new(year, m.parse().ok()?, d.parse().ok()?)
}

/// The day after the fourth Thursday of November.
pub fn black_friday(year: i32) -> Option<Date> {
    let mut day = Date::new(year, 11, 1)?;
    while day.weekday() != Weekday::Thu {
        day = day.add_days(1)?;
    }
    day.add_days(22)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn black_friday_follows_the_fourth_thursday() {
        assert_eq!(black_friday(2025), Some(d("2025-11-28")));
        assert_eq!(black_friday(2026), Some(d("2026-11-27")));
        assert_eq!(black_friday(2027), Some(d("2027-11-26")));
    }

    #[test]
    fn peaks_apply_to_their_side_of_the_route() {
        let codes = |o, dst, from, to| -> Vec<&str> {
            peaks_between(o, dst, d(from), d(to))
                .iter()
                .map(|p| p.code)
                .collect()
        };
        assert_eq!(
            codes("CN", "RU", "2026-02-10", "2026-02-20"),
            ["chinese_new_year"]
        );
        assert_eq!(
            codes("DE", "BR", "2026-02-10", "2026-02-20"),
            Vec::<&str>::new()
        );
        assert_eq!(
            codes("CN", "DE", "2026-11-09", "2026-11-12"),
            ["singles_day"]
        );
        assert_eq!(
            codes("DE", "RU", "2026-12-28", "2027-01-05"),
            ["russian_new_year"]
        );
        assert_eq!(
            codes("DE", "RU", "2027-01-05", "2027-01-06"),
            ["russian_new_year"]
        );
        assert_eq!(
            codes("BR", "DE", "2026-11-30", "2026-12-02"),
            ["black_friday"]
        );
    }
}
