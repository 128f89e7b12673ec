//! The platform facts for native builds (tests, benches, the command line): the tz database from
//! `chrono-tz`, the legacy code pages from `encoding_rs` (the decoder Firefox uses, to the WHATWG
//! Encoding Standard, as browsers' `TextDecoder` is).

use chrono::{Offset, TimeZone as _};

use super::TimeZones;

/// The native host: stateless, so one `static` serves every caller.
#[derive(Clone, Copy, Debug, Default)]
pub struct NativeHost;

impl TimeZones for NativeHost {
    fn offset_at(&self, zone: &str, unix_seconds: i64) -> Option<i32> {
        let tz = chrono_tz::Tz::from_str_insensitive(zone).ok()?;
        let utc = chrono::DateTime::from_timestamp(unix_seconds, 0)?.naive_utc();
        Some(tz.offset_from_utc_datetime(&utc).fix().local_minus_utc())
    }
}

#[cfg(feature = "text")]
mod text {
    use super::NativeHost;
    use crate::text::{Encoding, StreamDecoder, TextDecoders};

    impl TextDecoders for NativeHost {
        fn legacy(&self, encoding: Encoding) -> Box<dyn StreamDecoder> {
            let table = match encoding {
                Encoding::Windows1251 => encoding_rs::WINDOWS_1251,
                // The WHATWG "gbk" decoder is the GB 18030 one.
                Encoding::Gbk | Encoding::Gb18030 => encoding_rs::GB18030,
                Encoding::Big5 => encoding_rs::BIG5,
                Encoding::Utf8 => encoding_rs::UTF_8,
                Encoding::Utf16Le => encoding_rs::UTF_16LE,
                Encoding::Utf16Be => encoding_rs::UTF_16BE,
            };
            Box::new(Decoder(table.new_decoder_without_bom_handling()))
        }
    }

    struct Decoder(encoding_rs::Decoder);

    impl std::fmt::Debug for Decoder {
        fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            write!(f, "Decoder({})", self.0.encoding().name())
        }
    }

    impl Decoder {
        fn run(&mut self, bytes: &[u8], out: &mut String, last: bool) {
            let mut bytes = bytes;
            loop {
                let room = self
                    .0
                    .max_utf8_buffer_length(bytes.len())
                    .unwrap_or(bytes.len() * 3 + 16);
                out.reserve(room);
                let (result, read, _) = self.0.decode_to_string(bytes, out, last);
                bytes = bytes.get(read..).unwrap_or_default();
                if result == encoding_rs::CoderResult::InputEmpty {
                    return;
                }
            }
        }
    }

    impl StreamDecoder for Decoder {
        fn decode(&mut self, bytes: &[u8], out: &mut String) {
            self.run(bytes, out, false);
        }

        fn finish(&mut self, out: &mut String) {
            self.run(&[], out, true);
        }
    }
}
