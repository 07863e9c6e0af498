#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build, open the viewer on
# the demo event (two channels playing a demo clip generated on first run), served by an
# omnikast-server embedded in the viewer on loopback. Arguments instead go to omnikast (a file,
# URL or event to open).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/install-deps.sh" --viewer
bash "$root/scripts/build.sh"
build=${OMNIKAST_BUILD_DIR:-$root/build}
[ $# -eq 0 ] && set -- --demo-event
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run.sh: no display found; starting the viewer inside Xvfb (screenshots: xwd -root)" >&2
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$build/app/omnikast/omnikast" "$@"
fi
exec "$build/app/omnikast/omnikast" "$@"
