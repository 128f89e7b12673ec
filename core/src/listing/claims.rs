//! Exaggerated claims ("best", "100%", "№1", "лучший", "最好"), from `core/data/listing/claims.toml`,
//! compiled once into phrases that know whether they must stand as whole words.

use std::sync::OnceLock;

use serde::Deserialize;

#[derive(Deserialize)]
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

/// The claim phrases of every language, searched together.
pub struct ClaimPhrases {
    phrases: Vec<Phrase>,
    facts: Vec<String>,
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
            let phrases = file
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
            ClaimPhrases { phrases, facts }
        })
    }

    /// The first claim in `text` (as it appears, in lower case), or `None`.
    pub fn find_in(&self, text: &str) -> Option<String> {
        let lower = text.to_lowercase();
        self.phrases
            .iter()
            .find_map(|phrase| self.find_phrase(&lower, phrase))
    }

    fn find_phrase(&self, lower: &str, phrase: &Phrase) -> Option<String> {
        let mut from = 0;
        while let Some(offset) = lower[from..].find(phrase.text.as_str()) {
            let start = from + offset;
            let end = start + phrase.text.len();
            from = end;
            let before = lower[..start].chars().next_back();
            let after = lower[end..].chars().next();
            if phrase.word_start && before.is_some_and(is_word_char) {
                continue;
            }
            if phrase.word_end && after.is_some_and(is_word_char) {
                continue;
            }
            if self
                .facts
                .iter()
                .any(|fact| lower[start..].starts_with(fact.as_str()))
            {
                continue;
            }
            let end = if phrase.stem {
                lower[end..]
                    .char_indices()
                    .find(|&(_, c)| !is_word_char(c))
                    .map_or(lower.len(), |(i, _)| end + i)
            } else {
                end
            };
            return Some(lower[start..end].to_string());
        }
        None
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
        assert_eq!(claim("The BEST summer dress").as_deref(), Some("best"));
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
        assert_eq!(claim("100% cotton, the best fit").as_deref(), Some("best"));
    }
}
