//! Text clean-up shared by the checks: what the buyer typed, with the noise taken out.

/// Trims and collapses runs of whitespace (including no-break spaces) to one space.
pub fn collapse(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The field's cleaned value, or `None` when it is absent or blank.
pub fn present(value: &Option<String>) -> Option<String> {
    value.as_deref().map(collapse).filter(|v| !v.is_empty())
}

/// A comparison key: lower case, "ё" as "е", Latin accents dropped, words separated by single spaces and
/// punctuation gone, so "Калининградская обл." and "калининградская  обл" compare equal.
pub fn fold(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars().map(lower) {
        match c {
            'ё' => out.push('е'),
            'à'..='å' | 'ā' | 'ă' | 'ą' => out.push('a'),
            'ç' | 'ć' | 'č' => out.push('c'),
            'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => out.push('e'),
            'ì'..='ï' | 'ī' | 'ı' => out.push('i'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ò'..='ö' | 'ø' | 'ō' | 'ő' => out.push('o'),
            'ù'..='ü' | 'ū' | 'ŭ' | 'ů' | 'ű' => out.push('u'),
            'ş' | 'ś' | 'š' => out.push('s'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'ğ' => out.push('g'),
            'ß' => out.push_str("ss"),
            c if c.is_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
    collapse(&out)
}

/// Lower case for the scripts of address data (Latin, Cyrillic with its Kazakh and Belarusian letters,
/// Greek); other characters are returned as they are. Written out rather than taken from the standard
/// library so the checkout module does not carry the full Unicode case tables.
pub fn lower(c: char) -> char {
    let n = c as u32;
    let shifted = match n {
        0x41..=0x5A | 0xC0..=0xDE if n != 0xD7 => n + 0x20,
        0x391..=0x3A9 if n != 0x3A2 => n + 0x20,
        0x400..=0x40F => n + 0x50,
        0x410..=0x42F => n + 0x20,
        0x178 => 0xFF,
        0x100..=0x137 | 0x14A..=0x177 | 0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x4FF
            if n % 2 == 0 =>
        {
            n + 1
        }
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if n % 2 == 1 => n + 1,
        _ => n,
    };
    char::from_u32(shifted).unwrap_or(c)
}

/// Upper case, the inverse of [`lower`].
pub fn upper(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    if c == 'ÿ' {
        return 'Ÿ';
    }
    let n = c as u32;
    [0x20, 0x50, 1]
        .into_iter()
        .filter_map(|d| n.checked_sub(d).and_then(char::from_u32))
        .find(|&u| u != c && lower(u) == c)
        .unwrap_or(c)
}

pub fn to_lower(value: &str) -> String {
    value.chars().map(lower).collect()
}

pub fn to_upper(value: &str) -> String {
    value.chars().map(upper).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_maps_latin_cyrillic_and_kazakh_letters_both_ways() {
        for (l, u) in [
            ("москва, ёлка", "МОСКВА, ЁЛКА"),
            ("são paulo", "SÃO PAULO"),
            ("straße", "STRAßE"),
            ("қарағанды, өскемен, ұлытау", "ҚАРАҒАНДЫ, ӨСКЕМЕН, ҰЛЫТАУ"),
            ("ўзда, і", "ЎЗДА, І"),
            ("łódź", "ŁÓDŹ"),
            ("北京市", "北京市"),
        ] {
            assert_eq!(to_upper(l), u);
            assert_eq!(to_lower(u), l);
        }
    }

    #[test]
    fn whitespace_is_trimmed_and_collapsed() {
        assert_eq!(collapse("  ул.\u{a0} Ленина,\t 5 "), "ул. Ленина, 5");
    }

    #[test]
    fn folding_ignores_case_accents_yo_and_punctuation() {
        assert_eq!(fold("São  Paulo"), "sao paulo");
        assert_eq!(fold("Орёл-обл."), "орел обл");
        assert_eq!(fold("Thüringen"), "thuringen");
    }
}
