//! The languages orderguard speaks.

use serde::{Deserialize, Deserializer, Serialize};

/// A supported locale. English, Russian and Chinese cover every message; German and Portuguese are
/// offered where a market's buyers expect them (return policies) and fall back to English elsewhere.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    Ru,
    Zh,
    De,
    Pt,
}

impl Locale {
    pub const ALL: [Locale; 5] = [Locale::En, Locale::Ru, Locale::Zh, Locale::De, Locale::Pt];

    /// Reads a BCP 47 tag such as "ru", "ru-RU" or "zh-Hans-CN" by its language subtag, in any case.
    /// A language orderguard does not speak gives English, so a page in French still gets a widget.
    pub fn from_tag(tag: &str) -> Locale {
        let language = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match language.as_str() {
            "ru" => Locale::Ru,
            "zh" => Locale::Zh,
            "de" => Locale::De,
            "pt" => Locale::Pt,
            _ => Locale::En,
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ru => "ru",
            Locale::Zh => "zh",
            Locale::De => "de",
            Locale::Pt => "pt",
        }
    }
}

impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = String::deserialize(deserializer)?;
        Ok(Locale::from_tag(&tag))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regional_tags_resolve_to_their_language() {
        assert_eq!(Locale::from_tag("ru-RU"), Locale::Ru);
        assert_eq!(Locale::from_tag("ZH_hans_CN"), Locale::Zh);
        assert_eq!(Locale::from_tag(" pt-BR "), Locale::Pt);
    }

    #[test]
    fn unknown_languages_fall_back_to_english() {
        assert_eq!(Locale::from_tag("fr"), Locale::En);
        assert_eq!(Locale::from_tag(""), Locale::En);
    }
}
