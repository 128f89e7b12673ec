//! The named values a message interpolates as `{name}`.

use std::ops::Index;

use serde::ser::{Serialize, SerializeMap, Serializer};

/// A message's parameters: a handful of pairs, kept sorted by name and written as a JSON object. A pair
/// list rather than a map type, which would cost the checkout module a B-tree's code for maps of two or
/// three entries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Params(Vec<(String, String)>);

impl Params {
    pub fn new() -> Params {
        Params(Vec::new())
    }

    fn position(&self, name: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(n, _)| n.as_str().cmp(name))
    }

    /// Sets `name` to `value`; returns the value it replaces.
    pub fn insert(&mut self, name: String, value: String) -> Option<String> {
        match self.position(&name) {
            Ok(at) => Some(std::mem::replace(&mut self.0[at].1, value)),
            Err(at) => {
                self.0.insert(at, (name, value));
                None
            }
        }
    }

    pub fn get(&self, name: &str) -> Option<&String> {
        self.position(name).ok().map(|at| &self.0[at].1)
    }

    pub fn contains_key(&self, name: &str) -> bool {
        self.position(name).is_ok()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The pairs in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &String)> {
        self.0.iter().map(|(n, v)| (n, v))
    }
}

impl Index<&str> for Params {
    type Output = String;

    fn index(&self, name: &str) -> &String {
        self.get(name)
            .unwrap_or_else(|| panic!("no parameter {name}"))
    }
}

impl FromIterator<(String, String)> for Params {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Params {
        let mut params = Params::new();
        for (name, value) in pairs {
            params.insert(name, value);
        }
        params
    }
}

impl IntoIterator for Params {
    type Item = (String, String);
    type IntoIter = std::vec::IntoIter<(String, String)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl Serialize for Params {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_stay_sorted_and_unique_by_name() {
        let mut p = Params::new();
        assert_eq!(p.insert("to".into(), "2".into()), None);
        assert_eq!(p.insert("from".into(), "1".into()), None);
        assert_eq!(p.insert("to".into(), "3".into()), Some("2".into()));
        let names: Vec<&String> = p.iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["from", "to"]);
        assert_eq!(p["to"], "3");
        assert!(p.contains_key("from") && !p.contains_key("x"));
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            r#"{"from":"1","to":"3"}"#
        );
    }
}
