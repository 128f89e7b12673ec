use orderguard_core::returns::{self, ReturnRequest};

use crate::timing::{measure, Rate};

pub fn policy(json: &str) -> Result<Rate, String> {
    let requests: Vec<ReturnRequest> = serde_json::from_str(json).map_err(|e| e.to_string())?;
    Ok(measure(requests.len(), || {
        for r in &requests {
            std::hint::black_box(returns::return_policy(r).ok());
        }
    }))
}
