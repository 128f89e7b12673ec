//! How a catalog report stores a checked listing: its row, score, id, title and findings as codes and
//! values in a few bytes, with no text rendered. A page of listings is three small arrays and one byte
//! buffer, so a report of a million listings is a few hundred allocations, not millions.

use std::borrow::Cow;

use crate::finding::Severity;
use crate::listing::{Attribute, Category, Field, FindingSink, Found, Rule, RuleSet, Value};

/// How a parameter's value is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Count,
    Number,
    Text,
    Size,
    /// A category id, stored as its place among `Category::ids()`.
    Category,
}

/// The parameters each rule reports, in the order it reports them: stored values need neither names
/// nor type tags.
fn schema(rule: Rule) -> &'static [(&'static str, Kind)] {
    use Kind::*;
    match rule {
        Rule::TitleTooLong => &[("length", Count), ("max", Count)],
        Rule::ExaggeratedClaim => &[("phrase", Text)],
        Rule::ShortDescription => &[("length", Count), ("min", Count)],
        Rule::UnknownCategory => &[("category", Text)],
        Rule::InvalidPrice => &[("value", Number)],
        Rule::OldPriceNotHigher => &[("oldPrice", Number), ("price", Number)],
        Rule::DiscountTooSmall => &[("gap", Number), ("minGap", Number)],
        Rule::SuspiciousDiscount => &[("percent", Number), ("max", Number)],
        Rule::TooFewImages => &[("count", Count), ("min", Count)],
        Rule::LowResolutionImage => &[("count", Count), ("size", Size), ("minSize", Size)],
        Rule::MissingSizes
        | Rule::MissingSizeChart
        | Rule::MissingMaterial
        | Rule::MissingCare
        | Rule::MissingColor
        | Rule::MissingGender
        | Rule::MissingDimensions
        | Rule::MissingWeight
        | Rule::MissingIncludedItems
        | Rule::MissingVoltage
        | Rule::MissingPlugType
        | Rule::MissingWarranty => &[("category", Category)],
        Rule::MissingTitle
        | Rule::TitleAllCaps
        | Rule::MissingPrice
        | Rule::MissingMainImage
        | Rule::MissingVideo
        | Rule::MissingShippingInfo
        | Rule::MissingReturnInfo => &[],
    }
}

fn write_varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Reads what `write_varint` wrote; a damaged buffer reads as 0 rather than failing.
fn read_varint(bytes: &mut &[u8]) -> u64 {
    let mut n = 0u64;
    let mut shift = 0;
    while let Some((&b, rest)) = bytes.split_first() {
        *bytes = rest;
        if shift < 64 {
            n |= u64::from(b & 0x7F) << shift;
        }
        shift += 7;
        if b & 0x80 == 0 {
            break;
        }
    }
    n
}

fn write_text(out: &mut Vec<u8>, text: Option<&str>) {
    match text {
        None => write_varint(out, 0),
        Some(text) => {
            write_varint(out, text.len() as u64 + 1);
            out.extend_from_slice(text.as_bytes());
        }
    }
}

fn read_text<'a>(bytes: &mut &'a [u8]) -> Option<&'a str> {
    let len = read_varint(bytes).checked_sub(1)?;
    let len = usize::try_from(len).ok()?.min(bytes.len());
    let (text, rest) = bytes.split_at(len);
    *bytes = rest;
    // The bytes were written from a `str`, so they are UTF-8.
    std::str::from_utf8(text).ok()
}

fn severity_bits(severity: Severity) -> u8 {
    match severity {
        Severity::Info => 0,
        Severity::Warning => 1,
        Severity::Error => 2,
    }
}

fn field_code(field: Field) -> u8 {
    match field {
        Field::Title => 0,
        Field::Description => 1,
        Field::Category => 2,
        Field::Price => 3,
        Field::OldPrice => 4,
        Field::Images => 5,
        Field::Image(_) => 6,
        Field::Video => 7,
        Field::Shipping => 8,
        Field::Returns => 9,
        Field::Attribute(a) => 32 + Attribute::ALL.iter().position(|x| *x == a).unwrap_or(0) as u8,
    }
}

fn field_of(code: u8, bytes: &mut &[u8]) -> Field {
    match code {
        0 => Field::Title,
        1 => Field::Description,
        2 => Field::Category,
        3 => Field::Price,
        4 => Field::OldPrice,
        5 => Field::Images,
        6 => Field::Image(u32::try_from(read_varint(bytes)).unwrap_or(u32::MAX)),
        7 => Field::Video,
        8 => Field::Shipping,
        9 => Field::Returns,
        _ => Field::Attribute(
            Attribute::ALL
                .get(usize::from(code.saturating_sub(32)))
                .copied()
                .unwrap_or(Attribute::Color),
        ),
    }
}

