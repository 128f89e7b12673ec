//! The rules. Each reports at most one finding under a stable code; which rules run and with what
//! thresholds comes from the category and the marketplace profile.

use crate::finding::{Draft, Finding, Severity};
use crate::locale::Locale;

use super::category::{Attribute, Resolved};
use super::claims::ClaimPhrases;
use super::model::Listing;
use super::profile::MarketplaceProfile;

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

/// Collects findings, skipping the rules the caller switched off.
pub struct Findings<'a> {
    locale: Locale,
    disabled: &'a [String],
    pub list: Vec<Finding>,
}

impl<'a> Findings<'a> {
    pub fn new(locale: Locale, disabled: &'a [String]) -> Self {
        Findings {
            locale,
            disabled,
            list: Vec::new(),
        }
    }

    fn add(
        &mut self,
        code: &str,
        severity: Severity,
        field: &str,
        with: impl FnOnce(Draft) -> Draft,
    ) {
        if self.disabled.iter().any(|c| c == code) {
            return;
        }
        let draft = with(Finding::draft(code, severity, field));
        self.list.push(draft.render(self.locale));
    }
}

pub struct Context<'a> {
    pub listing: &'a Listing,
    pub profile: &'a MarketplaceProfile,
    pub category: &'a Resolved,
}

pub fn run(cx: &Context, out: &mut Findings) {
    title(cx, out);
    description(cx, out);
    category(cx, out);
    prices(cx, out);
    photos(cx, out);
    video(cx, out);
    attributes(cx, out);
    delivery_and_returns(cx, out);
}

fn blank(text: &Option<String>) -> bool {
    text.as_deref().is_none_or(|t| t.trim().is_empty())
}

fn title(cx: &Context, out: &mut Findings) {
    let title = cx.listing.title.as_deref().unwrap_or("").trim();
    if title.is_empty() {
        out.add("missing_title", Severity::Error, "title", |d| d);
        return;
    }
    let length = title.chars().count();
    let max = cx.profile.title_max_chars;
    if length > max {
        out.add("title_too_long", Severity::Warning, "title", |d| {
            d.param("length", length).param("max", max)
        });
    }
    if is_shouting(title) {
        out.add("title_all_caps", Severity::Warning, "title", |d| d);
    }
    if let Some(phrase) = ClaimPhrases::get().find_in(title) {
        out.add("exaggerated_claim", Severity::Warning, "title", |d| {
            d.param("phrase", phrase)
        });
    }
}

