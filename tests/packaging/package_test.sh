#!/bin/bash
# The .deb as a user gets it, without a container: build it with cpack, check that its Depends
# were computed and can be installed here, unpack it into a fresh root and run the programs from
# there with a clean environment, so nothing of the build tree can stand in for a missing file.
# Also validates the desktop file, the AppStream metainfo and the man pages against --help, and
# runs lintian when it is installed (errors fail, warnings are printed).
#
# usage: package_test.sh BUILD_DIR SOURCE_DIR FFMPEG
set -euo pipefail

build=$(realpath "$1")
src=$(realpath "$2")
ffmpeg=$3
app_id=org.omnikast.Omnikast

tmp=$(mktemp -d /tmp/omnikast-pkg.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "== $*"; }

step "cpack -G DEB"
# Into a directory of its own: parallel runs and the build tree's own package never collide.
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1 ||
    { cat "$tmp/cpack.log"; fail "cpack failed"; }
debs=("$tmp"/out/omnikast_*.deb)
[ -f "${debs[0]}" ] || { cat "$tmp/cpack.log"; fail "cpack made no omnikast_*.deb"; }
deb=${debs[0]}
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"

step "dpkg-deb --info"
dpkg-deb --info "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
[ -n "$depends" ] || fail "the package has no Depends"
# dpkg-shlibdeps ran: libraries the binaries link appear with versions nobody typed.
for lib in libc6 libqt6core6 libqt6quick6 libavcodec59 libavformat59 libjwt; do
    grep -Eq "(^|, )${lib}[a-z0-9.-]* " <<<"$depends, " || fail "Depends lacks $lib: $depends"
done
grep -q "libqt6core6 (>=" <<<"$depends" || fail "Depends carry no computed versions: $depends"

# dpkg-shlibdeps cannot see QML imports: each module qml/ imports needs its qml6-module-*
# package listed by hand (QtQuick.Controls -> qml6-module-qtquick-controls).
while read -r module; do
    package=qml6-module-$(tr '[:upper:].' '[:lower:]-' <<<"$module")
    grep -Eq "(^|, )$package(,| |$)" <<<"$depends" ||
        fail "qml/ imports $module but Depends lacks $package (cmake/OmnikastPackaging.cmake)"
