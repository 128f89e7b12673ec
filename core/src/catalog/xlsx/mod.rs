//! An XLSX (Office Open XML SpreadsheetML) reader small enough for the browser: a ZIP central-directory
//! reader, raw DEFLATE and CRC-32 from `zlib-rs`, and a minimal XML tokenizer for the four parts a catalog
//! needs: the package and workbook relationships, the workbook's sheet list, the shared strings and the
//! worksheets.
//!
//! Cells come back as the text stored in the file: numbers exactly as written (no float reformatting;
//! dates stay serial numbers, as number formats are not applied), booleans as `TRUE`/`FALSE`, errors such
//! as `#N/A` as written, formulas as their cached result. Any input yields a value or an [`XlsxError`],
//! never a panic, and memory stays bounded (see `limits`).

mod error;
mod limits;
mod package;
mod plain_cell;
mod plain_tag;
mod shared_strings;
mod sheet;
mod xml;
mod zip;

#[cfg(test)]
mod tests;

pub use error::XlsxError;
pub use sheet::RowCells;

use std::collections::HashMap;

use limits::MAX_SHEETS;
use shared_strings::SharedStrings;

use package::{parse_relationships, relationships_part};
use xml::{Token, Tokenizer};
use zip::{Archive, StoredEntry};

/// One row of a sheet that has any text. `cells[i]` is column `i` (A = 0); gaps between cells are empty
/// strings so columns line up, and trailing empty cells are left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetRow {
    /// The 1-based Excel row number; rows without text are skipped, so numbers may jump.
    pub number: u32,
    pub cells: Vec<String>,
}

/// An opened workbook: its sheet list and shared strings are read; each sheet is inflated and parsed
/// when asked for.
pub struct Workbook {
    sheets: Vec<Sheet>,
    /// The sheets' compressed parts, each once even if several sheets name it.
    parts: Vec<StoredEntry>,
    shared_strings: SharedStrings,
}

struct Sheet {
    name: String,
    hidden: bool,
    /// The index of the sheet's part in `parts`, or the part that is missing.
    part: Result<usize, String>,
}

const DEFAULT_WORKBOOK: &str = "xl/workbook.xml";
const DEFAULT_SHARED_STRINGS: &str = "xl/sharedStrings.xml";

/// Opens an XLSX file from its bytes.
pub fn open(bytes: &[u8]) -> Result<Workbook, XlsxError> {
    let archive = Archive::parse(bytes)?;
    let workbook_part = find_workbook(&archive)?;
    let workbook_entry = archive
        .find(&workbook_part)
        .ok_or_else(|| XlsxError::new("xlsx_not_workbook"))?;
    let sheet_list = parse_sheet_list(&archive.read(workbook_entry)?, &workbook_part)?;

    let rels_part = relationships_part(&workbook_part);
    let rels = match archive.find(&rels_part) {
        Some(entry) => parse_relationships(&archive.read(entry)?, &rels_part, &workbook_part)?,
        None => Vec::new(),
    };
    let shared_part = rels
        .iter()
        .find(|r| r.is("sharedStrings"))
        .map_or_else(|| DEFAULT_SHARED_STRINGS.to_string(), |r| r.target.clone());
    let shared_strings = match archive.find(&shared_part) {
        Some(entry) => shared_strings::parse(&archive.read(entry)?, &shared_part)?,
        None => SharedStrings::default(),
    };

    let mut rel_index: HashMap<String, usize> = HashMap::with_capacity(rels.len());
    // In reverse, so that of duplicate ids the first relationship wins.
    for (i, rel) in rels.iter().enumerate().rev() {
        rel_index.insert(rel.id.clone(), i);
    }
    let mut parts: Vec<StoredEntry> = Vec::new();
    let mut part_index: HashMap<String, usize> = HashMap::new();
    let mut sheets = Vec::with_capacity(sheet_list.len());
    for SheetListing { name, id, hidden } in sheet_list {
        let target = rel_index
            .get(&id)
            .and_then(|&i| rels.get(i))
            .map(|r| &r.target);
        let part = match target {
            Some(t) => match (part_index.get(t).copied(), archive.find(t)) {
                (Some(i), _) => Ok(i),
                (None, Some(entry)) => {
                    parts.push(archive.store(entry)?);
                    part_index.insert(t.clone(), parts.len() - 1);
                    Ok(parts.len() - 1)
                }
                (None, None) => Err(t.clone()),
            },
            None => Err(rels_part.clone()),
        };
        sheets.push(Sheet { name, hidden, part });
    }
    if sheets.is_empty() {
        return Err(XlsxError::new("xlsx_no_sheets"));
    }
    Ok(Workbook {
        sheets,
        parts,
        shared_strings,
    })
}

