use orderguard_core::catalog::{CatalogChecker, CatalogOptions, CompactReport};
use orderguard_core::host::NativeHost;

use crate::timing::{measure, Rate};

use orderguard_cli::check_in_parallel;

/// The whole check of one catalog file, fed in 1 MiB chunks as the page's worker feeds it: every
/// listing checked and stored in the report, no text rendered.
fn check_file(data: &[u8], options: &CatalogOptions) -> Result<CompactReport, String> {
    let mut checker = CatalogChecker::new(options, &NativeHost).map_err(|e| e.to_string())?;
    for chunk in data.chunks(1 << 20) {
        checker.push(chunk).map_err(|e| e.to_string())?;
    }
    checker.finish().map_err(|e| e.to_string())
}

/// Whole-catalog checks of one CSV file on one core: rows per second.
pub fn check(csv: &[u8]) -> Result<Rate, String> {
    let options = CatalogOptions::default();
    let rows = check_file(csv, &options)?.rows() as usize;
    Ok(measure(rows, || {
        std::hint::black_box(check_file(csv, &options).ok());
    }))
}

/// The same on every core, as `orderguard catalog` checks (its report not written): rows per second.
pub fn check_on_all_cores(csv: &[u8]) -> Result<Rate, String> {
    let options = CatalogOptions::default();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let pass = || {
        check_in_parallel(csv, &options, threads, |_| (), |()| Ok(())).map_err(|e| format!("{e:?}"))
    };
    let rows = pass()?.rows() as usize;
    Ok(measure(rows, || {
        std::hint::black_box(pass().ok());
    }))
}
