#!/bin/sh
# Runs a command inside a D-Bus session of its own with a real GNOME Keyring (the Secret Service)
# whose login keyring is unlocked, under a temporary home: the user's own keyring and session are
# never touched. No display: a keyring prompt cannot be shown, as in CI.
# Usage: with-keyring.sh COMMAND [ARG…]   (the command sees OMNIKAST_TEST_KEYRING=1)
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || {
    echo "with-keyring: $tool is missing (scripts/install-deps.sh installs it)" >&2
    exit 1
  }
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
  XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY OMNIKAST_KEYRING
# (dbus-daemon may say it cannot raise its descriptor limit: not a failure.)
# The daemon owns org.freedesktop.secrets before the command starts (else D-Bus would start a
# second, locked one); it ends with the session's bus.
dbus-run-session -- sh -c '
  printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
      grep -q "boolean true" && break
    sleep 0.1
  done
  OMNIKAST_TEST_KEYRING=1 exec "$@"' sh "$@"
