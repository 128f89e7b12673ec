//! Results as JSON text, for the browser to parse in one call: a serde `Serializer` that writes only
//! what results hold (structs, maps and sequences of strings, integers, booleans, options and unit
//! variants). In the checkout package it stands in for serde_json's writer, whose generic formatter
//! and I/O plumbing cost more than this. Results that hold a float (the seller's) get it in Rust's
//! shortest form, which `JSON.parse` reads as serde_json's.

use std::fmt::{self, Display, Write as _};

use serde::ser::{self, Serialize};

/// The JSON text of `value`. Results are plain data: writing them cannot fail.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    let mut json = Json(String::with_capacity(256));
    let _ = value.serialize(&mut json);
    json.0
}

pub struct Json(String);

/// Never made by the writer itself; serde's `Error::custom` (a type's own `Serialize` failing) is the
/// only way to one.
#[derive(Debug)]
pub struct Unwritable;

impl Display for Unwritable {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value JSON cannot hold")
    }
}

impl std::error::Error for Unwritable {}

impl ser::Error for Unwritable {
    fn custom<T: Display>(_: T) -> Self {
        Unwritable
    }
}

type Done = Result<(), Unwritable>;

impl Json {
    fn string(&mut self, text: &str) {
        self.0.push('"');
        for c in text.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                '\r' => self.0.push_str("\\r"),
                '\t' => self.0.push_str("\\t"),
                c if u32::from(c) < 0x20 => {
                    let _ = write!(self.0, "\\u{:04x}", u32::from(c));
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
    }

    fn number(&mut self, n: impl Display) -> Done {
        let _ = write!(self.0, "{n}");
        Ok(())
    }

    fn open(&mut self, bracket: char) -> Result<Compound<'_>, Unwritable> {
        self.0.push(bracket);
        Ok(Compound {
            json: self,
            first: true,
        })
    }
}

/// An object or array being written: commas go between its members.
pub struct Compound<'a> {
    json: &'a mut Json,
    first: bool,
}

impl Compound<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.json.0.push(',');
        }
        self.first = false;
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.comma();
        value.serialize(&mut *self.json)
    }

    fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Done {
        self.comma();
        self.json.string(name);
        self.json.0.push(':');
        value.serialize(&mut *self.json)
    }

    fn close(self, bracket: char) -> Done {
        self.json.0.push(bracket);
        Ok(())
    }
}

impl<'a> ser::Serializer for &'a mut Json {
    type Ok = ();
    type Error = Unwritable;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Done {
        self.0.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Done {
        self.number(v)
    }
    fn serialize_i16(self, v: i16) -> Done {
        self.number(v)
    }
    fn serialize_i32(self, v: i32) -> Done {
        self.number(v)
    }
    fn serialize_i64(self, v: i64) -> Done {
        self.number(v)
    }
    fn serialize_u8(self, v: u8) -> Done {
        self.number(v)
    }
    fn serialize_u16(self, v: u16) -> Done {
        self.number(v)
    }
    fn serialize_u32(self, v: u32) -> Done {
        self.number(v)
    }
    fn serialize_u64(self, v: u64) -> Done {
        self.number(v)
    }
    fn serialize_f32(self, v: f32) -> Done {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Done {
        // As serde_json: a number JSON has no word for is null.
        match v.is_finite() {
            true => self.number(v),
            false => self.serialize_unit(),
        }
    }
    fn serialize_char(self, v: char) -> Done {
        let mut buffer = [0; 4];
        self.string(v.encode_utf8(&mut buffer));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Done {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Done {
        let mut array = self.open('[')?;
        for byte in v {
            array.element(byte)?;
        }
        array.close(']')
    }
    fn serialize_none(self) -> Done {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Done {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Done {
        self.0.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Done {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Done {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Done {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Done {
        let mut object = self.open('{')?;
        object.field(variant, value)?;
        object.close('}')
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Unwritable> {
        self.open('[')
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, Unwritable> {
        self.open('[')
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Unwritable> {
        self.open('[')
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Unwritable> {
        // {"variant":[...]}: the array is closed by `end`.
        self.0.push('{');
        self.string(variant);
        self.0.push(':');
        self.open('[')
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Unwritable> {
        self.open('{')
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Unwritable> {
        self.open('{')
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Unwritable> {
        self.0.push('{');
        self.string(variant);
        self.0.push(':');
        self.open('{')
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Unwritable;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.element(value)
    }
    fn end(self) -> Done {
        self.close(']')
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Unwritable;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.element(value)
    }
    fn end(self) -> Done {
        self.close(']')
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Unwritable;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.element(value)
    }
    fn end(self) -> Done {
        self.close(']')
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Unwritable;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.element(value)
    }
    fn end(self) -> Done {
        self.json.0.push_str("]}");
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Unwritable;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Done {
        // Results key their maps by strings, which write themselves quoted.
        self.element(key)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.json.0.push(':');
        value.serialize(&mut *self.json)
    }
    fn end(self) -> Done {
        self.close('}')
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Unwritable;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Done {
        self.field(name, value)
    }
    fn end(self) -> Done {
        self.close('}')
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Unwritable;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Done {
        self.field(name, value)
    }
    fn end(self) -> Done {
        self.json.0.push_str("}}");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Sample {
        text: String,
        count: u32,
        offset: i64,
        flag: bool,
        missing: Option<u8>,
        kind: Kind,
        list: Vec<&'static str>,
        params: BTreeMap<String, String>,
        ratio: f64,
    }

    #[derive(serde::Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        PickupPoint,
    }

    #[test]
    fn it_writes_what_serde_json_writes() {
        let sample = Sample {
            text: "«Кв. 12» \"a\\b\"\n\t\u{1}中".into(),
            count: 4_000_000_000,
            offset: -12,
            flag: true,
            missing: None,
            kind: Kind::PickupPoint,
            list: vec!["a", ""],
            params: [("from".to_string(), "2026-12-31".to_string())].into(),
            ratio: 0.1,
        };
        assert_eq!(to_json(&sample), serde_json::to_string(&sample).unwrap());
        assert_eq!(to_json(&f64::NAN), "null");
    }
}
