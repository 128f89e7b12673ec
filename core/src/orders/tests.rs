//! The whole orders check on exports built as the real ones are (`tests/golden/orders/generate.py`):
//! each format read, each rule's finding and action, every input row accounted for, chunks or not.

use std::collections::{BTreeMap, BTreeSet};

use super::*;
use crate::host::NativeHost;
use crate::locale::Locale;

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!("../../../tests/golden/orders/", $name)).as_slice()
    };
}

fn options(now: &str, country: &str, zone: &str) -> OrdersOptions {
    serde_json::from_value(serde_json::json!({
        "now": now,
        "seller": { "country": country, "timeZone": zone },
    }))
    .unwrap()
}

/// A seller in Shenzhen on Tuesday 1 December 2026 at 10:00.
fn shenzhen() -> OrdersOptions {
    options("2026-12-01T10:00:00+08:00", "CN", "Asia/Shanghai")
}

fn check(data: &[u8], options: &OrdersOptions) -> OrdersReport {
    check_orders(data, options, &NativeHost, &NativeHost).unwrap()
}

fn order<'r>(report: &'r OrdersReport, id: &str) -> &'r CheckedOrder {
    report
        .orders
        .iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("no order {id}"))
}

fn codes(order: &CheckedOrder) -> Vec<&str> {
    order.findings.iter().map(|f| f.code.as_str()).collect()
}

fn actions(order: &CheckedOrder) -> Vec<ActionCode> {
    order.actions.iter().map(|a| a.code).collect()
}

/// Every data row is in an order, a row error or the skipped lines, once.
fn assert_every_row_accounted_for(report: &OrdersReport, lines: std::ops::RangeInclusive<u32>) {
    let mut seen = BTreeSet::new();
    let all = report
        .orders
        .iter()
        .flat_map(|o| o.rows.iter().copied())
        .chain(report.row_errors.iter().map(|e| e.line))
        .chain(report.skipped_rows.iter().copied())
        .chain(report.header_row);
    for line in all {
        assert!(seen.insert(line), "line {line} counted twice");
    }
    assert_eq!(seen, lines.collect::<BTreeSet<u32>>());
}

