//! Text clean-up shared by the checks: what the buyer typed, with the noise taken out.

/// Trims and collapses runs of whitespace (including no-break spaces) to one space.
pub fn collapse(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for word in value.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The field's cleaned value, or `None` when it is absent or blank. The full-width digits, Latin
/// letters, spaces and the `-` `#` `/` of house numbers that Chinese and Japanese input methods type
/// become their ASCII forms (as Unicode compatibility normalization makes them); the rest of the text,
/// full-width Chinese punctuation among it, stays as typed.
pub fn present(value: &Option<String>) -> Option<String> {
    cleaned(value, false)
}

/// A postal code or phone number as [`present`] gives it, with every full-width ASCII form and the dashes
/// input methods type in them (`－`, `ー`, `‐`, `–`...) made ASCII: only ASCII belongs in them.
pub fn present_code(value: &Option<String>) -> Option<String> {
    cleaned(value, true)
}

/// Both of the above: full-width forms as ASCII (digits, Latin letters and the ideographic space always,
/// the whole full-width ASCII block and dash-like characters in a `code`), then collapsed.
#[inline(never)]
fn cleaned(value: &Option<String>, code: bool) -> Option<String> {
    let narrow: String = value
        .as_deref()?
        .chars()
        .map(|c| {
            let n = c as u32;
            let narrowed = match n {
                0x3000 => Some(b' '),
                0xFF01..=0xFF5E => {
                    let ascii = (n - 0xFEE0) as u8;
                    // In text, the digits and letters and the - # / of "１２３－４５号" only.
                    (code || ascii.is_ascii_alphanumeric() || matches!(ascii, b'-' | b'#' | b'/'))
                        .then_some(ascii)
                }
                0x2010..=0x2015 | 0x2212 | 0x30FC | 0xFF70 if code => Some(b'-'),
                _ => None,
            };
            narrowed.map_or(c, char::from)
        })
        .collect();
    Some(collapse(&narrow)).filter(|v| !v.is_empty())
}

/// A comparison key: lower case, "ё" as "е", Latin accents dropped, words separated by single spaces and
/// punctuation gone, so "Калининградская обл." and "калининградская  обл" compare equal.
pub fn fold(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while fold_next_word(&mut chars, &mut out) {
        out.push(' ');
    }
    // The space after the last word.
    out.pop();
    out
}

/// Folds the next word of `chars` into `out`, as [`fold`] writes it, passing over the separators
/// before it; `false` when no word is left.
pub fn fold_next_word(chars: &mut std::str::Chars<'_>, out: &mut String) -> bool {
    let mut in_word = false;
    for c in chars.by_ref().map(lower) {
        match base_letter(c) {
            Some(base) => {
                out.push(base);
                if c == 'ß' {
                    out.push('s');
                }
                in_word = true;
            }
            None if in_word => return true,
            None => {}
        }
    }
    in_word
}

/// The characters of [`fold`]`(value)` without its spaces, made as they are read: comparing a key with a
/// text this way mostly stops at the first letter, and nothing is allocated.
pub fn key_chars(value: &str) -> impl Iterator<Item = char> + '_ {
    value.chars().map(lower).flat_map(|c| {
        let double_s = (c == 'ß').then_some('s');
        base_letter(c).into_iter().chain(double_s)
    })
}

/// The letter or digit a lower-case `c` is compared as ("ß" as the first "s" of "ss"); `None` for
/// punctuation and spaces. The plain Latin and Cyrillic letters, nearly all of what addresses hold, are
/// answered before the accents and the Unicode tables.
fn base_letter(c: char) -> Option<char> {
    let base = match c {
        'a'..='z' | '0'..='9' | 'а'..='я' => c,
        'ё' => 'е',
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì'..='ï' | 'ī' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù'..='ü' | 'ū' | 'ŭ' | 'ů' | 'ű' => 'u',
        'ş' | 'ś' | 'š' | 'ß' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ğ' => 'g',
        c if !c.is_ascii() && c.is_alphanumeric() => c,
        _ => return None,
    };
    Some(base)
}

/// Lower case for the scripts of address data (Latin, Cyrillic with its Kazakh and Belarusian letters,
/// Greek); other characters are returned as they are. Written out rather than taken from the standard
/// library so the checkout module does not carry the full Unicode case tables.
pub fn lower(c: char) -> char {
    // Answered first: nearly every character of an address.
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if ('а'..='я').contains(&c) {
        return c;
    }
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
        assert_eq!(fold(" Straße—Nr.\u{a0}5 "), "strasse nr 5");
    }

    /// `fold` as its definition reads: each character mapped on its own, then the gaps collapsed.
    fn fold_by_definition(value: &str) -> String {
        let mapped: String = value
            .chars()
            .map(lower)
            .map(|c| match c {
                'ß' => "ss".to_string(),
                c => base_letter(c).unwrap_or(' ').to_string(),
            })
            .collect();
        mapped.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn every_character_folds_as_the_definition_says() {
        let all = (0..=char::MAX as u32).filter_map(char::from_u32);
        for c in all {
            let text = format!("{c}-{c}x");
            assert_eq!(fold(&text), fold_by_definition(&text), "{c:?}");
        }
    }

    #[test]
    fn base_letters_are_the_letters_and_digits() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32).map(lower) {
            assert_eq!(base_letter(c).is_some(), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn key_characters_are_the_folded_text_without_spaces() {
        for text in [
            "São  Paulo",
            "Орёл-обл.",
            " Straße—Nr. 5 ",
            "",
            "---",
            "广东 省",
        ] {
            assert_eq!(
                key_chars(text).collect::<String>(),
                fold(text).replace(' ', "")
            );
        }
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            let text = c.to_string();
            assert_eq!(key_chars(&text).collect::<String>(), fold(&text), "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn folding_collapses_gaps_as_the_definition_says(value in "[ a-zA-Zа-яА-ЯёЁß\\-.,\u{a0}\t0-9]{0,24}") {
            proptest::prop_assert_eq!(fold(&value), fold_by_definition(&value));
            let key: String = key_chars(&value).collect();
            proptest::prop_assert_eq!(key, fold(&value).replace(' ', ""));
        }
    }
}
