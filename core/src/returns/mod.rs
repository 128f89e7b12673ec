//! The return policy a buyer is entitled to: the statutory minimum of the buyer's market, the seller's
//! own terms on top, the last day a return can start, who pays return shipping, and the policy in plain
//! words. A seller promising less than the law is told so.

mod law;
mod text;
mod window;

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::error::InputError;
use crate::finding::{Finding, Severity};
use crate::locale::Locale;

pub use law::{categories, MarketLaw, Payer};
pub use window::ReturnWindow;

/// What the checkout knows about the order.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReturnRequest {
    /// The buyer's country, ISO 3166-1 alpha-2.
    pub market: String,
    pub delivered_on: Option<Date>,
    /// One of [`categories()`]; anything else is treated as an ordinary item, with a notice.
    pub category: Option<String>,
    /// Whether the return terms reach the buyer in writing with the delivery. Without them some laws
    /// give a longer window (Russia: 3 months; EU: 12 more months).
    #[serde(default = "yes")]
    pub terms_given_in_writing: bool,
    #[serde(default)]
    pub seller: SellerTerms,
    #[serde(default)]
    pub locale: Locale,
}

/// The seller's own return terms, each optional.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SellerTerms {
    pub window_days: Option<u32>,
    #[serde(default)]
    pub return_shipping_paid_by: SellerShipping,
    pub refund_days: Option<u32>,
    #[serde(default)]
    pub return_points: Vec<String>,
}

