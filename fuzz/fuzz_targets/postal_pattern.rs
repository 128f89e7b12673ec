#![no_main]
//! The address data's pattern matcher: every country's postal pattern against any text, and any
//! pattern in the dialect against any text. A pattern made of a text's characters, escaped, matches
//! that text and nothing longer.

use libfuzzer_sys::fuzz_target;
use orderguard_core::address::{self, Address, PostalPattern};
use orderguard_core::fuzzing;
use orderguard_core::Locale;

/// Longest pattern and text tried together: nested stars backtrack polynomially in the text, and the
/// data's patterns are short.
const MAX_PATTERN_CHARS: usize = 16;
const MAX_TEXT_CHARS: usize = 20;

/// `text` as a pattern that matches exactly it: every character but an ASCII letter or digit escaped.
fn literal(text: &str) -> String {
    let mut pattern = String::new();
    for c in text.chars() {
        if !c.is_ascii_alphanumeric() {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern
}

fuzz_target!(|data: &[u8]| {
    let Some((&[mode, a, b], rest)) = data.split_first_chunk::<3>() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    if mode % 2 == 0 {
        // A country's own pattern, and the address check that uses it.
        let country: String = [a, b].iter().map(|x| char::from(b'A' + x % 26)).collect();
        if let Some(pattern) = PostalPattern::for_country(&country) {
            let _ = pattern.matches(text);
        }
        let result = address::validate(
            &Address {
                country,
                postal_code: Some(text.to_string()),
                ..Address::default()
            },
            Locale::En,
        );
        assert!(result.issues.iter().all(|i| !i.field.is_empty()));
        if let Some(exact) = fuzzing::postal_pattern(&literal(text)) {
            assert!(exact.matches(text) || text.chars().count() > 64, "{text:?}");
            assert!(!exact.matches(&format!("{text}0")));
        }
        return;
    }
    // Any pattern: the text up to the first line break, then the text to match.
    let (pattern, subject) = text.split_once('\n').unwrap_or((text, ""));
    if pattern.chars().count() > MAX_PATTERN_CHARS || subject.chars().count() > MAX_TEXT_CHARS {
        return;
    }
    if let Some(compiled) = fuzzing::postal_pattern(pattern) {
        let _ = compiled.matches(subject);
    }
});
