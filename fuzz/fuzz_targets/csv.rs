#![no_main]
//! The CSV reader, through the catalog check with the format and encoding forced so that the bytes go
//! straight to it (the reader itself is private to the catalog module): whole and in chunks give the
//! same outcome, and every record is a listing or a row error.

use std::borrow::Cow;

use libfuzzer_sys::fuzz_target;
use orderguard_core::catalog::{check_catalog, CatalogChecker, CatalogOptions, Format};
use orderguard_core::host::NativeHost;

/// A generic catalog header, put in front of the input when the first byte asks, so that the fuzzer
/// spends its time on records rather than on finding a header the check accepts.
const HEADER: &[u8] = b"title,description,price,old_price,images,sku\n";

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let file: Cow<[u8]> = if flags & 0x80 != 0 {
        Cow::Owned([HEADER, rest].concat())
    } else {
        Cow::Borrowed(rest)
    };
    let chunk = usize::from(flags & 0x7F) + 1;
    let options = CatalogOptions {
        format: Format::Csv,
        encoding: Some("utf-8".into()),
        ..CatalogOptions::default()
    };
    let whole = check_catalog(&file, &options, &NativeHost);
    let streamed = CatalogChecker::new(&options, &NativeHost).and_then(|mut checker| {
        for piece in file.chunks(chunk) {
            checker.push(piece)?;
        }
        Ok(checker.finish()?.render(orderguard_core::Locale::En))
    });
    match (&whole, &streamed) {
        (Ok(a), Ok(b)) => assert_eq!(a, b),
        (Err(a), Err(b)) => assert_eq!(a.code, b.code),
        _ => panic!("whole {whole:?} but streamed {streamed:?}"),
    }
    match whole {
        Ok(report) => {
            let mut rows: Vec<u32> = report
                .listings
                .iter()
                .flat_map(|l| std::iter::once(l.row).chain(l.grouped_rows.iter().copied()))
                .chain(report.row_errors.iter().map(|e| e.row))
                .collect();
            assert_eq!(
                rows.len(),
                report.rows as usize,
                "every record accounted for"
            );
            rows.sort_unstable();
            rows.dedup();
            assert_eq!(rows.len(), report.rows as usize, "no record counted twice");
            // A ZIP signature makes any file a workbook, whatever the format asked for.
            if !file.starts_with(b"PK\x03\x04") {
                assert_eq!(report.format, "csv");
            }
        }
        Err(e) => assert_eq!(e.field, "data", "{}", e.code),
    }
});
