//! A minimal pull tokenizer for the few SpreadsheetML parts the reader needs. It recognises tags,
//! attributes, text, CDATA, comments, processing instructions and a DOCTYPE (skipped; its entities are
//! never expanded). Element and attribute names are compared by local name, so `x:row` reads as `row`.

use std::borrow::Cow;

pub enum Token<'a> {
    Open(Tag<'a>),
    Close(&'a str),
    /// Raw character data; decode with [`unescape`].
    Text(&'a str),
    /// CDATA content, already literal.
    CData(&'a str),
}

pub struct Tag<'a> {
    name: &'a str,
    attrs: &'a str,
    /// `<tag/>`: no content and no matching close token.
    pub empty: bool,
}

impl<'a> Tag<'a> {
    pub fn name(&self) -> &'a str {
        local_name(self.name)
    }

    /// The decoded value of the first attribute with this local name (`id` matches `r:id`).
    pub fn attr(&self, wanted: &str) -> Option<Cow<'a, str>> {
        self.attr_by(|name| local_name(name) == wanted)
    }

    fn attr_by(&self, matches: impl Fn(&str) -> bool) -> Option<Cow<'a, str>> {
        // Byte by byte: every delimiter is ASCII, so each cut falls between characters.
        let text = self.attrs;
        let bytes = text.as_bytes();
        let mut i = 0;
        loop {
            while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            let eq = i + bytes.get(i..)?.iter().position(|&b| b == b'=')?;
            let name = text[i..eq].trim_end();
            let mut at = eq + 1;
            while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
                at += 1;
            }
            let quote = *bytes.get(at)?;
            if quote != b'"' && quote != b'\'' {
                return None;
            }
            let close = at + 1 + bytes[at + 1..].iter().position(|&b| b == quote)?;
            if matches(name) {
                return Some(unescape(&text[at + 1..close]));
            }
            i = close + 1;
        }
    }
}

pub fn local_name(name: &str) -> &str {
    after_last(name, b':')
}

/// Malformed markup: an unclosed tag, comment or CDATA section.
#[derive(Debug)]
pub struct Malformed;

pub struct Tokenizer<'a> {
    rest: &'a str,
}

impl<'a> Tokenizer<'a> {
    /// Tokenizes a part, which must be UTF-8 (as Excel and every common writer produce).
    pub fn new(bytes: &'a [u8]) -> Result<Self, Malformed> {
        let text = std::str::from_utf8(bytes).map_err(|_| Malformed)?;
        Ok(Tokenizer::of_text(text))
    }

    /// Tokenizes a part already checked to be UTF-8.
    pub fn of_text(text: &'a str) -> Self {
        Tokenizer {
            rest: text.strip_prefix('\u{FEFF}').unwrap_or(text),
        }
    }

    /// The input not read yet.
    pub fn rest(&self) -> &'a str {
        self.rest
    }

    /// Moves past `len` bytes of [`Tokenizer::rest`] read by the caller (a whole tag, so on a character
    /// boundary).
    pub fn advance(&mut self, len: usize) {
        self.rest = self.rest.get(len..).unwrap_or_default();
    }

    /// If the input goes on `<v>TEXT</v></c>` with no markup in TEXT, as nearly every cell of a sheet
    /// does, consumes it and returns TEXT (raw): one step instead of four tokens.
    pub fn take_cell_value(&mut self) -> Option<&'a str> {
        let body = self.rest.strip_prefix("<v>")?;
        let end = position(body, b'<')?;
        let after = body[end..].strip_prefix("</v></c>")?;
        self.rest = after;
        Some(&body[..end])
    }

    pub fn next_token(&mut self) -> Result<Option<Token<'a>>, Malformed> {
        loop {
            let rest = self.rest;
            if rest.is_empty() {
                return Ok(None);
            }
            if !rest.starts_with('<') {
                let end = position(rest, b'<').unwrap_or(rest.len());
                self.rest = &rest[end..];
                return Ok(Some(Token::Text(&rest[..end])));
            }
            // The byte after `<` tells the kind of markup: most are start and end tags.
            match rest.as_bytes().get(1) {
                Some(b'/') => {
                    let body = &rest[2..];
                    let end = position(body, b'>').ok_or(Malformed)?;
                    self.rest = &body[end + 1..];
                    return Ok(Some(Token::Close(local_name(body[..end].trim_end()))));
                }
                Some(b'!') => {
                    if let Some(body) = rest.strip_prefix("<![CDATA[") {
                        let end = find(body, b"]]>").ok_or(Malformed)?;
                        self.rest = &body[end + 3..];
                        return Ok(Some(Token::CData(&body[..end])));
                    }
                    if let Some(body) = rest.strip_prefix("<!--") {
                        let end = find(body, b"-->").ok_or(Malformed)?;
                        self.rest = &body[end + 3..];
                        continue;
                    }
                    self.rest = skip_declaration(&rest[2..])?;
                    continue;
                }
                Some(b'?') => {
                    let end = find(&rest[2..], b"?>").ok_or(Malformed)?;
                    self.rest = &rest[2 + end + 2..];
                    continue;
                }
                _ => {}
            }
            let body = &rest[1..];
            let end = tag_end(body).ok_or(Malformed)?;
            self.rest = &body[end + 1..];
            let inner = &body[..end];
            let (inner, empty) = match inner.strip_suffix('/') {
                Some(inner) => (inner, true),
                None => (inner, false),
            };
            let name_end = inner
                .bytes()
                .position(|b| b.is_ascii_whitespace())
                .unwrap_or(inner.len());
            if name_end == 0 {
                return Err(Malformed);
            }
            return Ok(Some(Token::Open(Tag {
                name: &inner[..name_end],
                attrs: &inner[name_end..],
                empty,
            })));
        }
    }
}

