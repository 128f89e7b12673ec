//! An orders export, bytes in, orders out: the catalog's reader layer (encoding detection, streaming
//! decoders, the RFC 4180 record reader, the XLSX reader) under a table that finds its header row among
//! the first rows and turns each further row into an order, a line of one, or a row error.
//! CSV is read as it arrives; a workbook (a ZIP read from its end) and JSON are read at the end.

use std::collections::BTreeMap;

use super::api;
use super::book::OrderBook;
use super::columns::{Columns, Field};
use super::order::RowReader;
use super::stamp::SellerClock;
use super::OrdersFormat;
use crate::catalog::cells::{trim, Row};
use crate::catalog::csv::{self, CsvReader, Record, RecordProblem, RecordSink};
use crate::catalog::xlsx;
use crate::error::InputError;
use crate::text::{self, Detection, Encoding, Settled, StreamDecoder, TextDecoders};

/// Bytes looked at before deciding the encoding and the kind of file.
const SNIFF_BYTES: usize = 64 * 1024;
/// How far down the header row may be (a report's title and period above it).
const HEADER_SEARCH_ROWS: u32 = 10;

enum Stage {
    Sniffing(Vec<u8>),
    Table {
        decoder: Box<dyn StreamDecoder>,
        csv: CsvReader,
        table: Table,
    },
    Json {
        decoder: Box<dyn StreamDecoder>,
        text: String,
    },
    Workbook(Vec<u8>),
    Failed(InputError),
    Finished,
}

/// How the file was read.
#[derive(Clone, Debug, Default)]
pub struct FileFacts {
    pub format: &'static str,
    pub encoding: Option<Detection>,
    pub header_row: Option<u32>,
}

pub struct OrdersReader {
    requested: OrdersFormat,
    encoding: Option<Encoding>,
    host: &'static dyn TextDecoders,
    mapping: BTreeMap<String, String>,
    stage: Stage,
    detection: Option<Detection>,
    text: String,
}

impl OrdersReader {
    pub fn new(
        requested: OrdersFormat,
        encoding: Option<&str>,
        mapping: &BTreeMap<String, String>,
        host: &'static dyn TextDecoders,
    ) -> Result<Self, InputError> {
        if let Some(unknown) = mapping.keys().find(|k| Field::from_name(k).is_none()) {
            let known: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
            return Err(InputError::new("unknown_mapped_field", "mapping")
                .param("value", unknown)
                .param("known", known.join(", ")));
        }
        let encoding = Encoding::from_option(encoding)?;
        Ok(OrdersReader {
            requested,
            encoding,
            host,
            mapping: mapping.clone(),
            stage: Stage::Sniffing(Vec::new()),
            detection: None,
            text: String::new(),
        })
    }

    pub fn push(
        &mut self,
        chunk: &[u8],
        book: &mut OrderBook,
        clock: &mut SellerClock,
    ) -> Result<(), InputError> {
        let result = self.push_inner(chunk, book, clock);
        self.keep_failure(result)
    }

    fn push_inner(
        &mut self,
        chunk: &[u8],
        book: &mut OrderBook,
        clock: &mut SellerClock,
    ) -> Result<(), InputError> {
        match &mut self.stage {
            Stage::Failed(e) => Err(e.clone()),
            Stage::Finished => Err(finished()),
            Stage::Sniffing(sample) => {
                let take = SNIFF_BYTES.saturating_sub(sample.len()).min(chunk.len());
                sample.extend_from_slice(&chunk[..take]);
                if sample.len() < SNIFF_BYTES {
                    return Ok(());
                }
                let sample = std::mem::take(sample);
                self.start(&sample, false)?;
                self.feed(&sample, false, book, clock)?;
                self.feed(&chunk[take..], false, book, clock)
            }
            _ => self.feed(chunk, false, book, clock),
        }
    }

    /// Ends the input: the last rows, a workbook's or a JSON document's orders are in `book`.
    pub fn finish(
        &mut self,
        book: &mut OrderBook,
        clock: &mut SellerClock,
    ) -> Result<FileFacts, InputError> {
        let result = self.finish_inner(book, clock);
        let result = self.keep_failure(result);
        if result.is_ok() {
            self.stage = Stage::Finished;
        }
        result
    }

