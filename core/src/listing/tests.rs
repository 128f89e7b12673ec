//! The checker as sellers rely on it: each rule fires on the gap it names and stays quiet once the gap is
//! fixed, fixing never lowers the score, and the categories, profiles and locales change what they should.

use super::*;
use crate::finding::Severity;

const NEUTRAL_TITLE: &str = "Women's linen summer dress, midi length";
const DESCRIPTION: &str = "A midi dress of washed linen with a relaxed fit, short sleeves and two side \
    pockets. The fabric is soft from the first wear and breathes in hot weather. Model is 170 cm tall and \
    wears size 44. Buttons down the front; no lining. Measurements for every size are in the size chart: \
    measure your chest at its fullest point and your waist at its narrowest. Ships folded in a paper bag.";

fn image(url: &str, size: u32) -> Image {
    Image {
        url: url.to_string(),
        width: Some(size),
        height: Some(size * 4 / 3),
    }
}

/// A listing with everything any category asks for.
fn complete(category: &str) -> Listing {
    Listing {
        id: Some("SKU-1".into()),
        title: Some(NEUTRAL_TITLE.into()),
        description: Some(DESCRIPTION.into()),
        category: Some(category.into()),
        brand: Some("Lino".into()),
        price: Some(2990.0),
        old_price: Some(3490.0),
        currency: Some("RUB".into()),
        images: (1..=4)
            .map(|i| image(&format!("https://img.example/{i}.jpg"), 1200))
            .collect(),
        video: Some("https://img.example/v.mp4".into()),
        attributes: Attributes {
            color: Some("blue".into()),
            sizes: vec!["42".into(), "44".into(), "46".into()],
            size_chart: Some("42: chest 84 cm, waist 66 cm; 44: chest 88 cm, waist 70 cm".into()),
            material: Some("100% linen".into()),
            care: Some("machine wash 30 °C".into()),
            gender: Some("women".into()),
            dimensions: Some(Dimensions {
                length: 40.0,
                width: 30.0,
                height: 5.0,
                unit: "cm".into(),
            }),
            weight: Some(Weight {
                value: 0.4,
                unit: "kg".into(),
            }),
            included_items: vec!["dress".into()],
            voltage: Some("220-240 V".into()),
            plug_type: Some("C".into()),
            warranty: Some("12 months".into()),
            other: Default::default(),
        },
        shipping: Some("From Guangzhou by air, 12-20 days".into()),
        returns: Some("30 days, free return to a pickup point".into()),
    }
}

fn options(profile: &str) -> CheckOptions {
    CheckOptions {
        profile: Some(profile.into()),
        ..CheckOptions::default()
    }
}

fn codes(report: &ListingReport) -> Vec<&str> {
    report.findings.iter().map(|f| f.code.as_str()).collect()
}

fn fires(listing: &Listing, code: &str) -> bool {
    codes(&check(listing, &CheckOptions::default())).contains(&code)
}

