//! Bounds that keep a hostile or absurd workbook from exhausting the page's memory. Real catalogs sit far
//! below them: 100,000 rows of 60 columns are 6 million cells and roughly 200 MB of sheet XML (a
//! generated 100,000 x 12 catalog has 40 MB).

/// Largest single part (sheet, shared strings) the reader inflates.
pub const MAX_PART_BYTES: usize = 512 * 1024 * 1024;

/// DEFLATE's best case is about 1032:1 (RFC 1951 length 258 per 2-bit code); a larger claimed
/// expansion means a damaged or forged header.
pub const MAX_DEFLATE_RATIO: usize = 1100;

/// Cells a sheet may yield, counting the empty cells that fill gaps so columns line up. A sheet also
/// gets no more cells than it has bytes of XML (at least [`MIN_CELL_BUDGET`]): a few bytes such as
/// `<c r="XFD9"/>` must not cost 16,384 empty cells each.
pub const MAX_SHEET_CELLS: usize = 16_000_000;
pub const MIN_CELL_BUDGET: usize = 1 << 20;

/// Bytes of cell text a sheet may yield: one shared string referenced from many cells is copied into
/// each of them, so text can outgrow the file by far.
pub const MAX_SHEET_TEXT_BYTES: usize = 256 * 1024 * 1024;

/// Excel's own grid: 1,048,576 rows by 16,384 columns (XFD).
pub const MAX_ROW: u32 = 1_048_576;
pub const MAX_COLUMN: u32 = 16_384;

/// Entries in the shared-string table (Excel itself has no fixed limit; a 100,000-listing catalog
/// has well under a million distinct texts).
pub const MAX_SHARED_STRINGS: usize = 16_000_000;

/// Sheets in a workbook (each is a few bytes of XML, but costs a name and a lookup).
pub const MAX_SHEETS: usize = 10_000;
