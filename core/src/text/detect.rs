//! Which encoding a file is in, from its first bytes. A byte-order mark decides. Without one: UTF-16 by
//! its zero bytes, valid UTF-8 as UTF-8, and otherwise the legacy code page whose reading of the bytes
//! looks most like text, judged by the structure of the bytes and by which characters they make:
//!
//! - GBK and Big5 are double-byte: a lead byte 0x81-0xFE and a trail byte in a fixed range. Bytes that
//!   break the structure count against the reading. Ordinary text is mostly common characters: GB 2312's
//!   level-1 hanzi (bytes B0A1-D7F9, the 3,755 most used) and its punctuation and Cyrillic rows for GBK;
//!   Big5's "frequently used" hanzi (A440-C67E, 5,401 characters) and its symbols for Big5. The share of
//!   common characters is the reading's score.
//! - Windows-1251 maps every high byte to one character, so its score is how much the high bytes look
//!   like Russian words: letters (0xC0-0xFF, Ё, ё) rather than rare symbols, and no lower-case letter
//!   followed by an upper-case one inside a word, which real text almost never has.
//!
//! Reading Russian as GBK breaks on odd-length words and lands on rare characters; reading Chinese as
//! Windows-1251 gives symbols and mixed-case words; Big5 read as GBK puts trail bytes below 0xA1, where
//! GB 2312 has no characters. So the right reading scores near 1 and the others well below.

use super::Encoding;

/// What settled the encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Settled {
    /// A byte-order mark.
    Bom,
    /// The caller named it.
    Declared,
    /// Unicode recognised from the bytes (UTF-8 that validates, UTF-16's zero bytes): not in doubt.
    Unicode,
    /// A legacy code page chosen by the scores: a guess the user may need to override.
    Guessed,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Detection {
    pub encoding: Encoding,
    pub settled: Settled,
    /// For a guess, the score of the reading chosen (0 to 1) and the runner-up.
    pub score: f32,
    pub runner_up: Option<Encoding>,
}

impl Detection {
    fn certain(encoding: Encoding, settled: Settled) -> Self {
        Detection {
            encoding,
            settled,
            score: 1.0,
            runner_up: None,
        }
    }
}

/// Detects the encoding of `sample`, a file's first bytes. `complete` says the sample is the whole file,
/// so a multi-byte character cut at its end is an error rather than the sample's edge.
pub fn detect(sample: &[u8], complete: bool) -> Detection {
    for encoding in [
        Encoding::Utf8,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
        Encoding::Gb18030,
    ] {
        if sample.starts_with(encoding.bom()) {
            return Detection::certain(encoding, Settled::Bom);
        }
    }
    if let Some(encoding) = utf16_by_zero_bytes(sample) {
        return Detection::certain(encoding, Settled::Unicode);
    }
    if is_utf8(sample, complete) {
        return Detection::certain(Encoding::Utf8, Settled::Unicode);
    }
    let mut scores = [
        (Encoding::Gbk, double_byte(sample, complete, &GBK)),
        (Encoding::Big5, double_byte(sample, complete, &BIG5)),
        (Encoding::Windows1251, cyrillic(sample)),
    ];
    // Highest score first; on a tie the order above (more constrained readings first) stands.
    scores.sort_by(|a, b| b.1.score.total_cmp(&a.1.score));
    let (mut encoding, best) = scores[0];
    if encoding == Encoding::Gbk && best.four_byte {
        encoding = Encoding::Gb18030;
    }
    Detection {
        encoding,
        settled: Settled::Guessed,
        score: best.score,
        runner_up: Some(scores[1].0),
    }
}

