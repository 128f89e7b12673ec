//! Turns the human-edited data under `data/` into what the crate embeds: compact JSON in `OUT_DIR` for
//! the data files (`include_str!`), and Rust statics for the message catalog (`include!`), so no message
//! is parsed at run time. TOML keeps comments and sources beside the facts. The message catalog is checked
//! here: a missing translation or a placeholder that one locale forgets fails the build, not a buyer's
//! checkout.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// Locales every message must have; others (de, pt) are optional and fall back to English.
const REQUIRED_LOCALES: [&str; 3] = ["en", "ru", "zh"];
const OPTIONAL_LOCALES: [&str; 2] = ["de", "pt"];

fn main() {
    let data = Path::new("data");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("data");
    println!("cargo:rerun-if-changed=data");
    let mut codes = BTreeSet::new();
    for file in files_under(data) {
        println!("cargo:rerun-if-changed={}", file.display());
        let relative = file.strip_prefix(data).expect("file is under data/");
        let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let value: serde_json::Value = match file.extension().and_then(|e| e.to_str()) {
            Some("toml") => {
                toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
            }
            Some("json") => {
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
            }
            _ => continue,
        };
        if relative.starts_with("messages") {
            let messages = check_messages(&file, value, &mut codes);
            write_messages(&out.join(relative).with_extension("rs"), &messages);
        } else {
            write_json(&out.join(relative).with_extension("json"), &value);
        }
    }
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("readable directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn write_json(path: &Path, value: &serde_json::Value) {
    fs::create_dir_all(path.parent().expect("data files live in a folder"))
        .expect("OUT_DIR is writable");
    fs::write(
        path,
        serde_json::to_string(value).expect("JSON values serialize"),
    )
    .expect("OUT_DIR is writable");
}

/// The messages of one file as a Rust expression, `&[Entry { .. }, ..]` sorted by code for binary search,
/// read by `core/src/messages.rs`. Texts are written as Rust string literals (`{:?}` escapes them).
fn write_messages(path: &Path, messages: &serde_json::Value) {
    let texts = |t: &serde_json::Value| {
        let text = |locale: &str| t.get(locale).and_then(|v| v.as_str());
        let optional = |locale: &str| match text(locale) {
            Some(s) => format!("Some({s:?})"),
            None => "None".to_string(),
        };
        format!(
            "Texts {{ en: {:?}, ru: {:?}, zh: {:?}, de: {}, pt: {} }}",
            text("en").unwrap_or_default(),
            text("ru").unwrap_or_default(),
            text("zh").unwrap_or_default(),
            optional("de"),
            optional("pt")
        )
    };
    let mut entries: Vec<(&String, &serde_json::Value)> =
        messages.as_object().into_iter().flatten().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    let mut rust = String::from("&[\n");
    for (code, entry) in entries {
        let hint = entry
            .get("hint")
            .map_or("None".to_string(), |h| format!("Some({})", texts(h)));
        rust.push_str(&format!(
            "    Entry {{ code: {code:?}, text: {}, hint: {hint} }},\n",
            texts(entry)
        ));
    }
    rust.push(']');
    fs::create_dir_all(path.parent().expect("data files live in a folder"))
        .expect("OUT_DIR is writable");
    fs::write(path, rust).expect("OUT_DIR is writable");
}

/// Each `[code]` table holds one text per locale and an optional `[code.hint]` table of the same shape.
/// Codes are global: one defined in two files fails the build. Returns the file without its header keys.
fn check_messages(
    file: &Path,
    value: serde_json::Value,
    codes: &mut BTreeSet<String>,
) -> serde_json::Value {
    let serde_json::Value::Object(mut entries) = value else {
        panic!("{}: expected tables of messages", file.display());
    };
    entries.retain(|_, entry| entry.is_object());
    for (code, entry) in &entries {
        let where_ = format!("{}: [{code}]", file.display());
        check_texts(&where_, entry, &["hint"]);
        if let Some(hint) = entry.get("hint") {
            check_texts(&format!("{where_}.hint"), hint, &[]);
        }
        if !codes.insert(code.clone()) {
            panic!("{where_}: the code is defined twice; codes are global and stable");
        }
    }
    serde_json::Value::Object(entries)
}

/// Checks one table of texts: the required locales, the same placeholders in each, and no key other than
/// a locale (or one of `also`), so a misspelt locale is a build error rather than a text never shown.
fn check_texts(where_: &str, texts: &serde_json::Value, also: &[&str]) {
    let known = |key: &str| {
        REQUIRED_LOCALES.contains(&key) || OPTIONAL_LOCALES.contains(&key) || also.contains(&key)
    };
    if let Some(unknown) = texts.as_object().and_then(|t| t.keys().find(|k| !known(k))) {
        panic!("{where_}: `{unknown}` is neither a locale nor a known key");
    }
    let placeholders = |text: &str| -> BTreeSet<String> {
        text.split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}'))
            .map(|(name, _)| name.to_string())
            .collect()
    };
    let text_of = |locale: &str| texts.get(locale).and_then(|t| t.as_str());
    let english = text_of("en").unwrap_or_else(|| panic!("{where_}: no `en` text"));
    let expected = placeholders(english);
    for locale in REQUIRED_LOCALES.iter().chain(OPTIONAL_LOCALES.iter()) {
        match text_of(locale) {
            Some(text) if placeholders(text) != expected => {
                panic!(
                    "{where_}: `{locale}` uses placeholders {:?}, `en` uses {expected:?}",
                    placeholders(text)
                )
            }
            None if REQUIRED_LOCALES.contains(locale) => panic!("{where_}: no `{locale}` text"),
            _ => {}
        }
    }
}
