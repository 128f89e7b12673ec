//! Exaggerated claims ("best", "100%", "№1", "лучший", "最好"), from `core/data/listing/claims.toml`,
//! compiled once into one Aho-Corasick automaton over the phrases of every language, so a text is
//! searched in a single pass whatever the number of phrases.

use std::sync::OnceLock;

use aho_corasick::automaton::{Automaton, OverlappingState};
use aho_corasick::dfa::DFA;
use aho_corasick::{Input, MatchKind};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimFile {
    en: Vec<String>,
    ru: Vec<String>,
    zh: Vec<String>,
    facts: Vec<String>,
    materials: Vec<String>,
}

struct Phrase {
    /// Must not follow a letter or digit.
    word_start: bool,
    /// Must not be followed by a letter or digit (phrases ending in a letter, unless a stem).
    word_end: bool,
    /// A stem ("лучш*"): the match runs on to the end of the word.
    stem: bool,
    /// A share ("100%"): a fact beside a material.
    share: bool,
}

/// The claim phrases of every language, searched together in one pass over the text.
pub struct ClaimPhrases {
    /// Lower-case phrases without the stem marker, in the data's order.
    automaton: DFA,
    phrases: Vec<Phrase>,
    facts: Vec<String>,
    materials: Vec<String>,
}

/// Letters and digits of alphabetic scripts. CJK characters are not word characters: Chinese is written
/// without spaces, so its phrases match anywhere.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && (c as u32) < 0x2E80
}

