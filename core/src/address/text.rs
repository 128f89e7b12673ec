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
    for c in value.chars().flat_map(char::to_lowercase) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
