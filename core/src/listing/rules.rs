//! The rules. Each reports at most one finding under a stable code; which rules run and with what
//! thresholds comes from the category and the marketplace profile.

use std::borrow::Cow;

use crate::finding::Severity;

use super::category::Resolved;
use super::claims::{ClaimPhrases, ClaimSearch};
use super::found::{Field, FindingSink, Found, Value};
use super::model::{Image, Listing};
use super::profile::MarketplaceProfile;
use super::rule::{Rule, RuleSet};

/// Passes findings on to the sink, skipping the rules the caller switched off.
pub struct Findings<'s> {
    disabled: RuleSet,
    sink: &'s mut dyn FindingSink,
}

impl<'s> Findings<'s> {
    pub fn new(disabled: RuleSet, sink: &'s mut dyn FindingSink) -> Self {
        Findings { disabled, sink }
    }

    fn add(
        &mut self,
        rule: Rule,
        severity: Severity,
        field: Field,
        params: &[(&'static str, Value<'_>)],
    ) {
        if !self.disabled.contains(rule) {
            self.sink.add(&Found {
                rule,
                severity,
                field,
                params,
            });
        }
    }
}

pub struct Context<'a> {
    pub listing: &'a Listing,
    pub profile: &'a MarketplaceProfile,
    pub category: &'a Resolved,
}

pub fn run(cx: &Context, claims: &mut ClaimSearch, out: &mut Findings) {
    title(cx, claims, out);
    description(cx, claims, out);
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

fn count(n: usize) -> Value<'static> {
    Value::Count(n as u64)
}

fn title(cx: &Context, claims: &mut ClaimSearch, out: &mut Findings) {
    let title = cx.listing.title.as_deref().unwrap_or("").trim();
    if title.is_empty() {
        out.add(Rule::MissingTitle, Severity::Error, Field::Title, &[]);
        return;
    }
    let max = cx.profile.title_max_chars;
    // Only a title longer in bytes than the limit in characters can be too long.
    if title.len() > max {
        let length = title.chars().count();
        if length > max {
            out.add(
                Rule::TitleTooLong,
                Severity::Warning,
                Field::Title,
                &[("length", count(length)), ("max", count(max))],
            );
        }
    }
    if is_shouting(title) {
        out.add(Rule::TitleAllCaps, Severity::Warning, Field::Title, &[]);
    }
    if let Some(phrase) = claims.find(ClaimPhrases::get(), title) {
        out.add(
            Rule::ExaggeratedClaim,
            Severity::Warning,
            Field::Title,
            &[("phrase", Value::Text(Cow::Borrowed(phrase)))],
        );
    }
}

/// Mostly capital letters: at least 8 letters that have a case, at most one in ten in lower case.
/// Scripts without case (Chinese) never shout.
fn is_shouting(text: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    if text.is_ascii() {
        for b in text.bytes() {
            upper += usize::from(b.is_ascii_uppercase());
            lower += usize::from(b.is_ascii_lowercase());
        }
    } else {
        for c in text.chars() {
            if c.is_uppercase() {
                upper += 1;
            } else if c.is_lowercase() {
                lower += 1;
            }
        }
    }
    upper + lower >= 8 && lower * 10 <= upper + lower
}

fn description(cx: &Context, claims: &mut ClaimSearch, out: &mut Findings) {
    let description = cx.listing.description.as_deref().unwrap_or("").trim();
    let min = cx.profile.description_min_chars;
    // A description of at least `4 * min` bytes has at least `min` characters: no need to count them.
    let length = if description.len() >= 4 * min {
        min
    } else {
        description.chars().count()
    };
    if length < min {
        out.add(
            Rule::ShortDescription,
            Severity::Warning,
            Field::Description,
            &[("length", count(length)), ("min", count(min))],
        );
    }
    if !description.is_empty() {
        if let Some(phrase) = claims.find(ClaimPhrases::get(), description) {
            out.add(
                Rule::ExaggeratedClaim,
                Severity::Warning,
                Field::Description,
                &[("phrase", Value::Text(Cow::Borrowed(phrase)))],
            );
        }
    }
}

fn category(cx: &Context, out: &mut Findings) {
    if !cx.category.known {
        let name = cx.listing.category.as_deref().unwrap_or("").trim();
        out.add(
            Rule::UnknownCategory,
            Severity::Info,
            Field::Category,
            &[("category", Value::Text(Cow::Borrowed(name)))],
        );
    }
}

