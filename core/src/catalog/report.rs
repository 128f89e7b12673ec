//! The catalog report. While a catalog is checked it is compact (`CompactReport`): per listing its row,
//! id, title, score and findings as codes and values, and the summary's counts. Text is rendered only
//! for what is shown or exported, in any locale, as `CheckedListing`s, `RowError`s or a whole
//! `CatalogReport`. Rows are accounted for exactly once, so a reader can see that nothing was dropped.

use std::collections::BTreeMap;

use serde::Serialize;

use super::gaps::{self, StoreGap};
use super::packed::{Page, StoredListing};
use crate::finding::{Finding, Severity};
use crate::listing::{self, Level, Rule};
use crate::locale::Locale;
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
    /// Data rows in the file (header, skipped and blank lines not counted); each is in exactly one
    /// listing (`row` or `groupedRows`) or in `rowErrors`.
    pub rows: u32,
    /// Lines that are not data: headings above the header row and a template's filling hints.
    pub skipped_rows: Vec<u32>,
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
    /// Listings by score: 0-9, 10-19, ..., 90-100.
    pub by_score: [usize; 10],
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

/// A row that could not become a listing: a code and the values its message quotes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredRowError {
    pub row: u32,
    pub code: &'static str,
    pub params: Vec<(&'static str, String)>,
}

impl StoredRowError {
    pub fn new(row: u32, code: &'static str, params: Vec<(&'static str, String)>) -> Self {
        StoredRowError { row, code, params }
    }

    pub fn render(&self, locale: Locale) -> RowError {
        let mut params = Params::new();
        params.insert("row".into(), self.row.to_string());
        for (name, value) in &self.params {
            params.insert((*name).to_string(), value.clone());
        }
        RowError {
            row: self.row,
            code: self.code.to_string(),
            message: messages::text(self.code, locale, &params),
        }
    }
}

/// The summary's counts, added up part by part.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub listings: u64,
    pub score_sum: u64,
    /// Low, standard, high.
    pub by_level: [u64; 3],
    pub by_score: [u64; 10],
    pub by_rule: [u64; Rule::COUNT],
    /// Listings a store-level gap's rule fired in (kept out of their findings).
    pub by_gap: [u64; Rule::COUNT],
    pub row_errors: u64,
}

impl Tally {
    /// Counts one listing: its score and the rules that fired in it (as bits).
    pub fn count(&mut self, score: u8, rules: u32) {
        self.listings += 1;
        self.score_sum += u64::from(score);
        let level = match listing::level_of(score) {
            Level::Low => 0,
            Level::Standard => 1,
            Level::High => 2,
        };
        self.by_level[level] += 1;
        self.by_score[usize::from(score / 10).min(9)] += 1;
        for (index, count) in self.by_rule.iter_mut().enumerate() {
            *count += u64::from(rules >> index & 1);
        }
    }

    /// Counts the gap rules (as bits) that fired in one listing.
    pub fn count_gaps(&mut self, rules: u32) {
        for (index, count) in self.by_gap.iter_mut().enumerate() {
            *count += u64::from(rules >> index & 1);
        }
    }

    fn add(&mut self, other: &Tally) {
        self.listings += other.listings;
        self.score_sum += other.score_sum;
        for (a, b) in self.by_level.iter_mut().zip(other.by_level) {
            *a += b;
        }
        for (a, b) in self.by_score.iter_mut().zip(other.by_score) {
            *a += b;
        }
        for (a, b) in self.by_rule.iter_mut().zip(other.by_rule) {
            *a += b;
        }
        for (a, b) in self.by_gap.iter_mut().zip(other.by_gap) {
            *a += b;
        }
        self.row_errors += other.row_errors;
    }
}

/// What checking one batch of rows gives: its listings, its row errors, its counts.
#[derive(Debug, Default)]
pub struct ReportPart {
    pub page: Page,
    pub row_errors: Vec<StoredRowError>,
    pub tally: Tally,
}

