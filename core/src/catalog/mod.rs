//! The whole-catalog check: a catalog export (Ozon, Shopify, any CSV with a header row, JSON, an XLSX
//! workbook) in any of the encodings sellers' tools save, read as a stream, every listing checked, every
//! row accounted for.
//!
//! `CatalogChecker` takes a file in chunks of any size and gives the same report whatever the chunks,
//! holding the current chunk, the rows of one batch and the compact report. It is two halves that a
//! native caller may drive apart: `CatalogReader` reads rows into batches (sequential by nature) and
//! `BatchChecker` checks a batch (independent of every other, so batches can be checked on all cores and
//! their parts added to the report in input order). `check_catalog` checks a whole file and renders the
//! report's text, for small files and tests.

mod batch;
pub(crate) mod cells;
mod columns;
pub(crate) mod csv;
mod gaps;
mod headers;
mod json;
mod number;
mod packed;
mod report;
mod rows;
mod view;
mod workbook;
pub mod xlsx;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::InputError;
use crate::listing::CheckOptions;
use crate::locale::Locale;
use crate::text::{self, Detection, Settled, StreamDecoder, TextDecoders};

pub use crate::text::Encoding;
pub use batch::{Batch, BatchChecker, CheckScratch, LISTINGS_PER_BATCH};
pub use packed::{StoredFinding, StoredListing};
pub use report::{
    render_listing, ByLevel, CatalogReport, CheckedListing, CompactReport, Entry, FileFacts,
    ReportPart, RowError, StoredRowError, Summary,
};

pub use view::{error_line, listing_line, Query, SortKey, CSV_HEADER};

use batch::Source;
use csv::{CsvReader, Record, RecordSink, MAX_RECORD_BYTES};
use json::{Element, JsonSplitter};
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

impl CatalogOptions {
    /// The options of the listing check each row gets.
    pub fn check_options(&self) -> CheckOptions {
        CheckOptions {
            locale: self.locale,
            profile: self.profile.clone(),
            disabled_rules: self.disabled_rules.clone(),
        }
    }
}

/// Checks a whole catalog file and renders every text of the report in the options' locale; `host`
/// decodes the legacy code pages.
pub fn check_catalog(
    data: &[u8],
    options: &CatalogOptions,
    host: &'static dyn TextDecoders,
) -> Result<CatalogReport, InputError> {
    let mut checker = CatalogChecker::new(options, host)?;
    checker.push(data)?;
    Ok(checker.finish()?.render(options.locale))
}

/// A catalog check fed in chunks, checking each batch of rows as soon as it is read.
#[derive(Debug)]
pub struct CatalogChecker {
    reader: CatalogReader,
    checker: BatchChecker,
    scratch: CheckScratch,
    report: CompactReport,
}

impl CatalogChecker {
    pub fn new(
        options: &CatalogOptions,
        host: &'static dyn TextDecoders,
    ) -> Result<Self, InputError> {
        Ok(CatalogChecker {
            reader: CatalogReader::new(options, host)?,
            checker: BatchChecker::new(&options.check_options()),
            scratch: CheckScratch::default(),
            report: CompactReport::new(options.locale),
        })
    }

    /// Bytes pushed so far.
    pub fn bytes_seen(&self) -> u64 {
        self.reader.bytes_seen()
    }

    /// Listings checked so far.
    pub fn listings_checked(&self) -> u64 {
        self.report.listings_so_far()
    }

    pub fn push(&mut self, chunk: &[u8]) -> Result<(), InputError> {
        self.reader.push(chunk)?;
        self.check_ready();
        Ok(())
    }

    pub fn finish(mut self) -> Result<CompactReport, InputError> {
        let facts = self.reader.finish()?;
        self.check_ready();
        self.report.set_facts(facts);
        Ok(self.report)
    }

    fn check_ready(&mut self) {
        for batch in self.reader.take_ready() {
            let part = self.checker.check(&batch, &mut self.scratch);
            self.report.absorb(part);
        }
    }
}

#[derive(Debug)]
enum Body {
    Table {
        reader: CsvReader,
        rows: Box<TableRows>,
    },
    Json(JsonBody),
}

