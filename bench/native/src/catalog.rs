use orderguard_core::catalog::{check_catalog, CatalogOptions};
use orderguard_core::host::NativeHost;

use crate::timing::{measure, Rate};

/// Whole-catalog checks of one CSV file: rows per second.
pub fn check(csv: &str) -> Result<Rate, String> {
    let options = CatalogOptions::default();
    let rows = check_catalog(csv.as_bytes(), &options, &NativeHost)
        .map_err(|e| e.to_string())?
        .rows as usize;
    Ok(measure(rows, || {
        std::hint::black_box(check_catalog(csv.as_bytes(), &options, &NativeHost).ok());
    }))
}
