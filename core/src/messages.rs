//! The one message catalog: every finding, notice and error is a stable code plus parameters, and its
//! text is rendered here in the reader's locale. The texts live in `core/data/messages/*.toml`; the build
//! checks that each has en, ru and zh and that all locales use the same placeholders.

use crate::locale::Locale;
pub use crate::params::Params;

struct Texts {
    en: &'static str,
    ru: &'static str,
    zh: &'static str,
    de: Option<&'static str>,
    pt: Option<&'static str>,
}

impl Texts {
    fn get(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::En => self.en,
            Locale::Ru => self.ru,
            Locale::Zh => self.zh,
            Locale::De => self.de.unwrap_or(self.en),
            Locale::Pt => self.pt.unwrap_or(self.en),
        }
    }
}

struct Entry {
    code: &'static str,
    text: Texts,
    hint: Option<Texts>,
}

/// One message file as `build.rs` generates it: entries sorted by code.
macro_rules! messages {
    ($name:literal) => {
        include!(concat!(env!("OUT_DIR"), "/data/messages/", $name, ".rs"))
    };
}

/// The message files of the capabilities in this build, compiled in as statics: nothing to parse.
const PARTS: &[&[Entry]] = &[
    messages!("errors"),
    #[cfg(feature = "address")]
    messages!("address"),
    #[cfg(feature = "delivery")]
    messages!("delivery"),
    #[cfg(feature = "returns")]
    messages!("returns"),
    #[cfg(feature = "listing")]
    messages!("listing"),
    #[cfg(feature = "catalog")]
    messages!("catalog"),
    #[cfg(feature = "catalog")]
    messages!("xlsx"),
];

fn entry(code: &str) -> Option<&'static Entry> {
    PARTS.iter().find_map(|part| {
        let at = part.binary_search_by(|e| e.code.cmp(code)).ok()?;
        part.get(at)
    })
}

/// Whether the catalog has a text for `code`.
pub fn has(code: &str) -> bool {
    entry(code).is_some()
}

/// The message for `code` in `locale`. An unknown code renders as the code itself, so a missing entry
/// shows up in a test or a report rather than as an empty line.
pub fn text(code: &str, locale: Locale, params: &Params) -> String {
    match entry(code) {
        Some(entry) => interpolate(entry.text.get(locale), params),
        None => code.to_string(),
    }
}

/// The fix hint for `code` in `locale`, where the catalog has one.
pub fn hint(code: &str, locale: Locale, params: &Params) -> Option<String> {
    let hint = entry(code)?.hint.as_ref()?;
    Some(interpolate(hint.get(locale), params))
}

fn interpolate(template: &str, params: &Params) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .map(|close| (&after[..close], &after[close + 1..]))
        {
            Some((name, tail)) if params.contains_key(name) => {
                out.push_str(&params[name]);
                rest = tail;
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Params {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn renders_each_locale_with_parameters() {
        let p = params(&[("field", "city"), ("detail", "expected a string")]);
        assert_eq!(
            text("invalid_input", Locale::En, &p),
            "city: expected a string."
        );
        assert!(text("invalid_input", Locale::Ru, &p).contains("city"));
        assert!(text("invalid_input", Locale::Zh, &p).contains("expected a string"));
    }

    #[test]
    fn optional_locales_fall_back_to_english() {
        let p = params(&[("field", "x"), ("detail", "y")]);
        assert_eq!(
            text("invalid_input", Locale::De, &p),
            text("invalid_input", Locale::En, &p)
        );
    }

    #[test]
    fn unknown_code_renders_as_itself() {
        assert_eq!(
            text("no_such_code", Locale::Ru, &Params::new()),
            "no_such_code"
        );
    }

    #[test]
    fn parameter_values_are_not_reinterpreted() {
        let out = interpolate("a {x} b {y}", &params(&[("x", "{y}"), ("y", "2")]));
        assert_eq!(out, "a {y} b 2");
        assert_eq!(
            interpolate("brace { alone", &Params::new()),
            "brace { alone"
        );
    }
}