/// Who the seller says pays return shipping, by the reason for the return: "buyer", "seller" or
/// "unspecified".
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SellerShipping {
    pub changed_mind: Option<String>,
    pub defective: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LegalBasis {
    pub law: String,
    pub law_native: String,
    pub article: String,
    pub url: String,
    /// False when the provision was taken from a secondary source and not checked against the law.
    pub verified: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReturnShipping {
    pub changed_mind: Payer,
    pub defective: Payer,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ShippingBasis {
    pub changed_mind: LegalBasis,
    pub defective: Option<LegalBasis>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WindowSource {
    Law,
    Seller,
    /// Excepted goods without a seller window: no change-of-mind return.
    None,
}

/// The policy the buyer gets. A window is `windowDays` days and then `windowMonths` months (present
/// only when the law counts in months), counted from the day after delivery.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReturnPolicy {
    pub market: String,
    pub window_days: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window_months: Option<u32>,
    pub window_source: WindowSource,
    pub legal_minimum_days: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_minimum_months: Option<u32>,
    pub legal_basis: LegalBasis,
    /// The provisions behind `refundDays` and `returnShippingPaidBy`, each with its `verified` flag;
    /// `null` where the law names none.
    pub refund_basis: Option<LegalBasis>,
    pub return_shipping_basis: ShippingBasis,
    /// The last day a return can start; `None` without a delivery date or without a window.
    pub return_by: Option<Date>,
    pub excepted: bool,
    pub exception_basis: Option<LegalBasis>,
    pub seller_below_legal_minimum: bool,
    pub return_shipping_paid_by: ReturnShipping,
    /// Days the refund may take after the return; 0 is "immediately"; `None` when nobody says.
    pub refund_days: Option<u32>,
    pub return_points: Vec<String>,
    /// Plain-language lines: the first is the summary; when `return_by` is set the second states it.
    pub text: Vec<String>,
    pub notices: Vec<Finding>,
}

/// Seller windows beyond ten years are a typo, not a policy.
const MAX_SELLER_DAYS: u32 = 3650;

pub fn return_policy(request: &ReturnRequest) -> Result<ReturnPolicy, InputError> {
    let locale = request.locale;
    let market = request.market.trim().to_ascii_uppercase();
    let law = MarketLaw::for_market(&market).ok_or_else(|| {
        InputError::new("returns_unknown_market", "market").param("market", request.market.trim())
    })?;
    let mut notices = Vec::new();
    let basis = |article: &str, verified: bool| LegalBasis {
        law: law.law.clone(),
        law_native: law.law_native.clone(),
        article: article.to_string(),
        url: law.url.clone(),
        verified,
    };

    let category = request
        .category
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    if let Some(unknown) = category.filter(|c| !categories().iter().any(|k| k == c)) {
        notices.push(
            Finding::draft("returns_unknown_category", Severity::Warning, "category")
                .param("category", unknown)
                .param("known", known_categories())
                .render(locale),
        );
    }
    let exception = category.and_then(|c| law.exception(c));

    let extended = if request.terms_given_in_writing {
        None
    } else {
        law.extended_window()
    };
    let (statutory, legal_article) = extended.unwrap_or((law.window(), &law.window_article));
    let legal_verified = match extended {
        Some(_) => law.extended_verified.unwrap_or(false),
        None => law.window_verified,
    };
    let legal_window = if exception.is_some() {
        ReturnWindow::NONE
    } else {
        statutory
    };

    let seller_days = request.seller.window_days;
    if seller_days.is_some_and(|days| days > MAX_SELLER_DAYS) {
        return Err(InputError::new("invalid_input", "seller.windowDays")
            .param("detail", format!("at most {MAX_SELLER_DAYS} days")));
    }
    let seller_window = seller_days.map(ReturnWindow::days);
    let delivered = request.delivered_on;
    let below = seller_window.is_some_and(|seller| {
        !legal_window.is_none() && seller.ends_before(legal_window, delivered)
    });
    let (window, source) = match seller_window {
        Some(seller) if !below && !seller.is_none() => (seller, WindowSource::Seller),
        _ if legal_window.is_none() => (ReturnWindow::NONE, WindowSource::None),
        _ => (legal_window, WindowSource::Law),
    };
    let return_by = match (delivered, window.is_none()) {
        (Some(day), false) => Some(
            window
                .last_day(day)
                .ok_or_else(|| InputError::new("returns_window_out_of_range", "deliveredOn"))?,
        ),
        _ => None,
    };

    let market_name = market.clone();
    if below {
        let seller = seller_window.unwrap_or_default();
        notices.push(
            Finding::draft(
                "returns_seller_below_legal_minimum",
                Severity::Warning,
                "seller.windowDays",
            )
            .param("seller", text::duration(seller, locale))
            .param("legal", text::duration(legal_window, locale))
            .param("market", &market_name)
            .param("basis", text::citation(law, legal_article, locale))
            .render(locale),
        );
    }
    if let Some((window, article)) = extended.filter(|_| exception.is_none()) {
        notices.push(
            Finding::draft(
                "returns_terms_not_given",
                Severity::Info,
                "termsGivenInWriting",
            )
            .param("window", text::duration(window, locale))
            .param("basis", text::citation(law, article, locale))
            .render(locale),
        );
    }
    if let (Some(exception), Some(category)) = (&exception, category) {
        notices.push(
            Finding::draft("returns_category_excepted", Severity::Info, "category")
                .param("category", text::category(category, locale))
                .param("market", &market_name)
                .param("basis", text::citation(law, exception.article, locale))
                .render(locale),
        );
    }

    let shipping = shipping(law, request, &mut notices)?;
    let refund_days = refund(law, request, &mut notices);
    let return_points: Vec<String> = request
        .seller
        .return_points
        .iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();

    let policy_basis = basis(legal_article, legal_verified);
    let optional_basis = |article: &Option<String>, verified: Option<bool>| {
        MarketLaw::provision(article, verified).map(|(article, verified)| basis(article, verified))
    };
    let refund_basis = optional_basis(&law.refund_article, law.refund_verified);
    let return_shipping_basis = ShippingBasis {
        changed_mind: basis(&law.changed_mind_article, law.changed_mind_verified),
        defective: optional_basis(&law.defective_article, law.defective_verified),
    };
    let exception_basis = exception.as_ref().map(|e| basis(e.article, e.verified));
    let text = text::lines(&text::Policy {
        law,
        locale,
        window,
        legal_window,
        legal_article,
        return_by,
        excepted: exception
            .as_ref()
            .map(|e| (category.unwrap_or_default(), e.article)),
        shipping,
        refund_days,
        return_points: &return_points,
    });
    Ok(ReturnPolicy {
        market,
        window_days: window.days,
        window_months: (window.months > 0).then_some(window.months),
        window_source: source,
        legal_minimum_days: legal_window.days,
        legal_minimum_months: (legal_window.months > 0).then_some(legal_window.months),
        legal_basis: policy_basis,
        refund_basis,
        return_shipping_basis,
        return_by,
        excepted: exception.is_some(),
        exception_basis,
        seller_below_legal_minimum: below,
        return_shipping_paid_by: shipping,
        refund_days,
        return_points,
        text,
        notices,
    })
}

/// The law decides where it puts the cost on the seller; elsewhere the seller's terms, if any.
fn shipping(
    law: &MarketLaw,
    request: &ReturnRequest,
    notices: &mut Vec<Finding>,
) -> Result<ReturnShipping, InputError> {
    let offered = &request.seller.return_shipping_paid_by;
    let mut decide =
        |legal: Payer, offered: Option<&str>, article: &str, reason: &str, field: &str| {
            let offered = match offered {
                None => None,
                Some(name) => Some(Payer::from_name(name.trim()).ok_or_else(|| {
                    InputError::new("invalid_input", field).param(
                        "detail",
                        "expected \"buyer\", \"seller\" or \"unspecified\"",
                    )
                })?),
            };
            Ok(match (legal, offered) {
                (Payer::Seller, Some(Payer::Buyer)) => {
                    let reason = crate::messages::text(reason, request.locale, &Default::default());
                    notices.push(
                        Finding::draft(
                            "returns_seller_shipping_against_law",
                            Severity::Warning,
                            field,
                        )
                        .param("reason", reason)
                        .param("basis", text::citation(law, article, request.locale))
                        .render(request.locale),
                    );
                    Payer::Seller
                }
                (Payer::Seller, _) => Payer::Seller,
                (_, Some(offered)) if offered != Payer::Unspecified => offered,
                (legal, _) => legal,
            })
        };
    Ok(ReturnShipping {
        changed_mind: decide(
            law.changed_mind_paid_by(request.terms_given_in_writing),
            offered.changed_mind.as_deref(),
            &law.changed_mind_article,
            "returns_reason_changed_mind",
            "seller.returnShippingPaidBy.changedMind",
        )?,
        defective: decide(
            law.defective_paid_by(),
            offered.defective.as_deref(),
            law.defective_article.as_deref().unwrap_or(""),
            "returns_reason_defective",
            "seller.returnShippingPaidBy.defective",
        )?,
    })
}

/// The sooner of the seller's promise and the law's limit.
fn refund(law: &MarketLaw, request: &ReturnRequest, notices: &mut Vec<Finding>) -> Option<u32> {
    let offered = request.seller.refund_days;
    let Some(legal) = law.refund_days else {
        return offered;
    };
    let article = law.refund_article.as_deref().unwrap_or("");
    match offered {
        Some(days) if days > legal => {
            let period = |d: u32| text::duration(ReturnWindow::days(d), request.locale);
            let code = if legal == 0 {
                "returns_seller_refund_not_immediate"
            } else {
                "returns_seller_refund_slower_than_law"
            };
            notices.push(
                Finding::draft(code, Severity::Warning, "seller.refundDays")
                    .param("seller", period(days))
                    .param("legal", period(legal))
                    .param("basis", text::citation(law, article, request.locale))
                    .render(request.locale),
            );
            Some(legal)
        }
        Some(days) => Some(days),
        None => Some(legal),
    }
}

/// "apparel, shoes, ...", without pulling a generic `join` into the package.
fn known_categories() -> String {
    let mut list = String::new();
    for id in categories() {
        if !list.is_empty() {
            list.push_str(", ");
        }
        list.push_str(id);
    }
    list
}

fn yes() -> bool {
    true
}

#[cfg(test)]
mod tests;
