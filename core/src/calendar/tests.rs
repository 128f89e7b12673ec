//! Every covered year checked day by day against the rest periods and working Saturdays/Sundays as
//! each decree or notice announces them (a different shape from the data file, so a typo in either
//! shows up).

use super::*;

fn d(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// A decreed year, day by day.
fn assert_year(country: &str, year: i32, rest: &[&str], work: &[&str]) {
    let calendar = WorkingDayCalendar::for_country(country).unwrap();
    assert_eq!(
        calendar.coverage(year),
        Coverage::Decreed,
        "{country} {year}"
    );
    assert_days(country, year, rest, work);
}

/// `rest`: announced periods of days off ("MM-DD" or "MM-DD..MM-DD", weekends inside them included);
/// `work`: weekend days made working days.
fn assert_days(country: &str, year: i32, rest: &[&str], work: &[&str]) {
    let calendar = WorkingDayCalendar::for_country(country).unwrap();
    let mut off = Vec::new();
    for period in rest {
        let (from, to) = period.split_once("..").unwrap_or((period, period));
        let (from, to) = (d(&format!("{year}-{from}")), d(&format!("{year}-{to}")));
        let mut day = from;
        while day <= to {
            off.push(day);
            day = day.add_days(1).unwrap();
        }
    }
    let work: Vec<Date> = work.iter().map(|w| d(&format!("{year}-{w}"))).collect();
    let mut day = Date::new(year, 1, 1).unwrap();
    while day.year() == year {
        let expected = work.contains(&day) || (!day.weekday().is_weekend() && !off.contains(&day));
        assert_eq!(calendar.is_working_day(day), expected, "{country} {day}");
        day = day.add_days(1).unwrap();
    }
}

#[test]
fn russia_2025_follows_decree_1335() {
    let rest = [
        "01-01..01-08",
        "02-22..02-23",
        "03-08..03-09",
        "05-01..05-04",
        "05-08..05-11",
    ];
    let more = ["06-12..06-15", "11-02..11-04", "12-31"];
    assert_year("RU", 2025, &[&rest[..], &more[..]].concat(), &["11-01"]);
}

#[test]
fn russia_2026_follows_decree_1466() {
    let rest = [
        "01-01..01-11",
        "02-21..02-23",
        "03-07..03-09",
        "05-01..05-03",
        "05-09..05-11",
    ];
    let more = ["06-12..06-14", "11-04", "12-31"];
    assert_year("RU", 2026, &[&rest[..], &more[..]].concat(), &[]);
}

#[test]
fn russia_2027_follows_the_transfers_on_record() {
    let rest = [
        "01-01..01-10",
        "02-21..02-23",
        "03-06..03-08",
        "05-01..05-03",
        "05-08..05-10",
    ];
    let more = ["06-12..06-14", "11-04..11-07", "12-31"];
    assert_year("RU", 2027, &[&rest[..], &more[..]].concat(), &["02-20"]);
    let calendar = WorkingDayCalendar::for_country("RU").unwrap();
    assert!(
        !calendar.is_verified(2027),
        "2027 is not checked against the decree text"
    );
    assert!(calendar.is_verified(2026));
}

#[test]
fn china_2025_follows_the_state_council_notice() {
    let rest = [
        "01-01",
        "01-28..02-04",
        "04-04..04-06",
        "05-01..05-05",
        "05-31..06-02",
        "10-01..10-08",
    ];
    assert_year(
        "CN",
        2025,
        &rest,
        &["01-26", "02-08", "04-27", "09-28", "10-11"],
    );
}

#[test]
fn china_2026_follows_the_state_council_notice() {
    let rest = [
        "01-01..01-03",
        "02-15..02-23",
        "04-04..04-06",
        "05-01..05-05",
        "06-19..06-21",
    ];
    let more = ["09-25..09-27", "10-01..10-07"];
    let work = ["01-04", "02-14", "02-28", "05-09", "09-20", "10-10"];
    assert_year("CN", 2026, &[&rest[..], &more[..]].concat(), &work);
}

#[test]
fn belarus_2025_follows_resolution_839() {
    let rest = [
        "01-01..01-02",
        "01-04..01-07",
        "03-08",
        "04-27..04-29",
        "05-01",
        "05-09..05-11",
    ];
    let more = ["07-03..07-06", "11-07", "12-25..12-28"];
    let work = ["01-11", "04-26", "07-12", "12-20"];
    assert_year("BY", 2025, &[&rest[..], &more[..]].concat(), &work);
}

#[test]
fn belarus_2026_follows_resolution_397() {
    let rest = [
        "01-01..01-02",
        "01-07",
        "03-08",
        "04-18..04-21",
        "05-01",
        "05-09",
        "07-03",
    ];
    assert_year(
        "BY",
        2026,
        &[&rest[..], &["11-07", "12-25"][..]].concat(),
        &["04-25"],
    );
}

#[test]
fn kazakhstan_2025_follows_the_ministry_order() {
    let rest = [
        "01-01..01-04",
        "01-07",
        "03-08..03-10",
        "03-21..03-25",
        "05-01",
        "05-07",
        "05-09",
    ];
    let more = [
        "06-06",
        "07-05..07-07",
        "08-30..09-01",
        "10-25..10-27",
        "12-16",
    ];
    assert_year("KZ", 2025, &[&rest[..], &more[..]].concat(), &["01-05"]);
}

#[test]
fn kazakhstan_2026_follows_the_published_calendar_without_constitution_day() {
    let rest = [
        "01-01..01-02",
        "01-07",
        "03-07..03-09",
        "03-21..03-25",
        "05-01",
        "05-07",
    ];
    let more = ["05-09..05-11", "05-27", "07-06", "10-24..10-26", "12-16"];
    assert_year("KZ", 2026, &[&rest[..], &more[..]].concat(), &[]);
}

#[test]
fn germany_counts_the_nationwide_holidays_around_easter() {
    let fixed = ["01-01", "05-01", "10-03", "12-25..12-26"];
    let y2025 = ["04-18", "04-21", "05-29", "06-09"];
    let y2026 = ["04-03", "04-06", "05-14", "05-25"];
    let y2027 = ["03-26", "03-29", "05-06", "05-17"];
    assert_year("DE", 2025, &[&fixed[..], &y2025[..]].concat(), &[]);
    assert_year("DE", 2026, &[&fixed[..], &y2026[..]].concat(), &[]);
    assert_year("DE", 2027, &[&fixed[..], &y2027[..]].concat(), &[]);
}

#[test]
fn brazil_counts_the_national_holidays_and_good_friday() {
    let fixed = [
        "01-01", "04-21", "05-01", "09-07", "10-12", "11-02", "11-15", "11-20", "12-25",
    ];
    assert_year("BR", 2025, &[&fixed[..], &["04-18"][..]].concat(), &[]);
    assert_year("BR", 2026, &[&fixed[..], &["04-03"][..]].concat(), &[]);
    assert_year("BR", 2027, &[&fixed[..], &["03-26"][..]].concat(), &[]);
}

#[test]
fn every_country_has_its_data_and_unknown_countries_have_none() {
    for country in COUNTRIES {
        let calendar = WorkingDayCalendar::for_country(country).unwrap();
        assert!(calendar.covers(2025) && calendar.covers(2026), "{country}");
        assert!(calendar.source(2025).is_some_and(|s| !s.is_empty()));
        assert_eq!(calendar.country(), country);
    }
    assert!(WorkingDayCalendar::for_country("XX").is_none());
}

#[test]
fn adding_working_days_skips_holidays_both_ways() {
    let ru = WorkingDayCalendar::for_country("RU").unwrap();
    // 30 Dec 2025 (Tue) + 1 working day: 31 Dec and 1-11 Jan are off.
    assert_eq!(
        ru.add_working_days(d("2025-12-30"), 1),
        Some(d("2026-01-12"))
    );
    assert_eq!(
        ru.add_working_days(d("2026-01-12"), -1),
        Some(d("2025-12-30"))
    );
    assert_eq!(
        ru.add_working_days(d("2026-01-03"), 0),
        Some(d("2026-01-12"))
    );
    assert_eq!(
        ru.add_working_days(d("2026-01-12"), 0),
        Some(d("2026-01-12"))
    );
    // The working Saturday counts.
    assert_eq!(
        ru.add_working_days(d("2025-10-31"), 1),
        Some(d("2025-11-01"))
    );
    let cn = WorkingDayCalendar::for_country("CN").unwrap();
    assert_eq!(
        cn.add_working_days(d("2026-02-13"), 1),
        Some(d("2026-02-14"))
    );
    assert_eq!(
        cn.add_working_days(d("2026-02-14"), 1),
        Some(d("2026-02-24"))
    );
    assert_eq!(ru.add_working_days(d("9999-12-31"), 1), None);
}

#[test]
fn pickup_points_close_only_on_main_holidays() {
    let ru = WorkingDayCalendar::for_country("RU").unwrap();
    assert!(!ru.is_pickup_open(d("2026-01-01")));
    assert!(ru.is_pickup_open(d("2026-01-03")));
    let de = WorkingDayCalendar::for_country("DE").unwrap();
    assert!(!de.is_pickup_open(d("2026-04-06")));
    assert!(de.is_pickup_open(d("2026-04-04")));
    assert!(ru.is_holiday(d("2026-01-09")) && !ru.is_holiday(d("2026-01-17")));
}

#[test]
fn belarus_2027_counts_its_statutory_days_until_the_resolution() {
    // Radunitsa: Orthodox Easter 2 May 2027 + 9 days. 2 January, 1 and 9 May, 3 July, 7 November and
    // 25 December fall on weekends and are not moved.
    let rest = ["01-01..01-03", "01-07", "03-08", "05-11"];
    assert_days("BY", 2027, &rest, &[]);
    let by = WorkingDayCalendar::for_country("BY").unwrap();
    assert_eq!(
        by.coverage(2027),
        Coverage::AwaitingDecree(Pending::Transfers)
    );
    assert!(
        by.is_holiday(d("2027-05-09")),
        "Victory Day on a Sunday is still a holiday"
    );
}

#[test]
fn kazakhstan_2027_moves_weekend_holidays_and_keeps_constitution_day_in_march() {
    let rest = [
        "01-01..01-04", // 2 January on a Saturday: Monday 4 January
        "01-07",
        "03-08",
        "03-15",        // Constitution Day from 2027
        "03-21..03-24", // Nauryz; 21 March on a Sunday: the day after the three days
        "05-01..05-03",
        "05-07..05-10",
    ];
    let more = ["07-06", "10-25", "12-16"];
    assert_days("KZ", 2027, &[&rest[..], &more[..]].concat(), &[]);
    let kz = WorkingDayCalendar::for_country("KZ").unwrap();
    assert!(
        kz.is_working_day(d("2027-08-30")),
        "no Constitution Day in August"
    );
    assert!(
        kz.is_working_day(d("2026-08-31")),
        "the 2026 Constitution took the day away"
    );
    assert_eq!(
        kz.coverage(2027),
        Coverage::AwaitingDecree(Pending::TransfersAndKurbanAit)
    );
}

#[test]
fn china_2027_counts_the_statutory_days_until_the_notice() {
    // Spring Festival 6 February 2027 (eve 5 February); Qingming 5 April; Dragon Boat 9 June;
    // Mid-Autumn 15 September.
    let rest = [
        "01-01",
        "02-05..02-08",
        "04-05",
        "05-01..05-02",
        "06-09",
        "09-15",
        "10-01..10-03",
    ];
    assert_days("CN", 2027, &rest, &[]);
    let cn = WorkingDayCalendar::for_country("CN").unwrap();
    assert_eq!(
        cn.coverage(2027),
        Coverage::AwaitingDecree(Pending::MakeUpDays)
    );
    assert!(!cn.is_pickup_open(d("2027-02-05")) && !cn.is_pickup_open(d("2027-02-06")));
    assert!(cn.is_pickup_open(d("2027-02-07")));
}

#[test]
fn years_after_the_decrees_follow_the_law() {
    // Russia 2028: 1-8 January, and art. 112's move of Saturday 4 November to Monday 6 November.
    let rest = [
        "01-01..01-09",
        "02-23",
        "03-08",
        "05-01",
        "05-09",
        "06-12",
        "11-04..11-06",
    ];
    assert_days("RU", 2028, &rest, &[]);
    assert_days(
        "DE",
        2030,
        &[
            "01-01",
            "04-19",
            "04-22",
            "05-01",
            "05-30",
            "06-10",
            "10-03",
            "12-25..12-26",
        ],
        &[],
    );
    let fixed = [
        "01-01", "04-21", "05-01", "09-07", "10-12", "11-02", "11-15", "11-20", "12-25",
    ];
    assert_days("BR", 2030, &[&fixed[..], &["04-19"][..]].concat(), &[]);
    // Mid-Autumn 2028 is 3 October, a National Day: counted once.
    let rest = [
        "01-01",
        "01-25..01-28",
        "04-04",
        "05-01..05-02",
        "05-28",
        "10-01..10-03",
    ];
    assert_days("CN", 2028, &rest, &[]);
    let by = WorkingDayCalendar::for_country("BY").unwrap();
    assert!(!by.is_working_day(d("2030-05-07")), "Radunitsa 2030");
    let de = WorkingDayCalendar::for_country("DE").unwrap();
    assert!(!de.is_pickup_open(d("2030-04-19")) && de.is_pickup_open(d("2030-04-20")));
}

#[test]
fn past_the_chinese_table_only_fixed_dates_and_weekends_count() {
    let cn = WorkingDayCalendar::for_country("CN").unwrap();
    assert_eq!(cn.coverage(2051), Coverage::FixedDatesOnly);
    assert!(!cn.is_working_day(d("2051-05-01")) && !cn.is_working_day(d("2051-10-02")));
    assert!(
        cn.is_working_day(d("2051-02-10")),
        "Spring Festival eve: the table ends with 2050"
    );
}

#[test]
fn coverage_says_what_a_year_still_waits_for() {
    let coverage = |country: &str, year| {
        WorkingDayCalendar::for_country(country)
            .unwrap()
            .coverage(year)
    };
    assert_eq!(coverage("RU", 2026), Coverage::Decreed);
    assert_eq!(
        coverage("RU", 2028),
        Coverage::AwaitingDecree(Pending::Transfers)
    );
    assert_eq!(coverage("DE", 2030), Coverage::Statutory);
    assert_eq!(coverage("BR", 2040), Coverage::Statutory);
    assert!(WorkingDayCalendar::for_country("DE").unwrap().covers(2030));
    assert!(!WorkingDayCalendar::for_country("RU").unwrap().covers(2028));
    let codes = [
        (coverage("RU", 2026), None),
        (coverage("DE", 2030), None),
        (coverage("BY", 2027), Some("transfers")),
        (coverage("KZ", 2027), Some("transfers_and_kurban_ait")),
        (coverage("CN", 2027), Some("make_up_days")),
        (coverage("CN", 2051), Some("holidays")),
        (
            WorkingDayCalendar::weekends_only().coverage(2026),
            Some("holidays"),
        ),
    ];
    for (coverage, code) in codes {
        assert_eq!(coverage.unknown_code(), code, "{coverage:?}");
    }
}

#[test]
fn the_rules_give_every_statutory_weekday_of_a_decreed_year_off() {
    for country in COUNTRIES {
        let calendar = WorkingDayCalendar::for_country(country).unwrap();
        for year in calendar.decreed_years() {
            for holiday in calendar.rules.holidays_in(year) {
                let weekday = !holiday.weekday().is_weekend();
                assert!(
                    !weekday || !calendar.is_working_day(holiday),
                    "{country} {holiday}"
                );
            }
            let (rules, coverage) = calendar.rules.year(year);
            if coverage == Coverage::Statutory {
                // Where the law alone sets the days, a listed year is the rules' year.
                let mut day = Date::new(year, 1, 1).unwrap();
                while day.year() == year {
                    assert_eq!(rules.is_working(day), calendar.is_working_day(day), "{day}");
                    day = day.add_days(1).unwrap();
                }
            }
        }
    }
}

#[test]
fn any_year_from_1_to_9999_has_days() {
    for country in COUNTRIES {
        let calendar = WorkingDayCalendar::for_country(country).unwrap();
        for year in [1, 1582, 1583, 2019, 2080, 5000, 9999] {
            let new_year = Date::new(year, 1, 1).unwrap();
            assert!(!calendar.is_working_day(new_year), "{country} {year}");
            let _ = calendar.coverage(year);
        }
    }
}

#[test]
fn no_holiday_that_moves_comes_too_late_in_december_to_move() {
    // A weekend holiday's day off moves within its year; a holiday after 24 December could need the
    // next year's first days.
    for country in ["RU", "KZ"] {
        let calendar = WorkingDayCalendar::for_country(country).unwrap();
        for year in 2020..2100 {
            for holiday in calendar.rules.holidays_in(year) {
                assert!(
                    holiday.month() < 12 || holiday.day() <= 24,
                    "{country} {holiday}"
                );
            }
        }
    }
}
