//! Catalogs in XLSX workbooks (Ozon's seller template): the first sheet with a header row among its first
//! rows is the catalog; rows above the header (group headings, instructions) are skipped, not data.

use super::rows::{not_a_catalog, TableRows, HEADER_SEARCH_ROWS};
use super::xlsx::{self, XlsxError};
use crate::error::InputError;

pub fn read(bytes: &[u8], rows: &mut TableRows) -> Result<(), InputError> {
    let book = xlsx::open(bytes).map_err(input_error)?;
    let mut first_row: Option<Vec<String>> = None;
    for sheet in 0..book.sheet_names().len() {
        let xml = book.sheet_xml(sheet).map_err(input_error)?;
        // First the top rows, to see whether this sheet is the catalog.
        let (mut seen, mut has_header) = (0, false);
        book.read_rows(&xml, &mut |_, cells| {
            first_row.get_or_insert_with(|| cells.to_vec());
            seen += 1;
            has_header = rows.is_header(cells);
            !has_header && seen < HEADER_SEARCH_ROWS
        })
        .map_err(input_error)?;
        if !has_header {
            continue;
        }
        let mut failed = None;
        book.read_rows(&xml, &mut |number, cells| match rows.row(number, cells) {
            Ok(()) => true,
            Err(e) => {
                failed = Some(e);
                false
            }
        })
        .map_err(input_error)?;
        if let Some(e) = failed {
            return Err(e);
        }
        return rows.finish();
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