#[derive(Debug)]
struct JsonBody {
    splitter: JsonSplitter,
    first: bool,
    rows: u32,
    batch: Batch,
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
    Finished,
}

/// The reading half of a catalog check: bytes in, batches of rows out.
#[derive(Debug)]
pub struct CatalogReader {
    format: Format,
    /// The encoding the caller chose, if any.
    encoding: Option<Encoding>,
    detection: Detection,
    host: &'static dyn TextDecoders,
    mapping: BTreeMap<String, String>,
    stage: Stage,
    bytes: u64,
    text: String,
    elements: Vec<Element>,
    ready: Vec<Batch>,
}

impl CatalogReader {
    pub fn new(
        options: &CatalogOptions,
        host: &'static dyn TextDecoders,
    ) -> Result<Self, InputError> {
        let encoding = Encoding::from_option(options.encoding.as_deref())?;
        Ok(CatalogReader {
            format: options.format,
            encoding,
            detection: text::detect(b"", true),
            host,
            mapping: options.mapping.clone(),
            stage: Stage::Sniffing(Vec::new()),
            bytes: 0,
            text: String::new(),
            elements: Vec::new(),
            ready: Vec::new(),
        })
    }

    /// Bytes pushed so far.
    pub fn bytes_seen(&self) -> u64 {
        self.bytes
    }

    /// The batches read so far and not yet taken, in input order.
    pub fn take_ready(&mut self) -> Vec<Batch> {
        std::mem::take(&mut self.ready)
    }

