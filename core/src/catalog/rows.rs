//! Rows of a table (CSV records or spreadsheet rows) into batches of listings. The header row decides the
//! format and the columns; it is looked for among the first rows, since templates put headings above it
//! (Ozon's: group headings on line 1, the headers on line 2, filling hints on line 3). Rows above the
//! header and a template's hint row are skipped, not errors. Each further row becomes a listing, joins
//! the listing of the rows before it (Shopify: same handle), or is a row error.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::batch::{Batch, Source, LISTINGS_PER_BATCH};
use super::cells::{trim, Row};
use super::columns::{ColumnPlan, ColumnSet, Field};
use super::csv::RecordProblem;
use super::gaps::StoreGap;
use super::report::StoredRowError;
use super::Format;
use crate::error::InputError;

/// How far down the header row may be.
pub const HEADER_SEARCH_ROWS: u32 = 10;

#[derive(Debug)]
struct Header {
    plan: Arc<ColumnPlan>,
    /// Rows came before the header: a template, whose first row may hold filling hints.
    below_headings: bool,
    line: u32,
}

#[derive(Debug)]
pub struct TableRows {
    requested: Format,
    mapping: BTreeMap<String, String>,
    /// Spreadsheets leave trailing empty cells out, so a short row is not missing columns.
    spreadsheet: bool,
    header: Option<Header>,
    /// Before the header: rows looked at, and the error the first one gave as a header.
    searched: u32,
    first_error: Option<InputError>,
    /// The format the header showed.
    pub format: Option<Format>,
    /// Data rows after the header.
    pub rows: u32,
    pub skipped: Vec<u32>,
    data_rows_seen: u32,
    batch: Batch,
    /// The key of the listing started last, when the columns have one.
    group_key: Option<String>,
    /// Batches complete and waiting to be checked.
    pub ready: Vec<Batch>,
}

impl TableRows {
    pub fn new(requested: Format, mapping: BTreeMap<String, String>, spreadsheet: bool) -> Self {
        TableRows {
            requested,
            mapping,
            spreadsheet,
            header: None,
            searched: 0,
            first_error: None,
            format: None,
            rows: 0,
            skipped: Vec::new(),
            data_rows_seen: 0,
            batch: Batch::new(Source::Json),
            group_key: None,
            ready: Vec::new(),
        }
    }

    /// The number of columns of the header, once read.
    pub fn width(&self) -> Option<usize> {
        self.header.as_ref().map(|h| h.plan.width)
    }

    /// What the header's format cannot hold, once read.
    pub fn gaps(&self) -> Vec<StoreGap> {
        self.header
            .as_ref()
            .map_or_else(Vec::new, |h| h.plan.gaps.clone())
    }

    /// The line of the header row, once read.
    pub fn header_line(&self) -> Option<u32> {
        self.header.as_ref().map(|h| h.line)
    }

    /// Whether `cells` would be taken as the header row.
    pub fn is_header<R: Row + ?Sized>(&self, cells: &R) -> bool {
        self.read_header(cells).is_ok()
    }

    /// Takes one row.
    pub fn row<R: Row + ?Sized>(&mut self, line: u32, cells: &R) -> Result<(), InputError> {
        let Some(header) = &self.header else {
            return self.before_header(line, Ok(cells));
        };
        let plan = Arc::clone(&header.plan);
        let hint_possible = header.below_headings && self.data_rows_seen == 0;
        self.data_rows_seen += 1;
        if hint_possible && plan.number_error(cells).is_some() {
            self.skipped.push(line);
            return Ok(());
        }
        self.rows += 1;
        let width = plan.width;
        let surplus = if self.spreadsheet {
            (width..cells.len()).any(|i| !trim(cells.cell(i)).is_empty())
        } else {
            cells.len() != width
        };
        if surplus {
            self.error(
                line,
                "wrong_column_count",
                vec![
                    ("expected", width.to_string()),
                    ("found", cells.len().to_string()),
                ],
            );
            return Ok(());
        }
        let starts = match (plan.has(Field::Key), &mut self.group_key) {
            (false, _) => true,
            (true, key) => {
                let value = plan.value(cells, Field::Key).unwrap_or_default();
                let same = key.as_deref().is_some_and(|k| !k.is_empty() && k == value);
                if !same {
                    let key = key.get_or_insert_with(String::new);
                    key.clear();
                    key.push_str(value);
                }
                !same
            }
        };
        if starts && self.batch.listing_count() == LISTINGS_PER_BATCH {
            self.flush();
        }
        self.batch.push_row(line, cells, width, starts);
        Ok(())
    }

    /// A CSV record that could not be read.
    pub fn problem<R: Row + ?Sized>(
        &mut self,
        line: u32,
        problem: RecordProblem,
        cells: &R,
    ) -> Result<(), InputError> {
        if self.header.is_none() {
            return self.before_header(line, Err(cells));
        }
        self.data_rows_seen += 1;
        self.rows += 1;
        let (code, params) = problem.row_error();
        self.error(line, code, params);
        Ok(())
    }

