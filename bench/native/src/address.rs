use orderguard_core::address::{self, Address};
use orderguard_core::Locale;

use crate::timing::{measure, Rate};

pub fn validate(json: &str) -> Result<Rate, String> {
    let addresses: Vec<Address> = serde_json::from_str(json).map_err(|e| e.to_string())?;
    Ok(measure(addresses.len(), || {
        for a in &addresses {
            std::hint::black_box(address::validate(a, Locale::En));
        }
    }))
}
