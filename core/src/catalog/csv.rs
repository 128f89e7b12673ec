//! An RFC 4180 record reader fed text in arbitrary pieces. Quoted fields may hold separators, quotes
//! (doubled) and line breaks; each record remembers the line it starts on, so every problem can be shown
//! at the line a spreadsheet shows.
//!
//! A quote that is never closed would swallow every line after it. So a record whose quoted field runs
//! over a line break must come out right: without a problem, with the header's number of fields and
//! within `MAX_RECORD_BYTES`. Otherwise its first line is reported as the broken one and reading starts
//! again at the next line. For that the reader keeps the text of the record it is in (at most
//! `MAX_RECORD_BYTES` and one piece of input); a longer record on one line is reported, its text dropped.

use super::cells::PackedCells;
use crate::error::InputError;

/// The longest record kept, in bytes of text.
pub const MAX_RECORD_BYTES: usize = 1 << 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordProblem {
    /// Text after a closing quote, as in `"abc"x`.
    BrokenQuoting,
    /// A quoted field that is never closed. The record is its first line only: reading went on at the
    /// next one.
    UnterminatedQuote,
    TooLong,
}

impl RecordProblem {
    /// The row error a record with this problem is reported as: its message code and parameters.
    pub fn row_error(self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            RecordProblem::BrokenQuoting => ("broken_quoting", vec![]),
            RecordProblem::UnterminatedQuote => ("unterminated_quote", vec![]),
            RecordProblem::TooLong => (
                "row_too_long",
                vec![("limit", MAX_RECORD_BYTES.to_string())],
            ),
        }
    }
}

/// One record, borrowed from the reader until the next one.
#[derive(Debug)]
pub struct Record<'a> {
    /// 1-based line the record starts on.
    pub line: u32,
    pub cells: PackedCells<'a>,
    pub problem: Option<RecordProblem>,
}

/// Where records go as they are read.
pub trait RecordSink {
    fn record(&mut self, record: Record<'_>) -> Result<(), InputError>;
    /// The number of fields a record must have, once the header is known.
    fn width(&self) -> Option<usize>;
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
    /// The input from the start of the current record on (between pushes `start` is 0).
    raw: String,
    start: usize,
    /// How far `raw` has been read.
    pos: usize,
    state: State,
    /// The current record's field text, unquoted, and where each field ends.
    fields: String,
    ends: Vec<u32>,
    problem: Option<RecordProblem>,
    /// The line at `pos`, and the line the current record started on.
    line: u32,
    record_line: u32,
    /// Where, in `raw`, the line after the record's first line break (inside quotes) starts.
    first_break: Option<usize>,
    /// The last byte was a CR, so an LF right after it ends nothing new.
    after_cr: bool,
    /// The record is over the limit: its text is no longer kept, only counted.
    dropping: bool,
    dropped: usize,
}

/// Where the first of `delimiter`, LF or CR is in `bytes`, else its length.
fn plain_run(bytes: &[u8], delimiter: u8) -> usize {
    bytes
        .iter()
        .position(|&c| c == delimiter || c == b'\n' || c == b'\r')
        .unwrap_or(bytes.len())
}

/// Where the first quote, LF or CR is in `bytes`, else its length.
fn quoted_run(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .position(|&c| c == b'"' || c == b'\n' || c == b'\r')
        .unwrap_or(bytes.len())
}

impl CsvReader {
    pub fn new(delimiter: u8) -> Self {
        CsvReader {
            delimiter,
            raw: String::new(),
            start: 0,
            pos: 0,
            state: State::FieldStart,
            fields: String::new(),
            ends: Vec::new(),
            problem: None,
            line: 1,
            record_line: 1,
            first_break: None,
            after_cr: false,
            dropping: false,
            dropped: 0,
        }
    }

    /// Reads `text`, giving each completed record to `sink`.
    pub fn push(&mut self, text: &str, sink: &mut dyn RecordSink) -> Result<(), InputError> {
        self.raw.push_str(text);
        let raw = std::mem::take(&mut self.raw);
        let result = self.scan(&raw, sink).and_then(|()| self.limit(&raw, sink));
        self.raw = raw;
        result?;
        // Keep only the record in progress.
        let start = self.start;
        self.raw.drain(..start);
        self.pos -= start;
        self.first_break = self.first_break.map(|b| b - start);
        self.start = 0;
        Ok(())
    }

    /// Ends the input, giving the last record to `sink` if it has no line break after it.
    pub fn finish(&mut self, sink: &mut dyn RecordSink) -> Result<(), InputError> {
        let raw = std::mem::take(&mut self.raw);
        let result = self.finish_in(&raw, sink);
        self.raw = String::new();
        self.start = 0;
        self.pos = 0;
        result
    }

