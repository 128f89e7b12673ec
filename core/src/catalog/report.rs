//! The catalog report: one entry per checked listing, one per row that could not become one, and a
//! summary. Rows are accounted for exactly once, so a reader can see that nothing was dropped.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::finding::{Finding, Severity};
use crate::listing::{self, CheckOptions, Level, Listing};
use crate::messages::{self, Params};
use crate::text::{Detection, Encoding, Settled};

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CatalogReport {
    /// The format read: "ozon-xlsx", "ozon-csv", "shopify-csv", "csv" or "json".
    pub format: &'static str,
    /// The text encoding read: "utf-8", "utf-16le", "utf-16be", "windows-1251", "gbk", "gb18030" or
    /// "big5".
    pub encoding: &'static str,
    /// About the file as a whole rather than one row, such as `encoding_guessed`.
    pub notes: Vec<Finding>,
    /// Data rows in the file (header and blank lines not counted); each is in exactly one listing
    /// (`row` or `groupedRows`) or in `rowErrors`.
    pub rows: u32,
    pub listings: Vec<CheckedListing>,
    pub row_errors: Vec<RowError>,
    pub summary: Summary,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckedListing {
    /// The line the listing starts on.
    pub row: u32,
    /// Further rows folded into this listing (Shopify variants and extra images).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grouped_rows: Vec<u32>,
    pub id: Option<String>,
    pub title: Option<String>,
    pub score: u8,
    pub level: Level,
    pub findings: Vec<Finding>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RowError {
    pub row: u32,
    pub code: String,
    pub message: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub listings: usize,
    /// Mean score to one decimal; `null` without listings.
    pub mean_score: Option<f64>,
    pub by_level: ByLevel,
    /// How many listings have each finding code.
    pub by_code: BTreeMap<String, usize>,
    pub row_errors: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ByLevel {
    pub low: usize,
    pub standard: usize,
    pub high: usize,
}

/// Collects the report as rows arrive.
#[derive(Debug)]
pub struct ReportBuilder {
    check: CheckOptions,
    pub rows: u32,
    listings: Vec<CheckedListing>,
    row_errors: Vec<RowError>,
    score_sum: u64,
    by_level: ByLevel,
    by_code: BTreeMap<String, usize>,
}

impl ReportBuilder {
    pub fn new(check: CheckOptions) -> Self {
        ReportBuilder {
            check,
            rows: 0,
            listings: Vec::new(),
            row_errors: Vec::new(),
            score_sum: 0,
            by_level: ByLevel::default(),
            by_code: BTreeMap::new(),
        }
    }

    pub fn listing(&mut self, row: u32, grouped_rows: Vec<u32>, listing: Listing) {
        let report = listing::check(&listing, &self.check);
        self.score_sum += u64::from(report.score);
        match report.level {
            Level::Low => self.by_level.low += 1,
            Level::Standard => self.by_level.standard += 1,
            Level::High => self.by_level.high += 1,
        }
        // One count per listing, however many times a code fires in it.
        let mut seen: Vec<&str> = Vec::new();
        for finding in &report.findings {
            if !seen.contains(&finding.code.as_str()) {
                seen.push(&finding.code);
                *self.by_code.entry(finding.code.clone()).or_default() += 1;
            }
        }
        self.listings.push(CheckedListing {
            row,
            grouped_rows,
            id: listing.id,
            title: listing.title,
            score: report.score,
            level: report.level,
            findings: report.findings,
        });
    }

    pub fn row_error(&mut self, row: u32, code: &str, params: &[(&str, String)]) {
        let mut p = Params::new();
        p.insert("row".into(), row.to_string());
        for (name, value) in params {
            p.insert((*name).to_string(), value.clone());
        }
        self.row_errors.push(RowError {
            row,
            code: code.to_string(),
            message: messages::text(code, self.check.locale, &p),
        });
    }

    pub fn listings_so_far(&self) -> usize {
        self.listings.len()
    }

    /// The report; `detection` is how a text file's encoding was found (none for a workbook, whose XML
    /// is UTF-8).
    pub fn finish(self, format: &'static str, detection: Option<&Detection>) -> CatalogReport {
        let encoding = detection.map_or(Encoding::Utf8, |d| d.encoding);
        let notes = detection
            .filter(|d| d.settled == Settled::Guessed)
            .map(|d| {
                let draft = Finding::draft("encoding_guessed", Severity::Info, "encoding")
                    .param("encoding", d.encoding);
                let alternative = d.runner_up.map_or(String::new(), |e| e.to_string());
                draft
                    .param("alternative", alternative)
                    .render(self.check.locale)
            })
            .into_iter()
            .collect();
        let count = self.listings.len();
        let mean_score =
            (count > 0).then(|| (self.score_sum as f64 / count as f64 * 10.0).round() / 10.0);
        CatalogReport {
            format,
            encoding: encoding.name(),
            notes,
            rows: self.rows,
            summary: Summary {
                listings: count,
                mean_score,
                by_level: self.by_level,
                by_code: self.by_code,
                row_errors: self.row_errors.len(),
            },
            listings: self.listings,
            row_errors: self.row_errors,
        }
    }
}
