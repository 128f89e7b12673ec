//! Rows read and grouped into listings, waiting to be checked, and the check of such a batch. Reading is
//! sequential (a CSV record cannot be found before the one ahead of it); checking is not: batches are
//! independent, so a native caller checks them on every core and adds the parts up in input order.

use std::sync::Arc;

use super::cells::{PackedCells, Row};
use super::columns::{ColumnPlan, ListingBuffer, OptionNames};
use super::packed::PackedFindings;
use super::report::{ReportPart, StoredRowError};
use crate::listing::{
    path_of_error, score_of, Category, CheckOptions, ClaimSearch, Listing, ListingChecker,
    Resolved, RuleSet,
};

/// Listings a batch holds before it is handed on: enough to be worth a thread, few enough that the
/// rows waiting stay small.
pub const LISTINGS_PER_BATCH: usize = 1024;

#[derive(Clone, Debug)]
pub enum Source {
    /// Table rows read through a column plan.
    Table(Arc<ColumnPlan>),
    /// JSON listing objects, one per row, as text.
    Json,
}

#[derive(Clone, Copy, Debug)]
struct BatchRow {
    line: u32,
    /// Where the row's cells end in `cell_ends`.
    cells_end: u32,
}

/// Rows ready to check. Each listing is one row, or a run of rows with the same key (Shopify).
#[derive(Clone, Debug)]
pub struct Batch {
    source: Source,
    text: String,
    cell_ends: Vec<u32>,
    rows: Vec<BatchRow>,
    /// The first row of each listing.
    listings: Vec<u32>,
    /// Rows found broken while reading.
    pub(super) row_errors: Vec<StoredRowError>,
}

impl Batch {
    pub fn new(source: Source) -> Self {
        Batch {
            source,
            text: String::new(),
            cell_ends: Vec::new(),
            rows: Vec::new(),
            listings: Vec::new(),
            row_errors: Vec::new(),
        }
    }

    pub fn listing_count(&self) -> usize {
        self.listings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.listings.is_empty() && self.row_errors.is_empty()
    }

    /// Adds a row to the listing started last (`starts` begins a new one), keeping `width` cells.
    pub fn push_row<R: Row + ?Sized>(&mut self, line: u32, cells: &R, width: usize, starts: bool) {
        if starts {
            self.listings.push(self.rows.len() as u32);
        }
        for i in 0..width {
            self.text.push_str(cells.cell(i));
            self.cell_ends.push(self.text.len() as u32);
        }
        self.rows.push(BatchRow {
            line,
            cells_end: self.cell_ends.len() as u32,
        });
    }

    fn row(&self, index: usize) -> (u32, PackedCells<'_>) {
        let row = self.rows[index];
        let first = match index {
            0 => 0,
            _ => self.rows[index - 1].cells_end as usize,
        };
        let ends = &self.cell_ends[first..row.cells_end as usize];
        let start = match first {
            0 => 0,
            _ => self.cell_ends[first - 1] as usize,
        };
        (
            row.line,
            PackedCells {
                text: &self.text,
                start,
                ends,
            },
        )
    }

    /// The rows of listing `index`.
    fn listing_rows(&self, index: usize) -> std::ops::Range<usize> {
        let start = self.listings[index] as usize;
        let end = self
            .listings
            .get(index + 1)
            .map_or(self.rows.len(), |&e| e as usize);
        start..end
    }
}

/// What checking reuses from one listing to the next (one per thread).
#[derive(Debug, Default)]
pub struct CheckScratch {
    buffer: ListingBuffer,
    /// Apart from the buffer, so that the listing built in it is checked where it is, not moved out.
    work: RecordScratch,
}

/// What recording a checked listing reuses.
#[derive(Debug, Default)]
struct RecordScratch {
    claims: ClaimSearch,
    findings: PackedFindings,
    grouped: Vec<u32>,
    /// Category names seen lately and how they resolved.
    categories: Vec<(String, Resolved)>,
}

/// Category names remembered: a catalog names a few categories over and over.
const CATEGORY_CACHE: usize = 16;

impl RecordScratch {
    fn category(&mut self, name: Option<&str>) -> Resolved {
        let Some(name) = name else {
            return Category::resolve(None);
        };
        if let Some((_, resolved)) = self.categories.iter().find(|(n, _)| n == name) {
            return *resolved;
        }
        let resolved = Category::resolve(Some(name));
        if self.categories.len() == CATEGORY_CACHE {
            self.categories.remove(0);
        }
        self.categories.push((name.to_string(), resolved));
        resolved
    }
}

