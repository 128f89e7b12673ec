//! Peak periods that slow parcels, from `core/data/delivery/peaks.toml`. Each occurrence is worked out
//! per year: from day rules (fixed dates, or the Spring Festival of the Chinese table), from a holiday
//! break in the origin's calendar, or from Black Friday.

use std::sync::OnceLock;

use serde::Serialize;

use crate::calendar::{DayRule, WorkingDayCalendar};
use crate::date::{Date, DayRange, Weekday};
use crate::record::Record;

struct PeakRecord {
    code: String,
    origin: Option<String>,
    destination: Option<String>,
    extra_days: DayRange,
    /// From and to, every year; the end may be in the next year.
    yearly: Option<(DayRule, DayRule)>,
    break_around: Option<HolidayBreak>,
    black_friday: bool,
}

/// The run of days off around `day` in the origin's calendar, at least `at_least_days` long, then
/// `backlog_days` more.
struct HolidayBreak {
    day: DayRule,
    at_least_days: i64,
    backlog_days: i64,
}

/// Whose side of the route a peak slows: the seller's dispatch or the buyer's delivery.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Origin,
    Destination,
}

/// One occurrence of a peak.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Peak {
    pub code: &'static str,
    pub side: Side,
    pub from: Date,
    pub to: Date,
    pub extra_days: DayRange,
}

fn peaks() -> &'static [PeakRecord] {
    static PEAKS: OnceLock<Vec<PeakRecord>> = OnceLock::new();
    PEAKS.get_or_init(|| {
        let file = Record::new(static_data!("delivery/peaks"), "delivery/peaks").keys(&["peak"]);
        let text = |r: Record| r.is_present().then(|| r.str().to_string());
        let rule = |r: Record| {
            DayRule::parse(r.str()).unwrap_or_else(|| {
                panic!("core/data/delivery/peaks: `{}` is not a day rule", r.str())
            })
        };
        file.get("peak")
            .items()
            .map(|p| {
                p.keys(&[
                    "code",
                    "origin",
                    "destination",
                    "extra_days",
                    "yearly",
                    "break_around",
                    "black_friday",
                ])
            })
            .map(|p| PeakRecord {
                code: p.get("code").str().to_string(),
                origin: text(p.get("origin")),
                destination: text(p.get("destination")),
                extra_days: p.get("extra_days").day_range(),
                yearly: p.get("yearly").is_present().then(|| {
                    let mut ends = p.get("yearly").items().map(rule);
                    ends.next()
                        .zip(ends.next())
                        .unwrap_or_else(|| panic!("core/data/delivery/peaks: expected [from, to]"))
                }),
                break_around: p.get("break_around").is_present().then(|| {
                    let b = p
                        .get("break_around")
                        .keys(&["day", "at_least_days", "backlog_days"]);
                    HolidayBreak {
                        day: rule(b.get("day")),
                        at_least_days: i64::from(b.get("at_least_days").count()),
                        backlog_days: i64::from(b.get("backlog_days").count()),
                    }
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
        let side = if applies(&record.origin, origin) {
            Side::Origin
        } else if applies(&record.destination, destination) {
            Side::Destination
        } else {
            continue;
        };
        let mut occurrences: Vec<(Date, Date)> = Vec::new();
        for year in from.year() - 1..=to.year() {
            if let Some((start, end)) = &record.yearly {
                occurrences.extend(yearly(year, start, end));
            }
            if let (Some(rest), Some(country)) = (&record.break_around, &record.origin) {
                occurrences.extend(holiday_break(year, rest, country));
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
                    side,
                    from: start,
                    to: end,
                    extra_days: record.extra_days,
                });
            }
        }
    }
    found
}

/// The window starting in `year`; one whose end comes before its start ends in the next year.
fn yearly(year: i32, start: &DayRule, end: &DayRule) -> Option<(Date, Date)> {
    let s = start.date_in(year).ok()??;
    let e = end.date_in(year).ok()??;
    if e >= s {
        return Some((s, e));
    }
    Some((s, end.date_in(year + 1).ok()??))
}

fn holiday_break(year: i32, rest: &HolidayBreak, country: &str) -> Option<(Date, Date)> {
    let calendar = WorkingDayCalendar::for_country(country)?;
    let day = rest.day.date_in(year).ok()??;
    // A break is a few days long; the bound only keeps a calendar error from walking far.
    let off = |d: &Date| !calendar.is_working_day(*d) && day.days_until(*d).abs() <= 31;
    let mut start = day;
    while let Some(previous) = start.add_days(-1).filter(off) {
        start = previous;
    }
    let mut end = day;
    while let Some(next) = end.add_days(1).filter(off) {
        end = next;
    }
    let end = end.max(start.add_days(rest.at_least_days - 1)?);
    Some((start, end.add_days(rest.backlog_days)?))
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
    fn the_chinese_new_year_shutdown_follows_the_spring_festival_each_year() {
        let window = |year| {
            peaks_between(
                "CN",
                "RU",
                d(&format!("{year}-01-01")),
                d(&format!("{year}-03-31")),
            )
            .into_iter()
            .find(|p| p.code == "chinese_new_year")
            .map(|p| (p.from, p.to))
        };
        assert_eq!(window(2025), Some((d("2025-01-19"), d("2025-02-12"))));
        assert_eq!(window(2026), Some((d("2026-02-07"), d("2026-03-03"))));
        assert_eq!(window(2027), Some((d("2027-01-27"), d("2027-02-20"))));
        // Spring Festival 26 January 2028, 3 February 2030, 23 January 2050.
        assert_eq!(window(2028), Some((d("2028-01-16"), d("2028-02-09"))));
        assert_eq!(window(2030), Some((d("2030-01-24"), d("2030-02-17"))));
        assert_eq!(window(2050), Some((d("2050-01-13"), d("2050-02-06"))));
        assert_eq!(window(2051), None, "past the Chinese table");
    }

    #[test]
    fn golden_week_is_the_national_day_break_and_its_backlog() {
        let window = |year| {
            peaks_between(
                "CN",
                "RU",
                d(&format!("{year}-09-20")),
                d(&format!("{year}-10-20")),
            )
            .into_iter()
            .find(|p| p.code == "golden_week")
            .map(|p| (p.from, p.to))
        };
        // The notices' breaks: 1-8 October 2025, 1-7 October 2026.
        assert_eq!(window(2025), Some((d("2025-10-01"), d("2025-10-12"))));
        assert_eq!(window(2026), Some((d("2026-10-01"), d("2026-10-11"))));
        // No notice yet: the statutory 1-3 October, made seven days long.
        assert_eq!(window(2027), Some((d("2027-10-01"), d("2027-10-11"))));
        // 2028: Saturday 30 September joins the break.
        assert_eq!(window(2028), Some((d("2028-09-30"), d("2028-10-10"))));
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