#[test]
fn ozon_fbs_report_deadlines_at_now() {
    let report = check(fixture!("ozon-fbs-utf8-bom.csv"), &shenzhen());
    assert_eq!(report.format, "ozon-csv");
    assert_eq!(report.encoding, Some("utf-8"));
    assert_eq!(report.orders.len(), 9);
    // Line 13 is empty: no row.
    assert_every_row_accounted_for(&report, 1..=12);
    assert_eq!(report.row_errors.len(), 1);
    assert_eq!(
        (report.row_errors[0].line, report.row_errors[0].code),
        (9, "wrong_column_count")
    );

    let overdue = order(&report, "0112233445-0001-1");
    assert_eq!(overdue.order_number.as_deref(), Some("0112233445"));
    assert_eq!(overdue.status, Status::Open);
    assert_eq!(overdue.deadline.level, Level::Overdue);
    assert_eq!(overdue.deadline.hours_left, Some(-16));
    assert_eq!(
        overdue.ship_by.as_deref(),
        Some("2026-11-30T18:00:00+08:00")
    );
    assert_eq!(overdue.ship_by_source, Some(ShipBySource::Export));
    assert!(codes(overdue).contains(&"shipment_overdue"));
    assert_eq!(
        actions(overdue),
        [ActionCode::ShipNow, ActionCode::DelayNotice]
    );
    // Ozon's buyers read Russian; the seller's own action is in the seller's language.
    let notice = &overdue.actions[1];
    assert_eq!(notice.language, Locale::Ru);
    assert!(notice.message.contains("0112233445"), "{}", notice.message);
    assert!(notice.message.contains("01.12.2026"), "{}", notice.message);
    assert_eq!(overdue.actions[0].language, Locale::En);

    let today = order(&report, "0112233446-0001-1");
    assert_eq!(today.deadline.level, Level::DueToday);
    assert_eq!(today.deadline.hours_left, Some(8));
    assert_eq!(actions(today), [ActionCode::ShipNow]);
    let tomorrow = order(&report, "0112233447-0001-1");
    assert_eq!(tomorrow.deadline.level, Level::DueNextWorkingDay);
    assert!(codes(tomorrow).contains(&"shipment_due_soon"));
    let next_week = order(&report, "0112233448-0001-1");
    assert_eq!(next_week.deadline.level, Level::OnTrack);
    // Wednesday to Friday and Monday.
    assert_eq!(next_week.deadline.working_days_left, Some(4));
    assert!(next_week.findings.is_empty(), "{:?}", codes(next_week));

    let late = order(&report, "0112233449-0001-1");
    assert_eq!(late.status, Status::Delivered);
    assert_eq!(late.deadline.level, Level::None);
    assert_eq!(late.late, Some(true));
    assert!(codes(late).contains(&"handed_over_late"));
    let in_time = order(&report, "0112233450-0001-1");
    assert_eq!(
        (in_time.status, in_time.late),
        (Status::Shipped, Some(false))
    );
    assert_eq!(
        order(&report, "0112233451-0001-1").status,
        Status::Cancelled
    );
    let unknown = order(&report, "0112233452-0001-1");
    assert_eq!(unknown.status, Status::Unknown);
    assert_eq!(codes(unknown), ["unknown_status"]);
    let two_items = order(&report, "0112233453-0001-1");
    assert_eq!((two_items.items, two_items.rows.clone()), (2, vec![11, 12]));

    let summary = &report.summary;
    assert_eq!(
        (
            summary.orders,
            summary.open,
            summary.overdue,
            summary.due_today,
            summary.due_next_working_day
        ),
        (9, 5, 1, 1, 1)
    );
    // Due in the 14 days: the overdue one (late whenever it goes), the late one, the one in time.
    assert_eq!((summary.record_14d.due, summary.record_14d.late), (3, 2));
    assert_eq!(summary.late_handover_share_14d, Some(2.0 / 3.0));
    // The report does not say who cancelled: no share is made up.
    assert_eq!(summary.seller_cancellation_share_14d, None);
    let late_block = summary
        .thresholds
        .iter()
        .find(|t| t.threshold.metric == "late_handover_share" && t.threshold.level == "block")
        .unwrap();
    assert_eq!(late_block.reached, Some(true));
    assert_eq!(summary.by_code["shipment_overdue"], 1);
}

#[test]
fn the_board_counts_deadlines_per_working_day_and_selects_and_sorts_orders() {
    let report = check(fixture!("ozon-fbs-utf8-bom.csv"), &shenzhen());
    // Today and ten working days; Saturday 5 and Sunday 6 December are none of them.
    let days: Vec<String> = report.working_days.iter().map(|d| d.to_string()).collect();
    assert_eq!(days.len(), 11);
    assert_eq!(
        days[..5],
        [
            "2026-12-01",
            "2026-12-02",
            "2026-12-03",
            "2026-12-04",
            "2026-12-07"
        ]
    );
    // Today carries the overdue order and the one due today; the open order of unknown status is none.
    assert_eq!(report.summary.deadlines_per_day[..5], [2, 1, 0, 1, 1]);
    assert_eq!(report.summary.deadlines_per_day.iter().sum::<u32>(), 5);

    let ids = |query: &Query| -> Vec<&str> {
        select(&report, query)
            .into_iter()
            .map(|i| report.orders[i as usize].id.as_str())
            .collect()
    };
    let by_level = ids(&Query::default());
    assert_eq!(by_level.len(), 9);
    assert_eq!(
        by_level[..3],
        [
            "0112233445-0001-1",
            "0112233446-0001-1",
            "0112233447-0001-1"
        ]
    );
    let descending = ids(&Query {
        descending: true,
        ..Query::default()
    });
    assert_eq!(descending.last(), Some(&"0112233445-0001-1"));
    let due_today = ids(&Query {
        level: Some(Level::DueToday),
        ..Query::default()
    });
    assert_eq!(due_today, ["0112233446-0001-1"]);
    // Text in a finding code, a posting number, or a status the page names in its own words.
    let unknown = ids(&Query {
        text: " UNKNOWN_status ".into(),
        ..Query::default()
    });
    assert_eq!(unknown, ["0112233452-0001-1"]);
    assert_eq!(
        ids(&Query {
            text: "233450".into(),
            ..Query::default()
        }),
        ["0112233450-0001-1"]
    );
    let cancelled = ids(&Query {
        text: "отмен".into(),
        statuses: vec![Status::Cancelled],
        ..Query::default()
    });
    assert_eq!(cancelled, ["0112233451-0001-1"]);
    let by_number = ids(&Query {
        sort: SortKey::Order,
        ..Query::default()
    });
    assert_eq!(by_number.first(), Some(&"0112233445-0001-1"));
    assert_eq!(by_number.last(), Some(&"0112233453-0001-1"));
}

