//! The report as the command writes it: CSV with the seller page's download columns, or JSON Lines with
//! one object per listing and per row error and a summary line last; and the summary for people.

use std::fmt::Write as _;
use std::io::{self, Write};

use orderguard_core::catalog::{
    error_line, listing_line, render_listing, CheckedListing, CompactReport, Entry, ReportPart,
    RowError, Summary, CSV_HEADER,
};
use orderguard_core::{Finding, Locale};
use serde::Serialize;

use crate::args::ReportForm;

/// One line of the JSON Lines report.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
enum Line<'a> {
    Listing(CheckedListing),
    RowError(RowError),
    #[serde(rename_all = "camelCase")]
    Summary {
        format: &'static str,
        encoding: &'static str,
        rows: u32,
        skipped_rows: &'a [u32],
        notes: Vec<Finding>,
        summary: Summary,
    },
}

/// Writes the report: the lines of each part as `render` made them, the header before the first.
pub struct Writer<W: Write> {
    out: W,
    form: ReportForm,
    locale: Locale,
    started: bool,
}

/// The lines of one part of the report, in input order.
pub fn render(part: &ReportPart, form: ReportForm, locale: Locale) -> Vec<u8> {
    let mut text = String::new();
    for entry in part.in_row_order() {
        match form {
            ReportForm::Csv => match entry {
                Entry::Listing(l) => listing_line(&l, locale, &mut text),
                Entry::RowError(e) => error_line(e, locale, &mut text),
            },
            ReportForm::JsonLines => {
                let line = match entry {
                    Entry::Listing(l) => Line::Listing(render_listing(&l, locale)),
                    Entry::RowError(e) => Line::RowError(e.render(locale)),
                };
                json_line(&mut text, &line);
            }
        }
    }
    text.into_bytes()
}

fn json_line(out: &mut String, line: &Line<'_>) {
    // Serializing plain data into a string cannot fail.
    if let Ok(json) = serde_json::to_string(line) {
        out.push_str(&json);
        out.push('\n');
    }
}

impl<W: Write> Writer<W> {
    pub fn new(out: W, form: ReportForm, locale: Locale) -> Self {
        Writer {
            out,
            form,
            locale,
            started: false,
        }
    }

    /// The CSV header, once, before the first line: a file that is no catalog gets no report at all.
    fn start(&mut self) -> io::Result<()> {
        if !self.started && self.form == ReportForm::Csv {
            write!(self.out, "{CSV_HEADER}\r\n")?;
        }
        self.started = true;
        Ok(())
    }

    pub fn write(&mut self, lines: &[u8]) -> io::Result<()> {
        self.start()?;
        self.out.write_all(lines)
    }

    pub fn end(&mut self, report: &CompactReport) -> io::Result<()> {
        self.start()?;
        if self.form == ReportForm::JsonLines {
            let mut text = String::new();
            json_line(
                &mut text,
                &Line::Summary {
                    format: report.format(),
                    encoding: report.encoding(),
                    rows: report.rows(),
                    skipped_rows: report.skipped_rows(),
                    notes: report.notes(self.locale),
                    summary: report.summary(),
                },
            );
            self.out.write_all(text.as_bytes())?;
        }
        self.out.flush()
    }
}

/// The summary for the person who ran the command.
pub fn summary(name: &str, report: &CompactReport, locale: Locale) -> String {
    let s = report.summary();
    let mut text = format!(
        "{name}: {}, {}; {} rows: {} listings, {} rows not read\n",
        report.format(),
        report.encoding(),
        report.rows(),
        s.listings,
        s.row_errors,
    );
    if let Some(mean) = s.mean_score {
        let _ = writeln!(
            text,
            "mean score {mean} (low {}, standard {}, high {})",
            s.by_level.low, s.by_level.standard, s.by_level.high
        );
    }
    let mut common: Vec<(&String, &usize)> = s.by_code.iter().collect();
    common.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    if !common.is_empty() {
        let names: Vec<String> = common
            .iter()
            .take(5)
            .map(|(code, n)| format!("{code} {n}"))
            .collect();
        let _ = writeln!(text, "most common: {}", names.join(", "));
    }
    for note in report.notes(locale) {
        let _ = writeln!(text, "note: {}", note.message);
    }
    text
}
