//! A row's cells as the column plan reads them, whatever holds them: a CSV record in the reader's
//! buffer, a spreadsheet row, a row waiting in a batch. A cell past the row's end reads as empty, as
//! spreadsheets leave trailing empty cells out.

/// `text` without leading and trailing whitespace (as `str::trim`); a cell with none, as nearly all
/// are, is looked at by its two end bytes only.
pub fn trim(text: &str) -> &str {
    let plain = |b: &u8| b.is_ascii_graphic();
    match text.as_bytes() {
        [first, .., last] if plain(first) && plain(last) => text,
        [only] if plain(only) => text,
        _ => text.trim(),
    }
}

pub trait Row {
    /// Cells in the row.
    fn len(&self) -> usize;
    /// The cell at `index`, or "" past the end.
    fn cell(&self, index: usize) -> &str;
}

impl Row for [String] {
    fn len(&self) -> usize {
        <[String]>::len(self)
    }

    fn cell(&self, index: usize) -> &str {
        self.get(index).map_or("", String::as_str)
    }
}

impl Row for Vec<String> {
    fn len(&self) -> usize {
        <[String]>::len(self)
    }

    fn cell(&self, index: usize) -> &str {
        self.as_slice().cell(index)
    }
}

/// Cells stored back to back in one text: `ends[i]` is where cell `i` ends.
#[derive(Clone, Copy, Debug)]
pub struct PackedCells<'a> {
    pub text: &'a str,
    /// Where the row's first cell starts in `text`.
    pub start: usize,
    pub ends: &'a [u32],
}

impl Row for PackedCells<'_> {
    fn len(&self) -> usize {
        self.ends.len()
    }

    fn cell(&self, index: usize) -> &str {
        let Some(&end) = self.ends.get(index) else {
            return "";
        };
        let start = match index {
            0 => self.start,
            _ => self.ends[index - 1] as usize,
        };
        self.text.get(start..end as usize).unwrap_or("")
    }
}

#[cfg(test)]
impl PackedCells<'_> {
    /// The cells as owned strings.
    pub fn to_vec(self) -> Vec<String> {
        (0..self.len()).map(|i| self.cell(i).to_string()).collect()
    }
}

impl Row for [&str] {
    fn len(&self) -> usize {
        <[&str]>::len(self)
    }

    fn cell(&self, index: usize) -> &str {
        self.get(index).copied().unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn trim_agrees_with_str_trim() {
        for text in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "ab",
            "a b",
            "\u{a0}x",
            "x\u{3000}",
            "\tx\n",
            "ß",
            "ßx",
            "Платье",
            " Платье",
            "连衣裙\u{3000}",
            "\u{3000}",
            "é ",
        ] {
            assert_eq!(super::trim(text), text.trim(), "{text:?}");
        }
    }
}
