//! The OPC package structure (ECMA-376 Part 2): relationships from a part to the parts it uses, and
//! resolution of their targets to part names.

use super::error::XlsxError;
use super::xml::{after_last, Token, Tokenizer};

pub struct Relationship {
    pub id: String,
    /// The relationship type URI; compared by its last segment (`worksheet`, `sharedStrings`), which is
    /// the same under the transitional and strict namespaces.
    pub kind: String,
    /// The target part name, resolved against the source part, without a leading `/`.
    pub target: String,
}

impl Relationship {
    pub fn is(&self, kind: &str) -> bool {
        after_last(&self.kind, b'/') == kind
    }
}

/// The relationships part of `source`: `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`.
pub fn relationships_part(source: &str) -> String {
    let file = after_last(source, b'/');
    let dir = &source[..source.len() - file.len()];
    format!("{dir}_rels/{file}.rels")
}

/// Parses a `.rels` part whose relationships belong to `source` (`""` for the package itself).
pub fn parse_relationships(
    xml: &[u8],
    part: &str,
    source: &str,
) -> Result<Vec<Relationship>, XlsxError> {
    let malformed = |_| XlsxError::malformed_xml(part);
    let mut tokens = Tokenizer::new(xml).map_err(malformed)?;
    let mut found = Vec::new();
    while let Some(token) = tokens.next_token().map_err(malformed)? {
        let Token::Open(tag) = token else { continue };
        if tag.name() != "Relationship" {
            continue;
        }
        if tag
            .attr("TargetMode")
            .is_some_and(|mode| mode == "External")
        {
            continue;
        }
        let (Some(id), Some(kind), Some(target)) =
            (tag.attr("Id"), tag.attr("Type"), tag.attr("Target"))
        else {
            continue;
        };
        found.push(Relationship {
            id: id.into_owned(),
            kind: kind.into_owned(),
            target: resolve(source, &target),
        });
    }
    Ok(found)
}

/// Resolves a relative reference against the source part's folder; `..` and `.` are followed, an
/// absolute target (`/xl/worksheets/sheet1.xml`) is taken as is.
pub fn resolve(source: &str, target: &str) -> String {
    let mut segments: Vec<&str> = Vec::new();
    if !target.starts_with('/') {
        let dir = &source[..source.len() - after_last(source, b'/').len()];
        segments.extend(dir.split('/').filter(|s| !s.is_empty()));
    }
    for segment in target.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    let mut name = String::with_capacity(target.len() + source.len());
    for segment in segments {
        if !name.is_empty() {
            name.push('/');
        }
        name.push_str(segment);
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_relative_absolute_and_upwards() {
        assert_eq!(
            resolve("xl/workbook.xml", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve("xl/workbook.xml", "/xl/worksheets/sheet2.xml"),
            "xl/worksheets/sheet2.xml"
        );
        assert_eq!(
            resolve("xl/workbook.xml", "../xl/./sheet3.xml"),
            "xl/sheet3.xml"
        );
        assert_eq!(resolve("", "xl/workbook.xml"), "xl/workbook.xml");
        assert_eq!(
            relationships_part("xl/workbook.xml"),
            "xl/_rels/workbook.xml.rels"
        );
        assert_eq!(
            relationships_part("workbook.xml"),
            "_rels/workbook.xml.rels"
        );
    }
}
