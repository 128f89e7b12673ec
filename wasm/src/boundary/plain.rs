//! The checkout's reader. `JSON.parse(JSON.stringify(value))`, both run by the browser, turns an
//! argument into plain data: getters run (a throwing one is caught here), cycles are refused, proxies and
//! class instances become plain objects, and nothing the wasm reads can throw. Each input type then reads
//! only the fields it names ([`Read`]), carrying the path for the error, so an argument nested 10,000
//! levels deep costs nothing. Written by hand rather than with serde: serde's visitors, a
//! path-tracking wrapper and its error texts (which format floats) were a quarter of the checkout module.
//! Results are written as JSON text that the browser parses.

use std::fmt;

use js_sys::{Array, JsString, Reflect};
use orderguard_core::date::Date;
use orderguard_core::Locale;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::{invalid, omitted};

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` on a JS string, without copying the text into wasm and back.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn parse(text: &JsString) -> Result<JsValue, JsValue>;
}

/// An input type read from a plain JS value.
pub trait Read: Sized {
    fn read(value: Value) -> Result<Self, Bad>;
}

/// Where a value sits in the argument, rendered only for an error: `origin.handlingDays.min`.
#[derive(Clone, Copy)]
enum Path<'p> {
    /// The whole argument, named as the export's documentation names it.
    Root(&'p str),
    Member(&'p Path<'p>, &'p str),
    Index(&'p Path<'p>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match *self {
            Path::Root(argument) => f.write_str(argument),
            Path::Member(Path::Root(_), name) => f.write_str(name),
            Path::Member(parent, name) => write!(f, "{parent}.{name}"),
            Path::Index(Path::Root(_), i) => write!(f, "[{i}]"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// A bad field: where it is and what was expected there.
pub struct Bad {
    field: String,
    detail: String,
}

/// One value of the argument with its place.
pub struct Value<'p> {
    js: JsValue,
    path: Path<'p>,
}

/// A value known to be an object.
pub struct Object<'p> {
    js: JsValue,
    path: Path<'p>,
}

impl<'p> Value<'p> {
    /// The error for this field.
    pub fn bad(&self, detail: impl Into<String>) -> Bad {
        Bad {
            field: self.path.to_string(),
            detail: detail.into(),
        }
    }

    /// The error for a value that is not `what`: "missing" when there is none.
    fn expected(&self, what: &str) -> Bad {
        match (omitted(&self.js), self.path) {
            (true, Path::Root(_)) => self.bad("missing argument"),
            (true, _) => self.bad("missing field"),
            (false, _) => self.bad(format!("expected {what}")),
        }
    }

    pub fn is_number(&self) -> bool {
        self.js.as_f64().is_some()
    }

    /// A non-null object that is not an array.
    pub fn is_object(&self) -> bool {
        self.js.is_object() && !Array::is_array(&self.js)
    }

    /// The value, or `None` for `null` and a missing field: both mean "not given".
    pub fn given(self) -> Option<Value<'p>> {
        (!omitted(&self.js)).then_some(self)
    }

    /// A present value, or the error naming the field as missing.
    pub fn required(self) -> Result<Value<'p>, Bad> {
        match omitted(&self.js) {
            true => Err(self.expected("a value")),
            false => Ok(self),
        }
    }

    pub fn read<T: Read>(self) -> Result<T, Bad> {
        T::read(self)
    }

    /// `read` for an optional field.
    pub fn read_given<T: Read>(self) -> Result<Option<T>, Bad> {
        self.given().map(T::read).transpose()
    }

    /// `read` for a field whose absence means its default.
    pub fn read_or_default<T: Read + Default>(self) -> Result<T, Bad> {
        Ok(self.read_given()?.unwrap_or_default())
    }

    pub fn object(self) -> Result<Object<'p>, Bad> {
        if !self.is_object() {
            return Err(self.expected("an object"));
        }
        Ok(Object {
            js: self.js,
            path: self.path,
        })
    }

    pub fn string(&self) -> Result<String, Bad> {
        self.js.as_string().ok_or_else(|| self.expected("a string"))
    }

    pub fn boolean(&self) -> Result<bool, Bad> {
        self.js
            .as_bool()
            .ok_or_else(|| self.expected("true or false"))
    }

    /// A whole number within `T`'s range (JSON numbers are doubles: 3.0 is 3, 3.5 is refused).
    pub fn integer<T: TryFrom<i64>>(&self) -> Result<T, Bad> {
        let number = self
            .js
            .as_f64()
            .ok_or_else(|| self.expected("a whole number"))?;
        if number.fract() != 0.0 || number.abs() >= 2f64.powi(53) {
            return Err(self.bad("expected a whole number"));
        }
        T::try_from(number as i64).map_err(|_| self.bad("number out of range"))
    }

    /// One of a fixed set of strings, each standing for a value.
    pub fn choice<T: Copy>(&self, choices: &[(&str, T)]) -> Result<T, Bad> {
        let text = self.js.as_string();
        let found = choices
            .iter()
            .find(|(name, _)| Some(*name) == text.as_deref());
        found.map(|&(_, value)| value).ok_or_else(|| {
            // Joined by hand, as everywhere in the checkout package: no generic `join`.
            let mut names = String::from("one of ");
            for (i, (name, _)) in choices.iter().enumerate() {
                if i > 0 {
                    names.push_str(", ");
                }
                names.push_str(name);
            }
            self.expected(&names)
        })
    }

    /// Each element of an array, read by `T`.
    pub fn list<T: Read>(&self) -> Result<Vec<T>, Bad> {
        if !Array::is_array(&self.js) {
            return Err(self.expected("an array"));
        }
        let array = Array::from(&self.js);
        (0..array.length())
            .map(|i| {
                T::read(Value {
                    js: array.get(i),
                    path: Path::Index(&self.path, i as usize),
                })
            })
            .collect()
    }
}

impl Object<'_> {
    /// A member, `undefined` when it is not there.
    pub fn field<'a>(&'a self, name: &'a str) -> Value<'a> {
        // The object is a plain copy (see `plain`): reading it runs no getter and cannot throw.
        let js = Reflect::get(&self.js, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
        Value {
            js,
            path: Path::Member(&self.path, name),
        }
    }
}

impl Read for String {
    fn read(value: Value) -> Result<String, Bad> {
        value.string()
    }
}

impl Read for u32 {
    fn read(value: Value) -> Result<u32, Bad> {
        value.integer()
    }
}

impl Read for i32 {
    fn read(value: Value) -> Result<i32, Bad> {
        value.integer()
    }
}

impl<T: Read> Read for Vec<T> {
    fn read(value: Value) -> Result<Vec<T>, Bad> {
        value.list()
    }
}

impl Read for Date {
    fn read(value: Value) -> Result<Date, Bad> {
        let text = value.string()?;
        Date::parse(&text)
            .ok_or_else(|| value.bad(format!("\"{text}\" is not a date of the form YYYY-MM-DD")))
    }
}

impl Read for Locale {
    fn read(value: Value) -> Result<Locale, Bad> {
        Ok(Locale::from_tag(&value.string()?))
    }
}

/// A plain copy of an argument (see the module comment), or `None` for what JSON cannot represent.
fn plain(value: &JsValue) -> Option<JsValue> {
    let text = js_sys::JSON::stringify(value).ok()?;
    if text.is_undefined() {
        return None;
    }
    parse(&text).ok()
}

/// Reads argument `argument` as `T`; a bad value throws an error naming its field.
pub fn input<T: Read>(value: JsValue, argument: &str, locale: Locale) -> Result<T, JsValue> {
    let not_json = || invalid(argument, "expected a value that JSON can represent", locale);
    let js = plain(&value).ok_or_else(not_json)?;
    T::read(Value {
        js,
        path: Path::Root(argument),
    })
    .map_err(|bad| invalid(&bad.field, &bad.detail, locale))
}

/// Reads an optional options argument; `undefined` and `null` mean the defaults.
pub fn options<T: Read + Default>(value: JsValue) -> Result<T, JsValue> {
    if omitted(&value) {
        return Ok(T::default());
    }
    input(value, "options", Locale::En)
}

/// The `locale` member of an argument, if it has a readable one: lets even a malformed request be
/// reported in the buyer's language.
pub fn locale_of(value: &JsValue) -> Locale {
    let locale = Reflect::get(value, &JsValue::from_str("locale")).ok();
    locale
        .and_then(|l| l.as_string())
        .map_or(Locale::En, |tag| Locale::from_tag(&tag))
}

/// Writes a result as a plain object: its JSON text, parsed by the browser. One crossing for the whole
/// result, rather than one per field and value, and smaller than a writer building JS objects field by
/// field. The results hold no floats, so no float formatting ships; the text is written by
/// `boundary::write`, leaner than serde_json's writer.
pub fn output<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&super::write::to_json(value))
}