    fn finish_inner(
        &mut self,
        book: &mut OrderBook,
        clock: &mut SellerClock,
    ) -> Result<FileFacts, InputError> {
        match &mut self.stage {
            Stage::Failed(e) => return Err(e.clone()),
            Stage::Finished => return Err(finished()),
            Stage::Sniffing(sample) => {
                let sample = std::mem::take(sample);
                if sample.iter().all(|b| b.is_ascii_whitespace()) {
                    return Err(InputError::new("empty_orders", "data"));
                }
                self.start(&sample, true)?;
                self.feed(&sample, false, book, clock)?;
            }
            _ => {}
        }
        self.feed(&[], true, book, clock)?;
        match std::mem::replace(&mut self.stage, Stage::Finished) {
            Stage::Table { table, .. } => {
                let Some(columns) = table.columns else {
                    return Err(not_orders(table.first_row.as_deref().unwrap_or_default()));
                };
                Ok(FileFacts {
                    format: columns.format.name(),
                    encoding: self.detection,
                    header_row: table.header_line,
                })
            }
            Stage::Json { text, .. } => {
                let format = api::read_json(&text, self.requested, &self.mapping, book, clock)?;
                Ok(FileFacts {
                    format: format.name(),
                    encoding: self.detection,
                    header_row: None,
                })
            }
            Stage::Workbook(bytes) => {
                let header_row = read_workbook(&bytes, self, book, clock)?;
                let format = match book.format {
                    Some(OrdersFormat::OzonCsv) | None => OrdersFormat::OzonXlsx,
                    Some(other) => other,
                };
                Ok(FileFacts {
                    format: format.name(),
                    encoding: None,
                    header_row: Some(header_row),
                })
            }
            _ => Err(InputError::new("empty_orders", "data")),
        }
    }

    fn keep_failure<T>(&mut self, result: Result<T, InputError>) -> Result<T, InputError> {
        if let Err(e) = &result {
            self.stage = Stage::Failed(e.clone());
        }
        result
    }

    /// Decides the encoding and the kind of file from its first bytes.
    fn start(&mut self, sample: &[u8], complete: bool) -> Result<(), InputError> {
        if sample.starts_with(b"PK\x03\x04") || self.requested == OrdersFormat::OzonXlsx {
            self.stage = Stage::Workbook(Vec::new());
            return Ok(());
        }
        let detection = match self.encoding {
            Some(encoding) => Detection {
                encoding,
                settled: Settled::Declared,
                score: 1.0,
                runner_up: None,
            },
            None => text::detect(sample, complete),
        };
        self.detection = Some(detection);
        let mut probe = text::decoder(detection.encoding, self.host);
        let mut text = String::new();
        probe.decode(&sample[..sample.len().min(4096)], &mut text);
        if !crate::catalog::looks_like_text(&text) {
            return Err(InputError::new("not_text", "data"));
        }
        let first = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
        let json = match self.requested {
            OrdersFormat::Json | OrdersFormat::OzonApiJson => true,
            OrdersFormat::Auto => first.starts_with(['[', '{']),
            _ => false,
        };
        let decoder = text::decoder(detection.encoding, self.host);
        self.stage = if json {
            Stage::Json {
                decoder,
                text: String::new(),
            }
        } else {
            Stage::Table {
                decoder,
                csv: CsvReader::new(delimiter(first)),
                table: Table::new(self.requested, self.mapping.clone()),
            }
        };
        Ok(())
    }

