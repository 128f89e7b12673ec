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
    #[cfg(feature = "orders")]
    return memo::lookup(value);
    #[cfg(not(feature = "orders"))]
    judge(value)
}

/// The values already judged, where addresses are validated by the thousand (the orders board): an
/// export repeats its cities, regions and recipients. The checkout, one address at a time, keeps the
/// smaller code.
#[cfg(feature = "orders")]
mod memo {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use super::{judge, Junk};

    /// Entries kept before the memo starts over.
    const MAX_ENTRIES: usize = 16_384;
    /// Longer values are judged each time (they rarely repeat, and the memo stays small).
    const MAX_KEY_BYTES: usize = 128;

    thread_local! {
        static JUDGED: RefCell<HashMap<String, Option<Junk>>> = RefCell::new(HashMap::new());
    }

    pub fn lookup(value: &str) -> Option<Junk> {
        if value.len() > MAX_KEY_BYTES {
            return judge(value);
        }
        if let Some(known) = JUDGED.with(|m| m.borrow().get(value).copied()) {
            return known;
        }
        let verdict = judge(value);
        JUDGED.with(|m| {
            let mut m = m.borrow_mut();
            if m.len() >= MAX_ENTRIES {
                m.clear();
            }
            m.insert(value.to_string(), verdict);
        });
        verdict
    }
}

fn judge(value: &str) -> Option<Junk> {
    let lower = super::text::to_lower(value);
    let compact: String = lower.chars().filter(|c| alphanumeric(*c)).collect();
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
    let whole_run = at_least(&compact, 4) && is_run(compact.as_bytes(), false);
    // Keyboard mash beside a real house number ("lkjhgf 12", "dfgdfg 5"): a run typed backwards, a
    // piece typed again and again, or a long word of consonants only.
    let mashed = |word: &str| {
        at_least(word, 6)
            && (is_run(word.as_bytes(), false)
                || (word.is_ascii() && is_run(word.as_bytes(), true))
                || mash_repeated(word)
                || no_vowel(word))
    };
    let mash_inside = lower.split(|c: char| !alphanumeric(c)).any(mashed);
    (whole_run || mash_inside).then_some(Junk::KeyboardRun)
}

/// Whether `text` lies along a keyboard row or an alphabet, or, `backwards`, along one the other way
/// (then ASCII only). Bytes compared directly: a UTF-8 string's bytes occur in another's only at a
/// character boundary.
fn is_run(text: &[u8], backwards: bool) -> bool {
    RUNS.iter().any(|row| {
        // The first byte rules out nearly every window before the whole comparison.
        row.as_bytes().windows(text.len()).any(|w| match backwards {
            false => w[0] == text[0] && ends_agree(w, text) && w == text,
            true => w[w.len() - 1] == text[0] && w.iter().rev().eq(text),
        })
    })
}

/// Whether the last bytes agree: every Cyrillic letter starts with one of two bytes, so the first byte
/// alone rules out little there. Where addresses are validated by the thousand only; the checkout keeps
/// the smaller code.
#[cfg(feature = "orders")]
fn ends_agree(window: &[u8], text: &[u8]) -> bool {
    window[window.len() - 1] == text[text.len() - 1]
}

#[cfg(not(feature = "orders"))]
fn ends_agree(_: &[u8], _: &[u8]) -> bool {
    true
}

/// Whether `word` is a piece typed over and over: two characters three times or more ("сысысы"), or a
/// piece of a keyboard row twice or more ("dfgdfg", "asdasd"). A place's own doubling (Iloilo, Kankan)
/// is neither. By bytes: in UTF-8 a byte period is a character period (a lead byte never equals a
/// continuation byte).
fn mash_repeated(word: &str) -> bool {
    let bytes = word.as_bytes();
    (1..=8).any(|period| {
        let Some(piece) = bytes.get(..period).filter(|_| bytes.len() >= 2 * period) else {
            return false;
        };
        let repeated =
            bytes.len() % period == 0 && bytes.chunks(period).all(|chunk| chunk == piece);
        let chars = word.get(..period).map_or(0, |p| p.chars().count());
        repeated
            && ((chars <= 2 && bytes.len() >= 3 * period) || (chars >= 2 && is_run(piece, false)))
    })
}

/// Whether `word` is Latin or Cyrillic consonants only, which no word of an address is at this length
/// (`w` counts as a vowel for Welsh; a letter with a diacritic ends the question).
fn no_vowel(word: &str) -> bool {
    // By `matches!`: `str::contains` with a Cyrillic char would bring the substring searcher along.
    word.chars().all(|c| {
        (c.is_ascii_lowercase() && !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w'))
            || (('а'..='я').contains(&c)
                && !matches!(c, 'а' | 'е' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я'))
    })
}

/// `char::is_alphanumeric`, with ASCII and lower-case Cyrillic answered before the Unicode tables (slow
/// for every letter outside ASCII) where addresses are validated by the thousand (the orders board);
/// the checkout, one address at a time, keeps the smaller code.
fn alphanumeric(c: char) -> bool {
    #[cfg(feature = "orders")]
    if c.is_ascii_alphanumeric() || ('а'..='я').contains(&c) {
        return true;
    }
    c.is_alphanumeric()
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
    fn keyboard_mash_beside_a_house_number_is_suspicious() {
        for value in [
            "lkjhgf 12",
            "Poiuytr 3",
            "dfgdfg 12",
            "asdasd 7",
            "сысысы 4",
            "фывфыв 9",
            "hjkdfg 10",
            "ул. Цкнгшщ, 5",
        ] {
            assert_eq!(junk(value), Some(Junk::KeyboardRun), "{value}");
        }
    }

    #[test]
    fn streets_with_few_vowels_or_repeats_are_not_mash() {
        for value in [
            "Llwchwr Road 4",
            "Nová čtvrť 12",
            "Strasse 5",
            "ул. Щорса, 3",
            "Wrocławska 10",
            "Mississippi Ave 9",
            "Sankt-Peterburg",
            "Iloilo",
            "Kankan",
            "Murmur Lane 3",
        ] {
            assert_eq!(junk(value), None, "{value}");
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
