#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build with warnings as
# errors, check formatting, run every test (ctest) and every fuzzer for a fixed budget.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${OMNIKAST_BUILD_DIR:-$root/build}
bash "$root/scripts/install-deps.sh"

echo "== format check"
mapfile -t sources < <(cd "$root" && git ls-files '*.cpp' '*.h' 2>/dev/null || true)
if [ ${#sources[@]} -gt 0 ]; then
  (cd "$root" && clang-format --dry-run --Werror "${sources[@]}")
fi

echo "== include check"
# The layering (docs/ARCHITECTURE.md) rests on qualified includes: "media/Player.h", never a bare
# "Player.h" that a file's own folder would resolve.
bare=$(cd "$root" && git grep -n -E '^#include "[^/"]+"' -- 'src/*' 'app/*' || true)
if [ -n "$bare" ]; then
  echo "bare includes (write them as \"LIB/File.h\"):" >&2
  echo "$bare" >&2
  exit 1
fi

echo "== build"
bash "$root/scripts/build.sh"

echo "== tests"
# Window tests bring their own Xvfb; everything else is headless (EGL surfaceless).
(cd "$build" && ctest --output-on-failure --timeout 600 -j "${OMNIKAST_TEST_JOBS:-2}")

echo "== fuzzers"
# 12 s per target in CI (18 targets, two at a time: under two minutes); set
# OMNIKAST_FUZZ_SECONDS for a longer local run.
bash "$root/scripts/fuzz.sh" "${OMNIKAST_FUZZ_SECONDS:-12}"
