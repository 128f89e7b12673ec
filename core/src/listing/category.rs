//! Product categories and the attributes each needs, from `core/data/listing/categories.toml`.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::model::Attributes;
use super::rule::Rule;

/// An attribute a category can ask for. Each has its own finding code and field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attribute {
    Color,
    Sizes,
    SizeChart,
    Material,
    Care,
    Gender,
    Dimensions,
    Weight,
    IncludedItems,
    Voltage,
    PlugType,
    Warranty,
}

impl Attribute {
    pub const ALL: [Attribute; 12] = [
        Attribute::Color,
        Attribute::Sizes,
        Attribute::SizeChart,
        Attribute::Material,
        Attribute::Care,
        Attribute::Gender,
        Attribute::Dimensions,
        Attribute::Weight,
        Attribute::IncludedItems,
        Attribute::Voltage,
        Attribute::PlugType,
        Attribute::Warranty,
    ];

    /// The rule that reports the attribute missing.
    pub fn missing_rule(self) -> Rule {
        match self {
            Attribute::Color => Rule::MissingColor,
            Attribute::Sizes => Rule::MissingSizes,
            Attribute::SizeChart => Rule::MissingSizeChart,
            Attribute::Material => Rule::MissingMaterial,
            Attribute::Care => Rule::MissingCare,
            Attribute::Gender => Rule::MissingGender,
            Attribute::Dimensions => Rule::MissingDimensions,
            Attribute::Weight => Rule::MissingWeight,
            Attribute::IncludedItems => Rule::MissingIncludedItems,
            Attribute::Voltage => Rule::MissingVoltage,
            Attribute::PlugType => Rule::MissingPlugType,
            Attribute::Warranty => Rule::MissingWarranty,
        }
    }

    /// The listing field, as the caller names it.
    pub fn field(self) -> &'static str {
        match self {
            Attribute::Color => "attributes.color",
            Attribute::Sizes => "attributes.sizes",
            Attribute::SizeChart => "attributes.sizeChart",
            Attribute::Material => "attributes.material",
            Attribute::Care => "attributes.care",
            Attribute::Gender => "attributes.gender",
            Attribute::Dimensions => "attributes.dimensions",
            Attribute::Weight => "attributes.weight",
            Attribute::IncludedItems => "attributes.includedItems",
            Attribute::Voltage => "attributes.voltage",
            Attribute::PlugType => "attributes.plugType",
            Attribute::Warranty => "attributes.warranty",
        }
    }

    /// Whether the listing gives the attribute a usable value: non-blank text, a non-empty list,
    /// positive measurements with a unit.
    pub fn is_given(self, a: &Attributes) -> bool {
        let text = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        let list = |v: &[String]| v.iter().any(|s| !s.trim().is_empty());
        let positive = |x: f64| x.is_finite() && x > 0.0;
        match self {
            Attribute::Color => text(&a.color),
            Attribute::Sizes => list(&a.sizes),
            Attribute::SizeChart => text(&a.size_chart),
            Attribute::Material => text(&a.material),
            Attribute::Care => text(&a.care),
            Attribute::Gender => text(&a.gender),
            Attribute::Dimensions => a.dimensions.as_ref().is_some_and(|d| {
                positive(d.length)
                    && positive(d.width)
                    && positive(d.height)
                    && !d.unit.trim().is_empty()
            }),
            Attribute::Weight => a
                .weight
                .as_ref()
                .is_some_and(|w| positive(w.value) && !w.unit.trim().is_empty()),
            Attribute::IncludedItems => list(&a.included_items),
            Attribute::Voltage => text(&a.voltage),
            Attribute::PlugType => text(&a.plug_type),
            Attribute::Warranty => text(&a.warranty),
        }
    }
}

/// A category's id and the attributes a buyer needs for it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    #[serde(skip)]
    pub id: String,
    pub required: Vec<Attribute>,
    pub recommended: Vec<Attribute>,
    aliases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryFile {
    fallback: String,
    categories: HashMap<String, Category>,
}

struct Categories {
    all: Vec<Category>,
    /// Lower-case name or alias -> index in `all`.
    by_name: HashMap<String, usize>,
    fallback: usize,
}

fn categories() -> &'static Categories {
    static CATEGORIES: OnceLock<Categories> = OnceLock::new();
    CATEGORIES.get_or_init(|| {
        let file: CategoryFile =
            crate::data::parse("listing/categories", embedded_data!("listing/categories"));
        let mut all: Vec<Category> = file
            .categories
            .into_iter()
            .map(|(id, category)| Category { id, ..category })
            .collect();
        all.sort_by(|a, b| a.id.cmp(&b.id));
        let mut by_name = HashMap::new();
        for (index, category) in all.iter().enumerate() {
            by_name.insert(category.id.clone(), index);
            for alias in &category.aliases {
                by_name.insert(alias.to_lowercase(), index);
            }
        }
        let fallback = all
            .iter()
            .position(|c| c.id == file.fallback)
            .unwrap_or_else(|| panic!("core/data/listing/categories: no `{}`", file.fallback));
        Categories {
            all,
            by_name,
            fallback,
        }
    })
}

