//! Turns the human-edited data under `data/` into what the crate embeds: a compact binary form of each
//! data file, read in place (`include_bytes!`), JSON for the seller tools' typed records (`include_str!`),
//! and Rust statics for the message catalog (`include!`), so nothing the checkout needs is parsed at run
//! time. TOML keeps comments and sources beside the facts. The message catalog is checked
//! here: a missing translation or a placeholder that one locale forgets fails the build, not a buyer's
//! checkout.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// Locales every message must have; others (de, pt) are optional and fall back to English.
const REQUIRED_LOCALES: [&str; 3] = ["en", "ru", "zh"];
const OPTIONAL_LOCALES: [&str; 2] = ["de", "pt"];
/// Folders read as typed records with serde (the seller tools'); every other data file becomes statics.
const TYPED_DATA: [&str; 3] = ["listing", "catalog", "orders"];

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
        } else if TYPED_DATA.iter().any(|dir| relative.starts_with(dir)) {
            write_json(&out.join(relative).with_extension("json"), &value);
        } else {
            write_binary(&out.join(relative).with_extension("bin"), &value, &file);
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

/// A data file in the compact binary form `core/src/data.rs` reads in place, so nothing is parsed at run
/// time and no pointer table is shipped: each value is a tag byte (0 null, 1 false, 2 true, 3 integer,
/// 4 string, 5 list, 6 object), integers zigzag LEB128, a string its LEB128 byte length and UTF-8 bytes,
/// a list or object its LEB128 member count and body length (so a reader can skip it) and its members;
/// an object's members are (key as a string without its tag, value), sorted by key. Data files hold
/// whole numbers only; a fraction is refused here, keeping float code out of the packages.
fn write_binary(path: &Path, value: &serde_json::Value, file: &Path) {
    fn varint(mut n: u64, out: &mut Vec<u8>) {
        loop {
            let byte = (n & 0x7F) as u8;
            n >>= 7;
            if n == 0 {
                out.push(byte);
                return;
            }
            out.push(byte | 0x80);
        }
    }
    fn text(s: &str, out: &mut Vec<u8>) {
        varint(s.len() as u64, out);
        out.extend_from_slice(s.as_bytes());
    }
    fn emit(value: &serde_json::Value, file: &Path, out: &mut Vec<u8>) {
        match value {
            serde_json::Value::Null => out.push(0),
            serde_json::Value::Bool(b) => out.push(1 + u8::from(*b)),
            serde_json::Value::Number(n) => {
                let i = n
                    .as_i64()
                    .unwrap_or_else(|| panic!("{}: {n} is not a whole number", file.display()));
                out.push(3);
                varint(((i << 1) ^ (i >> 63)) as u64, out);
            }
            serde_json::Value::String(s) => {
                out.push(4);
                text(s, out);
            }
            serde_json::Value::Array(items) => {
                let mut body = Vec::new();
                items.iter().for_each(|item| emit(item, file, &mut body));
                out.push(5);
                varint(items.len() as u64, out);
                varint(body.len() as u64, out);
                out.extend_from_slice(&body);
            }
            serde_json::Value::Object(members) => {
                let mut sorted: Vec<_> = members.iter().collect();
                sorted.sort_by(|a, b| a.0.cmp(b.0));
                let mut body = Vec::new();
                for (key, member) in sorted {
                    text(key, &mut body);
                    emit(member, file, &mut body);
                }
                out.push(6);
                varint(members.len() as u64, out);
                varint(body.len() as u64, out);
                out.extend_from_slice(&body);
            }
        }
    }
    let mut bytes = Vec::new();
    emit(value, file, &mut bytes);
    fs::create_dir_all(path.parent().expect("data files live in a folder"))
        .expect("OUT_DIR is writable");
    fs::write(path, bytes).expect("OUT_DIR is writable");
}

/// The messages of one file as a Rust expression read by `core/src/messages.rs`: a `Part` of two joined
/// strings and their end offsets, codes sorted for binary search. Offsets rather than a table of `&str`s
/// keep the catalog's index to two bytes a text instead of eight.
fn write_messages(path: &Path, messages: &serde_json::Value) {
    let locales: Vec<&str> = REQUIRED_LOCALES
        .iter()
        .chain(&OPTIONAL_LOCALES)
        .copied()
        .collect();
    let mut entries: Vec<(&String, &serde_json::Value)> =
        messages.as_object().into_iter().flatten().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    let (mut codes, mut code_ends) = (String::new(), Vec::new());
    let (mut texts, mut text_ends) = (String::new(), Vec::new());
    let offset = |text: &String| {
        u16::try_from(text.len())
            .unwrap_or_else(|_| panic!("{}: over 64 KB of text in one file", path.display()))
    };
    for (code, entry) in entries {
        codes.push_str(code);
        code_ends.push(offset(&codes));
        // An empty slot is a text the file does not give: an optional locale, or no hint at all.
        for table in [Some(entry), entry.get("hint")] {
            for locale in &locales {
                let text = table.and_then(|t| t.get(*locale)).and_then(|t| t.as_str());
                texts.push_str(text.unwrap_or_default());
                text_ends.push(offset(&texts));
            }
        }
    }
    let rust = format!(
        "Part {{ codes: {codes:?}, code_ends: &{code_ends:?}, texts: {texts:?}, text_ends: &{text_ends:?} }}"
    );
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
    if let Some(locale) = texts
        .as_object()
        .and_then(|t| t.keys().find(|k| text_of(k) == Some("")))
    {
        panic!("{where_}: `{locale}` is empty; leave an optional locale out instead");
    }
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
