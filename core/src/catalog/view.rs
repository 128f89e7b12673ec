//! What a report's reader asks of it: the listings that match a filter, in the order a column sorts
//! them, and the report as CSV lines, rendered slice by slice so that an export of a million listings
//! never holds all its text at once.

use super::packed::StoredListing;
use super::report::{CompactReport, StoredRowError};
use crate::listing::{level_of, Level, Rule};
use crate::locale::Locale;

/// The first line of the CSV export.
pub const CSV_HEADER: &str = "row,id,title,score,level,codes,findings";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    Row,
    Id,
    Title,
    Score,
    /// The number of findings.
    Findings,
}

impl SortKey {
    pub fn from_name(name: &str) -> Option<SortKey> {
        Some(match name {
            "row" => SortKey::Row,
            "id" => SortKey::Id,
            "title" => SortKey::Title,
            // A listing's level follows from its score.
            "score" | "level" => SortKey::Score,
            "findings" => SortKey::Findings,
            _ => return None,
        })
    }
}

/// Which listings to show, in what order.
#[derive(Clone, Debug, Default)]
pub struct Query {
    pub level: Option<Level>,
    pub rule: Option<Rule>,
    /// Matched in the title, the id and the finding codes, ignoring case.
    pub text: String,
    pub sort: SortKey,
    pub descending: bool,
}

impl CompactReport {
    /// The indices of the listings `query` selects, in its order (ties in input order).
    pub fn order(&self, query: &Query) -> Vec<u32> {
        let needle = query.text.trim().to_lowercase();
        let mut lower = String::new();
        let mut selected: Vec<u32> = self
            .listings()
            .enumerate()
            .filter(|(_, l)| query.level.is_none_or(|level| level_of(l.score) == level))
            .filter(|(_, l)| {
                query
                    .rule
                    .is_none_or(|rule| l.findings().any(|f| f.found().rule == rule))
            })
            .filter(|(_, l)| needle.is_empty() || matches_text(l, &needle, &mut lower))
            .map(|(i, _)| i as u32)
            .collect();
        if query.sort != SortKey::Row || query.descending {
            let key = |i: &u32| sort_key(self.listing(*i as usize), query.sort);
            // A stable sort: listings with the same key stay in input order either way.
            selected.sort_by(|a, b| {
                let order = key(a).cmp(&key(b));
                if query.descending {
                    order.reverse()
                } else {
                    order
                }
            });
        }
        selected
    }

    /// CSV lines for the items `start..end`: listings first, then row errors, each line ending in CRLF.
    pub fn csv_lines(&self, start: usize, end: usize, locale: Locale) -> String {
        let listings = self.listing_count();
        let mut out = String::new();
        for index in start..end.min(listings + self.row_error_count()) {
            match self.listing(index) {
                Some(listing) if index < listings => listing_line(&listing, locale, &mut out),
                _ => {
                    if let Some(error) = self.row_error(index - listings) {
                        error_line(error, locale, &mut out);
                    }
                }
            }
        }
        out
    }
}

#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Key<'a> {
    Number(usize),
    Text(&'a str),
}

fn sort_key(listing: Option<StoredListing<'_>>, sort: SortKey) -> Key<'_> {
    let Some(l) = listing else {
        return Key::Number(0);
    };
    match sort {
        SortKey::Row => Key::Number(l.row as usize),
        SortKey::Score => Key::Number(usize::from(l.score)),
        SortKey::Findings => Key::Number(l.findings().count()),
        SortKey::Id => Key::Text(l.id.unwrap_or("")),
        SortKey::Title => Key::Text(l.title.unwrap_or("")),
    }
}

fn matches_text(listing: &StoredListing<'_>, needle: &str, lower: &mut String) -> bool {
    let mut contains = |text: Option<&str>| {
        let Some(text) = text else { return false };
        lower.clear();
        lower.extend(text.chars().flat_map(char::to_lowercase));
        lower.contains(needle)
    };
    contains(listing.title)
        || contains(listing.id)
        || listing
            .findings()
            .any(|f| f.found().rule.code().contains(needle))
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Low => "low",
        Level::Standard => "standard",
        Level::High => "high",
    }
}

/// The CSV export's line of one listing, ending in CRLF.
pub fn listing_line(listing: &StoredListing<'_>, locale: Locale, out: &mut String) {
    let findings: Vec<_> = listing.findings().collect();
    let codes: Vec<&str> = findings.iter().map(|f| f.found().rule.code()).collect();
    let messages: Vec<String> = findings.iter().map(|f| f.found().message(locale)).collect();
    line(
        out,
        &[
            &listing.row.to_string(),
            listing.id.unwrap_or(""),
            listing.title.unwrap_or(""),
            &listing.score.to_string(),
            level_name(level_of(listing.score)),
            &codes.join(" "),
            &messages.join(" | "),
        ],
    );
}

/// The CSV export's line of one row error, ending in CRLF.
pub fn error_line(error: &StoredRowError, locale: Locale, out: &mut String) {
    let rendered = error.render(locale);
    line(
        out,
        &[
            &error.row.to_string(),
            "",
            "",
            "",
            "",
            error.code,
            &rendered.message,
        ],
    );
}

fn line(out: &mut String, cells: &[&str]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        csv_cell(out, cell);
    }
    out.push_str("\r\n");
}

/// A CSV cell, quoted when needed, and kept from being read as a formula by a spreadsheet.
fn csv_cell(out: &mut String, text: &str) {
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = text
        .bytes()
        .any(|b| matches!(b, b'"' | b',' | b'\n' | b'\r'));
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    if quoted {
        for (i, part) in text.split('"').enumerate() {
            if i > 0 {
                out.push_str("\"\"");
            }
            out.push_str(part);
        }
        out.push('"');
    } else {
        out.push_str(text);
    }
}
