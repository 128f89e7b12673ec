//! Exaggerated claims ("best", "100%", "№1", "лучший", "最好"), from `core/data/listing/claims.toml`,
//! compiled once into phrases that know whether they must stand as whole words.

use std::sync::OnceLock;

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimFile {
    en: Vec<String>,
    ru: Vec<String>,
    zh: Vec<String>,
    facts: Vec<String>,
}

struct Phrase {
    /// Lower-case text without the stem marker.
    text: String,
    /// Must not follow a letter or digit.
    word_start: bool,
    /// Must not be followed by a letter or digit (phrases ending in a letter, unless a stem).
    word_end: bool,
    /// A stem ("лучш*"): the match runs on to the end of the word.
    stem: bool,
}

/// The claim phrases of every language, searched together in one pass over the text.
pub struct ClaimPhrases {
    phrases: Vec<Phrase>,
    /// Phrases that start a word, looked up only where a word starts.
    at_word_start: FirstCharIndex,
    /// Phrases that start with a symbol or a Chinese character, looked up everywhere.
    anywhere: FirstCharIndex,
    facts: Vec<String>,
}

/// Phrases by their first character: a bit per ASCII character rejects most positions at once, a sorted
/// table finds the candidates.
#[derive(Default)]
struct FirstCharIndex {
    ascii: u128,
    table: Vec<(char, Vec<usize>)>,
}

impl FirstCharIndex {
    fn insert(&mut self, first: char, index: usize) {
        if first.is_ascii() {
            self.ascii |= 1 << (first as u32);
        }
        match self.table.binary_search_by_key(&first, |(c, _)| *c) {
            Ok(at) => self.table[at].1.push(index),
            Err(at) => self.table.insert(at, (first, vec![index])),
        }
    }

    fn get(&self, c: char) -> &[usize] {
        if c.is_ascii() && self.ascii & (1 << (c as u32)) == 0 {
            return &[];
        }
        match self.table.binary_search_by_key(&c, |(c, _)| *c) {
            Ok(at) => &self.table[at].1,
            Err(_) => &[],
        }
    }
}

/// Letters and digits of alphabetic scripts. CJK characters are not word characters: Chinese is written
/// without spaces, so its phrases match anywhere.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && (c as u32) < 0x2E80
}

impl ClaimPhrases {
    pub fn get() -> &'static ClaimPhrases {
        static PHRASES: OnceLock<ClaimPhrases> = OnceLock::new();
        PHRASES.get_or_init(|| {
            let file: ClaimFile =
                crate::data::parse("listing/claims", embedded_data!("listing/claims"));
            let phrases: Vec<Phrase> = file
                .en
                .iter()
                .chain(&file.ru)
                .chain(&file.zh)
                .map(|raw| {
                    let lower = raw.trim().to_lowercase();
                    let stem = lower.ends_with('*');
                    let text = lower.trim_end_matches('*').to_string();
                    Phrase {
                        word_start: text.chars().next().is_some_and(is_word_char),
                        word_end: !stem && text.chars().next_back().is_some_and(is_word_char),
                        stem,
                        text,
                    }
                })
                .filter(|p| !p.text.is_empty())
                .collect();
            let facts = file.facts.iter().map(|f| f.trim().to_lowercase()).collect();
            let mut at_word_start = FirstCharIndex::default();
            let mut anywhere = FirstCharIndex::default();
            for (index, phrase) in phrases.iter().enumerate() {
                let Some(first) = phrase.text.chars().next() else {
                    continue;
                };
                let index_of = if phrase.word_start {
                    &mut at_word_start
                } else {
                    &mut anywhere
                };
                index_of.insert(first, index);
            }
            ClaimPhrases {
                phrases,
                at_word_start,
                anywhere,
                facts,
            }
        })
    }

    /// The first claim in `text` (as it appears, in lower case), or `None`.
    pub fn find_in(&self, text: &str) -> Option<String> {
        let lower = text.to_lowercase();
        let mut before: Option<char> = None;
        for (start, c) in lower.char_indices() {
            let after_word = before.is_some_and(is_word_char);
            before = Some(c);
            let word_phrases = if after_word {
                &[][..]
            } else {
                self.at_word_start.get(c)
            };
            for &index in word_phrases.iter().chain(self.anywhere.get(c)) {
                if let Some(end) = self.match_at(&lower, start, &self.phrases[index]) {
                    return Some(lower[start..end].to_string());
                }
            }
        }
        None
    }

    /// Where the phrase's match starting at `start` ends, if it matches there as a claim (the caller has
    /// checked that a word-start phrase starts a word).
    fn match_at(&self, lower: &str, start: usize, phrase: &Phrase) -> Option<usize> {
        let rest = &lower[start..];
        if !rest.starts_with(phrase.text.as_str()) {
            return None;
        }
        let end = start + phrase.text.len();
        let tail = &lower[end..];
        if phrase.word_end && tail.chars().next().is_some_and(is_word_char) {
            return None;
        }
        if self
            .facts
            .iter()
            .any(|fact| rest.starts_with(fact.as_str()))
        {
            return None;
        }
        if !phrase.stem {
            return Some(end);
        }
        Some(
            tail.char_indices()
                .find(|&(_, c)| !is_word_char(c))
                .map_or(lower.len(), |(i, _)| end + i),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(text: &str) -> Option<String> {
        ClaimPhrases::get().find_in(text)
    }

    #[test]
    fn finds_claims_in_english_russian_and_chinese() {
        assert_eq!(claim("The BEST summer dress").as_deref(), Some("the best"));
        assert_eq!(claim("A best-seller").as_deref(), Some("best"));
        assert_eq!(claim("Платье №1 в России").as_deref(), Some("№1"));
        assert_eq!(claim("Лучшая цена!").as_deref(), Some("лучшая"));
        assert_eq!(claim("最好的连衣裙").as_deref(), Some("最好"));
        assert_eq!(claim("Quality guaranteed").as_deref(), Some("guaranteed"));
        assert_eq!(claim("satisfaction 100%").as_deref(), Some("100%"));
    }

    #[test]
    fn words_that_only_contain_a_claim_are_not_claims() {
        assert_eq!(claim("Bestway pool, topsoil, perfectionist planner"), None);
        assert_eq!(claim("Cotton dress with pockets"), None);
        assert_eq!(claim("Платье из хлопка"), None);
        assert_eq!(claim("纯棉连衣裙"), None);
    }

    #[test]
    fn a_material_share_is_a_fact_not_a_claim() {
        assert_eq!(claim("100% cotton T-shirt"), None);
        assert_eq!(claim("Футболка, 100% хлопок"), None);
        assert_eq!(claim("100%棉T恤"), None);
        assert_eq!(
            claim("100% cotton, the best fit").as_deref(),
            Some("the best")
        );
    }
}
