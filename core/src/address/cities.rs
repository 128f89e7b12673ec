//! The cities and districts under a country's regions (China's, from `regions/CN.tsv` beside the
//! package: the regions are embedded, the deeper levels come when a buyer picks the country). A city or
//! district is known when its region lists it at either level: prefectures are redrawn within a
//! province now and then (county-level cities move, counties become districts), and buyers write a
//! county-level city where the form asks for the city, so only a place the region does not have at all
//! is questioned, and as a warning, since a place newer than the data is real.

use std::sync::OnceLock;

// A place name without its administrative type, as buyers write it either way ("广州" for "广州市",
// "Tianhe" for "Tianhe Qu"), and as it changes ("崇明县" became "崇明区").
use super::region::stem_of as stem;

/// One city of a region: the stems of its name, its Latin name and its districts, `|`-separated.
struct City {
    region: String,
    stems: String,
}

/// A country's cities, once its file is loaded.
#[derive(Default)]
pub struct Cities(OnceLock<Vec<City>>);

impl Cities {
    /// Reads the file's lines (region code, city, Latin name, districts `|`-separated); the first load
    /// wins. `Err` is the first line without a city or without one of `country`'s region codes.
    pub fn load(&self, country: &str, file: &str) -> Result<usize, usize> {
        if let Some(loaded) = self.0.get() {
            return Ok(loaded.len());
        }
        let mut cities = Vec::new();
        for (i, line) in file.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut columns = line.split('\t');
            let region = columns.next().unwrap_or_default();
            let ours = region
                .strip_prefix(country)
                .is_some_and(|r| r.starts_with('-'));
            let mut stems = String::new();
            // The city's own names first, then its districts': all are places of the region.
            for place in columns.flat_map(|c| c.split('|')).filter(|p| !p.is_empty()) {
                stems.push_str(&stem(place));
                stems.push('|');
            }
            if !ours || stems.is_empty() {
                return Err(i + 1);
            }
            cities.push(City {
                region: region.to_string(),
                stems,
            });
        }
        if cities.is_empty() {
            return Err(1);
        }
        let count = cities.len();
        let _ = self.0.set(cities);
        Ok(count)
    }

    /// Whether `region` (an ISO code) has a city or district named `place`; `None` when the region has
    /// no list (or the file is not loaded), so nothing can be said.
    pub fn has(&self, region: &str, place: &str) -> Option<bool> {
        let wanted = stem(place);
        // A name of type words only ("Qu") names no place.
        if wanted.is_empty() {
            return None;
        }
        let mut listed = false;
        for city in self.0.get()?.iter().filter(|c| c.region == region) {
            if city.stems.split('|').any(|s| s == wanted) {
                return Some(true);
            }
            listed = true;
        }
        listed.then_some(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_drop_the_type_however_it_is_written() {
        assert_eq!(stem("广州市"), stem("广州"));
        assert_eq!(stem("崇明县"), stem("崇明区"));
        assert_eq!(stem("浦东新区"), stem("浦东"));
        assert_eq!(stem("Tianhe Qu"), stem("tianhe"));
        assert_eq!(stem("Pudong Xinqu"), stem("Pudong"));
        assert_eq!(stem("Kashi Diqu"), stem("Kashi"));
    }

    #[test]
    fn a_place_is_looked_for_in_its_region_only() {
        let cities = Cities::default();
        let file = "# cities\nCN-GD\t广州市\tGuangzhou Shi\t天河区|越秀区|Tianhe Qu\nCN-ZJ\t杭州市\tHangzhou Shi\t西湖区\n";
        assert_eq!(cities.load("CN", file), Ok(2));
        assert_eq!(cities.has("CN-GD", "天河"), Some(true));
        assert_eq!(cities.has("CN-GD", "Guangzhou"), Some(true));
        assert_eq!(cities.has("CN-GD", "西湖区"), Some(false));
        assert_eq!(cities.has("CN-BJ", "朝阳区"), None);
        assert_eq!(cities.has("CN-GD", "Qu"), None);
    }
}