    pub fn push(&mut self, chunk: &[u8]) -> Result<(), InputError> {
        self.bytes += chunk.len() as u64;
        match &mut self.stage {
            Stage::Failed(e) => Err(e.clone()),
            Stage::Finished => {
                Err(InputError::new("invalid_input", "chunk")
                    .param("detail", "the check has finished"))
            }
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
                match &mut self.stage {
                    // A workbook keeps its bytes, the rest of this chunk too.
                    Stage::Workbook(bytes) => {
                        bytes.extend_from_slice(rest);
                        Ok(())
                    }
                    _ => self.read_slices(rest),
                }
            }
            Stage::Reading { .. } => self.read_slices(chunk),
            Stage::Workbook(bytes) => {
                bytes.extend_from_slice(chunk);
                Ok(())
            }
        }
    }

    /// Ends the input; the last batches are then ready. Returns how the file was read.
    pub fn finish(&mut self) -> Result<FileFacts, InputError> {
        let result = self.finish_reading();
        self.stage = match &result {
            Ok(_) => Stage::Finished,
            Err(e) => Stage::Failed(e.clone()),
        };
        result
    }

    fn finish_reading(&mut self) -> Result<FileFacts, InputError> {
        match &mut self.stage {
            Stage::Failed(e) => return Err(e.clone()),
            Stage::Finished => {
                return Err(InputError::new("invalid_input", "chunk")
                    .param("detail", "the check has finished"))
            }
            Stage::Sniffing(sample) => {
                let sample = std::mem::take(sample);
                if sample.is_empty() {
                    return Err(InputError::new("empty_catalog", "data"));
                }
                self.start(&sample, true)?;
                if matches!(self.stage, Stage::Sniffing(_)) {
                    return Err(InputError::new("empty_catalog", "data"));
                }
            }
            _ => {}
        }
        if let Stage::Workbook(bytes) = &mut self.stage {
            let bytes = std::mem::take(bytes);
            let mut rows = TableRows::new(self.format, self.mapping.clone(), true);
            workbook::read(&bytes, &mut rows)?;
            self.ready.append(&mut rows.ready);
            let format = match rows.format {
                Some(Format::OzonCsv) | Some(Format::OzonXlsx) | None => Format::OzonXlsx,
                Some(other) => other,
            };
            return Ok(FileFacts {
                format: format.name(),
                detection: None,
                rows: rows.rows,
                skipped_rows: rows.skipped.clone(),
                header_row: rows.header_line(),
                gaps: rows.gaps(),
            });
        }
        self.read(&[], true)?;
        let detection = Some(self.detection);
        match &mut self.stage {
            Stage::Reading {
                body: Body::Table { rows, .. },
                ..
            } => {
                rows.finish()?;
                self.ready.append(&mut rows.ready);
                Ok(FileFacts {
                    format: rows.format.unwrap_or(Format::Csv).name(),
                    detection,
                    rows: rows.rows,
                    skipped_rows: rows.skipped.clone(),
                    header_row: rows.header_line(),
                    gaps: rows.gaps(),
                })
            }
            Stage::Reading {
                body: Body::Json(json),
                ..
            } => {
                if json.first {
                    return Err(InputError::new("not_listings_json", "data"));
                }
                let batch = std::mem::replace(&mut json.batch, Batch::new(Source::Json));
                if !batch.is_empty() {
                    self.ready.push(batch);
                }
                Ok(FileFacts {
                    format: Format::Json.name(),
                    detection,
                    rows: json.rows,
                    skipped_rows: Vec::new(),
                    header_row: None,
                    gaps: Vec::new(),
                })
            }
            _ => Err(InputError::new("empty_catalog", "data")),
        }
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
            Body::Json(JsonBody {
                splitter: JsonSplitter::new(),
                first: true,
                rows: 0,
                batch: Batch::new(Source::Json),
            })
        } else {
            Body::Table {
                reader: CsvReader::new(csv::detect_delimiter(first)),
                rows: Box::new(TableRows::new(self.format, self.mapping.clone(), false)),
            }
        };
        self.stage = Stage::Reading { decoder, body };
        self.text = text;
        self.consume(complete)
    }

    /// Big chunks are read in slices, so that the decoded text and the rows waiting to be checked stay
    /// small whatever the caller's chunk size.
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

    /// Feeds the decoded text in `self.text` to the body.
    fn consume(&mut self, last: bool) -> Result<(), InputError> {
        let result = match &mut self.stage {
            Stage::Reading {
                body: Body::Table { reader, rows },
                ..
            } => {
                let mut sink = TableSink(rows);
                reader.push(&self.text, &mut sink).and_then(|()| {
                    if last {
                        reader.finish(&mut sink)
                    } else {
                        Ok(())
                    }
                })
            }
            Stage::Reading {
                body: Body::Json(json),
                ..
            } => {
                json.splitter.push(&self.text, &mut self.elements);
                if last {
                    json.splitter.finish(&mut self.elements);
                }
                json.elements(self.elements.drain(..), &mut self.ready)
            }
            _ => Ok(()),
        };
        if let Stage::Reading {
            body: Body::Table { rows, .. },
            ..
        } = &mut self.stage
        {
            self.ready.append(&mut rows.ready);
        }
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

/// The CSV reader's records into table rows.
struct TableSink<'a>(&'a mut TableRows);

impl RecordSink for TableSink<'_> {
    fn record(&mut self, record: Record<'_>) -> Result<(), InputError> {
        match record.problem {
            None => self.0.row(record.line, &record.cells),
            Some(problem) => self.0.problem(record.line, problem, &record.cells),
        }
    }

    fn width(&self) -> Option<usize> {
        self.0.width()
    }
}

impl JsonBody {
    fn elements(
        &mut self,
        elements: impl Iterator<Item = Element>,
        ready: &mut Vec<Batch>,
    ) -> Result<(), InputError> {
        for element in elements {
            let was_first = std::mem::replace(&mut self.first, false);
            self.rows += 1;
            let Some(text) = element.text else {
                self.batch.row_errors.push(StoredRowError::new(
                    element.line,
                    "row_too_long",
                    vec![("limit", MAX_RECORD_BYTES.to_string())],
                ));
                continue;
            };
            if was_first && !text.starts_with('{') {
                return Err(InputError::new("not_listings_json", "data"));
            }
            if self.batch.listing_count() == LISTINGS_PER_BATCH {
                ready.push(std::mem::replace(&mut self.batch, Batch::new(Source::Json)));
            }
            self.batch
                .push_row(element.line, &[text.as_str()][..], 1, true);
        }
        Ok(())
    }
}

/// Text, not a binary file decoded by mistake: no NUL and few control characters.
pub(crate) fn looks_like_text(text: &str) -> bool {
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
