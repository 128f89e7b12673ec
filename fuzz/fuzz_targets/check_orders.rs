#![no_main]
//! Any bytes as an orders export, read whole and in chunks: the same report or the same error, and every
//! data row in an order or a row error, exactly once.

use libfuzzer_sys::fuzz_target;
use orderguard_core::host::NativeHost;
use orderguard_core::orders::{check_orders, OrdersChecker, OrdersOptions};

fuzz_target!(|data: &[u8]| {
    // The first byte picks the chunk size, the rest is the file.
    let Some((&chunk, file)) = data.split_first() else {
        return;
    };
    let options: OrdersOptions = serde_json::from_str(
        r#"{"now": "2026-12-01T10:00:00+08:00", "seller": {"country": "CN", "timeZone": "Asia/Shanghai"}}"#,
    )
    .expect("the options parse");
    let whole = check_orders(file, &options, &NativeHost, &NativeHost);
    let streamed = OrdersChecker::new(&options, &NativeHost, &NativeHost).and_then(|mut checker| {
        for piece in file.chunks(usize::from(chunk) + 1) {
            checker.push(piece)?;
        }
        checker.finish()
    });
    match (&whole, &streamed) {
        (Ok(a), Ok(b)) => assert_eq!(
            serde_json::to_string(a).unwrap(),
            serde_json::to_string(b).unwrap()
        ),
        (Err(a), Err(b)) => assert_eq!(a.code, b.code),
        _ => panic!("whole {whole:?} but streamed {streamed:?}"),
    }
    if let Ok(report) = whole {
        let rows: Vec<u32> = report
            .orders
            .iter()
            .flat_map(|o| o.rows.iter().copied())
            .chain(report.row_errors.iter().map(|e| e.line))
            .collect();
        let distinct: std::collections::BTreeSet<u32> = rows.iter().copied().collect();
        assert_eq!(rows.len(), report.rows as usize, "every data row accounted for");
        assert_eq!(distinct.len(), rows.len(), "no row counted twice");
    }
});