/// Changes the listing the way a seller following the hint would, for the finding's code and field.
fn fix(listing: &mut Listing, finding: &Finding) {
    let profile = MarketplaceProfile::or_default(None);
    let a = &mut listing.attributes;
    match finding.code.as_str() {
        "missing_title" => listing.title = Some(NEUTRAL_TITLE.into()),
        "title_too_long" => {
            let title: String = listing.title.as_deref().unwrap_or("").chars().collect();
            listing.title = Some(title.chars().take(profile.title_max_chars).collect());
        }
        "title_all_caps" => listing.title = listing.title.as_deref().map(str::to_lowercase),
        "exaggerated_claim" if finding.field == "title" => {
            listing.title = Some(NEUTRAL_TITLE.into())
        }
        "exaggerated_claim" | "short_description" => listing.description = Some(DESCRIPTION.into()),
        "unknown_category" => listing.category = Some("generic".into()),
        "missing_price" => listing.price = Some(2990.0),
        "invalid_price" if finding.field == "price" => listing.price = Some(2990.0),
        "invalid_price" | "old_price_not_higher" | "discount_too_small" | "suspicious_discount" => {
            listing.old_price = None
        }
        "missing_main_image" => listing
            .images
            .insert(0, image("https://img.example/main.jpg", 1200)),
        "too_few_images" => {
            while listing
                .images
                .iter()
                .filter(|i| !i.url.trim().is_empty())
                .count()
                < profile.min_images
            {
                listing.images.push(Image {
                    url: "https://img.example/more.jpg".into(),
                    ..Image::default()
                });
            }
        }
        "low_resolution_image" => {
            for i in &mut listing.images {
                i.width = i.width.map(|w| w.max(profile.min_image_width));
                i.height = i.height.map(|h| h.max(profile.min_image_height));
            }
        }
        "missing_video" => listing.video = Some("https://img.example/v.mp4".into()),
        "missing_sizes" => a.sizes = vec!["M".into()],
        "missing_size_chart" => a.size_chart = Some("M: chest 92 cm".into()),
        "missing_material" => a.material = Some("linen".into()),
        "missing_care" => a.care = Some("hand wash".into()),
        "missing_color" => a.color = Some("red".into()),
        "missing_gender" => a.gender = Some("unisex".into()),
        "missing_dimensions" => a.dimensions = complete("home").attributes.dimensions,
        "missing_weight" => a.weight = complete("home").attributes.weight,
        "missing_included_items" => a.included_items = vec!["kettle".into()],
        "missing_voltage" => a.voltage = Some("230 V".into()),
        "missing_plug_type" => a.plug_type = Some("F".into()),
        "missing_warranty" => a.warranty = Some("1 year".into()),
        "missing_shipping_info" => listing.shipping = Some("From Shenzhen, 15 days".into()),
        "missing_return_info" => listing.returns = Some("14 days".into()),
        other => panic!("no fix for {other}"),
    }
}

/// One listing that breaks `code` (all else complete), for every rule.
fn breaking(code: &str) -> Listing {
    let mut l = complete("apparel");
    let a = &mut l.attributes;
    match code {
        "missing_title" => l.title = Some("   ".into()),
        "title_too_long" => l.title = Some("Linen dress ".repeat(30)),
        "title_all_caps" => l.title = Some("WOMEN'S LINEN SUMMER DRESS".into()),
        "exaggerated_claim" => l.title = Some("The best linen dress".into()),
        "short_description" => l.description = Some("Linen dress.".into()),
        "unknown_category" => l.category = Some("spaceships".into()),
        "missing_price" => l.price = None,
        "invalid_price" => l.price = Some(-5.0),
        "old_price_not_higher" => l.old_price = Some(2990.0),
        "discount_too_small" => l.old_price = Some(3000.0),
        "suspicious_discount" => l.old_price = Some(29900.0),
        "missing_main_image" => l.images[0].url = String::new(),
        "too_few_images" => l.images.truncate(1),
        "low_resolution_image" => l.images[2] = image("https://img.example/s.jpg", 300),
        "missing_video" => l.video = None,
        "missing_sizes" => a.sizes = vec![" ".into()],
        "missing_size_chart" => a.size_chart = None,
        "missing_material" => a.material = Some(String::new()),
        "missing_care" => a.care = None,
        "missing_color" => a.color = None,
        "missing_gender" => a.gender = None,
        "missing_dimensions" | "missing_weight" => {
            l.category = Some("home".into());
            let a = &mut l.attributes;
            if code == "missing_dimensions" {
                a.dimensions.as_mut().expect("complete").height = 0.0;
            } else {
                a.weight = None;
            }
        }
        "missing_included_items" | "missing_voltage" | "missing_plug_type" | "missing_warranty" => {
            l.category = Some("electronics".into());
            let a = &mut l.attributes;
            match code {
                "missing_included_items" => a.included_items.clear(),
                "missing_voltage" => a.voltage = None,
                "missing_plug_type" => a.plug_type = None,
                _ => a.warranty = Some(" ".into()),
            }
        }
        "missing_shipping_info" => l.shipping = None,
        "missing_return_info" => l.returns = Some("".into()),
        other => panic!("no breaking listing for {other}"),
    }
    l
}

#[test]
fn a_complete_listing_has_no_findings_in_any_category() {
    for category in Category::ids() {
        let report = check(&complete(category), &CheckOptions::default());
        assert_eq!(codes(&report), Vec::<&str>::new(), "{category}");
        assert_eq!(report.score, 100);
        assert_eq!(report.level, Level::High);
        assert_eq!(report.category, category);
    }
}

