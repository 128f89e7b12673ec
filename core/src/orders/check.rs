//! One order through the board's rules, step by step: status, ship-by and deadline, lateness, address,
//! arrival, pickup point, tracking number, payment on receipt; then the actions those call for.

use std::collections::HashMap;

use serde::Serialize;

use super::actions::{local_date, Action, ActionCode, ActionDraft, Recipient};
use super::deadline::{self, Deadline, Level, ShipBy, ShipBySource};
use super::lateness;
use super::options::Settings;
use super::order::{pays_on_receipt, Order};
use super::pickup::{self, Pickup, EXPIRING_DAYS};
use super::status::Status;
use super::tracking::{check_tracking_number, TrackingNumber};
use crate::address::{self, RemoteArea, Verdict};
use crate::date::Date;
use crate::finding::{Draft, Finding, Severity};
use crate::locale::Locale;
use crate::returns::{self, ReturnRequest};

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckedOrder {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_number: Option<String>,
    /// The input rows (lines; a JSON document's element numbers) the order was read from.
    pub rows: Vec<u32>,
    pub items: u32,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ship_by: Option<String>,
    /// The seller's day the deadline falls on (a deadline at midnight ends the day before).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ship_by_day: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ship_by_source: Option<ShipBySource>,
    pub deadline: Deadline,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub handed_over_at: Option<String>,
    /// Handed over after the deadline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub late: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<AddressCheck>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arrival: Option<Arrival>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pickup: Option<Pickup>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracking: Option<TrackingNumber>,
    pub pay_on_receipt: bool,
    /// The language of the buyer messages.
    pub language: Locale,
    pub findings: Vec<Finding>,
    pub actions: Vec<Action>,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AddressCheck {
    pub verdict: Verdict,
    pub issues: Vec<Finding>,
    pub label: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote: Option<RemoteArea>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Arrival {
    pub earliest: Date,
    pub latest: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub promised: Option<Date>,
    /// The latest estimate is after the promised date.
    pub at_risk: bool,
    /// "seller" for the seller's own transit days, else the route table's source.
    pub transit_source: String,
}

/// What the checks share across orders.
pub struct Context<'s> {
    pub settings: &'s mut Settings,
    /// The export has a tracking-number column.
    pub has_tracking: bool,
    /// Return policy summaries by (market, language), computed once each.
    policies: HashMap<(String, Locale), Option<String>>,
    pub record: lateness::Record,
    /// The 14-day record's window on the seller's clock.
    window: (crate::delivery::Instant, crate::delivery::Instant),
}

impl<'s> Context<'s> {
    pub fn new(settings: &'s mut Settings, has_tracking: bool) -> Self {
        let today = settings.clock.date_of(settings.now);
        let window = lateness::window(today, &mut settings.clock);
        Context {
            window,
            settings,
            has_tracking,
            policies: HashMap::new(),
            record: lateness::Record::default(),
        }
    }

    fn policy_summary(&mut self, market: &str, language: Locale) -> Option<String> {
        self.policies
            .entry((market.to_string(), language))
            .or_insert_with(|| {
                let request = ReturnRequest {
                    market: market.to_string(),
                    terms_given_in_writing: true,
                    locale: language,
                    ..ReturnRequest::default()
                };
                returns::return_policy(&request)
                    .ok()
                    .and_then(|p| p.text.into_iter().next())
            })
            .clone()
    }
}

/// The work of one order's checks, before the text is rendered.
struct Work {
    findings: Vec<Draft>,
    actions: Vec<ActionDraft>,
    today: Date,
}

impl Work {
    fn finding(&mut self, draft: Draft) {
        self.findings.push(draft);
    }
}

pub fn check(order: Order, cx: &mut Context) -> CheckedOrder {
    let now = cx.settings.now;
    let today = cx.settings.clock.date_of(now);
    let mut work = Work {
        findings: Vec::new(),
        actions: Vec::new(),
        today,
    };
    let language = order.buyer_language();
    let number = order
        .order_number
        .clone()
        .unwrap_or_else(|| order.id.clone());

    unread_values(&order, &mut work);
    status_known(&order, &mut work);
    let ship_by = deadline::ship_by(&order, cx.settings);
    let deadline = deadline::deadline(order.status, ship_by, cx.settings);
    deadline_findings(&order, ship_by, deadline, &number, cx, &mut work);
    let late = lateness_step(&order, ship_by, cx, &mut work);
    let address = address_check(&order, &number, cx, &mut work);
    let arrival = arrival(&order, ship_by, cx);
    arrival_step(arrival.as_ref(), &number, cx, &mut work);
    let pickup = pickup_step(&order, &number, cx, &mut work);
    let tracking = tracking_step(&order, cx, &mut work);
    let pay_on_receipt = payment_step(&order, ship_by, pickup.as_ref(), &number, &mut work);
    policy_step(&order, arrival.as_ref(), language, &number, cx, &mut work);

    let seller_locale = cx.settings.locale;
    let findings = work
        .findings
        .into_iter()
        .map(|d| d.render(seller_locale))
        .collect();
    let mut actions: Vec<Action> = work
        .actions
        .into_iter()
        .map(|a| {
            let reader = match a.to {
                Recipient::Buyer => language,
                Recipient::Seller => seller_locale,
            };
            a.render(reader)
        })
        .collect();
    actions.sort_by_key(|a| (a.send_on, a.code));
    let clock = &mut cx.settings.clock;
    CheckedOrder {
        order_number: order.order_number,
        rows: order.rows,
        items: order.items,
        status: order.status,
        status_label: order.status_label,
        accepted_at: order.accepted_at.map(|i| clock.format(i)),
        ship_by: ship_by.map(|s| clock.format(s.at)),
        ship_by_day: ship_by.map(|s| s.date),
        ship_by_source: ship_by.map(|s| s.source),
        deadline,
        handed_over_at: order.handed_over_at.map(|i| clock.format(i)),
        late,
        country: order.country,
        address,
        arrival,
        pickup,
        tracking,
        pay_on_receipt,
        language,
        findings,
        actions,
        id: order.id,
    }
}

/// An instant as the seller reads it in a message: the date in the seller's way and the time on the
/// seller's clock ("30.11.2026 18:00"); midnight as the end of the day before, a date alone.
fn seller_time(settings: &mut Settings, instant: crate::delivery::Instant) -> String {
    let offset = settings.clock.offset_at(instant);
    match instant.local(offset) {
        Some(local) if local.minute == 0 => local
            .date
            .add_days(-1)
            .map_or_else(String::new, |day| local_date(day, settings.locale)),
        Some(local) => format!(
            "{} {:02}:{:02}",
            local_date(local.date, settings.locale),
            local.minute / 60,
            local.minute % 60
        ),
        None => settings.clock.format(instant),
    }
}

/// A handover after the deadline, and the order's part in the 14-day record.
fn lateness_step(
    order: &Order,
    ship_by: Option<ShipBy>,
    cx: &mut Context,
    work: &mut Work,
) -> Option<bool> {
    let late = lateness::handed_over_late(order, ship_by);
    if let (Some(true), Some(handed_over), Some(ship_by)) = (late, order.handed_over_at, ship_by) {
        work.finding(
            Finding::draft("handed_over_late", Severity::Warning, "handedOverAt")
                .param("handedOver", seller_time(cx.settings, handed_over))
                .param("deadline", seller_time(cx.settings, ship_by.at)),
        );
    }
    cx.record.count(order, ship_by, late, cx.window);
    late
}

fn unread_values(order: &Order, work: &mut Work) {
    for unread in &order.unread {
        work.finding(
            Finding::draft("unreadable_date", Severity::Warning, unread.field.name())
                .param("field", unread.field.name())
                .param("value", &unread.value),
        );
    }
}

fn status_known(order: &Order, work: &mut Work) {
    if order.status == Status::Unknown {
        work.finding(
            Finding::draft("unknown_status", Severity::Warning, "status")
                .param("value", order.status_label.as_deref().unwrap_or("—")),
        );
    }
}

fn deadline_findings(
    order: &Order,
    ship_by: Option<ShipBy>,
    deadline: Deadline,
    number: &str,
    cx: &mut Context,
    work: &mut Work,
) {
    let today = work.today;
    let Some(ship_by) = ship_by.filter(|_| order.status == Status::Open) else {
        if order.status == Status::Open {
            work.finding(Finding::draft("no_deadline", Severity::Info, "shipBy"));
        }
        return;
    };
    let settings = &mut *cx.settings;
    let deadline_text = seller_time(settings, ship_by.at);
    let hours = deadline.hours_left.unwrap_or_default();
    let (code, severity) = match deadline.level {
        Level::Overdue => ("shipment_overdue", Severity::Error),
        Level::DueToday => ("shipment_due_today", Severity::Warning),
        Level::DueNextWorkingDay => ("shipment_due_soon", Severity::Warning),
        Level::OnTrack | Level::None => ("", Severity::Info),
    };
    if !code.is_empty() {
        work.finding(
            Finding::draft(code, severity, "shipBy")
                .param("deadline", &deadline_text)
                .param("hours", hours.abs()),
        );
    }
    if matches!(deadline.level, Level::Overdue | Level::DueToday) {
        work.actions.push(
            ActionDraft::new(
                ActionCode::ShipNow,
                Recipient::Seller,
                today,
                "action_ship_now",
            )
            .text("order", number)
            .text("deadline", &deadline_text),
        );
    }
    if deadline.level == Level::Overdue {
        let new_date = deadline::next_shipping_day(settings, today);
        work.actions.push(
            ActionDraft::new(
                ActionCode::DelayNotice,
                Recipient::Buyer,
                today,
                "action_delay_notice_late",
            )
            .text("order", number)
            .date("date", new_date),
        );
        return;
    }
    let closures = deadline::closures_before(ship_by, settings);
    let Some(&(from, to)) = closures.first() else {
        return;
    };
    work.finding(
        Finding::draft("holiday_before_deadline", Severity::Warning, "shipBy")
            .param("from", local_date(from, settings.locale))
            .param("to", local_date(to, settings.locale))
            .param("deadline", &deadline_text),
    );
    // No working day left before the deadline: the buyer hears of the delay now, not after it.
    if deadline.working_days_left == Some(0) && !settings.calendar.is_working_day(today) {
        let new_date = to
            .add_days(1)
            .map_or(to, |d| deadline::next_shipping_day(settings, d));
        work.actions.push(
            ActionDraft::new(
                ActionCode::DelayNotice,
                Recipient::Buyer,
                today,
                "action_delay_notice_holiday",
            )
            .text("order", number)
            .date("from", from)
            .date("to", to)
            .date("date", new_date),
        );
    }
}

fn address_check(
    order: &Order,
    number: &str,
    cx: &mut Context,
    work: &mut Work,
) -> Option<AddressCheck> {
    // Once a parcel has left, its address can no longer be changed: only orders still to ship are
    // checked (the costliest rule, and the one whose answer the seller can still act on).
    if !order.status.may_ship() {
        return None;
    }
    let input = order.address.as_ref()?;
    let validation = address::validate(input, cx.settings.locale);
    let check = AddressCheck {
        verdict: validation.verdict,
        issues: validation.issues,
        label: validation.label,
        remote: validation.remote,
    };
    let doubtful = check.verdict != Verdict::Accept || check.remote.is_some();
    if doubtful {
        let codes: Vec<&str> = check.issues.iter().map(|f| f.code.as_str()).collect();
        work.finding(
            Finding::draft("address_to_confirm", Severity::Warning, "address")
                .param(
                    "verdict",
                    match check.verdict {
                        Verdict::Accept => "accept",
                        Verdict::Confirm => "confirm",
                        Verdict::Fix => "fix",
                    },
                )
                .param("issues", codes.join(", ")),
        );
        let label = if check.label.is_empty() {
            [&input.address_line1, &input.city, &input.postal_code]
                .into_iter()
                .flatten()
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            check.label.join(", ")
        };
        work.actions.push(
            ActionDraft::new(
                ActionCode::ConfirmAddress,
                Recipient::Buyer,
                work.today,
                "action_confirm_address",
            )
            .text("order", number)
            .text("address", label),
        );
    }
    Some(check)
}

/// The arrival window of an order on its way or still to ship: from the hand-over (or the deadline)
/// the route's transit days, against the promised date where the export has one.
fn arrival(order: &Order, ship_by: Option<ShipBy>, cx: &mut Context) -> Option<Arrival> {
    if !matches!(order.status, Status::Open | Status::Shipped) {
        return None;
    }
    let destination = order.country.as_deref()?;
    let settings = &mut *cx.settings;
    let from = match order.handed_over_at {
        Some(at) => settings.clock.date_of(at),
        None => ship_by?.date.max(settings.clock.date_of(settings.now)),
    };
    let (transit, source) = match settings.transit_days {
        Some(range) => (range, "seller".to_string()),
        None => {
            let route = crate::delivery::route_times(&settings.origin_country, destination);
            (route.transit(settings.method), route.source.clone())
        }
    };
    let earliest = from.add_days(transit.min.into())?;
    let latest = from.add_days(transit.max.into())?;
    Some(Arrival {
        earliest,
        latest,
        promised: order.promised_by,
        at_risk: order.promised_by.is_some_and(|p| latest > p),
        transit_source: source,
    })
}

/// An arrival estimate later than the promise: the buyer hears of it, unless a delay notice already goes.
fn arrival_step(arrival: Option<&Arrival>, number: &str, cx: &mut Context, work: &mut Work) {
    let Some(arrival) = arrival.filter(|a| a.at_risk) else {
        return;
    };
    let promised = arrival.promised.unwrap_or(arrival.latest);
    work.finding(
        Finding::draft("arrival_after_promise", Severity::Warning, "promisedBy")
            .param("latest", local_date(arrival.latest, cx.settings.locale))
            .param("promised", local_date(promised, cx.settings.locale)),
    );
    if work
        .actions
        .iter()
        .any(|a| a.code == ActionCode::DelayNotice)
    {
        return;
    }
    work.actions.push(
        ActionDraft::new(
            ActionCode::DelayNotice,
            Recipient::Buyer,
            work.today,
            "action_delay_notice_arrival",
        )
        .text("order", number)
        .date("latest", arrival.latest)
        .date("promised", promised),
    );
}

/// Payment on receipt: a reminder when the parcel leaves (its deadline for an order still to ship),
/// reaches the pickup point, or today for one on its way.
fn payment_step(
    order: &Order,
    ship_by: Option<ShipBy>,
    pickup: Option<&Pickup>,
    number: &str,
    work: &mut Work,
) -> bool {
    let pays = order.payment_method.as_deref().is_some_and(pays_on_receipt);
    if !pays || matches!(order.status, Status::Delivered | Status::Cancelled) {
        return pays;
    }
    work.finding(Finding::draft(
        "pay_on_receipt",
        Severity::Info,
        "paymentMethod",
    ));
    let when = match (order.status, pickup, ship_by) {
        (Status::AtPickupPoint, Some(p), _) => p.arrived_on,
        (Status::Open, _, Some(s)) => s.date,
        _ => work.today,
    };
    work.actions.push(
        ActionDraft::new(
            ActionCode::PaymentReminder,
            Recipient::Buyer,
            when.max(work.today),
            "action_payment_reminder",
        )
        .text("order", number),
    );
    true
}

/// A parcel on its way: the buyer's cancellation and return terms in brief, once, from the hand-over
/// on; none once the latest arrival estimate has passed (it has most likely arrived).
fn policy_step(
    order: &Order,
    arrival: Option<&Arrival>,
    language: Locale,
    number: &str,
    cx: &mut Context,
    work: &mut Work,
) {
    if order.status != Status::Shipped || arrival.is_some_and(|a| a.latest < work.today) {
        return;
    }
    let Some(summary) = order
        .country
        .as_deref()
        .and_then(|c| cx.policy_summary(c, language))
    else {
        return;
    };
    let handed_over = order
        .handed_over_at
        .map_or(work.today, |i| cx.settings.clock.date_of(i));
    work.actions.push(
        ActionDraft::new(
            ActionCode::PolicyReminder,
            Recipient::Buyer,
            handed_over.max(work.today),
            "action_policy_reminder",
        )
        .text("order", number)
        .text("policy", summary),
    );
}

fn pickup_step(order: &Order, number: &str, cx: &mut Context, work: &mut Work) -> Option<Pickup> {
    if order.status != Status::AtPickupPoint {
        return None;
    }
    let Some(arrived) = order.arrived_at_pickup else {
        work.finding(Finding::draft(
            "pickup_arrival_unknown",
            Severity::Info,
            "arrivedAtPickup",
        ));
        work.actions.push(
            ActionDraft::new(
                ActionCode::PickupReminder,
                Recipient::Buyer,
                work.today,
                "action_pickup_reminder_undated",
            )
            .text("order", number),
        );
        return None;
    };
    let international = order.country.as_deref() != Some(cx.settings.origin_country.as_str());
    let hold = pickup::hold_for(order, cx.settings.hold_days, international);
    let pickup = pickup::pickup(arrived, hold, work.today)?;
    if pickup.days_left < 0 {
        work.finding(
            Finding::draft("pickup_hold_ended", Severity::Error, "pickup")
                .param("lastDay", local_date(pickup.last_day, cx.settings.locale)),
        );
    } else if pickup.days_left <= EXPIRING_DAYS {
        work.finding(
            Finding::draft("pickup_expiring", Severity::Warning, "pickup")
                .param("lastDay", local_date(pickup.last_day, cx.settings.locale))
                .param("daysLeft", pickup.days_left),
        );
    }
    if let Some(&send_on) = pickup.remind_on.iter().find(|d| **d >= work.today) {
        let key = if send_on == pickup.last_day {
            "action_pickup_reminder_last_day"
        } else {
            "action_pickup_reminder"
        };
        work.actions.push(
            ActionDraft::new(ActionCode::PickupReminder, Recipient::Buyer, send_on, key)
                .text("order", number)
                .date("lastDay", pickup.last_day),
        );
    }
    Some(pickup)
}

fn tracking_step(order: &Order, cx: &mut Context, work: &mut Work) -> Option<TrackingNumber> {
    let in_transit = matches!(order.status, Status::Shipped | Status::AtPickupPoint);
    let Some(text) = order.tracking_number.as_deref() else {
        if in_transit && cx.has_tracking && !order.tracked_by_marketplace {
            work.finding(Finding::draft(
                "missing_tracking_number",
                Severity::Warning,
                "trackingNumber",
            ));
        }
        return None;
    };
    let tracking = check_tracking_number(text, cx.settings.locale).ok()?;
    work.findings.extend(
        tracking
            .findings
            .iter()
            .filter(|f| f.code == "invalid_tracking_number")
            .map(|f| {
                Finding::draft(&f.code, f.severity, "trackingNumber")
                    .param("value", &tracking.normalized)
            }),
    );
    Some(tracking)
}
