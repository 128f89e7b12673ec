//! Access to the data files under `core/data/`, which `build.rs` turns into JSON at build time.

use serde::de::DeserializeOwned;

/// The JSON text of `core/data/<path>.toml` (or `.json`), embedded in the binary.
macro_rules! embedded_data {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $path, ".json"))
    };
}

/// Parses an embedded data file. The files are part of the build and each has a test that loads it,
/// so a malformed file is a bug caught by `cargo test`, never a state a user can reach.
pub(crate) fn parse<T: DeserializeOwned>(name: &str, json: &'static str) -> T {
    match serde_json::from_str(json) {
        Ok(value) => value,
        Err(e) => panic!("core/data/{name} does not match its schema: {e}"),
    }
}
