#!/usr/bin/env python3
"""Writes core/data/address/phones.tsv from libphonenumber's metadata.

For every territory but the six main markets (whose plans are in mobile.toml, in the package): the
country calling code, the national (trunk) prefix and the pattern of a valid national significant number
of any kind (libphonenumber's `generalDesc`). The file stays beside the checkout package and the address
form fetches it when a buyer picks a country outside the six.

    git clone https://github.com/google/libphonenumber   # or any copy of resources/PhoneNumberMetadata.xml
    python3 core/data/address/import_phones.py libphonenumber/resources/PhoneNumberMetadata.xml COMMIT \\
        > core/data/address/phones.tsv
"""

import sys
import xml.etree.ElementTree as ET

EMBEDDED = {"RU", "KZ", "BY", "CN", "DE", "BR"}


def main(path, commit):
    territories = ET.parse(path).getroot().find("territories").findall("territory")
    print("# Phone numbering per country: ISO code, country calling code, national (trunk) prefix, pattern of a")
    print("# valid national significant number of any kind (fixed line, mobile, VoIP...).")
    print("# From libphonenumber's resources/PhoneNumberMetadata.xml (https://github.com/google/libphonenumber),")
    print(f"# commit {commit}, Copyright (C) 2009 The Libphonenumber Authors, Apache License 2.0; converted by")
    print("# core/data/address/import_phones.py. The six main markets' plans are in mobile.toml instead.")
    for territory in sorted(territories, key=lambda t: t.get("id")):
        code = territory.get("id")
        if code in EMBEDDED or len(code) != 2 or not code.isalpha():
            continue
        pattern = "".join(territory.find("generalDesc").find("nationalNumberPattern").text.split())
        columns = [code, territory.get("countryCode"), territory.get("nationalPrefix") or "", pattern]
        assert not any("\t" in c for c in columns), columns
        print("\t".join(columns))


if __name__ == "__main__":
    main(*sys.argv[1:3])
