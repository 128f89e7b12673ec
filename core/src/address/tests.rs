//! Validation of real addresses in the six main markets, one behaviour per test.

use super::*;

fn addr(country: &str, region: &str, city: &str, line1: &str, postal: &str) -> Address {
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Address {
        country: country.into(),
        region: some(region),
        city: some(city),
        address_line1: some(line1),
        postal_code: some(postal),
        recipient: Some("Ivan Petrov".into()),
        ..Address::default()
    }
}

fn codes(v: &Validation) -> Vec<(&str, &str)> {
    v.issues
        .iter()
        .map(|f| (f.code.as_str(), f.field.as_str()))
        .collect()
}

fn moscow() -> Address {
    addr("RU", "Москва", "Москва", "ул. Тверская, д. 7", "125009")
}
fn minsk() -> Address {
    addr("BY", "Минск", "Минск", "пр-т Независимости, 4", "220030")
}
fn almaty() -> Address {
    addr("KZ", "Алматы", "Алматы", "пр. Абая, 10", "050010")
}
fn beijing() -> Address {
    let mut a = addr("CN", "北京市", "北京市", "建国路88号", "100022");
    a.district = Some("朝阳区".into());
    a
}
fn berlin() -> Address {
    addr("DE", "", "Berlin", "Unter den Linden 77", "10117")
}
fn sao_paulo() -> Address {
    addr(
        "BR",
        "SP",
        "São Paulo",
        "Avenida Paulista, 1578",
        "01310-200",
    )
}

fn all_markets() -> [Address; 6] {
    [
        moscow(),
        minsk(),
        almaty(),
        beijing(),
        berlin(),
        sao_paulo(),
    ]
}

#[test]
fn clean_addresses_of_every_market_are_accepted() {
    for a in all_markets() {
        let v = validate(&a, Locale::En);
        assert_eq!(v.verdict, Verdict::Accept, "{}: {:?}", a.country, v.issues);
        assert!(v.label.len() >= 4, "{:?}", v.label);
    }
}

#[test]
fn region_is_resolved_to_its_code_and_canonical_name() {
    let mut a = moscow();
    a.region = Some("  г.   москва ".into());
    let v = validate(&a, Locale::En);
    assert_eq!(v.region_code.as_deref(), Some("RU-MOW"));
    assert_eq!(v.normalized.region.as_deref(), Some("Москва"));
    let mut a = almaty();
    a.region = Some("Almaty".into());
    assert_eq!(
        validate(&a, Locale::En).normalized.region.as_deref(),
        Some("Almaty")
    );
    assert_eq!(
        validate(&beijing(), Locale::En).region_code.as_deref(),
        Some("CN-BJ")
    );
    assert_eq!(
        validate(&sao_paulo(), Locale::En).region_code.as_deref(),
        Some("BR-SP")
    );
    let mut b = berlin();
    b.region = Some("berlin".into());
    assert_eq!(
        validate(&b, Locale::En).region_code.as_deref(),
        Some("DE-BE")
    );
    let mut by = minsk();
    by.region = Some("Гомельская обл.".into());
    by.postal_code = Some("246050".into());
    assert_eq!(
        validate(&by, Locale::En).region_code.as_deref(),
        Some("BY-HO")
    );
}

#[test]
fn missing_required_fields_are_errors_on_each_field() {
    for mut a in all_markets() {
        a.city = None;
        a.postal_code = Some("   ".into());
        let v = validate(&a, Locale::En);
        assert_eq!(v.verdict, Verdict::Fix);
        let c = codes(&v);
        assert!(
            c.contains(&("missing_required", "city")),
            "{}: {c:?}",
            a.country
        );
        if a.country != "BY" && a.country != "KZ" {
            // Google lists no postal code as required for BY and KZ.
            assert!(
                c.contains(&("missing_required", "postalCode")),
                "{}: {c:?}",
                a.country
            );
        }
    }
}

#[test]
fn malformed_postal_codes_are_errors_with_an_example() {
    for (mut a, bad) in all_markets()
        .into_iter()
        .zip(["12500", "2200300", "05001", "10002", "1011", "0131-200"])
    {
        a.postal_code = Some(bad.into());
        let v = validate(&a, Locale::Ru);
        assert_eq!(
            codes(&v),
            [("invalid_postal_code", "postalCode")],
            "{}",
            a.country
        );
        assert!(v.issues[0].message.contains(bad));
    }
}

