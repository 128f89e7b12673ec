use super::*;
use crate::date::DayRange;
use crate::host::NativeHost;

fn d(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn query(now: &str, origin: &str, zone: &str, destination: Option<&str>) -> DelayInput {
    DelayInput {
        now: now.into(),
        origin: DelayOrigin {
            country: origin.into(),
            time_zone: zone.into(),
            handling_days: None,
        },
        destination: destination.map(|country| DelayDestination {
            country: country.into(),
        }),
        days_ahead: None,
    }
}

fn run(input: &DelayInput) -> Vec<Notice> {
    delay_notices(input, &NativeHost, Locale::En)
        .unwrap()
        .notices
}

fn find<'a>(notices: &'a [Notice], code: &str) -> Vec<&'a Notice> {
    notices.iter().filter(|n| n.code == code).collect()
}

fn param<'a>(notice: &'a Notice, name: &str) -> &'a str {
    notice.params.get(name).map_or("", String::as_str)
}

/// The closure is a whole run of days off: every day in it off, the days around it working days.
fn assert_whole_closure(calendar: &WorkingDayCalendar, notice: &Notice) {
    let (from, to) = (notice.from.unwrap(), notice.to.unwrap());
    let mut day = from;
    while day <= to {
        assert!(!calendar.is_working_day(day), "{day} is in the closure");
        day = day.add_days(1).unwrap();
    }
    assert!(calendar.is_working_day(from.add_days(-1).unwrap()));
    assert!(calendar.is_working_day(to.add_days(1).unwrap()));
}

#[test]
fn the_spring_festival_closure_is_told_weeks_ahead_with_the_first_dispatch_day() {
    // A seller in Shenzhen on 25 January 2027; the Spring Festival is on 6 February.
    let notices = run(&query(
        "2027-01-25T10:00:00+08:00",
        "CN",
        "Asia/Shanghai",
        None,
    ));
    let closures = find(&notices, "dispatch_closure");
    assert_eq!(closures.len(), 1, "{notices:#?}");
    let closure = closures[0];
    assert!(closure.from.unwrap() <= d("2027-02-06") && closure.to.unwrap() >= d("2027-02-06"));
    assert_whole_closure(WorkingDayCalendar::for_country("CN").unwrap(), closure);
    assert_eq!(closure.side, Some(Side::Origin));
    assert_eq!(closure.severity, Severity::Warning);
    let resume = d(param(closure, "resume"));
    assert_eq!(resume, closure.to.unwrap().add_days(1).unwrap());
    assert_eq!(
        param(closure, "ordersFrom"),
        closure.from.unwrap().to_string()
    );
    assert!(
        closure.message.contains(&format!("ship from {resume}")),
        "{}",
        closure.message
    );
    // The factory shutdown around it, and the honest word that 2027's notice is not out yet.
    let peaks = find(&notices, "peak_season");
    assert_eq!(param(peaks[0], "peakCode"), "chinese_new_year");
    assert_eq!(peaks[0].from, Some(d("2027-01-27")));
    assert_eq!(param(closure, "verified"), "false");
    let gaps = find(&notices, "calendar_not_covered");
    assert_eq!(gaps.len(), 1);
    assert_eq!(gaps[0].severity, Severity::Info);
    assert_eq!(param(gaps[0], "unknownCode"), "make_up_days");
}

#[test]
fn handling_time_moves_the_first_delayed_order_back() {
    // A seller in Krasnoyarsk: the New Year closure runs from Thursday 31 December to Sunday 10 January.
    let mut input = query("2026-12-21T09:00:00+07:00", "RU", "Asia/Krasnoyarsk", None);
    let closure_of = |input: &DelayInput| {
        run(input)
            .into_iter()
            .find(|n| n.code == "dispatch_closure")
            .unwrap()
    };
    let closure = closure_of(&input);
    assert_eq!(
        (closure.from, closure.to),
        (Some(d("2026-12-31")), Some(d("2027-01-10")))
    );
    assert_eq!(param(&closure, "resume"), "2027-01-11");
    assert_eq!(param(&closure, "ordersFrom"), "2026-12-31");
    // Two working days of handling: an order started on Tuesday 29 December would ship on the 31st.
    input.origin.handling_days = Some(HandlingDays::Range(DayRange { min: 1, max: 2 }));
    assert_eq!(param(&closure_of(&input), "ordersFrom"), "2026-12-29");
    input.origin.handling_days = Some(HandlingDays::Exact(1));
    assert_eq!(param(&closure_of(&input), "ordersFrom"), "2026-12-30");
    // 2027's decree is not read from its official publication.
    assert_eq!(param(&closure_of(&input), "verified"), "false");
}

