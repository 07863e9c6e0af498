#!/bin/bash
# No hex colour literal in qml/: every colour is a named role of the Theme singleton
# (src/ui/Theme.{h,cpp}), which also holds its high-contrast value. Fails listing each
# "#rgb", "#argb", "#rrggbb" or "#aarrggbb" string found in a .qml file.
#
# usage: qml_colours_test.sh <qml dir>
set -u
qml_dir=${1:?usage: qml_colours_test.sh <qml dir>}

pattern="[\"']#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})[\"']"
status=0
while IFS= read -r -d '' file; do
    name=${file#"$qml_dir"/}
    hits=$(grep -nE "$pattern" "$file")
    [ -z "$hits" ] && continue
    echo "hex colour outside Theme in $name (add a Theme role instead):"
    echo "$hits" | sed "s|^|  $name:|"
    status=1
done < <(find "$qml_dir" -name '*.qml' -print0 | sort -z)
[ $status -eq 0 ] && echo "no hex colour in $qml_dir outside Theme"
exit $status