#[test]
fn the_exports_hold_every_action_and_every_open_deadline() {
    let report = check(fixture!("ozon-fbs-utf8-bom.csv"), &shenzhen());
    let csv = actions_csv(&report);
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert_eq!(lines[0], ACTIONS_CSV_HEADER);
    assert_eq!(lines.len() - 1, report.summary.actions as usize);
    let send_on: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split(',').nth(4).unwrap())
        .collect();
    assert!(send_on.windows(2).all(|w| w[0] <= w[1]), "{send_on:?}");
    assert!(lines[1].starts_with("0112233445,0112233445-0001-1,ship_now,seller,2026-12-01,en,"));

    let deadlines = open_deadlines(&report);
    let open_with_deadline = report
        .orders
        .iter()
        .filter(|o| o.status == Status::Open && o.ship_by.is_some())
        .count();
    assert_eq!(deadlines.len(), open_with_deadline);
    assert_eq!(deadlines[0].ship_by, "2026-11-30T18:00:00+08:00");
    assert_eq!(deadlines[0].ship_by_day.to_string(), "2026-11-30");
}

#[test]
fn the_xlsx_report_reads_like_the_csv_one() {
    let report = check(fixture!("ozon-fbs.xlsx"), &shenzhen());
    assert_eq!(report.format, "ozon-xlsx");
    assert_eq!(report.header_row, Some(2));
    assert_every_row_accounted_for(&report, 1..=5);
    let overdue = order(&report, "0112233445-0001-1");
    assert_eq!(overdue.deadline.level, Level::Overdue);
    assert_eq!(
        overdue.accepted_at.as_deref(),
        Some("2026-11-28T09:12:44+08:00")
    );
    assert_eq!(order(&report, "0112233449-0001-1").late, Some(true));
    assert_eq!(
        order(&report, "0112233447-0001-1").deadline.level,
        Level::DueNextWorkingDay
    );
}

#[test]
fn ozon_rfbs_report_in_windows_1251_with_addresses() {
    // A seller in Krasnoyarsk (UTC+7).
    let options = options("2026-12-01T10:00:00+07:00", "RU", "Asia/Krasnoyarsk");
    let report = check(fixture!("ozon-rfbs-cp1251.csv"), &options);
    assert_eq!(report.encoding, Some("windows-1251"));
    assert_eq!(report.header_row, Some(3));
    assert_eq!(report.skipped_rows, [1, 2]);
    assert_every_row_accounted_for(&report, 1..=7);

    let good = order(&report, "0555000001-0001-1");
    assert_eq!(
        good.address.as_ref().map(|a| a.verdict),
        Some(crate::address::Verdict::Accept)
    );
    assert!(!actions(good).contains(&ActionCode::ConfirmAddress));

    let mismatch = order(&report, "0555000002-0001-1");
    assert!(
        codes(mismatch).contains(&"address_to_confirm"),
        "{:?}",
        codes(mismatch)
    );
    let confirm = mismatch
        .actions
        .iter()
        .find(|a| a.code == ActionCode::ConfirmAddress)
        .unwrap();
    assert_eq!(
        (confirm.language, confirm.send_on.to_string().as_str()),
        (Locale::Ru, "2026-12-01")
    );
    assert!(
        confirm.message.contains("Новосибирск"),
        "{}",
        confirm.message
    );

    let cod = order(&report, "0555000003-0001-1");
    assert!(cod.pay_on_receipt);
    assert!(codes(cod).contains(&"pay_on_receipt"));
    assert!(actions(cod).contains(&ActionCode::PaymentReminder));
    // On its way since 28 November: the return terms of Russia's law, to send now.
    let policy = cod
        .actions
        .iter()
        .find(|a| a.code == ActionCode::PolicyReminder)
        .unwrap();
    assert_eq!(policy.send_on.to_string(), "2026-12-01");
    assert!(policy.message.contains("0555000003"));

    let waiting = order(&report, "0555000004-0001-1");
    assert_eq!(waiting.status, Status::AtPickupPoint);
    assert!(codes(waiting).contains(&"pickup_arrival_unknown"));
    assert_eq!(actions(waiting), [ActionCode::PickupReminder]);
    assert_eq!(report.summary.addresses_to_confirm, 1);
}

