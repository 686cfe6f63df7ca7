#!/usr/bin/env bash
# Line coverage (coverlet) of src/SafetyModel by the test suite (net8.0 build), without compiler-generated code.
# Usage: bash tools/coverage.sh    — prints the figure docs/quality.md reports.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
dotnet test tests/SafetyModel.Tests --collect:"XPlat Code Coverage" --results-directory "$out" \
  -- DataCollectionRunSettings.DataCollectors.DataCollector.Configuration.Include="[SafetyModel]*" >/dev/null
python3 tools/coverage.py "$out"/*/coverage.cobertura.xml
