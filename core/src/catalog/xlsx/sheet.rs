//! A worksheet's cells (`<sheetData>`, ECMA-376 Part 1, 18.3.1), as rows of text whose positions are
//! their columns.

use std::borrow::Cow;

use super::error::XlsxError;
use super::limits::{MAX_COLUMN, MAX_ROW, MAX_SHEET_CELLS, MAX_SHEET_TEXT_BYTES, MIN_CELL_BUDGET};
use super::plain_cell::{plain_cell, PlainCell};
use super::plain_tag::start_tag;
use super::shared_strings::SharedStrings;
use super::xml::{decode_xstring, unescape, Token, Tokenizer};
use super::SheetRow;
use crate::catalog::cells::{trim, Row};

/// Where a cell's text is being collected.
#[derive(Clone, Copy, PartialEq)]
enum Collecting {
    Nothing,
    Value,
    InlineText,
}

/// A cell's type (its `t` attribute, ECMA-376 Part 1, 18.18.11).
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    SharedString,
    InlineString,
    FormulaString,
    Boolean,
    /// Numbers (`n`, the default), errors (`e`) and ISO dates (`d`): their text as written.
    AsWritten,
}

impl Kind {
    fn of(t: Option<&str>) -> Kind {
        match t {
            Some("s") => Kind::SharedString,
            Some("inlineStr") => Kind::InlineString,
            Some("str") => Kind::FormulaString,
            Some("b") => Kind::Boolean,
            _ => Kind::AsWritten,
        }
    }
}

/// The cell being read: its column, its type and its raw text. One is reused for every cell, so its
/// buffers are allocated once.
struct Cell {
    open: bool,
    column: u32,
    kind: Kind,
    value: String,
    inline: String,
    has_inline: bool,
}

/// A row as it is read: each cell a range of the shared-string table's text (most cells: nothing is
/// copied) or of the row's own buffer; gaps are empty.
#[derive(Debug)]
pub struct RowCells<'s> {
    shared: &'s str,
    text: String,
    spans: Vec<Span>,
}

#[derive(Clone, Copy, Debug, Default)]
struct Span {
    start: u32,
    end: u32,
    shared: bool,
}

impl Span {
    fn is_empty(self) -> bool {
        self.start == self.end
    }
}

impl Row for RowCells<'_> {
    fn len(&self) -> usize {
        self.spans.len()
    }

    fn cell(&self, index: usize) -> &str {
        let Some(&span) = self.spans.get(index) else {
            return "";
        };
        let text = if span.shared { self.shared } else { &self.text };
        text.get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }
}

impl<'s> RowCells<'s> {
    fn new(shared: &'s SharedStrings) -> Self {
        RowCells {
            shared: shared.text(),
            text: String::new(),
            spans: Vec::new(),
        }
    }

    fn clear(&mut self) {
        self.text.clear();
        self.spans.clear();
    }

    /// Sets cell `column` (a later cell may name an earlier column again: the last text wins).
    fn set(&mut self, column: usize, text: &CellText) {
        let span = match *text {
            CellText::Shared(start, end) => Span {
                start,
                end,
                shared: true,
            },
            CellText::Own(ref own) => {
                let start = self.text.len() as u32;
                self.text.push_str(own);
                Span {
                    start,
                    end: self.text.len() as u32,
                    shared: false,
                }
            }
        };
        match column.checked_sub(self.spans.len()) {
            // The next column, as nearly every cell is.
            Some(0) => self.spans.push(span),
            Some(_) => {
                self.spans.resize(column, Span::default());
                self.spans.push(span);
            }
            None => self.spans[column] = span,
        }
    }

    fn trim_trailing_empty(&mut self) {
        while self.spans.last().is_some_and(|span| span.is_empty()) {
            self.spans.pop();
        }
    }

    pub fn to_vec(&self) -> Vec<String> {
        (0..self.len()).map(|i| self.cell(i).to_string()).collect()
    }
}