#[test]
fn an_empty_listing_scores_under_20_in_every_profile() {
    for profile in MarketplaceProfile::names() {
        let report = check(&Listing::default(), &options(profile));
        assert!(report.score < 20, "{profile}: {}", report.score);
        assert_eq!(report.level, Level::Low);
        for code in [
            "missing_title",
            "missing_price",
            "missing_main_image",
            "short_description",
        ] {
            assert!(codes(&report).contains(&code), "{profile}: {code}");
        }
    }
}

#[test]
fn every_rule_fires_on_its_gap_and_not_once_fixed_and_the_fix_never_lowers_the_score() {
    for &code in RULE_CODES {
        let mut listing = breaking(code);
        let before = check(&listing, &CheckOptions::default());
        let finding = before
            .findings
            .iter()
            .find(|f| f.code == code)
            .unwrap_or_else(|| panic!("{code} did not fire: {:?}", codes(&before)));
        assert!(finding.hint.is_some(), "{code} has no hint");
        assert!(
            !finding.message.contains('{'),
            "{code}: {}",
            finding.message
        );
        fix(&mut listing, &finding.clone());
        let after = check(&listing, &CheckOptions::default());
        assert!(
            !codes(&after).contains(&code),
            "{code} still fires after the fix"
        );
        assert!(
            after.score >= before.score,
            "{code}: {} -> {}",
            before.score,
            after.score
        );
    }
}

/// A small deterministic generator, so the property test needs no extra crate and always runs the same.
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

fn random_listing(rng: &mut Xorshift) -> Listing {
    let mut l = complete("apparel");
    l.category = Some(
        rng.pick(&[
            "apparel",
            "shoes",
            "electronics",
            "home",
            "beauty",
            "toys",
            "zzz",
            "Обувь",
        ])
        .into(),
    );
    if rng.chance(30) {
        l.title = Some(
            rng.pick(&[
                "",
                "BEST DRESS EVER IN THE WORLD",
                "Лучшее платье",
                "最好的裙子",
            ])
            .into(),
        );
    }
    if rng.chance(20) {
        l.title = Some("x".repeat(250));
    }
    if rng.chance(40) {
        l.description = Some(
            rng.pick(&["", "short", "Cheapest price, guaranteed!"])
                .into(),
        );
    }
    if rng.chance(30) {
        l.price = [
            None,
            Some(-1.0),
            Some(0.0),
            Some(f64::NAN),
            Some(150.0),
            Some(12_000.0),
        ][(rng.next() % 6) as usize];
    }
    if rng.chance(40) {
        l.old_price = [
            None,
            Some(-3.0),
            Some(10.0),
            Some(3000.0),
            Some(160.0),
            Some(99_999.0),
        ][(rng.next() % 6) as usize];
    }
    if rng.chance(30) {
        l.currency = Some(rng.pick(&["RUB", "CNY", ""]).into());
    }
    if rng.chance(40) {
        l.images.truncate((rng.next() % 3) as usize);
    }
    if rng.chance(30) {
        for i in &mut l.images {
            i.width = Some((rng.next() % 1500) as u32);
        }
    }
    let a = &mut l.attributes;
    for (percent, clear) in [
        (20, &mut a.color),
        (20, &mut a.size_chart),
        (20, &mut a.material),
        (20, &mut a.care),
        (20, &mut a.gender),
        (20, &mut a.voltage),
        (20, &mut a.plug_type),
        (20, &mut a.warranty),
    ] {
        if rng.chance(percent) {
            *clear = None;
        }
    }
    if rng.chance(20) {
        a.sizes.clear();
    }
    if rng.chance(20) {
        a.included_items.clear();
    }
    if rng.chance(20) {
        a.dimensions = None;
    }
    if rng.chance(20) {
        a.weight = None;
    }
    for (percent, clear) in [
        (20, &mut l.video),
        (20, &mut l.shipping),
        (20, &mut l.returns),
    ] {
        if rng.chance(percent) {
            *clear = None;
        }
    }
    l
}

