//! The whole-catalog check: a catalog export (Ozon, Shopify, any CSV with a header row, JSON) in any of
//! the encodings sellers' tools save, read as a stream, every listing checked, every row accounted for.
//!
//! `check_catalog` reads a whole file; `CatalogChecker` takes it in chunks of any size and gives the same
//! report, holding only the current chunk, one row and the report.

mod columns;
mod csv;
mod json;
mod number;
mod report;
mod rows;
mod workbook;
pub mod xlsx;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::InputError;
use crate::listing::{CheckOptions, Listing};
use crate::locale::Locale;
use crate::text::{self, Detection, Settled, StreamDecoder, TextDecoders};

pub use crate::text::Encoding;
pub use report::{ByLevel, CatalogReport, CheckedListing, RowError, Summary};

use csv::{CsvReader, Record, RecordProblem, MAX_RECORD_BYTES};
use json::{Element, JsonSplitter};
use report::ReportBuilder;
use rows::TableRows;

/// Bytes looked at before deciding the encoding and the format.
const SNIFF_BYTES: usize = 64 * 1024;
/// The most bytes decoded and parsed in one step.
const READ_SLICE_BYTES: usize = 256 * 1024;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    #[default]
    Auto,
    OzonXlsx,
    OzonCsv,
    ShopifyCsv,
    Csv,
    Json,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::OzonXlsx => "ozon-xlsx",
            Format::OzonCsv => "ozon-csv",
            Format::ShopifyCsv => "shopify-csv",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CatalogOptions {
    pub format: Format,
    /// "auto" (the default) or an encoding's name or label: "utf-8", "utf-16le", "utf-16be",
    /// "windows-1251", "gbk", "gb18030", "big5" (and labels such as "cp1251", "cp936", "cp950").
    pub encoding: Option<String>,
    /// Listing field -> header text, replacing the built-in column names for that field.
    pub mapping: BTreeMap<String, String>,
    pub locale: Locale,
    pub profile: Option<String>,
    pub disabled_rules: Vec<String>,
}

/// Checks a whole catalog file; `host` decodes the legacy code pages.
pub fn check_catalog(
    data: &[u8],
    options: &CatalogOptions,
    host: &'static dyn TextDecoders,
) -> Result<CatalogReport, InputError> {
    let mut checker = CatalogChecker::new(options, host)?;
    checker.push(data)?;
    checker.finish()
}

#[derive(Debug)]
enum Body {
    Table {
        reader: CsvReader,
        rows: Box<TableRows>,
    },
    Json {
        splitter: JsonSplitter,
        first: bool,
    },
}

#[derive(Debug)]
enum Stage {
    /// Collecting the first bytes.
    Sniffing(Vec<u8>),
    Reading {
        decoder: Box<dyn StreamDecoder>,
        body: Body,
    },
    /// An XLSX workbook: a ZIP archive is read from its end, so the bytes are kept until `finish`.
    Workbook(Vec<u8>),
    /// A failed check keeps its error; later calls return it again.
    Failed(InputError),
}

/// A catalog check fed in chunks.
#[derive(Debug)]
pub struct CatalogChecker {
    format: Format,
    /// The encoding the caller chose, if any.
    encoding: Option<Encoding>,
    detection: Detection,
    host: &'static dyn TextDecoders,
    mapping: BTreeMap<String, String>,
    stage: Stage,
    report: Option<ReportBuilder>,
    bytes: u64,
    text: String,
    records: Vec<Record>,
    elements: Vec<Element>,
}

