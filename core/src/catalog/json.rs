//! JSON catalogs, read element by element so that memory stays at one listing: an array of listing
//! objects, or one listing object per line (JSON Lines). An element of JSON Lines is numbered by its
//! line; an element of an array by its 1-based position, since a whole array may sit on one line.

use super::csv::MAX_RECORD_BYTES;

#[derive(Debug, PartialEq, Eq)]
pub struct Element {
    /// The line (JSON Lines) or the position in the array.
    pub line: u32,
    /// The element's JSON text, or `None` when it was longer than the limit.
    pub text: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Before the first non-blank character, which decides between an array and lines.
    Start,
    Array,
    Lines,
    /// After the closing bracket of the array.
    Done,
}

#[derive(Debug)]
pub struct JsonSplitter {
    mode: Mode,
    line: u32,
    element: String,
    element_line: u32,
    too_long: bool,
    /// Elements of the array so far.
    position: u32,
    depth: u32,
    in_string: bool,
    escaped: bool,
}

impl JsonSplitter {
    pub fn new() -> Self {
        JsonSplitter {
            mode: Mode::Start,
            line: 1,
            element: String::new(),
            element_line: 1,
            too_long: false,
            position: 0,
            depth: 0,
            in_string: false,
            escaped: false,
        }
    }

    pub fn push(&mut self, text: &str, out: &mut Vec<Element>) {
        for c in text.chars() {
            match self.mode {
                Mode::Start => match c {
                    '[' => self.mode = Mode::Array,
                    c if c.is_whitespace() || c == '\u{FEFF}' => {}
                    _ => {
                        self.mode = Mode::Lines;
                        self.element_line = self.line;
                        self.add(c);
                    }
                },
                Mode::Lines => {
                    if c == '\n' {
                        self.emit(out);
                    } else if !(self.element.is_empty() && !self.too_long && c.is_whitespace()) {
                        if self.element.is_empty() && !self.too_long {
                            self.element_line = self.line;
                        }
                        self.add(c);
                    }
                }
                Mode::Array => self.array_char(c, out),
                Mode::Done => {}
            }
            if c == '\n' {
                // A stream has no length limit: past the last number a line counter holds, stay there.
                self.line = self.line.saturating_add(1);
            }
        }
    }

    pub fn finish(&mut self, out: &mut Vec<Element>) {
        if self.mode == Mode::Array || self.mode == Mode::Lines {
            self.emit(out);
        }
    }

    fn array_char(&mut self, c: char, out: &mut Vec<Element>) {
        let empty = self.element.is_empty() && !self.too_long;
        if self.in_string {
            self.add(c);
            if self.escaped {
                self.escaped = false;
            } else if c == '\\' {
                self.escaped = true;
            } else if c == '"' {
                self.in_string = false;
            }
            return;
        }
        match c {
            ',' if self.depth == 0 => self.emit(out),
            ']' if self.depth == 0 => {
                self.emit(out);
                self.mode = Mode::Done;
            }
            c if c.is_whitespace() && empty => {}
            _ => {
                if empty {
                    self.element_line = self.line;
                }
                match c {
                    '"' => self.in_string = true,
                    '{' | '[' => self.depth += 1,
                    '}' | ']' => self.depth = self.depth.saturating_sub(1),
                    _ => {}
                }
                self.add(c);
            }
        }
    }

    fn add(&mut self, c: char) {
        if self.too_long {
            return;
        }
        if self.element.len() + c.len_utf8() > MAX_RECORD_BYTES {
            self.too_long = true;
            self.element = String::new();
        } else {
            self.element.push(c);
        }
    }

    fn emit(&mut self, out: &mut Vec<Element>) {
        let text = std::mem::take(&mut self.element);
        let trimmed = text.trim();
        if (self.too_long || !trimmed.is_empty()) && self.mode == Mode::Array {
            self.position += 1;
            self.element_line = self.position;
        }
        if self.too_long {
            out.push(Element {
                line: self.element_line,
                text: None,
            });
        } else if !trimmed.is_empty() {
            out.push(Element {
                line: self.element_line,
                text: Some(trimmed.to_string()),
            });
        }
        self.too_long = false;
    }
}

impl Default for JsonSplitter {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str, chunk: usize) -> Vec<(u32, String)> {
        let mut splitter = JsonSplitter::new();
        let mut out = Vec::new();
        let chars: Vec<char> = text.chars().collect();
        for piece in chars.chunks(chunk) {
            splitter.push(&piece.iter().collect::<String>(), &mut out);
        }
        splitter.finish(&mut out);
        out.into_iter()
            .map(|e| (e.line, e.text.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn an_array_splits_into_its_elements_numbered_by_position() {
        let text = "[\n  {\"title\": \"a, [b]\"},\n  {\"title\": \"\\\"}\", \"images\": [{\"url\": \"x\"}]}\n]\n";
        for chunk in [1, 3, 64] {
            let elements = split(text, chunk);
            assert_eq!(elements.len(), 2);
            assert_eq!(elements[0], (1, "{\"title\": \"a, [b]\"}".to_string()));
            assert_eq!(elements[1].0, 2);
            assert!(elements[1].1.ends_with("}]}"));
        }
    }

    #[test]
    fn line_numbers_stop_at_the_largest_instead_of_overflowing() {
        let mut splitter = JsonSplitter::new();
        splitter.line = u32::MAX;
        let mut out = Vec::new();
        splitter.push("{\"id\":\"1\"}\n\n{\"id\":\"2\"}\n", &mut out);
        splitter.finish(&mut out);
        let lines: Vec<u32> = out.iter().map(|e| e.line).collect();
        assert_eq!(lines, [u32::MAX, u32::MAX]);
    }

    #[test]
    fn json_lines_are_one_element_each_and_blank_lines_are_skipped() {
        let elements = split("{\"id\":\"1\"}\n\n{\"id\":\"2\"}\r\n", 2);
        assert_eq!(
            elements,
            vec![(1, "{\"id\":\"1\"}".into()), (3, "{\"id\":\"2\"}".into())]
        );
    }
}
