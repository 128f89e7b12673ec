//! The shared-string table (`xl/sharedStrings.xml`, ECMA-376 Part 1, 18.4): each `<si>` is plain text
//! `<t>` or rich text whose runs `<r><t>` are concatenated. Phonetic guides (`<rPh>`) are not part of
//! the cell's text and are skipped.

use super::error::XlsxError;
use super::limits::MAX_SHARED_STRINGS;
use super::xml::{decode_xstring, unescape, Token, Tokenizer};

/// All strings in one buffer: a table of millions of short strings costs 4 bytes of overhead each,
/// not an allocation each.
#[derive(Default)]
pub struct SharedStrings {
    text: String,
    ends: Vec<u32>,
}

impl SharedStrings {
    pub fn get(&self, index: usize) -> Option<&str> {
        let end = *self.ends.get(index)? as usize;
        let start = match index {
            0 => 0,
            _ => *self.ends.get(index - 1)? as usize,
        };
        self.text.get(start..end)
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
    while let Some(token) = tokens.next_token().map_err(malformed)? {
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
