#!/usr/bin/env bash
# Import rows/s (register vs. a bare psql \copy into a tsvector+GIN table, same run) and search-with-facets p50/p95
# at >= 40,000 recommendations. Usage: bench/recommendations-import-and-search.sh [copies of the 6,094-row sample, default 8]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q test -Dtest=RecommendationImportSearchBenchmark -Drn.bench=true -Drn.bench.copies="${1:-8}" \
  -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/recommendations-bench.txt
