#!/bin/bash
# Every icon that qml/ names exists in resources/icons/ui (an iconName: "NAME", a quoted name in
# an iconName: binding's choices, or an "icons/NAME.svg" path), and every icon there is a
# well-formed, single-colour SVG of the set's 24×24 box. Fails naming each problem.
#
# usage: qml_icons_test.sh <qml dir> <icons dir>
set -u
qml_dir=${1:?usage: qml_icons_test.sh <qml dir> <icons dir>}
icons_dir=${2:?usage: qml_icons_test.sh <qml dir> <icons dir>}
status=0

names=$( { grep -hoE 'iconName: .*' "$qml_dir"/*.qml | grep -oE '"[a-z0-9-]+"' | tr -d '"'
           grep -hoE '"icons/[a-z0-9-]+\.svg"' "$qml_dir"/*.qml | sed -E 's|"icons/(.*)\.svg"|\1|'
         } | sort -u)
[ -n "$names" ] || { echo "no icon named in $qml_dir: the pattern is stale"; exit 1; }
for n in $names; do
    [ -f "$icons_dir/$n.svg" ] || { echo "qml/ names icon '$n' but $icons_dir/$n.svg is missing"; status=1; }
done

python3 - "$icons_dir"/*.svg <<'PY' || status=1
import re, sys, xml.dom.minidom
bad_files = 0
for f in sys.argv[1:]:
    problems = []
    try:
        root = xml.dom.minidom.parse(f).documentElement
        if root.getAttribute("viewBox") != "0 0 24 24": problems.append("viewBox is not 0 0 24 24")
    except Exception as e:
        problems.append(f"not well-formed XML: {e}")
    text = open(f).read().lower()
    problems += [f"contains {bad}" for bad in ("<text", "<image", "href", "<style") if bad in text]
    colours = set(re.findall(r"#[0-9a-f]{3,8}", text)) - {"#000000", "#000"}
    if colours: problems.append(f"colours other than black: {sorted(colours)}")
    for p in problems: print(f"{f}: {p}")
    bad_files += bool(problems)
sys.exit(1 if bad_files else 0)
PY
[ $status -eq 0 ] && echo "$(echo "$names" | wc -w) icons named in qml/ exist; every icon is a clean 24×24 single-colour SVG"
exit $status
