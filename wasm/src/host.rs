//! The platform facts the core asks for, from the browser that runs it: the tz database through
//! `Intl.DateTimeFormat`, the legacy code pages through the WHATWG `TextDecoder`. Both come with the
//! browser and are updated with it, so the packages ship neither.

/// The browser as the core's host. Stateless: every caller shares the one `static`.
#[derive(Debug)]
pub struct BrowserHost;

#[cfg(any(feature = "checkout", feature = "orders"))]
mod time_zones {
    use std::cell::RefCell;

    use orderguard_core::host::TimeZones;
    use wasm_bindgen::prelude::*;

    use super::BrowserHost;

    #[wasm_bindgen]
    extern "C" {
        /// `Intl.DateTimeFormat`, bound with `catch`: an unknown zone name makes the constructor throw a
        /// `RangeError`, which must come back as `None`, not cross the export as a foreign exception.
        #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
        type ZoneFormat;
        #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = DateTimeFormat)]
        fn new(locale: &str, options: &JsValue) -> Result<ZoneFormat, JsValue>;
        #[wasm_bindgen(method, catch, js_class = DateTimeFormat)]
        fn format(this: &ZoneFormat, epoch_ms: f64) -> Result<String, JsValue>;
    }

    /// Formats made so far, by the name asked for; a page uses one or two zones, and building a format
    /// costs far more than using it.
    const CACHED_ZONES: usize = 8;

    thread_local! {
        static FORMATS: RefCell<Vec<(String, ZoneFormat)>> = const { RefCell::new(Vec::new()) };
    }

    /// A format that writes the offset itself ("GMT+05:30"), in a form that does not depend on the
    /// locale's words. (The options object comes from `JSON.parse`, which the package imports anyway.)
    fn offset_format(zone: &str) -> Option<ZoneFormat> {
        let options = js_sys::JSON::parse("{}").ok()?;
        let set = |key: &str, value: &str| {
            js_sys::Reflect::set(&options, &key.into(), &value.into()).ok()
        };
        set("timeZone", zone)?;
        set("timeZoneName", "longOffset")?;
        ZoneFormat::new("en-US", &options).ok()
    }

    /// Reads the "GMT", "GMT+03:00", "GMT-09:30" or "GMT+00:19:32" at the end of a formatted date as
    /// seconds east of UTC.
    fn parse_offset(text: &str) -> Option<i32> {
        let last_word = text.rsplit(' ').next()?;
        let rest = last_word.strip_prefix("GMT")?;
        if rest.is_empty() {
            return Some(0);
        }
        let sign = match rest.as_bytes().first()? {
            b'+' => 1,
            b'-' => -1,
            _ => return None,
        };
        let mut seconds = 0;
        for (i, part) in rest.get(1..)?.split(':').enumerate() {
            let value: i32 = part.parse().ok()?;
            seconds += value * [3600, 60, 1].get(i)?;
        }
        Some(sign * seconds)
    }

    impl TimeZones for BrowserHost {
        fn offset_at(&self, zone: &str, unix_seconds: i64) -> Option<i32> {
            let offset_with =
                |f: &ZoneFormat| parse_offset(&f.format(unix_seconds as f64 * 1000.0).ok()?);
            FORMATS.with(|formats| {
                let mut formats = formats.borrow_mut();
                if let Some((_, format)) = formats.iter().find(|(name, _)| name == zone) {
                    return offset_with(format);
                }
                let format = offset_format(zone)?;
                let offset = offset_with(&format);
                if formats.len() == CACHED_ZONES {
                    formats.remove(0);
                }
                formats.push((zone.to_string(), format));
                offset
            })
        }
    }
}

#[cfg(any(feature = "seller", feature = "orders"))]
mod text {
    use orderguard_core::text::{Encoding, StreamDecoder, TextDecoders};
    use web_sys::{TextDecodeOptions, TextDecoder};

    use super::BrowserHost;

    impl TextDecoders for BrowserHost {
        fn legacy(&self, encoding: Encoding) -> Box<dyn StreamDecoder> {
            // Every name the core gives is a label the Encoding Standard defines, so this does not fail
            // in a browser that implements it; should it, the bytes are read as UTF-8 with replacements.
            Box::new(Decoder(
                TextDecoder::new_with_label(encoding.name())
                    .or_else(|_| TextDecoder::new())
                    .ok(),
            ))
        }
    }

    #[derive(Debug)]
    struct Decoder(Option<TextDecoder>);

    impl StreamDecoder for Decoder {
        fn decode(&mut self, bytes: &[u8], out: &mut String) {
            let Some(decoder) = &self.0 else { return };
            let options = TextDecodeOptions::new();
            options.set_stream(true);
            if let Ok(text) = decoder.decode_with_u8_array_and_options(bytes, &options) {
                out.push_str(&text);
            }
        }

        fn finish(&mut self, out: &mut String) {
            if let Some(text) = self.0.as_ref().and_then(|d| d.decode().ok()) {
                out.push_str(&text);
            }
        }
    }
}