#[test]
fn fixing_any_finding_of_any_listing_never_lowers_the_score() {
    let mut rng = Xorshift(0x9E37_79B9_7F4A_7C15);
    let mut fixes = 0;
    for _ in 0..2000 {
        let listing = random_listing(&mut rng);
        let before = check(&listing, &CheckOptions::default());
        for finding in &before.findings {
            let mut fixed = listing.clone();
            fix(&mut fixed, finding);
            let after = check(&fixed, &CheckOptions::default());
            assert!(
                after.score >= before.score,
                "fixing {} ({}) lowered {} to {}: {listing:?}",
                finding.code,
                finding.field,
                before.score,
                after.score
            );
            assert!(
                !after
                    .findings
                    .iter()
                    .any(|f| f.code == finding.code && f.field == finding.field),
                "{} ({}) still fires after its fix",
                finding.code,
                finding.field
            );
            fixes += 1;
        }
    }
    assert!(fixes > 5000, "only {fixes} fixes tried");
}

#[test]
fn score_and_level_follow_the_documented_weights() {
    let mut listing = complete("apparel");
    listing.video = None; // info
    listing.shipping = None; // warning
    listing.attributes.sizes.clear(); // error
    let report = check(&listing, &CheckOptions::default());
    let expected = 100.0 * INFO_FACTOR * WARNING_FACTOR * ERROR_FACTOR;
    assert_eq!(report.score, expected.round() as u8);
    assert_eq!(report.score, 64, "the figure docs/listing.md quotes");
    assert_eq!(report.level, Level::Standard);
    listing.attributes.size_chart = None;
    listing.attributes.material = None;
    listing.attributes.care = None;
    assert_eq!(check(&listing, &CheckOptions::default()).score, 27);
    assert_eq!(check(&listing, &CheckOptions::default()).level, Level::Low);
    let severities: Vec<Severity> = check(&listing, &CheckOptions::default())
        .findings
        .iter()
        .map(|f| f.severity)
        .collect();
    let mut sorted = severities.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(severities, sorted, "errors come first");
}

#[test]
fn disabled_rules_are_not_reported_nor_scored() {
    let listing = breaking("missing_video");
    let options = CheckOptions {
        disabled_rules: vec!["missing_video".into()],
        ..CheckOptions::default()
    };
    let report = check(&listing, &options);
    assert!(!codes(&report).contains(&"missing_video"));
    assert_eq!(report.score, 100);
}

#[test]
fn options_naming_an_unknown_profile_or_rule_are_rejected_with_the_field() {
    assert!(options("generic").validate().is_ok());
    let e = options("amazon").validate().expect_err("unknown profile");
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("unknown_profile", "profile")
    );
    assert!(
        e.message(Locale::En).contains("generic, ozon"),
        "{}",
        e.message(Locale::En)
    );
    let e = CheckOptions {
        disabled_rules: vec!["missing_video".into(), "missing_vidoe".into()],
        ..CheckOptions::default()
    }
    .validate()
    .expect_err("unknown rule");
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("unknown_rule", "disabledRules[1]")
    );
}

#[test]
fn categories_decide_which_attributes_are_errors_warnings_or_not_asked() {
    let mut listing = complete("apparel");
    listing.attributes = Attributes::default();
    let severity_of = |listing: &Listing, code: &str| {
        check(listing, &CheckOptions::default())
            .findings
            .into_iter()
            .find(|f| f.code == code)
            .map(|f| f.severity)
    };
    assert_eq!(
        severity_of(&listing, "missing_size_chart"),
        Some(Severity::Error)
    );
    assert_eq!(
        severity_of(&listing, "missing_gender"),
        Some(Severity::Warning)
    );
    assert_eq!(severity_of(&listing, "missing_voltage"), None);
    listing.category = Some("Электроника".into());
    assert_eq!(
        severity_of(&listing, "missing_voltage"),
        Some(Severity::Error)
    );
    assert_eq!(
        severity_of(&listing, "missing_dimensions"),
        Some(Severity::Warning)
    );
    assert_eq!(severity_of(&listing, "missing_sizes"), None);
    listing.category = Some("Home & Garden".into());
    assert_eq!(
        severity_of(&listing, "missing_weight"),
        Some(Severity::Error)
    );
    listing.category = None;
    assert_eq!(
        severity_of(&listing, "missing_color"),
        Some(Severity::Warning)
    );
    assert_eq!(severity_of(&listing, "unknown_category"), None);
    let report = check(&listing, &CheckOptions::default());
    assert_eq!(report.category, "generic");
}

