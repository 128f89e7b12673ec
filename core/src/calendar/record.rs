//! Reads the calendar and delivery data files (JSON made from TOML by the build script) by walking one
//! `serde_json::Value` instead of deriving a deserializer per record type: every derived deserializer
//! is code the checkout package ships, and these files are read once. A malformed file is a bug the
//! data tests catch, so the accessors panic with the file's name rather than return errors.

use serde_json::Value;

use crate::date::{Date, DayRange};

/// One object or value in a data file, with the file's name for messages.
#[derive(Clone, Copy)]
pub(crate) struct Record<'a> {
    pub value: &'a Value,
    pub file: &'static str,
}

impl<'a> Record<'a> {
    pub fn parse(file: &'static str, json: &'static str) -> Value {
        crate::data::parse(file, json)
    }

    pub fn new(value: &'a Value, file: &'static str) -> Self {
        Record { value, file }
    }

    /// The member `key`; `null` when absent.
    pub fn get(self, key: &str) -> Record<'a> {
        Record {
            value: self.value.get(key).unwrap_or(&Value::Null),
            file: self.file,
        }
    }

    /// This record, after refusing any key not in `known`.
    pub fn keys(self, known: &[&str]) -> Self {
        crate::data::refuse_unknown_keys(self.value, self.file, known);
        self
    }

    pub fn is_present(self) -> bool {
        !self.value.is_null()
    }

    fn bad(self, what: &str) -> ! {
        panic!("core/data/{}: expected {what}", self.file)
    }

    pub fn str(self) -> &'a str {
        self.value.as_str().unwrap_or_else(|| self.bad("a string"))
    }

    pub fn int(self) -> i64 {
        self.value
            .as_i64()
            .unwrap_or_else(|| self.bad("an integer"))
    }

    pub fn bool(self) -> bool {
        self.value
            .as_bool()
            .unwrap_or_else(|| self.bad("true or false"))
    }

    /// The elements of an array; none for an absent member.
    pub fn items(self) -> impl Iterator<Item = Record<'a>> {
        let items: &'a [Value] = match self.value {
            Value::Null => &[],
            Value::Array(items) => items,
            _ => self.bad("an array"),
        };
        let file = self.file;
        items.iter().map(move |value| Record { value, file })
    }

    pub fn date(self) -> Date {
        Date::parse(self.str()).unwrap_or_else(|| self.bad("a date YYYY-MM-DD"))
    }

    pub fn dates(self) -> Vec<Date> {
        self.items().map(Record::date).collect()
    }

    pub fn day_range(self) -> DayRange {
        let number = |r: Record| u32::try_from(r.int()).unwrap_or_else(|_| r.bad("a day count"));
        let range = self.keys(&["min", "max"]);
        DayRange {
            min: number(range.get("min")),
            max: number(range.get("max")),
        }
    }

    /// "MM-DD" as (month, day).
    pub fn month_day(self) -> (u8, u8) {
        let text = self.str();
        let parsed = text
            .split_once('-')
            .and_then(|(m, d)| Some((m.parse().ok()?, d.parse().ok()?)));
        parsed.unwrap_or_else(|| self.bad("a month-day MM-DD"))
    }
}
