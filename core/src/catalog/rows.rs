//! Rows of a table (CSV records or spreadsheet rows) into listings: the first row is the header, which
//! decides the format and the columns; each further row becomes a listing, joins the listing of the rows
//! before it (Shopify: same handle), or is a row error.

use std::collections::BTreeMap;

use super::columns::{ColumnPlan, ColumnSet, Field, OptionNames};
use super::report::ReportBuilder;
use super::Format;
use crate::error::InputError;
use crate::listing::Listing;

/// Rows with the same key, folded into one listing.
#[derive(Debug)]
struct Group {
    key: String,
    row: u32,
    grouped: Vec<u32>,
    listing: Listing,
    option_names: OptionNames,
}

#[derive(Debug)]
pub struct TableRows {
    requested: Format,
    mapping: BTreeMap<String, String>,
    plan: Option<ColumnPlan>,
    /// The format the header showed.
    pub format: Option<Format>,
    group: Option<Group>,
}

impl TableRows {
    pub fn new(requested: Format, mapping: BTreeMap<String, String>) -> Self {
        TableRows {
            requested,
            mapping,
            plan: None,
            format: None,
            group: None,
        }
    }

    /// Takes one row; the first one is the header.
    pub fn row(
        &mut self,
        line: u32,
        cells: &[String],
        report: &mut ReportBuilder,
    ) -> Result<(), InputError> {
        let Some(plan) = &self.plan else {
            let (format, plan) = self.read_header(cells)?;
            self.format = Some(format);
            self.plan = Some(plan);
            return Ok(());
        };
        report.rows += 1;
        if cells.len() != plan.width {
            report.row_error(
                line,
                "wrong_column_count",
                &[
                    ("expected", plan.width.to_string()),
                    ("found", cells.len().to_string()),
                ],
            );
            return Ok(());
        }
        if let Some((column, value)) = plan.number_error(cells) {
            report.row_error(
                line,
                "invalid_number",
                &[("column", column), ("value", value)],
            );
            return Ok(());
        }
        if plan.has(Field::Key) {
            let key = plan
                .value(cells, Field::Key)
                .unwrap_or_default()
                .to_string();
            if let Some(group) = &mut self.group {
                if group.key == key && !key.is_empty() {
                    group.grouped.push(line);
                    // Numbers were checked above, so filling cannot fail here.
                    let _ = plan.fill(&mut group.listing, cells, &mut group.option_names);
                    return Ok(());
                }
            }
            let mut listing = Listing::default();
            let mut option_names = OptionNames::default();
            let _ = plan.fill(&mut listing, cells, &mut option_names);
            let previous = self.group.replace(Group {
                key,
                row: line,
                grouped: Vec::new(),
                listing,
                option_names,
            });
            if let Some(done) = previous {
                report.listing(done.row, done.grouped, done.listing);
            }
            return Ok(());
        }
        let mut listing = Listing::default();
        let _ = plan.fill(&mut listing, cells, &mut OptionNames::default());
        report.listing(line, Vec::new(), listing);
        Ok(())
    }

    /// Whether `cells` would be taken as the header row (a spreadsheet may have title rows above it).
    pub fn is_header(&self, cells: &[String]) -> bool {
        self.read_header(cells).is_ok()
    }

    /// The number of columns of the header, once read.
    pub fn width(&self) -> Option<usize> {
        self.plan.as_ref().map(|p| p.width)
    }

    /// The header was read, so the file is a table of listings (even one without rows).
    pub fn has_header(&self) -> bool {
        self.plan.is_some()
    }

    pub fn finish(&mut self, report: &mut ReportBuilder) {
        if let Some(done) = self.group.take() {
            report.listing(done.row, done.grouped, done.listing);
        }
    }

    fn plan(&self, header: &[String], set: ColumnSet) -> Result<ColumnPlan, InputError> {
        ColumnPlan::new(header, set, &self.mapping).map_err(|name| {
            InputError::new("invalid_input", &format!("options.mapping.{name}"))
                .param("detail", "not a listing field")
        })
    }

    fn read_header(&self, header: &[String]) -> Result<(Format, ColumnPlan), InputError> {
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

pub fn not_a_catalog(header: &[String]) -> InputError {
    let mut columns: Vec<String> = header
        .iter()
        .take(5)
        .map(|h| h.trim().chars().take(40).collect())
        .collect();
    if header.len() > 5 {
        columns.push("…".into());
    }
    InputError::new("not_a_catalog", "data").param("columns", columns.join(", "))
}
