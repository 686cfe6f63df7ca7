#!/usr/bin/env python3
"""Sums up a Stryker.NET mutation report (mutation-report.json, schema of mutation-testing-elements).

Usage:
  python3 tools/mutation-score.py REPORT                 score overall and by folder
  python3 tools/mutation-score.py REPORT --survivors [SUBSTRING]
                                                         list surviving and uncovered mutants (in files whose path
                                                         contains SUBSTRING), with the line they change

The score is Stryker's: detected (killed + timeout) / (detected + survived + no coverage); mutants that do not
compile and ignored ones are not counted.
"""
import collections
import json
import sys

DETECTED = ("Killed", "Timeout")
UNDETECTED = ("Survived", "NoCoverage")


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    report = json.load(open(argv[1], encoding="utf-8"))
    files = report["files"]
    if "--survivors" in argv:
        needle = argv[argv.index("--survivors") + 1] if len(argv) > argv.index("--survivors") + 1 else ""
        for name, f in sorted(files.items()):
            if needle not in name:
                continue
            lines = f["source"].split("\n")
            for m in sorted(f["mutants"], key=lambda m: m["location"]["start"]["line"]):
                if m["status"] in UNDETECTED:
                    line = m["location"]["start"]["line"]
                    print(f"{short(name)}:{line} {m['status']} {m['mutatorName']}: {m.get('replacement', '')[:70]!r}"
                          f"  | {lines[line - 1].strip()[:110]}")
        return 0

    by_folder = collections.defaultdict(collections.Counter)
    total = collections.Counter()
    for name, f in files.items():
        folder = short(name).rsplit("/", 1)[0] if "/" in short(name) else "."
        for m in f["mutants"]:
            by_folder[folder][m["status"]] += 1
            total[m["status"]] += 1
    print(f"{'folder':<28} {'score':>7} {'killed':>7} {'timeout':>7} {'survived':>8} {'no cov':>7} {'compile':>7} {'ignored':>7}")
    for folder in sorted(by_folder):
        row(folder, by_folder[folder])
    row("all of src/SafetyModel", total)
    return 0


def short(name):
    marker = "src/SafetyModel/"
    return name[name.index(marker) + len(marker):] if marker in name else name


def row(label, c):
    detected = sum(c[s] for s in DETECTED)
    valid = detected + sum(c[s] for s in UNDETECTED)
    score = f"{100.0 * detected / valid:6.2f}%" if valid else "    -  "
    print(f"{label:<28} {score:>7} {c['Killed']:>7} {c['Timeout']:>7} {c['Survived']:>8} {c['NoCoverage']:>7} "
          f"{c['CompileError']:>7} {c['Ignored']:>7}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
