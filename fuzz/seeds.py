#!/usr/bin/env python3
"""Writes the seed inputs of every fuzz target into fuzz/corpus/<target>/seed-*, from the fixtures in
tests/golden and the address data, plus a few hand-written orders and requests. Run it before fuzzing
(scripts/fuzz.sh does); it only adds or rewrites its own seed-* files, never what the fuzzer found. The
corpus directory is not committed: this script is the seeds' source.

Some targets read a first byte before the input proper (a chunk size, a field, a mode); the seeds carry
one so that the rest is read as intended."""

import hashlib
import json
import pathlib

FUZZ = pathlib.Path(__file__).resolve().parent
ROOT = FUZZ.parent
GOLDEN = ROOT / "tests" / "golden"


def write(target, data):
    if isinstance(data, str):
        data = data.encode()
    folder = FUZZ / "corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    name = "seed-" + hashlib.sha1(data).hexdigest()[:16]
    (folder / name).write_bytes(data)


def golden(folder, suffixes):
    return sorted(p for p in (GOLDEN / folder).iterdir() if p.suffix in suffixes)


CATALOGS = golden("catalog", {".csv", ".txt", ".json", ".jsonl"})
WORKBOOKS = golden("xlsx", {".xlsx"})

# Whole files: catalogs (first byte: chunk size), workbooks as they are.
for path in CATALOGS + WORKBOOKS:
    write("check_catalog", b"\x3f" + path.read_bytes())
for path in WORKBOOKS:
    write("xlsx", path.read_bytes())
# Orders exports (first byte: chunk size).
for path in golden("orders", {".csv", ".json", ".xlsx"}):
    write("check_orders", b"\x3f" + path.read_bytes())

# Every catalog in every encoding it comes in (first byte: the step of the chunk sizes).
for path in CATALOGS:
    write("encodings", b"\x03" + path.read_bytes())

# CSV files that are UTF-8 (the csv target forces it); first byte: chunk size, no header added.
for path in golden("catalog", {".csv"}):
    data = path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        continue
    write("csv", b"\x07" + data)
    # The rows alone, behind the header the target adds (high bit).
    write("csv", b"\x87" + data.split(b"\n", 1)[-1])

# Listings: each element of the JSON catalogs.
for line in (GOLDEN / "catalog" / "listings.jsonl").read_text().splitlines():
    if line.strip():
        write("check_listing", line)
for listing in json.loads((GOLDEN / "catalog" / "listings.json").read_text()):
    write("check_listing", json.dumps(listing, ensure_ascii=False))

ORDER = {
    "orderedAt": "2026-11-20T14:05:00+03:00",
    "origin": {"country": "CN", "timeZone": "Asia/Shanghai", "cutoff": "18:00", "handlingDays": {"min": 1, "max": 2}},
    "destination": {"country": "RU", "postalCode": "101000", "region": "Москва"},
    "method": "air_mail",
    "delivery": "pickup_point",
}
write("estimate_delivery", json.dumps(ORDER, ensure_ascii=False))
write("estimate_delivery", json.dumps({**ORDER, "orderedAt": "2026-11-20T14:05:00.123Z", "method": "express",
                                       "delivery": "courier", "transitDays": {"min": 7, "max": 12}}))

ADDRESSES = [
    {"country": "RU", "region": "Москва", "city": "Москва", "addressLine1": "ул. Тверская, д. 7",
     "postalCode": "101000", "recipient": "Иванов Иван", "phone": "+7 912 345-67-89"},
    {"country": "BR", "region": "SP", "city": "São Paulo", "addressLine1": "Avenida Paulista, 1578",
     "postalCode": "01310-100", "recipient": "Maria Souza"},
    {"country": "DE", "city": "Berlin", "addressLine1": "Unter den Linden 77", "postalCode": "10117",
     "recipient": "Anna Schmidt"},
    {"country": "CN", "region": "北京市", "city": "北京市", "district": "朝阳区", "addressLine1": "建国路88号",
     "postalCode": "100000", "recipient": "王伟"},
]
for address in ADDRESSES:
    write("validate_address", json.dumps(address, ensure_ascii=False))

for request in [
    {"market": "RU", "deliveredOn": "2026-11-20", "seller": {"windowDays": 14}},
    {"market": "DE", "deliveredOn": "2026-11-20", "category": "apparel", "termsGivenInWriting": False,
     "seller": {"returnShippingPaidBy": {"changedMind": "buyer", "defective": "seller"}, "refundDays": 14,
                "returnPoints": ["Ozon pickup point"]}, "locale": "de"},
    {"market": "CN", "category": "perishable", "locale": "zh"},
]:
    write("return_policy", json.dumps(request, ensure_ascii=False))

# Order texts (first byte: 0 order time, 1 cutoff, 2 handling days, 3 transit days).
for field, texts in [
    (0, ["2026-11-20T14:05:00+03:00", "2026-11-20T14:05:00.123Z", "2026-11-20 14:05Z", "9999-12-31T23:59:60-18:00"]),
    (1, ["18:00", "00:00", "23:59"]),
    (2, ["2", "{\"min\":1,\"max\":2}"]),
    (3, ["{\"min\":7,\"max\":12}"]),
]:
    for text in texts:
        write("instant", bytes([field]) + text.encode())

# Postal codes: each country's example (mode 0, the country's letters as offsets from A), and the
# patterns of the data that are short enough for the any-pattern mode (1: pattern, line break, text).
countries = json.loads((ROOT / "core" / "data" / "address" / "countries.json").read_text())["countries"]
for code, record in countries.items():
    example = record.get("zipex", "").split(",")[0]
    if example and len(code) == 2:
        write("postal_pattern", bytes([0, ord(code[0]) - 65, ord(code[1]) - 65]) + example.encode())
    pattern = record.get("zip", "")
    if pattern and len(pattern) <= 16 and example:
        write("postal_pattern", b"\x01AA" + f"{pattern}\n{example}".encode())

# Working days: country, day number (8 bytes, little-endian), step (2 bytes).
for country in range(7):
    for day, step in [(20_777, 10), (0, -5), (2_932_890, 3)]:
        write("working_days", bytes([country]) + day.to_bytes(8, "little", signed=True)
              + step.to_bytes(2, "little", signed=True))

# Structured exports: each export (the enum's variant is the top quarter of a little-endian u32) with
# every field at a valid value.
for call in range(4):
    for fill in [0, 1, 2, 3]:
        write("exports_structured", bytes([0, 0, 0, call * 64]) + bytes([0, fill]) * 40)