#[test]
fn ozon_requires_its_minimum_discount_gap_and_generic_does_not() {
    let with_prices = |price: f64, old: f64, currency: Option<&str>| {
        let mut l = complete("apparel");
        l.price = Some(price);
        l.old_price = Some(old);
        l.currency = currency.map(String::from);
        l
    };
    let gap_fires = |l: &Listing, profile: &str| {
        codes(&check(l, &options(profile))).contains(&"discount_too_small")
    };
    // Under 400 roubles: at least 20 roubles.
    assert!(gap_fires(&with_prices(300.0, 319.0, Some("RUB")), "ozon"));
    assert!(!gap_fires(&with_prices(300.0, 320.0, Some("RUB")), "ozon"));
    // 400 to 10,000: at least 5 %.
    assert!(gap_fires(&with_prices(1000.0, 1049.99, None), "ozon"));
    assert!(!gap_fires(&with_prices(1000.0, 1050.0, None), "ozon"));
    // Over 10,000: at least 500 roubles.
    assert!(gap_fires(&with_prices(20_000.0, 20_499.0, None), "ozon"));
    assert!(!gap_fires(&with_prices(20_000.0, 20_500.0, None), "ozon"));
    // The amounts are roubles: other currencies and the generic profile have no gap rule.
    assert!(!gap_fires(&with_prices(300.0, 301.0, Some("CNY")), "ozon"));
    assert!(!gap_fires(
        &with_prices(300.0, 301.0, Some("RUB")),
        "generic"
    ));
    let report = check(&with_prices(1000.0, 1010.0, None), &options("ozon"));
    let finding = report
        .findings
        .iter()
        .find(|f| f.code == "discount_too_small");
    assert_eq!(finding.map(|f| f.params["minGap"].as_str()), Some("50"));
}

#[test]
fn prices_old_prices_and_discounts() {
    let mut l = complete("apparel");
    l.old_price = Some(0.0);
    assert_eq!(
        check(&l, &CheckOptions::default()).score,
        100,
        "0 means no old price"
    );
    l.old_price = Some(2000.0);
    assert!(fires(&l, "old_price_not_higher"));
    l.old_price = Some(f64::INFINITY);
    assert!(fires(&l, "invalid_price"));
    l.old_price = Some(9990.0); // 70 % off
    assert!(fires(&l, "suspicious_discount") && !fires(&l, "discount_too_small"));
    l.old_price = Some(9900.0); // 69.8 % off
    assert!(!fires(&l, "suspicious_discount"));
    l.price = Some(0.0);
    assert!(fires(&l, "invalid_price") && !fires(&l, "old_price_not_higher"));
}

#[test]
fn photo_rules_follow_the_profile() {
    let mut l = complete("apparel");
    l.images[1] = image("https://img.example/small.jpg", 850);
    assert!(
        fires(&l, "low_resolution_image"),
        "850 px is under Ozon's 900"
    );
    assert!(!codes(&check(&l, &options("generic"))).contains(&"low_resolution_image"));
    let report = check(&l, &CheckOptions::default());
    let finding = report
        .findings
        .iter()
        .find(|f| f.code == "low_resolution_image");
    assert_eq!(finding.map(|f| f.field.as_str()), Some("images[1]"));
    l.images = vec![Image {
        url: "https://img.example/1.jpg".into(),
        ..Image::default()
    }];
    assert!(fires(&l, "too_few_images") && !fires(&l, "low_resolution_image"));
    assert!(!fires(&l, "missing_main_image"));
}