#[test]
fn the_seller_clock_decides_the_day() {
    // 20:00 UTC on 30 December is already the 31st in Krasnoyarsk: the closure is running.
    let notices = run(&query(
        "2026-12-30T20:00:00Z",
        "RU",
        "Asia/Krasnoyarsk",
        None,
    ));
    let closure = find(&notices, "dispatch_closure")[0];
    assert_eq!(param(closure, "ordersFrom"), "2026-12-31");
    let notices = run(&query(
        "2026-12-30T20:00:00Z",
        "RU",
        "Europe/Kaliningrad",
        None,
    ));
    assert_eq!(
        param(find(&notices, "dispatch_closure")[0], "ordersFrom"),
        "2026-12-31"
    );
    assert_eq!(
        parse(
            &query("2026-12-30T20:00:00Z", "RU", "Europe/Kaliningrad", None),
            &NativeHost
        )
        .unwrap()
        .today,
        d("2026-12-30")
    );
}

#[test]
fn both_sides_across_the_year_end() {
    // From China to Russia on 20 December: China closes for New Year's Day, Russia for its New Year
    // holidays, and Russian parcels surge.
    let notices = run(&query(
        "2026-12-20T09:00:00+08:00",
        "CN",
        "Asia/Shanghai",
        Some("RU"),
    ));
    let dispatch = find(&notices, "dispatch_closure");
    assert_eq!(dispatch.len(), 1);
    assert_eq!(
        (dispatch[0].from, dispatch[0].to),
        (Some(d("2027-01-01")), Some(d("2027-01-03")))
    );
    assert_eq!(param(dispatch[0], "resume"), "2027-01-04");
    let delivery = find(&notices, "delivery_closure");
    assert_eq!(delivery.len(), 1);
    assert_eq!(delivery[0].side, Some(Side::Destination));
    assert_eq!(
        (delivery[0].from, delivery[0].to),
        (Some(d("2026-12-31")), Some(d("2027-01-10")))
    );
    assert_eq!(param(delivery[0], "country"), "RU");
    assert!(!delivery[0].params.contains_key("resume"));
    let peak = find(&notices, "peak_season");
    assert_eq!(peak.len(), 1);
    assert_eq!(param(peak[0], "peakCode"), "russian_new_year");
    assert_eq!(peak[0].side, Some(Side::Destination));
    assert!(
        peak[0].message.contains("Russian New Year"),
        "{}",
        peak[0].message
    );
    // In order of start.
    let starts: Vec<Date> = notices.iter().filter_map(|n| n.from).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");
    // Without a destination, only the seller's side.
    let origin_only = run(&query(
        "2026-12-20T09:00:00+08:00",
        "CN",
        "Asia/Shanghai",
        None,
    ));
    assert!(
        origin_only.iter().all(|n| n.side == Some(Side::Origin)),
        "{origin_only:#?}"
    );
    assert!(find(&origin_only, "peak_season").is_empty());
}

#[test]
fn a_closure_already_running_is_told_with_today_as_the_first_delayed_order() {
    // 3 October 2026 in China: the National Day break (1-7 October) is on.
    let notices = run(&query(
        "2026-10-03T12:00:00+08:00",
        "CN",
        "Asia/Shanghai",
        Some("DE"),
    ));
    let closure = find(&notices, "dispatch_closure")[0];
    assert_eq!(
        (closure.from, closure.to),
        (Some(d("2026-10-01")), Some(d("2026-10-07")))
    );
    assert_eq!(param(closure, "resume"), "2026-10-08");
    assert_eq!(param(closure, "ordersFrom"), "2026-10-03");
    assert_eq!(param(closure, "verified"), "true");
    assert_eq!(
        param(find(&notices, "peak_season")[0], "peakCode"),
        "golden_week"
    );
    // Germany's Unity Day falls on Saturday 3 October 2026: no weekday is lost, nothing to tell.
    assert!(
        find(&notices, "delivery_closure").is_empty(),
        "{notices:#?}"
    );
}

