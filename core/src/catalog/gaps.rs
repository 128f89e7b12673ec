//! Store-level gaps: what a format has no column for (a Shopify product CSV holds no shipping terms,
//! return terms or video) is not a listing's fault, as the seller cannot fix it in that file. Such a
//! finding is counted rather than given to the listing (`PackedFindings::gaps`), and the catalog gets one
//! note that says where it is set instead (`[store_level]` in `core/data/catalog/columns.toml`).

use super::columns::{data, ColumnSet, Field};
use crate::finding::{Finding, Severity};
use crate::listing::{Rule, RuleSet};
use crate::locale::Locale;

/// A rule the format cannot carry the field of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreGap {
    pub rule: Rule,
    /// The listing field (`shipping`), as the note names it.
    pub field: &'static str,
    /// The message that says where the seller sets it.
    message: String,
}

/// The gaps of `set`, leaving out a field the header maps a column to anyway (a custom metafield
/// named "Shipping").
pub fn of_set(set: ColumnSet, mapped: impl Fn(Field) -> bool) -> Vec<StoreGap> {
    let Some(gaps) = data().store_level.get(set.key()) else {
        return Vec::new();
    };
    gaps.iter()
        .filter_map(|code| {
            let rule = Rule::from_code(code)?;
            let field = field_of(rule)?;
            let carried = Field::from_name(field).is_some_and(&mapped);
            (!carried).then(|| StoreGap {
                rule,
                field,
                message: format!("store_gap_{}_{field}", set.key()),
            })
        })
        .collect()
}

/// The one listing field a rule is about, where a format could lack the column for it.
fn field_of(rule: Rule) -> Option<&'static str> {
    Some(match rule {
        Rule::MissingShippingInfo => "shipping",
        Rule::MissingReturnInfo => "returns",
        Rule::MissingVideo => "video",
        _ => return None,
    })
}

pub fn rules(gaps: &[StoreGap]) -> RuleSet {
    RuleSet::of_rules(gaps.iter().map(|g| g.rule))
}

/// The note for a gap that `listings` listings would have been faulted for.
pub fn note(gap: &StoreGap, listings: u64, format: &str, locale: Locale) -> Finding {
    Finding::draft("store_level_gap", Severity::Info, gap.field)
        .param("rule", gap.rule.code())
        .param("listings", listings)
        .param("format", format)
        .render_as(&gap.message, locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_gap_in_the_data_is_a_rule_with_a_field_and_a_note_in_every_language() {
        for set in [ColumnSet::Shopify, ColumnSet::Ozon, ColumnSet::Generic] {
            let codes = data().store_level.get(set.key()).map_or(0, Vec::len);
            let gaps = of_set(set, |_| false);
            assert_eq!(gaps.len(), codes, "{}", set.key());
            for gap in gaps {
                assert!(crate::messages::has(&gap.message), "{}", gap.message);
                for locale in [Locale::En, Locale::Ru, Locale::Zh] {
                    let note = note(&gap, 2, "csv", locale);
                    assert!(
                        note.message.contains('2') && note.hint.is_some(),
                        "{note:?}"
                    );
                }
            }
        }
    }
}
