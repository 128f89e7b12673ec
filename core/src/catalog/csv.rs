//! An RFC 4180 record reader fed text in arbitrary pieces. Quoted fields may hold separators, quotes
//! (doubled) and line breaks; each record remembers the line it starts on, so every problem can be shown
//! at the line a spreadsheet shows. Memory is one record: a record longer than `MAX_RECORD_BYTES` is
//! reported and its text dropped, so a broken quote cannot swallow a gigabyte.

/// The longest record kept, in bytes of text.
pub const MAX_RECORD_BYTES: usize = 1 << 20;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordProblem {
    /// Text after a closing quote, as in `"abc"x`.
    BrokenQuoting,
    /// A quoted field still open at the end of the file; `end` is the last line.
    UnterminatedQuote {
        end: u32,
    },
    TooLong,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// 1-based line the record starts on.
    pub line: u32,
    pub fields: Vec<String>,
    pub problem: Option<RecordProblem>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    FieldStart,
    Unquoted,
    Quoted,
    /// A quote inside a quoted field: the end of the field, or the first half of `""`.
    QuoteInQuoted,
    /// After a closing quote, before the separator.
    AfterQuoted,
}

#[derive(Debug)]
pub struct CsvReader {
    delimiter: u8,
    state: State,
    field: Vec<u8>,
    fields: Vec<String>,
    record_bytes: usize,
    problem: Option<RecordProblem>,
    line: u32,
    record_line: u32,
    /// The last byte was a CR, so an LF right after it ends nothing new.
    after_cr: bool,
    /// The last byte of field text, kept even when an over-long record's text is dropped.
    last_byte: u8,
}

impl CsvReader {
    pub fn new(delimiter: u8) -> Self {
        CsvReader {
            delimiter,
            state: State::FieldStart,
            field: Vec::new(),
            fields: Vec::new(),
            record_bytes: 0,
            problem: None,
            line: 1,
            record_line: 1,
            after_cr: false,
            last_byte: 0,
        }
    }

