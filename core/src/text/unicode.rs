//! The Unicode decoders the core keeps itself (they need no tables), and the byte-order-mark skipper
//! every decoder is wrapped in.

use super::StreamDecoder;

/// UTF-8, with the bytes of a character cut at a chunk's end kept for the next one.
#[derive(Debug, Default)]
pub struct Utf8 {
    pending: Vec<u8>,
}

impl StreamDecoder for Utf8 {
    fn decode(&mut self, bytes: &[u8], out: &mut String) {
        let joined;
        let mut bytes = bytes;
        if !self.pending.is_empty() {
            self.pending.extend_from_slice(bytes);
            joined = std::mem::take(&mut self.pending);
            bytes = &joined;
        }
        loop {
            match std::str::from_utf8(bytes) {
                Ok(text) => {
                    out.push_str(text);
                    return;
                }
                Err(e) => {
                    let (valid, rest) = bytes.split_at(e.valid_up_to());
                    // `valid_up_to` marks the end of valid UTF-8, so this never falls back.
                    out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                    match e.error_len() {
                        Some(bad) => {
                            out.push(char::REPLACEMENT_CHARACTER);
                            bytes = rest.get(bad..).unwrap_or_default();
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

    fn finish(&mut self, out: &mut String) {
        if !self.pending.is_empty() {
            out.push(char::REPLACEMENT_CHARACTER);
            self.pending.clear();
        }
    }
}

/// UTF-16 in either byte order; an unpaired surrogate becomes U+FFFD.
#[derive(Debug)]
pub struct Utf16 {
    unit: fn([u8; 2]) -> u16,
    /// The first byte of a code unit cut at a chunk's end.
    odd_byte: Option<u8>,
    /// A high surrogate waiting for its low half.
    high_surrogate: Option<u16>,
}

impl Utf16 {
    pub fn little_endian() -> Self {
        Self::new(u16::from_le_bytes)
    }

    pub fn big_endian() -> Self {
        Self::new(u16::from_be_bytes)
    }

    fn new(unit: fn([u8; 2]) -> u16) -> Self {
        Utf16 {
            unit,
            odd_byte: None,
            high_surrogate: None,
        }
    }

    fn push_unit(&mut self, u: u16, out: &mut String) {
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
}

impl StreamDecoder for Utf16 {
    fn decode(&mut self, bytes: &[u8], out: &mut String) {
        let mut bytes = bytes;
        if let (Some(first), Some((&second, rest))) = (self.odd_byte, bytes.split_first()) {
            self.odd_byte = None;
            self.push_unit((self.unit)([first, second]), out);
            bytes = rest;
        }
        let mut pairs = bytes.chunks_exact(2);
        for pair in &mut pairs {
            self.push_unit((self.unit)([pair[0], pair[1]]), out);
        }
        if let [last] = pairs.remainder() {
            self.odd_byte = Some(*last);
        }
    }

    fn finish(&mut self, out: &mut String) {
        if self.odd_byte.take().is_some() || self.high_surrogate.take().is_some() {
            out.push(char::REPLACEMENT_CHARACTER);
        }
    }
}

/// Drops the encoding's byte-order mark at the very start of the stream, however the chunks split it,
/// and ends the stream once: after `finish` nothing more reaches the inner decoder (some hosts' decoders
/// may not be used again).
#[derive(Debug)]
pub struct SkipBom {
    bom: &'static [u8],
    /// Bytes of a possible mark seen so far; `None` once past it.
    head: Option<Vec<u8>>,
    inner: Box<dyn StreamDecoder>,
    finished: bool,
}

impl SkipBom {
    pub fn new(bom: &'static [u8], inner: Box<dyn StreamDecoder>) -> Self {
        SkipBom {
            bom,
            head: (!bom.is_empty()).then(Vec::new),
            inner,
            finished: false,
        }
    }
}

impl StreamDecoder for SkipBom {
    fn decode(&mut self, bytes: &[u8], out: &mut String) {
        debug_assert!(!self.finished || bytes.is_empty(), "bytes after the end");
        if self.finished {
            return;
        }
        let Some(head) = &mut self.head else {
            return self.inner.decode(bytes, out);
        };
        let wanted = self.bom.len() - head.len();
        let (start, rest) = bytes.split_at(wanted.min(bytes.len()));
        head.extend_from_slice(start);
        if head.len() < self.bom.len() && self.bom.starts_with(head) {
            return;
        }
        let head = self.head.take().unwrap_or_default();
        if head != self.bom {
            self.inner.decode(&head, out);
        }
        self.inner.decode(rest, out);
    }

    fn finish(&mut self, out: &mut String) {
        if std::mem::replace(&mut self.finished, true) {
            return;
        }
        // A stream shorter than the mark: what came is text.
        if let Some(head) = self.head.take() {
            self.inner.decode(&head, out);
        }
        self.inner.finish(out);
    }
}