impl CatalogChecker {
    pub fn new(
        options: &CatalogOptions,
        host: &'static dyn TextDecoders,
    ) -> Result<Self, InputError> {
        let encoding = match options.encoding.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(name) if name.eq_ignore_ascii_case("auto") => None,
            Some(name) => Some(Encoding::from_label(name).ok_or_else(|| {
                let known: Vec<&str> = Encoding::ALL.iter().map(|e| e.name()).collect();
                InputError::new("unknown_encoding", "options.encoding")
                    .param("encoding", name)
                    .param("known", known.join(", "))
            })?),
        };
        Ok(CatalogChecker {
            format: options.format,
            encoding,
            detection: text::detect(b"", true),
            host,
            mapping: options.mapping.clone(),
            stage: Stage::Sniffing(Vec::new()),
            report: Some(ReportBuilder::new(CheckOptions {
                locale: options.locale,
                profile: options.profile.clone(),
                disabled_rules: options.disabled_rules.clone(),
            })),
            bytes: 0,
            text: String::new(),
            records: Vec::new(),
            elements: Vec::new(),
        })
    }

    /// Bytes pushed so far.
    pub fn bytes_seen(&self) -> u64 {
        self.bytes
    }

    /// Listings checked so far.
    pub fn listings_checked(&self) -> usize {
        self.report
            .as_ref()
            .map_or(0, ReportBuilder::listings_so_far)
    }

    pub fn push(&mut self, chunk: &[u8]) -> Result<(), InputError> {
        self.bytes += chunk.len() as u64;
        match &mut self.stage {
            Stage::Failed(e) => Err(e.clone()),
            Stage::Sniffing(sample) => {
                // The sample is always the file's first `SNIFF_BYTES`, whatever the chunk sizes, so the
                // decisions made from it are too.
                let (head, rest) =
                    chunk.split_at(SNIFF_BYTES.saturating_sub(sample.len()).min(chunk.len()));
                sample.extend_from_slice(head);
                if sample.len() < SNIFF_BYTES {
                    return Ok(());
                }
                let sample = std::mem::take(sample);
                self.start(&sample, false)?;
                self.read_slices(rest)
            }
            Stage::Reading { .. } => self.read_slices(chunk),
            Stage::Workbook(bytes) => {
                bytes.extend_from_slice(chunk);
                Ok(())
            }
        }
    }

    pub fn finish(mut self) -> Result<CatalogReport, InputError> {
        if let Stage::Failed(e) = &self.stage {
            return Err(e.clone());
        }
        if let Stage::Sniffing(sample) = &mut self.stage {
            let sample = std::mem::take(sample);
            if sample.is_empty() {
                return Err(InputError::new("empty_catalog", "data"));
            }
            self.start(&sample, true)?;
            if matches!(self.stage, Stage::Sniffing(_)) {
                return Err(InputError::new("empty_catalog", "data"));
            }
        }
        if let Stage::Workbook(bytes) = &mut self.stage {
            let bytes = std::mem::take(bytes);
            let mut report = self
                .report
                .take()
                .unwrap_or_else(|| ReportBuilder::new(CheckOptions::default()));
            let mut rows = TableRows::new(self.format, self.mapping.clone());
            workbook::check(&bytes, &mut rows, &mut report)?;
            let format = match rows.format {
                Some(Format::OzonCsv) | Some(Format::OzonXlsx) | None => Format::OzonXlsx,
                Some(other) => other,
            };
            return Ok(report.finish(format.name(), None));
        }
        self.read(&[], true)?;
        let mut report = self
            .report
            .take()
            .unwrap_or_else(|| ReportBuilder::new(CheckOptions::default()));
        let format = match &mut self.stage {
            Stage::Reading {
                body: Body::Table { rows, .. },
                ..
            } => {
                if !rows.has_header() {
                    return Err(InputError::new("empty_catalog", "data"));
                }
                rows.finish(&mut report);
                rows.format.unwrap_or(Format::Csv)
            }
            Stage::Reading {
                body: Body::Json { first, .. },
                ..
            } => {
                if *first {
                    return Err(InputError::new("not_listings_json", "data"));
                }
                Format::Json
            }
            _ => Format::Csv,
        };
        Ok(report.finish(format.name(), Some(&self.detection)))
    }

    /// Decides the encoding and the kind of file from its first bytes, then reads them.
    fn start(&mut self, sample: &[u8], complete: bool) -> Result<(), InputError> {
        if sample.starts_with(b"PK\x03\x04") || self.format == Format::OzonXlsx {
            self.stage = Stage::Workbook(sample.to_vec());
            return Ok(());
        }
        self.detection = match self.encoding {
            Some(encoding) => Detection {
                encoding,
                settled: Settled::Declared,
                score: 1.0,
                runner_up: None,
            },
            None => text::detect(sample, complete),
        };
        let mut decoder = text::decoder(self.detection.encoding, self.host);
        let mut text = String::new();
        decoder.decode(sample, &mut text);
        if complete {
            decoder.finish(&mut text);
        }
        if !looks_like_text(&text) {
            return self.fail(InputError::new("not_text", "data"));
        }
        let first = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
        let json = match self.format {
            Format::Json => true,
            Format::Auto => first.starts_with('[') || first.starts_with('{'),
            _ => false,
        };
        let body = if json {
            Body::Json {
                splitter: JsonSplitter::new(),
                first: true,
            }
        } else {
            Body::Table {
                reader: CsvReader::new(csv::detect_delimiter(first)),
                rows: Box::new(TableRows::new(self.format, self.mapping.clone())),
            }
        };
        self.stage = Stage::Reading { decoder, body };
        self.text = text;
        self.consume(complete)
    }

    /// Big chunks are read in slices, so that the decoded text and the records waiting to be checked
    /// stay small whatever the caller's chunk size.
    fn read_slices(&mut self, chunk: &[u8]) -> Result<(), InputError> {
        chunk
            .chunks(READ_SLICE_BYTES)
            .try_for_each(|slice| self.read(slice, false))
    }

    fn read(&mut self, chunk: &[u8], last: bool) -> Result<(), InputError> {
        if let Stage::Reading { decoder, .. } = &mut self.stage {
            self.text.clear();
            decoder.decode(chunk, &mut self.text);
            if last {
                decoder.finish(&mut self.text);
            }
        }
        self.consume(last)
    }

    /// Feeds the decoded text in `self.text` to the body and handles what it completes.
    fn consume(&mut self, last: bool) -> Result<(), InputError> {
        let Some(report) = self.report.as_mut() else {
            return Ok(());
        };
        let result = match &mut self.stage {
            Stage::Reading {
                body: Body::Table { reader, rows },
                ..
            } => {
                reader.push(&self.text, &mut self.records);
                if last {
                    reader.finish(&mut self.records);
                }
                table_records(rows, self.records.drain(..), report)
            }
            Stage::Reading {
                body: Body::Json { splitter, first },
                ..
            } => {
                splitter.push(&self.text, &mut self.elements);
                if last {
                    splitter.finish(&mut self.elements);
                }
                json_elements(first, self.elements.drain(..), report)
            }
            _ => Ok(()),
        };
        self.text.clear();
        match result {
            Ok(()) => Ok(()),
            Err(e) => self.fail(e),
        }
    }

    fn fail(&mut self, e: InputError) -> Result<(), InputError> {
        self.stage = Stage::Failed(e.clone());
        Err(e)
    }
}

