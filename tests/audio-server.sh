#!/usr/bin/env bash
# A private PulseAudio daemon with one null sink, so media tests play through the real
# QAudioSink path on machines without a sound card. ctest runs `start` and `stop` as a fixture
# around the tests that need it; clients find it through XDG_RUNTIME_DIR=DIR.
#
#   audio-server.sh start DIR   start (or reuse) the daemon; waits until it answers
#   audio-server.sh stop DIR    stop it; a no-op when none runs
#
# Without pulseaudio installed `start` succeeds and says so: the tests then cover the
# system-clock fallback instead. Every step is bounded so a wedged daemon never hangs ctest.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi
mkdir -p "$dir"
chmod 700 "$dir"  # pulse refuses a runtime dir others can write to
export XDG_RUNTIME_DIR=$dir
log=$dir/pulseaudio.log
pidfile=$dir/pulse/pid

answers() { timeout 5 pactl info >/dev/null 2>&1; }

case $cmd in
start)
  if ! command -v pulseaudio >/dev/null || ! command -v pactl >/dev/null; then
    echo "audio-server: pulseaudio not installed; audio tests use the system-clock fallback"
    exit 0
  fi
  if answers; then
    echo "audio-server: reusing the daemon in $dir"
    exit 0
  fi
  # -n: no default.pa, so no hardware modules are probed; the daemon must outlive idle
  # stretches between tests, hence no exit-idle-time.
  timeout 20 pulseaudio -n --daemonize=yes --exit-idle-time=-1 --disallow-exit \
    --log-target="file:$log" \
    -L module-native-protocol-unix -L "module-null-sink sink_name=omnikast_null" \
    || { echo "audio-server: pulseaudio failed to start" >&2; cat "$log" >&2 || true; exit 1; }
  for _ in $(seq 1 50); do
    if answers; then
      echo "audio-server: started in $dir ($(pactl info | grep 'Default Sink'))"
      exit 0
    fi
    sleep 0.2
  done
  echo "audio-server: pulseaudio did not answer within 10 s" >&2
  cat "$log" >&2 || true
  exit 1
  ;;
stop)
  command -v pulseaudio >/dev/null || exit 0
  pid=$(cat "$pidfile" 2>/dev/null || true)
  timeout 10 pulseaudio --kill 2>/dev/null || true
  # --kill only signals; wait for the exit, then insist on the pid the daemon recorded.
  if [ -n "$pid" ]; then
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  fi
  echo "audio-server: stopped ($dir)"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