    /// Ends the table: the last batch is ready; a table without a header row is no catalog.
    pub fn finish(&mut self) -> Result<(), InputError> {
        if self.header.is_none() {
            return Err(self
                .first_error
                .take()
                .unwrap_or_else(|| InputError::new("empty_catalog", "data")));
        }
        self.flush();
        Ok(())
    }

    fn error(&mut self, line: u32, code: &'static str, params: Vec<(&'static str, String)>) {
        self.batch
            .row_errors
            .push(StoredRowError::new(line, code, params));
    }

    fn flush(&mut self) {
        let source = self.batch_source();
        let batch = std::mem::replace(&mut self.batch, Batch::new(source));
        if !batch.is_empty() {
            self.ready.push(batch);
        }
    }

    fn batch_source(&self) -> Source {
        match &self.header {
            Some(h) => Source::Table(Arc::clone(&h.plan)),
            None => Source::Json,
        }
    }

    /// A row before the header: the header itself, or one to skip. `Err` is a record that could not be
    /// read, which cannot be the header.
    fn before_header<R: Row + ?Sized>(
        &mut self,
        line: u32,
        cells: Result<&R, &R>,
    ) -> Result<(), InputError> {
        let read = match cells {
            Ok(cells) => self.read_header(cells),
            Err(cells) => Err(broken_header(cells)),
        };
        match read {
            Ok((format, plan)) => {
                self.format = Some(format);
                self.header = Some(Header {
                    plan: Arc::new(plan),
                    below_headings: self.searched > 0,
                    line,
                });
                self.batch = Batch::new(self.batch_source());
                Ok(())
            }
            Err(e) => {
                self.searched += 1;
                self.skipped.push(line);
                let first = self.first_error.get_or_insert(e);
                if self.searched == HEADER_SEARCH_ROWS {
                    return Err(first.clone());
                }
                Ok(())
            }
        }
    }

    fn plan<R: Row + ?Sized>(&self, header: &R, set: ColumnSet) -> Result<ColumnPlan, InputError> {
        ColumnPlan::new(header, set, &self.mapping).map_err(|name| {
            InputError::new("invalid_input", &format!("options.mapping.{name}"))
                .param("detail", "not a listing field")
        })
    }

    fn read_header<R: Row + ?Sized>(&self, header: &R) -> Result<(Format, ColumnPlan), InputError> {
        let missing =
            |columns: &str| InputError::new("missing_columns", "data").param("columns", columns);
        match self.requested {
            Format::ShopifyCsv => {
                let plan = self.plan(header, ColumnSet::Shopify)?;
                if !(plan.has(Field::Key) && plan.has(Field::Title)) {
                    return Err(missing("Handle, Title"));
                }
                return Ok((Format::ShopifyCsv, plan));
            }
            Format::OzonCsv | Format::OzonXlsx => {
                let plan = self.plan(header, ColumnSet::Ozon)?;
                if !plan.has(Field::Title) {
                    return Err(missing("Название товара"));
                }
                return Ok((self.requested, plan));
            }
            Format::Csv => {
                let plan = self.plan(header, ColumnSet::Generic)?;
                return if is_catalog(&plan) {
                    Ok((Format::Csv, plan))
                } else {
                    Err(not_a_catalog(header))
                };
            }
            _ => {}
        }
        let shopify = self.plan(header, ColumnSet::Shopify)?;
        if shopify.has(Field::Key) && shopify.has(Field::Title) {
            return Ok((Format::ShopifyCsv, shopify));
        }
        let ozon = self.plan(header, ColumnSet::Ozon)?;
        let generic = self.plan(header, ColumnSet::Generic)?;
        if ozon.mapped_fields() >= 2
            && ozon.mapped_fields() >= generic.mapped_fields()
            && is_catalog(&ozon)
        {
            let format = if self.requested == Format::OzonXlsx {
                Format::OzonXlsx
            } else {
                Format::OzonCsv
            };
            return Ok((format, ozon));
        }
        if is_catalog(&generic) {
            return Ok((Format::Csv, generic));
        }
        Err(not_a_catalog(header))
    }
}

/// A header is a catalog's when it names what a listing is made of, not merely an id.
fn is_catalog(plan: &ColumnPlan) -> bool {
    [
        Field::Title,
        Field::Description,
        Field::Price,
        Field::Images,
    ]
    .into_iter()
    .any(|f| plan.has(f))
}

/// A first row whose quoting is broken: the file is not a table of listings.
fn broken_header<R: Row + ?Sized>(cells: &R) -> InputError {
    let columns: Vec<&str> = (0..cells.len()).map(|i| cells.cell(i)).collect();
    let columns: String = columns.join(", ").chars().take(120).collect();
    InputError::new("not_a_catalog", "data").param("columns", columns)
}

pub fn not_a_catalog<R: Row + ?Sized>(header: &R) -> InputError {
    let mut columns: Vec<String> = (0..header.len().min(5))
        .map(|i| header.cell(i).trim().chars().take(40).collect())
        .collect();
    if header.len() > 5 {
        columns.push("…".into());
    }
    InputError::new("not_a_catalog", "data").param("columns", columns.join(", "))
}
