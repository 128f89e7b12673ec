//! Access to the data files under `core/data/`. `build.rs` turns each into Rust statics (a [`Data`]
//! tree, read through [`static_data!`]) or, for the seller tools' typed records, into JSON read with serde
//! ([`embedded_data!`], [`parse`]).

use serde::de::DeserializeOwned;

/// The JSON text of `core/data/<path>.toml` (or `.json`), embedded in the binary.
#[allow(unused_macros)]
macro_rules! embedded_data {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $path, ".json"))
    };
}

/// `core/data/<path>.toml` (or `.json`) as a [`Data`] view of its compiled bytes: nothing is parsed.
#[allow(unused_macros)]
macro_rules! static_data {
    ($path:literal) => {
        $crate::data::Data::root(include_bytes!(concat!(
            env!("OUT_DIR"),
            "/data/",
            $path,
            ".bin"
        )))
    };
}

/// Parses an embedded data file. The files are part of the build and each has a test that loads it,
/// so a malformed file is a bug caught by `cargo test`, never a state a user can reach.
#[allow(dead_code)]
pub(crate) fn parse<T: DeserializeOwned>(name: &str, json: &'static str) -> T {
    match serde_json::from_str(json) {
        Ok(value) => value,
        Err(e) => panic!("core/data/{name} does not match its schema: {e}"),
    }
}

/// A value of a data file, read in place from the compact binary form `build.rs` writes (see
/// `write_binary` there): JSON's shapes, whole numbers only, objects sorted by key. Reading walks the
/// bytes; a malformed encoding (which the build never writes) reads as null or empty, never a panic.
#[cfg(any(feature = "address", feature = "returns"))]
#[derive(Clone, Copy, Debug)]
pub struct Data {
    /// The value's bytes, from its tag to its end.
    bytes: &'static [u8],
}

#[cfg(any(feature = "address", feature = "returns"))]
mod data_view {
    use super::Data;

    const NULL: u8 = 0;
    const TRUE: u8 = 2;
    const FALSE: u8 = 1;
    const INT: u8 = 3;
    const STR: u8 = 4;
    const LIST: u8 = 5;
    const MAP: u8 = 6;

    /// A LEB128 number at the start of `bytes`, and the bytes after it.
    fn varint(bytes: &[u8]) -> Option<(u64, &[u8])> {
        let mut n = 0u64;
        for (i, &byte) in bytes.iter().enumerate().take(10) {
            n |= u64::from(byte & 0x7F) << (7 * i);
            if byte & 0x80 == 0 {
                return Some((n, bytes.get(i + 1..)?));
            }
        }
        None
    }

    /// A length-prefixed string at the start of `bytes`, and the bytes after it.
    fn text(bytes: &'static [u8]) -> Option<(&'static str, &'static [u8])> {
        let (len, rest) = varint(bytes)?;
        let len = usize::try_from(len).ok()?;
        let text = std::str::from_utf8(rest.get(..len)?).ok()?;
        Some((text, rest.get(len..)?))
    }

    impl Data {
        pub const NULL: Data = Data { bytes: &[NULL] };

        pub fn root(bytes: &'static [u8]) -> Data {
            Data { bytes }
        }

        fn tag(self) -> u8 {
            self.bytes.first().copied().unwrap_or(NULL)
        }

        /// The value starting at `bytes` and the bytes after it.
        fn split(bytes: &'static [u8]) -> Option<(Data, &'static [u8])> {
            let (&tag, after) = bytes.split_first()?;
            let rest = match tag {
                NULL | FALSE | TRUE => after,
                INT => varint(after)?.1,
                STR => text(after)?.1,
                LIST | MAP => {
                    let (_, after) = varint(after)?;
                    let (body, after) = varint(after)?;
                    after.get(usize::try_from(body).ok()?..)?
                }
                _ => return None,
            };
            let len = bytes.len() - rest.len();
            Some((
                Data {
                    bytes: bytes.get(..len)?,
                },
                rest,
            ))
        }

        /// A list's or an object's member count and body.
        fn body(self, tag: u8) -> (usize, &'static [u8]) {
            let read = || {
                let (&found, after) = self.bytes.split_first()?;
                if found != tag {
                    return None;
                }
                let (count, after) = varint(after)?;
                let (_, body) = varint(after)?;
                Some((usize::try_from(count).ok()?, body))
            };
            read().unwrap_or((0, &[]))
        }

        /// The items of a list; none for any other value.
        pub fn items(self) -> impl Iterator<Item = Data> {
            let (count, mut rest) = self.body(LIST);
            (0..count).map_while(move |_| {
                let (item, after) = Data::split(rest)?;
                rest = after;
                Some(item)
            })
        }

