//! The one error type for input the core cannot work with. It is data (a code, the field, parameters);
//! the binding renders it once, in the caller's locale, at the boundary.

use std::fmt;

use crate::locale::Locale;
use crate::messages::{self, Params};

/// The longest parameter value an error message quotes, in characters.
const MAX_PARAM_CHARS: usize = 200;

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

    /// Adds a value the message quotes. A value is usually the caller's own input, which may be
    /// megabytes long: past `MAX_PARAM_CHARS` it is cut, with an ellipsis, so the message stays readable.
    pub fn param(mut self, name: &str, value: impl ToString) -> Self {
        let mut value = value.to_string();
        if let Some((cut, _)) = value.char_indices().nth(MAX_PARAM_CHARS) {
            value.truncate(cut);
            value.push('…');
        }
        self.params.insert(name.to_string(), value);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_value_is_quoted_cut_short() {
        let zone = "Ю".repeat(1_000_000);
        let e = InputError::new("invalid_input", "origin.timeZone").param("detail", &zone);
        let quoted = &e.params["detail"];
        assert_eq!(quoted.chars().count(), MAX_PARAM_CHARS + 1);
        assert!(quoted.ends_with('…'));
        assert!(e.message(Locale::En).len() < 1000);
        let short = InputError::new("invalid_input", "city").param("detail", "expected a string");
        assert_eq!(short.params["detail"], "expected a string");
    }
}
