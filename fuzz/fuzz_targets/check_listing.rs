#![no_main]
//! Any JSON a seller could paste as a listing: the check answers with a score in 0..=100.

use libfuzzer_sys::fuzz_target;
use orderguard_core::listing::{self, CheckOptions, Listing};

fuzz_target!(|data: &[u8]| {
    if let Ok(listing) = serde_json::from_slice::<Listing>(data) {
        let report = listing::check(&listing, &CheckOptions::default());
        assert!(report.score <= 100);
    }
});
