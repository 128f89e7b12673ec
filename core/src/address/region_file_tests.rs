//! The countries whose regions come in a file of their own (`core/data/address/regions/XX.json`),
//! loaded as the page loads them, with real addresses. Each test loads its own countries: loading is
//! for the process's life, so no other test may rely on one of them being unloaded.

use super::*;

/// The text of `core/data/address/regions/<country>.tsv`, as the page fetches it.
fn file_text(country: &str) -> String {
    let path = format!(
        "{}/data/address/regions/{country}.tsv",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap()
}

fn load(country: &str) {
    let text = file_text(country);
    let lines = text.lines().filter(|l| !l.starts_with('#')).count();
    assert_eq!(load_regions(country, &text), Ok(lines));
}

fn address(country: &str, region: &str, city: &str, line1: &str, postal: &str) -> Address {
    Address {
        country: country.into(),
        region: Some(region.into()),
        city: Some(city.into()),
        address_line1: Some(line1.into()),
        postal_code: Some(postal.into()),
        recipient: Some("Alex Kim".into()),
        ..Address::default()
    }
}

fn codes(v: &Validation) -> Vec<&str> {
    v.issues.iter().map(|f| f.code.as_str()).collect()
}

#[test]
fn american_states_are_checked_against_the_zip_code() {
    load("US");
    // Apple Park, Cupertino: ZIP 95014 is Californian.
    let cupertino = address("US", "CA", "Cupertino", "1 Apple Park Way", "95014");
    let valid = validate(&cupertino, Locale::En);
    assert_eq!(valid.verdict, Verdict::Accept, "{:?}", codes(&valid));
    assert_eq!(valid.region_code.as_deref(), Some("US-CA"));
    assert!(
        valid.label.iter().any(|l| l == "CUPERTINO, CA 95014"),
        "{:?}",
        valid.label
    );
    for spelling in ["California", "california", "US-CA", " ca "] {
        let v = validate(
            &address("US", spelling, "Cupertino", "1 Apple Park Way", "95014"),
            Locale::En,
        );
        assert_eq!(v.region_code.as_deref(), Some("US-CA"), "{spelling}");
    }
    // The same ZIP in Nevada, ZIP+4 included.
    let wrong = validate(
        &address(
            "US",
            "Nevada",
            "Cupertino",
            "1 Apple Park Way",
            "95014-2083",
        ),
        Locale::En,
    );
    assert_eq!(codes(&wrong), ["postal_code_region_mismatch"]);
    assert_eq!(wrong.verdict, Verdict::Fix);
    // A misspelt state is not a state.
    let typo = validate(
        &address("US", "Californa", "Cupertino", "1 Apple Park Way", "95014"),
        Locale::En,
    );
    assert_eq!(codes(&typo), ["unknown_region"]);
    // Pago Pago's 96799 is American Samoa's, not Hawaii's (whose codes start 967 too).
    let pago = address("US", "American Samoa", "Pago Pago", "PO Box 1", "96799");
    assert_eq!(validate(&pago, Locale::En).verdict, Verdict::Accept);
    let honolulu = address("US", "HI", "Pago Pago", "PO Box 1", "96799");
    assert_eq!(
        codes(&validate(&honolulu, Locale::En)),
        ["postal_code_region_mismatch"]
    );
}

#[test]
fn canadian_provinces_are_told_by_the_first_letter() {
    load("CA");
    // 24 Sussex Drive, Ottawa ON K1M 1M4.
    let ottawa = address("CA", "Ontario", "Ottawa", "24 Sussex Drive", "k1m 1m4");
    let v = validate(&ottawa, Locale::En);
    assert_eq!(v.verdict, Verdict::Accept, "{:?}", codes(&v));
    assert_eq!(v.normalized.postal_code.as_deref(), Some("K1M 1M4"));
    let bc = address("CA", "BC", "Ottawa", "24 Sussex Drive", "K1M 1M4");
    assert_eq!(
        codes(&validate(&bc, Locale::En)),
        ["postal_code_region_mismatch"]
    );
    // Written with its accent, Québec is Quebec; Gatineau's J8X is Quebec's.
    let gatineau = address("CA", "Québec", "Gatineau", "100 rue Laurier", "J8X 4H2");
    assert_eq!(
        validate(&gatineau, Locale::En).region_code.as_deref(),
        Some("CA-QC")
    );
}

#[test]
fn japanese_prefectures_resolve_by_native_and_latin_name() {
    load("JP");
    // The Imperial Household Agency, 1-1 Chiyoda, Chiyoda-ku, Tokyo 100-8111.
    let tokyo = address("JP", "東京都", "千代田区", "千代田1-1", "100-8111");
    let v = validate(&tokyo, Locale::Zh);
    assert_eq!(v.verdict, Verdict::Accept, "{:?}", codes(&v));
    assert_eq!(v.region_code.as_deref(), Some("JP-13"));
    let latin = address("JP", "Tokyo", "Chiyoda-ku", "1-1 Chiyoda", "100-8111");
    assert_eq!(
        validate(&latin, Locale::En).region_code.as_deref(),
        Some("JP-13")
    );
    // Typed with a Japanese input method: full-width digits and the prolonged sound mark as the dash.
    let ime = address(
        "JP",
        "東京都",
        "千代田区",
        "千代田１－１",
        "１００ー８１１１",
    );
    let v = validate(&ime, Locale::Zh);
    assert_eq!(v.verdict, Verdict::Accept, "{:?}", codes(&v));
    assert_eq!(v.normalized.postal_code.as_deref(), Some("100-8111"));
    assert_eq!(v.normalized.address_line1.as_deref(), Some("千代田1-1"));
    let osaka = address("JP", "大阪府", "千代田区", "千代田1-1", "100-8111");
    assert_eq!(
        codes(&validate(&osaka, Locale::Zh)),
        ["postal_code_region_mismatch"]
    );
}

#[test]
fn regions_are_known_in_the_countrys_other_languages_and_by_codes_like_placeholders() {
    load("CA");
    load("ES");
    // Vancouver in French; Québec with its accent.
    let vancouver = address(
        "CA",
        "Colombie-Britannique",
        "Vancouver",
        "800 Robson Street",
        "V6Z 2E7",
    );
    assert_eq!(
        validate(&vancouver, Locale::En).region_code.as_deref(),
        Some("CA-BC")
    );
    // Pamplona: Navarre by its key NA (no placeholder there), Gipuzkoa in Basque.
    let pamplona = address("ES", "NA", "Pamplona", "Plaza del Castillo 1", "31001");
    let v = validate(&pamplona, Locale::En);
    assert_eq!(v.verdict, Verdict::Accept, "{:?}", codes(&v));
    let wrong = address("ES", "NA", "Pamplona", "Plaza del Castillo 1", "20001");
    assert_eq!(
        codes(&validate(&wrong, Locale::En)),
        ["postal_code_region_mismatch"]
    );
    let donostia = address("ES", "Gipuzkoa", "Donostia", "Boulevard 1", "20003");
    assert_eq!(validate(&donostia, Locale::En).verdict, Verdict::Accept);
}

#[test]
fn a_region_the_label_does_not_print_is_not_asked_for() {
    // Andorra's labels print no parish: a parish that is none is the buyer's own words.
    load("AD");
    let andorra =
        |parish: &str| address("AD", parish, "Andorra la Vella", "Carrer Major 1", "AD500");
    assert_eq!(
        codes(&validate(&andorra("Atlantis"), Locale::En)),
        Vec::<&str>::new()
    );
    // A parish it names still has its postal codes: Canillo's are AD100.
    assert_eq!(
        codes(&validate(&andorra("Canillo"), Locale::En)),
        ["postal_code_region_mismatch"]
    );
}

#[test]
fn australian_territories_keep_their_own_postcodes() {
    load("AU");
    // Forrest, a Canberra suburb: postcode 2603.
    let forrest = |state: &str| address("AU", state, "Forrest", "10 Canberra Avenue", "2603");
    let v = validate(&forrest("ACT"), Locale::En);
    assert_eq!(v.verdict, Verdict::Accept, "{:?}", codes(&v));
    assert_eq!(
        codes(&validate(&forrest("New South Wales"), Locale::En)),
        ["postal_code_region_mismatch"]
    );
}

#[test]
fn regions_are_checked_only_once_the_file_is_loaded() {
    // Before: Mexico's regions are not in the package, so any state is taken as written. Madero Street
    // in the historic centre of Mexico City, postal code 06000.
    let zocalo = |state: &str| {
        address(
            "MX",
            state,
            "Ciudad de México",
            "Av. Francisco I. Madero 1",
            "06000",
        )
    };
    let before = validate(&zocalo("Narnia"), Locale::En);
    assert_eq!(before.verdict, Verdict::Accept, "{:?}", codes(&before));
    assert_eq!(
        address_form("MX").unwrap().regions_file.as_deref(),
        Some("regions/MX.tsv")
    );
    load("MX");
    assert_eq!(
        codes(&validate(&zocalo("Narnia"), Locale::En)),
        ["unknown_region"]
    );
    let v = validate(&zocalo("CDMX"), Locale::En);
    assert_eq!(
        (v.verdict, v.region_code.as_deref()),
        (Verdict::Accept, Some("MX-CMX"))
    );
    // The Zócalo's 06000 is not Jalisco's.
    assert_eq!(
        codes(&validate(&zocalo("Jalisco"), Locale::En)),
        ["postal_code_region_mismatch"]
    );
    // A second load keeps the first.
    assert_eq!(load_regions("MX", "MX-NA\t\tNarnia\t\t\n"), Ok(32));
}

#[test]
fn every_region_file_loads_and_every_other_embedded_country_has_none() {
    let dir = format!("{}/data/address/regions", env!("CARGO_MANIFEST_DIR"));
    let mut files = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let country = name.strip_suffix(".tsv").unwrap();
        let form = address_form(country).unwrap();
        assert_eq!(form.regions_file, Some(format!("regions/{country}.tsv")));
        // China's file holds its cities (tested below), not regions.
        if CountryFormat::get(country).unwrap().cities_file {
            continue;
        }
        for line in file_text(country).lines().filter(|l| !l.starts_with('#')) {
            let region = Region::loaded(LoadedRegion::from_line(line));
            assert!(region.is_ok(), "{country}: {line}");
        }
        files += 1;
    }
    assert!(files >= 40, "{files}");
    for country in ["RU", "BR", "BY", "KZ", "DE"] {
        assert_eq!(
            address_form(country).unwrap().regions_file,
            None,
            "{country}"
        );
        let e = load_regions(country, &file_text("US")).unwrap_err();
        assert_eq!(e.code, "no_regions_file");
    }
}

