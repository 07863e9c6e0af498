#!/usr/bin/env bash
# Time from `omnikast ADDRESS` to the first painted schedule for events opened by their address,
# served on loopback by bench/serve_etag.py (ETag and 304, as publishing servers answer), with a
# cold cache (a fresh $XDG_CACHE_HOME) and a warm one (the same cache, second open), alternated,
# RUNS times, under one Xvfb (1280x720). Only the catalog cache is emptied for a cold open
# ($XDG_CACHE_HOME/Omnikast/omnikast/catalogs); Qt's own caches stay warm from a first run that
# is not counted, so the difference is the fetching and reading of the event alone:
#   dreamkast  http://127.0.0.1:PORT/bench2026 — the Dreamkast API: 3 days, 8 tracks, 200 talks
#   congress   http://127.0.0.1:PORT/congress/schedule.json --streams …/streams.json —
#              5 days, 100 rooms, 1,000 talks and the rooms' C3VOC streams list
# Each figure is the whole process's wall time (spawn to exit) and its own report (ms since
# main()). Events come from bench/make_address_events.py.
# Usage: bench/open_by_address.sh [BUILD_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
runs=${2:-5}
omnikast="$build/app/omnikast/omnikast"
work="$build/bench-media/open-by-address"
[ -x "$omnikast" ] || { echo "open_by_address.sh: build omnikast first ($omnikast missing)" >&2; exit 1; }
for tool in xvfb-run python3 bc; do
  command -v $tool >/dev/null || { echo "open_by_address.sh: $tool is not installed (scripts/install-deps.sh)" >&2; exit 1; }
done
rm -rf "$work"; mkdir -p "$work"
python3 "$root/bench/make_address_events.py" "$work/site"
python3 "$root/bench/serve_etag.py" "$work/site" > "$work/port" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")
base="http://127.0.0.1:$port"

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"

inner=$(cat <<'INNER'
set -euo pipefail
now() { date +%s.%N; }
measure() {  # label, command...: prints "label wall_ms report"
  local label=$1; shift
  local t0 t1 out
  t0=$(now)
  out=$("$@" 2>/dev/null | tail -1) || out="failed"
  t1=$(now)
  printf '%s %.0f %s\n' "$label" "$(echo "($t1 - $t0) * 1000" | bc -l)" "$out"
}
export XDG_CACHE_HOME="$W/cache"
"$OMK" "$BASE/bench2026" --quit-after schedule >/dev/null 2>&1 || true  # Qt's caches, uncounted
for i in $(seq "$RUNS"); do
  for kind in dreamkast congress; do
    if [ $kind = dreamkast ]; then args=("$BASE/bench2026"); else
      args=("$BASE/congress/schedule.json" --streams "$BASE/congress/streams.json"); fi
    rm -rf "$XDG_CACHE_HOME/Omnikast/omnikast/catalogs"
    measure "$kind-cold" "$OMK" "${args[@]}" --quit-after schedule
    measure "$kind-warm" "$OMK" "${args[@]}" --quit-after schedule
  done
done
INNER
)
results="$work/results.txt"
RUNS=$runs OMK=$omnikast W=$work BASE=$base xvfb-run -a -s "-screen 0 1280x800x24" bash -c "$inner" | tee "$results"

python3 - "$results" <<'PY'
import json, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    parts = line.split(None, 2)
    if len(parts) < 2: continue
    rep = json.loads(parts[2]) if len(parts) == 3 and parts[2].strip().startswith("{") else {}
    rows.setdefault(parts[0], []).append((float(parts[1]), rep))
med = lambda xs: statistics.median(xs) if xs else float("nan")
print("\nmedians over %d runs (whole process wall ms; in-process ms since main())" % max(len(v) for v in rows.values()))
for label, vals in rows.items():
    inproc = [r["ms"] for _, r in vals if "ms" in r]
    failed = sum(1 for _, r in vals if "ms" not in r)
    print("%-16s wall %7.0f ms   in-process %7.0f ms%s" % (label, med([w for w, _ in vals]),
          med(inproc), ("   %d failed" % failed) if failed else ""))
PY
