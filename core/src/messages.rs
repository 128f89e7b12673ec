//! The one message catalog: every finding, notice and error is a stable code plus parameters, and its
//! text is rendered here in the reader's locale. The texts live in `core/data/messages/*.toml`; the build
//! checks that each has en, ru and zh and that all locales use the same placeholders.

use crate::locale::Locale;
pub use crate::params::Params;

/// One message file as `build.rs` generates it: the codes, sorted, joined in `codes`; for each code ten
/// texts joined in `texts`: the message in en, ru, zh, de, pt, then the hint in the same locales. Each
/// `*_ends` entry is where a code or text ends (it starts where the one before ends); an empty text is
/// one the file does not give.
struct Part {
    codes: &'static str,
    code_ends: &'static [u16],
    texts: &'static str,
    text_ends: &'static [u16],
}

const LOCALES: usize = 5;

fn locale_slot(locale: Locale) -> usize {
    match locale {
        Locale::En => 0,
        Locale::Ru => 1,
        Locale::Zh => 2,
        Locale::De => 3,
        Locale::Pt => 4,
    }
}

/// The `index`-th piece of `joined`, cut at `ends`.
fn piece(joined: &'static str, ends: &[u16], index: usize) -> &'static str {
    let start = index.checked_sub(1).map_or(0, |i| usize::from(ends[i]));
    joined
        .get(start..usize::from(ends[index]))
        .unwrap_or_default()
}

/// A code's texts: `first` is the slot of its English message or hint.
#[derive(Clone, Copy)]
struct Entry {
    part: &'static Part,
    first: usize,
}

impl Entry {
    fn get(self, locale: Locale) -> &'static str {
        let text = piece(
            self.part.texts,
            self.part.text_ends,
            self.first + locale_slot(locale),
        );
        if text.is_empty() {
            // de and pt are optional: English stands in.
            piece(self.part.texts, self.part.text_ends, self.first)
        } else {
            text
        }
    }

    /// The hint, if the code has one.
    fn hint(self) -> Option<Entry> {
        let hint = Entry {
            part: self.part,
            first: self.first + LOCALES,
        };
        (!piece(self.part.texts, self.part.text_ends, hint.first).is_empty()).then_some(hint)
    }
}

/// One message file as `build.rs` generates it.
macro_rules! messages {
    ($name:literal) => {
        &include!(concat!(env!("OUT_DIR"), "/data/messages/", $name, ".rs"))
    };
}

/// The message files of the capabilities in this build, compiled in as statics: nothing to parse.
const PARTS: &[&Part] = &[
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
    #[cfg(feature = "orders")]
    messages!("orders"),
];

fn entry(code: &str) -> Option<Entry> {
    PARTS.iter().find_map(|part| {
        let (mut low, mut high) = (0, part.code_ends.len());
        while low < high {
            let mid = (low + high) / 2;
            match piece(part.codes, part.code_ends, mid).cmp(code) {
                std::cmp::Ordering::Less => low = mid + 1,
                std::cmp::Ordering::Greater => high = mid,
                std::cmp::Ordering::Equal => {
                    return Some(Entry {
                        part,
                        first: mid * 2 * LOCALES,
                    })
                }
            }
        }
        None
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
        Some(entry) => interpolate(entry.get(locale), params),
        None => code.to_string(),
    }
}

/// The fix hint for `code` in `locale`, where the catalog has one.
pub fn hint(code: &str, locale: Locale, params: &Params) -> Option<String> {
    let hint = entry(code)?.hint()?;
    Some(interpolate(hint.get(locale), params))
}

fn interpolate(template: &str, params: &Params) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    // `split_once` rather than slicing at found positions: the same text, without the slicing panic's
    // formatting code in the checkout package.
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let named = after
            .split_once('}')
            .and_then(|(name, tail)| Some((params.get(name)?, tail)));
        match named {
            Some((value, tail)) => {
                out.push_str(value);
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