    fn feed(
        &mut self,
        bytes: &[u8],
        last: bool,
        book: &mut OrderBook,
        clock: &mut SellerClock,
    ) -> Result<(), InputError> {
        match &mut self.stage {
            Stage::Table {
                decoder,
                csv,
                table,
            } => {
                self.text.clear();
                decoder.decode(bytes, &mut self.text);
                if last {
                    decoder.finish(&mut self.text);
                }
                let mut sink = TableSink { table, book, clock };
                csv.push(&self.text, &mut sink)?;
                if last {
                    csv.finish(&mut sink)?;
                }
                Ok(())
            }
            Stage::Json { decoder, text } => {
                decoder.decode(bytes, text);
                if last {
                    decoder.finish(text);
                }
                Ok(())
            }
            Stage::Workbook(kept) => {
                kept.extend_from_slice(bytes);
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

/// The separator, read from the line of the first ten with the most separators: the header, whose
/// title rows above it ("Отчёт по отправлениям, FBS") have few or none.
fn delimiter(text: &str) -> u8 {
    let separators = |line: &str| {
        line.bytes()
            .filter(|b| matches!(b, b',' | b';' | b'\t'))
            .count()
    };
    text.lines()
        .take(HEADER_SEARCH_ROWS as usize)
        .max_by_key(|line| separators(line))
        .map_or(b',', csv::detect_delimiter)
}

fn finished() -> InputError {
    InputError::new("invalid_input", "chunk").param("detail", "the check has finished")
}

/// An export whose first rows name no order column.
fn not_orders<R: Row + ?Sized>(first_row: &R) -> InputError {
    let headers: Vec<&str> = (0..first_row.len().min(12))
        .map(|i| trim(first_row.cell(i)))
        .filter(|h| !h.is_empty())
        .collect();
    InputError::new("not_an_orders_export", "data").param("headers", headers.join(", "))
}

/// The rows of one table: the header row looked for among the first ones, then orders.
pub struct Table {
    requested: OrdersFormat,
    mapping: BTreeMap<String, String>,
    columns: Option<Columns>,
    header_line: Option<u32>,
    searched: u32,
    first_row: Option<Vec<String>>,
    /// Spreadsheets leave trailing empty cells out, so a short row is not missing columns.
    spreadsheet: bool,
}

impl Table {
    fn new(requested: OrdersFormat, mapping: BTreeMap<String, String>) -> Table {
        Table {
            requested,
            mapping,
            columns: None,
            header_line: None,
            searched: 0,
            first_row: None,
            spreadsheet: false,
        }
    }

    fn row<R: Row + ?Sized>(
        &mut self,
        line: u32,
        cells: &R,
        problem: Option<RecordProblem>,
        book: &mut OrderBook,
        clock: &mut SellerClock,
    ) -> Result<(), InputError> {
        let Some(columns) = &self.columns else {
            self.first_row.get_or_insert_with(|| {
                (0..cells.len())
                    .map(|i| cells.cell(i).to_string())
                    .collect()
            });
            self.searched += 1;
            match Columns::from_header(cells, self.requested, &self.mapping) {
                Some(columns) if problem.is_none() => {
                    book.format = Some(columns.format);
                    book.has_tracking = columns.has(Field::TrackingNumber);
                    self.columns = Some(columns);
                    self.header_line = Some(line);
                }
                _ if self.searched >= HEADER_SEARCH_ROWS => {
                    return Err(not_orders(self.first_row.as_deref().unwrap_or_default()));
                }
                _ => book.skipped.push(line),
            }
            return Ok(());
        };
        let empty = (0..cells.len()).all(|i| trim(cells.cell(i)).is_empty());
        if empty && problem.is_none() {
            book.skipped.push(line);
            return Ok(());
        }
        book.rows += 1;
        if let Some(problem) = problem {
            let (code, params) = problem.row_error();
            book.error(line, code, params);
            return Ok(());
        }
        let surplus = if self.spreadsheet {
            (columns.width..cells.len()).any(|i| !trim(cells.cell(i)).is_empty())
        } else {
            cells.len() != columns.width
        };
        if surplus {
            book.error(
                line,
                "wrong_column_count",
                vec![
                    ("expected", columns.width.to_string()),
                    ("found", cells.len().to_string()),
                ],
            );
            return Ok(());
        }
        let mut reader = RowReader { columns, clock };
        match reader.key(cells) {
            Some(key) => {
                let key = key.to_string();
                let order = reader.order(&key, line, cells);
                book.add(order);
            }
            None => book.error(line, "missing_order_number", vec![]),
        }
        Ok(())
    }
}

struct TableSink<'a> {
    table: &'a mut Table,
    book: &'a mut OrderBook,
    clock: &'a mut SellerClock,
}

impl RecordSink for TableSink<'_> {
    fn record(&mut self, record: Record<'_>) -> Result<(), InputError> {
        self.table.row(
            record.line,
            &record.cells,
            record.problem,
            self.book,
            self.clock,
        )
    }

    fn width(&self) -> Option<usize> {
        self.table.columns.as_ref().map(|c| c.width)
    }
}

/// The first sheet with a header row among its first rows holds the orders. Returns the header's row.
fn read_workbook(
    bytes: &[u8],
    reader: &OrdersReader,
    book: &mut OrderBook,
    clock: &mut SellerClock,
) -> Result<u32, InputError> {
    let input_error = |e: xlsx::XlsxError| e.into_input_error("data");
    let workbook = xlsx::open(bytes).map_err(input_error)?;
    let mut first_row: Option<Vec<String>> = None;
    for sheet in 0..workbook.sheet_names().len() {
        let xml = workbook.sheet_xml(sheet).map_err(input_error)?;
        let mut table = Table::new(reader.requested, reader.mapping.clone());
        table.spreadsheet = true;
        let mut sheet_book = OrderBook::default();
        let mut failed = None;
        workbook
            .read_rows(&xml, &mut |line, cells| {
                let searching = table.columns.is_none();
                match table.row(line, cells, None, &mut sheet_book, clock) {
                    Ok(()) => true,
                    Err(e) => {
                        // A sheet without the header is not the orders; the next one may be.
                        if !searching {
                            failed = Some(e);
                        }
                        false
                    }
                }
            })
            .map_err(input_error)?;
        if let Some(e) = failed {
            return Err(e);
        }
        first_row = first_row.or(table.first_row.take());
        if let Some(line) = table.header_line {
            *book = sheet_book;
            return Ok(line);
        }
    }
    Err(not_orders(first_row.as_deref().unwrap_or_default()))
}
