//! A worksheet's cells (`<sheetData>`, ECMA-376 Part 1, 18.3.1), as rows of text whose positions are
//! their columns.

use std::borrow::Cow;

use super::error::XlsxError;
use super::limits::{MAX_COLUMN, MAX_ROW, MAX_SHEET_CELLS, MAX_SHEET_TEXT_BYTES, MIN_CELL_BUDGET};
use super::shared_strings::SharedStrings;
use super::xml::{decode_xstring, unescape, Tag, Token, Tokenizer};
use super::SheetRow;

/// Where a cell's text is being collected.
#[derive(Clone, Copy, PartialEq)]
enum Collecting {
    Nothing,
    Value,
    InlineText,
}

/// The cell being read: its position, its type (`t`) and its raw text.
struct Cell {
    reference: Option<String>,
    column: u32,
    kind: String,
    value: String,
    inline: String,
    has_inline: bool,
}

struct SheetReader<'s> {
    part: &'s str,
    shared: &'s SharedStrings,
    rows: Vec<SheetRow>,
    row: Option<SheetRow>,
    next_row: u32,
    next_column: u32,
    /// Cells (including gap fillers) this sheet may still yield.
    limit: Budget,
    /// What this sheet may still yield.
    left: Budget,
}

/// What one sheet may yield before it is rejected as too large.
#[derive(Clone, Copy)]
pub struct Budget {
    pub cells: usize,
    pub text_bytes: usize,
}

impl Budget {
    /// Cells in proportion to the XML (see [`MAX_SHEET_CELLS`]), text up to [`MAX_SHEET_TEXT_BYTES`].
    pub fn for_xml(xml: &[u8]) -> Self {
        Budget {
            cells: xml.len().clamp(MIN_CELL_BUDGET, MAX_SHEET_CELLS),
            text_bytes: MAX_SHEET_TEXT_BYTES,
        }
    }
}

pub fn parse(xml: &[u8], part: &str, shared: &SharedStrings) -> Result<Vec<SheetRow>, XlsxError> {
    parse_within(xml, part, shared, Budget::for_xml(xml))
}

pub fn parse_within(
    xml: &[u8],
    part: &str,
    shared: &SharedStrings,
    budget: Budget,
) -> Result<Vec<SheetRow>, XlsxError> {
    let malformed = |_| XlsxError::malformed_xml(part);
    let mut tokens = Tokenizer::new(xml).map_err(malformed)?;
    let mut reader = SheetReader {
        part,
        shared,
        rows: Vec::new(),
        row: None,
        next_row: 1,
        next_column: 0,
        limit: budget,
        left: budget,
    };
    let mut cell: Option<Cell> = None;
    let mut collecting = Collecting::Nothing;
    let mut phonetic_depth = 0usize;
    while let Some(token) = tokens.next_token().map_err(malformed)? {
        match token {
            Token::Open(tag) => match tag.name() {
                "row" => {
                    reader.start_row(&tag)?;
                    if tag.empty {
                        reader.end_row();
                    }
                }
                "c" => {
                    let started = reader.start_cell(&tag)?;
                    if tag.empty {
                        reader.end_cell(started)?;
                    } else {
                        cell = Some(started);
                    }
                }
                "v" if !tag.empty => collecting = Collecting::Value,
                "is" => {
                    if let Some(c) = cell.as_mut() {
                        c.has_inline = true;
                    }
                }
                "rPh" if !tag.empty => phonetic_depth += 1,
                "t" if !tag.empty && phonetic_depth == 0 => collecting = Collecting::InlineText,
                _ => {}
            },
            Token::Close(name) => match name {
                "row" => reader.end_row(),
                "c" => {
                    if let Some(c) = cell.take() {
                        reader.end_cell(c)?;
                    }
                    collecting = Collecting::Nothing;
                    phonetic_depth = 0;
                }
                "v" | "t" => collecting = Collecting::Nothing,
                "rPh" => phonetic_depth = phonetic_depth.saturating_sub(1),
                _ => {}
            },
            Token::Text(raw) => collect(cell.as_mut(), collecting, &unescape(raw)),
            Token::CData(text) => collect(cell.as_mut(), collecting, text),
        }
    }
    reader.end_row();
    Ok(reader.rows)
}

fn collect(cell: Option<&mut Cell>, collecting: Collecting, text: &str) {
    match (cell, collecting) {
        (Some(c), Collecting::Value) => c.value.push_str(text),
        (Some(c), Collecting::InlineText) => c.inline.push_str(text),
        _ => {}
    }
}