#[test]
fn postal_codes_are_normalized() {
    let mut br = sao_paulo();
    br.postal_code = Some("01310200".into());
    let v = validate(&br, Locale::En);
    assert_eq!(v.verdict, Verdict::Accept, "{:?}", v.issues);
    assert_eq!(v.normalized.postal_code.as_deref(), Some("01310-200"));
    let mut kz = almaty();
    kz.postal_code = Some("a05 d7x1".into());
    let v = validate(&kz, Locale::En);
    assert_eq!(v.verdict, Verdict::Accept, "{:?}", v.issues);
    assert_eq!(v.normalized.postal_code.as_deref(), Some("A05D7X1"));
}

#[test]
fn russian_postal_code_must_agree_with_the_region() {
    let mut a = moscow();
    a.region = Some("Калининградская обл.".into());
    let v = validate(&a, Locale::Ru);
    assert_eq!(codes(&v), [("postal_code_region_mismatch", "postalCode")]);
    assert!(
        v.issues[0].message.contains("Москва"),
        "{}",
        v.issues[0].message
    );
    // 140-144 is shared by Moscow and Moscow Oblast: both are accepted.
    let mut shared = addr(
        "RU",
        "Московская область",
        "Люберцы",
        "Октябрьский пр-т, 190",
        "140005",
    );
    assert_eq!(validate(&shared, Locale::En).verdict, Verdict::Accept);
    shared.region = Some("Москва".into());
    assert_eq!(validate(&shared, Locale::En).verdict, Verdict::Accept);
}

#[test]
fn brazilian_kazakh_and_chinese_postal_codes_must_agree_with_the_region() {
    let mut br = sao_paulo();
    br.region = Some("Rio de Janeiro".into());
    assert_eq!(
        codes(&validate(&br, Locale::En)),
        [("postal_code_region_mismatch", "postalCode")]
    );
    let mut kz = almaty();
    kz.region = Some("Карагандинская обл.".into());
    assert_eq!(
        codes(&validate(&kz, Locale::En)),
        [("postal_code_region_mismatch", "postalCode")]
    );
    let mut cn = beijing();
    cn.postal_code = Some("518000".into());
    assert_eq!(
        codes(&validate(&cn, Locale::Zh)),
        [("postal_code_region_mismatch", "postalCode")]
    );
    let mut shenzhen = addr("CN", "广东省", "深圳市", "深南大道6008号", "518000");
    shenzhen.district = Some("福田区".into());
    assert_eq!(validate(&shenzhen, Locale::Zh).verdict, Verdict::Accept);
}

#[test]
fn unknown_regions_are_errors_on_region() {
    for (mut a, region) in all_markets().into_iter().zip([
        "Атлантида",
        "Витебский край",
        "Narnia",
        "火星省",
        "Ostfriesland-Nord",
        "Gotham",
    ]) {
        a.region = Some(region.into());
        let v = validate(&a, Locale::En);
        assert!(
            codes(&v).contains(&("unknown_region", "region")),
            "{}: {:?}",
            a.country,
            codes(&v)
        );
    }
}

#[test]
fn unknown_country_is_an_issue_on_country_not_a_failure() {
    let v = validate(&addr("XX", "", "Town", "Main St 1", "1"), Locale::Zh);
    assert_eq!(codes(&v), [("unsupported_country", "country")]);
    assert!(v.issues[0].hint.is_some());
    assert_eq!(v.verdict, Verdict::Fix);
}

#[test]
fn street_without_house_number_asks_for_confirmation() {
    for (mut a, street) in all_markets().into_iter().zip([
        "ул. Тверская",
        "пр-т Независимости",
        "пр. Абая",
        "建国路",
        "Unter den Linden",
        "Avenida Paulista",
    ]) {
        a.address_line1 = Some(street.into());
        let v = validate(&a, Locale::En);
        assert_eq!(
            codes(&v),
            [("missing_house_number", "addressLine1")],
            "{}",
            a.country
        );
        assert_eq!(v.verdict, Verdict::Confirm);
    }
}

