#![no_main]
//! Encoding detection and every decoder: any bytes decoded in chunks give the text of decoding them
//! whole, and text written in a Unicode encoding decodes back to itself.

use libfuzzer_sys::fuzz_target;
use orderguard_core::host::NativeHost;
use orderguard_core::text::{self, Encoding};

/// The text of `pieces` read one after the other by a fresh decoder for `encoding`.
fn decode<'a>(encoding: Encoding, pieces: impl IntoIterator<Item = &'a [u8]>) -> String {
    let mut decoder = text::decoder(encoding, &NativeHost);
    let mut out = String::new();
    for piece in pieces {
        decoder.decode(piece, &mut out);
    }
    decoder.finish(&mut out);
    out
}

/// `bytes` cut at ever-changing lengths (`step`, 1, `step` + 1, 2...), so that pieces end at every
/// offset inside a character.
fn pieces(bytes: &[u8], step: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = bytes;
    let mut n = 0;
    while !rest.is_empty() {
        let len = if n % 2 == 0 { step + n / 2 } else { 1 + n / 2 };
        let (piece, tail) = rest.split_at(len.min(rest.len()));
        out.push(piece);
        rest = tail;
        n += 1;
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let Some((&step, bytes)) = data.split_first() else {
        return;
    };
    let step = usize::from(step % 16) + 1;
    let detection = text::detect(bytes, true);
    assert!((0.0..=1.0).contains(&detection.score), "{detection:?}");
    let _ = text::detect(&bytes[..bytes.len() / 2], false);
    for encoding in Encoding::ALL {
        let whole = decode(encoding, [bytes]);
        assert_eq!(decode(encoding, pieces(bytes, step)), whole, "{encoding}");
        // Decoding never loses the stream: even an empty one ends cleanly.
        assert_eq!(
            decode(encoding, pieces(bytes, step).into_iter().chain([&[][..]])),
            whole
        );
    }
    // A byte-order mark at the start is not text, so a text that begins with U+FEFF loses it.
    let text = String::from_utf8_lossy(bytes);
    let expected = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    assert_eq!(
        decode(Encoding::Utf8, pieces(text.as_bytes(), step)),
        expected
    );
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert_eq!(decode(Encoding::Utf16Le, pieces(&le, step)), expected);
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    assert_eq!(decode(Encoding::Utf16Be, pieces(&be, step)), expected);
});
