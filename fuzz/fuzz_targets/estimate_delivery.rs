#![no_main]
//! Any JSON a checkout could send as an order: the estimate answers or names the field, and a delivery
//! window always has earliest <= latest with the parcel shipping before it arrives.

use libfuzzer_sys::fuzz_target;
use orderguard_core::delivery::{self, EstimateInput};
use orderguard_core::host::NativeHost;
use orderguard_core::Locale;

fuzz_target!(|data: &[u8]| {
    if let Ok(input) = serde_json::from_slice::<EstimateInput>(data) {
        if let Ok(estimate) = delivery::estimate(&input, &NativeHost, Locale::En) {
            assert!(estimate.earliest <= estimate.latest);
            assert!(estimate.ship_by < estimate.earliest);
        }
    }
});