#[test]
fn titles_that_shout_or_boast_and_chinese_titles_that_do_not() {
    let title = |t: &str| {
        let mut l = complete("apparel");
        l.title = Some(t.into());
        codes(&check(&l, &CheckOptions::default()))
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(title("SUMMER LINEN DRESS, SIZE M"), ["title_all_caps"]);
    assert_eq!(
        title("Linen dress with USB-C LED belt"),
        Vec::<String>::new()
    );
    assert_eq!(title("女士亚麻连衣裙 夏季"), Vec::<String>::new());
    assert_eq!(title("女士亚麻连衣裙 最好"), ["exaggerated_claim"]);
    assert_eq!(title("Платье №1 из льна"), ["exaggerated_claim"]);
    let mut l = complete("apparel");
    l.description = Some(format!("{DESCRIPTION} Лучший подарок!"));
    let report = check(&l, &CheckOptions::default());
    let claim = report
        .findings
        .iter()
        .find(|f| f.code == "exaggerated_claim");
    assert_eq!(
        claim.map(|f| (f.field.as_str(), f.params["phrase"].as_str())),
        Some(("description", "лучший"))
    );
}

#[test]
fn findings_speak_the_sellers_language() {
    let listing = breaking("missing_size_chart");
    let text = |locale: Locale| {
        let report = check(
            &listing,
            &CheckOptions {
                locale,
                ..CheckOptions::default()
            },
        );
        let f = report
            .findings
            .into_iter()
            .find(|f| f.code == "missing_size_chart");
        f.map(|f| (f.message, f.hint.unwrap_or_default()))
            .unwrap_or_default()
    };
    let (en, ru, zh) = (text(Locale::En), text(Locale::Ru), text(Locale::Zh));
    assert!(
        en.0.contains("size chart") && en.1.contains("centimetres"),
        "{en:?}"
    );
    assert!(
        ru.0.contains("таблицы размеров") && ru.1.contains("сантиметрах"),
        "{ru:?}"
    );
    assert!(zh.0.contains("尺码表") && zh.1.contains("厘米"), "{zh:?}");
    assert_eq!(text(Locale::De), en, "German falls back to English");
}

#[test]
fn every_rule_code_has_text_and_a_hint_in_each_locale() {
    for &code in RULE_CODES {
        assert!(crate::messages::has(code), "{code}");
        for locale in [Locale::En, Locale::Ru, Locale::Zh] {
            let params = Default::default();
            assert!(
                crate::messages::hint(code, locale, &params).is_some(),
                "{code} {locale:?}"
            );
        }
    }
}

#[test]
fn listings_read_from_json_keep_unknown_attributes_and_accept_sizes_as_numbers() {
    let json = r#"{
        "title": "Sneakers", "category": "shoes", "price": 4990,
        "images": ["https://img.example/1.jpg", {"url": "https://img.example/2.jpg", "width": 1200, "height": 1600}],
        "attributes": {"sizes": [38, 39, "40"], "includedItems": "shoes, box", "heelHeight": "3 cm", "lining": {"material": "mesh"}}
    }"#;
    let listing: Listing = serde_json::from_str(json).expect("valid listing");
    assert_eq!(listing.images[0].url, "https://img.example/1.jpg");
    assert_eq!(listing.images[1].width, Some(1200));
    assert_eq!(listing.attributes.sizes, ["38", "39", "40"]);
    assert_eq!(listing.attributes.included_items, ["shoes", "box"]);
    assert_eq!(listing.attributes.other["heelHeight"], "3 cm");
    assert!(listing.attributes.other.contains_key("lining"));
}

#[test]
fn a_listing_of_the_wrong_shape_is_an_error_naming_the_field() {
    let path = |json: &str| {
        serde_json::from_str::<Listing>(json)
            .map(|_| ())
            .map_err(|e| path_of_error(json, &e))
    };
    assert_eq!(path(r#"{"title": 5}"#), Err("title".into()));
    assert_eq!(path(r#"{"price": "12"}"#), Err("price".into()));
    assert_eq!(
        path(r#"{"images": [{"width": 5}]}"#),
        Err("images[0]".into())
    );
    assert_eq!(
        path(r#"{"images": [{"url": "u", "width": -5}]}"#),
        Err("images[0].width".into())
    );
    assert_eq!(
        path(r#"{"attributes": {"sizes": [true]}}"#),
        Err("attributes.sizes[0]".into())
    );
    assert_eq!(
        path(r#"{"attributes": {"color": 5}}"#),
        Err("attributes.color".into())
    );
    assert_eq!(path(r#"{"price": -12, "oldPrice": 0}"#), Ok(()));
    // A listing spread over lines, as a JSON catalog's array holds it.
    assert_eq!(
        path("{\n  \"id\": \"a\",\n  \"attributes\": {\n    \"care\": []\n  }\n}"),
        Err("attributes.care".into())
    );
}
