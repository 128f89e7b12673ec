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

/// Refuses a key its reader does not read, as `deny_unknown_fields` does for the typed records: a fact
/// written in a data file is either used or a failed load (every file is loaded by a test), never
/// silently ignored.
#[cfg(feature = "address")]
pub(crate) fn refuse_unknown_keys(value: &serde_json::Value, file: &str, known: &[&str]) {
    if let Some(unknown) = value
        .as_object()
        .and_then(|object| object.keys().find(|k| !known.contains(&k.as_str())))
    {
        panic!("core/data/{file}: `{unknown}` is not a key its reader knows");
    }
}

#[cfg(all(test, feature = "address"))]
mod tests {
    #[test]
    #[should_panic(expected = "`verifed` is not a key its reader knows")]
    fn a_misspelt_key_is_refused() {
        let record = serde_json::json!({ "year": 2027, "verifed": true });
        super::refuse_unknown_keys(&record, "calendars/xx", &["year", "verified"]);
    }

    #[test]
    fn known_keys_and_other_values_pass() {
        let record = serde_json::json!({ "year": 2027, "verified": true });
        super::refuse_unknown_keys(&record, "calendars/xx", &["year", "verified"]);
        super::refuse_unknown_keys(&serde_json::json!([1, 2]), "calendars/xx", &[]);
    }
}