/// Findings of one listing stored as they arrive, kept apart by severity so that they come out in
/// report order (errors, warnings, notes) without sorting.
#[derive(Debug, Default)]
pub struct PackedFindings {
    by_severity: [Vec<u8>; 3],
    counts: [usize; 3],
    /// The rules that fired, as bits.
    pub rules: u32,
    /// The format's store-level gaps: their findings are only noted, in `gaps_found`, not stored.
    pub gaps: RuleSet,
    pub gaps_found: u32,
    /// The category id stored last and its place: a listing's attribute findings all name one.
    category: Option<(&'static str, u8)>,
}

impl PackedFindings {
    pub fn clear(&mut self) {
        for bytes in &mut self.by_severity {
            bytes.clear();
        }
        self.counts = [0; 3];
        self.rules = 0;
        self.gaps_found = 0;
    }

    /// (errors, warnings, notes).
    pub fn counts(&self) -> (usize, usize, usize) {
        (self.counts[2], self.counts[1], self.counts[0])
    }

    /// Appends the findings in report order to `out`.
    fn write(&self, out: &mut Vec<u8>) {
        write_varint(out, self.counts.iter().sum::<usize>() as u64);
        for bytes in self.by_severity.iter().rev() {
            out.extend_from_slice(bytes);
        }
    }
}

impl FindingSink for PackedFindings {
    fn add(&mut self, found: &Found<'_>) {
        if self.gaps.contains(found.rule) {
            self.gaps_found |= 1 << found.rule.index();
            return;
        }
        let severity = severity_bits(found.severity);
        self.counts[usize::from(severity)] += 1;
        self.rules |= 1 << found.rule.index();
        let out = &mut self.by_severity[usize::from(severity)];
        // A rule number fits six bits: the severity takes the top two.
        out.push(found.rule as u8 | severity << 6);
        out.push(field_code(found.field));
        if let Field::Image(index) = found.field {
            write_varint(out, u64::from(index));
        }
        let kinds = schema(found.rule);
        debug_assert_eq!(
            kinds.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
            found.params.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
            "{:?} reports other parameters than its schema",
            found.rule
        );
        for ((_, kind), (_, value)) in kinds.iter().zip(found.params) {
            match (kind, value) {
                (Kind::Count, Value::Count(n)) => write_varint(out, *n),
                (Kind::Number, Value::Number(n)) => out.extend_from_slice(&n.to_le_bytes()),
                (Kind::Size, Value::Size(width, height)) => {
                    for side in [width, height] {
                        write_varint(out, side.map_or(0, |v| u64::from(v) + 1));
                    }
                }
                (Kind::Category, Value::Text(id)) => {
                    let index = match self.category {
                        Some((last, index)) if std::ptr::eq(last, id.as_ref()) => index,
                        _ => {
                            let index = Category::position_of(id)
                                .and_then(|i| u8::try_from(i).ok())
                                .unwrap_or(u8::MAX);
                            if let Some(id) = Category::id_at(usize::from(index)) {
                                self.category = Some((id, index));
                            }
                            index
                        }
                    };
                    out.push(index);
                }
                (_, value) => write_text(out, Some(&value.to_string())),
            }
        }
    }
}

/// One stored finding, read back: `found()` lends it as the rules reported it.
#[derive(Clone, Debug)]
pub struct StoredFinding<'a> {
    rule: Rule,
    severity: Severity,
    field: Field,
    params: [(&'static str, Value<'a>); 3],
    len: usize,
}

impl StoredFinding<'_> {
    pub fn found(&self) -> Found<'_> {
        Found {
            rule: self.rule,
            severity: self.severity,
            field: self.field,
            params: &self.params[..self.len],
        }
    }
}

/// Reads the findings `PackedFindings::write` stored.
pub struct StoredFindings<'a> {
    bytes: &'a [u8],
    left: u64,
}

impl<'a> Iterator for StoredFindings<'a> {
    type Item = StoredFinding<'a>;