    fn finish_in(&mut self, raw: &str, sink: &mut dyn RecordSink) -> Result<(), InputError> {
        loop {
            match self.state {
                State::Quoted => self.problem = Some(RecordProblem::UnterminatedQuote),
                State::FieldStart if self.ends.is_empty() && !self.dropping => return Ok(()),
                _ => {}
            }
            match self.end_record(raw, raw.len(), sink)? {
                Some(restart) => {
                    self.pos = restart;
                    self.scan(raw, sink)?;
                }
                None => {
                    self.state = State::FieldStart;
                    return Ok(());
                }
            }
        }
    }

    /// Reads `raw` from `pos` to its end.
    fn scan(&mut self, raw: &str, sink: &mut dyn RecordSink) -> Result<(), InputError> {
        let bytes = raw.as_bytes();
        let mut i = self.pos;
        while i < bytes.len() {
            let b = bytes[i];
            if self.after_cr {
                self.after_cr = false;
                if b == b'\n' {
                    if self.state == State::Quoted {
                        self.text("\n");
                    }
                    i += 1;
                    continue;
                }
            }
            match self.state {
                State::FieldStart if b == b'"' => {
                    self.state = State::Quoted;
                    i += 1;
                }
                State::FieldStart | State::Unquoted => {
                    let run = plain_run(&bytes[i..], self.delimiter);
                    if run > 0 {
                        self.text(&raw[i..i + run]);
                        self.state = State::Unquoted;
                        i += run;
                    } else {
                        i = self.separator_or_break(raw, i, sink)?;
                    }
                }
                State::Quoted => {
                    let run = quoted_run(&bytes[i..]);
                    if run > 0 {
                        self.text(&raw[i..i + run]);
                        i += run;
                        continue;
                    }
                    i += 1;
                    match b {
                        b'"' => self.state = State::QuoteInQuoted,
                        b'\r' => {
                            self.text("\r");
                            self.quoted_break(i);
                            self.after_cr = true;
                        }
                        _ => {
                            self.text("\n");
                            self.quoted_break(i);
                        }
                    }
                }
                State::QuoteInQuoted => {
                    if b == b'"' {
                        self.text("\"");
                        self.state = State::Quoted;
                        i += 1;
                    } else {
                        self.state = State::AfterQuoted;
                    }
                }
                State::AfterQuoted => {
                    let run = plain_run(&bytes[i..], self.delimiter);
                    if run > 0 {
                        self.problem.get_or_insert(RecordProblem::BrokenQuoting);
                        self.text(&raw[i..i + run]);
                        i += run;
                    } else {
                        i = self.separator_or_break(raw, i, sink)?;
                    }
                }
            }
        }
        self.pos = i;
        Ok(())
    }

    /// Handles the separator or line break at `i`; returns where reading goes on.
    fn separator_or_break(
        &mut self,
        raw: &str,
        i: usize,
        sink: &mut dyn RecordSink,
    ) -> Result<usize, InputError> {
        let b = raw.as_bytes()[i];
        if b == self.delimiter {
            self.end_field();
            self.state = State::FieldStart;
            return Ok(i + 1);
        }
        if let Some(restart) = self.end_record(raw, i + 1, sink)? {
            return Ok(restart);
        }
        self.line = self.line.saturating_add(1);
        self.after_cr = b == b'\r';
        self.start = i + 1;
        self.record_line = self.line;
        Ok(i + 1)
    }

    fn quoted_break(&mut self, next: usize) {
        // A stream has no length limit: past the last line number a counter holds, stay there.
        self.line = self.line.saturating_add(1);
        if !self.dropping {
            self.first_break.get_or_insert(next);
        }
    }

    fn text(&mut self, text: &str) {
        if !self.dropping {
            self.fields.push_str(text);
        }
    }

    fn end_field(&mut self) {
        if !self.dropping {
            // Field text never reaches 4 GiB: a record is dropped past `MAX_RECORD_BYTES`.
            self.ends.push(self.fields.len() as u32);
        }
    }

    /// The record's bytes so far, up to `end` in `raw`.
    fn length(&self, end: usize) -> usize {
        self.dropped.saturating_add(end - self.start)
    }

    /// Whether the record spans lines and may be a quote that was never closed: its first line is then
    /// the broken one, unless that line alone is over the limit.
    fn recoverable_break(&self) -> Option<usize> {
        self.first_break
            .filter(|&b| !self.dropping && b - self.start <= MAX_RECORD_BYTES)
    }

    /// Over the limit and still open at the end of a piece of input: recover at the next line, or drop
    /// the text kept so far. Whichever piece shows it, the decision depends on the record alone.
    fn limit(&mut self, raw: &str, sink: &mut dyn RecordSink) -> Result<(), InputError> {
        while !self.dropping && self.length(raw.len()) > MAX_RECORD_BYTES {
            if let Some(restart) = self.recoverable_break() {
                self.recover(raw, restart, sink)?;
                self.pos = restart;
                self.scan(raw, sink)?;
                continue;
            }
            self.dropped = self.length(self.pos);
            self.dropping = true;
            self.first_break = None;
            self.fields.clear();
            self.ends.clear();
            self.start = self.pos;
        }
        if self.dropping {
            self.dropped = self.length(self.pos);
            self.start = self.pos;
        }
        Ok(())
    }

