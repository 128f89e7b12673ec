#![no_main]
//! Any bytes as a catalog file, read whole and in chunks: the same report or the same error, and every
//! data row accounted for exactly once.

use libfuzzer_sys::fuzz_target;
use orderguard_core::catalog::{check_catalog, CatalogChecker, CatalogOptions};
use orderguard_core::host::NativeHost;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the chunk size, the rest is the file.
    let Some((&chunk, file)) = data.split_first() else {
        return;
    };
    let options = CatalogOptions::default();
    let whole = check_catalog(file, &options, &NativeHost);
    let streamed = CatalogChecker::new(&options, &NativeHost).and_then(|mut checker| {
        for piece in file.chunks(usize::from(chunk) + 1) {
            checker.push(piece)?;
        }
        Ok(checker.finish()?.render(orderguard_core::Locale::En))
    });
    match (&whole, &streamed) {
        (Ok(a), Ok(b)) => assert_eq!(a, b),
        (Err(a), Err(b)) => assert_eq!(a.code, b.code),
        _ => panic!("whole {whole:?} but streamed {streamed:?}"),
    }
    if let Ok(report) = whole {
        let rows: Vec<u32> = report
            .listings
            .iter()
            .flat_map(|l| std::iter::once(l.row).chain(l.grouped_rows.iter().copied()))
            .chain(report.row_errors.iter().map(|e| e.row))
            .collect();
        let distinct: std::collections::BTreeSet<u32> = rows.iter().copied().collect();
        assert_eq!(
            rows.len(),
            report.rows as usize,
            "every data row accounted for"
        );
        assert_eq!(distinct.len(), rows.len(), "no row counted twice");
        assert!(report.listings.iter().all(|l| l.score <= 100));
    }
});