#[test]
fn a_quiet_date_has_nothing_to_say() {
    // Late June 2026 in China: the Dragon Boat break (19-21 June) is over, nothing until October.
    assert_eq!(
        run(&query(
            "2026-06-25T10:00:00+08:00",
            "CN",
            "Asia/Shanghai",
            None
        )),
        []
    );
    // A German seller in late September 2026 (Unity Day on a Saturday) selling to Russia.
    assert_eq!(
        run(&query(
            "2026-09-21T09:00:00+02:00",
            "DE",
            "Europe/Berlin",
            Some("RU")
        )),
        []
    );
    // The same to Brazil: Nossa Senhora Aparecida on Monday 12 October makes a long weekend there.
    let notices = run(&query(
        "2026-09-21T09:00:00+02:00",
        "DE",
        "Europe/Berlin",
        Some("BR"),
    ));
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].code, "delivery_closure");
    assert_eq!(
        (notices[0].from, notices[0].to),
        (Some(d("2026-10-10")), Some(d("2026-10-12")))
    );
    // The window is the caller's: 11 days before the Mid-Autumn Festival (Friday 25 September 2026),
    // 3 days ahead see nothing, 14 days see its long weekend.
    let mut input = query("2026-09-14T10:00:00+08:00", "CN", "Asia/Shanghai", None);
    input.days_ahead = Some(3);
    assert_eq!(run(&input), []);
    input.days_ahead = Some(14);
    let notices = run(&input);
    assert_eq!(notices.len(), 1);
    assert_eq!(
        (notices[0].from, notices[0].to),
        (Some(d("2026-09-25")), Some(d("2026-09-27")))
    );
}

#[test]
fn a_domestic_route_tells_each_closure_once() {
    let notices = run(&query(
        "2026-12-21T09:00:00+03:00",
        "RU",
        "Europe/Moscow",
        Some("ru"),
    ));
    assert_eq!(find(&notices, "dispatch_closure").len(), 1);
    assert!(find(&notices, "delivery_closure").is_empty());
    assert_eq!(
        find(&notices, "peak_season").len(),
        1,
        "the New Year surge on the buyer's side"
    );
}

#[test]
fn notices_are_localized() {
    let input = query(
        "2027-01-25T10:00:00+08:00",
        "CN",
        "Asia/Shanghai",
        Some("RU"),
    );
    for (locale, word) in [(Locale::Ru, "будут отправлены"), (Locale::Zh, "起发货")]
    {
        let notices = delay_notices(&input, &NativeHost, locale).unwrap().notices;
        let closure = notices
            .iter()
            .find(|n| n.code == "dispatch_closure")
            .unwrap();
        assert!(closure.message.contains(word), "{}", closure.message);
        let peak = notices.iter().find(|n| n.code == "peak_season").unwrap();
        assert!(!param(peak, "peak").is_empty() && peak.message.contains(param(peak, "peak")));
    }
}

#[test]
fn the_output_has_the_documented_shape() {
    let input = query(
        "2026-12-20T09:00:00+08:00",
        "CN",
        "Asia/Shanghai",
        Some("RU"),
    );
    let value =
        serde_json::to_value(delay_notices(&input, &NativeHost, Locale::En).unwrap()).unwrap();
    let first = &value["notices"][0];
    for key in [
        "code", "severity", "side", "from", "to", "message", "params",
    ] {
        assert!(first.get(key).is_some(), "{key} in {first}");
    }
    let sides: Vec<&str> = value["notices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["side"].as_str().unwrap())
        .collect();
    assert!(
        sides.contains(&"origin") && sides.contains(&"destination"),
        "{sides:?}"
    );
}

#[test]
fn bad_input_names_its_field() {
    let error = |input: DelayInput| delay_notices(&input, &NativeHost, Locale::En).unwrap_err();
    let good = || {
        query(
            "2026-12-20T09:00:00+08:00",
            "CN",
            "Asia/Shanghai",
            Some("RU"),
        )
    };
    let mut input = good();
    input.now = "2026-12-20".into();
    let e = error(input);
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("malformed_order_time", "now")
    );
    let mut input = good();
    input.origin.time_zone = "Mars/Olympus_Mons".into();
    assert_eq!(error(input).field, "origin.timeZone");
    let mut input = good();
    input.destination = Some(DelayDestination {
        country: "Russia".into(),
    });
    assert_eq!(error(input).field, "destination.country");
    for days in [0, 367] {
        let mut input = good();
        input.days_ahead = Some(days);
        let e = error(input);
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            ("invalid_days_ahead", "daysAhead")
        );
    }
    let mut input = good();
    input.origin.handling_days = Some(HandlingDays::Exact(61));
    assert_eq!(error(input).field, "origin.handlingDays");
    // A country without a calendar is not an error: weekends only, said as not covered.
    let notices = run(&query(
        "2026-12-20T09:00:00-05:00",
        "US",
        "America/New_York",
        None,
    ));
    assert!(
        find(&notices, "calendar_not_covered").len() == 2,
        "{notices:#?}"
    );
}
