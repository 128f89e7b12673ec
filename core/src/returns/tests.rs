use super::*;

fn d(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn request(market: &str) -> ReturnRequest {
    ReturnRequest {
        market: market.into(),
        terms_given_in_writing: true,
        ..ReturnRequest::default()
    }
}

fn delivered(market: &str, on: &str) -> ReturnRequest {
    ReturnRequest {
        delivered_on: Some(d(on)),
        ..request(market)
    }
}

fn policy(request: &ReturnRequest) -> ReturnPolicy {
    return_policy(request).unwrap()
}

fn codes(policy: &ReturnPolicy) -> Vec<&str> {
    policy.notices.iter().map(|n| n.code.as_str()).collect()
}

#[test]
fn each_market_gets_its_statutory_window() {
    for (market, days, article) in [
        ("RU", 7, "art. 26.1(4)"),
        ("DE", 14, "§ 355(2), § 356(2) no. 1(a)"),
        ("FR", 14, "art. 9(1), 9(2)(b)"),
        ("PL", 14, "art. 9(1), 9(2)(b)"),
        ("BR", 7, "art. 49"),
        ("CN", 7, "art. 25"),
        ("BY", 14, "art. 28(1)"),
        ("KZ", 14, "art. 30(1)"),
    ] {
        let p = policy(&request(market));
        assert_eq!(p.window_days, days, "{market}");
        assert_eq!(p.window_months, None, "{market}");
        assert_eq!(p.legal_minimum_days, days, "{market}");
        assert_eq!(p.window_source, WindowSource::Law, "{market}");
        assert_eq!(p.legal_basis.article, article, "{market}");
        assert_eq!(p.return_by, None, "{market}");
        assert!(p.notices.is_empty(), "{market}: {:?}", p.notices);
    }
}

#[test]
fn germany_cites_the_bgb_and_other_member_states_the_directive() {
    assert!(policy(&request("DE")).legal_basis.law.contains("BGB"));
    assert!(policy(&request("IT"))
        .legal_basis
        .law
        .contains("2011/83/EU"));
}

#[test]
fn unknown_market_is_an_input_error_naming_the_field() {
    for market in ["US", "", "XX", "EU"] {
        let err = return_policy(&request(market)).unwrap_err();
        assert_eq!(err.code, "returns_unknown_market");
        assert_eq!(err.field, "market");
    }
}

#[test]
fn malformed_delivery_date_is_rejected_naming_the_field() {
    // The binding reports the path of a field that fails to deserialize; here, that it does fail.
    for date in ["2026-02-30", "22.11.2026", "2026-11-22T10:00"] {
        let json = format!(r#"{{"market":"RU","deliveredOn":"{date}"}}"#);
        let err = serde_json::from_str::<ReturnRequest>(&json).unwrap_err();
        assert!(err.to_string().contains(date), "{err}");
    }
}

#[test]
fn russian_window_ends_seven_days_after_delivery() {
    let p = policy(&delivered("RU", "2026-11-22"));
    assert_eq!(p.return_by, Some(d("2026-11-29")));
}

#[test]
fn russia_gives_three_months_when_terms_were_not_given_in_writing() {
    let mut r = delivered("RU", "2026-11-30");
    r.terms_given_in_writing = false;
    let p = policy(&r);
    assert_eq!((p.window_days, p.window_months), (0, Some(3)));
    assert_eq!(p.legal_minimum_months, Some(3));
    assert_eq!(p.legal_basis.article, "art. 26.1(4), para. 2");
    // 30 November + 3 months: February has no 30th, so its last day.
    assert_eq!(p.return_by, Some(d("2027-02-28")));
    assert_eq!(codes(&p), ["returns_terms_not_given"]);
}

#[test]
fn eu_extends_the_window_by_twelve_months_when_the_buyer_was_not_informed() {
    let mut r = delivered("DE", "2026-03-10");
    r.terms_given_in_writing = false;
    let p = policy(&r);
    assert_eq!((p.window_days, p.window_months), (14, Some(12)));
    assert_eq!(p.return_by, Some(d("2027-03-24")));
    // Not told that they pay for the return, the buyer does not (art. 14(1)).
    assert_eq!(p.return_shipping_paid_by.changed_mind, Payer::Seller);
}

#[test]
fn markets_without_an_extension_keep_their_window_when_terms_are_missing() {
    let mut r = delivered("CN", "2026-11-22");
    r.terms_given_in_writing = false;
    let p = policy(&r);
    assert_eq!(p.window_days, 7);
    assert!(p.notices.is_empty());
}

#[test]
fn return_by_crosses_month_and_year_ends_and_counts_leap_days() {
    assert_eq!(
        policy(&delivered("DE", "2026-12-20")).return_by,
        Some(d("2027-01-03"))
    );
    assert_eq!(
        policy(&delivered("BR", "2028-02-25")).return_by,
        Some(d("2028-03-03"))
    );
    assert_eq!(
        policy(&delivered("BR", "2027-02-25")).return_by,
        Some(d("2027-03-04"))
    );
    let mut r = delivered("RU", "2027-11-30");
    r.terms_given_in_writing = false;
    assert_eq!(policy(&r).return_by, Some(d("2028-02-29")));
}

#[test]
fn excepted_categories_follow_each_market() {
    for (market, category, excepted) in [
        ("DE", "made_to_order", true),
        ("DE", "perishable", true),
        ("DE", "sealed_hygiene", true),
        ("DE", "newspapers", true),
        ("FR", "digital_content", true),
        ("CN", "digital_content", true),
        ("CN", "newspapers", true),
        ("CN", "sealed_hygiene", false),
        ("RU", "made_to_order", true),
        ("KZ", "underwear", true),
        ("BR", "made_to_order", false),
        ("DE", "apparel", false),
        ("RU", "electronics", false),
    ] {
        let mut r = delivered(market, "2026-11-22");
        r.category = Some(category.into());
        let p = policy(&r);
        assert_eq!(p.excepted, excepted, "{market} {category}");
        if excepted {
            assert_eq!(p.window_source, WindowSource::None);
            assert_eq!((p.window_days, p.legal_minimum_days), (0, 0));
            assert_eq!(p.return_by, None);
            assert!(p.exception_basis.is_some());
            assert_eq!(
                codes(&p),
                ["returns_category_excepted"],
                "{market} {category}"
            );
        } else {
            assert!(p.return_by.is_some());
        }
    }
}

#[test]
fn seller_may_still_accept_returns_of_excepted_goods() {
    let mut r = delivered("CN", "2026-11-22");
    r.category = Some("perishable".into());
    r.seller.window_days = Some(3);
    let p = policy(&r);
    assert!(p.excepted);
    assert!(!p.seller_below_legal_minimum);
    assert_eq!(p.window_source, WindowSource::Seller);
    assert_eq!(p.return_by, Some(d("2026-11-25")));
}

#[test]
fn unknown_category_is_treated_as_ordinary_with_a_warning() {
    let mut r = request("DE");
    r.category = Some("spaceships".into());
    let p = policy(&r);
    assert!(!p.excepted);
    assert_eq!(p.window_days, 14);
    assert_eq!(codes(&p), ["returns_unknown_category"]);
    assert_eq!(p.notices[0].field, "category");
}

#[test]
fn seller_below_the_legal_minimum_is_flagged_and_the_law_applies() {
    let mut r = delivered("DE", "2026-11-22");
    r.seller.window_days = Some(7);
    let p = policy(&r);
    assert!(p.seller_below_legal_minimum);
    assert_eq!(p.window_days, 14);
    assert_eq!(p.window_source, WindowSource::Law);
    assert_eq!(p.return_by, Some(d("2026-12-06")));
    assert_eq!(codes(&p), ["returns_seller_below_legal_minimum"]);
    assert_eq!(p.notices[0].field, "seller.windowDays");
    assert_eq!(p.notices[0].severity, Severity::Warning);
    assert!(
        p.notices[0].message.contains("7 days"),
        "{}",
        p.notices[0].message
    );
}

#[test]
fn seller_above_the_legal_minimum_sets_the_window() {
    let mut r = delivered("RU", "2026-11-22");
    r.seller.window_days = Some(30);
    let p = policy(&r);
    assert!(!p.seller_below_legal_minimum);
    assert_eq!((p.window_days, p.legal_minimum_days), (30, 7));
    assert_eq!(p.window_source, WindowSource::Seller);
    assert_eq!(p.return_by, Some(d("2026-12-22")));
    assert!(p.notices.is_empty());
}

#[test]
fn seller_days_against_legal_months_depend_on_the_delivery_date() {
    let mut r = delivered("RU", "2025-11-30");
    r.terms_given_in_writing = false;
    r.seller.window_days = Some(90);
    // 30 Nov + 90 days = 28 Feb, the same day 3 months end: the seller's window is not shorter.
    let short_months = policy(&r);
    assert!(!short_months.seller_below_legal_minimum);
    assert_eq!(short_months.window_days, 90);
    r.delivered_on = Some(d("2026-07-01"));
    // July to October is 92 days: 90 falls short.
    let long_months = policy(&r);
    assert!(long_months.seller_below_legal_minimum);
    assert_eq!(long_months.window_months, Some(3));
    assert_eq!(long_months.return_by, Some(d("2026-10-01")));
    // Without a date, a window that can fall short is flagged.
    r.delivered_on = None;
    assert!(policy(&r).seller_below_legal_minimum);
    r.seller.window_days = Some(92);
    assert!(!policy(&r).seller_below_legal_minimum);
}

#[test]
fn who_pays_return_shipping_depends_on_the_reason() {
    let p = policy(&request("RU"));
    assert_eq!(p.return_shipping_paid_by.changed_mind, Payer::Buyer);
    assert_eq!(p.return_shipping_paid_by.defective, Payer::Seller);
    let mut r = request("RU");
    r.seller.return_shipping_paid_by.changed_mind = Some("seller".into());
    assert_eq!(
        policy(&r).return_shipping_paid_by.changed_mind,
        Payer::Seller
    );
    // Brazil's law is silent on a change of mind: the seller's word, or unspecified.
    assert_eq!(
        policy(&request("BR")).return_shipping_paid_by.changed_mind,
        Payer::Unspecified
    );
}

#[test]
fn seller_cannot_make_the_buyer_pay_for_returning_a_defective_item() {
    let mut r = request("CN");
    r.seller.return_shipping_paid_by.defective = Some("buyer".into());
    let p = policy(&r);
    assert_eq!(p.return_shipping_paid_by.defective, Payer::Seller);
    assert_eq!(codes(&p), ["returns_seller_shipping_against_law"]);
    assert_eq!(p.notices[0].field, "seller.returnShippingPaidBy.defective");
}

#[test]
fn refund_time_is_capped_by_law() {
    assert_eq!(policy(&request("RU")).refund_days, Some(10));
    assert_eq!(policy(&request("BR")).refund_days, Some(0));
    assert_eq!(policy(&request("KZ")).refund_days, None);
    let mut r = request("DE");
    r.seller.refund_days = Some(30);
    let p = policy(&r);
    assert_eq!(p.refund_days, Some(14));
    assert_eq!(codes(&p), ["returns_seller_refund_slower_than_law"]);
    r.seller.refund_days = Some(5);
    assert_eq!(policy(&r).refund_days, Some(5));
    let mut br = request("BR");
    br.seller.refund_days = Some(3);
    let p = policy(&br);
    assert_eq!(p.refund_days, Some(0));
    assert_eq!(codes(&p), ["returns_seller_refund_not_immediate"]);
}

#[test]
fn absurd_seller_window_is_an_input_error() {
    let mut r = delivered("DE", "2026-11-22");
    r.seller.window_days = Some(u32::MAX);
    let err = return_policy(&r).unwrap_err();
    assert_eq!(err.field, "seller.windowDays");
}

#[test]
fn delivery_at_the_end_of_the_calendar_is_an_input_error_not_a_panic() {
    let err = return_policy(&delivered("DE", "9999-12-25")).unwrap_err();
    assert_eq!(
        (err.code.as_str(), err.field.as_str()),
        ("returns_window_out_of_range", "deliveredOn")
    );
}

#[test]
fn policy_text_is_plain_language_in_each_locale() {
    let mut r = delivered("RU", "2026-11-22");
    r.seller.return_points = vec!["Москва, ул. Тверская, 1".into(), " ".into()];
    for (locale, summary, date) in [
        (Locale::En, "within 7 days of delivery", "2026-11-29"),
        (Locale::Ru, "в течение 7 дней", "29.11.2026"),
        (Locale::Zh, "7天内", "2026年11月29日"),
        (Locale::De, "innerhalb von 7 Tagen", "29.11.2026"),
        (Locale::Pt, "em até 7 dias", "29/11/2026"),
    ] {
        r.locale = locale;
        let p = policy(&r);
        assert!(p.text[0].contains(summary), "{locale:?}: {}", p.text[0]);
        assert!(p.text[1].contains(date), "{locale:?}: {}", p.text[1]);
        assert!(p.text.iter().any(|l| l.contains("26.1(4)")), "{locale:?}");
        assert!(p.text.last().unwrap().contains("Тверская"), "{locale:?}");
        assert_eq!(p.return_points.len(), 1);
    }
}

#[test]
fn russian_durations_agree_with_their_number() {
    let ru = |w| text::duration(w, Locale::Ru);
    assert_eq!(ru(ReturnWindow::days(1)), "1 дня");
    assert_eq!(ru(ReturnWindow::days(21)), "21 дня");
    assert_eq!(ru(ReturnWindow::days(11)), "11 дней");
    assert_eq!(ru(ReturnWindow::days(14)), "14 дней");
    assert_eq!(ru(ReturnWindow::months(3)), "3 месяцев");
    assert_eq!(
        text::duration(
            ReturnWindow {
                days: 14,
                months: 12
            },
            Locale::En
        ),
        "12 months and 14 days"
    );
}

#[test]
fn excepted_goods_text_says_no_change_of_mind_return() {
    let mut r = request("DE");
    r.category = Some("sealed_hygiene".into());
    r.locale = Locale::De;
    let p = policy(&r);
    assert!(p.text[0].contains("nicht ohne Grund"), "{}", p.text[0]);
    assert!(p.text[1].contains("§ 312g(2) no. 3"), "{}", p.text[1]);
}

#[test]
fn unknown_shipping_payer_is_an_input_error_naming_the_field() {
    let mut r = request("DE");
    r.seller.return_shipping_paid_by.changed_mind = Some("nobody".into());
    let err = return_policy(&r).unwrap_err();
    assert_eq!(err.field, "seller.returnShippingPaidBy.changedMind");
}

#[test]
fn readers_of_the_laws_language_get_its_own_name_and_others_the_english_one() {
    let mut r = request("RU");
    r.locale = Locale::Ru;
    let legal = |p: ReturnPolicy| p.text.into_iter().find(|l| l.contains("26.1")).unwrap();
    let ru = legal(policy(&r));
    assert!(
        ru.contains("«О защите прав потребителей», ст. 26.1(4)"),
        "{ru}"
    );
    r.locale = Locale::Zh;
    let zh = legal(policy(&r));
    assert!(zh.contains("On the Protection of Consumer Rights"), "{zh}");
}

#[test]
fn each_provision_says_whether_it_was_read_in_the_law_as_its_data_file_marks_it() {
    // Germany's §§ 355-357 were read only in commentary; the directive's articles in its text.
    let de = policy(&request("DE"));
    assert!(!de.legal_basis.verified);
    assert_eq!(de.refund_basis.as_ref().map(|b| b.verified), Some(false));
    let fr = policy(&request("FR"));
    assert!(fr.legal_basis.verified);
    assert!(fr.return_shipping_basis.changed_mind.verified);
    assert_eq!(
        fr.refund_basis.as_ref().map(|b| b.article.as_str()),
        Some("art. 13(1)")
    );
    // Russia's change-of-mind cost is read from the refund rule, not stated: not verified.
    let ru = policy(&request("RU"));
    assert!(ru.legal_basis.verified);
    assert!(!ru.return_shipping_basis.changed_mind.verified);
    // Kazakhstan's law names no refund time and no article for defective goods.
    let kz = policy(&request("KZ"));
    assert!(kz.refund_basis.is_none());
    assert!(kz.return_shipping_basis.defective.is_none());
    // Without written terms the basis is the extended window's article, with its own flag.
    let unwritten = policy(&ReturnRequest {
        terms_given_in_writing: false,
        ..request("DE")
    });
    assert_eq!(unwritten.legal_basis.article, "§ 356(3)");
    assert!(!unwritten.legal_basis.verified);
}
