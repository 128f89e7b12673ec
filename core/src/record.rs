//! The one way the checkout's data files are read: a `Record` walks a file's compiled `Data` tree. A
//! malformed file is a bug the data tests catch (each file is loaded by one), so the accessors panic
//! with the file's name rather than return errors, and a key no reader knows is refused.

use crate::data::Data;
use crate::date::{Date, DayRange};

/// One object or value in a data file, with the file's name for messages.
#[derive(Clone, Copy)]
pub(crate) struct Record {
    pub value: Data,
    pub file: &'static str,
}

impl Record {
    pub fn new(value: Data, file: &'static str) -> Self {
        Record { value, file }
    }

    /// The member `key`; `null` when absent.
    pub fn get(self, key: &str) -> Record {
        Record {
            value: self.value.get(key).unwrap_or(Data::NULL),
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

    pub fn str(self) -> &'static str {
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
    pub fn items(self) -> impl Iterator<Item = Record> {
        if !self.value.is_null() && !self.value.is_list() {
            self.bad("an array");
        }
        let file = self.file;
        self.value.items().map(move |value| Record { value, file })
    }

    /// A whole number of days (or months) the type of a count holds.
    pub fn count(self) -> u32 {
        u32::try_from(self.int()).unwrap_or_else(|_| self.bad("a day count"))
    }

    pub fn date(self) -> Date {
        Date::parse(self.str()).unwrap_or_else(|| self.bad("a date YYYY-MM-DD"))
    }

    pub fn dates(self) -> Vec<Date> {
        self.items().map(Record::date).collect()
    }

    pub fn day_range(self) -> DayRange {
        let range = self.keys(&["min", "max"]);
        DayRange {
            min: range.get("min").count(),
            max: range.get("max").count(),
        }
    }
}
