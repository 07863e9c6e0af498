#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a fixed budget,
# as many at a time as there are cores (each fuzzer is single-threaded).
# Usage: fuzz.sh [SECONDS_PER_TARGET]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-20}
build=${OMNIKAST_FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=${OMNIKAST_FUZZ_JOBS:-$(nproc)}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DOMNIKAST_FUZZ=ON -DOMNIKAST_BUILD_TESTS=OFF -DOMNIKAST_BUILD_BENCH=OFF >/dev/null
targets=$(sed -n 's/^omnikast_add_fuzzer(\([a-z0-9_]*\).*/\1/p' "$root/fuzz/CMakeLists.txt")
# shellcheck disable=SC2086
cmake --build "$build" -j "$(nproc)" --target $targets

# Runs one target; its verdict goes to $build/$t.status so the parallel runs can be summed up.
fuzz_one() {
  local t=$1 corpus seeds
  corpus=$(mktemp -d)
  # Seeds live in fuzz/corpus/TARGET or fuzz/corpus/TARGET-without-fuzz_ (recording, camera_path).
  for seeds in "$root/fuzz/corpus/$t" "$root/fuzz/corpus/${t#fuzz_}"; do
    if [ -d "$seeds" ]; then cp -r "$seeds/." "$corpus/"; fi
  done
  if "$build/fuzz/$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
       "$corpus" >"$build/$t.log" 2>&1; then
    echo ok >"$build/$t.status"
  else
    echo failed >"$build/$t.status"
  fi
  rm -rf "$corpus"
}

running=0
for t in $targets; do
  rm -f "$build/$t.status"
  fuzz_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
done
wait

failed=0
for t in $targets; do
  if [ "$(cat "$build/$t.status" 2>/dev/null)" = ok ]; then
    echo "fuzz $t: ok ($(grep -c '' "$build/$t.log") log lines, ${seconds}s)"
  else
    echo "fuzz $t: FAILED"; tail -40 "$build/$t.log"; failed=1
  fi
done
exit $failed
