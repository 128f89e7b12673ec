//! The shared-string table (`xl/sharedStrings.xml`, ECMA-376 Part 1, 18.4): each `<si>` is plain text
//! `<t>` or rich text whose runs `<r><t>` are concatenated. Phonetic guides (`<rPh>`) are not part of
//! the cell's text and are skipped.

use super::error::XlsxError;
use super::xml::{decode_xstring, unescape, Token, Tokenizer};

pub fn parse(xml: &[u8], part: &str) -> Result<Vec<String>, XlsxError> {
    let malformed = |_| XlsxError::malformed_xml(part);
    let mut tokens = Tokenizer::new(xml).map_err(malformed)?;
    let mut strings = Vec::new();
    let mut current: Option<String> = None;
    let mut in_text = false;
    let mut phonetic_depth = 0usize;
    while let Some(token) = tokens.next_token().map_err(malformed)? {
        match token {
            Token::Open(tag) => match tag.name() {
                "si" if tag.empty => strings.push(String::new()),
                "si" => current = Some(String::new()),
                "rPh" if !tag.empty => phonetic_depth += 1,
                "t" if !tag.empty => in_text = phonetic_depth == 0 && current.is_some(),
                _ => {}
            },
            Token::Close(name) => match name {
                "si" => strings.extend(current.take()),
                "rPh" => phonetic_depth = phonetic_depth.saturating_sub(1),
                "t" => in_text = false,
                _ => {}
            },
            Token::Text(raw) if in_text => {
                if let Some(s) = current.as_mut() {
                    s.push_str(&decode_xstring(unescape(raw)));
                }
            }
            Token::CData(text) if in_text => {
                if let Some(s) = current.as_mut() {
                    s.push_str(text);
                }
            }
            _ => {}
        }
    }
    Ok(strings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rich_text_runs_concatenate_and_phonetic_guides_are_skipped() {
        let xml = br#"<sst><si><t>plain</t></si><si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and  spaced </t></r></si><si/><si><t>&#x6F22;</t><rPh sb="0" eb="1"><t>KAN</t></rPh></si></sst>"#;
        let strings = parse(xml, "xl/sharedStrings.xml").unwrap();
        assert_eq!(strings, ["plain", "Bold and  spaced ", "", "漢"]);
    }
}
