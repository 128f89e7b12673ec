//! Shipping-address validation at checkout: formats of every country in Google's address metadata,
//! deeper rules (regions, postal-code to region agreement, remote areas) for the main markets, junk
//! input, house numbers and the delivery-SMS phone. The result says what the checkout should do.

mod cities;
mod country;
mod form;
mod json;
mod junk;
mod label;
mod pattern;
mod phone;
mod postal;
mod region;
mod remote;
mod text;

use serde::{Deserialize, Serialize};

use crate::error::InputError;
use crate::finding::{Finding, Severity};
use crate::locale::Locale;

pub use country::CountryFormat;
pub use form::{address_form, AddressForm, FormField};
pub use postal::PostalPattern;
pub use region::Region;

use region::LoadedRegion;
pub use remote::{remote_area, RemoteArea};

use junk::{junk, Junk};
pub use phone::load_plans as load_phone_plans;
use phone::Phone;
use text::{present, present_code};

/// A shipping address as the buyer typed it. `country` is ISO 3166-1 alpha-2.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    pub country: String,
    pub region: Option<String>,
    pub city: Option<String>,
    pub district: Option<String>,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub postal_code: Option<String>,
    pub recipient: Option<String>,
    pub organization: Option<String>,
    pub phone: Option<String>,
}

/// What the checkout should do with the address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Accept,
    Confirm,
    Fix,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Validation {
    pub verdict: Verdict,
    pub issues: Vec<Finding>,
    /// The address trimmed, with its region and postal code in canonical form.
    pub normalized: Address,
    /// The address as the parcel label prints it, one line per entry, in the country's order.
    pub label: Vec<String>,
    /// ISO 3166-2 code of the region, when it is known.
    pub region_code: Option<String>,
    pub remote: Option<RemoteArea>,
}

/// The text fields the junk check reads, with their names in the JS interface. The region is read
/// where it is looked up: a region's own code ("NA", Navarre) is no placeholder.
const TEXT_FIELDS: [&str; 6] = [
    "recipient",
    "organization",
    "addressLine1",
    "addressLine2",
    "district",
    "city",
];

/// Required-field letters of Google's metadata and the fields they name.
const REQUIRED: [(char, &str); 7] = [
    ('N', "recipient"),
    ('O', "organization"),
    ('A', "addressLine1"),
    ('D', "district"),
    ('C', "city"),
    ('S', "region"),
    ('Z', "postalCode"),
];

fn field_value<'a>(address: &'a Address, field: &str) -> &'a Option<String> {
    match field {
        "recipient" => &address.recipient,
        "organization" => &address.organization,
        "addressLine1" => &address.address_line1,
        "addressLine2" => &address.address_line2,
        "district" => &address.district,
        "city" => &address.city,
        "region" => &address.region,
        "postalCode" => &address.postal_code,
        _ => &address.phone,
    }
}

struct Report {
    locale: Locale,
    issues: Vec<Finding>,
}

impl Report {
    fn add(&mut self, code: &str, severity: Severity, field: &str, params: &[(&str, &str)]) {
        let draft = params
            .iter()
            .fold(Finding::draft(code, severity, field), |d, (k, v)| {
                d.param(k, v)
            });
        self.issues.push(draft.render(self.locale));
    }

    fn about(&self, field: &str) -> bool {
        self.issues.iter().any(|f| f.field == field)
    }
}

pub fn validate(address: &Address, locale: Locale) -> Validation {
    let country = address.country.trim().to_ascii_uppercase();
    let mut normalized = Address {
        country: country.clone(),
        region: present(&address.region),
        city: present(&address.city),
        district: present(&address.district),
        address_line1: present(&address.address_line1),
        address_line2: present(&address.address_line2),
        postal_code: present_code(&address.postal_code).map(|p| postal::canonical(&country, &p)),
        recipient: present(&address.recipient),
        organization: present(&address.organization),
        phone: present_code(&address.phone),
    };
    let mut report = Report {
        locale,
        issues: Vec::new(),
    };
    let Some(format) = CountryFormat::get(&country) else {
        report.add(
            "unsupported_country",
            Severity::Error,
            "country",
            &[("country", address.country.trim())],
        );
        return finish(report, normalized, Vec::new(), None, None);
    };

    for (letter, field) in REQUIRED {
        if format.requires(letter) && field_value(&normalized, field).is_none() {
            report.add("missing_required", Severity::Error, field, &[]);
        }
    }
    for field in TEXT_FIELDS {
        if let Some(value) = field_value(&normalized, field) {
            flag_junk(&mut report, field, value);
        }
    }

    let region = check_region(&mut report, format, &mut normalized);
    check_places(&mut report, format, &normalized, region);
    check_postal_code(&mut report, format, &normalized, region);
    check_house_number(&mut report, format, &normalized);
    if let Some(phone) = normalized.phone.clone() {
        match phone::check(&country, &phone) {
            Phone::Mobile(number) | Phone::Callable(number) => normalized.phone = Some(number),
            // A courier can call it; only the delivery SMS will not reach it.
            Phone::Landline(number) => {
                report.add(
                    "landline_phone",
                    Severity::Info,
                    "phone",
                    &[("value", phone.as_str())],
                );
                normalized.phone = Some(number);
            }
            Phone::Invalid => report.add(
                "invalid_phone",
                Severity::Error,
                "phone",
                &[("value", phone.as_str())],
            ),
        }
    }

    let region_code = region.and_then(|r| r.code.clone());
    let valid_postal = normalized
        .postal_code
        .as_deref()
        .filter(|_| !report.about("postalCode"));
    // A postal code that disagrees with the region leaves the place unknown: fix that first.
    let remote = if report.about("postalCode") && normalized.postal_code.is_some() {
        None
    } else {
        remote_area(&country, region_code.as_deref(), valid_postal)
    };
    if let Some(area) = &remote {
        let (min, max) = (
            area.extra_days.min.to_string(),
            area.extra_days.max.to_string(),
        );
        report.add(
            "remote_area",
            Severity::Warning,
            "region",
            &[("min", min.as_str()), ("max", max.as_str())],
        );
    }
    let region_label = region
        .and_then(|r| r.abbreviation.map(str::to_string))
        .or_else(|| normalized.region.clone());
    let label = label::label(format, &normalized, region_label.as_deref());
    finish(report, normalized, label, region_code, remote)
}

