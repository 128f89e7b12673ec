//! Numbers as sellers type them in spreadsheets: `1299.90`, `1 299,90` (Russian, with a space or a
//! no-break space between thousands), `1,299.90`, with a currency sign or a leading apostrophe.

/// The number in `text`, or `None` when it is not one. Empty text is no number and no error: the caller
/// skips empty cells before asking.
pub fn parse(text: &str) -> Option<f64> {
    // Most cells are plain decimals: read them without copying.
    let plain = text.trim();
    if let Some(n) = short_decimal(plain) {
        return Some(n);
    }
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

/// A decimal of at most 15 digits with at most one point (`1299.90`, a price), computed exactly:
/// both the digits as an integer and the power of ten are exact in an `f64`, so one division gives
/// the correctly rounded value, as `str::parse` does, without its general algorithm.
fn short_decimal(text: &str) -> Option<f64> {
    const POWERS: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let (mut mantissa, mut digits, mut point) = (0u64, 0usize, None);
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                digits += 1;
            }
            b'.' if point.is_none() => point = Some(i),
            _ => return None,
        }
        if digits > 15 {
            return None;
        }
    }
    if digits == 0 {
        return None;
    }
    let fraction = point.map_or(0, |p| text.len() - p - 1);
    Some(mantissa as f64 / POWERS[fraction])
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
    fn short_decimals_equal_the_general_reading() {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..200_000 {
            let digits = (next() % 16 + 1) as usize;
            let mut text: String = (0..digits)
                .map(|_| char::from(b'0' + (next() % 10) as u8))
                .collect();
            let point = (next() % (digits as u64 + 2)) as usize;
            if point <= digits {
                text.insert(point, '.');
            }
            assert_eq!(parse(&text), text.parse::<f64>().ok(), "{text}");
        }
        assert_eq!(parse("."), None);
        assert_eq!(parse("1.2.3"), None);
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
