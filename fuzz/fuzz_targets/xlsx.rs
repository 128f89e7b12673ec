#![no_main]
//! Any bytes as a workbook: opening and reading every sheet gives rows or an error, never a panic.

use libfuzzer_sys::fuzz_target;
use orderguard_core::catalog::xlsx;

fuzz_target!(|data: &[u8]| {
    if let Ok(workbook) = xlsx::open(data) {
        for sheet in 0..workbook.sheet_names().len() {
            let _ = workbook.is_hidden(sheet);
            let _ = workbook.rows(sheet);
        }
    }
});