done < <(sed -nE 's/^import (Qt[A-Za-z.]*).*/\1/p' "$src"/qml/*.qml | sort -u)

step "every dependency is installable here"
# Each alternative group needs one member that dpkg has installed, apt can install, or that an
# installable package provides (virtual packages such as qt6-websockets-abi).
IFS=',' read -ra groups <<<"$depends"
for group in "${groups[@]}"; do
    ok=
    IFS='|' read -ra alternatives <<<"$group"
    for alt in "${alternatives[@]}"; do
        name=$(sed -E 's/^ *([^ (]+).*/\1/' <<<"$alt")
        if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed" ||
            apt-cache policy "$name" 2>/dev/null | grep -Eq 'Candidate: [^(]' ||
            apt-cache showpkg "$name" 2>/dev/null | sed -n '/^Reverse Provides:/,$p' | grep -q '(= '; then
            ok=1
            break
        fi
    done
    [ -n "$ok" ] || fail "no installable package for dependency '$group'"
done
echo "all ${#groups[@]} dependencies resolvable"
# And together, versions included, as apt would install the file.
apt-get install --simulate --no-install-recommends "$deb" >"$tmp/apt.log" 2>&1 ||
    { cat "$tmp/apt.log"; fail "apt-get cannot install the package here"; }
grep -E '^(Inst|Conf) ' "$tmp/apt.log" || true

step "contents"
dpkg-deb --contents "$deb" | awk '{print $6}' >"$tmp/contents"
for path in ./usr/bin/omnikast ./usr/bin/omnikast-server \
    ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    ./usr/share/man/man1/omnikast.1.gz ./usr/share/man/man1/omnikast-server.1.gz \
    ./usr/lib/systemd/system/omnikast-server.service ./usr/share/doc/omnikast/copyright; do
    grep -qxF "$path" "$tmp/contents" || fail "the package lacks $path"
done
for size in 16 22 24 32 48 64 128 256 512; do
    grep -qxF "./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" "$tmp/contents" ||
        fail "the package lacks the ${size}px icon"
done
if grep -E '^\./usr/(include|lib/cmake|lib/.*\.a$)' "$tmp/contents"; then
    fail "development files leaked into the package"
fi

step "unpack into a fresh root"
root=$tmp/root
dpkg-deb -x "$deb" "$root"
for bin in omnikast omnikast-server; do
    # No RPATH/RUNPATH, and every library resolves to the system, none to the build tree.
    if readelf -d "$root/usr/bin/$bin" | grep -Eq 'R(UN)?PATH'; then
        fail "$bin carries an rpath"
    fi
    ldd "$root/usr/bin/$bin" >"$tmp/ldd" || fail "ldd $bin failed"
    if grep -q "not found" "$tmp/ldd"; then
        cat "$tmp/ldd"
        fail "$bin has unresolved libraries"
    fi
    if grep -qF "$build" "$tmp/ldd" || grep -qF "$src" "$tmp/ldd"; then
        fail "$bin loads a library from the build tree"
    fi
done
# The unit starts the packaged binary, not a hand-installed one.
grep -qx 'ExecStart=/usr/bin/omnikast-server serve' \
    "$root/usr/lib/systemd/system/omnikast-server.service" ||
    fail "omnikast-server.service does not start /usr/bin/omnikast-server"

home=$tmp/home
mkdir -p "$home"
run_clean() {
    (cd "$home" && exec env -i PATH=/usr/bin:/bin HOME="$home" "$@")
}

step "omnikast --version, omnikast-server --version (from the unpacked root)"
version=$(dpkg-deb --field "$deb" Version)
out=$(run_clean "$root/usr/bin/omnikast" --version) || fail "omnikast --version failed"
echo "$out"
[ "$out" = "omnikast $version" ] || fail "omnikast --version says '$out', the package is $version"
out=$(run_clean "$root/usr/bin/omnikast-server" --version) || fail "omnikast-server --version failed"
echo "$out"
grep -qF "$version" <<<"$out" || fail "omnikast-server --version says '$out', the package is $version"

step "omnikast probe (from the unpacked root)"
"$ffmpeg" -v error -y -f lavfi -i testsrc2=size=256x128:rate=10:duration=1 \
    -c:v libx264 -pix_fmt yuv420p "$tmp/clip.mp4"
run_clean "$root/usr/bin/omnikast" probe "$tmp/clip.mp4" --json >"$tmp/probe.json" ||
    fail "omnikast probe failed"
cat "$tmp/probe.json"
grep -q '"width": *256' "$tmp/probe.json" || fail "probe did not report the clip's width"

step "a clean root: the package and its dependencies only, entered with chroot"
# Container-free stand-in for a fresh install: the root gets what `debootstrap --variant=minbase`
# would give it (the packages of priority required), the package's files and the files of every
# package its Depends pull in (recursively, first installed alternative, as dpkg installed them
# on this machine), and nothing else; the programs then run inside it. A library or data the
# package needs but does not declare is missing there, as it would be on a user's machine.
if [ "$(id -u)" != 0 ]; then
    echo "SKIP: chroot needs root"
else
    clean=$tmp/clean
    mkdir -p "$clean"
    declare -A provider
    while read -r pkg provides; do
        IFS=',' read -ra items <<<"$provides"
        for item in "${items[@]}"; do
            name=$(sed -E 's/^ *([^ (]+).*/\1/' <<<"$item")
            [ -n "$name" ] && [ -z "${provider[$name]:-}" ] && provider[$name]=$pkg
        done
    done < <(dpkg-query -W -f='${db:Status-Abbrev} ${Package} ${Provides}\n' '*' | awk '$1 == "ii" { $1 = ""; print }')
    installed() { dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | grep -q '^ii'; }
    declare -A seen
    queue=()
    enqueue() {  # one Depends field: the first installed alternative of each group
        local field=$1 group alt name
        IFS=',' read -ra groups <<<"$field"
        for group in "${groups[@]}"; do
            IFS='|' read -ra alts <<<"$group"
            for alt in "${alts[@]}"; do
                name=$(sed -E 's/^ *([^ (]+).*/\1/; s/:any$//' <<<"$alt")
                [ -n "$name" ] || continue
                if installed "$name"; then queue+=("$name"); break; fi
                if [ -n "${provider[$name]:-}" ]; then queue+=("${provider[$name]}"); break; fi
            done
        done
    }
    enqueue "$depends"
    while read -r priority pkg; do
        [ "$priority" = required ] && queue+=("$pkg")
    done < <(dpkg-query -W -f='${db:Status-Abbrev} ${Priority} ${Package}\n' '*' |
        awk '$1 == "ii" { print $2, $3 }')
    while [ ${#queue[@]} -gt 0 ]; do
        pkg=${queue[0]}
        queue=("${queue[@]:1}")
        [ -z "${seen[$pkg]:-}" ] || continue
        seen[$pkg]=1
        enqueue "$(dpkg-query -W -f='${Depends}, ${Pre-Depends}' "$pkg")"
    done
    echo "${#seen[@]} packages: the required ones and the package's dependency closure"
    # Debian 12's merged /usr: the top-level directories are links into /usr, as on the host.
    for d in bin sbin lib lib64; do
        if [ -L "/$d" ]; then mkdir -p "$clean/usr/$d" && ln -s "usr/$d" "$clean/$d"; fi
    done
    for pkg in "${!seen[@]}"; do dpkg-query -L "$pkg"; done | grep -v '^/\.$' | sed 's|^/||' |
        sort -u >"$tmp/clean.list"
    # Directories as entries only: a package's file list names what it owns, not everything
    # under a directory it shares.
    # Files a package lists but this machine lacks (removed by a later step, diverted) are
    # skipped: tar says so in clean.tar.err and goes on.
    { tar --no-recursion --ignore-failed-read -C / -cf - -T "$tmp/clean.list" \
        2>"$tmp/clean.tar.err" || true; } |
        tar --keep-directory-symlink -C "$clean" -xf -
    # Links that maintainer scripts made, which no package lists: the alternatives chosen here
    # (libblas.so.3, for one), for those whose chosen file came with the packages above.
    while read -r link; do
        alt=$(readlink "$link")
        target=$(readlink -f "$alt") || continue
        [ -e "$clean$target" ] || continue
        mkdir -p "$clean$(dirname "$link")" "$clean/etc/alternatives"
        ln -sfn "$alt" "$clean$link"
        ln -sfn "$target" "$clean$alt"
    done < <(find /usr/bin /usr/sbin /usr/lib -lname '/etc/alternatives/*' 2>/dev/null)
    dpkg-deb -x "$deb" "$clean"
    mkdir -p "$clean/tmp" "$clean/root" "$clean/dev"
    cp "$tmp/clip.mp4" "$clean/tmp/clip.mp4"
    chroot_bin=$(PATH=$PATH:/usr/sbin:/sbin command -v chroot) || fail "no chroot program"
    in_clean() { env -i PATH=/usr/bin:/bin HOME=/root "$chroot_bin" "$clean" "$@"; }
    out=$(in_clean /usr/bin/omnikast --version) || fail "omnikast --version failed in the clean root"
    echo "$out"
    [ "$out" = "omnikast $version" ] || fail "omnikast --version in the clean root says '$out'"
    out=$(in_clean /usr/bin/omnikast-server --version) ||
        fail "omnikast-server --version failed in the clean root"
    echo "$out"
    in_clean /usr/bin/omnikast probe /tmp/clip.mp4 --json >"$tmp/probe-clean.json" ||
        fail "omnikast probe failed in the clean root"
    grep -q '"width": *256' "$tmp/probe-clean.json" || fail "probe in the clean root: no width"
    echo "probe in the clean root: ok"
fi

step "omnikast:// links (from the unpacked root)"
# A malformed link: one line, exit 1, without a display (none is set here).
if run_clean "$root/usr/bin/omnikast" 'omnikast://h/events/a' 2>"$tmp/link.err"; then
    fail "a malformed omnikast:// link was accepted"
fi
[ "$(cat "$tmp/link.err")" = 'omnikast link: expected the path /event/CHANNEL, /room/ROOM or /signin, got "/events/a"' ] ||
    { cat "$tmp/link.err"; fail "no one-line error for a malformed link"; }
# A good one, end to end: the packaged server serves an event, the packaged viewer opens the
# link's (second) channel, which the server sees as that channel's room being joined. The
# viewer also loads its QML here, so the qml6-module-* dependencies are exercised.
head -c 48 /dev/urandom | base64 >"$tmp/jwt.secret"
# The packaged server with a test event, on a random port: sets $port and $server; logs to $1.
start_server() {
    port=$((20000 + RANDOM % 20000))
    # Exec'd all the way down (no function or subshell left in between), so $! is the server's
    # own pid and the kill below stops it; through run_clean it stopped only a subshell, and the
    # servers outlived the test.
    (cd "$home" && exec env -i PATH=/usr/bin:/bin HOME="$home" "$root/usr/bin/omnikast-server" \
        --listen 127.0.0.1 --port "$port" --db "$tmp/rooms-$port.db" \
        --jwt-secret-file "$tmp/jwt.secret" \
        --catalog "$src/tests/catalog/data/stage360.catalog.json") >"$1" 2>&1 &
    server=$!
    for _ in $(seq 50); do
        grep -q 'event=listening' "$1" && break
        sleep 0.2
    done
}
start_server "$tmp/server.log"
rc=0
run_clean QT_QPA_PLATFORM=offscreen timeout 12 "$root/usr/bin/omnikast" \
    "omnikast://127.0.0.1:$port/event/dome" >"$tmp/viewer.log" 2>&1 || rc=$?
kill "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
# 124: still running when timeout stopped it, as a window should be.
[ "$rc" = 124 ] || { cat "$tmp/viewer.log"; fail "the viewer exited with $rc on a good link"; }
grep -q 'room_created room=dome' "$tmp/server.log" ||
    { cat "$tmp/viewer.log" "$tmp/server.log"; fail "the link did not open channel dome"; }
if grep -E 'module ".*" is not installed|failed to load' "$tmp/viewer.log"; then
    fail "the packaged viewer's QML did not load"
fi
echo "opened channel dome of http://127.0.0.1:$port/catalog.json"

step "the viewer in the clean root opens a link (QML and plugins from the Depends only)"
if [ -z "${clean:-}" ]; then
    echo "SKIP: no clean root (chroot needs root)"
else
    start_server "$tmp/server-clean.log"
    rc=0
    # The clock runs outside the root; chroot execs the viewer, so a 124 is the viewer's own.
    timeout 12 env -i PATH=/usr/bin:/bin HOME=/root QT_QPA_PLATFORM=offscreen "$chroot_bin" \
        "$clean" /usr/bin/omnikast "omnikast://127.0.0.1:$port/event/dome" \
        >"$tmp/viewer-clean.log" 2>&1 || rc=$?
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    [ "$rc" = 124 ] ||
        { cat "$tmp/viewer-clean.log"; fail "the viewer in the clean root exited with $rc"; }
    if grep -E 'module ".*" is not installed|failed to load|Could not find the Qt platform plugin' \
        "$tmp/viewer-clean.log"; then
        fail "the viewer's QML or platform plugin is missing from the Depends"
    fi
    grep -q 'room_created room=dome' "$tmp/server-clean.log" ||
        { cat "$tmp/viewer-clean.log"; fail "the viewer in the clean root did not open channel dome"; }
    echo "the viewer in the clean root opened channel dome"
fi

step "man pages name every flag of --help"
for bin in omnikast omnikast-server; do
    help=$(run_clean "$root/usr/bin/$bin" --help)
    page=$(zcat "$root/usr/share/man/man1/$bin.1.gz" | sed 's/\\-/-/g')
    while read -r flag; do
        grep -qF -- "$flag" <<<"$page" || fail "man page $bin.1 lacks $flag from --help"
    done < <(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
    if command -v man >/dev/null; then
        warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/$bin.1.gz" 2>&1 >/dev/null || true)
        [ -z "$warnings" ] || fail "man $bin.1: $warnings"
    fi
done

step "desktop-file-validate"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/$app_id.desktop" ||
        fail "desktop-file-validate"
    grep -q 'x-scheme-handler/omnikast;' "$root/usr/share/applications/$app_id.desktop" ||
        fail "the desktop file does not handle omnikast://"
else
    echo "SKIP: desktop-file-validate is not installed (desktop-file-utils)"
fi

step "appstreamcli validate --no-net"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
        fail "appstreamcli validate"
else
    echo "SKIP: appstreamcli is not installed (appstream)"
fi

step "lintian"
if command -v lintian >/dev/null; then
    # Errors fail; warnings are for reading. lintian-accepted lists the error tags this package
    # cannot fix, each with its reason.
    lintian --tag-display-limit 0 "$deb" >"$tmp/lintian" 2>&1 || true
    cat "$tmp/lintian"
    grep -E '^E: ' "$tmp/lintian" >"$tmp/lintian-errors" || true
    while read -r tag _; do
        [ -n "$tag" ] && [ "${tag:0:1}" != "#" ] && sed -i "/: $tag\( \|$\)/d" "$tmp/lintian-errors"
    done <"$src/tests/packaging/lintian-accepted"
    [ ! -s "$tmp/lintian-errors" ] || fail "lintian reported errors: $(cat "$tmp/lintian-errors")"
else
    echo "SKIP: lintian is not installed"
fi

echo "PASS"
