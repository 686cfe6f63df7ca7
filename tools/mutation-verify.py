#!/usr/bin/env python3
"""Checks Stryker's verdicts by hand: applies sampled mutants of a report to the source, one at a time, builds the
test project and runs the test suite, and compares what happens with what the report says.

Why: Stryker.NET's Microsoft Testing Platform runner (the one that runs our xUnit v3 tests) is a preview that reuses
test processes between mutants; its own output says "Results should be verified". A kill the suite does not reproduce
would inflate the score; a survivor the suite kills would deflate it.

Usage:
  python3 tools/mutation-verify.py REPORT [--sample N] [--seed S] [--status Killed,Survived] [--static] [--repo DIR]

REPORT is a mutation-report.json. N mutants of each status are drawn at random (seed S, default 1); with --static,
only from the mutants Stryker marks static (in static initialisers: with a test process reused across mutants, these
are the ones most at risk of a wrong verdict). DIR (default: the
repository this script is in) must hold the sources the report was made from: a mutant whose file differs from the
report's copy is skipped and said so. Each mutated file is restored afterwards, also on Ctrl+C or kill.

A mutant counts as killed when a test fails or the run exceeds 3 minutes (Stryker's "timeout"; the suite takes well
under a minute), as surviving when
every test passes, and as a compile error when the build fails. Property tests run at the same scale as under Stryker
(SAFETYMODEL_PROPERTY_SCALE=0.05, see tools/mutation.sh). About 40 seconds a mutant on 2 cores.
"""
import json
import os
import random
import signal
import subprocess
import sys

TEST_PROJECT = "tests/SafetyModel.Tests"
TIMEOUT_SECONDS = 180


def main(argv):
    if len(argv) < 2 or argv[1].startswith("-"):
        print(__doc__)
        return 2
    report = json.load(open(argv[1], encoding="utf-8"))
    sample = int(option(argv, "--sample", "10"))
    seed = int(option(argv, "--seed", "1"))
    statuses = option(argv, "--status", "Killed,Survived").split(",")
    repo = os.path.abspath(option(argv, "--repo", os.path.join(os.path.dirname(__file__), "..")))
    root = report["projectRoot"]

    # Ctrl+C raises KeyboardInterrupt; make `kill` do the same, so that the mutated file is always restored.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    rng = random.Random(seed)
    chosen = []
    for status in statuses:
        pool = [(name, m) for name, f in sorted(report["files"].items()) for m in f["mutants"]
                if m["status"] == status and (m.get("static") or "--static" not in argv)]
        chosen += rng.sample(pool, min(sample, len(pool)))

    env = dict(os.environ, SAFETYMODEL_PROPERTY_SCALE=os.environ.get("SAFETYMODEL_PROPERTY_SCALE", "0.05"))
    agreed = disagreed = skipped = 0
    for name, mutant in chosen:
        relative = os.path.relpath(name, root)
        path = os.path.join(repo, "src", "SafetyModel", relative)
        original = read(path)
        if original is None or original != report["files"][name]["source"]:
            print(f"skipped  {relative}: the file differs from the report's copy")
            skipped += 1
            continue
        try:
            write(path, apply(original, mutant))
            verdict = run(repo, env)
        finally:
            write(path, original)
        expected = "Killed" if mutant["status"] in ("Killed", "Timeout") else mutant["status"]  # a timeout is detected
        same = verdict == expected
        agreed += same
        disagreed += not same
        line = mutant["location"]["start"]["line"]
        print(f"{'agrees  ' if same else 'DIFFERS '} #{mutant['id']} {relative}:{line} {mutant['mutatorName']}: "
              f"report {mutant['status']}, suite {verdict}", flush=True)
    print(f"{agreed} agree, {disagreed} differ, {skipped} skipped")
    return 1 if disagreed else 0


def option(argv, name, default):
    return argv[argv.index(name) + 1] if name in argv and argv.index(name) + 1 < len(argv) else default


def read(path):
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()
    except FileNotFoundError:
        return None


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def apply(source, mutant):
    """The source with the mutant's replacement in place of its span (lines and columns count from 1, end exclusive)."""
    lines = source.split("\n")
    offsets = [0]
    for text in lines:
        offsets.append(offsets[-1] + len(text) + 1)
    start, end = mutant["location"]["start"], mutant["location"]["end"]
    begin = offsets[start["line"] - 1] + start["column"] - 1
    finish = offsets[end["line"] - 1] + end["column"] - 1
    return source[:begin] + mutant["replacement"] + source[finish:]


def run(repo, env):
    build = subprocess.run(["dotnet", "build", TEST_PROJECT, "-c", "Release", "-v", "q", "-nologo"], cwd=repo, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if build.returncode != 0:
        return "CompileError"
    # Its own session, so that a run that hangs is stopped with its test host.
    test = subprocess.Popen(["dotnet", "test", TEST_PROJECT, "-c", "Release", "--no-build"], cwd=repo, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        code = test.wait(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(test.pid, signal.SIGKILL)
        test.wait()
        return "Killed"
    return "Survived" if code == 0 else "Killed"


if __name__ == "__main__":
    sys.exit(main(sys.argv))
