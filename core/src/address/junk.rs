//! Placeholder and junk input: what people type to get past a form ("test", "asdf", "12345", "ааааа").

/// How sure we are that a value is junk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Junk {
    /// A known placeholder, one character repeated, or nothing but punctuation: never a real address.
    Placeholder,
    /// A run along the keyboard or the digits: rarely real, so the buyer confirms it.
    KeyboardRun,
}

const PLACEHOLDERS: &[&str] = &[
    "test",
    "testtest",
    "tests",
    "testing",
    "тест",
    "тесттест",
    "тестовый",
    "asdf",
    "asd",
    "sdf",
    "qwe",
    "qwer",
    "qwerty",
    "zxc",
    "йцу",
    "йцукен",
    "фыв",
    "фыва",
    "ячс",
    "xxx",
    "abc",
    "abcd",
    "abcdef",
    "абв",
    "абвгд",
    "na",
    "none",
    "null",
    "nil",
    "undefined",
    "unknown",
    "nothing",
    "нет",
    "не знаю",
    "placeholder",
    "sample",
    "example",
    "foo",
    "bar",
    "foobar",
    "lorem",
    "ipsum",
    "loremipsum",
    "测试",
    "不知道",
    "无",
];

/// Keyboard rows (QWERTY, QWERTZ, ЙЦУКЕН) and the alphabets in order.
const RUNS: &[&str] = &[
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "qwertzuiop",
    "yxcvbnm",
    "йцукенгшщзхъ",
    "фывапролджэ",
    "ячсмитьбю",
    "abcdefghijklmnopqrstuvwxyz",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "01234567890",
    "09876543210",
];

/// Whether `value` (already trimmed) looks like junk, and how surely.
pub fn junk(value: &str) -> Option<Junk> {
    let lower = super::text::to_lower(value);
    let compact: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    if compact.is_empty() {
        return Some(Junk::Placeholder);
    }
    let letters: String = compact.chars().filter(|c| !c.is_ascii_digit()).collect();
    let digits = compact.len() - letters.len();
    let mut spaced = String::with_capacity(lower.len());
    for word in lower.split_whitespace() {
        if !spaced.is_empty() {
            spaced.push(' ');
        }
        spaced.push_str(word);
    }
    if PLACEHOLDERS.contains(&compact.as_str())
        || PLACEHOLDERS.contains(&spaced.as_str())
        || (!letters.is_empty() && digits <= 3 && PLACEHOLDERS.contains(&letters.as_str()))
    {
        return Some(Junk::Placeholder);
    }
    let mut chars = compact.chars();
    let first = chars.next()?;
    if at_least(&compact, 3) && chars.all(|c| c == first) {
        return Some(Junk::Placeholder);
    }
    // Bytes compared directly: a UTF-8 string's bytes occur in another's only at a character boundary.
    let is_run = |s: &str| {
        RUNS.iter()
            .any(|row| row.as_bytes().windows(s.len()).any(|w| w == s.as_bytes()))
    };
    let whole_run = at_least(&compact, 4) && is_run(&compact);
    let long_run_inside = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| at_least(word, 6) && is_run(word));
    (whole_run || long_run_inside).then_some(Junk::KeyboardRun)
}

/// Whether `text` has at least `n` characters, counting no further.
fn at_least(text: &str, n: usize) -> bool {
    text.chars().take(n).count() == n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_in_latin_and_cyrillic_are_junk() {
        for value in [
            "test",
            "Test 1",
            "ТЕСТ",
            "asdf",
            "фыва",
            "n/a",
            "---",
            "ааааа",
            "xxxxx",
            "11111",
        ] {
            assert_eq!(junk(value), Some(Junk::Placeholder), "{value}");
        }
    }

    #[test]
    fn keyboard_and_digit_runs_are_suspicious() {
        for value in ["12345", "123456", "qwertyui", "йцукенг", "ул. Фывапро 5"] {
            assert_eq!(junk(value), Some(Junk::KeyboardRun), "{value}");
        }
    }

    #[test]
    fn real_addresses_are_not_junk() {
        for value in [
            "ул. Тверская, д. 7",
            "Москва",
            "Калининград",
            "Unter den Linden 77",
            "Avenida Paulista, 1578",
            "北京市朝阳区建国路88号",
            "Иванов Иван Иванович",
            "125009",
            "10117",
            "Jo",
        ] {
            assert_eq!(junk(value), None, "{value}");
        }
    }
}
