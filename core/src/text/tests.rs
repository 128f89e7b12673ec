//! Detection and decoding of the files sellers' tools write (tests/golden/catalog/, made by generate.py
//! there with Python's own codecs, so the native decoders are checked against an independent encoder).

use super::*;
use crate::host::NativeHost;

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!("../../../tests/golden/catalog/", $name)).as_slice()
    };
}

fn decode_in(encoding: Encoding, bytes: &[u8], chunk: usize) -> String {
    let mut decoder = decoder(encoding, &NativeHost);
    let mut out = String::new();
    for piece in bytes.chunks(chunk.max(1)) {
        decoder.decode(piece, &mut out);
    }
    decoder.finish(&mut out);
    out
}

/// The encoding detected for a whole file, and its text decoded whole and in 1-byte chunks (which must
/// agree).
fn read(bytes: &[u8]) -> (Detection, String) {
    let detection = detect(bytes, true);
    let whole = decode_in(detection.encoding, bytes, bytes.len());
    assert_eq!(decode_in(detection.encoding, bytes, 1), whole);
    (detection, whole)
}

#[test]
fn a_shopify_export_saved_by_chinese_excel_is_gbk() {
    let (detection, text) = read(fixture!("shopify-zh-gbk.csv"));
    assert_eq!(detection.encoding, Encoding::Gbk);
    assert_eq!(detection.settled, Settled::Guessed);
    assert!(detection.score > 0.9, "{detection:?}");
    assert!(text.starts_with("Handle,Title,"));
    assert!(text.contains("真丝连衣裙 夏季新款"));
    assert!(text.contains("青花瓷茶杯（四只装）"));
}

#[test]
fn four_byte_sequences_mean_gb18030() {
    let (detection, text) = read(fixture!("generic-zh-gb18030.csv"));
    assert_eq!(detection.encoding, Encoding::Gb18030);
    assert!(text.contains("羊绒围巾 𠮷字纹,2490 ₽"), "{text}");
}

#[test]
fn traditional_chinese_from_a_taiwanese_windows_is_big5() {
    let (detection, text) = read(fixture!("generic-zh-big5.csv"));
    assert_eq!(detection.encoding, Encoding::Big5);
    assert!(text.contains("手工皮革錢包"));
    assert!(text.contains("烏龍茶禮盒（四罐裝）"));
}

#[test]
fn a_russian_export_saved_by_russian_excel_is_windows_1251() {
    let (detection, text) = read(fixture!("ozon-products-cp1251.csv"));
    assert_eq!(detection.encoding, Encoding::Windows1251);
    assert_eq!(detection.settled, Settled::Guessed);
    assert!(text.contains("Платье летнее льняное"));
    assert!(text.contains("Подушка декоративная №1"));
}

#[test]
fn short_samples_still_tell_the_scripts_apart() {
    let cp1251 = |t: &str| encoding_rs::WINDOWS_1251.encode(t).0.into_owned();
    let gbk = |t: &str| encoding_rs::GBK.encode(t).0.into_owned();
    let big5 = |t: &str| encoding_rs::BIG5.encode(t).0.into_owned();
    for text in [
        "Цена",
        "Кружка",
        "Артикул;Цена",
        "Платье красное",
        "ЧАЙНИК ЭЛЕКТРИЧЕСКИЙ 1,7 Л",
    ] {
        assert_eq!(
            detect(&cp1251(text), true).encoding,
            Encoding::Windows1251,
            "{text}"
        );
    }
    for text in ["价格", "连衣裙", "标题,价格", "蓝色 纯棉T恤"] {
        assert_eq!(detect(&gbk(text), true).encoding, Encoding::Gbk, "{text}");
    }
    for text in ["價格", "連衣裙 藍色", "手機殼"] {
        assert_eq!(detect(&big5(text), true).encoding, Encoding::Big5, "{text}");
    }
    // Russian titles typed on a Chinese Windows: GBK's Cyrillic row.
    assert_eq!(detect(&gbk("Платье красное"), true).encoding, Encoding::Gbk);
}

