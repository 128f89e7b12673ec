//! The one finding type every check reports: a stable code, how serious it is, the field it concerns,
//! and text rendered from the message catalog.

use serde::Serialize;

use crate::locale::Locale;
use crate::messages::{self, Params};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// Stable snake_case identifier; never changes meaning.
    pub code: String,
    pub severity: Severity,
    /// The input field the finding is about, in the caller's (camelCase) naming.
    pub field: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The values interpolated into the message, for a UI that renders its own text.
    #[serde(skip_serializing_if = "Params::is_empty")]
    pub params: Params,
}

impl Finding {
    /// Starts a finding; add parameters, then render it in a locale.
    pub fn draft(code: &str, severity: Severity, field: &str) -> Draft {
        Draft {
            code: code.to_string(),
            severity,
            field: field.to_string(),
            params: Params::new(),
        }
    }
}

/// A finding before its text is rendered.
#[derive(Clone, Debug)]
pub struct Draft {
    code: String,
    severity: Severity,
    field: String,
    params: Params,
}

impl Draft {
    pub fn param(mut self, name: &str, value: impl ToString) -> Self {
        self.params.insert(name.to_string(), value.to_string());
        self
    }

    /// Renders the text of message `key` rather than the code's own (one code, several wordings).
    pub fn render_as(self, key: &str, locale: Locale) -> Finding {
        Finding {
            message: messages::text(key, locale, &self.params),
            hint: messages::hint(key, locale, &self.params),
            code: self.code,
            severity: self.severity,
            field: self.field,
            params: self.params,
        }
    }

    pub fn render(self, locale: Locale) -> Finding {
        Finding {
            message: messages::text(&self.code, locale, &self.params),
            hint: messages::hint(&self.code, locale, &self.params),
            code: self.code,
            severity: self.severity,
            field: self.field,
            params: self.params,
        }
    }
}