/// Where the ASCII byte `byte` first is in `text`: a plain scan, quicker than `str::find` over the short
/// runs between tags.
fn position(text: &str, byte: u8) -> Option<usize> {
    text.bytes().position(|b| b == byte)
}

/// The text after the last `separator` (an ASCII byte), or all of it.
pub fn after_last(text: &str, separator: u8) -> &str {
    match text.bytes().rposition(|b| b == separator) {
        Some(at) => &text[at + 1..],
        None => text,
    }
}

/// The first occurrence of a short ASCII `needle` (std's two-way substring search is far larger in
/// wasm than this scan, and the needles here are two or three bytes).
fn find(haystack: &str, needle: &[u8]) -> Option<usize> {
    let bytes = haystack.as_bytes();
    let first = *needle.first()?;
    let mut from = 0;
    while let Some(i) = bytes.get(from..)?.iter().position(|&b| b == first) {
        let at = from + i;
        if bytes[at..].starts_with(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The index of the `>` closing a start tag, skipping any `>` inside quoted attribute values.
fn tag_end(body: &str) -> Option<usize> {
    let mut quote = None;
    for (i, b) in body.bytes().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if q == b => quote = None,
            (None, b'>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// Skips `<!DOCTYPE ...>`, including an internal subset in brackets.
fn skip_declaration(body: &str) -> Result<&str, Malformed> {
    let mut depth = 0usize;
    for (i, b) in body.bytes().enumerate() {
        match b {
            b'[' => depth += 1,
            b']' => depth = depth.saturating_sub(1),
            b'>' if depth == 0 => return Ok(&body[i + 1..]),
            _ => {}
        }
    }
    Err(Malformed)
}

/// Decodes the five predefined entities and numeric character references. An unknown or broken
/// reference is kept as written; a reference to a character XML forbids becomes U+FFFD. Inlined: it is
/// called for every attribute and value a sheet's cells have, and nearly none holds a reference.
#[inline]
pub fn unescape(raw: &str) -> Cow<'_, str> {
    if position(raw, b'&').is_none() {
        return Cow::Borrowed(raw);
    }
    Cow::Owned(decode_references(raw))
}

fn decode_references(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // A reference is short; looking no further keeps text full of bare `&` linear.
        let decoded = rest.as_bytes()[1..]
            .iter()
            .take(12)
            .position(|&b| b == b';')
            .and_then(|semi| Some((entity(&rest[1..=semi])?, semi + 2)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let number = name.strip_prefix('#')?;
            let (digits, radix) = match number.strip_prefix(['x', 'X']) {
                Some(hex) => (hex, 16),
                None => (number, 10),
            };
            if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            let code = u32::from_str_radix(digits, radix).ok()?;
            char::from_u32(code)
                .filter(|&c| c != '\0')
                .unwrap_or('\u{FFFD}')
        }
    })
}

/// Decodes Office's `_xHHHH_` escapes (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), which carry characters XML
/// cannot, such as `_x000D_` for a carriage return; `_x005F_` escapes a literal underscore.
pub fn decode_xstring(text: Cow<'_, str>) -> Cow<'_, str> {
    if find(&text, b"_x").is_none() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = &text;
    while let Some(at) = find(rest, b"_x") {
        out.push_str(&rest[..at]);
        let candidate = &rest[at..];
        let escaped = candidate
            .get(2..6)
            .filter(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()))
            .filter(|_| candidate.as_bytes().get(6) == Some(&b'_'))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .and_then(char::from_u32);
        match escaped {
            Some(c) => {
                out.push(c);
                rest = &candidate[7..];
            }
            None => {
                out.push('_');
                rest = &candidate[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predefined_and_numeric_entities_decode() {
        assert_eq!(
            unescape("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#1046;&#x416;&#X44f;"),
            "a & b <c> \"d\" 'e' ЖЖя"
        );
    }

    #[test]
    fn broken_references_stay_as_written() {
        assert_eq!(
            unescape("AT&T &unknown; &#xZZ; &#; & end"),
            "AT&T &unknown; &#xZZ; &#; & end"
        );
        assert_eq!(
            unescape("&#x110000;&#0;&#xD800;"),
            "\u{FFFD}\u{FFFD}\u{FFFD}"
        );
        assert_eq!(unescape("&#+5;&#x-5;"), "&#+5;&#x-5;");
    }

    #[test]
    fn office_escapes_decode_and_underscore_escape_protects_text() {
        assert_eq!(decode_xstring("a_x000D_b_x0009_c".into()), "a\rb\tc");
        assert_eq!(decode_xstring("_x005F_x0041_".into()), "_x0041_");
        assert_eq!(
            decode_xstring("my_x_file _x12_ _x00".into()),
            "my_x_file _x12_ _x00"
        );
    }

    #[test]
    fn attributes_match_by_local_name_and_keep_quoted_angle_brackets() {
        let mut t = Tokenizer::new(
            br#"<?xml version="1.0"?><!-- c --><x:sheet name='a > b &amp; c' r:id="rId7"/>"#,
        )
        .unwrap();
        let Some(Token::Open(tag)) = t.next_token().unwrap() else {
            panic!("expected a tag")
        };
        assert_eq!(tag.name(), "sheet");
        assert!(tag.empty);
        assert_eq!(tag.attr("name").as_deref(), Some("a > b & c"));
        assert_eq!(tag.attr("id").as_deref(), Some("rId7"));
        assert!(t.next_token().unwrap().is_none());
    }

    #[test]
    fn unclosed_markup_is_malformed() {
        for bad in [&b"<a"[..], b"<!-- x", b"<![CDATA[x", b"<a b='>", b"< >"] {
            let mut t = Tokenizer::new(bad).unwrap();
            assert!(
                t.next_token().is_err(),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
    }
}
