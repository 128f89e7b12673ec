//! `orderguard catalog` as a seller's system calls it: the report of each fixture file compared with
//! the one kept in tests/golden/cli/ (`UPDATE_GOLDEN=1 cargo test -p orderguard-cli` rewrites them after
//! a change that is meant), the summary on standard error, the exit status, and the same report in input
//! order whatever the number of threads.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn fixture(path: &str) -> String {
    root().join("tests/golden").join(path).display().to_string()
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_orderguard"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.unwrap_or_default().to_vec();
    // Written from another thread: the command writes its report while it reads, and a full pipe
    // each way would stop both.
    let writer = std::thread::spawn(move || input.write_all(&bytes));
    let output = child.wait_with_output().expect("the command ends");
    writer
        .join()
        .expect("the writer ends")
        .expect("stdin takes the file");
    output
}

/// Runs the command and compares its report with the golden file `name`.
fn assert_golden(name: &str, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let output = run(args, stdin);
    assert!(
        output.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let path = root().join("tests/golden/cli").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &output.stdout).expect("golden file written");
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        output.stdout == expected,
        "{name} differs from its golden file:\n{}",
        String::from_utf8_lossy(&output.stdout)
    );
    output
}

#[test]
fn a_catalog_with_every_kind_of_broken_row_gives_one_line_per_row_in_input_order() {
    let output = assert_golden(
        "broken-rows.csv",
        &["catalog", &fixture("catalog/broken-rows.csv")],
        None,
    );
    let report = String::from_utf8(output.stdout).unwrap();
    let rows: Vec<&str> = report
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .filter(|r| r.parse::<u32>().is_ok())
        .collect();
    assert_eq!(rows, ["2", "3", "4", "5", "6", "7", "9", "10"]);
    let summary = String::from_utf8(output.stderr).unwrap();
    assert!(
        summary.contains("8 rows: 3 listings, 5 rows not read"),
        "{summary}"
    );
}

#[test]
fn an_ozon_template_in_windows_1251_reports_in_russian_as_json_lines() {
    let output = assert_golden(
        "ozon-template-cp1251.jsonl",
        &[
            "catalog",
            "--report",
            "jsonl",
            "--locale",
            "ru",
            &fixture("catalog/ozon-template-cp1251.csv"),
        ],
        None,
    );
    let report = String::from_utf8(output.stdout).unwrap();
    let last: serde_json::Value = serde_json::from_str(report.lines().last().unwrap()).unwrap();
    assert_eq!(last["kind"], "summary");
    assert_eq!(last["skippedRows"], serde_json::json!([1, 3]));
    assert_eq!(last["encoding"], "windows-1251");
    for line in report.lines() {
        let value: serde_json::Value = serde_json::from_str(line).expect("each line is JSON");
        assert!(value["kind"].is_string());
    }
}

#[test]
fn a_shopify_export_on_standard_input_groups_variants() {
    let data = std::fs::read(fixture("catalog/apparel.csv")).unwrap();
    let output = assert_golden("apparel.csv", &["catalog", "-"], Some(&data));
    let summary = String::from_utf8(output.stderr).unwrap();
    assert!(summary.starts_with("standard input: shopify-csv, utf-8; 22 rows: 20 listings"));
}

#[test]
fn an_xlsx_template_and_a_cut_export_read_like_the_page_reads_them() {
    assert_golden(
        "ozon_template_xlsxwriter.jsonl",
        &[
            "catalog",
            "--report",
            "jsonl",
            &fixture("xlsx/ozon_template_xlsxwriter.xlsx"),
        ],
        None,
    );
    assert_golden(
        "erp-cut-descriptions.csv",
        &["catalog", &fixture("catalog/erp-cut-descriptions.csv")],
        None,
    );
}