/// A cell's text: a range of the shared-string table's text, or text of its own.
enum CellText<'c> {
    Shared(u32, u32),
    Own(Cow<'c, str>),
}

impl CellText<'_> {
    fn len(&self) -> usize {
        match self {
            CellText::Shared(start, end) => (end - start) as usize,
            CellText::Own(text) => text.len(),
        }
    }
}

/// What the caller does with each row: `false` stops reading.
type EachRow<'e> = &'e mut dyn FnMut(u32, &RowCells<'_>) -> bool;

struct SheetReader<'s, 'e> {
    part: &'s str,
    shared: &'s SharedStrings,
    each: EachRow<'e>,
    /// The row being read, if any, and its number.
    row: Option<u32>,
    cells: RowCells<'s>,
    stopped: bool,
    next_row: u32,
    next_column: u32,
    /// What this sheet may yield in all, and what it may still yield.
    limit: Budget,
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
    let xml = std::str::from_utf8(xml).map_err(|_| XlsxError::malformed_xml(part))?;
    let mut rows = Vec::new();
    read_rows(xml, part, shared, budget, &mut |number, cells| {
        rows.push(SheetRow {
            number,
            cells: cells.to_vec(),
        });
        true
    })?;
    Ok(rows)
}

/// Reads the sheet's rows that have any text, giving each to `each` as it ends, until `each` returns
/// `false`. Nothing is kept from one row to the next.
pub fn read_rows(
    xml: &str,
    part: &str,
    shared: &SharedStrings,
    budget: Budget,
    each: EachRow<'_>,
) -> Result<(), XlsxError> {
    let malformed = |_| XlsxError::malformed_xml(part);
    let mut tokens = Tokenizer::of_text(xml);
    let mut reader = SheetReader {
        part,
        shared,
        each,
        row: None,
        cells: RowCells::new(shared),
        stopped: false,
        next_row: 1,
        next_column: 0,
        limit: budget,
        left: budget,
    };
    let mut cell = Cell {
        open: false,
        column: 0,
        kind: Kind::AsWritten,
        value: String::new(),
        inline: String::new(),
        has_inline: false,
    };
    let mut collecting = Collecting::Nothing;
    let mut phonetic_depth = 0usize;
    loop {
        // Rows and cells of the plain shapes are read here, the rest token by token; either way the
        // reader gets the same calls.
        let rest = tokens.rest();
        let plain = match rest.as_bytes().get(..2) {
            Some(b"<c") => match plain_cell(rest) {
                Some(plain) => {
                    tokens.advance(plain.len);
                    Some(reader.plain_cell(&mut cell, &plain))
                }
                None => start_tag(rest, b"c", [b'r', b't']).map(|tag| {
                    tokens.advance(tag.len);
                    let [r, t] = tag.values.map(|v| v.map(unescape));
                    reader.cell(&mut tokens, &mut cell, r, t, tag.empty)
                }),
            },
            Some(b"<r") => start_tag(rest, b"row", [b'r']).map(|tag| {
                tokens.advance(tag.len);
                reader.row(tag.values[0].map(unescape), tag.empty)
            }),
            Some(b"</") if rest.starts_with("</row>") => {
                tokens.advance("</row>".len());
                reader.end_row();
                Some(Ok(false))
            }
            _ => None,
        };
        if let Some(step) = plain {
            if step? {
                collecting = Collecting::Nothing;
                phonetic_depth = 0;
            }
            if reader.stopped {
                return Ok(());
            }
            continue;
        }
        let Some(token) = tokens.next_token().map_err(malformed)? else {
            break;
        };
        match token {
            Token::Open(tag) => match tag.name().as_bytes() {
                b"row" => {
                    reader.row(tag.attr("r"), tag.empty)?;
                }
                b"c" => {
                    let (r, t) = (tag.attr("r"), tag.attr("t"));
                    if reader.cell(&mut tokens, &mut cell, r, t, tag.empty)? {
                        collecting = Collecting::Nothing;
                        phonetic_depth = 0;
                    }
                }
                b"v" if !tag.empty => collecting = Collecting::Value,
                b"is" => cell.has_inline = cell.open,
                b"rPh" if !tag.empty => phonetic_depth += 1,
                b"t" if !tag.empty && phonetic_depth == 0 => collecting = Collecting::InlineText,
                _ => {}
            },
            Token::Close(name) => match name.as_bytes() {
                b"row" => reader.end_row(),
                b"c" => {
                    if cell.open {
                        let value = std::mem::take(&mut cell.value);
                        reader.end_cell(&mut cell, &value)?;
                        cell.value = value;
                    }
                    collecting = Collecting::Nothing;
                    phonetic_depth = 0;
                }
                b"v" | b"t" => collecting = Collecting::Nothing,
                b"rPh" => phonetic_depth = phonetic_depth.saturating_sub(1),
                _ => {}
            },
            Token::Text(raw) => collect(&mut cell, collecting, raw),
            Token::CData(text) => collect_literal(&mut cell, collecting, text),
        }
        if reader.stopped {
            return Ok(());
        }
    }
    reader.end_row();
    Ok(())
}

fn collect(cell: &mut Cell, collecting: Collecting, raw: &str) {
    if cell.open && collecting != Collecting::Nothing {
        collect_literal(cell, collecting, &unescape(raw));
    }
}

fn collect_literal(cell: &mut Cell, collecting: Collecting, text: &str) {
    match collecting {
        _ if !cell.open => {}
        Collecting::Value => cell.value.push_str(text),
        Collecting::InlineText => cell.inline.push_str(text),
        Collecting::Nothing => {}
    }
}

impl SheetReader<'_, '_> {
    /// A `<row>` with its `r` attribute; an empty one ends at once. Returns `Ok(false)`: the cell
    /// state is left as it was.
    fn row(&mut self, r: Option<Cow<'_, str>>, empty: bool) -> Result<bool, XlsxError> {
        self.start_row(r)?;
        if empty {
            self.end_row();
        }
        Ok(false)
    }

    fn start_row(&mut self, r: Option<Cow<'_, str>>) -> Result<(), XlsxError> {
        self.end_row();
        let number = match r {
            Some(r) => trim(&r)
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=MAX_ROW).contains(n))
                .ok_or_else(|| self.bad_reference(&r))?,
            None => self.next_row,
        };
        self.next_row = number.saturating_add(1);
        self.next_column = 0;
        self.row = Some(number);
        self.cells.clear();
        Ok(())
    }

    /// A `<c>` with its `r` and `t` attributes. When `<v>TEXT</v></c>` follows, it is read too and the
    /// cell ended: then returns `Ok(true)`, as the text being collected and the phonetic depth reset.
    fn cell<'a>(
        &mut self,
        tokens: &mut Tokenizer<'a>,
        cell: &mut Cell,
        r: Option<Cow<'_, str>>,
        t: Option<Cow<'_, str>>,
        empty: bool,
    ) -> Result<bool, XlsxError> {
        self.start_cell(r, t, cell)?;
        if empty {
            self.end_cell(cell, "")?;
            return Ok(false);
        }
        let Some(raw) = tokens.take_cell_value() else {
            return Ok(false);
        };
        // `<v>text</v></c>` in one step: what the tokens would have done.
        self.end_cell(cell, &unescape(raw))?;
        Ok(true)
    }

    /// A cell of the plain shape, read whole: what [`SheetReader::cell`] does with the same cell.
    fn plain_cell(&mut self, cell: &mut Cell, plain: &PlainCell<'_>) -> Result<bool, XlsxError> {
        self.open_cell(plain.column, Kind::of(plain.kind), cell)?;
        self.end_cell(cell, plain.value.unwrap_or_default())?;
        Ok(plain.value.is_some())
    }

    /// Hands on a row that has any text; trailing empty cells are dropped.
    fn end_row(&mut self) {
        if let Some(number) = self.row.take() {
            self.cells.trim_trailing_empty();
            if !self.cells.spans.is_empty() && !self.stopped {
                self.stopped = !(self.each)(number, &self.cells);
            }
        }
    }

    fn start_cell(
        &mut self,
        r: Option<Cow<'_, str>>,
        t: Option<Cow<'_, str>>,
        cell: &mut Cell,
    ) -> Result<(), XlsxError> {
        let column = match r {
            Some(r) => column_of(&r).ok_or_else(|| self.bad_reference(&r))?,
            None => self.next_column,
        };
        self.open_cell(column, Kind::of(t.as_deref()), cell)
    }

    fn open_cell(&mut self, column: u32, kind: Kind, cell: &mut Cell) -> Result<(), XlsxError> {
        if self.row.is_none() {
            // A cell outside any row: SpreadsheetML requires rows, so start an implicit one.
            let number = self.next_row.min(MAX_ROW);
            self.next_row = number.saturating_add(1);
            self.row = Some(number);
            self.cells.clear();
        }
        if column >= MAX_COLUMN {
            return Err(self.bad_reference(&self.cell_name(column)));
        }
        self.next_column = column + 1;
        cell.open = true;
        cell.column = column;
        cell.kind = kind;
        cell.value.clear();
        cell.inline.clear();
        cell.has_inline = false;
        Ok(())
    }

    /// Ends the open cell, whose `<v>` text is `value`.
    fn end_cell(&mut self, cell: &mut Cell, value: &str) -> Result<(), XlsxError> {
        cell.open = false;
        let text = self.cell_text(cell, value)?;
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
        if self.row.is_none() {
            return Ok(());
        }
        let column = cell.column as usize;
        let len = self.cells.spans.len();
        if column >= len && text.len() == 0 {
            return Ok(());
        }
        if column >= len {
            let added = column + 1 - len;
            self.left.cells = self.left.cells.checked_sub(added).ok_or_else(|| {
                XlsxError::new("xlsx_sheet_too_large")
                    .param("part", self.part)
                    .param("limit", self.limit.cells)
            })?;
        }
        self.cells.set(column, &text);
        Ok(())
    }

    /// The cell's text as Excel shows it without number formatting: numbers exactly as written in the
    /// file, booleans as TRUE/FALSE, error values such as `#N/A` as written.
    fn cell_text<'c>(&self, cell: &'c Cell, value: &'c str) -> Result<CellText<'c>, XlsxError> {
        let own = match cell.kind {
            Kind::SharedString => {
                let index = trim(value);
                if index.is_empty() {
                    return Ok(CellText::Own(Cow::Borrowed("")));
                }
                let span = index
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| self.shared.span(i));
                let (start, end) = span.ok_or_else(|| {
                    XlsxError::new("xlsx_bad_shared_string")
                        .param("part", self.part)
                        .param("cell", self.cell_name(cell.column))
                })?;
                return Ok(CellText::Shared(start, end));
            }
            Kind::InlineString if cell.has_inline => decode_xstring(Cow::Borrowed(&cell.inline)),
            Kind::InlineString | Kind::FormulaString => decode_xstring(Cow::Borrowed(value)),
            Kind::Boolean => Cow::Borrowed(match trim(value) {
                "1" => "TRUE",
                "0" => "FALSE",
                other => other,
            }),
            // Some writers leave out t="inlineStr" on an inline string.
            Kind::AsWritten if cell.has_inline && value.is_empty() => {
                decode_xstring(Cow::Borrowed(&cell.inline))
            }
            Kind::AsWritten => Cow::Borrowed(trim(value)),
        };
        Ok(CellText::Own(own))
    }

    /// The A1-style name of a column in the current row, for messages.
    fn cell_name(&self, column: u32) -> String {
        let row = self.row.unwrap_or(0);
        format!("{}{row}", column_name(column))
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