/// How a listing's category name was understood.
#[derive(Clone, Copy, Debug)]
pub struct Resolved {
    pub category: &'static Category,
    /// False when a name was given that orderguard does not know (the fallback then applies).
    pub known: bool,
}

impl Category {
    /// The category a seller's name stands for: an id, an alias in any language, or a path such as
    /// "Apparel & Accessories > Shoes" read from its most specific segment. No name means the fallback.
    pub fn resolve(name: Option<&str>) -> Resolved {
        let categories = categories();
        let fallback = Resolved {
            category: &categories.all[categories.fallback],
            known: true,
        };
        let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) else {
            return fallback;
        };
        let lower = name.to_lowercase();
        let found = categories.by_name.get(lower.as_str()).or_else(|| {
            lower
                .rsplit(['>', '/', '|', '\\', '→', '»'])
                .find_map(|segment| categories.by_name.get(segment.trim()))
        });
        match found {
            Some(&index) => Resolved {
                category: &categories.all[index],
                known: true,
            },
            None => Resolved {
                known: false,
                ..fallback
            },
        }
    }

    /// The ids of every category, sorted.
    pub fn ids() -> Vec<&'static str> {
        categories().all.iter().map(|c| c.id.as_str()).collect()
    }

    /// The place of `id` among `ids()`, which a report stores instead of the id.
    pub fn position_of(id: &str) -> Option<usize> {
        categories()
            .all
            .binary_search_by(|c| c.id.as_str().cmp(id))
            .ok()
    }

    /// The id at `position` among `ids()`.
    pub fn id_at(position: usize) -> Option<&'static str> {
        categories().all.get(position).map(|c| c.id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(name: &str) -> &'static str {
        &Category::resolve(Some(name)).category.id
    }

    #[test]
    fn the_categories_the_checker_promises_exist() {
        assert_eq!(
            Category::ids(),
            [
                "apparel",
                "beauty",
                "electronics",
                "generic",
                "home",
                "shoes",
                "toys"
            ]
        );
    }

    #[test]
    fn names_in_russian_chinese_and_marketplace_paths_resolve() {
        assert_eq!(id("Одежда"), "apparel");
        assert_eq!(id("  服装 "), "apparel");
        assert_eq!(id("Apparel & Accessories > Shoes"), "shoes");
        assert_eq!(
            id("Apparel & Accessories > Clothing > Unknown leaf"),
            "apparel"
        );
        assert_eq!(id("Электроника/Смартфоны"), "electronics");
        assert_eq!(id("Home & Garden"), "home");
        assert_eq!(id("美妆"), "beauty");
        assert_eq!(id("Игрушки"), "toys");
        assert_eq!(id("ELECTRONICS"), "electronics");
    }

    #[test]
    fn unknown_or_missing_names_get_the_generic_rules() {
        let unknown = Category::resolve(Some("spaceships"));
        assert_eq!(unknown.category.id, "generic");
        assert!(!unknown.known);
        let missing = Category::resolve(Some("  "));
        assert_eq!(missing.category.id, "generic");
        assert!(missing.known);
    }

    #[test]
    fn apparel_and_shoes_need_sizes_and_a_size_chart_electronics_need_power_facts_home_needs_measures(
    ) {
        let needs = |name: &str, attribute: Attribute| {
            Category::resolve(Some(name))
                .category
                .required
                .contains(&attribute)
        };
        for category in ["apparel", "shoes"] {
            for attribute in [Attribute::Sizes, Attribute::SizeChart, Attribute::Material] {
                assert!(needs(category, attribute), "{category} {attribute:?}");
            }
        }
        assert!(needs("apparel", Attribute::Care));
        for attribute in [
            Attribute::IncludedItems,
            Attribute::Voltage,
            Attribute::PlugType,
            Attribute::Warranty,
        ] {
            assert!(needs("electronics", attribute), "{attribute:?}");
        }
        assert!(needs("home", Attribute::Dimensions) && needs("home", Attribute::Weight));
    }

    #[test]
    fn no_alias_names_two_categories() {
        let mut seen = HashMap::new();
        for category in &categories().all {
            for alias in &category.aliases {
                if let Some(other) = seen.insert(alias.to_lowercase(), category.id.clone()) {
                    panic!("alias {alias} is in {other} and {}", category.id);
                }
            }
        }
    }
}
