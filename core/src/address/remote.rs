//! Remote and hard-to-reach areas, from `core/data/address/remote_areas.toml`: places that add days to
//! delivery or that some shipping methods do not serve.

use std::sync::OnceLock;

use serde::Serialize;

use super::json;
use crate::date::DayRange;

struct AreaRecord {
    code: &'static str,
    country: &'static str,
    region: Option<&'static str>,
    postal_prefixes: Vec<&'static str>,
    extra_days: DayRange,
}

/// A remote area an address falls in, and the extra transit days it typically adds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RemoteArea {
    pub code: String,
    pub extra_days: DayRange,
}

const FILE: &str = "address/remote_areas";

fn areas() -> &'static [AreaRecord] {
    static AREAS: OnceLock<Vec<AreaRecord>> = OnceLock::new();
    AREAS.get_or_init(|| {
        let file = json::keys(static_data!("address/remote_areas"), FILE, &["area"]);
        json::list(file, "area")
            .map(AreaRecord::from_json)
            .collect()
    })
}

impl AreaRecord {
    /// An `[[area]]`, read in one pass over its members: the areas are read on the first validation.
    fn from_json(value: json::Value) -> AreaRecord {
        let mut area = AreaRecord {
            code: "",
            country: "",
            region: None,
            postal_prefixes: Vec::new(),
            extra_days: DayRange::default(),
        };
        for (key, member) in value.members() {
            let text = member.as_str();
            match key {
                "code" => area.code = text.unwrap_or_default(),
                "country" => area.country = text.unwrap_or_default(),
                "region" => area.region = text,
                "postal_prefixes" => area.postal_prefixes = json::strings(member).collect(),
                "extra_days" => {
                    let days = json::keys(member, FILE, &["min", "max"]);
                    area.extra_days = DayRange {
                        min: json::number(days, "min"),
                        max: json::number(days, "max"),
                    };
                }
                unknown => json::refuse_key(FILE, unknown),
            }
        }
        area
    }
}

/// The remote area of an address in `country` (ISO alpha-2), found by its resolved ISO 3166-2
/// `region_code` or by its `postal_code`. A postal-code match wins: it is the more precise of the two
/// (a remote district inside an ordinary region).
pub fn remote_area(
    country: &str,
    region_code: Option<&str>,
    postal_code: Option<&str>,
) -> Option<RemoteArea> {
    let in_country = || {
        areas()
            .iter()
            .filter(|a| a.country.eq_ignore_ascii_case(country))
    };
    let postal = postal_code.map(str::trim).filter(|p| !p.is_empty());
    let by_postal = postal.and_then(|p| {
        in_country()
            .filter_map(|a| {
                let longest = a
                    .postal_prefixes
                    .iter()
                    .filter(|pre| p.starts_with(*pre))
                    .map(|pre| pre.len())
                    .max()?;
                Some((longest, a))
            })
            .max_by_key(|(len, _)| *len)
            .map(|(_, a)| a)
    });
    let by_region = || {
        let region = region_code?;
        in_country().find(|a| a.region.is_some_and(|r| r.eq_ignore_ascii_case(region)))
    };
    by_postal.or_else(by_region).map(|a| RemoteArea {
        code: a.code.to_string(),
        extra_days: a.extra_days,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kaliningrad_is_remote_by_postal_code_or_region() {
        let by_postal = remote_area("RU", None, Some("236022")).unwrap();
        assert_eq!(by_postal.code, "RU-KGD");
        assert_eq!(remote_area("ru", Some("RU-KGD"), None), Some(by_postal));
    }

    #[test]
    fn moscow_is_not_remote() {
        assert_eq!(remote_area("RU", Some("RU-MOW"), Some("125009")), None);
    }
}
