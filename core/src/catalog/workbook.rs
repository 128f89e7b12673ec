//! Catalogs in XLSX workbooks (Ozon's seller template): the first sheet with a header row among its first
//! rows is the catalog; rows above the header (group headings, instructions) are not data.

use super::report::ReportBuilder;
use super::rows::{not_a_catalog, TableRows};
use super::xlsx::{self, XlsxError};
use crate::error::InputError;

/// How far down a sheet the header row may be.
const HEADER_SEARCH_ROWS: usize = 10;

pub fn check(
    bytes: &[u8],
    rows: &mut TableRows,
    report: &mut ReportBuilder,
) -> Result<(), InputError> {
    let book = xlsx::open(bytes).map_err(input_error)?;
    let mut first_row = None;
    for sheet in 0..book.sheet_names().len() {
        let sheet_rows = book.rows(sheet).map_err(input_error)?;
        if first_row.is_none() {
            first_row = sheet_rows.first().map(|r| r.cells.clone());
        }
        let Some(header) = sheet_rows
            .iter()
            .take(HEADER_SEARCH_ROWS)
            .position(|r| rows.is_header(&r.cells))
        else {
            continue;
        };
        rows.row(sheet_rows[header].number, &sheet_rows[header].cells, report)?;
        let width = rows.width().unwrap_or_default();
        for row in &sheet_rows[header + 1..] {
            // Spreadsheets leave trailing empty cells out; only text past the header is a surplus.
            let mut cells = row.cells.clone();
            if cells.len() < width {
                cells.resize(width, String::new());
            } else if cells[width..].iter().all(|c| c.trim().is_empty()) {
                cells.truncate(width);
            }
            rows.row(row.number, &cells, report)?;
        }
        rows.finish(report);
        return Ok(());
    }
    Err(not_a_catalog(&first_row.unwrap_or_default()))
}

fn input_error(e: XlsxError) -> InputError {
    e.params()
        .iter()
        .fold(InputError::new(e.code(), "data"), |error, (name, value)| {
            error.param(name, value)
        })
}
