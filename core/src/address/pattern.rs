//! The small regular-expression dialect of the address data (Google's postal-code patterns and the
//! mobile numbering plans): literals, `\d \s \w \b`, classes with ranges, groups, `|`, and the
//! quantifiers `? * + {n} {n,} {n,m}`. A whole-string matcher of a few hundred bytes in place of a
//! general regex engine, which would cost the checkout page more than all its postal data.

/// Inputs longer than this never match: no postal code or phone number is this long, and it bounds the
/// backtracking of a pathological input.
pub const MAX_INPUT_CHARS: usize = 64;

/// A compiled pattern that matches whole strings.
#[derive(Debug)]
pub struct Pattern(Compiled);

#[derive(Debug)]
enum Compiled {
    /// `\d{n}`: the postal codes of 95 of the 252 countries, Russia's among them, matched without the
    /// parser and the backtracking matcher (which a checkout's first validation would otherwise compile).
    Digits(usize),
    Nodes(Alternatives),
}

type Alternatives = Vec<Vec<Node>>;

#[derive(Debug)]
enum Node {
    Char(char),
    Class {
        ranges: Vec<(char, char)>,
        negated: bool,
    },
    Digit,
    Space,
    Word,
    WordBoundary,
    Start,
    End,
    Group(Alternatives),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
    },
}

impl Pattern {
    /// Compiles `source`, or says why it is not in the dialect.
    pub fn new(source: &str) -> Result<Pattern, String> {
        let digits = source
            .strip_prefix("\\d{")
            .and_then(|rest| rest.strip_suffix('}'))
            .filter(|n| n.bytes().all(|b| b.is_ascii_digit()));
        match digits.map(str::parse) {
            Some(Ok(n @ 1..=MAX_INPUT_CHARS)) => Ok(Pattern(Compiled::Digits(n))),
            _ => Pattern::parse(source),
        }
    }

    // Out of line, so that a page whose patterns are all runs of digits never compiles it.
    #[inline(never)]
    fn parse(source: &str) -> Result<Pattern, String> {
        let chars: Vec<char> = source.chars().collect();
        let mut parser = Parser {
            chars: &chars,
            at: 0,
        };
        let root = parser.alternatives()?;
        match parser.peek() {
            None => Ok(Pattern(Compiled::Nodes(root))),
            Some(c) => Err(format!("unexpected `{c}` at {}", parser.at)),
        }
    }

    /// Whether the whole of `text` matches.
    pub fn is_match(&self, text: &str) -> bool {
        match &self.0 {
            Compiled::Digits(n) => text.len() == *n && text.bytes().all(|b| b.is_ascii_digit()),
            Compiled::Nodes(root) => Pattern::match_nodes(root, text),
        }
    }

    // Out of line likewise.
    #[inline(never)]
    fn match_nodes(root: &Alternatives, text: &str) -> bool {
        let input: Vec<char> = text.chars().take(MAX_INPUT_CHARS + 1).collect();
        if input.len() > MAX_INPUT_CHARS {
            return false;
        }
        alternatives(root, &input, 0, &mut |end| end == input.len())
    }
}