fn table_records(
    rows: &mut TableRows,
    records: impl Iterator<Item = Record>,
    report: &mut ReportBuilder,
) -> Result<(), InputError> {
    for record in records {
        match record.problem {
            None => rows.row(record.line, &record.fields, report)?,
            Some(problem) if rows.has_header() => {
                report.rows += 1;
                match problem {
                    RecordProblem::BrokenQuoting => {
                        report.row_error(record.line, "broken_quoting", &[])
                    }
                    RecordProblem::UnterminatedQuote { end } => report.row_error(
                        record.line,
                        "unterminated_quote",
                        &[("end", end.to_string())],
                    ),
                    RecordProblem::TooLong => report.row_error(
                        record.line,
                        "row_too_long",
                        &[("limit", MAX_RECORD_BYTES.to_string())],
                    ),
                }
            }
            // A header row that cannot be read: the file is not a table of listings.
            Some(_) => {
                let columns: String = record.fields.join(", ").chars().take(120).collect();
                return Err(InputError::new("not_a_catalog", "data").param("columns", columns));
            }
        }
    }
    Ok(())
}

fn json_elements(
    first: &mut bool,
    elements: impl Iterator<Item = Element>,
    report: &mut ReportBuilder,
) -> Result<(), InputError> {
    for element in elements {
        let was_first = std::mem::replace(first, false);
        let Some(text) = element.text else {
            report.rows += 1;
            report.row_error(
                element.line,
                "row_too_long",
                &[("limit", MAX_RECORD_BYTES.to_string())],
            );
            continue;
        };
        if was_first && !text.starts_with('{') {
            return Err(InputError::new("not_listings_json", "data"));
        }
        report.rows += 1;
        let mut deserializer = serde_json::Deserializer::from_str(&text);
        match serde_path_to_error::deserialize::<_, Listing>(&mut deserializer) {
            Ok(listing) => report.listing(element.line, Vec::new(), listing),
            Err(e) => {
                let path = e.path().to_string();
                let detail = e.into_inner().to_string();
                let detail = detail
                    .rfind(" at line ")
                    .map_or(detail.as_str(), |i| &detail[..i]);
                let detail = if path == "." {
                    detail.to_string()
                } else {
                    format!("{path}: {detail}")
                };
                report.row_error(element.line, "invalid_listing", &[("detail", detail)]);
            }
        }
    }
    Ok(())
}

/// Text, not a binary file decoded by mistake: no NUL and few control characters.
fn looks_like_text(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(SNIFF_BYTES) {
        total += 1;
        if c == '\0' {
            return false;
        }
        if (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || c == char::REPLACEMENT_CHARACTER
        {
            control += 1;
        }
    }
    control * 20 <= total
}
