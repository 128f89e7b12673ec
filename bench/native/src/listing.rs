use orderguard_core::listing::{self, CheckOptions, Listing};

use crate::timing::{measure, Rate};

/// Listings checked per second with the default options (Ozon profile, English).
pub fn check(json: &str) -> Result<Rate, String> {
    let listings: Vec<Listing> = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let options = CheckOptions::default();
    Ok(measure(listings.len(), || {
        for l in &listings {
            std::hint::black_box(listing::check(l, &options));
        }
    }))
}