impl<'s> SheetReader<'s> {
    fn start_row(&mut self, tag: &Tag) -> Result<(), XlsxError> {
        self.end_row();
        let number = match tag.attr("r") {
            Some(r) => r
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=MAX_ROW).contains(n))
                .ok_or_else(|| self.bad_reference(&r))?,
            None => self.next_row,
        };
        self.next_row = number.saturating_add(1);
        self.next_column = 0;
        self.row = Some(SheetRow {
            number,
            cells: Vec::new(),
        });
        Ok(())
    }

    /// Keeps a row that has any text; trailing empty cells are dropped.
    fn end_row(&mut self) {
        if let Some(mut row) = self.row.take() {
            while row.cells.last().is_some_and(String::is_empty) {
                row.cells.pop();
            }
            if !row.cells.is_empty() {
                self.rows.push(row);
            }
        }
    }

    fn start_cell(&mut self, tag: &Tag) -> Result<Cell, XlsxError> {
        if self.row.is_none() {
            // A cell outside any row: SpreadsheetML requires rows, so start an implicit one.
            let number = self.next_row.min(MAX_ROW);
            self.next_row = number.saturating_add(1);
            self.row = Some(SheetRow {
                number,
                cells: Vec::new(),
            });
        }
        let reference = tag.attr("r").map(Cow::into_owned);
        let column = match &reference {
            Some(r) => column_of(r).ok_or_else(|| self.bad_reference(r))?,
            None => self.next_column,
        };
        if column >= MAX_COLUMN {
            let row = self.row.as_ref().map_or(0, |r| r.number);
            return Err(self.bad_reference(&format!("{}{row}", column_name(column))));
        }
        self.next_column = column + 1;
        Ok(Cell {
            reference,
            column,
            kind: tag.attr("t").map(Cow::into_owned).unwrap_or_default(),
            value: String::new(),
            inline: String::new(),
            has_inline: false,
        })
    }

    fn end_cell(&mut self, cell: Cell) -> Result<(), XlsxError> {
        let text = self.cell_text(&cell)?;
        // Charged before the text is copied, so a shared string repeated in many cells fails early.
        self.left.text_bytes = self
            .left
            .text_bytes
            .checked_sub(text.len())
            .ok_or_else(|| {
                XlsxError::new("xlsx_sheet_text_too_large")
                    .param("part", self.part)
                    .param("limit", self.limit.text_bytes.div_ceil(1024 * 1024))
            })?;
        let text = text.into_owned();
        let Some(row) = self.row.as_mut() else {
            return Ok(());
        };
        let column = cell.column as usize;
        if column < row.cells.len() {
            row.cells[column] = text;
        } else if !text.is_empty() {
            let added = column + 1 - row.cells.len();
            self.left.cells = self.left.cells.checked_sub(added).ok_or_else(|| {
                XlsxError::new("xlsx_sheet_too_large")
                    .param("part", self.part)
                    .param("limit", self.limit.cells)
            })?;
            row.cells.resize(column, String::new());
            row.cells.push(text);
        }
        Ok(())
    }

    /// The cell's text as Excel shows it without number formatting: numbers exactly as written in the
    /// file, booleans as TRUE/FALSE, error values such as `#N/A` as written.
    fn cell_text<'c>(&self, cell: &'c Cell) -> Result<Cow<'c, str>, XlsxError>
    where
        's: 'c,
    {
        Ok(match cell.kind.as_str() {
            "s" => {
                let index = cell.value.trim();
                if index.is_empty() {
                    return Ok(Cow::Borrowed(""));
                }
                let text = index.parse::<usize>().ok().and_then(|i| self.shared.get(i));
                Cow::Borrowed(text.ok_or_else(|| {
                    XlsxError::new("xlsx_bad_shared_string")
                        .param("part", self.part)
                        .param("cell", self.cell_name(cell))
                })?)
            }
            "inlineStr" if cell.has_inline => decode_xstring(Cow::Borrowed(&cell.inline)),
            "inlineStr" | "str" => decode_xstring(Cow::Borrowed(&cell.value)),
            "b" => Cow::Borrowed(match cell.value.trim() {
                "1" => "TRUE",
                "0" => "FALSE",
                other => other,
            }),
            // Some writers leave out t="inlineStr" on an inline string.
            _ if cell.has_inline && cell.value.is_empty() => {
                decode_xstring(Cow::Borrowed(&cell.inline))
            }
            _ => Cow::Borrowed(cell.value.trim()),
        })
    }

    fn cell_name(&self, cell: &Cell) -> String {
        match &cell.reference {
            Some(r) => r.clone(),
            None => {
                let row = self.row.as_ref().map_or(0, |r| r.number);
                format!("{}{row}", column_name(cell.column))
            }
        }
    }

    fn bad_reference(&self, reference: &str) -> XlsxError {
        let shown: String = reference.chars().take(20).collect();
        XlsxError::new("xlsx_bad_cell_reference")
            .param("part", self.part)
            .param("cell", shown)
    }
}