#[test]
fn ozon_api_postings_with_substatus_tracking_and_cancellation() {
    let report = check(fixture!("ozon-fbs-list.json"), &shenzhen());
    assert_eq!(report.format, "ozon-api-json");
    assert_eq!(report.rows, 6);
    assert_every_row_accounted_for(&report, 1..=6);
    assert_eq!(order(&report, "4001-0001-1").deadline.level, Level::Overdue);
    let waiting = order(&report, "4002-0001-1");
    assert_eq!(waiting.status, Status::AtPickupPoint);
    assert_eq!(waiting.tracking.as_ref().and_then(|t| t.valid), Some(true));
    let mistyped = order(&report, "4003-0001-1");
    assert!(codes(mistyped).contains(&"invalid_tracking_number"));
    assert!(codes(order(&report, "4004-0001-1")).contains(&"missing_tracking_number"));
    assert_eq!(order(&report, "4005-0001-1").status, Status::Cancelled);
    let rfbs = order(&report, "4006-0001-1");
    assert_eq!(rfbs.deadline.level, Level::DueNextWorkingDay);
    assert_eq!(
        rfbs.address.as_ref().map(|a| a.verdict),
        Some(crate::address::Verdict::Accept)
    );
    assert_eq!(rfbs.country.as_deref(), Some("RU"));

    // One seller cancellation among six postings accepted in the window.
    let summary = &report.summary;
    assert_eq!(summary.seller_cancellation_share_14d, Some(1.0 / 6.0));
    let reached = |level: &str, share: f64| {
        summary
            .thresholds
            .iter()
            .find(|t| {
                t.threshold.metric == "seller_cancellation_share"
                    && t.threshold.level == level
                    && t.threshold.share == share
            })
            .and_then(|t| t.reached)
    };
    assert_eq!(reached("block", 0.1001), Some(true));
    assert_eq!(reached("block", 0.4001), Some(false));
}

#[test]
fn shopify_rows_become_orders_with_computed_deadlines() {
    let mut options = shenzhen();
    options.seller.cutoff = Some("14:00".into());
    let report = check(fixture!("shopify-orders.csv"), &options);
    assert_eq!(report.format, "shopify-csv");
    assert_eq!(report.orders.len(), 4);
    assert_every_row_accounted_for(&report, 1..=6);

    // Friday 21:55 in Shenzhen, after the cutoff: handling starts Monday, two working days.
    let first = order(&report, "#1001");
    assert_eq!((first.items, first.rows.clone()), (3 - 1, vec![2, 3]));
    assert_eq!(
        first.accepted_at.as_deref(),
        Some("2026-11-27T21:55:16+08:00")
    );
    assert_eq!(first.ship_by_source, Some(ShipBySource::Computed));
    assert_eq!(first.ship_by.as_deref(), Some("2026-12-03T00:00:00+08:00"));
    assert_eq!(first.deadline.level, Level::DueNextWorkingDay);
    assert_eq!(first.language, Locale::En);

    let shipped = order(&report, "#1002");
    assert_eq!(shipped.status, Status::Shipped);
    assert_eq!(shipped.language, Locale::Pt);
    // Shopify's export has no tracking column: nothing is said to be missing.
    assert!(!codes(shipped).contains(&"missing_tracking_number"));
    let policy = shipped
        .actions
        .iter()
        .find(|a| a.code == ActionCode::PolicyReminder)
        .expect("a policy reminder for a parcel on its way to Brazil");
    assert!(policy.message.starts_with("Olá!"), "{}", policy.message);

    assert_eq!(order(&report, "#1003").status, Status::Cancelled);
    let cod = order(&report, "#1004");
    assert!(cod.pay_on_receipt);
    // Tuesday 12:30 in Shenzhen, before the cutoff: handling starts today.
    assert_eq!(cod.ship_by.as_deref(), Some("2026-12-04T00:00:00+08:00"));
    assert_eq!(cod.deadline.level, Level::OnTrack);
}