#[test]
fn placeholder_input_is_flagged_on_its_field() {
    for mut a in all_markets() {
        a.city = Some("test".into());
        a.recipient = Some("asdf".into());
        let v = validate(&a, Locale::En);
        let c = codes(&v);
        assert!(
            c.contains(&("suspicious_value", "city")),
            "{}: {c:?}",
            a.country
        );
        assert!(
            c.contains(&("suspicious_value", "recipient")),
            "{}: {c:?}",
            a.country
        );
        assert_eq!(v.verdict, Verdict::Fix);
    }
    let mut ru = moscow();
    ru.address_line1 = Some("ааааааа".into());
    assert!(codes(&validate(&ru, Locale::En)).contains(&("suspicious_value", "addressLine1")));
    let mut de = berlin();
    de.postal_code = Some("12345".into());
    let v = validate(&de, Locale::En);
    assert_eq!(codes(&v), [("suspicious_value", "postalCode")]);
    assert_eq!(v.verdict, Verdict::Confirm);
}

#[test]
fn a_phone_is_any_number_of_the_country_and_a_landline_gets_a_word_about_sms() {
    let phones = [
        ("+7 916 123-45-67", "+7 495 123-45-67"),
        ("+375 29 123-45-67", "+375 17 123-45-67"),
        ("8 701 234 5678", "8 727 234 5678"),
        ("138 0013 8000", "010 6512 3456"),
        ("0151 23456789", "030 1234567"),
        ("(11) 91234-5678", "(11) 3123-4567"),
    ];
    for (a, (mobile, landline)) in all_markets().into_iter().zip(phones) {
        let mut ok = a.clone();
        ok.phone = Some(mobile.into());
        let v = validate(&ok, Locale::En);
        assert_eq!(v.verdict, Verdict::Accept, "{}: {:?}", a.country, v.issues);
        assert!(v
            .normalized
            .phone
            .as_deref()
            .is_some_and(|p| p.starts_with('+')));
        // A landline is a number the courier can call: the order goes, with a word about the SMS.
        let mut fixed = a.clone();
        fixed.phone = Some(landline.into());
        let v = validate(&fixed, Locale::En);
        assert_eq!(codes(&v), [("landline_phone", "phone")], "{landline}");
        assert_eq!(v.verdict, Verdict::Accept, "{landline}");
        assert!(v
            .normalized
            .phone
            .as_deref()
            .is_some_and(|p| p.starts_with('+')));
        // Too short to be any number of the country.
        let mut bad = a;
        bad.phone = Some("1-2".into());
        assert_eq!(
            codes(&validate(&bad, Locale::En)),
            [("invalid_phone", "phone")]
        );
    }
}

#[test]
fn remote_areas_ask_for_confirmation_with_extra_days() {
    let cases = [
        addr(
            "RU",
            "Камчатский край",
            "Петропавловск-Камчатский",
            "ул. Ленинская, 14",
            "683000",
        ),
        addr(
            "RU",
            "Калининградская обл.",
            "Калининград",
            "Ленинский пр-т, 1",
            "236022",
        ),
        addr("RU", "Чукотский АО", "Анадырь", "ул. Отке, 2", "689000"),
        addr(
            "RU",
            "Магаданская обл.",
            "Магадан",
            "пр-т Ленина, 1",
            "685000",
        ),
        addr(
            "RU",
            "Респ. Саха (Якутия)",
            "Якутск",
            "пр-т Ленина, 22",
            "677000",
        ),
        addr(
            "RU",
            "Сахалинская обл.",
            "Южно-Сахалинск",
            "Коммунистический пр-т, 32",
            "693000",
        ),
        addr(
            "RU",
            "Ненецкий АО",
            "Нарьян-Мар",
            "ул. Смидовича, 20",
            "166000",
        ),
        addr("RU", "ЯНАО", "Салехард", "ул. Республики, 72", "629008"),
        addr(
            "RU",
            "Красноярский край",
            "Норильск",
            "Ленинский пр-т, 24",
            "663300",
        ),
    ];
    for a in cases {
        let v = validate(&a, Locale::Ru);
        assert_eq!(
            v.verdict,
            Verdict::Confirm,
            "{}: {:?}",
            a.postal_code.as_deref().unwrap_or(""),
            v.issues
        );
        assert_eq!(codes(&v), [("remote_area", "region")]);
        let remote = v.remote.expect("remote area");
        assert!(remote.extra_days.min >= 1 && remote.extra_days.max >= remote.extra_days.min);
    }
    let krasnoyarsk = addr(
        "RU",
        "Красноярский край",
        "Красноярск",
        "пр-т Мира, 10",
        "660049",
    );
    assert!(validate(&krasnoyarsk, Locale::En).remote.is_none());
}

