#!/usr/bin/env bash
# Configures and builds Omnikast into build/ (or $OMNIKAST_BUILD_DIR). Shared by run.sh and test.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${OMNIKAST_BUILD_DIR:-$root/build}
jobs=${OMNIKAST_JOBS:-$(nproc)}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOMNIKAST_WERROR=ON "$@" >/dev/null
cmake --build "$build" -j "$jobs"
