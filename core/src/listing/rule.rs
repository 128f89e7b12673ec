//! The listing rules by name: a small number each, so that a catalog of millions of listings stores and
//! counts findings without their code strings.

/// Every code the listing checker reports, in the order a report lists them.
pub const RULE_CODES: &[&str] = &[
    "missing_title",
    "title_too_long",
    "title_all_caps",
    "exaggerated_claim",
    "short_description",
    "unknown_category",
    "missing_price",
    "invalid_price",
    "old_price_not_higher",
    "discount_too_small",
    "suspicious_discount",
    "missing_main_image",
    "too_few_images",
    "low_resolution_image",
    "missing_video",
    "missing_sizes",
    "missing_size_chart",
    "missing_material",
    "missing_care",
    "missing_color",
    "missing_gender",
    "missing_dimensions",
    "missing_weight",
    "missing_included_items",
    "missing_voltage",
    "missing_plug_type",
    "missing_warranty",
    "missing_shipping_info",
    "missing_return_info",
];

/// A rule, numbered as in [`RULE_CODES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Rule {
    MissingTitle,
    TitleTooLong,
    TitleAllCaps,
    ExaggeratedClaim,
    ShortDescription,
    UnknownCategory,
    MissingPrice,
    InvalidPrice,
    OldPriceNotHigher,
    DiscountTooSmall,
    SuspiciousDiscount,
    MissingMainImage,
    TooFewImages,
    LowResolutionImage,
    MissingVideo,
    MissingSizes,
    MissingSizeChart,
    MissingMaterial,
    MissingCare,
    MissingColor,
    MissingGender,
    MissingDimensions,
    MissingWeight,
    MissingIncludedItems,
    MissingVoltage,
    MissingPlugType,
    MissingWarranty,
    MissingShippingInfo,
    MissingReturnInfo,
}

impl Rule {
    pub const COUNT: usize = 29;

    pub const ALL: [Rule; Rule::COUNT] = [
        Rule::MissingTitle,
        Rule::TitleTooLong,
        Rule::TitleAllCaps,
        Rule::ExaggeratedClaim,
        Rule::ShortDescription,
        Rule::UnknownCategory,
        Rule::MissingPrice,
        Rule::InvalidPrice,
        Rule::OldPriceNotHigher,
        Rule::DiscountTooSmall,
        Rule::SuspiciousDiscount,
        Rule::MissingMainImage,
        Rule::TooFewImages,
        Rule::LowResolutionImage,
        Rule::MissingVideo,
        Rule::MissingSizes,
        Rule::MissingSizeChart,
        Rule::MissingMaterial,
        Rule::MissingCare,
        Rule::MissingColor,
        Rule::MissingGender,
        Rule::MissingDimensions,
        Rule::MissingWeight,
        Rule::MissingIncludedItems,
        Rule::MissingVoltage,
        Rule::MissingPlugType,
        Rule::MissingWarranty,
        Rule::MissingShippingInfo,
        Rule::MissingReturnInfo,
    ];

    pub fn code(self) -> &'static str {
        RULE_CODES[self as usize]
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_index(index: usize) -> Option<Rule> {
        Rule::ALL.get(index).copied()
    }

    pub fn from_code(code: &str) -> Option<Rule> {
        RULE_CODES
            .iter()
            .position(|c| *c == code)
            .and_then(Rule::from_index)
    }
}

/// A set of rules as bits, for the rules a caller switched off.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RuleSet(u32);

impl RuleSet {
    /// The known codes among `codes` (unknown ones are refused by `CheckOptions::validate`).
    pub fn of_codes(codes: &[String]) -> RuleSet {
        RuleSet::of_rules(codes.iter().filter_map(|c| Rule::from_code(c)))
    }

    pub fn of_rules(rules: impl IntoIterator<Item = Rule>) -> RuleSet {
        RuleSet(
            rules
                .into_iter()
                .fold(0, |bits, rule| bits | 1 << rule.index()),
        )
    }

    pub fn contains(self, rule: Rule) -> bool {
        self.0 & (1 << rule.index()) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_its_code_in_report_order() {
        assert_eq!(RULE_CODES.len(), Rule::COUNT);
        for (index, rule) in Rule::ALL.iter().enumerate() {
            assert_eq!(rule.index(), index);
            assert_eq!(Rule::from_code(rule.code()), Some(*rule));
        }
        assert_eq!(Rule::from_code("nope"), None);
    }
}