/// A listing or a row error, as `ReportPart::in_row_order` gives them.
#[derive(Clone, Copy, Debug)]
pub enum Entry<'a> {
    Listing(StoredListing<'a>),
    RowError(&'a StoredRowError),
}

impl ReportPart {
    /// The part's listings and row errors merged in input order, for a caller that writes the report
    /// out as it is checked.
    pub fn in_row_order(&self) -> impl Iterator<Item = Entry<'_>> + '_ {
        let mut listings = self.page.iter().peekable();
        let mut errors = self.row_errors.iter().peekable();
        std::iter::from_fn(move || match (listings.peek(), errors.peek()) {
            (Some(l), Some(e)) if e.row < l.row => errors.next().map(Entry::RowError),
            (Some(_), _) => listings.next().map(Entry::Listing),
            (None, _) => errors.next().map(Entry::RowError),
        })
    }
}

/// How the file was read, known once it has been.
#[derive(Clone, Debug, PartialEq)]
pub struct FileFacts {
    pub format: &'static str,
    /// How a text file's encoding was found (none for a workbook, whose XML is UTF-8).
    pub detection: Option<Detection>,
    pub rows: u32,
    pub skipped_rows: Vec<u32>,
    /// The line of the header row.
    pub header_row: Option<u32>,
    /// What the format has no column for.
    pub gaps: Vec<StoreGap>,
}

/// The report as the check builds it: compact, text rendered on demand.
#[derive(Debug)]
pub struct CompactReport {
    locale: Locale,
    facts: Option<FileFacts>,
    pages: Vec<Page>,
    /// The index of the first listing of each page.
    page_starts: Vec<usize>,
    row_errors: Vec<StoredRowError>,
    tally: Tally,
}

impl CompactReport {
    /// An empty report whose text renders in `locale` unless a caller asks for another.
    pub fn new(locale: Locale) -> Self {
        CompactReport {
            locale,
            facts: None,
            pages: Vec::new(),
            page_starts: Vec::new(),
            row_errors: Vec::new(),
            tally: Tally::default(),
        }
    }

    /// Adds the next part, in input order.
    pub fn absorb(&mut self, part: ReportPart) {
        let ReportPart {
            mut page,
            row_errors,
            tally,
        } = part;
        self.count(&tally, row_errors.len());
        self.row_errors.extend(row_errors);
        if !page.is_empty() {
            page.shrink();
            self.page_starts.push(self.listing_count());
            self.pages.push(page);
        }
    }

    /// Adds a part's counts only, for a caller that writes its listings out rather than keeping them.
    pub fn count_only(&mut self, part: &ReportPart) {
        self.count(&part.tally, part.row_errors.len());
    }

    fn count(&mut self, tally: &Tally, row_errors: usize) {
        self.tally.add(tally);
        self.tally.row_errors += row_errors as u64;
    }

    pub fn set_facts(&mut self, facts: FileFacts) {
        self.facts = Some(facts);
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    pub fn format(&self) -> &'static str {
        self.facts.as_ref().map_or("csv", |f| f.format)
    }

    pub fn encoding(&self) -> &'static str {
        self.facts
            .as_ref()
            .and_then(|f| f.detection)
            .map_or(Encoding::Utf8, |d| d.encoding)
            .name()
    }

    pub fn rows(&self) -> u32 {
        self.facts.as_ref().map_or(0, |f| f.rows)
    }

    pub fn skipped_rows(&self) -> &[u32] {
        self.facts.as_ref().map_or(&[], |f| &f.skipped_rows)
    }

    pub fn listing_count(&self) -> usize {
        self.page_starts
            .last()
            .zip(self.pages.last())
            .map_or(0, |(start, page)| start + page.len())
    }

    pub fn row_error_count(&self) -> usize {
        self.row_errors.len()
    }

    /// The listing at `index` as stored.
    pub fn listing(&self, index: usize) -> Option<StoredListing<'_>> {
        let page = self
            .page_starts
            .partition_point(|&start| start <= index)
            .checked_sub(1)?;
        self.pages[page].get(index - self.page_starts[page])
    }

    /// Every listing as stored, in input order.
    pub fn listings(&self) -> impl Iterator<Item = StoredListing<'_>> + '_ {
        self.pages
            .iter()
            .flat_map(|page| (0..page.len()).filter_map(move |i| page.get(i)))
    }

    pub fn render_listing(&self, index: usize, locale: Locale) -> Option<CheckedListing> {
        self.listing(index).map(|l| render_listing(&l, locale))
    }

    pub fn row_error(&self, index: usize) -> Option<&StoredRowError> {
        self.row_errors.get(index)
    }

    pub fn row_errors(&self) -> &[StoredRowError] {
        &self.row_errors
    }

    /// About the file as a whole: an encoding guessed from the bytes, lines skipped as not data, and
    /// what the format cannot hold (once for the catalog, with where to set it instead).
    pub fn notes(&self, locale: Locale) -> Vec<Finding> {
        let mut notes = Vec::new();
        let Some(facts) = &self.facts else {
            return notes;
        };
        if let Some(d) = facts.detection.filter(|d| d.settled == Settled::Guessed) {
            let alternative = d.runner_up.map_or(String::new(), |e| e.to_string());
            notes.push(
                Finding::draft("encoding_guessed", Severity::Info, "encoding")
                    .param("encoding", d.encoding)
                    .param("alternative", alternative)
                    .render(locale),
            );
        }
        if !facts.skipped_rows.is_empty() {
            let rows: Vec<String> = facts.skipped_rows.iter().map(u32::to_string).collect();
            notes.push(
                Finding::draft("rows_skipped", Severity::Info, "data")
                    .param("rows", rows.join(", "))
                    .param("header", facts.header_row.unwrap_or(1))
                    .render(locale),
            );
        }
        for gap in &facts.gaps {
            let listings = self.tally.by_gap[gap.rule.index()];
            if listings > 0 {
                notes.push(gaps::note(gap, listings, facts.format, locale));
            }
        }
        notes
    }

    pub fn summary(&self) -> Summary {
        let t = &self.tally;
        let count = t.listings as usize;
        let mean_score =
            (count > 0).then(|| (t.score_sum as f64 / count as f64 * 10.0).round() / 10.0);
        Summary {
            listings: count,
            mean_score,
            by_level: ByLevel {
                low: t.by_level[0] as usize,
                standard: t.by_level[1] as usize,
                high: t.by_level[2] as usize,
            },
            by_score: t.by_score.map(|n| n as usize),
            by_code: Rule::ALL
                .iter()
                .zip(t.by_rule)
                .filter(|(_, n)| *n > 0)
                .map(|(rule, n)| (rule.code().to_string(), n as usize))
                .collect(),
            row_errors: t.row_errors as usize,
        }
    }

    /// Listings checked so far.
    pub fn listings_so_far(&self) -> u64 {
        self.tally.listings
    }

    /// The whole report with every text rendered: for small catalogs and tests, since it holds every
    /// finding's message.
    pub fn render(&self, locale: Locale) -> CatalogReport {
        CatalogReport {
            format: self.format(),
            encoding: self.encoding(),
            notes: self.notes(locale),
            rows: self.rows(),
            skipped_rows: self.skipped_rows().to_vec(),
            listings: self
                .listings()
                .map(|l| render_listing(&l, locale))
                .collect(),
            row_errors: self.row_errors.iter().map(|e| e.render(locale)).collect(),
            summary: self.summary(),
        }
    }

    /// Bytes the stored listings hold (the rest of the report is a few counters).
    pub fn memory(&self) -> usize {
        self.pages.iter().map(Page::memory).sum::<usize>() + self.page_starts.capacity() * 8
    }
}

pub fn render_listing(listing: &StoredListing<'_>, locale: Locale) -> CheckedListing {
    CheckedListing {
        row: listing.row,
        grouped_rows: listing.grouped_rows(),
        id: listing.id.map(str::to_string),
        title: listing.title.map(str::to_string),
        score: listing.score,
        level: listing::level_of(listing.score),
        findings: listing
            .findings()
            .map(|f| f.found().render(locale))
            .collect(),
    }
}
