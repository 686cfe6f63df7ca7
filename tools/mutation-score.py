#!/usr/bin/env python3
"""Sums up a Stryker.NET mutation report (mutation-report.json, schema of mutation-testing-elements).

Usage:
  python3 tools/mutation-score.py REPORT [REPORT...]     score overall and by folder (several reports are summed:
                                                         one per folder group)
  python3 tools/mutation-score.py REPORT... --survivors [SUBSTRING]
                                                         list surviving and uncovered mutants (in files whose path
                                                         contains SUBSTRING), with the line they change

The score is Stryker's: detected (killed + timeout) / (detected + survived + no coverage); mutants that do not
compile and ignored ones are not counted. "static to" counts timeouts of mutants in static initialisers: Stryker runs
the whole suite for those, and a timeout there may mean a slow run rather than a hang (tools/mutation-verify.py
--status Timeout --static checks them); "no static to" is the score with those counted as survivors, and "killed
only" the floor, with every timeout counted as a survivor.
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
    reports = [a for a in argv[1:argv.index("--survivors") if "--survivors" in argv else len(argv)]]
    files = {}
    for path in reports:
        for name, f in json.load(open(path, encoding="utf-8"))["files"].items():
            # A report lists every file; those outside its --mutate filter hold only ignored mutants. Keep, per file,
            # the report that tested it.
            if name not in files or tested(f) > tested(files[name]):
                files[name] = f
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
            if m["status"] == "Timeout" and m.get("static"):
                by_folder[folder]["StaticTimeout"] += 1
                total["StaticTimeout"] += 1
    print(f"{'folder':<28} {'score':>7} {'tested':>7} {'killed':>7} {'timeout':>7} {'survived':>8} {'no cov':>7} "
          f"{'compile':>7} {'ignored':>7} {'static to':>9} {'no static to':>12} {'killed only':>11}")
    for folder in sorted(by_folder):
        row(folder, by_folder[folder])
    row("all of src/SafetyModel", total)
    return 0


def tested(f):
    return sum(1 for m in f["mutants"] if m["status"] != "Ignored")


def short(name):
    marker = "src/SafetyModel/"
    return name[name.index(marker) + len(marker):] if marker in name else name


def row(label, c):
    detected = sum(c[s] for s in DETECTED)
    valid = detected + sum(c[s] for s in UNDETECTED)
    score = f"{100.0 * detected / valid:6.2f}%" if valid else "    -  "
    strict = f"{100.0 * (detected - c['StaticTimeout']) / valid:6.2f}%" if valid else "    -  "
    floor = f"{100.0 * c['Killed'] / valid:6.2f}%" if valid else "    -  "
    print(f"{label:<28} {score:>7} {valid:>7} {c['Killed']:>7} {c['Timeout']:>7} {c['Survived']:>8} {c['NoCoverage']:>7} "
          f"{c['CompileError']:>7} {c['Ignored']:>7} {c['StaticTimeout']:>9} {strict:>12} {floor:>11}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