    /// Reads `text`, appending each completed record to `out`.
    pub fn push(&mut self, text: &str, out: &mut Vec<Record>) {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if self.after_cr {
                self.after_cr = false;
                if b == b'\n' {
                    if self.state == State::Quoted {
                        self.append(b"\n");
                    }
                    i += 1;
                    continue;
                }
            }
            match self.state {
                State::FieldStart | State::Unquoted => {
                    if self.state == State::FieldStart && b == b'"' {
                        self.state = State::Quoted;
                        i += 1;
                        continue;
                    }
                    // The run up to the next separator or line break is plain field text.
                    let run = bytes[i..]
                        .iter()
                        .position(|&c| c == self.delimiter || c == b'\n' || c == b'\r')
                        .unwrap_or(bytes.len() - i);
                    if run > 0 {
                        self.append(&bytes[i..i + run]);
                        self.state = State::Unquoted;
                        i += run;
                        continue;
                    }
                    self.separator_or_break(b, out);
                    i += 1;
                }
                State::Quoted => {
                    let run = bytes[i..]
                        .iter()
                        .position(|&c| c == b'"' || c == b'\n' || c == b'\r')
                        .unwrap_or(bytes.len() - i);
                    if run > 0 {
                        self.append(&bytes[i..i + run]);
                        i += run;
                        continue;
                    }
                    match b {
                        b'"' => self.state = State::QuoteInQuoted,
                        b'\r' => {
                            self.next_line();
                            self.after_cr = true;
                            self.append(b"\r");
                        }
                        _ => {
                            self.next_line();
                            self.append(b"\n");
                        }
                    }
                    i += 1;
                }
                State::QuoteInQuoted => {
                    if b == b'"' {
                        self.append(b"\"");
                        self.state = State::Quoted;
                        i += 1;
                    } else {
                        self.state = State::AfterQuoted;
                    }
                }
                State::AfterQuoted => {
                    if b == self.delimiter || b == b'\n' || b == b'\r' {
                        self.separator_or_break(b, out);
                    } else {
                        if self.problem.is_none() {
                            self.problem = Some(RecordProblem::BrokenQuoting);
                        }
                        self.append(&[b]);
                    }
                    i += 1;
                }
            }
        }
    }

    /// Ends the input, emitting the last record if it has no line break after it.
    pub fn finish(&mut self, out: &mut Vec<Record>) {
        match self.state {
            State::Quoted => {
                let end = if matches!(self.last_byte, b'\n' | b'\r') {
                    self.line - 1
                } else {
                    self.line
                };
                self.problem = Some(RecordProblem::UnterminatedQuote { end });
                self.end_record(out);
            }
            State::FieldStart if self.fields.is_empty() => {}
            _ => self.end_record(out),
        }
        self.state = State::FieldStart;
    }

    fn separator_or_break(&mut self, b: u8, out: &mut Vec<Record>) {
        if b == self.delimiter {
            self.end_field();
            self.state = State::FieldStart;
            return;
        }
        self.end_record(out);
        self.next_line();
        self.record_line = self.line;
        self.after_cr = b == b'\r';
    }

    /// A stream has no length limit, so past the last line number a counter can hold the count stays
    /// there rather than overflow.
    fn next_line(&mut self) {
        self.line = self.line.saturating_add(1);
    }

    fn append(&mut self, bytes: &[u8]) {
        // An unclosed quote can run to the end of a stream longer than `usize` counts in wasm32.
        self.record_bytes = self.record_bytes.saturating_add(bytes.len());
        if let Some(&last) = bytes.last() {
            self.last_byte = last;
        }
        if self.record_bytes > MAX_RECORD_BYTES {
            self.problem = Some(RecordProblem::TooLong);
            self.field = Vec::new();
            self.fields = Vec::new();
        } else {
            self.field.extend_from_slice(bytes);
        }
    }

    fn end_field(&mut self) {
        if self.problem != Some(RecordProblem::TooLong) {
            // The input is text and fields split only at ASCII bytes, so this is always valid UTF-8.
            // Copying out of the reused buffer allocates each field once, at its size.
            let text = String::from_utf8_lossy(&self.field).into_owned();
            self.fields.push(text);
        }
        self.field.clear();
    }

    fn end_record(&mut self, out: &mut Vec<Record>) {
        let quoted_empty = self.state == State::AfterQuoted || self.state == State::QuoteInQuoted;
        self.end_field();
        let fields = std::mem::take(&mut self.fields);
        let problem = self.problem.take();
        let blank = fields.len() == 1 && fields[0].is_empty() && !quoted_empty;
        if !blank || problem.is_some() {
            out.push(Record {
                line: self.record_line,
                fields,
                problem,
            });
        }
        self.record_bytes = 0;
        self.state = State::FieldStart;
    }
}