    /// Ends the record whose text ends before `next`; returns where to read again if it was broken.
    fn end_record(
        &mut self,
        raw: &str,
        next: usize,
        sink: &mut dyn RecordSink,
    ) -> Result<Option<usize>, InputError> {
        let quoted_empty = matches!(self.state, State::AfterQuoted | State::QuoteInQuoted);
        self.end_field();
        let too_long = self.dropping || self.length(next) > MAX_RECORD_BYTES;
        if let Some(restart) = self.recoverable_break() {
            let width_differs = sink.width().is_some_and(|w| w != self.ends.len());
            if self.problem.is_some() || too_long || width_differs {
                self.recover(raw, restart, sink)?;
                return Ok(Some(restart));
            }
        }
        let blank = self.ends.len() == 1 && self.fields.is_empty() && !quoted_empty;
        let problem = match self.problem {
            Some(RecordProblem::UnterminatedQuote) => Some(RecordProblem::UnterminatedQuote),
            _ if too_long => Some(RecordProblem::TooLong),
            other => other,
        };
        if !blank || problem.is_some() {
            let cells = if problem == Some(RecordProblem::TooLong) {
                &[][..]
            } else {
                &self.ends[..]
            };
            sink.record(Record {
                line: self.record_line,
                cells: PackedCells {
                    text: &self.fields,
                    start: 0,
                    ends: cells,
                },
                problem,
            })?;
        }
        self.clear_record();
        Ok(None)
    }

    /// Reports the record's first line as broken and starts a record on the next line at `restart`.
    fn recover(
        &mut self,
        raw: &str,
        restart: usize,
        sink: &mut dyn RecordSink,
    ) -> Result<(), InputError> {
        sink.record(Record {
            line: self.record_line,
            cells: PackedCells {
                text: "",
                start: 0,
                ends: &[],
            },
            problem: Some(RecordProblem::UnterminatedQuote),
        })?;
        self.clear_record();
        self.after_cr = raw.as_bytes().get(restart.wrapping_sub(1)) == Some(&b'\r');
        self.line = self.record_line.saturating_add(1);
        self.record_line = self.line;
        self.start = restart;
        Ok(())
    }

    fn clear_record(&mut self) {
        self.fields.clear();
        self.ends.clear();
        self.problem = None;
        self.first_break = None;
        self.dropping = false;
        self.dropped = 0;
        self.state = State::FieldStart;
    }
}

/// The separator of a CSV file: whichever of comma, semicolon and tab occurs most often outside quotes
/// in its first line. Ties go to the comma, the standard's choice.
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

    /// Records as (line, fields, problem), with the header width the sink asks for.
    #[derive(Default)]
    struct Collect {
        width: Option<usize>,
        out: Vec<(u32, Vec<String>, Option<RecordProblem>)>,
    }

    impl RecordSink for Collect {
        fn record(&mut self, r: Record<'_>) -> Result<(), InputError> {
            self.out.push((r.line, r.cells.to_vec(), r.problem));
            Ok(())
        }
        fn width(&self) -> Option<usize> {
            self.width
        }
    }

    fn read_with(
        text: &str,
        delimiter: u8,
        chunk: usize,
        width: Option<usize>,
    ) -> Vec<(u32, Vec<String>, Option<RecordProblem>)> {
        let mut reader = CsvReader::new(delimiter);
        let mut sink = Collect {
            width,
            out: Vec::new(),
        };
        let mut start = 0;
        while start < text.len() {
            let mut end = (start + chunk).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            reader.push(&text[start..end], &mut sink).unwrap();
            start = end;
        }
        reader.finish(&mut sink).unwrap();
        sink.out
    }

    fn read(
        text: &str,
        delimiter: u8,
        chunk: usize,
    ) -> Vec<(u32, Vec<String>, Option<RecordProblem>)> {
        read_with(text, delimiter, chunk, None)
    }

    fn fields(records: &[(u32, Vec<String>, Option<RecordProblem>)]) -> Vec<Vec<&str>> {
        records
            .iter()
            .map(|r| r.1.iter().map(String::as_str).collect())
            .collect()
    }