struct Parser<'a> {
    chars: &'a [char],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn next(&mut self) -> Result<char, String> {
        let c = self.peek().ok_or("unexpected end of pattern")?;
        self.at += 1;
        Ok(c)
    }

    fn eat(&mut self, expected: &str) -> bool {
        let matches = expected
            .chars()
            .enumerate()
            .all(|(i, c)| self.chars.get(self.at + i) == Some(&c));
        if matches {
            self.at += expected.chars().count();
        }
        matches
    }

    fn alternatives(&mut self) -> Result<Alternatives, String> {
        let mut all = vec![self.sequence()?];
        while self.eat("|") {
            all.push(self.sequence()?);
        }
        Ok(all)
    }

    fn sequence(&mut self) -> Result<Vec<Node>, String> {
        let mut nodes = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            nodes.push(self.quantified(atom)?);
        }
        Ok(nodes)
    }

    fn atom(&mut self) -> Result<Node, String> {
        Ok(match self.next()? {
            '(' => {
                self.eat("?:");
                let inner = self.alternatives()?;
                if !self.eat(")") {
                    return Err("unclosed group".into());
                }
                Node::Group(inner)
            }
            '[' => self.class()?,
            '\\' => self.escape()?,
            '^' => Node::Start,
            '$' => Node::End,
            '.' => Node::Class {
                ranges: vec![('\n', '\n')],
                negated: true,
            },
            c @ ('*' | '+' | '?' | '{') => return Err(format!("nothing to repeat before `{c}`")),
            c => Node::Char(c),
        })
    }

    fn escape(&mut self) -> Result<Node, String> {
        Ok(match self.next()? {
            'd' => Node::Digit,
            's' => Node::Space,
            'w' => Node::Word,
            'b' => Node::WordBoundary,
            c if c.is_ascii_alphanumeric() => return Err(format!("unsupported escape `\\{c}`")),
            c => Node::Char(c),
        })
    }

    fn class(&mut self) -> Result<Node, String> {
        let negated = self.eat("^");
        let mut ranges = Vec::new();
        let mut first = true;
        loop {
            let c = self.next()?;
            if c == ']' && !first {
                break;
            }
            first = false;
            let low = match c {
                '\\' => match self.next()? {
                    'd' => {
                        ranges.push(('0', '9'));
                        continue;
                    }
                    'w' => {
                        ranges.extend([('0', '9'), ('A', 'Z'), ('a', 'z'), ('_', '_')]);
                        continue;
                    }
                    's' => {
                        ranges.extend([(' ', ' '), ('\t', '\r')]);
                        continue;
                    }
                    escaped => escaped,
                },
                c => c,
            };
            if self.peek() == Some('-') && self.chars.get(self.at + 1).is_some_and(|&c| c != ']') {
                self.at += 1;
                let high = match self.next()? {
                    '\\' => self.next()?,
                    c => c,
                };
                if high < low {
                    return Err(format!("empty range {low}-{high}"));
                }
                ranges.push((low, high));
            } else {
                ranges.push((low, low));
            }
        }
        Ok(Node::Class { ranges, negated })
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, String> {
        let (min, max) = match self.peek() {
            Some('?') => (0, Some(1)),
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('{') => {
                self.at += 1;
                let min = self.number()?;
                let max = if self.eat(",") {
                    if self.peek() == Some('}') {
                        None
                    } else {
                        Some(self.number()?)
                    }
                } else {
                    Some(min)
                };
                if !self.eat("}") || max.is_some_and(|max| max < min) {
                    return Err("malformed {n,m}".into());
                }
                return Ok(Node::Repeat {
                    node: Box::new(atom),
                    min,
                    max,
                });
            }
            _ => return Ok(atom),
        };
        self.at += 1;
        Ok(Node::Repeat {
            node: Box::new(atom),
            min,
            max,
        })
    }

    fn number(&mut self) -> Result<u32, String> {
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.at += 1;
        }
        let digits: String = self.chars[start..self.at].iter().collect();
        digits.parse().map_err(|_| "expected a number".to_string())
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Tries each alternative at `at`; `then` continues with the rest of the pattern from where it ended.
fn alternatives(
    alts: &Alternatives,
    input: &[char],
    at: usize,
    then: &mut dyn FnMut(usize) -> bool,
) -> bool {
    alts.iter().any(|seq| sequence(seq, input, at, then))
}

fn sequence(
    nodes: &[Node],
    input: &[char],
    at: usize,
    then: &mut dyn FnMut(usize) -> bool,
) -> bool {
    match nodes.split_first() {
        None => then(at),
        Some((node, rest)) => single(node, input, at, &mut |next| {
            sequence(rest, input, next, then)
        }),
    }
}

fn single(node: &Node, input: &[char], at: usize, then: &mut dyn FnMut(usize) -> bool) -> bool {
    let one = |test: &dyn Fn(char) -> bool| input.get(at).is_some_and(|&c| test(c));
    match node {
        Node::Char(expected) => one(&|c| c == *expected) && then(at + 1),
        Node::Class { ranges, negated } => {
            one(&|c| ranges.iter().any(|&(low, high)| (low..=high).contains(&c)) != *negated)
                && then(at + 1)
        }
        Node::Digit => one(&|c| c.is_ascii_digit()) && then(at + 1),
        Node::Space => one(&char::is_whitespace) && then(at + 1),
        Node::Word => one(&is_word) && then(at + 1),
        Node::WordBoundary => {
            let before = at > 0 && is_word(input[at - 1]);
            let after = input.get(at).is_some_and(|&c| is_word(c));
            before != after && then(at)
        }
        Node::Start => at == 0 && then(at),
        Node::End => at == input.len() && then(at),
        Node::Group(alts) => alternatives(alts, input, at, then),
        Node::Repeat { node, min, max } => repeat(node, *min, *max, input, at, then),
    }
}

/// Greedy repetition: as many as allowed first, backing off one at a time.
fn repeat(
    node: &Node,
    min: u32,
    max: Option<u32>,
    input: &[char],
    at: usize,
    then: &mut dyn FnMut(usize) -> bool,
) -> bool {
    if max == Some(0) {
        return min == 0 && then(at);
    }
    let more = single(node, input, at, &mut |next| {
        // An empty iteration cannot make progress; stop there rather than loop.
        next != at
            && repeat(
                node,
                min.saturating_sub(1),
                max.map(|m| m - 1),
                input,
                next,
                then,
            )
    });
    more || (min == 0 && then(at))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(pattern: &str, text: &str) -> bool {
        Pattern::new(pattern).unwrap().is_match(text)
    }

    #[test]
    fn google_postal_patterns_match_whole_codes_only() {
        assert!(matches(r"\d{6}", "125009"));
        assert!(!matches(r"\d{6}", "1250090"));
        assert!(!matches(r"\d{6}", "12500"));
        assert!(matches(r"\d{5}-?\d{3}", "01310-100"));
        assert!(matches(r"\d{5}-?\d{3}", "01310100"));
        assert!(matches(r"((?:[A-HJ-NP-Z])?\d{4})([A-Z]{3})?", "C1070AAM"));
        assert!(!matches(r"((?:[A-HJ-NP-Z])?\d{4})([A-Z]{3})?", "I1070AAM"));
        assert!(matches(r"(96799)(?:[ \-](\d{4}))?", "96799-1234"));
        assert!(matches(r"AD[1-7]0\d", "AD100"));
        assert!(!matches(r"AD[1-7]0\d", "AD800"));
    }

    #[test]
    fn a_run_of_digits_matches_as_the_general_matcher_would() {
        let fast = Pattern::new(r"\d{6}").unwrap();
        let general = Pattern::new(r"(?:\d{6})").unwrap();
        assert!(matches!(fast.0, Compiled::Digits(6)) && matches!(general.0, Compiled::Nodes(_)));
        for text in [
            "125009",
            "12500",
            "1250090",
            "",
            "12 5009",
            "１２５００９",
            "١٢٥٠٠٩",
            "12500a",
            "125009\n",
        ] {
            assert_eq!(fast.is_match(text), general.is_match(text), "{text:?}");
        }
        assert!(matches!(
            Pattern::new(r"\d{0}").unwrap().0,
            Compiled::Nodes(_)
        ));
        assert!(Pattern::new(r"\d{+6}").is_err(), "as the parser says");
    }

    #[test]
    fn alternation_backtracks_into_earlier_choices() {
        assert!(matches(r"(?:a|ab)c", "abc"));
        assert!(matches(r"\d{1,4}\d{2}", "123"));
        assert!(!matches(r"\d{1,4}\d{2}", "1234567"));
        assert!(matches(r"[^\d]+x", "abx"));
        assert!(matches(r"a\b b", "a b"));
    }

    #[test]
    fn unsupported_syntax_is_an_error_not_a_silent_mismatch() {
        assert!(Pattern::new(r"\p{L}").is_err());
        assert!(Pattern::new("(ab").is_err());
        assert!(Pattern::new("a{3,1}").is_err());
        assert!(Pattern::new("*a").is_err());
    }

    #[test]
    fn overlong_input_is_rejected_without_work() {
        let pattern = Pattern::new(r"\d+").unwrap();
        assert!(pattern.is_match("12345"));
        assert!(!pattern.is_match(&"1".repeat(10_000_000)));
    }
}
