//! The shared-string table (`xl/sharedStrings.xml`, ECMA-376 Part 1, 18.4): each `<si>` is plain text
//! `<t>` or rich text whose runs `<r><t>` are concatenated. Phonetic guides (`<rPh>`) are not part of
//! the cell's text and are skipped.

use super::error::XlsxError;
use super::limits::MAX_SHARED_STRINGS;
use super::plain_tag::start_tag;
use super::xml::{decode_xstring, unescape, Token, Tokenizer};

/// All strings in one buffer: a table of millions of short strings costs 4 bytes of overhead each,
/// not an allocation each.
#[derive(Default)]
pub struct SharedStrings {
    text: String,
    ends: Vec<u32>,
}

impl SharedStrings {
    #[cfg(test)]
    pub fn get(&self, index: usize) -> Option<&str> {
        let (start, end) = self.span(index)?;
        self.text.get(start as usize..end as usize)
    }

    /// Where string `index` is in [`SharedStrings::text`].
    pub fn span(&self, index: usize) -> Option<(u32, u32)> {
        let end = *self.ends.get(index)?;
        let start = match index {
            0 => 0,
            _ => *self.ends.get(index - 1)?,
        };
        Some((start, end))
    }

    /// All strings, back to back.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Ends the string being built in `text`.
    fn seal(&mut self, part: &str) -> Result<(), XlsxError> {
        let end = u32::try_from(self.text.len()).map_err(|_| XlsxError::damaged_part(part))?;
        if self.ends.len() >= MAX_SHARED_STRINGS {
            return Err(XlsxError::new("xlsx_too_many_strings")
                .param("part", part)
                .param("limit", MAX_SHARED_STRINGS));
        }
        self.ends.push(end);
        Ok(())
    }

    #[cfg(test)]
    pub fn of(strings: &[&str]) -> Self {
        let mut table = SharedStrings::default();
        for s in strings {
            table.text.push_str(s);
            let _ = table.seal("test");
        }
        table
    }
}

pub fn parse(xml: &[u8], part: &str) -> Result<SharedStrings, XlsxError> {
    let malformed = |_| XlsxError::malformed_xml(part);
    let mut tokens = Tokenizer::new(xml).map_err(malformed)?;
    let mut table = SharedStrings::default();
    let mut in_item = false;
    let mut in_text = false;
    let mut phonetic_depth = 0usize;
    loop {
        // `<si><t>TEXT</t></si>`, as nearly every item is, in one step: what the tokens would do.
        if let Some(item) = plain_item(tokens.rest()) {
            tokens.advance(item.len);
            if phonetic_depth == 0 && item.literal {
                table.text.push_str(item.raw);
            } else if phonetic_depth == 0 {
                table.text.push_str(&decode_xstring(unescape(item.raw)));
            }
            table.seal(part)?;
            (in_item, in_text) = (false, false);
            continue;
        }
        let Some(token) = tokens.next_token().map_err(malformed)? else {
            break;
        };
        match token {
            Token::Open(tag) => match tag.name() {
                "si" if tag.empty => table.seal(part)?,
                "si" => in_item = true,
                "rPh" if !tag.empty => phonetic_depth += 1,
                "t" if !tag.empty => in_text = in_item && phonetic_depth == 0,
                _ => {}
            },
            Token::Close(name) => match name {
                "si" if in_item => {
                    table.seal(part)?;
                    in_item = false;
                }
                "rPh" => phonetic_depth = phonetic_depth.saturating_sub(1),
                "t" => in_text = false,
                _ => {}
            },
            Token::Text(raw) if in_text => table.text.push_str(&decode_xstring(unescape(raw))),
            Token::CData(text) if in_text => table.text.push_str(text),
            _ => {}
        }
    }
    Ok(table)
}

/// An item `<si><t ...>TEXT</t></si>` whose TEXT has no markup.
struct PlainItem<'a> {
    raw: &'a str,
    /// TEXT has no `&` and no `_`, so neither a reference nor an `_xHHHH_` escape: it is as written.
    literal: bool,
    /// Bytes of the item.
    len: usize,
}

/// The plain item `xml` begins with, if it does. Its text is scanned once for its end and for what
/// would need decoding.
fn plain_item(xml: &str) -> Option<PlainItem<'_>> {
    let after_si = xml.strip_prefix("<si>")?;
    // The two start tags writers use, compared whole; any other plain one read attribute by attribute.
    let body = match ["<t>", r#"<t xml:space="preserve">"#]
        .into_iter()
        .find_map(|tag| after_si.strip_prefix(tag))
    {
        Some(body) => body,
        None => {
            let t = start_tag(after_si, b"t", []).filter(|t| !t.empty)?;
            &after_si[t.len..]
        }
    };
    let bytes = body.as_bytes();
    let first = bytes
        .iter()
        .position(|&b| matches!(b, b'<' | b'&' | b'_'))?;
    let literal = bytes[first] == b'<';
    let end = if literal {
        first
    } else {
        first + bytes[first..].iter().position(|&b| b == b'<')?
    };
    let rest = body[end..].strip_prefix("</t></si>")?;
    Some(PlainItem {
        raw: &body[..end],
        literal,
        len: xml.len() - rest.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rich_text_runs_concatenate_and_phonetic_guides_are_skipped() {
        let xml = br#"<sst><si><t>plain</t></si><si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and  spaced </t></r></si><si/><si><t>&#x6F22;</t><rPh sb="0" eb="1"><t>KAN</t></rPh></si></sst>"#;
        let table = parse(xml, "xl/sharedStrings.xml").unwrap();
        let strings: Vec<&str> = (0..).map_while(|i| table.get(i)).collect();
        assert_eq!(strings, ["plain", "Bold and  spaced ", "", "漢"]);
        assert_eq!(table.get(4), None);
    }
}