fn finish(
    report: Report,
    normalized: Address,
    label: Vec<String>,
    region_code: Option<String>,
    remote: Option<RemoteArea>,
) -> Validation {
    Validation {
        verdict: verdict_of(&report.issues),
        issues: report.issues,
        normalized,
        label,
        region_code,
        remote,
    }
}

fn flag_junk(report: &mut Report, field: &str, value: &str) {
    let severity = match junk(value) {
        Some(Junk::Placeholder) => Severity::Error,
        Some(Junk::KeyboardRun) => Severity::Warning,
        None => return,
    };
    report.add("suspicious_value", severity, field, &[("value", value)]);
}

/// Resolves the region to its canonical name and code, for the label and the postal-code check. A
/// region that is none of the country's is junk-checked, and an error where the country's form asks for
/// it: a region file's country whose labels print no region (Andorra's parishes) takes the buyer's words
/// as they are, while the embedded lists are checked whatever the label prints (Germany's states).
fn check_region<'f>(
    report: &mut Report,
    format: &'f CountryFormat,
    normalized: &mut Address,
) -> Option<&'f Region> {
    let typed = normalized.region.clone()?;
    let found = match format.regions.is_empty() {
        true => None,
        false => format.regions.resolve(&format.code, &typed),
    };
    let Some(region) = found else {
        flag_junk(report, "region", &typed);
        // (By bytes: `str::contains` with a text pattern would bring the substring searcher along.)
        let asked = !format.regions_file || format.layout.as_bytes().windows(2).any(|w| w == b"%S");
        // A placeholder is said once, as junk; a keyboard run is not a region either.
        let placeholder = report
            .issues
            .iter()
            .any(|f| f.field == "region" && f.severity == Severity::Error);
        if !format.regions.is_empty() && asked && !placeholder {
            report.add(
                "unknown_region",
                Severity::Error,
                "region",
                &[("value", typed.as_str())],
            );
        }
        return None;
    };
    // A buyer who writes in Latin letters gets the Latin name back.
    let latin_input = typed.chars().all(|c| c.is_ascii() || !c.is_alphabetic());
    let name = if latin_input && !region.name.is_ascii() && !region.latin.is_empty() {
        region.latin
    } else {
        region.name
    };
    normalized.region = Some(name.to_string());
    Some(region)
}

/// The city and district against the region's, where the country's file of them is loaded (China).
fn check_places(
    report: &mut Report,
    format: &CountryFormat,
    normalized: &Address,
    region: Option<&Region>,
) {
    let Some(code) = region.and_then(|r| r.code.as_deref()) else {
        return;
    };
    for (field, code_of_issue, value) in [
        ("city", "unknown_city", &normalized.city),
        ("district", "unknown_district", &normalized.district),
    ] {
        let Some(value) = value.as_deref().filter(|_| !report.about(field)) else {
            continue;
        };
        if format.cities.has(code, value) == Some(false) {
            let name = normalized.region.as_deref().unwrap_or(code);
            report.add(
                code_of_issue,
                Severity::Warning,
                field,
                &[("value", value), ("region", name)],
            );
        }
    }
}

