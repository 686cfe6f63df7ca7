#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to src/SafetyModel/PublicAPI.Unshipped.txt.
# Review the diff afterwards: the file is the record of what the package promises.
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/SafetyModel/PublicAPI.Unshipped.txt
log=$(mktemp)
dotnet build src/SafetyModel -c Debug --no-incremental >"$log" 2>&1 || true
{ grep -o "error RS0016: Symbol '.*' is not part of the declared public API" "$log" || true; } \
  | sed -E "s/^error RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" \
  | sort -u >>"$file"
{ head -n 1 "$file"; tail -n +2 "$file" | sort -u; } >"$log.sorted" && mv "$log.sorted" "$file"
others=$(grep " error " "$log" | grep -v RS0016 | sed 's/ \[.*//' | sort -u || true)
if [ -n "$others" ]; then
  printf 'other build errors remain:\n%s\n' "$others" >&2
fi
rm -f "$log"
grep -c . "$file" | xargs -I{} echo "{} lines in $file"
