//! `orderguard-bench <measure> <input.json>`: runs one native throughput measure over the inputs that
//! bench/bench.mjs generated, and prints `{"perSecond": N, "items": N}` for the table.

mod address;
mod catalog;
mod delivery;
mod listing;
mod orders;
mod returns;
mod timing;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [measure, input] = args.as_slice() else {
        eprintln!("usage: orderguard-bench <measure> <input.json>");
        return ExitCode::FAILURE;
    };
    let bytes = match std::fs::read(input) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    // Catalogs are read as bytes (a workbook is not text); the other inputs are JSON.
    let text = String::from_utf8_lossy(&bytes);
    let result = match measure.as_str() {
        "validate-address" => address::validate(&text),
        "return-policy" => returns::policy(&text),
        "check-listing" => listing::check(&text),
        "check-catalog" => catalog::check(&bytes),
        "check-catalog-all-cores" => catalog::check_on_all_cores(&bytes),
        "check-orders" => orders::check(&bytes),
        "estimate-delivery" => delivery::estimate(&text),
        "working-days" => delivery::working_days(&text),
        other => Err(format!("unknown measure {other}")),
    };
    match result {
        Ok(rate) => {
            println!(
                "{}",
                serde_json::json!({ "perSecond": rate.per_second, "items": rate.items })
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
