#!/usr/bin/env bash
# Start-up and channel-switch times of the viewer, as a user meets them, against mpv's time to a
# first frame of the same stream. In one run, under one Xvfb (1280x720), alternated, RUNS times:
#   omnikast EVENT --quit-after first-frame   (demo-sized event: 2 rooms; and 150 rooms)
#   omnikast EVENT --quit-after schedule      (the schedule painted; 2 and 150 rooms)
#   omnikast EVENT --quit-after switch        (next channel selected -> its first frame; 150)
#   mpv --frames=1 STREAM                      (mpv opens a window and shows the first frame)
# Each figure is a whole process's wall time (spawn to exit) and, for omnikast, its own report
# (ms since main(); switch_ms for a switch). The streams are a local 1920x960 HLS VOD made once
# with ffmpeg and a copy of it (rooms alternate between the two); events come from
# bench/make_event.py.
# With OMNIKAST_BASE_BIN=PATH (another build's omnikast, e.g. the commit before a change), that
# binary's 150-room first frame and schedule are measured alternately in the same run, with
# their ratios (this build / that one).
# Usage: bench/startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
runs=${2:-5}
omnikast="$build/app/omnikast/omnikast"
work="$build/bench-media/startup"
mkdir -p "$work"
[ -x "$omnikast" ] || { echo "startup.sh: build omnikast first ($omnikast missing)" >&2; exit 1; }
for tool in mpv xvfb-run ffmpeg python3 bc; do
  command -v $tool >/dev/null || { echo "startup.sh: $tool is not installed (scripts/install-deps.sh)" >&2; exit 1; }
done

hls="$work/hls/stream.m3u8"
if [ ! -f "$hls" ]; then
  mkdir -p "$work/hls"
  ffmpeg -v error -y -f lavfi -i "testsrc2=size=1920x960:rate=30:duration=20" \
    -c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p -g 30 \
    -f hls -hls_time 1 -hls_playlist_type vod "$hls"
fi
# A second copy: the next room plays another stream (the same stream twice is no switch).
hls2="$work/hls2/stream.m3u8"
[ -f "$hls2" ] || cp -r "$work/hls" "$work/hls2"
python3 "$root/bench/make_event.py" 2 40 "$hls,$hls2" "$work/event-2.json"
python3 "$root/bench/make_event.py" 150 2000 "$hls,$hls2" "$work/event-150.json"

# A throwaway HOME: no remembered window, channel or language changes what is measured.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache"
rm -rf "$HOME"; mkdir -p "$HOME"

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
for i in $(seq "$RUNS"); do
  measure omk-first-2     "$OMK" "$W/event-2.json"   --quit-after first-frame
  measure mpv-first       mpv --no-config --no-audio --frames=1 --geometry=1280x720 --really-quiet "$W/hls/stream.m3u8"
  measure omk-first-150   "$OMK" "$W/event-150.json" --quit-after first-frame
  measure omk-sched-2     "$OMK" "$W/event-2.json"   --quit-after schedule
  measure omk-sched-150   "$OMK" "$W/event-150.json" --quit-after schedule
  measure omk-switch-150  "$OMK" "$W/event-150.json" --quit-after switch
  if [ -n "$OMKB" ]; then
    measure base-first-150  "$OMKB" "$W/event-150.json" --quit-after first-frame
    measure base-sched-150  "$OMKB" "$W/event-150.json" --quit-after schedule
  fi
done
INNER
)
results="$work/results.txt"
RUNS=$runs OMK=$omnikast OMKB=${OMNIKAST_BASE_BIN:-} W=$work xvfb-run -a -s "-screen 0 1280x800x24" bash -c "$inner" | tee "$results"

python3 - "$results" <<'PY'
import json, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    parts = line.split(None, 2)
    if len(parts) < 2: continue
    label, wall = parts[0], float(parts[1])
    rep = {}
    if len(parts) == 3 and parts[2].strip().startswith("{"):
        rep = json.loads(parts[2])
    rows.setdefault(label, []).append((wall, rep))
def med(xs): return statistics.median(xs) if xs else float("nan")
print("\nmedians over %d runs (whole process wall ms; in-process ms since main())" % max(len(v) for v in rows.values()))
for label, vals in rows.items():
    walls = [w for w, _ in vals]
    inproc = [r.get("ms") for _, r in vals if r.get("ms") is not None]
    sw = [r.get("switch_ms") for _, r in vals if r.get("switch_ms") is not None]
    extra = ("  switch %.0f ms" % med(sw)) if sw else ""
    print("%-16s wall %7.0f ms   in-process %7.0f ms%s" % (label, med(walls), med(inproc) if inproc else float("nan"), extra))
if "mpv-first" in rows:
    m = med([w for w, _ in rows["mpv-first"]])
    for label in ("omk-first-2", "omk-first-150"):
        if label in rows:
            print("ratio %s / mpv first frame (wall): %.2f" % (label, med([w for w, _ in rows[label]]) / m))
for kind in ("first", "sched"):
    a, b = rows.get("omk-%s-150" % kind), rows.get("base-%s-150" % kind)
    if a and b:
        ia = [r["ms"] for _, r in a if "ms" in r]
        ib = [r["ms"] for _, r in b if "ms" in r]
        print("ratio omk-%s-150 / base (wall): %.2f   (in-process): %.2f" % (
            kind, med([w for w, _ in a]) / med([w for w, _ in b]), med(ia) / med(ib)))
PY
