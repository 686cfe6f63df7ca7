#!/usr/bin/env bash
# Mutation testing: Stryker.NET (dotnet-stryker, pinned in dotnet-tools.json) over src/SafetyModel (net8.0 build),
# running tests/SafetyModel.Tests through Stryker's Microsoft Testing Platform runner (config:
# tests/SafetyModel.Tests/stryker-config.json). The report goes to tests/SafetyModel.Tests/StrykerOutput/<time>/reports/;
# `python3 tools/mutation-score.py <mutation-report.json>` sums it up by folder. About an hour on 2 cores; see
# docs/quality.md.
# Property tests try 5 % of their cases (SAFETYMODEL_PROPERTY_SCALE, tests/SafetyModel.Tests/Iterations.cs): a mutant
# needs one counterexample, and the full counts would cost seconds per mutant.
# Extra arguments go to Stryker, for example: --mutate '**/Aggregation/*.cs'
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore
cd tests/SafetyModel.Tests
export SAFETYMODEL_PROPERTY_SCALE="${SAFETYMODEL_PROPERTY_SCALE:-0.05}"
exec dotnet stryker --concurrency "${STRYKER_CONCURRENCY:-2}" "$@"