#[test]
fn label_lines_follow_the_country_order_and_casing() {
    let v = validate(&moscow(), Locale::En);
    assert_eq!(
        v.label,
        [
            "Ivan Petrov",
            "УЛ. ТВЕРСКАЯ, Д. 7",
            "МОСКВА",
            "Москва",
            "125009",
            "RUSSIAN FEDERATION"
        ]
    );
    let v = validate(&sao_paulo(), Locale::En);
    assert_eq!(
        v.label,
        [
            "Ivan Petrov",
            "Avenida Paulista, 1578",
            "SÃO PAULO-SP",
            "01310-200",
            "BRAZIL"
        ]
    );
}

#[test]
fn other_countries_use_google_formats() {
    let v = validate(
        &addr("FR", "", "Paris", "10 rue de Rivoli", "75001"),
        Locale::En,
    );
    assert_eq!(v.verdict, Verdict::Accept, "{:?}", v.issues);
    let v = validate(
        &addr("GB", "", "London", "10 Downing Street", "SW1A 2AA"),
        Locale::En,
    );
    assert_eq!(v.verdict, Verdict::Accept, "{:?}", v.issues);
    let v = validate(
        &addr("US", "CA", "Cupertino", "1 Infinite Loop", "95014"),
        Locale::En,
    );
    assert_eq!(v.verdict, Verdict::Accept, "{:?}", v.issues);
}

#[test]
fn region_code_resolves_names_for_other_modules() {
    assert_eq!(
        region_code("RU", "Камчатский край").as_deref(),
        Some("RU-KAM")
    );
    assert_eq!(region_code("ru", "RU-KGD").as_deref(), Some("RU-KGD"));
    assert_eq!(region_code("RU", "Nowhere"), None);
    assert_eq!(region_code("US", "ca").as_deref(), Some("US-CA"));
}

#[test]
fn full_width_input_from_an_ime_is_read_as_ascii_and_shown_so() {
    // Shenzhen, Nanshan District, typed with a Chinese input method: full-width digits, an ideographic
    // space, a full-width phone number.
    let mut a = addr("CN", "广东省", "深圳市", "南山区科技园１号", "５１８０５７");
    a.recipient = Some("张　伟".into());
    a.phone = Some("１３８ ００１３ ８０００".into());
    let v = validate(&a, Locale::Zh);
    assert_eq!(v.verdict, Verdict::Accept, "{:?}", v.issues);
    assert_eq!(v.normalized.postal_code.as_deref(), Some("518057"));
    assert_eq!(
        v.normalized.address_line1.as_deref(),
        Some("南山区科技园1号")
    );
    assert_eq!(v.normalized.recipient.as_deref(), Some("张 伟"));
    assert_eq!(v.normalized.phone.as_deref(), Some("+8613800138000"));
    // Full-width Chinese punctuation in the street line stays as typed.
    let mut b = addr(
        "CN",
        "广东省",
        "深圳市",
        "南山区科技园（北区）１号",
        "518057",
    );
    b.recipient = Some("张伟".into());
    assert_eq!(
        validate(&b, Locale::Zh).normalized.address_line1.as_deref(),
        Some("南山区科技园（北区）1号")
    );
    // A Moscow code typed full-width with a dash from the IME is still checked as a code: wrong region.
    let kamchatka = addr(
        "RU",
        "Камчатский край",
        "Петропавловск-Камчатский",
        "ул. Ленинская, 14",
        "１２５００９",
    );
    let codes: Vec<_> = validate(&kamchatka, Locale::Ru)
        .issues
        .iter()
        .map(|i| i.code.clone())
        .collect();
    assert_eq!(codes, ["postal_code_region_mismatch"].map(String::from));
}

#[test]
fn a_region_named_like_a_placeholder_is_looked_up_first() {
    // Navarre's code is NA, which is also "n/a" written short.
    let mut a = moscow();
    a.region = Some("NA".into());
    let v = validate(&a, Locale::En);
    assert_eq!(
        codes(&v),
        [("suspicious_value", "region")],
        "no region NA in Russia"
    );
    // A keyboard run is no region: asked to be fixed, not only confirmed.
    a.region = Some("asdfgh".into());
    let v = validate(&a, Locale::En);
    assert_eq!(
        codes(&v),
        [("suspicious_value", "region"), ("unknown_region", "region")]
    );
    assert_eq!(v.verdict, Verdict::Fix);
}
