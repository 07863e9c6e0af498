#!/usr/bin/env bash
# Foundation benchmark: on the same 10 s 3840x1920 H.264 clip, in one go,
#   1. omnikast bench at 1920x1080 (decode + upload + render every frame, headless EGL),
#   2. ffmpeg -threads 2 -i CLIP -f null -   (the decode ceiling),
#   3. mpv with the v360 filter to a 1920x1080 flat view (what a Linux user does today),
# and prints the three frame rates and the ratios, plus Omnikast's shader path for reference.
# Usage: bench/compare.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
omnikast="$build/app/omnikast/omnikast"
work="$build/bench-media"
clip="$work/equirect-3840x1920-10s.mp4"
mkdir -p "$work"
[ -x "$omnikast" ] || { echo "compare.sh: build omnikast first ($omnikast missing)" >&2; exit 1; }
command -v mpv >/dev/null || { echo "compare.sh: mpv is not installed (scripts/install-deps.sh)" >&2; exit 1; }

if [ ! -f "$clip" ]; then
  echo "making $clip (once)..." >&2
  ffmpeg -v error -y -f lavfi -i "testsrc2=size=3840x1920:rate=30:duration=10" \
    -c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p -g 60 "$clip.tmp.mp4"
  mv "$clip.tmp.mp4" "$clip"
fi
frames=$(ffprobe -v error -count_packets -select_streams v:0 -show_entries stream=nb_read_packets -of csv=p=0 "$clip")

now() { date +%s.%N; }

t0=$(now)
omk_json=$("$omnikast" bench "$clip" --size 1920x1080 --json)
t1=$(now)
omk_fps=$(printf '%s' "$omk_json" | sed -n 's/.*"fps": *\([0-9.]*\).*/\1/p')
omk_mem=$(printf '%s' "$omk_json" | sed -n 's/.*"peak_memory_mb": *\([0-9.]*\).*/\1/p')
omk_dropped=$(printf '%s' "$omk_json" | sed -n 's/.*"dropped_frames": *\([0-9]*\).*/\1/p')

# The shader path on the same machine, for reference (on a GPU, Auto already is this path).
shader_json=$("$omnikast" bench "$clip" --size 1920x1080 --json --sampling shader)
shader_fps=$(printf '%s' "$shader_json" | sed -n 's/.*"fps": *\([0-9.]*\).*/\1/p')
omk_sampling=$(printf '%s' "$omk_json" | sed -n 's/.*"sampling": *"\([a-z]*\)".*/\1/p')

t0=$(now)
ffmpeg -v error -threads 2 -i "$clip" -f null - 
t1=$(now)
ff_fps=$(echo "$frames / ($t1 - $t0)" | bc -l)

t0=$(now)
mpv --no-config --no-audio --vo=null --untimed --really-quiet \
  --vf=v360=e:flat:w=1920:h=1080 "$clip"
t1=$(now)
mpv_fps=$(echo "$frames / ($t1 - $t0)" | bc -l)

printf '\nclip: %s (%s frames)\n' "$clip" "$frames"
printf '%-44s %8.2f fps  (peak memory %s MB, dropped %s, sampling %s)\n' "omnikast bench --size 1920x1080" "$omk_fps" "$omk_mem" "$omk_dropped" "$omk_sampling"
printf '%-44s %8.2f fps\n' "  same, --sampling shader (reference)" "$shader_fps"
printf '%-44s %8.2f fps\n' "ffmpeg -threads 2 -f null (decode ceiling)" "$ff_fps"
printf '%-44s %8.2f fps\n' "mpv --vo=null --untimed v360 1920x1080" "$mpv_fps"
printf 'ratio omnikast / mpv:    %.2f\n' "$(echo "$omk_fps / $mpv_fps" | bc -l)"
printf 'ratio omnikast / ffmpeg: %.2f\n' "$(echo "$omk_fps / $ff_fps" | bc -l)"
