//! Numbers as sellers type them in spreadsheets: `1299.90`, `1 299,90` (Russian, with a space or a
//! no-break space between thousands), `1,299.90`, with a currency sign or a leading apostrophe.

/// The number in `text`, or `None` when it is not one. Empty text is no number and no error: the caller
/// skips empty cells before asking.
pub fn parse(text: &str) -> Option<f64> {
    // Most cells are plain decimals: read them without copying.
    let plain = text.trim();
    if !plain.is_empty() && plain.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        if let Ok(n) = plain.parse::<f64>() {
            return Some(n);
        }
    }
    let mut digits = String::with_capacity(text.len());
    for c in text.trim().trim_start_matches('\'').chars() {
        match c {
            ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}' => {}
            '0'..='9' | '.' | ',' | '-' | '+' | 'e' | 'E' => digits.push(c),
            '₽' | '$' | '€' | '¥' | '£' => {}
            _ => return None,
        }
    }
    let digits = digits.trim_end_matches(['.', ',']);
    let normalized = match (digits.rfind(','), digits.rfind('.')) {
        // Both: the later one is the decimal mark, the other groups thousands.
        (Some(comma), Some(dot)) if comma < dot => digits.replace(',', ""),
        (Some(_), Some(_)) => digits.replace('.', "").replace(',', "."),
        // A comma alone is the decimal mark unless it groups thousands (`1,299`, `12,000,000`).
        (Some(_), None) if thousands_grouped(digits, ',') => digits.replace(',', ""),
        (Some(_), None) => digits.replacen(',', ".", 1),
        _ => digits.to_string(),
    };
    match normalized.parse::<f64>() {
        Ok(n) if n.is_finite() && !normalized.is_empty() => Some(n),
        _ => None,
    }
}

fn thousands_grouped(digits: &str, mark: char) -> bool {
    let groups: Vec<&str> = digits.split(mark).collect();
    groups.len() > 2
        || (groups.len() == 2 && groups[1].len() == 3 && !groups[0].is_empty() && groups[0] != "0")
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn numbers_as_spreadsheets_write_them() {
        assert_eq!(parse("1299.90"), Some(1299.9));
        assert_eq!(parse("1 299,90"), Some(1299.9));
        assert_eq!(parse("1\u{A0}299,90 ₽"), Some(1299.9));
        assert_eq!(parse("1,299.90"), Some(1299.9));
        assert_eq!(parse("1.299,90"), Some(1299.9));
        assert_eq!(parse("12,5"), Some(12.5));
        assert_eq!(parse("12,000"), Some(12000.0));
        assert_eq!(parse("'4600123"), Some(4600123.0));
        assert_eq!(parse("$25"), Some(25.0));
    }

    #[test]
    fn text_is_not_a_number() {
        assert_eq!(parse("abc"), None);
        assert_eq!(parse("12 рублей"), None);
        assert_eq!(parse("1.2.3"), None);
        assert_eq!(parse("-"), None);
        assert_eq!(parse("inf"), None);
        assert_eq!(parse("NaN"), None);
    }
}
