//! The tags nearly all of a sheet or a shared-string table is made of (`<row r="4">`, `<c r="B4" t="s">`,
//! `<t xml:space="preserve">`), read in one pass over their bytes. Any other shape (a prefixed element
//! name, attributes not written `name="value"` apart by whitespace) is not read here: the caller hands it
//! to the general tokenizer, which reads every tag this accepts the same way.

/// A start tag read by [`start_tag`].
pub struct PlainTag<'a, const N: usize> {
    /// The raw (still escaped) values of the first attributes with the wanted local names.
    pub values: [Option<&'a str>; N],
    /// `<tag/>`: no content and no end tag.
    pub empty: bool,
    /// Bytes of the tag, `<` to `>`.
    pub len: usize,
}

/// Reads the start tag `<NAME ...>` (or `<NAME .../>`) that `text` begins with, if its name is exactly
/// `name` and its attributes are plain: whitespace, a name, `=` (whitespace around it allowed) and a
/// quoted value, each. The wanted attributes have one-letter local names (`r`, `t`), compared as bytes
/// (a slice comparison is a call to `memcmp`).
pub fn start_tag<'a, const N: usize>(
    text: &'a str,
    name: &[u8],
    wanted: [u8; N],
) -> Option<PlainTag<'a, N>> {
    let bytes = text.as_bytes();
    let same = |at: usize, expected: &[u8]| {
        bytes
            .get(at..at + expected.len())
            .is_some_and(|got| got.iter().zip(expected).all(|(a, b)| a == b))
    };
    if !same(0, b"<") || !same(1, name) {
        return None;
    }
    let mut i = 1 + name.len();
    let mut values = [None; N];
    loop {
        let gap = i;
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        match *bytes.get(i)? {
            b'>' => {
                return Some(PlainTag {
                    values,
                    empty: false,
                    len: i + 1,
                })
            }
            b'/' if bytes.get(i + 1) == Some(&b'>') => {
                return Some(PlainTag {
                    values,
                    empty: true,
                    len: i + 2,
                })
            }
            _ if i == gap => return None,
            _ => {}
        }
        // The name, and where its local part starts (after its last `:`).
        let (name_start, mut local_start) = (i, i);
        while let Some(&b) = bytes.get(i).filter(|&&b| NAME_BYTES[usize::from(b)]) {
            if b == b':' {
                local_start = i + 1;
            }
            i += 1;
        }
        let attr = bytes.get(name_start..i)?;
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        if attr.is_empty() || bytes.get(i) != Some(&b'=') {
            return None;
        }
        i += 1;
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        let quote = *bytes.get(i)?;
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        let start = i + 1;
        let end = start + bytes.get(start..)?.iter().position(|&b| b == quote)?;
        let local = bytes.get(local_start..name_start + attr.len())?;
        for (slot, wanted) in values.iter_mut().zip(wanted) {
            if slot.is_none() && matches!(local, [only] if *only == wanted) {
                // Cut at ASCII quotes, so on character boundaries.
                *slot = text.get(start..end);
            }
        }
        i = end + 1;
    }
}

/// The bytes of an attribute name read here, by value (one look-up a byte); any other ends the name.
const NAME_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = byte.is_ascii_alphanumeric() || matches!(byte, b':' | b'_' | b'-' | b'.');
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(Vec<Option<&str>>, bool, usize)> {
        let tag = start_tag(text, b"c", [b'r', b't'])?;
        Some((tag.values.to_vec(), tag.empty, tag.len))
    }

    #[test]
    fn plain_tags_give_their_wanted_attributes_by_local_name() {
        assert_eq!(
            read(r#"<c r="B4" s="1" t="s"><v>"#),
            Some((vec![Some("B4"), Some("s")], false, 22))
        );
        assert_eq!(read("<c>"), Some((vec![None, None], false, 3)));
        assert_eq!(read("<c/>"), Some((vec![None, None], true, 4)));
        assert_eq!(
            read("<c\n x:r = 'a>b' r=\"C1\" />"),
            Some((vec![Some("a>b"), None], true, 25))
        );
    }

    #[test]
    fn other_shapes_are_left_to_the_tokenizer() {
        for text in [
            "<cx>",
            "<x:c>",
            r#"<c r="A1"t="s">"#,
            "<c r=A1>",
            r#"<c r="A1"/ >"#,
            "<c r>",
            r#"<c "r"="A1">"#,
            r#"<c r="A1"#,
            "<c",
        ] {
            assert!(read(text).is_none(), "{text}");
        }
    }
}
