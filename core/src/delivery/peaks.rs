//! Peak periods that slow parcels, from `core/data/delivery/peaks.toml`.

use std::sync::OnceLock;

use crate::date::{Date, DayRange, Weekday};
use crate::record::Record;

struct PeakRecord {
    code: String,
    origin: Option<String>,
    destination: Option<String>,
    extra_days: DayRange,
    windows: Vec<(Date, Date)>,
    /// ("MM-DD", "MM-DD"), every year; the end may be in the next year.
    yearly: Option<(String, String)>,
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
    PEAKS.get_or_init(|| {
        let file = Record::new(static_data!("delivery/peaks"), "delivery/peaks").keys(&["peak"]);
        let text = |r: Record| r.is_present().then(|| r.str().to_string());
        fn pair(r: Record) -> (Record, Record) {
            let mut items = r.items();
            let (from, to) = (items.next(), items.next());
            from.zip(to)
                .unwrap_or_else(|| panic!("core/data/delivery/peaks: expected a pair"))
        }
        file.get("peak")
            .items()
            .map(|p| {
                p.keys(&[
                    "code",
                    "origin",
                    "destination",
                    "extra_days",
                    "windows",
                    "yearly",
                    "black_friday",
                ])
            })
            .map(|p| PeakRecord {
                code: p.get("code").str().to_string(),
                origin: text(p.get("origin")),
                destination: text(p.get("destination")),
                extra_days: p.get("extra_days").day_range(),
                windows: p
                    .get("windows")
                    .items()
                    .map(|w| {
                        let (from, to) = pair(w);
                        (from.date(), to.date())
                    })
                    .collect(),
                yearly: p.get("yearly").is_present().then(|| {
                    let (from, to) = pair(p.get("yearly"));
                    (from.str().to_string(), to.str().to_string())
                }),
                black_friday: p.get("black_friday").is_present() && p.get("black_friday").bool(),
            })
            .collect()
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
