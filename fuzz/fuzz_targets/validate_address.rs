#![no_main]
//! Any JSON a page could send as an address: validation answers without panicking.

use libfuzzer_sys::fuzz_target;
use orderguard_core::address::{self, Address};
use orderguard_core::Locale;

fuzz_target!(|data: &[u8]| {
    if let Ok(address) = serde_json::from_slice::<Address>(data) {
        for locale in Locale::ALL {
            let _ = address::validate(&address, locale);
        }
    }
});
