#!/usr/bin/env bash
# Every user-visible string of the UI is translated into Japanese and Spanish, and the committed
# .ts files are up to date with the sources: lupdate runs exactly as the omnikast_ui_lupdate
# target does (the project file qt_add_translations generates), but into copies of the .ts files,
# so the sources stay untouched. A string it adds or leaves unfinished fails the test, named.
# English is the source language and needs no translations.
#   translations_test.sh BUILD_DIR LUPDATE GENERATE_LUPDATE_PROJECT_CMAKE
set -euo pipefail
build=$1
lupdate=$2
generate=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cmake -DIN_FILE="$build/src/ui/.lupdate/omnikast_ui_project.cmake" -DOUT_FILE="$tmp/project.json" \
  -P "$generate"
mapfile -t committed < <(python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))["translations"]))' "$tmp/project.json")
# The same project, pointed at the copies.
python3 - "$tmp" <<'PY'
import json, os, sys
tmp = sys.argv[1]
p = json.load(open(os.path.join(tmp, "project.json")))
p["translations"] = [os.path.join(tmp, os.path.basename(t)) for t in p["translations"]]
json.dump(p, open(os.path.join(tmp, "project.json"), "w"))
PY
for ts in "${committed[@]}"; do cp "$ts" "$tmp/"; done
"$lupdate" -silent -project "$tmp/project.json" -no-obsolete -locations none >/dev/null 2>&1

status=0
for ts in "${committed[@]}"; do
  name=$(basename "$ts")
  if ! diff -q "$ts" "$tmp/$name" >/dev/null; then
    echo "$name is out of date with the sources (build the omnikast_ui_lupdate target):"
    diff "$ts" "$tmp/$name" | head -20
    status=1
  fi
  case "$name" in *_en.ts) continue ;; esac
  missing=$(grep -c 'type="unfinished"' "$tmp/$name" || true)
  if [ "$missing" -ne 0 ]; then
    echo "$name: $missing untranslated strings:"
    grep -B3 'type="unfinished"' "$tmp/$name" | grep '<source>' | sed 's/^ */  /' | head -20
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "translations: every string translated, .ts files up to date"
exit "$status"
