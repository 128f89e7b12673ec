use orderguard_core::host::NativeHost;
use orderguard_core::orders::{OrdersChecker, OrdersOptions};

use crate::timing::{measure, Rate};

/// The seller of the generated export: a warehouse in Krasnoyarsk on the morning it is read.
const OPTIONS: &str = r#"{"now": "2026-12-01T10:00:00+07:00", "seller": {"country": "RU", "timeZone": "Asia/Krasnoyarsk"}}"#;

/// Whole checks of one orders export, fed in 1 MiB chunks as the page's worker feeds it, with the
/// report serialized as the browser package writes it: orders per second.
pub fn check(data: &[u8]) -> Result<Rate, String> {
    let options: OrdersOptions = serde_json::from_str(OPTIONS).map_err(|e| e.to_string())?;
    let pass = || -> Result<usize, String> {
        let mut checker =
            OrdersChecker::new(&options, &NativeHost, &NativeHost).map_err(|e| e.to_string())?;
        for chunk in data.chunks(1 << 20) {
            checker.push(chunk).map_err(|e| e.to_string())?;
        }
        let report = checker.finish().map_err(|e| e.to_string())?;
        let json = serde_json::to_string(&report).map_err(|e| e.to_string())?;
        std::hint::black_box(json);
        Ok(report.orders.len())
    };
    let orders = pass()?;
    Ok(measure(orders, || {
        std::hint::black_box(pass().ok());
    }))
}