#[test]
fn a_file_that_is_not_a_catalog_writes_no_report_and_fails() {
    let output = run(
        &["catalog", &fixture("catalog/orders-not-a-catalog.csv")],
        None,
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let message = String::from_utf8(output.stderr).unwrap();
    assert!(message.contains("Order ID"), "{message}");
    let output = run(&["catalog", "--profile", "ebay", "-"], Some(b""));
    assert_eq!(output.status.code(), Some(1));
    let output = run(&["catalog", "--report", "xml", "-"], Some(b""));
    assert_eq!(output.status.code(), Some(2));
    let output = run(&["catalog", "no/such/file.csv"], None);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no/such/file.csv"));
}

#[test]
fn every_thread_count_gives_the_same_report_in_input_order() {
    let mut csv = String::from("id,title,price,old price,images,description\n");
    for i in 0..20_000 {
        let row = match i % 97 {
            5 => format!("X-{i},Broken,price?,,,\n"),
            9 => format!("X-{i},\"Open quote,10,,,\n"),
            _ => format!(
                "X-{i},\"Shirt, size {}\",{}.5,{},https://cdn.example.com/{i}.jpg,\"Soft\ncotton\"\n",
                i % 7,
                10 + i % 90,
                if i % 3 == 0 { "99" } else { "" }
            ),
        };
        csv.push_str(&row);
    }
    let one = run(&["catalog", "--threads", "1", "-"], Some(csv.as_bytes()));
    assert!(one.status.success());
    for threads in ["2", "3", "8"] {
        let many = run(
            &["catalog", "--threads", threads, "-"],
            Some(csv.as_bytes()),
        );
        assert!(many.stdout == one.stdout, "{threads} threads");
        let jsonl = run(
            &["catalog", "--threads", threads, "--report", "jsonl", "-"],
            Some(csv.as_bytes()),
        );
        let rows: Vec<u64> = String::from_utf8(jsonl.stdout)
            .unwrap()
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()?["row"].as_u64())
            .collect();
        assert!(rows.windows(2).all(|w| w[0] < w[1]), "rows out of order");
    }
}

/// The orders board for a warehouse in Shenzhen on Tuesday 1 December 2026 at 10:00.
const SHENZHEN: [&str; 7] = [
    "orders",
    "--country",
    "CN",
    "--time-zone",
    "Asia/Shanghai",
    "--now",
    "2026-12-01T10:00:00+08:00",
];

#[test]
fn an_ozon_report_gives_the_messages_to_send_and_the_boards_headline() {
    let file = fixture("orders/ozon-fbs-utf8-bom.csv");
    let args: Vec<&str> = SHENZHEN.iter().copied().chain([file.as_str()]).collect();
    let output = assert_golden("orders-ozon-fbs.csv", &args, None);
    let report = String::from_utf8(output.stdout).unwrap();
    assert!(report.starts_with("order,posting,action,to,send_on,language,text\r\n"));
    // In send-on order.
    let days: Vec<&str> = report
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(4))
        .collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "{days:?}");
    let summary = String::from_utf8(output.stderr).unwrap();
    assert!(
        summary.contains("11 rows: 9 orders, 1 rows not read"),
        "{summary}"
    );
    assert!(summary.contains("overdue 1, due today 1"), "{summary}");
    assert!(summary.contains("late handovers 66.7 %"), "{summary}");
}

#[test]
fn the_seller_api_json_on_standard_input_gives_the_whole_report() {
    let data = std::fs::read(fixture("orders/ozon-fbs-list.json")).unwrap();
    let args: Vec<&str> = SHENZHEN
        .iter()
        .copied()
        .chain(["--report", "json", "--locale", "zh", "-"])
        .collect();
    let output = assert_golden("orders-ozon-api.json", &args, Some(&data));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["format"], "ozon-api-json");
    assert_eq!(report["orders"].as_array().map(Vec::len), Some(6));
    assert_eq!(report["summary"]["sellerCancellationShare14d"], 1.0 / 6.0);
}

#[test]
fn the_orders_board_needs_its_warehouse_and_an_orders_export() {
    let output = run(&["orders", &fixture("orders/shopify-orders.csv")], None);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--country"));
    let file = fixture("catalog/apparel.csv");
    let args: Vec<&str> = SHENZHEN.iter().copied().chain([file.as_str()]).collect();
    let output = run(&args, None);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("not an orders export"));
}
