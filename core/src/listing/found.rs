//! A finding as the rules report it: a rule, a severity, the field and the values its message quotes,
//! with no text yet. Text is rendered from the message catalog only when a finding is shown or exported,
//! so checking a catalog formats nothing.

use std::borrow::Cow;
use std::fmt;

use crate::finding::{Finding, Severity};
use crate::locale::Locale;
use crate::messages::{self, Params};

use super::category::Attribute;
use super::rule::Rule;

/// A value a message quotes.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    Count(u64),
    /// Written as Rust writes an `f64` (`2490`, `12.5`).
    Number(f64),
    Text(Cow<'a, str>),
    /// An image's size in pixels, `?` where unknown: `800×?`.
    Size(Option<u32>, Option<u32>),
}

impl fmt::Display for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let side = |f: &mut fmt::Formatter<'_>, v: Option<u32>| match v {
            Some(v) => write!(f, "{v}"),
            None => f.write_str("?"),
        };
        match self {
            Value::Count(n) => write!(f, "{n}"),
            Value::Number(n) => write!(f, "{n}"),
            Value::Text(text) => f.write_str(text),
            Value::Size(width, height) => {
                side(f, *width)?;
                f.write_str("×")?;
                side(f, *height)
            }
        }
    }
}

/// The input field a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Description,
    Category,
    Price,
    OldPrice,
    Images,
    /// One photo, by its position in `images`.
    Image(u32),
    Video,
    Shipping,
    Returns,
    Attribute(Attribute),
}

impl Field {
    /// The field as the caller names it, in camelCase.
    pub fn name(self) -> Cow<'static, str> {
        Cow::Borrowed(match self {
            Field::Title => "title",
            Field::Description => "description",
            Field::Category => "category",
            Field::Price => "price",
            Field::OldPrice => "oldPrice",
            Field::Images => "images",
            Field::Image(index) => return Cow::Owned(format!("images[{index}]")),
            Field::Video => "video",
            Field::Shipping => "shipping",
            Field::Returns => "returns",
            Field::Attribute(attribute) => attribute.field(),
        })
    }
}

/// One finding before its text: what a report stores and what a message is rendered from.
#[derive(Clone, Debug, PartialEq)]
pub struct Found<'a> {
    pub rule: Rule,
    pub severity: Severity,
    pub field: Field,
    /// (parameter name, value), at most three.
    pub params: &'a [(&'static str, Value<'a>)],
}

impl Found<'_> {
    fn params(&self) -> Params {
        let mut params = Params::new();
        for (name, value) in self.params {
            params.insert((*name).to_string(), value.to_string());
        }
        params
    }

    /// The message alone, in `locale`.
    pub fn message(&self, locale: Locale) -> String {
        messages::text(self.rule.code(), locale, &self.params())
    }

    /// The finding with its message and hint in `locale`.
    pub fn render(&self, locale: Locale) -> Finding {
        let params = self.params();
        let code = self.rule.code();
        Finding {
            code: code.to_string(),
            severity: self.severity,
            field: self.field.name().into_owned(),
            message: messages::text(code, locale, &params),
            hint: messages::hint(code, locale, &params),
            params,
        }
    }
}

/// Where the rules put their findings: rendered for one listing, stored compactly for a catalog.
pub trait FindingSink {
    fn add(&mut self, found: &Found<'_>);
}

/// Renders each finding as it comes, in one locale, kept apart by severity so that `into_findings`
/// gives them in report order (errors, warnings, notes; each in the order found) without a sort.
pub struct Rendered {
    pub locale: Locale,
    by_severity: [Vec<Finding>; 3],
}

impl Rendered {
    pub fn new(locale: Locale) -> Self {
        Rendered {
            locale,
            by_severity: Default::default(),
        }
    }

    pub fn into_findings(self) -> Vec<Finding> {
        let [info, warning, error] = self.by_severity;
        [error, warning, info].concat()
    }
}

impl FindingSink for Rendered {
    fn add(&mut self, found: &Found<'_>) {
        let slot = match found.severity {
            Severity::Info => 0,
            Severity::Warning => 1,
            Severity::Error => 2,
        };
        self.by_severity[slot].push(found.render(self.locale));
    }
}