    fn lines(records: &[(u32, Vec<String>, Option<RecordProblem>)]) -> Vec<u32> {
        records.iter().map(|r| r.0).collect()
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
            assert_eq!(lines(&records), vec![1, 2, 4]);
        }
    }

    #[test]
    fn blank_lines_are_skipped_but_counted() {
        let records = read("h\n\n\nv\n", b',', 4);
        assert_eq!(fields(&records), vec![vec!["h"], vec!["v"]]);
        assert_eq!(records[1].0, 4);
        // An explicitly quoted empty field is a record, not a blank line.
        assert_eq!(read("\"\"\n", b',', 1).len(), 1);
    }

    #[test]
    fn text_after_a_closing_quote_is_broken_quoting() {
        let records = read("a;b\n\"x\"y;2\nc;d", b';', 2);
        assert_eq!(records[1].2, Some(RecordProblem::BrokenQuoting));
        assert_eq!(records[1].0, 2);
        assert_eq!(records[2].2, None);
        assert_eq!(fields(&records)[2], vec!["c", "d"]);
    }

    #[test]
    fn an_unclosed_quote_is_its_own_line_and_the_rows_after_it_are_read() {
        for chunk in [1, 3, 7, 1000] {
            let records = read_with("a,b\n1,\"open\n2,3\n4,5\n", b',', chunk, Some(2));
            assert_eq!(lines(&records), vec![1, 2, 3, 4], "chunk {chunk}");
            assert_eq!(records[1].2, Some(RecordProblem::UnterminatedQuote));
            assert_eq!(fields(&records)[2..], [vec!["2", "3"], vec!["4", "5"]]);
        }
    }

    #[test]
    fn a_quote_closed_lines_later_by_another_fields_quote_is_undone_too() {
        // The stray quote of line 2 pairs with the opening quote of line 4's sizes: the record that makes
        // has the wrong number of fields, so line 2 alone is the broken one.
        let text = "id,title,sizes\r\n1,\"Hat,S\r\n2,Cap,M\r\n3,Scarf,\"S,M\"\r\n";
        for chunk in [1, 4, 1000] {
            let records = read_with(text, b',', chunk, Some(3));
            assert_eq!(lines(&records), vec![1, 2, 3, 4], "chunk {chunk}");
            assert_eq!(records[1].2, Some(RecordProblem::UnterminatedQuote));
            assert_eq!(fields(&records)[3], vec!["3", "Scarf", "S,M"]);
        }
    }

    #[test]
    fn a_multi_line_field_that_reads_right_is_one_record() {
        let records = read_with("a,b\n\"two\nlines\",x\nc,d\n", b',', 2, Some(2));
        assert_eq!(fields(&records)[1], vec!["two\nlines", "x"]);
        assert_eq!(lines(&records), vec![1, 2, 4]);
    }

    #[test]
    fn a_record_over_the_limit_is_dropped_but_reported() {
        let long = format!("a\n{}\nb\n", "x".repeat(MAX_RECORD_BYTES + 10));
        for chunk in [4096, 300_000] {
            let records = read(&long, b',', chunk);
            assert_eq!(records[1].2, Some(RecordProblem::TooLong));
            assert!(records[1].1.is_empty());
            assert_eq!(fields(&records)[2], vec!["b"]);
            assert_eq!(records[2].0, 3);
        }
        // An unclosed quote whose first line is itself over the limit cannot be undone.
        let long = format!("a\n\"{}\nb\n", "x".repeat(MAX_RECORD_BYTES + 10));
        let records = read(&long, b',', 4096);
        assert_eq!(records[1].2, Some(RecordProblem::UnterminatedQuote));
        assert_eq!(records.len(), 2);
    }

    #[test]
    fn a_quote_left_open_for_a_megabyte_is_undone_at_the_limit() {
        let mut text = String::from("id,title\n1,\"open\n");
        while text.len() < MAX_RECORD_BYTES + 5000 {
            text.push_str("2,row\n");
        }
        let rows = text.lines().count();
        for chunk in [4096, 256 * 1024] {
            let records = read_with(&text, b',', chunk, Some(2));
            assert_eq!(records.len(), rows, "chunk {chunk}");
            assert_eq!(records[1].2, Some(RecordProblem::UnterminatedQuote));
            assert!(records[2..]
                .iter()
                .all(|r| r.2.is_none() && r.1 == ["2", "row"]));
            assert_eq!(records.last().map(|r| r.0), Some(rows as u32));
        }
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
        let mut sink = Collect::default();
        reader.push("a\n\n\"x\ny\"\nb\n", &mut sink).unwrap();
        reader.finish(&mut sink).unwrap();
        assert_eq!(lines(&sink.out), [u32::MAX - 1, u32::MAX, u32::MAX]);
        assert_eq!(fields(&sink.out)[1], ["x\ny"]);
    }

    #[test]
    fn lone_carriage_returns_end_lines() {
        let records = read("a,b\r1,2\r", b',', 1);
        assert_eq!(fields(&records), vec![vec!["a", "b"], vec!["1", "2"]]);
        assert_eq!(records[1].0, 2);
    }
}
