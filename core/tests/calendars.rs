//! The working-day calendars against python-holidays 0.109 (`fixtures/python_holidays.tsv`, with the
//! command that made it in its header), and against the clock: the data must not run out.

use std::collections::{BTreeMap, BTreeSet};

use orderguard_core::calendar::{Coverage, WorkingDayCalendar, COUNTRIES};
use orderguard_core::date::Date;

const FIXTURE: &str = include_str!("fixtures/python_holidays.tsv");

/// Each country's data file, whose comment block starting with `# Where python-holidays 0.109` names
/// (and explains) every date python-holidays counts otherwise in the years both have.
fn data_file(country: &str) -> &'static str {
    match country {
        "RU" => include_str!("../data/calendars/ru.toml"),
        "CN" => include_str!("../data/calendars/cn.toml"),
        "BY" => include_str!("../data/calendars/by.toml"),
        "KZ" => include_str!("../data/calendars/kz.toml"),
        "DE" => include_str!("../data/calendars/de.toml"),
        "BR" => include_str!("../data/calendars/br.toml"),
        _ => panic!("no data file for {country}"),
    }
}

struct Listed {
    date: Date,
    kind: &'static str,
}

/// The fixture's lines per country.
fn fixture() -> BTreeMap<&'static str, Vec<Listed>> {
    let mut by_country: BTreeMap<&str, Vec<Listed>> = BTreeMap::new();
    for line in FIXTURE.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [country, date, kind, _name] = fields[..] else {
            panic!("fixture line {line:?}");
        };
        let date = Date::parse(date).unwrap_or_else(|| panic!("fixture date {date:?}"));
        by_country
            .entry(country)
            .or_default()
            .push(Listed { date, kind });
    }
    by_country
}

fn days_of(years: std::ops::RangeInclusive<i32>) -> impl Iterator<Item = Date> {
    let first = Date::new(*years.start(), 1, 1).unwrap();
    let last = Date::new(*years.end(), 12, 31).unwrap();
    (first.day_number()..=last.day_number()).filter_map(Date::from_day_number)
}

/// The ISO dates in a data file's python-holidays comment block.
fn explained_dates(country: &str) -> BTreeSet<Date> {
    let text = data_file(country);
    let block = text
        .lines()
        .skip_while(|l| !l.starts_with("# Where python-holidays 0.109"))
        .take_while(|l| l.starts_with('#'));
    let mut dates = BTreeSet::new();
    for line in block {
        for at in 0..line.len().saturating_sub(9) {
            if let Some(date) = line.get(at..at + 10).and_then(Date::parse) {
                dates.insert(date);
            }
        }
    }
    dates
}

#[test]
fn every_day_of_2025_to_2027_agrees_with_python_holidays_or_the_data_file_says_why() {
    let fixture = fixture();
    let mut days_checked = 0;
    for country in COUNTRIES {
        let calendar = WorkingDayCalendar::for_country(country).unwrap();
        let listed = &fixture[country];
        let holidays: BTreeSet<Date> = listed.iter().map(|l| l.date).collect();
        // A day off moved from a weekend day makes that day a working day, unless it is a holiday.
        let worked: BTreeSet<Date> = listed
            .iter()
            .filter_map(|l| l.kind.strip_prefix("substituted:"))
            .map(|from| Date::parse(from).unwrap())
            .filter(|from| !holidays.contains(from))
            .collect();
        let mut differing = BTreeSet::new();
        for day in days_of(2025..=2027) {
            let off_there =
                holidays.contains(&day) || (day.weekday().is_weekend() && !worked.contains(&day));
            if off_there == calendar.is_working_day(day) {
                differing.insert(day);
            }
            days_checked += 1;
        }
        let explained: BTreeSet<Date> = explained_dates(country)
            .into_iter()
            .filter(|d| (2025..=2027).contains(&d.year()))
            .collect();
        let unexplained: Vec<_> = differing.difference(&explained).collect();
        let stale: Vec<_> = explained.difference(&differing).collect();
        assert!(
            unexplained.is_empty() && stale.is_empty(),
            "{country}: differs from python-holidays on {unexplained:?} without a word in its data \
             file; the data file explains {stale:?}, on which the two agree"
        );
    }
    assert_eq!(days_checked, 6 * (365 + 365 + 365));
}

#[test]
fn weekdays_python_holidays_lists_for_2028_to_2030_are_days_off() {
    let mut checked = 0;
    for (country, listed) in fixture() {
        let calendar = WorkingDayCalendar::for_country(country).unwrap();
        for holiday in listed {
            let Listed { date, kind } = holiday;
            // Its estimated dates are its guesses (Kurban Ait); China's make-up days for a holiday on a
            // weekend are the yearly notice's to choose.
            let guessed = kind == "estimated" || (country == "CN" && kind == "observed");
            if !(2028..=2030).contains(&date.year()) || date.weekday().is_weekend() || guessed {
                continue;
            }
            assert!(!calendar.is_working_day(date), "{country} {date} ({kind})");
            checked += 1;
        }
    }
    assert!(checked >= 150, "only {checked} holidays checked");
}

/// The current year by the system clock: the one place a test reads it, so that the data cannot run
/// out unnoticed.
fn this_year() -> i32 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("the clock is after 1970");
    let today =
        Date::from_day_number((now.as_secs() / 86_400) as i64).expect("a year before 10000");
    today.year()
}

#[test]
fn calendars_cover_this_year_and_the_next() {
    let year = this_year();
    for country in COUNTRIES {
        let calendar = WorkingDayCalendar::for_country(country).unwrap();
        for year in [year, year + 1] {
            assert_ne!(
                calendar.coverage(year),
                Coverage::FixedDatesOnly,
                "{country} {year}: the data no longer dates the year's holidays; add the year's \
                 decree to core/data/calendars/{}.toml or extend chinese_dates.toml (README: \
                 \"Adding next year's decree\")",
                country.to_lowercase()
            );
        }
    }
}