#[test]
fn a_broken_region_file_is_refused_naming_the_line() {
    let refused = |text: &str| {
        let e = load_regions("IT", text).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            ("invalid_data_file", "file")
        );
        (
            e.params.get("line").cloned().unwrap_or_default(),
            e.params.get("column").cloned().unwrap_or_default(),
        )
    };
    assert_eq!(
        refused("# regions\nIT-RM\tRM\t\tRoma\t00\n"),
        ("2".into(), "name".into())
    );
    assert_eq!(
        refused("IT-RM\tRM\tRoma\tRoma\t00\nIT-MI\tMI\tMilano\tMilano\t2[0\n"),
        ("2".into(), "zip".into())
    );
    assert_eq!(
        refused("# nothing but comments\n"),
        ("1".into(), "name".into())
    );
    // Not loaded by the refusals: the real file still loads.
    load("IT");
}

/// A Chinese address with its district (`区`), as buyers fill the form (its postal code left out: what
/// is looked at here is the city and the district).
fn chinese(region: &str, city: &str, district: &str) -> Address {
    let mut a = address("CN", region, city, "体育西路103号", "");
    a.district = (!district.is_empty()).then(|| district.into());
    a.postal_code = None;
    a
}

/// Places from Google's metadata (the file itself) and their current names: Chongming became a district
/// in 2016 (State Council approval, 国函〔2016〕111号), Chaohu a county-level city under Hefei in 2011.
#[test]
fn chinese_cities_and_districts_are_checked_against_their_province() {
    let text = file_text("CN");
    let lines = text.lines().filter(|l| !l.starts_with('#')).count();
    assert_eq!(load_regions("CN", &text), Ok(lines));
    assert_eq!(
        address_form("CN").unwrap().regions_file.as_deref(),
        Some("regions/CN.tsv")
    );
    let warned = |a: Address| -> Vec<(String, String)> {
        validate(&a, Locale::Zh)
            .issues
            .into_iter()
            .filter(|f| f.field == "city" || f.field == "district")
            .map(|f| (f.code, f.field))
            .collect()
    };
    let fine = [
        chinese("广东省", "广州市", "天河区"),
        chinese("浙江省", "杭州市", "西湖区"),
        // A municipality: the city is the municipality itself, or its district in the city field.
        chinese("上海市", "上海市", "浦东新区"),
        chinese("上海市", "浦东新区", ""),
        chinese("北京市", "北京", "朝阳"),
        // Renamed and redrawn since the data: still the same province's places.
        chinese("上海市", "上海市", "崇明区"),
        chinese("安徽省", "合肥市", "巢湖市"),
        // A county-level city where the form asks for the city.
        chinese("江苏省", "昆山市", ""),
        chinese("Guangdong", "Guangzhou", "Tianhe Qu"),
    ];
    for a in fine {
        assert_eq!(warned(a.clone()), [], "{a:?}");
    }
    // Hangzhou is in Zhejiang, Tianhe in Guangzhou.
    assert_eq!(
        warned(chinese("广东省", "杭州市", "")),
        [("unknown_city".to_string(), "city".to_string())]
    );
    let mut hangzhou = chinese("浙江省", "杭州市", "天河区");
    hangzhou.postal_code = Some("310013".into());
    let wrong_district = validate(&hangzhou, Locale::En);
    assert_eq!(wrong_district.verdict, Verdict::Confirm);
    let issue = &wrong_district.issues[0];
    assert_eq!(
        (issue.code.as_str(), issue.field.as_str()),
        ("unknown_district", "district")
    );
    assert!(
        issue.message.contains("天河区") && issue.message.contains("浙江"),
        "{}",
        issue.message
    );
    // A place name that is junk is said once, as junk.
    assert_eq!(
        warned(chinese("广东省", "test", "")),
        [("suspicious_value".to_string(), "city".to_string())]
    );
    // Hong Kong has no cities in the file: nothing is said.
    assert_eq!(warned(chinese("香港", "九龙", "")), []);
    // A second file, even another country's, leaves the first in place.
    let e = load_regions("CN", &file_text("US"));
    assert!(e.is_ok(), "the first load stays: {e:?}");
    assert_eq!(warned(chinese("广东省", "广州市", "天河区")), []);
}

#[test]
fn a_cities_file_of_another_country_is_refused() {
    let us = file_text("US");
    let format = CountryFormat::get("CN").unwrap();
    let fresh = super::cities::Cities::default();
    let first_us_line = us.lines().position(|l| !l.starts_with('#')).unwrap() + 1;
    assert_eq!(fresh.load(&format.code, &us), Err(first_us_line));
    assert_eq!(fresh.load("CN", "# only a comment\n"), Err(1));
}