/// Mostly capital letters: at least 8 letters that have a case, at most one in ten in lower case.
/// Scripts without case (Chinese) never shout.
fn is_shouting(text: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    for c in text.chars() {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    upper + lower >= 8 && lower * 10 <= upper + lower
}

fn description(cx: &Context, out: &mut Findings) {
    let description = cx.listing.description.as_deref().unwrap_or("").trim();
    let length = description.chars().count();
    let min = cx.profile.description_min_chars;
    if length < min {
        out.add("short_description", Severity::Warning, "description", |d| {
            d.param("length", length).param("min", min)
        });
    }
    if length > 0 {
        if let Some(phrase) = ClaimPhrases::get().find_in(description) {
            out.add("exaggerated_claim", Severity::Warning, "description", |d| {
                d.param("phrase", phrase)
            });
        }
    }
}

fn category(cx: &Context, out: &mut Findings) {
    if !cx.category.known {
        let name = cx.listing.category.as_deref().unwrap_or("").trim();
        out.add("unknown_category", Severity::Info, "category", |d| {
            d.param("category", name)
        });
    }
}

/// A money amount as sellers write it: at most two decimals, no trailing zeros.
fn money(amount: f64) -> String {
    let rounded = (amount * 100.0).round() / 100.0;
    format!("{rounded}")
}

fn prices(cx: &Context, out: &mut Findings) {
    let valid = |x: f64| x.is_finite() && x > 0.0;
    let price = match cx.listing.price {
        None => {
            out.add("missing_price", Severity::Error, "price", |d| d);
            None
        }
        Some(price) if !valid(price) => {
            out.add("invalid_price", Severity::Error, "price", |d| {
                d.param("value", price)
            });
            None
        }
        Some(price) => Some(price),
    };
    // An old price of 0 means "no discount" on Ozon; a negative or non-finite one is a mistake.
    let old_price = match cx.listing.old_price.filter(|&old| old != 0.0) {
        Some(old) if !valid(old) => {
            out.add("invalid_price", Severity::Error, "oldPrice", |d| {
                d.param("value", old)
            });
            None
        }
        other => other,
    };
    let (Some(price), Some(old)) = (price, old_price) else {
        return;
    };
    if old <= price {
        out.add("old_price_not_higher", Severity::Error, "oldPrice", |d| {
            d.param("oldPrice", money(old)).param("price", money(price))
        });
        return;
    }
    let percent = (old - price) / old * 100.0;
    if percent >= cx.profile.suspicious_discount_percent {
        out.add("suspicious_discount", Severity::Warning, "oldPrice", |d| {
            d.param("percent", percent.round())
                .param("max", cx.profile.suspicious_discount_percent)
        });
        return;
    }
    let currency = cx
        .listing
        .currency
        .as_deref()
        .filter(|c| !c.trim().is_empty());
    if let Some(min_gap) = cx.profile.min_gap(price, currency) {
        // Prices carry at most two decimals; compare in whole kopecks so 5 % of 1000 accepts 950.
        if ((old - price) * 100.0).round() < (min_gap * 100.0).round() {
            out.add("discount_too_small", Severity::Error, "oldPrice", |d| {
                d.param("gap", money(old - price))
                    .param("minGap", money(min_gap))
            });
        }
    }
}

fn photos(cx: &Context, out: &mut Findings) {
    let images = &cx.listing.images;
    let given = |url: &str| !url.trim().is_empty();
    if !images.first().is_some_and(|i| given(&i.url)) {
        out.add("missing_main_image", Severity::Error, "images", |d| d);
    }
    let count = images.iter().filter(|i| given(&i.url)).count();
    let min = cx.profile.min_images;
    if count < min {
        out.add("too_few_images", Severity::Warning, "images", |d| {
            d.param("count", count).param("min", min)
        });
    }
    let (min_width, min_height) = (cx.profile.min_image_width, cx.profile.min_image_height);
    let small = |i: &&super::model::Image| {
        given(&i.url)
            && (i.width.is_some_and(|w| w < min_width) || i.height.is_some_and(|h| h < min_height))
    };
    let small_count = images.iter().filter(small).count();
    if let Some((index, first)) = images.iter().enumerate().find(|(_, i)| small(i)) {
        let size = |v: Option<u32>| v.map_or_else(|| "?".to_string(), |v| v.to_string());
        out.add(
            "low_resolution_image",
            Severity::Warning,
            &format!("images[{index}]"),
            |d| {
                d.param("count", small_count)
                    .param(
                        "size",
                        format!("{}×{}", size(first.width), size(first.height)),
                    )
                    .param("minSize", format!("{min_width}×{min_height}"))
            },
        );
    }
}

fn video(cx: &Context, out: &mut Findings) {
    if blank(&cx.listing.video) {
        out.add("missing_video", Severity::Info, "video", |d| d);
    }
}

fn attributes(cx: &Context, out: &mut Findings) {
    let category = cx.category.category;
    let given = &cx.listing.attributes;
    let required = category.required.iter().map(|a| (a, Severity::Error));
    let recommended = category
        .recommended
        .iter()
        .filter(|a| !category.required.contains(a))
        .map(|a| (a, Severity::Warning));
    for (&attribute, severity) in required.chain(recommended) {
        if !attribute.is_given(given) {
            out.add(attribute.missing_code(), severity, attribute.field(), |d| {
                d.param("category", &category.id)
            });
        }
    }
    debug_assert!(Attribute::ALL
        .iter()
        .all(|a| RULE_CODES.contains(&a.missing_code())));
}

fn delivery_and_returns(cx: &Context, out: &mut Findings) {
    if blank(&cx.listing.shipping) {
        out.add(
            "missing_shipping_info",
            Severity::Warning,
            "shipping",
            |d| d,
        );
    }
    if blank(&cx.listing.returns) {
        out.add("missing_return_info", Severity::Warning, "returns", |d| d);
    }
}
