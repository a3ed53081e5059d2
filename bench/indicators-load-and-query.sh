#!/usr/bin/env bash
# Generates 10 million synthetic Kolada values (200 KPIs x 312 organisations x 54 years x 3 genders), loads them through
# the import API and, in the same run, with a raw COPY of the same rows; then measures p50/p95 of the organisation
# profile and the Kolada data API under load with wrk on loopback. Figures land in target/bench/indicators-results.txt.
# Runs against the test profile's embedded PostgreSQL (fsync off), so load figures are an upper bound for fsync on.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
rm -f target/bench/indicators-results.txt
RN_BENCH=1 RN_BENCH_KPIS="${RN_BENCH_KPIS:-200}" RN_BENCH_SECONDS="${RN_BENCH_SECONDS:-30}" ./mvnw -o -q test -Dtest=IndicatorsLoadBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.timeout=3600
cat target/bench/indicators-results.txt
