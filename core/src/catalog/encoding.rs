//! Text encodings catalog exports come in, detected from the first bytes or chosen by the user, and a
//! decoder that takes the bytes in arbitrary chunks: a character split between two chunks is kept until
//! its last byte arrives, so decoding in chunks gives exactly the text of decoding the whole file.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub enum Encoding {
    #[serde(rename = "utf-8", alias = "utf8", alias = "UTF-8")]
    Utf8,
    #[serde(rename = "utf-16le", alias = "UTF-16LE")]
    Utf16Le,
    #[serde(rename = "utf-16be", alias = "UTF-16BE")]
    Utf16Be,
    #[serde(rename = "windows-1251", alias = "cp1251", alias = "Windows-1251")]
    Windows1251,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1251 => "windows-1251",
        }
    }

    fn bom(self) -> &'static [u8] {
        match self {
            Encoding::Utf8 => b"\xEF\xBB\xBF",
            Encoding::Utf16Le => b"\xFF\xFE",
            Encoding::Utf16Be => b"\xFE\xFF",
            Encoding::Windows1251 => b"",
        }
    }
}

/// The encoding of a file from its first bytes. A byte-order mark decides; without one, a share of zero
/// bytes in alternating positions means UTF-16 (ASCII text in UTF-16 is half zeros), valid UTF-8 means
/// UTF-8, and anything else is taken for Windows-1251, the single-byte encoding Russian Excel and 1C save
/// CSV in. `complete` says the sample is the whole file, so a multi-byte character cut at its end is an
/// error rather than the sample's edge.
pub fn detect(sample: &[u8], complete: bool) -> Encoding {
    for encoding in [Encoding::Utf8, Encoding::Utf16Le, Encoding::Utf16Be] {
        if sample.starts_with(encoding.bom()) {
            return encoding;
        }
    }
    let pairs = sample.len() / 2;
    if pairs >= 2 {
        let zero_odd = sample
            .chunks_exact(2)
            .filter(|p| p[1] == 0 && p[0] != 0)
            .count();
        let zero_even = sample
            .chunks_exact(2)
            .filter(|p| p[0] == 0 && p[1] != 0)
            .count();
        if zero_odd * 3 >= pairs && zero_even == 0 {
            return Encoding::Utf16Le;
        }
        if zero_even * 3 >= pairs && zero_odd == 0 {
            return Encoding::Utf16Be;
        }
    }
    match std::str::from_utf8(sample) {
        Ok(_) => Encoding::Utf8,
        // Only an incomplete character at the very end of a partial sample.
        Err(e) if !complete && e.error_len().is_none() && sample.len() - e.valid_up_to() < 4 => {
            Encoding::Utf8
        }
        Err(_) => Encoding::Windows1251,
    }
}

/// Decodes a byte stream chunk by chunk. Invalid bytes become U+FFFD, as browsers do.
#[derive(Debug)]
pub struct Decoder {
    encoding: Encoding,
    /// Bytes of a character not yet complete at the end of the last chunk.
    pending: Vec<u8>,
    /// A UTF-16 high surrogate waiting for its low half.
    high_surrogate: Option<u16>,
    /// The byte-order mark is skipped once, at the start.
    at_start: bool,
}

impl Decoder {
    pub fn new(encoding: Encoding) -> Self {
        Decoder {
            encoding,
            pending: Vec::new(),
            high_surrogate: None,
            at_start: true,
        }
    }

    /// Appends the text of `bytes` to `out`.
    pub fn decode(&mut self, bytes: &[u8], out: &mut String) {
        let mut bytes = bytes;
        let joined;
        if !self.pending.is_empty() {
            self.pending.extend_from_slice(bytes);
            joined = std::mem::take(&mut self.pending);
            bytes = &joined;
        }
        if self.at_start {
            let bom = self.encoding.bom();
            if bytes.len() < bom.len() && bom.starts_with(bytes) {
                self.pending.extend_from_slice(bytes);
                return;
            }
            self.at_start = false;
            if !bom.is_empty() && bytes.starts_with(bom) {
                bytes = &bytes[bom.len()..];
            }
        }
        match self.encoding {
            Encoding::Utf8 => self.utf8(bytes, out),
            Encoding::Utf16Le => self.utf16(bytes, out, u16::from_le_bytes),
            Encoding::Utf16Be => self.utf16(bytes, out, u16::from_be_bytes),
            Encoding::Windows1251 => windows_1251(bytes, out),
        }
    }

    /// Ends the stream: an incomplete character left over becomes U+FFFD.
    pub fn finish(&mut self, out: &mut String) {
        if !self.pending.is_empty() && self.at_start {
            // A file shorter than its encoding's byte-order mark.
            self.at_start = false;
            let bytes = std::mem::take(&mut self.pending);
            self.decode(&bytes, out);
        }
        if !self.pending.is_empty() || self.high_surrogate.is_some() {
            out.push(char::REPLACEMENT_CHARACTER);
        }
        self.pending.clear();
        self.high_surrogate = None;
    }

    fn utf8(&mut self, mut bytes: &[u8], out: &mut String) {
        loop {
            match std::str::from_utf8(bytes) {
                Ok(text) => {
                    out.push_str(text);
                    return;
                }
                Err(e) => {
                    let (valid, rest) = bytes.split_at(e.valid_up_to());
                    out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                    match e.error_len() {
                        Some(bad) => {
                            out.push(char::REPLACEMENT_CHARACTER);
                            bytes = &rest[bad..];
                        }
                        None => {
                            self.pending.extend_from_slice(rest);
                            return;
                        }
                    }
                }
            }
        }
    }

