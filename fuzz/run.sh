#!/usr/bin/env bash
# fuzz/run.sh <target> <seconds>: fuzz one target of fuzz/FuzzTargets.cs with afl-fuzz (AFL++, Debian's afl++
# package) through SharpFuzz, for the given number of seconds, starting from fuzz/seeds/<target>. Every crash or hang
# found is copied into fuzz/regressions/<target>/, which the test suite replays (FuzzRegressionTests); the run's
# statistics are printed at the end. Targets: number, numeral, date, quantity, document, extraction, json.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: fuzz/run.sh <number|numeral|date|quantity|document|extraction|json> <seconds>" >&2
  exit 2
fi
target=$1
seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
[ -d "$here/seeds/$target" ] || { echo "no such target: $target (no fuzz/seeds/$target)" >&2; exit 2; }
command -v afl-fuzz >/dev/null || { echo "afl-fuzz is not installed: apt-get install afl++" >&2; exit 2; }

work="$here/out/$target"
tools="$here/out/tools"
rm -rf "$work"
mkdir -p "$work" "$tools" "$here/regressions/$target"

# The SharpFuzz instrumenter, installed once beside the runs.
[ -x "$tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null

# A private build per run (targets can run side by side), with the package's assembly instrumented for afl.
dotnet publish "$here/SafetyModel.Fuzz" -c Release -o "$work/bin" >/dev/null
"$tools/sharpfuzz" "$work/bin/SafetyModel.dll"

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
afl-fuzz -i "$here/seeds/$target" -o "$work/findings" -t 5000 -m none -V "$seconds" \
  -- dotnet "$work/bin/SafetyModel.Fuzz.dll" "$target" > "$work/afl.log" 2>&1 || {
  echo "afl-fuzz failed; its log:" >&2
  tail -40 "$work/afl.log" >&2
  exit 1
}

found=0
for kind in crashes hangs; do
  for file in "$work"/findings/default/$kind/id:*; do
    [ -e "$file" ] || continue
    cp "$file" "$here/regressions/$target/$kind-$(sha1sum "$file" | cut -c1-12)"
    found=$((found + 1))
  done
done

stats="$work/findings/default/fuzzer_stats"
echo "target $target: $(grep -E '^execs_done' "$stats" | awk '{print $3}') executions in $(grep -E '^run_time' "$stats" | awk '{print $3}') s," \
  "$(grep -E '^corpus_count' "$stats" | awk '{print $3}') inputs in the corpus, $(grep -E '^saved_crashes' "$stats" | awk '{print $3}') crashes," \
  "$(grep -E '^saved_hangs' "$stats" | awk '{print $3}') hangs; $found findings copied to fuzz/regressions/$target"
