#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build, open the viewer on
# the demo clip (generated on first run). Extra arguments go to omnikast (a file or URL to play).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh"
build=${OMNIKAST_BUILD_DIR:-$root/build}
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run.sh: no display found; starting the viewer inside Xvfb (screenshots: xwd -root)" >&2
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$build/app/omnikast/omnikast" "$@"
fi
exec "$build/app/omnikast/omnikast" "$@"