    fn utf16(&mut self, bytes: &[u8], out: &mut String, unit: fn([u8; 2]) -> u16) {
        let mut pairs = bytes.chunks_exact(2);
        for pair in &mut pairs {
            let u = unit([pair[0], pair[1]]);
            match (self.high_surrogate.take(), u) {
                (Some(high), 0xDC00..=0xDFFF) => {
                    let c = 0x10000 + ((u32::from(high) - 0xD800) << 10) + (u32::from(u) - 0xDC00);
                    out.push(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
                }
                (high, 0xD800..=0xDBFF) => {
                    if high.is_some() {
                        out.push(char::REPLACEMENT_CHARACTER);
                    }
                    self.high_surrogate = Some(u);
                }
                (high, _) => {
                    if high.is_some() {
                        out.push(char::REPLACEMENT_CHARACTER);
                    }
                    out.push(char::from_u32(u32::from(u)).unwrap_or(char::REPLACEMENT_CHARACTER));
                }
            }
        }
        self.pending.extend_from_slice(pairs.remainder());
    }
}

/// Windows-1251 bytes 0x80..=0xBF; 0xC0..=0xFF are А..я (U+0410..U+044F) in order. Source: the WHATWG
/// Encoding Standard, index-windows-1251.txt (0x98 maps to U+0098 there; Windows leaves it undefined).
const WINDOWS_1251_HIGH: [u16; 64] = [
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039,
    0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x0098, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408,
    0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB,
    0x0458, 0x0405, 0x0455, 0x0457,
];

fn windows_1251(bytes: &[u8], out: &mut String) {
    out.reserve(bytes.len());
    for &b in bytes {
        let c = match b {
            0x00..=0x7F => u32::from(b),
            0x80..=0xBF => u32::from(WINDOWS_1251_HIGH[usize::from(b - 0x80)]),
            _ => 0x0410 + u32::from(b - 0xC0),
        };
        out.push(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_in(encoding: Encoding, bytes: &[u8], chunk: usize) -> String {
        let mut decoder = Decoder::new(encoding);
        let mut out = String::new();
        for piece in bytes.chunks(chunk.max(1)) {
            decoder.decode(piece, &mut out);
        }
        decoder.finish(&mut out);
        out
    }

    #[test]
    fn byte_order_marks_decide_and_are_not_part_of_the_text() {
        assert_eq!(detect(b"\xEF\xBB\xBFa,b", true), Encoding::Utf8);
        assert_eq!(detect(b"\xFF\xFEa\0", true), Encoding::Utf16Le);
        assert_eq!(detect(b"\xFE\xFF\0a", true), Encoding::Utf16Be);
        assert_eq!(decode_in(Encoding::Utf8, b"\xEF\xBB\xBFab", 1), "ab");
        assert_eq!(decode_in(Encoding::Utf16Le, b"\xFF\xFEa\0b\0", 1), "ab");
        assert_eq!(decode_in(Encoding::Utf16Be, b"\xFE\xFF\0a\0b", 3), "ab");
    }

    #[test]
    fn russian_text_without_a_mark_is_told_apart() {
        let utf8 = "Артикул;Цена".as_bytes();
        assert_eq!(detect(utf8, true), Encoding::Utf8);
        let cp1251: Vec<u8> = vec![0xC0, 0xF0, 0xF2, 0xE8, 0xEA, 0xF3, 0xEB];
        assert_eq!(detect(&cp1251, true), Encoding::Windows1251);
        assert_eq!(decode_in(Encoding::Windows1251, &cp1251, 1), "Артикул");
        // A UTF-8 sample cut inside a character is still UTF-8.
        assert_eq!(detect(&utf8[..3], false), Encoding::Utf8);
    }

    #[test]
    fn utf16_without_a_mark_is_recognised_by_its_zero_bytes() {
        let le: Vec<u8> = "id,title"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "id,title"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(detect(&le, true), Encoding::Utf16Le);
        assert_eq!(detect(&be, true), Encoding::Utf16Be);
    }

    #[test]
    fn windows_1251_covers_every_high_byte() {
        let all: Vec<u8> = (0x80..=0xFF).collect();
        let text = decode_in(Encoding::Windows1251, &all, 7);
        assert_eq!(text.chars().count(), 128);
        assert_eq!(text.chars().nth(0xA8 - 0x80), Some('Ё'));
        assert!(text.ends_with("эюя"));
        assert_eq!(text.chars().nth(0xB9 - 0x80), Some('№'));
        assert_eq!(text.chars().nth(0x88 - 0x80), Some('€'));
    }

    #[test]
    fn characters_split_across_chunks_decode_whole() {
        let text = "Платье 👗 красное — 连衣裙";
        let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        for chunk in 1..8 {
            assert_eq!(decode_in(Encoding::Utf8, text.as_bytes(), chunk), text);
            assert_eq!(decode_in(Encoding::Utf16Le, &utf16, chunk), text);
        }
    }

    #[test]
    fn invalid_bytes_become_replacement_characters() {
        assert_eq!(decode_in(Encoding::Utf8, b"a\xFFb", 1), "a\u{FFFD}b");
        assert_eq!(decode_in(Encoding::Utf8, b"a\xD0", 1), "a\u{FFFD}");
        assert_eq!(decode_in(Encoding::Utf16Le, b"a\0b", 1), "a\u{FFFD}");
    }
}