fn check_postal_code(
    report: &mut Report,
    format: &CountryFormat,
    normalized: &Address,
    region: Option<&Region>,
) {
    let Some(postal) = normalized.postal_code.as_deref() else {
        return;
    };
    if let Some(pattern) = format.postal_pattern() {
        if !pattern.matches(postal) {
            report.add(
                "invalid_postal_code",
                Severity::Error,
                "postalCode",
                &[("value", postal), ("example", pattern.example())],
            );
            return;
        }
    }
    // A code of the country's form that runs along the digits (65432 is Odesa's) may be real: the
    // buyer confirms it and the region check goes on; only a placeholder (00000) ends the checks.
    if let Some(kind) = junk(postal) {
        let severity = match kind {
            Junk::Placeholder => Severity::Error,
            Junk::KeyboardRun => Severity::Warning,
        };
        report.add(
            "suspicious_value",
            severity,
            "postalCode",
            &[("value", postal)],
        );
        if kind == Junk::Placeholder {
            return;
        }
    }
    let Some(region) = region else { return };
    let owners: Vec<&Region> = format.regions.for_postal_code(postal).collect();
    // A region file's region says which codes it has; the embedded regions' prefixes say it only
    // together (regions may share a prefix).
    let contradicts = region
        .contradicts(postal)
        .unwrap_or_else(|| !owners.is_empty() && !owners.iter().any(|r| std::ptr::eq(*r, region)));
    if contradicts {
        // Joined by hand: a generic `join` would cost the package more than this loop.
        let mut expected = String::new();
        for owner in &owners {
            if !expected.is_empty() {
                expected.push_str(", ");
            }
            expected.push_str(owner.name);
        }
        report.add(
            "postal_code_region_mismatch",
            Severity::Error,
            "postalCode",
            &[
                ("value", postal),
                ("region", region.name),
                ("expected", expected.as_str()),
            ],
        );
    }
}

fn check_house_number(report: &mut Report, format: &CountryFormat, normalized: &Address) {
    let Some(line) = normalized.address_line1.as_deref() else {
        return;
    };
    let numbered = line
        .chars()
        .any(|c| c.is_ascii_digit() || c == '号' || c == '號');
    if format.numbered_houses && !numbered && !report.about("addressLine1") {
        report.add(
            "missing_house_number",
            Severity::Warning,
            "addressLine1",
            &[("value", line)],
        );
    }
}

/// Takes a country's region file (`regions/XX.tsv` beside the package, which the address form fetches
/// when the buyer picks the country): from then on its regions are resolved, canonically named and
/// checked against the postal code as the embedded ones are. China's file holds the cities and districts
/// under its embedded regions instead (`regions/CN.tsv`): from then on a city or district its region
/// does not have is questioned. Loading a country twice keeps the first. Returns how many regions (or
/// cities) the country has.
pub fn load_regions(country: &str, file: &str) -> Result<usize, InputError> {
    let format = CountryFormat::get(country)
        .filter(|f| f.regions_file || f.cities_file)
        .ok_or_else(|| InputError::new("no_regions_file", "country").param("country", country))?;
    if format.cities_file {
        return format.cities.load(&format.code, file).map_err(|line| {
            InputError::new("invalid_data_file", "file")
                .param("line", line)
                .param("column", "city")
        });
    }
    if !format.regions.is_loaded() {
        let mut read = Vec::new();
        let mut refused = None;
        for (i, line) in file.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            match Region::loaded(LoadedRegion::from_line(line)) {
                Ok(region) => read.push(region),
                Err(column) => {
                    refused = Some((i + 1, column));
                    break;
                }
            }
        }
        // A file of comments only is refused at its first line.
        if let Some((line, column)) = refused.or(read.is_empty().then_some((1, "name"))) {
            return Err(InputError::new("invalid_data_file", "file")
                .param("line", line)
                .param("column", column));
        }
        format.regions.load(read);
    }
    Ok(format.regions.all().len())
}

/// The ISO 3166-2 code of `region` in `country`, however the buyer wrote it: the code itself ("RU-KGD",
/// "kgd"), the native or Latin name, with or without the type word ("Калининградская обл."). For
/// countries without a region list, a code-like text is taken as the code.
pub fn region_code(country: &str, region: &str) -> Option<String> {
    let country = country.trim().to_ascii_uppercase();
    if let Some(format) = CountryFormat::get(&country).filter(|f| !f.regions.is_empty()) {
        return format.regions.resolve(&country, region)?.code.clone();
    }
    let region = region.trim().to_ascii_uppercase();
    let subdivision = region
        .strip_prefix(&format!("{country}-"))
        .unwrap_or(&region);
    let plausible = (1..=3).contains(&subdivision.len())
        && subdivision.bytes().all(|b| b.is_ascii_alphanumeric());
    plausible.then(|| format!("{country}-{subdivision}"))
}

fn verdict_of(issues: &[Finding]) -> Verdict {
    match issues.iter().map(|f| f.severity).max() {
        Some(Severity::Error) => Verdict::Fix,
        Some(Severity::Warning) => Verdict::Confirm,
        _ => Verdict::Accept,
    }
}

#[cfg(test)]
mod region_file_tests;
#[cfg(test)]
mod tests;
