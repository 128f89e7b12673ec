#![no_main]
//! Any JSON a checkout could send as a return request: the policy answers or names the field, and the
//! last day to return is never before delivery.

use libfuzzer_sys::fuzz_target;
use orderguard_core::returns::{self, ReturnRequest};

fuzz_target!(|data: &[u8]| {
    if let Ok(request) = serde_json::from_slice::<ReturnRequest>(data) {
        if let Ok(policy) = returns::return_policy(&request) {
            if let (Some(delivered), Some(by)) = (request.delivered_on, policy.return_by) {
                assert!(by >= delivered, "{delivered} -> {by}");
            }
        }
    }
});