/// The separator of a CSV file: whichever of comma, semicolon and tab occurs most often outside quotes
/// in its first line (the header). Ties go to the comma, the standard's choice.
pub fn detect_delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [b',', b';', b'\t'];
    let mut best = 0;
    for i in 1..3 {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    candidates[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, delimiter: u8, chunk: usize) -> Vec<Record> {
        let mut reader = CsvReader::new(delimiter);
        let mut out = Vec::new();
        let mut start = 0;
        while start < text.len() {
            let mut end = (start + chunk).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            reader.push(&text[start..end], &mut out);
            start = end;
        }
        reader.finish(&mut out);
        out
    }

    fn fields(records: &[Record]) -> Vec<Vec<&str>> {
        records
            .iter()
            .map(|r| r.fields.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn quoted_fields_keep_separators_quotes_and_line_breaks() {
        let text = "a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\n";
        for chunk in [1, 2, 3, 5, 100] {
            let records = read(text, b',', chunk);
            assert_eq!(
                fields(&records),
                vec![
                    vec!["a", "b", "c"],
                    vec!["x,1", "say \"hi\"", "two\r\nlines"],
                    vec!["last", "", ""]
                ]
            );
            assert_eq!(
                records.iter().map(|r| r.line).collect::<Vec<_>>(),
                vec![1, 2, 4]
            );
        }
    }

    #[test]
    fn blank_lines_are_skipped_but_counted() {
        let records = read("h\n\n\nv\n", b',', 4);
        assert_eq!(fields(&records), vec![vec!["h"], vec!["v"]]);
        assert_eq!(records[1].line, 4);
        // An explicitly quoted empty field is a record, not a blank line.
        assert_eq!(read("\"\"\n", b',', 1).len(), 1);
    }

    #[test]
    fn text_after_a_closing_quote_is_broken_quoting() {
        let records = read("a;b\n\"x\"y;2\nc;d", b';', 2);
        assert_eq!(records[1].problem, Some(RecordProblem::BrokenQuoting));
        assert_eq!(records[1].line, 2);
        assert_eq!(records[2].problem, None);
        assert_eq!(fields(&records)[2], vec!["c", "d"]);
    }

    #[test]
    fn an_unclosed_quote_is_reported_with_the_lines_it_swallowed() {
        let records = read("a,b\n1,\"open\n2,3\n4,5\n", b',', 3);
        assert_eq!(records.len(), 2);
        assert_eq!(records[1].line, 2);
        assert_eq!(
            records[1].problem,
            Some(RecordProblem::UnterminatedQuote { end: 4 })
        );
    }

    #[test]
    fn a_record_over_the_limit_is_dropped_but_reported() {
        let long = format!("a\n\"{}\nb\n", "x".repeat(MAX_RECORD_BYTES + 10));
        let records = read(&long, b',', 4096);
        assert_eq!(
            records[1].problem,
            Some(RecordProblem::UnterminatedQuote { end: 3 })
        );
        let long = format!("a\n{}\nb\n", "x".repeat(MAX_RECORD_BYTES + 10));
        let records = read(&long, b',', 4096);
        assert_eq!(records[1].problem, Some(RecordProblem::TooLong));
        assert!(records[1].fields.is_empty());
        assert_eq!(fields(&records)[2], vec!["b"]);
        assert_eq!(records[2].line, 3);
    }

    #[test]
    fn the_header_decides_the_separator() {
        assert_eq!(detect_delimiter("a,b,c\n1;2;3;4;5"), b',');
        assert_eq!(detect_delimiter("\"a,b\";c;d\n"), b';');
        assert_eq!(detect_delimiter("a\tb\tc"), b'\t');
        assert_eq!(detect_delimiter("single"), b',');
    }

    #[test]
    fn line_numbers_stop_at_the_largest_instead_of_overflowing() {
        // Four billion lines are a long stream, not a broken one: start near the end of the count.
        let mut reader = CsvReader::new(b',');
        reader.line = u32::MAX - 1;
        reader.record_line = reader.line;
        let mut out = Vec::new();
        reader.push("a\n\n\"x\ny\"\nb\n", &mut out);
        reader.finish(&mut out);
        let lines: Vec<u32> = out.iter().map(|r| r.line).collect();
        assert_eq!(lines, [u32::MAX - 1, u32::MAX, u32::MAX]);
        assert_eq!(fields(&out)[1], ["x\ny"]);
    }

    #[test]
    fn a_record_longer_than_memory_can_count_stays_too_long() {
        let mut reader = CsvReader::new(b',');
        let mut out = Vec::new();
        reader.push("\"", &mut out);
        reader.record_bytes = usize::MAX - 1;
        reader.push("more text\"\n", &mut out);
        reader.finish(&mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].problem, Some(RecordProblem::TooLong));
    }

    #[test]
    fn lone_carriage_returns_end_lines() {
        let records = read("a,b\r1,2\r", b',', 1);
        assert_eq!(fields(&records), vec![vec!["a", "b"], vec!["1", "2"]]);
        assert_eq!(records[1].line, 2);
    }
}