/// The zero-based column of an A1-style reference (`B3` -> 1), if it is within Excel's grid.
pub fn column_of(reference: &str) -> Option<u32> {
    let letters = reference
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let digits = &reference[letters..];
    if letters == 0 || letters > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let column = reference[..letters].bytes().fold(0u32, |n, b| {
        n * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1
    });
    (column <= MAX_COLUMN).then(|| column - 1)
}

/// The letters of a zero-based column (`27` -> `AB`).
pub fn column_name(column: u32) -> String {
    let mut n = column + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.iter().rev().map(|&b| b as char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(xml: &str, shared: &[&str]) -> Result<Vec<(u32, Vec<String>)>, XlsxError> {
        let shared = SharedStrings::of(shared);
        let rows = parse(xml.as_bytes(), "xl/worksheets/sheet1.xml", &shared)?;
        Ok(rows.into_iter().map(|r| (r.number, r.cells)).collect())
    }

    #[test]
    fn column_letters_round_trip_within_the_grid() {
        assert_eq!(column_of("A1"), Some(0));
        assert_eq!(column_of("b3"), Some(1));
        assert_eq!(column_of("AA10"), Some(26));
        assert_eq!(column_of("XFD1048576"), Some(16_383));
        assert_eq!(column_of("XFE1"), None);
        assert_eq!(column_of("1A"), None);
        assert_eq!(column_of("ABCD1"), None);
        assert_eq!(column_of("A1x"), None);
        for c in [0, 25, 26, 701, 702, 16_383] {
            assert_eq!(column_of(&format!("{}7", column_name(c))), Some(c));
        }
    }

    #[test]
    fn gaps_fill_with_empty_cells_and_skipped_rows_keep_their_numbers() {
        let xml = r#"<worksheet><sheetData>
            <row r="2"><c r="B2" t="s"><v>0</v></c><c r="D2"><v>1.50</v></c></row>
            <row r="7" spans="1:3"><c r="C7" t="inlineStr"><is><t>x &amp; y</t></is></c></row>
        </sheetData></worksheet>"#;
        assert_eq!(
            rows(xml, &["name"]).unwrap(),
            [
                (2, vec!["".into(), "name".into(), "".into(), "1.50".into()]),
                (7, vec!["".into(), "".into(), "x & y".into()]),
            ]
        );
    }

    #[test]
    fn every_cell_type_renders_as_its_text() {
        let xml = r#"<sheetData><row>
            <c t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="e"><v>#N/A</v></c>
            <c t="str"><f>A1&amp;"x"</f><v>TRUEx</v></c><c><v>1E-3</v></c><c t="n"><v>0.1</v></c>
            <c t="inlineStr"><is><r><t>rich</t></r><r><t xml:space="preserve"> text</t></r></is></c>
            <c t="d"><v>2024-05-01T00:00:00</v></c><c s="3"/><c><f>NOW()</f></c><c t="s"><v>0</v></c>
        </row></sheetData>"#;
        let got = rows(xml, &["line one\nline two"]).unwrap();
        assert_eq!(
            got[0].1,
            [
                "TRUE",
                "FALSE",
                "#N/A",
                "TRUEx",
                "1E-3",
                "0.1",
                "rich text",
                "2024-05-01T00:00:00",
                "",
                "",
                "line one\nline two"
            ]
        );
    }

    #[test]
    fn rows_without_text_are_left_out_and_trailing_empty_cells_trimmed() {
        let xml = r#"<sheetData><row r="1"><c r="A1" s="1"/></row><row r="2" ht="20" customHeight="1"/>
            <row r="3"><c r="A3"><v>5</v></c><c r="B3" s="2"/><c r="C3" t="s"><v></v></c></row></sheetData>"#;
        assert_eq!(rows(xml, &[]).unwrap(), [(3, vec!["5".to_string()])]);
    }

    #[test]
    fn a_shared_string_index_out_of_range_names_the_cell() {
        let err = rows(r#"<row r="4"><c r="C4" t="s"><v>9</v></c></row>"#, &["a"]).unwrap_err();
        assert_eq!(err.code(), "xlsx_bad_shared_string");
        assert_eq!(err.params()["cell"], "C4");
    }

    #[test]
    fn references_outside_the_grid_are_rejected() {
        for xml in [
            r#"<row r="1"><c r="XFE1"><v>1</v></c></row>"#,
            r#"<row r="0"><c><v>1</v></c></row>"#,
            r#"<row r="1048577"><c><v>1</v></c></row>"#,
            r#"<row r="x"/>"#,
        ] {
            assert_eq!(
                rows(xml, &[]).unwrap_err().code(),
                "xlsx_bad_cell_reference",
                "{xml}"
            );
        }
    }
}
