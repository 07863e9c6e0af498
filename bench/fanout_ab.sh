#!/usr/bin/env bash
# Alternates two omnikast-server builds under the same bench/fanout_bench, whole processes each
# run (the bench starts the server it was built against, so each build is copied there in turn).
# Usage: bench/fanout_ab.sh BASE_SERVER [ROUNDS]   (BASE_SERVER: another build's omnikast-server)
# Environment: OMNIKAST_FANOUT_DURATION (default 10), FILTER (default the 1,000-client lean cases).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=$1
rounds=${2:-2}
srv=$root/build/app/omnikast-server/omnikast-server
saved=$(mktemp)
cp "$srv" "$saved"
trap 'cp "$saved" "$srv"; rm -f "$saved"' EXIT
for round in $(seq "$rounds"); do
  for which in base new; do
    if [ "$which" = base ]; then cp "$base" "$srv"; else cp "$saved" "$srv"; fi
    echo "== round $round $which $(date -u +%H:%M:%S)"
    OMNIKAST_FANOUT_DURATION=${OMNIKAST_FANOUT_DURATION:-10} "$root/build/bench/fanout_bench" \
      --benchmark_counters_tabular=false \
      --benchmark_filter="${FILTER:-clients:1000/msgs_per_s:(100|10)/lean:900}" 2>&1 | grep -E "^BM_"
  done
done
