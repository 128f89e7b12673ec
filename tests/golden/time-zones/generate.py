#!/usr/bin/env python3
"""Writes backward-links.txt: every link name of the IANA tz database's `backward` file with its target.

The tz database is public domain. Its `backward` file ships inside the `chrono-tz` crate (the native tz
database orderguard uses), so the list matches the release the native build carries. Run after
`cargo fetch`: python3 tests/golden/time-zones/generate.py
"""
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))
home = os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo"))
tz = sorted(glob.glob(os.path.join(home, "registry/src/*/chrono-tz-0.10.*/tz")))[-1]
release = next(line.split()[1] for line in open(os.path.join(tz, "NEWS")) if line.startswith("Release "))

links = []
for line in open(os.path.join(tz, "backward"), encoding="utf-8"):
    fields = line.split("#")[0].split()
    if len(fields) == 3 and fields[0] == "Link":
        links.append((fields[2], fields[1]))

with open(os.path.join(HERE, "backward-links.txt"), "w", encoding="utf-8") as out:
    out.write(f"# Link names of the IANA tz database {release}, file `backward` (public domain), and their\n")
    out.write("# targets, one \"link target\" pair a line. Made by generate.py beside this file.\n")
    for link, target in sorted(links):
        out.write(f"{link} {target}\n")