#[test]
fn chunks_of_any_size_give_the_same_report() {
    let fixtures: [(&[u8], OrdersOptions); 4] = [
        (fixture!("ozon-fbs-utf8-bom.csv"), shenzhen()),
        (
            fixture!("ozon-rfbs-cp1251.csv"),
            options("2026-12-01T10:00:00+07:00", "RU", "Asia/Krasnoyarsk"),
        ),
        (fixture!("ozon-fbs-list.json"), shenzhen()),
        (fixture!("shopify-orders.csv"), shenzhen()),
    ];
    for (data, options) in fixtures {
        let whole = serde_json::to_string(&check(data, &options)).unwrap();
        for size in [1, 7, 250, 4096] {
            let mut checker = OrdersChecker::new(&options, &NativeHost, &NativeHost).unwrap();
            for chunk in data.chunks(size) {
                checker.push(chunk).unwrap();
            }
            let streamed = serde_json::to_string(&checker.finish().unwrap()).unwrap();
            assert_eq!(streamed, whole, "chunks of {size}");
        }
    }
}

fn generic(csv: &str, now: &str) -> OrdersReport {
    let mut options = options(now, "CN", "Asia/Shanghai");
    options.mapping = BTreeMap::from([("ship_by".to_string(), "Ship before".to_string())]);
    check(csv.as_bytes(), &options)
}

#[test]
fn deadlines_count_on_the_working_day_they_must_leave_on() {
    let csv = "Order number,Order date,Ship before,Status,Country\n\
               A-1,2026-02-10 09:00:00,2026-02-18,awaiting_packaging,RU\n\
               A-2,2026-02-10 09:00:00,2026-02-13 00:00:00,awaiting_packaging,RU\n\
               A-3,2026-02-10 09:00:00,2026-04-30,awaiting_packaging,RU\n\
               A-4,2026-02-09 09:00:00,2026-02-11 18:00:00,awaiting_packaging,RU\n\
               A-5,2026-02-09 09:00:00,2026-02-13 18:00:00,delivered,RU\n";
    let report = generic(csv, "2026-02-12T10:00:00+08:00");
    assert_eq!(report.orders.len(), 5);
    // Midnight ends the day before: the seller's day of A-2 is today.
    let midnight = &report.orders[1];
    assert_eq!(
        midnight.ship_by.as_deref(),
        Some("2026-02-13T00:00:00+08:00")
    );
    assert_eq!(
        midnight.ship_by_day.map(|d| d.to_string()).as_deref(),
        Some("2026-02-12")
    );
    // Today (12 February): A-2 and the overdue A-4; A-1, due in the Spring Festival break, on the
    // make-up Saturday before it; A-3 after the chart's last day and the delivered A-5 nowhere.
    let per_day = &report.summary.deadlines_per_day;
    assert_eq!(per_day.len(), report.working_days.len());
    assert_eq!(per_day[..4], [2, 0, 1, 0]);
    assert_eq!(per_day.iter().sum::<u32>(), 3);
}