#[test]
fn byte_order_marks_decide_and_are_not_part_of_the_text() {
    assert_eq!(detect(b"\xEF\xBB\xBFa,b", true).settled, Settled::Bom);
    assert_eq!(detect(b"\xFF\xFEa\0", true).encoding, Encoding::Utf16Le);
    assert_eq!(detect(b"\xFE\xFF\0a", true).encoding, Encoding::Utf16Be);
    assert_eq!(
        detect(b"\x84\x31\x95\x33a", true).encoding,
        Encoding::Gb18030
    );
    assert_eq!(decode_in(Encoding::Utf8, b"\xEF\xBB\xBFab", 1), "ab");
    assert_eq!(decode_in(Encoding::Utf16Le, b"\xFF\xFEa\0b\0", 1), "ab");
    assert_eq!(decode_in(Encoding::Utf16Be, b"\xFE\xFF\0a\0b", 3), "ab");
    assert_eq!(
        decode_in(Encoding::Gb18030, b"\x84\x31\x95\x33\xC4\xE3", 1),
        "你"
    );
    // A file that is only the start of a mark is text.
    assert_eq!(decode_in(Encoding::Utf8, b"\xEF\xBB", 1), "\u{FFFD}");
}

#[test]
fn unicode_is_recognised_without_a_mark() {
    let utf8 = "Артикул;Цена;标题".as_bytes();
    assert_eq!(detect(utf8, true).encoding, Encoding::Utf8);
    assert_eq!(detect(utf8, true).settled, Settled::Unicode);
    // A UTF-8 sample cut inside a character is still UTF-8.
    assert_eq!(detect(&utf8[..3], false).encoding, Encoding::Utf8);
    let le: Vec<u8> = "id,title"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let be: Vec<u8> = "id,title"
        .encode_utf16()
        .flat_map(u16::to_be_bytes)
        .collect();
    assert_eq!(detect(&le, true).encoding, Encoding::Utf16Le);
    assert_eq!(detect(&be, true).encoding, Encoding::Utf16Be);
}

#[test]
fn characters_split_across_chunks_decode_whole() {
    let text = "Платье 👗 красное — 连衣裙 ₽";
    let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let gb18030 = encoding_rs::GB18030.encode(text).0.into_owned();
    for chunk in 1..8 {
        assert_eq!(decode_in(Encoding::Utf8, text.as_bytes(), chunk), text);
        assert_eq!(decode_in(Encoding::Utf16Le, &utf16, chunk), text);
        assert_eq!(decode_in(Encoding::Gb18030, &gb18030, chunk), text);
    }
}

#[test]
fn invalid_bytes_become_replacement_characters() {
    assert_eq!(decode_in(Encoding::Utf8, b"a\xFFb", 1), "a\u{FFFD}b");
    assert_eq!(decode_in(Encoding::Utf8, b"a\xD0", 1), "a\u{FFFD}");
    assert_eq!(decode_in(Encoding::Utf16Le, b"a\0b", 1), "a\u{FFFD}");
    assert_eq!(decode_in(Encoding::Gbk, b"a\xC4", 1), "a\u{FFFD}");
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
fn labels_sellers_tools_print_name_the_encodings() {
    for (label, encoding) in [
        ("UTF-8", Encoding::Utf8),
        ("cp1251", Encoding::Windows1251),
        ("GB2312", Encoding::Gbk),
        ("cp936", Encoding::Gbk),
        ("GB18030", Encoding::Gb18030),
        ("Big5", Encoding::Big5),
        (" cp950 ", Encoding::Big5),
    ] {
        assert_eq!(Encoding::from_label(label), Some(encoding), "{label}");
    }
    for encoding in Encoding::ALL {
        assert_eq!(Encoding::from_label(encoding.name()), Some(encoding));
    }
    assert_eq!(Encoding::from_label("koi8-r"), None);
}