/// Checks batches; shared by every thread that checks.
#[derive(Debug)]
pub struct BatchChecker {
    listing: ListingChecker,
}

impl BatchChecker {
    pub fn new(options: &CheckOptions) -> Self {
        BatchChecker {
            listing: ListingChecker::new(options),
        }
    }

    pub fn check(&self, batch: &Batch, scratch: &mut CheckScratch) -> ReportPart {
        let mut part = ReportPart::default();
        for index in 0..batch.listings.len() {
            match &batch.source {
                Source::Table(plan) => self.table_listing(plan, batch, index, scratch, &mut part),
                Source::Json => self.json_listing(batch, index, scratch, &mut part),
            }
        }
        part.row_errors = merge_by_row(&batch.row_errors, std::mem::take(&mut part.row_errors));
        part
    }

    fn table_listing(
        &self,
        plan: &ColumnPlan,
        batch: &Batch,
        index: usize,
        scratch: &mut CheckScratch,
        part: &mut ReportPart,
    ) {
        scratch.buffer.reset();
        scratch.work.grouped.clear();
        let mut options = OptionNames::default();
        let mut first = None;
        for row in batch.listing_rows(index) {
            let (line, cells) = batch.row(row);
            // A row with text in a number column is refused whole; its group goes on without it.
            if let Err((column, value)) = plan.fill(&mut scratch.buffer, &cells, &mut options) {
                part.row_errors.push(StoredRowError::new(
                    line,
                    "invalid_number",
                    vec![("column", column), ("value", value)],
                ));
                continue;
            }
            match first {
                None => first = Some(line),
                Some(_) => scratch.work.grouped.push(line),
            }
        }
        if let Some(row) = first {
            let listing = &scratch.buffer.listing;
            self.record(row, listing, plan.gap_rules, &mut scratch.work, part);
        }
    }

    fn json_listing(
        &self,
        batch: &Batch,
        index: usize,
        scratch: &mut CheckScratch,
        part: &mut ReportPart,
    ) {
        let (line, cells) = batch.row(batch.listings[index] as usize);
        let text = cells.cell(0);
        match serde_json::from_str::<Listing>(text) {
            Ok(listing) => {
                scratch.work.grouped.clear();
                self.record(line, &listing, RuleSet::default(), &mut scratch.work, part);
            }
            Err(e) => {
                let path = path_of_error(text, &e);
                let detail = e.to_string();
                let detail = detail
                    .rfind(" at line ")
                    .map_or(detail.as_str(), |i| &detail[..i]);
                let detail = if path.is_empty() {
                    detail.to_string()
                } else {
                    format!("{path}: {detail}")
                };
                part.row_errors.push(StoredRowError::new(
                    line,
                    "invalid_listing",
                    vec![("detail", detail)],
                ));
            }
        }
    }

    /// Checks `listing` and stores it in the part; findings of the format's `gaps` are only counted.
    fn record(
        &self,
        row: u32,
        listing: &Listing,
        gaps: RuleSet,
        scratch: &mut RecordScratch,
        part: &mut ReportPart,
    ) {
        let category = scratch.category(listing.category.as_deref());
        scratch.findings.clear();
        scratch.findings.gaps = gaps;
        self.listing.check_into(
            listing,
            &category,
            &mut scratch.claims,
            &mut scratch.findings,
        );
        part.tally.count_gaps(scratch.findings.gaps_found);
        let (errors, warnings, infos) = scratch.findings.counts();
        let score = score_of(errors, warnings, infos);
        part.tally.count(score, scratch.findings.rules);
        part.page.push(
            row,
            &scratch.grouped,
            listing.id.as_deref(),
            listing.title.as_deref(),
            score,
            &scratch.findings,
        );
    }
}

/// The errors found while reading and while checking (each list in row order), in row order.
fn merge_by_row(read: &[StoredRowError], checked: Vec<StoredRowError>) -> Vec<StoredRowError> {
    if checked.is_empty() {
        return read.to_vec();
    }
    let mut merged = Vec::with_capacity(read.len() + checked.len());
    let mut read = read.iter().peekable();
    for error in checked {
        while let Some(earlier) = read.next_if(|e| e.row < error.row) {
            merged.push(earlier.clone());
        }
        merged.push(error);
    }
    merged.extend(read.cloned());
    merged
}
