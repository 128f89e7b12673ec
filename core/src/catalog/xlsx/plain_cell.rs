//! The one shape nearly every cell of a sheet written by Excel, LibreOffice or XlsxWriter has, read
//! byte by byte in one pass: `<c r="B4"` with optional `s="N"` and `t="X"` after it, then either `/>`
//! or `><v>TEXT</v></c>` with no markup and no references in TEXT. Anything else (attributes in other
//! orders or quotes, whitespace around `=`, `&amp;` in the value, formulas, inline strings) is left to
//! the general reader, which reads these the same way (a randomized test holds both to it).

use super::limits::MAX_COLUMN;

/// A cell read by [`plain_cell`].
pub struct PlainCell<'a> {
    /// The zero-based column of `r`.
    pub column: u32,
    /// The raw `t` value, if any.
    pub kind: Option<&'a str>,
    /// The `<v>` text; `None` for `<c .../>`.
    pub value: Option<&'a str>,
    /// Bytes read, from `<c` to the end of `</c>` (or `/>`).
    pub len: usize,
}

/// Reads the plain cell `text` begins with, if it has that shape and a column within the grid.
pub fn plain_cell(text: &str) -> Option<PlainCell<'_>> {
    let bytes = text.as_bytes();
    let mut at = b"<c r=\"".len();
    if bytes.get(..at)? != b"<c r=\"" {
        return None;
    }
    let mut column = 0u32;
    let letters_start = at;
    while let Some(&b) = bytes.get(at).filter(|b| b.is_ascii_uppercase()) {
        column = column * 26 + u32::from(b - b'A') + 1;
        at += 1;
    }
    // A column past the grid is the general reader's to report, by the reference as written.
    if at == letters_start || at - letters_start > 3 || column > MAX_COLUMN {
        return None;
    }
    while bytes.get(at).is_some_and(u8::is_ascii_digit) {
        at += 1;
    }
    if *bytes.get(at)? != b'"' {
        return None;
    }
    at += 1;
    let mut kind = None;
    // `s` then `t`, as writers put them; either may be missing.
    for (name, keep) in [(b" s=\"", false), (b" t=\"", true)] {
        if bytes.get(at..at + 4) == Some(name) {
            let start = at + 4;
            let len = bytes
                .get(start..)?
                .iter()
                .position(|&b| b == b'"' || b == b'&')?;
            if bytes.get(start + len) != Some(&b'"') {
                return None;
            }
            if keep {
                // Cut at ASCII quotes, so on character boundaries.
                kind = Some(text.get(start..start + len)?);
            }
            at = start + len + 1;
        }
    }
    match bytes.get(at..at + 2)? {
        b"/>" => {
            return Some(PlainCell {
                column: column - 1,
                kind,
                value: None,
                len: at + 2,
            })
        }
        [b'>', _] => at += 1,
        _ => return None,
    }
    if bytes.get(at..at + 3)? != b"<v>" {
        return None;
    }
    let start = at + 3;
    let len = bytes
        .get(start..)?
        .iter()
        .position(|&b| b == b'<' || b == b'&')?;
    let end = start + len;
    if bytes.get(end..end + 8)? != b"</v></c>" {
        return None;
    }
    Some(PlainCell {
        column: column - 1,
        kind,
        value: Some(text.get(start..end)?),
        len: end + 8,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(u32, Option<&str>, Option<&str>, usize)> {
        plain_cell(text).map(|c| (c.column, c.kind, c.value, c.len))
    }

    #[test]
    fn the_usual_cells_are_read_whole() {
        let shared = r#"<c r="B4" t="s"><v>21</v></c><c"#;
        assert_eq!(
            read(shared),
            Some((1, Some("s"), Some("21"), shared.len() - 2))
        );
        let styled = r#"<c r="AA10" s="3" t="n"><v>10.99</v></c>"#;
        assert_eq!(
            read(styled),
            Some((26, Some("n"), Some("10.99"), styled.len()))
        );
        let number = r#"<c r="D4"><v>10.99</v></c>"#;
        assert_eq!(read(number), Some((3, None, Some("10.99"), number.len())));
        let empty = r#"<c r="XFD1" s="1"/>"#;
        assert_eq!(read(empty), Some((16383, None, None, empty.len())));
    }

    #[test]
    fn other_shapes_are_left_to_the_general_reader() {
        for text in [
            r#"<c r="a1"><v>1</v></c>"#,
            r#"<c r="ABCD1"><v>1</v></c>"#,
            r#"<c r="XFE1"><v>1</v></c>"#,
            r#"<c r="1"><v>1</v></c>"#,
            r#"<c t="s" r="A1"><v>1</v></c>"#,
            r#"<c r="A1" t="s" s="1"><v>1</v></c>"#,
            r#"<c r='A1'><v>1</v></c>"#,
            r#"<c r="A1"><v>a &amp; b</v></c>"#,
            r#"<c r="A1" t="&#115;"><v>1</v></c>"#,
            r#"<c r="A1"><f>A2</f><v>1</v></c>"#,
            r#"<c r="A1" t="inlineStr"><is><t>x</t></is></c>"#,
            r#"<c r="A1"><v>1</v>"#,
            r#"<c r="A1">"#,
            r#"<c r="A1"#,
        ] {
            assert!(read(text).is_none(), "{text}");
        }
    }
}