/// Appends `c` in lower case, as `char::to_lowercase` gives it; the scripts listings are mostly written
/// in (Latin, Cyrillic, CJK) without a table look-up.
fn push_lowercase(out: &mut String, c: char) {
    let code = c as u32;
    let lower = match code {
        0..=0x7F => c.to_ascii_lowercase(),
        // А-Я -> а-я, Ѐ-Џ -> ѐ-џ; а-џ have no case to change.
        0x0410..=0x042F => char::from_u32(code + 0x20).unwrap_or(c),
        0x0400..=0x040F => char::from_u32(code + 0x50).unwrap_or(c),
        0x0430..=0x045F => c,
        // CJK punctuation, kana and ideographs have no case.
        0x3000..=0x9FFF => c,
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(lower);
}

/// The reusable buffer a search lowercases its text into, so searching allocates nothing.
#[derive(Debug, Default)]
pub struct ClaimSearch {
    lower: String,
}

impl ClaimSearch {
    /// The first claim in `text` (as it appears, in lower case), or `None`.
    pub fn find(&mut self, phrases: &ClaimPhrases, text: &str) -> Option<&str> {
        self.lower.clear();
        if text.is_ascii() {
            self.lower.push_str(text);
            self.lower.make_ascii_lowercase();
        } else {
            for c in text.chars() {
                push_lowercase(&mut self.lower, c);
            }
        }
        let (start, end) = phrases.first_claim(&self.lower)?;
        Some(&self.lower[start..end])
    }
}

impl ClaimPhrases {
    pub fn get() -> &'static ClaimPhrases {
        static PHRASES: OnceLock<ClaimPhrases> = OnceLock::new();
        PHRASES.get_or_init(|| {
            let file: ClaimFile =
                crate::data::parse("listing/claims", embedded_data!("listing/claims"));
            let mut texts = Vec::new();
            let mut phrases = Vec::new();
            for raw in file.en.iter().chain(&file.ru).chain(&file.zh) {
                let lower = raw.trim().to_lowercase();
                let stem = lower.ends_with('*');
                let text = lower.trim_end_matches('*').to_string();
                if text.is_empty() {
                    continue;
                }
                phrases.push(Phrase {
                    word_start: text.chars().next().is_some_and(is_word_char),
                    word_end: !stem && text.chars().next_back().is_some_and(is_word_char),
                    stem,
                    share: text.ends_with('%'),
                });
                texts.push(text);
            }
            // The DFA alone, not the `AhoCorasick` front that can pick any automaton at run time: only
            // this one's code ships in the browser package.
            let automaton = DFA::builder()
                .match_kind(MatchKind::Standard)
                .build(&texts)
                .unwrap_or_else(|e| panic!("core/data/listing/claims: {e}"));
            let lower = |list: &[String]| list.iter().map(|f| f.trim().to_lowercase()).collect();
            ClaimPhrases {
                automaton,
                phrases,
                facts: lower(&file.facts),
                materials: lower(&file.materials),
            }
        })
    }

    /// The first claim in `lower` (already in lower case) as a byte range: of the phrases that match as
    /// claims, the one that starts first, and of those starting together the first in the data.
    fn first_claim(&self, lower: &str) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize, usize)> = None;
        let input = Input::new(lower);
        let mut state = OverlappingState::start();
        loop {
            // The automaton is built for this search kind, so the search cannot fail.
            if self
                .automaton
                .try_find_overlapping(&input, &mut state)
                .is_err()
            {
                break;
            }
            let Some(m) = state.get_match() else { break };
            let (start, index) = (m.start(), m.pattern().as_usize());
            if best.is_some_and(|(s, i, _)| (s, i) <= (start, index)) {
                continue;
            }
            if let Some(end) = self.claim_at(lower, start, m.end(), &self.phrases[index]) {
                best = Some((start, index, end));
            }
        }
        best.map(|(start, _, end)| (start, end))
    }

    /// Where the claim of `phrase`, found at `start..end`, ends, if it stands as a claim there.
    fn claim_at(&self, lower: &str, start: usize, end: usize, phrase: &Phrase) -> Option<usize> {
        if phrase.word_start && lower[..start].chars().next_back().is_some_and(is_word_char) {
            return None;
        }
        let tail = &lower[end..];
        if phrase.word_end && tail.chars().next().is_some_and(is_word_char) {
            return None;
        }
        let rest = &lower[start..];
        if self
            .facts
            .iter()
            .any(|fact| rest.starts_with(fact.as_str()))
        {
            return None;
        }
        if phrase.share && self.beside_material(&lower[..start], tail) {
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

impl ClaimPhrases {
    /// Whether a material is written right after the share or right before it (a colon or a dash
    /// between them is allowed: "состав: шёлк — 100%"), as a whole word in alphabetic scripts.
    fn beside_material(&self, before: &str, after: &str) -> bool {
        let after = after.trim_start();
        let before = before
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '—' | '–'));
        self.materials.iter().any(|m| {
            // Chinese is written without spaces: its materials need no word boundary ("100%棉T恤").
            let alphabetic = m.chars().any(is_word_char);
            let ends_word = |rest: &str| !alphabetic || !rest.starts_with(is_word_char);
            let starts_word = |rest: &str| !alphabetic || !rest.ends_with(is_word_char);
            after.strip_prefix(m.as_str()).is_some_and(ends_word)
                || before.strip_suffix(m.as_str()).is_some_and(starts_word)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(text: &str) -> Option<String> {
        ClaimSearch::default()
            .find(ClaimPhrases::get(), text)
            .map(str::to_string)
    }

    #[test]
    fn lowercasing_without_tables_agrees_with_the_standard_library() {
        for code in (0..0xA000).chain(0x1F600..0x1F650) {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let mut ours = String::new();
            push_lowercase(&mut ours, c);
            assert_eq!(ours, c.to_lowercase().collect::<String>(), "U+{code:04X}");
        }
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
        // The share after the material, as composition labels write it, and other fibres.
        assert_eq!(claim("Лён 100%, длина миди"), None);
        assert_eq!(claim("100%桑蚕丝，轻薄透气"), None);
        assert_eq!(claim("Состав: шёлк — 100%"), None);
        assert_eq!(claim("Composição: algodão 100%"), None);
        // A share beside no material, or beside a word that merely starts like one, is still a claim.
        assert_eq!(claim("Качество 100%").as_deref(), Some("100%"));
        assert_eq!(claim("100% cottonlike feel").as_deref(), Some("100%"));
        assert_eq!(
            claim("100% cotton, the best fit").as_deref(),
            Some("the best")
        );
    }
}