    fn next(&mut self) -> Option<StoredFinding<'a>> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let bytes = &mut self.bytes;
        let (&rule, rest) = bytes.split_first()?;
        let (&field, rest) = rest.split_first()?;
        *bytes = rest;
        let severity = match rule >> 6 {
            2 => Severity::Error,
            1 => Severity::Warning,
            _ => Severity::Info,
        };
        let rule = Rule::from_index(usize::from(rule & 0x3F))?;
        let field = field_of(field, bytes);
        let none = || ("", Value::Count(0));
        let mut params = [none(), none(), none()];
        let kinds = schema(rule);
        for (param, (name, kind)) in params.iter_mut().zip(kinds) {
            let value = match kind {
                Kind::Count => Value::Count(read_varint(bytes)),
                Kind::Number => {
                    let (number, rest) = bytes.split_at_checked(8)?;
                    *bytes = rest;
                    Value::Number(f64::from_le_bytes(number.try_into().ok()?))
                }
                Kind::Text => Value::Text(Cow::Borrowed(read_text(bytes).unwrap_or(""))),
                Kind::Size => {
                    let mut side = || u32::try_from(read_varint(bytes)).ok()?.checked_sub(1);
                    let width = side();
                    Value::Size(width, side())
                }
                Kind::Category => {
                    let (&index, rest) = bytes.split_first()?;
                    *bytes = rest;
                    Value::Text(Cow::Borrowed(
                        Category::id_at(usize::from(index)).unwrap_or(""),
                    ))
                }
            };
            *param = (*name, value);
        }
        let len = kinds.len();
        Some(StoredFinding {
            rule,
            severity,
            field,
            params,
            len,
        })
    }
}

/// A page of checked listings.
#[derive(Debug, Default)]
pub struct Page {
    rows: Vec<u32>,
    scores: Vec<u8>,
    /// Where each listing's bytes start in `bytes`.
    starts: Vec<u32>,
    bytes: Vec<u8>,
}

/// A checked listing as a page stores it.
#[derive(Clone, Copy, Debug)]
pub struct StoredListing<'a> {
    pub row: u32,
    pub score: u8,
    pub id: Option<&'a str>,
    pub title: Option<&'a str>,
    rest: &'a [u8],
}

impl<'a> StoredListing<'a> {
    /// The further rows folded into the listing.
    pub fn grouped_rows(&self) -> Vec<u32> {
        let mut bytes = self.rest;
        let count = read_varint(&mut bytes);
        let mut row = self.row;
        (0..count)
            .map(|_| {
                row = row.saturating_add(read_varint(&mut bytes) as u32);
                row
            })
            .collect()
    }

    pub fn findings(&self) -> StoredFindings<'a> {
        let mut bytes = self.rest;
        let count = read_varint(&mut bytes);
        for _ in 0..count {
            read_varint(&mut bytes);
        }
        let left = read_varint(&mut bytes);
        StoredFindings { bytes, left }
    }
}

impl Page {
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn push(
        &mut self,
        row: u32,
        grouped: &[u32],
        id: Option<&str>,
        title: Option<&str>,
        score: u8,
        findings: &PackedFindings,
    ) {
        self.rows.push(row);
        self.scores.push(score);
        // A page holds one batch of listings, far below 4 GiB.
        self.starts.push(self.bytes.len() as u32);
        let out = &mut self.bytes;
        write_text(out, id);
        write_text(out, title);
        write_varint(out, grouped.len() as u64);
        let mut previous = row;
        for &r in grouped {
            write_varint(out, u64::from(r.saturating_sub(previous)));
            previous = r;
        }
        findings.write(out);
    }

    /// Gives back the room a page reserved while it grew.
    pub fn shrink(&mut self) {
        self.rows.shrink_to_fit();
        self.scores.shrink_to_fit();
        self.starts.shrink_to_fit();
        self.bytes.shrink_to_fit();
    }

    pub fn get(&self, index: usize) -> Option<StoredListing<'_>> {
        let start = *self.starts.get(index)? as usize;
        let end = self
            .starts
            .get(index + 1)
            .map_or(self.bytes.len(), |&e| e as usize);
        let mut bytes = self.bytes.get(start..end)?;
        let id = read_text(&mut bytes);
        let title = read_text(&mut bytes);
        Some(StoredListing {
            row: self.rows[index],
            score: self.scores[index],
            id,
            title,
            rest: bytes,
        })
    }

    /// The page's listings in order.
    pub fn iter(&self) -> impl Iterator<Item = StoredListing<'_>> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    /// Bytes the page holds on to.
    pub fn memory(&self) -> usize {
        self.rows.capacity() * 4
            + self.scores.capacity()
            + self.starts.capacity() * 4
            + self.bytes.capacity()
    }
}
