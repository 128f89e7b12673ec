//! The text encodings of the files sellers import (catalogs, and every later file import), how the core
//! tells them apart from the bytes, and the streaming decoders that turn them into text.
//!
//! The core decodes the Unicode encodings itself: they need no tables. The legacy code pages (Windows-1251,
//! GBK / GB18030, Big5) are decoded by the host platform through [`TextDecoders`], so the browser package
//! ships no mapping tables the browser already has: `orderguard-wasm` implements it with the WHATWG
//! `TextDecoder`, native builds with `encoding_rs` ([`crate::host::NativeHost`]).

mod detect;
mod unicode;

use std::fmt;

pub use detect::{detect, Detection, Settled};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// The single-byte code page Russian Excel and 1C save CSV in.
    Windows1251,
    /// Code page 936, what Excel on a Chinese (PRC) Windows saves CSV in. Decoded as GB18030, its superset.
    Gbk,
    /// GBK with the four-byte sequences of GB 18030-2005 for characters outside GBK.
    Gb18030,
    /// Code page 950, Excel's CSV encoding on a Traditional Chinese (Taiwan, Hong Kong) Windows.
    Big5,
}

impl Encoding {
    pub const ALL: [Encoding; 7] = [
        Encoding::Utf8,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
        Encoding::Windows1251,
        Encoding::Gbk,
        Encoding::Gb18030,
        Encoding::Big5,
    ];

    /// The WHATWG Encoding Standard's name, which `TextDecoder` accepts as a label.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1251 => "windows-1251",
            Encoding::Gbk => "gbk",
            Encoding::Gb18030 => "gb18030",
            Encoding::Big5 => "big5",
        }
    }

    /// The `encoding` option of a file check: `None` (detect) when absent, empty or "auto"; an unknown name
    /// is an `unknown_encoding` error listing the names.
    pub fn from_option(name: Option<&str>) -> Result<Option<Encoding>, crate::error::InputError> {
        match name.map(str::trim) {
            None | Some("") => Ok(None),
            Some(name) if name.eq_ignore_ascii_case("auto") => Ok(None),
            Some(name) => Encoding::from_label(name).map(Some).ok_or_else(|| {
                let known: Vec<&str> = Encoding::ALL.iter().map(|e| e.name()).collect();
                crate::error::InputError::new("unknown_encoding", "options.encoding")
                    .param("encoding", name)
                    .param("known", known.join(", "))
            }),
        }
    }

    /// Reads a name as users and tools write it: the WHATWG names and the labels the Encoding Standard
    /// maps to them that sellers' tools print (`cp1251`, `cp936`, `gb2312`, `cp950`...), in any case.
    pub fn from_label(label: &str) -> Option<Encoding> {
        let label = label.trim().to_ascii_lowercase();
        let encoding = match label.as_str() {
            "utf-8" | "utf8" | "unicode-1-1-utf-8" => Encoding::Utf8,
            "utf-16le" | "utf-16" | "unicode" | "ucs-2" => Encoding::Utf16Le,
            "utf-16be" | "unicodefffe" => Encoding::Utf16Be,
            "windows-1251" | "cp1251" | "x-cp1251" => Encoding::Windows1251,
            "gbk" | "cp936" | "gb2312" | "gb_2312" | "gb_2312-80" | "chinese" | "csgb2312"
            | "iso-ir-58" | "x-gbk" | "windows-936" => Encoding::Gbk,
            "gb18030" => Encoding::Gb18030,
            "big5" | "big5-hkscs" | "cn-big5" | "csbig5" | "x-x-big5" | "cp950" => Encoding::Big5,
            _ => return None,
        };
        Some(encoding)
    }

    /// The byte-order mark that announces the encoding, if it has one.
    pub(crate) fn bom(self) -> &'static [u8] {
        match self {
            Encoding::Utf8 => b"\xEF\xBB\xBF",
            Encoding::Utf16Le => b"\xFF\xFE",
            Encoding::Utf16Be => b"\xFE\xFF",
            // GB 18030's encoding of U+FEFF; the WHATWG decoder does not strip it, so the core does.
            Encoding::Gb18030 => b"\x84\x31\x95\x33",
            Encoding::Windows1251 | Encoding::Gbk | Encoding::Big5 => b"",
        }
    }

    fn is_unicode(self) -> bool {
        matches!(self, Encoding::Utf8 | Encoding::Utf16Le | Encoding::Utf16Be)
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Turns a byte stream into text chunk by chunk. A character split between two chunks is held until its
/// last byte arrives, so decoding in chunks gives exactly the text of decoding the whole file. Invalid
/// bytes become U+FFFD, as browsers do.
pub trait StreamDecoder: fmt::Debug {
    /// Appends the text of `bytes` to `out`.
    fn decode(&mut self, bytes: &[u8], out: &mut String);
    /// Ends the stream: an incomplete character left over becomes U+FFFD.
    fn finish(&mut self, out: &mut String);
}

/// Decoders for the legacy code pages, from the host platform, which already carries their tables and
/// keeps them current.
pub trait TextDecoders: Sync + fmt::Debug {
    /// A fresh decoder for `encoding` (never a Unicode one), without byte-order-mark handling.
    fn legacy(&self, encoding: Encoding) -> Box<dyn StreamDecoder>;
}

/// A decoder for `encoding`: the core's own for Unicode, the host's for a code page. A byte-order mark at
/// the start is not part of the text.
pub fn decoder(encoding: Encoding, host: &dyn TextDecoders) -> Box<dyn StreamDecoder> {
    let inner: Box<dyn StreamDecoder> = match encoding {
        Encoding::Utf8 => Box::new(unicode::Utf8::default()),
        Encoding::Utf16Le => Box::new(unicode::Utf16::little_endian()),
        Encoding::Utf16Be => Box::new(unicode::Utf16::big_endian()),
        _ => {
            debug_assert!(!encoding.is_unicode());
            host.legacy(encoding)
        }
    };
    Box::new(unicode::SkipBom::new(encoding.bom(), inner))
}

#[cfg(test)]
mod tests;
