//! Why a workbook could not be read: a stable message-catalog code plus its parameters.

use std::fmt;

use crate::locale::Locale;
use crate::messages::{self, Params};

/// A workbook the reader cannot read. The text lives in `core/data/messages/xlsx.toml`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct XlsxError {
    code: &'static str,
    params: Params,
}

impl XlsxError {
    pub(crate) fn new(code: &'static str) -> Self {
        XlsxError {
            code,
            params: Params::new(),
        }
    }

    pub(crate) fn param(mut self, name: &str, value: impl ToString) -> Self {
        self.params.insert(name.to_string(), value.to_string());
        self
    }

    /// The message-catalog code, such as `xlsx_not_zip`.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The values the message interpolates (`part`, `cell`, `limit`, ...).
    pub fn params(&self) -> &Params {
        &self.params
    }

    pub fn message(&self, locale: Locale) -> String {
        messages::text(self.code, locale, &self.params)
    }

    // Constructors for the errors several modules raise.

    pub(crate) fn damaged_part(part: &str) -> Self {
        XlsxError::new("xlsx_damaged_part").param("part", part)
    }

    pub(crate) fn malformed_xml(part: &str) -> Self {
        XlsxError::new("xlsx_malformed_xml").param("part", part)
    }

    pub(crate) fn missing_part(part: &str) -> Self {
        XlsxError::new("xlsx_missing_part").param("part", part)
    }
}

impl fmt::Display for XlsxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En))
    }
}

impl std::error::Error for XlsxError {}
