//! The notices beside an estimate: holidays inside the window, peaks, a remote area, and years whose
//! official calendar the data does not fully cover (saying which kind of day is still unknown).

use serde::Serialize;

use super::peaks::{Peak, Side};
use crate::address::RemoteArea;
use crate::calendar::WorkingDayCalendar;
use crate::date::Date;
use crate::finding::Severity;
use crate::locale::Locale;
use crate::messages::{self, Params};

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Notice {
    /// `holiday_delay`, `peak_season`, `remote_area` or `calendar_not_covered`.
    pub code: String,
    pub severity: Severity,
    /// Whose calendar the notice is about: the seller's ("origin") or the buyer's ("destination").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub side: Option<Side>,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
    pub params: Params,
}

pub struct Context<'a> {
    pub locale: Locale,
    pub origin: &'static WorkingDayCalendar,
    pub origin_country: &'a str,
    pub destination: &'static WorkingDayCalendar,
    pub destination_country: &'a str,
    pub ordered: Date,
    pub ship_by: Date,
    pub latest: Date,
    pub remote: Option<&'a RemoteArea>,
    pub peaks: &'a [Peak],
}

pub fn notice(
    code: &str,
    severity: Severity,
    locale: Locale,
    span: Option<(Date, Date)>,
    mut params: Params,
) -> Notice {
    if let Some((from, to)) = span {
        params.insert("from".into(), from.to_string());
        params.insert("to".into(), to.to_string());
    }
    Notice {
        code: code.to_string(),
        severity,
        side: None,
        message: messages::text(&format!("delivery_{code}"), locale, &params),
        from: span.map(|s| s.0),
        to: span.map(|s| s.1),
        params,
    }
}

/// Parameters from pairs (a loop of inserts: `BTreeMap::from` would ship a sort for a handful of keys).
fn params(pairs: &[(&str, String)]) -> Params {
    let mut params = Params::new();
    for (name, value) in pairs {
        params.insert((*name).to_string(), value.clone());
    }
    params
}

pub fn collect(cx: &Context) -> Vec<Notice> {
    let mut notices = Vec::new();
    let sides = [
        (cx.origin, cx.origin_country, cx.ordered, cx.ship_by),
        (
            cx.destination,
            cx.destination_country,
            cx.ship_by,
            cx.latest,
        ),
    ];
    for (calendar, country, from, to) in sides {
        for (run_from, run_to) in holiday_runs(calendar, from, to) {
            let params = params(&[("country", country.to_string())]);
            let span = Some((run_from, run_to));
            notices.push(notice(
                "holiday_delay",
                Severity::Warning,
                cx.locale,
                span,
                params,
            ));
        }
    }
    for peak in cx.peaks {
        let name = messages::text(
            &format!("delivery_peak_name_{}", peak.code),
            cx.locale,
            &Params::new(),
        );
        let params = params(&[
            ("peak", name),
            ("peakCode", peak.code.to_string()),
            ("days", peak.extra_days.max.to_string()),
        ]);
        let span = Some((peak.from, peak.to));
        notices.push(notice(
            "peak_season",
            Severity::Warning,
            cx.locale,
            span,
            params,
        ));
    }
    if let Some(area) = cx.remote {
        let params = params(&[
            ("area", area.code.clone()),
            ("min", area.extra_days.min.to_string()),
            ("max", area.extra_days.max.to_string()),
        ]);
        notices.push(notice(
            "remote_area",
            Severity::Warning,
            cx.locale,
            None,
            params,
        ));
    }
    let mut seen = Vec::new();
    for (calendar, country) in [
        (cx.origin, cx.origin_country),
        (cx.destination, cx.destination_country),
    ] {
        if !seen.contains(&country) {
            seen.push(country);
            notices.extend(coverage_gaps(
                calendar, country, cx.ordered, cx.latest, cx.locale,
            ));
        }
    }
    notices
}

/// The years of `from..=to` whose official calendar the data does not fully cover, each clipped to
/// the span, saying which kind of day is still unknown.
pub fn coverage_gaps(
    calendar: &WorkingDayCalendar,
    country: &str,
    from: Date,
    to: Date,
    locale: Locale,
) -> Vec<Notice> {
    let mut notices = Vec::new();
    for year in from.year()..=to.year() {
        let Some(unknown) = calendar.coverage(year).unknown_code() else {
            continue;
        };
        let start = Date::new(year, 1, 1).map_or(from, |d| d.max(from));
        let end = Date::new(year, 12, 31).map_or(to, |d| d.min(to));
        let what = format!("delivery_calendar_unknown_{unknown}");
        let params = params(&[
            ("country", country.to_string()),
            ("unknown", messages::text(&what, locale, &Params::new())),
            ("unknownCode", unknown.to_string()),
        ]);
        notices.push(notice(
            "calendar_not_covered",
            Severity::Info,
            locale,
            Some((start, end)),
            params,
        ));
    }
    notices
}

/// Official closures: runs of days off around a holiday that take at least one weekday away (a
/// holiday on a Saturday closes nothing a weekend does not), touching `from..=to`.
pub fn closures(calendar: &WorkingDayCalendar, from: Date, to: Date) -> Vec<(Date, Date)> {
    holiday_runs(calendar, from, to)
        .into_iter()
        .filter(|&(start, end)| {
            (0..=start.days_until(end))
                .filter_map(|n| start.add_days(n))
                .any(|day| !day.weekday().is_weekend())
        })
        .collect()
}

/// Runs of days off that contain an official holiday and touch `from..=to`, widened to the whole
/// break (the weekend and bridge days around the holiday).
fn holiday_runs(calendar: &WorkingDayCalendar, from: Date, to: Date) -> Vec<(Date, Date)> {
    let mut runs: Vec<(Date, Date)> = Vec::new();
    let mut day = from;
    while day <= to {
        if calendar.is_holiday(day) && !calendar.is_working_day(day) {
            if runs.last().is_some_and(|&(_, end)| end >= day) {
                day = match day.add_days(1) {
                    Some(next) => next,
                    None => break,
                };
                continue;
            }
            let mut start = day;
            while let Some(previous) = start.add_days(-1) {
                if calendar.is_working_day(previous) {
                    break;
                }
                start = previous;
            }
            let mut end = day;
            while let Some(next) = end.add_days(1) {
                if calendar.is_working_day(next) || day.days_until(next) > 60 {
                    break;
                }
                end = next;
            }
            runs.push((start, end));
        }
        day = match day.add_days(1) {
            Some(next) => next,
            None => break,
        };
    }
    runs
}