impl std::fmt::Debug for Workbook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Workbook")
            .field("sheets", &self.sheet_names())
            .finish_non_exhaustive()
    }
}

impl Workbook {
    /// The sheet names, in workbook (tab) order, hidden sheets included.
    pub fn sheet_names(&self) -> Vec<String> {
        self.sheets.iter().map(|s| s.name.clone()).collect()
    }

    /// Whether the sheet at this index in [`Workbook::sheet_names`] is hidden from the tabs (templates
    /// keep drop-down lists on such sheets). An index out of range is not hidden.
    pub fn is_hidden(&self, sheet: usize) -> bool {
        self.sheets.get(sheet).is_some_and(|s| s.hidden)
    }

    /// The rows of the sheet at this index in [`Workbook::sheet_names`].
    pub fn rows(&self, sheet: usize) -> Result<Vec<SheetRow>, XlsxError> {
        let xml = self.sheet_xml(sheet)?;
        sheet::parse(xml.text.as_bytes(), &xml.part, &self.shared_strings)
    }

    /// The XML of the sheet at this index, inflated, for `read_rows` to read once or more.
    pub fn sheet_xml(&self, sheet: usize) -> Result<SheetXml, XlsxError> {
        let Some(entry) = self.sheets.get(sheet) else {
            return Err(XlsxError::new("xlsx_no_such_sheet")
                .param("sheet", sheet)
                .param("count", self.sheets.len()));
        };
        let part = match &entry.part {
            Ok(i) => self
                .parts
                .get(*i)
                .ok_or_else(|| XlsxError::damaged_part(&entry.name))?,
            Err(missing) => {
                return Err(XlsxError::missing_part(missing).param("sheet", &entry.name))
            }
        };
        // Checked to be UTF-8 once here, not on every reading.
        let text = String::from_utf8(part.inflate()?)
            .map_err(|_| XlsxError::malformed_xml(part.name()))?;
        Ok(SheetXml {
            text,
            part: part.name().to_string(),
        })
    }

    /// Gives each row of a sheet that has any text to `each` (cells as [`RowCells`], column `i` at
    /// `i`), until `each` returns `false`. Nothing is kept from row to row.
    pub fn read_rows(
        &self,
        xml: &SheetXml,
        each: &mut dyn FnMut(u32, &RowCells<'_>) -> bool,
    ) -> Result<(), XlsxError> {
        let budget = sheet::Budget::for_xml(xml.text.as_bytes());
        sheet::read_rows(&xml.text, &xml.part, &self.shared_strings, budget, each)
    }
}

/// A sheet's XML, inflated once.
pub struct SheetXml {
    text: String,
    part: String,
}

/// The main part, from the package relationships (`_rels/.rels`), else the usual `xl/workbook.xml`.
fn find_workbook(archive: &Archive) -> Result<String, XlsxError> {
    const PACKAGE_RELS: &str = "_rels/.rels";
    let Some(entry) = archive.find(PACKAGE_RELS) else {
        return Ok(DEFAULT_WORKBOOK.to_string());
    };
    let rels = parse_relationships(&archive.read(entry)?, PACKAGE_RELS, "")?;
    Ok(rels
        .into_iter()
        .find(|r| r.is("officeDocument") && archive.find(&r.target).is_some())
        .map_or_else(|| DEFAULT_WORKBOOK.to_string(), |r| r.target))
}

/// A `<sheet>` of the workbook's `<sheets>` list.
struct SheetListing {
    name: String,
    /// The relationship (`r:id`) naming the sheet's part.
    id: String,
    /// `state="hidden"` or `"veryHidden"`: not shown as a tab, often lists for drop-downs.
    hidden: bool,
}

/// Each `<sheet>` in `<sheets>`, in order.
fn parse_sheet_list(xml: &[u8], part: &str) -> Result<Vec<SheetListing>, XlsxError> {
    let malformed = |_| XlsxError::malformed_xml(part);
    let mut tokens = Tokenizer::new(xml).map_err(malformed)?;
    let mut sheets = Vec::new();
    while let Some(token) = tokens.next_token().map_err(malformed)? {
        let Token::Open(tag) = token else { continue };
        if tag.name() != "sheet" {
            continue;
        }
        let (Some(name), Some(id)) = (tag.attr("name"), tag.attr("id")) else {
            continue;
        };
        if sheets.len() == MAX_SHEETS {
            return Err(XlsxError::new("xlsx_too_many_sheets").param("limit", MAX_SHEETS));
        }
        sheets.push(SheetListing {
            name: name.into_owned(),
            id: id.into_owned(),
            hidden: tag.attr("state").is_some_and(|state| state != "visible"),
        });
    }
    Ok(sheets)
}