/// ASCII text in UTF-16 is half zero bytes, all on one side of each pair.
fn utf16_by_zero_bytes(sample: &[u8]) -> Option<Encoding> {
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let count = |zero_at: usize| {
        sample
            .chunks_exact(2)
            .filter(|p| p[zero_at] == 0 && p[1 - zero_at] != 0)
            .count()
    };
    let (zero_odd, zero_even) = (count(1), count(0));
    if zero_odd * 3 >= pairs && zero_even == 0 {
        Some(Encoding::Utf16Le)
    } else if zero_even * 3 >= pairs && zero_odd == 0 {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

fn is_utf8(sample: &[u8], complete: bool) -> bool {
    match std::str::from_utf8(sample) {
        Ok(_) => true,
        // Only an incomplete character at the very end of a partial sample.
        Err(e) => !complete && e.error_len().is_none() && sample.len() - e.valid_up_to() < 4,
    }
}

#[derive(Clone, Copy, Debug, Default)]
struct Score {
    score: f32,
    /// GB 18030 four-byte sequences were seen.
    four_byte: bool,
}

/// A double-byte code page's structure and its common characters, as (lead, trail) ranges.
struct DoubleByte {
    trail: fn(u8) -> bool,
    /// Reads GB 18030's four-byte sequences (byte 2 and 4 digits).
    four_byte: bool,
    /// A lone 0x80 is a character (GB 18030 maps it to the euro sign).
    lone_0x80: bool,
    common: &'static [(u8, u8, u8, u8)],
}

/// GB 2312 (GB/T 2312-1980) rows read as GBK bytes: row 1-3 punctuation and full-width forms, row 7
/// Cyrillic (Russian titles typed on a Chinese Windows), row 8 pinyin, rows 16-55 the level-1 hanzi.
const GBK: DoubleByte = DoubleByte {
    trail: |b| matches!(b, 0x40..=0x7E | 0x80..=0xFE),
    four_byte: true,
    lone_0x80: true,
    common: &[
        (0xA1, 0xA3, 0xA1, 0xFE),
        (0xA7, 0xA7, 0xA1, 0xF1),
        (0xA8, 0xA8, 0xA1, 0xC0),
        (0xB0, 0xD6, 0xA1, 0xFE),
        (0xD7, 0xD7, 0xA1, 0xF9),
    ],
};

/// Big5 (as Microsoft's code page 950): A140-A3BF symbols and punctuation, A440-C67E the frequently used
/// hanzi.
const BIG5: DoubleByte = DoubleByte {
    trail: |b| matches!(b, 0x40..=0x7E | 0xA1..=0xFE),
    four_byte: false,
    lone_0x80: false,
    common: &[
        (0xA1, 0xA2, 0x40, 0xFE),
        (0xA3, 0xA3, 0x40, 0xBF),
        (0xA4, 0xC5, 0x40, 0xFE),
        (0xC6, 0xC6, 0x40, 0x7E),
    ],
};

/// Each structural error costs as much as this many common characters earn.
const ERROR_WEIGHT: f32 = 4.0;

fn double_byte(sample: &[u8], complete: bool, page: &DoubleByte) -> Score {
    let (mut chars, mut common, mut errors, mut four_byte) = (0u32, 0u32, 0u32, false);
    let mut i = 0;
    while i < sample.len() {
        let lead = sample[i];
        if lead < 0x80 {
            i += 1;
            continue;
        }
        if lead == 0x80 || lead == 0xFF {
            if !(lead == 0x80 && page.lone_0x80) {
                errors += 1;
            }
            i += 1;
            continue;
        }
        let Some(&trail) = sample.get(i + 1) else {
            errors += u32::from(complete);
            break;
        };
        if page.four_byte && trail.is_ascii_digit() {
            match sample.get(i + 2..i + 4) {
                Some(&[third, fourth])
                    if (0x81..=0xFE).contains(&third) && fourth.is_ascii_digit() =>
                {
                    chars += 1;
                    four_byte = true;
                    i += 4;
                }
                None if !complete => break,
                _ => {
                    errors += 1;
                    i += 1;
                }
            }
            continue;
        }
        if !(page.trail)(trail) {
            // The trail byte starts over as a character of its own, as decoders do.
            errors += 1;
            i += 1;
            continue;
        }
        chars += 1;
        let is_common = page
            .common
            .iter()
            .any(|&(lead_from, lead_to, trail_from, trail_to)| {
                (lead_from..=lead_to).contains(&lead) && (trail_from..=trail_to).contains(&trail)
            });
        common += u32::from(is_common);
        i += 2;
    }
    Score {
        score: share(common as f32 - ERROR_WEIGHT * errors as f32, chars + errors),
        four_byte,
    }
}

fn cyrillic(sample: &[u8]) -> Score {
    let is_upper = |b: u8| matches!(b, 0xC0..=0xDF | 0xA8);
    let is_lower = |b: u8| matches!(b, 0xE0..=0xFF | 0xB8);
    let (mut high, mut letters, mut mixed_case) = (0u32, 0u32, 0u32);
    let mut previous = 0u8;
    for &b in sample {
        if b >= 0x80 {
            high += 1;
            if is_upper(b) || is_lower(b) {
                letters += 1;
                mixed_case += u32::from(is_lower(previous) && is_upper(b));
            }
        }
        previous = b;
    }
    Score {
        score: share(letters as f32 - ERROR_WEIGHT * mixed_case as f32, high),
        four_byte: false,
    }
}

fn share(part: f32, whole: u32) -> f32 {
    if whole == 0 {
        0.0
    } else {
        (part / whole as f32).clamp(0.0, 1.0)
    }
}
