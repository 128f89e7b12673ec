//! The one error type for input the core cannot work with. It is data (a code, the field, parameters);
//! the binding renders it once, in the caller's locale, at the boundary.

use std::fmt;

use crate::locale::Locale;
use crate::messages::{self, Params};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    /// A message-catalog code such as `invalid_input` or `malformed_date`.
    pub code: String,
    /// The offending field, as the caller named it (`city`, `origin.timeZone`, `listing[3].price`).
    pub field: String,
    pub params: Params,
}

impl InputError {
    pub fn new(code: &str, field: &str) -> Self {
        let mut params = Params::new();
        params.insert("field".into(), field.to_string());
        InputError {
            code: code.to_string(),
            field: field.to_string(),
            params,
        }
    }

    pub fn param(mut self, name: &str, value: impl ToString) -> Self {
        self.params.insert(name.to_string(), value.to_string());
        self
    }

    pub fn message(&self, locale: Locale) -> String {
        messages::text(&self.code, locale, &self.params)
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En))
    }
}

impl std::error::Error for InputError {}