#[test]
fn the_spring_festival_before_a_deadline_is_a_warning_days_ahead() {
    let csv = "Order number,Order date,Ship before,Status,Country\n\
               A-1,2026-02-10 09:00:00,2026-02-25,awaiting_packaging,RU\n";
    let report = generic(csv, "2026-02-12T10:00:00+08:00");
    assert_eq!(report.format, "csv");
    // The chart's days: the make-up Saturday of 14 February is worked, the break is not.
    let days: Vec<String> = report
        .working_days
        .iter()
        .take(4)
        .map(|d| d.to_string())
        .collect();
    assert_eq!(
        days,
        ["2026-02-12", "2026-02-13", "2026-02-14", "2026-02-24"]
    );
    let order = &report.orders[0];
    assert_eq!(order.deadline.level, Level::OnTrack);
    let holiday = order
        .findings
        .iter()
        .find(|f| f.code == "holiday_before_deadline")
        .expect("the break of 15-23 February 2026");
    assert_eq!(holiday.params["from"], "15 February 2026");
    assert_eq!(holiday.params["to"], "23 February 2026");
    assert!(
        holiday.message.contains("deadline 25 February 2026."),
        "{}",
        holiday.message
    );
    assert!(!actions(order).contains(&ActionCode::DelayNotice));

    // Inside the break, with no working day left before the deadline: the buyer hears of it now.
    let report = generic(
        "Order number,Order date,Ship before,Status,Country\nA-2,2026-02-12 09:00:00,2026-02-20,Ожидает сборки,RU\n",
        "2026-02-16T10:00:00+08:00",
    );
    let order = &report.orders[0];
    assert_eq!(order.deadline.working_days_left, Some(0));
    let notice = order
        .actions
        .iter()
        .find(|a| a.code == ActionCode::DelayNotice)
        .unwrap();
    assert!(notice.message.contains("24.02.2026"), "{}", notice.message);
}

#[test]
fn pickup_holds_count_from_a_mapped_arrival_column() {
    let csv = "Order number,Status,Arrived at pickup point,Carrier,Country\n\
               P-1,В пункте выдачи,2026-11-28,Ozon,RU\n\
               P-2,В пункте выдачи,2026-11-30,СДЭК,RU\n\
               P-3,В пункте выдачи,2026-11-20,Ozon,RU\n";
    let report = generic(csv, "2026-12-01T10:00:00+08:00");
    let p1 = report.orders[0].pickup.as_ref().unwrap();
    assert_eq!(
        (
            p1.carrier.as_str(),
            p1.last_day.to_string().as_str(),
            p1.days_left
        ),
        ("ozon", "2026-12-05", 4)
    );
    assert_eq!(
        report.orders[0].actions[0].send_on.to_string(),
        "2026-12-03"
    );
    let p2 = report.orders[1].pickup.as_ref().unwrap();
    assert_eq!((p2.carrier.as_str(), p2.days_left), ("cdek", 6));
    assert!(codes(&report.orders[2]).contains(&"pickup_hold_ended"));
    assert_eq!(report.summary.pickups_expiring, 1);
}

#[test]
fn bad_input_is_a_clear_error_never_a_panic() {
    let fail = |data: &[u8], options: &OrdersOptions| {
        check_orders(data, options, &NativeHost, &NativeHost)
            .map(|_| ())
            .unwrap_err()
            .code
    };
    let options = shenzhen();
    assert_eq!(fail(b"", &options), "empty_orders");
    assert_eq!(fail(b"   \r\n", &options), "empty_orders");
    assert_eq!(
        fail(b"Title,Price\nDress,10\n", &options),
        "not_an_orders_export"
    );
    assert_eq!(fail(b"{\"items\": 3}", &options), "not_orders_json");
    assert_eq!(fail(b"{\"result\": ", &options), "malformed_json");
    assert_eq!(fail(b"\x00\x01\x02\x03binary", &options), "not_text");
    let mut bad_zone = shenzhen();
    bad_zone.seller.time_zone = "Asia/Atlantis".into();
    assert!(OrdersChecker::new(&bad_zone, &NativeHost, &NativeHost).is_err());
    let mut bad_mapping = shenzhen();
    bad_mapping.mapping.insert("colour".into(), "Цвет".into());
    assert_eq!(
        OrdersChecker::new(&bad_mapping, &NativeHost, &NativeHost)
            .err()
            .unwrap()
            .code,
        "unknown_mapped_field"
    );
    // A date nobody can read is a finding on its order, and the order is still there.
    let report = generic(
        "Order number,Order date,Status\nX-1,вчера вечером,Ожидает сборки\n",
        "2026-12-01T10:00:00+08:00",
    );
    assert_eq!(codes(&report.orders[0]), ["unreadable_date", "no_deadline"]);
    let unread = &report.orders[0].findings[0];
    assert!(
        unread.message.starts_with("accepted_at: \"вчера вечером\""),
        "{}",
        unread.message
    );
}