        /// The members of an object, sorted by key; none for any other value.
        pub fn members(self) -> impl Iterator<Item = (&'static str, Data)> {
            let (count, mut rest) = self.body(MAP);
            (0..count).map_while(move |_| {
                let (key, after) = text(rest)?;
                let (value, after) = Data::split(after)?;
                rest = after;
                Some((key, value))
            })
        }

        /// The member `key` of an object. Keys are compared as bytes, in their sorted order, so a
        /// look-up neither validates nor reads past the place the key would be.
        pub fn get(self, key: &str) -> Option<Data> {
            let (count, mut rest) = self.body(MAP);
            for _ in 0..count {
                let (len, after) = varint(rest)?;
                let len = usize::try_from(len).ok()?;
                let name = after.get(..len)?;
                let (value, after) = Data::split(after.get(len..)?)?;
                match name.cmp(key.as_bytes()) {
                    std::cmp::Ordering::Less => rest = after,
                    std::cmp::Ordering::Equal => return Some(value),
                    std::cmp::Ordering::Greater => return None,
                }
            }
            None
        }

        pub fn as_str(self) -> Option<&'static str> {
            match self.tag() {
                STR => text(self.bytes.get(1..)?).map(|(t, _)| t),
                _ => None,
            }
        }

        pub fn as_i64(self) -> Option<i64> {
            match self.tag() {
                INT => {
                    let (n, _) = varint(self.bytes.get(1..)?)?;
                    Some((n >> 1) as i64 ^ -((n & 1) as i64))
                }
                _ => None,
            }
        }

        pub fn as_bool(self) -> Option<bool> {
            match self.tag() {
                TRUE => Some(true),
                FALSE => Some(false),
                _ => None,
            }
        }

        pub fn is_null(self) -> bool {
            self.tag() == NULL
        }

        pub fn is_list(self) -> bool {
            self.tag() == LIST
        }
    }
}

/// Refuses a key its reader does not read, as `deny_unknown_fields` does for the typed records: a fact
/// written in a data file is either used or a failed load (every file is loaded by a test), never
/// silently ignored.
#[cfg(any(feature = "address", feature = "returns"))]
pub(crate) fn refuse_unknown_keys(value: Data, file: &str, known: &[&str]) {
    if let Some((unknown, _)) = value.members().find(|(k, _)| !known.contains(k)) {
        panic!("core/data/{file}: `{unknown}` is not a key its reader knows");
    }
}

#[cfg(all(test, any(feature = "address", feature = "returns")))]
mod tests {
    use super::Data;

    #[test]
    #[should_panic(expected = "`holidays` is not a key its reader knows")]
    fn a_key_no_reader_knows_is_refused() {
        super::refuse_unknown_keys(static_data!("calendars/ru"), "calendars/ru", &["country"]);
    }

    #[test]
    fn the_compiled_form_reads_as_the_toml_says() {
        let ru = static_data!("calendars/ru");
        let known = [
            "country",
            "holidays",
            "not_moved",
            "pending",
            "pickup_closed",
            "weekend_holidays_move",
            "year",
        ];
        super::refuse_unknown_keys(ru, "calendars/ru", &known);
        assert_eq!(ru.get("country").and_then(Data::as_str), Some("RU"));
        assert!(ru.get("no_such_key").is_none());
        let years: Vec<i64> = ru
            .get("year")
            .into_iter()
            .flat_map(Data::items)
            .filter_map(|y| y.get("year").and_then(Data::as_i64))
            .collect();
        assert_eq!(years, [2025, 2026, 2027]);
        let first = ru.get("year").and_then(|y| y.items().next()).unwrap();
        assert_eq!(first.get("verified").and_then(Data::as_bool), Some(true));
        assert!(first.get("days_off").is_some_and(Data::is_list));
    }

    #[test]
    fn integers_read_back_with_their_sign_and_bad_bytes_read_as_nothing() {
        // Zigzag: 3 is -2, 4054 is 2027.
        assert_eq!(Data::root(&[3, 3]).as_i64(), Some(-2));
        assert_eq!(Data::root(&[3, 0xD6, 0x1F]).as_i64(), Some(2027));
        // A list that claims more than its bytes hold, a string cut short, an unknown tag.
        assert_eq!(Data::root(&[5, 9, 1, 3]).items().count(), 0);
        assert_eq!(Data::root(&[4, 5, b'a']).as_str(), None);
        assert!(Data::root(&[99]).get("x").is_none());
        assert!(Data::root(&[]).is_null());
    }
}
