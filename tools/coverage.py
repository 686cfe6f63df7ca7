#!/usr/bin/env python3
"""Line coverage of src/SafetyModel from coverlet's Cobertura files, without the code compilers generate.

Usage: python3 tools/coverage.py <coverage.cobertura.xml>...

Files under obj/ (the System.Text.Json source generator's metadata, which the contract's own codecs make unused, and
PolySharp's polyfills) are left out: they are not the library's code. The contract's codecs, which the repository's
own source generator (src/SafetyModel.Generators) writes there, are the library's code and are counted. A line counts as covered when any of the files covers it. Prints the total and the 15 files
with the most uncovered lines.
"""
import sys
import xml.etree.ElementTree as ET

files = {}
for path in sys.argv[1:]:
    for cls in ET.parse(path).getroot().iter("class"):
        name = cls.get("filename")
        if (name.startswith("obj/") or "/obj/" in name) and "SafetyModel.Generators" not in name:
            continue
        lines = files.setdefault(name, {})
        for line in cls.find("lines").iter("line"):
            number = line.get("number")
            lines[number] = max(lines.get(number, 0), int(line.get("hits")))

total = sum(len(lines) for lines in files.values())
covered = sum(sum(1 for hits in lines.values() if hits > 0) for lines in files.values())
print(f"line coverage of src/SafetyModel: {covered}/{total} lines = {100 * covered / total:.1f} %")
worst = sorted(((len(l) - sum(1 for h in l.values() if h > 0), len(l), n) for n, l in files.items()), reverse=True)
for missing, count, name in worst[:15]:
    print(f"  {missing:4} of {count:4} lines not covered: {name}")