/// A money amount as sellers write it: at most two decimals, no trailing zeros.
fn money(amount: f64) -> Value<'static> {
    Value::Number((amount * 100.0).round() / 100.0)
}

fn prices(cx: &Context, out: &mut Findings) {
    let valid = |x: f64| x.is_finite() && x > 0.0;
    let price = match cx.listing.price {
        None => {
            out.add(Rule::MissingPrice, Severity::Error, Field::Price, &[]);
            None
        }
        Some(price) if !valid(price) => {
            out.add(
                Rule::InvalidPrice,
                Severity::Error,
                Field::Price,
                &[("value", Value::Number(price))],
            );
            None
        }
        Some(price) => Some(price),
    };
    // An old price of 0 means "no discount" on Ozon; a negative or non-finite one is a mistake.
    let old_price = match cx.listing.old_price.filter(|&old| old != 0.0) {
        Some(old) if !valid(old) => {
            out.add(
                Rule::InvalidPrice,
                Severity::Error,
                Field::OldPrice,
                &[("value", Value::Number(old))],
            );
            None
        }
        other => other,
    };
    let (Some(price), Some(old)) = (price, old_price) else {
        return;
    };
    if old <= price {
        out.add(
            Rule::OldPriceNotHigher,
            Severity::Error,
            Field::OldPrice,
            &[("oldPrice", money(old)), ("price", money(price))],
        );
        return;
    }
    let percent = (old - price) / old * 100.0;
    let max = cx.profile.suspicious_discount_percent;
    if percent >= max {
        out.add(
            Rule::SuspiciousDiscount,
            Severity::Warning,
            Field::OldPrice,
            &[
                ("percent", Value::Number(percent.round())),
                ("max", Value::Number(max)),
            ],
        );
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
            out.add(
                Rule::DiscountTooSmall,
                Severity::Error,
                Field::OldPrice,
                &[("gap", money(old - price)), ("minGap", money(min_gap))],
            );
        }
    }
}

fn photos(cx: &Context, out: &mut Findings) {
    let images = &cx.listing.images;
    let given = |url: &str| !url.trim().is_empty();
    if !images.first().is_some_and(|i| given(&i.url)) {
        out.add(Rule::MissingMainImage, Severity::Error, Field::Images, &[]);
    }
    let given_count = images.iter().filter(|i| given(&i.url)).count();
    let min = cx.profile.min_images;
    if given_count < min {
        out.add(
            Rule::TooFewImages,
            Severity::Warning,
            Field::Images,
            &[("count", count(given_count)), ("min", count(min))],
        );
    }
    let (min_width, min_height) = (cx.profile.min_image_width, cx.profile.min_image_height);
    let small = |i: &&Image| {
        given(&i.url)
            && (i.width.is_some_and(|w| w < min_width) || i.height.is_some_and(|h| h < min_height))
    };
    if let Some((index, first)) = images.iter().enumerate().find(|(_, i)| small(i)) {
        let small_count = images.iter().filter(small).count();
        out.add(
            Rule::LowResolutionImage,
            Severity::Warning,
            Field::Image(u32::try_from(index).unwrap_or(u32::MAX)),
            &[
                ("count", count(small_count)),
                ("size", Value::Size(first.width, first.height)),
                ("minSize", Value::Size(Some(min_width), Some(min_height))),
            ],
        );
    }
}

fn video(cx: &Context, out: &mut Findings) {
    if blank(&cx.listing.video) {
        out.add(Rule::MissingVideo, Severity::Info, Field::Video, &[]);
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
            out.add(
                attribute.missing_rule(),
                severity,
                Field::Attribute(attribute),
                &[("category", Value::Text(Cow::Borrowed(&category.id)))],
            );
        }
    }
}

fn delivery_and_returns(cx: &Context, out: &mut Findings) {
    if blank(&cx.listing.shipping) {
        out.add(
            Rule::MissingShippingInfo,
            Severity::Warning,
            Field::Shipping,
            &[],
        );
    }
    if blank(&cx.listing.returns) {
        out.add(
            Rule::MissingReturnInfo,
            Severity::Warning,
            Field::Returns,
            &[],
        );
    }
}
