#!/usr/bin/env bash
# Mutation testing: Stryker.NET (dotnet-stryker, pinned in dotnet-tools.json) over src/SafetyModel, with the test
# suite compiled on xUnit 2 (tests/SafetyModel.Tests.Mutation: Stryker cannot run xUnit v3 tests). The report goes
# to tests/SafetyModel.Tests.Mutation/StrykerOutput/<time>/reports/. Hours on a 2-core machine; see docs/quality.md.
# Property tests try 5 % of their cases (SAFETYMODEL_PROPERTY_SCALE, tests/SafetyModel.Tests/Iterations.cs): a mutant
# needs one counterexample, and the full counts would cost seconds per mutant.
# Extra arguments go to Stryker, for example: --mutate 'Aggregation/**/*.cs'
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore
cd tests/SafetyModel.Tests.Mutation
export SAFETYMODEL_PROPERTY_SCALE="${SAFETYMODEL_PROPERTY_SCALE:-0.05}"
exec dotnet stryker --concurrency "${STRYKER_CONCURRENCY:-2}" "$@"
