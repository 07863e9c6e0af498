#!/usr/bin/env bash
# Installs every Debian 12 package Omnikast needs to build, run and test.
# Idempotent: packages already present are skipped, so a warm machine pays only a dpkg query.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang clang-format libclang-rt-14-dev
  # Qt 6.4
  qt6-base-dev qt6-declarative-dev qt6-multimedia-dev qt6-websockets-dev qt6-httpserver-dev
  libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-shadertools-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel qml6-module-qtmultimedia
  qml6-module-qttest
  # the icon set (SVG, resources/icons/ui) through Qt's SVG image plugin
  libqt6svg6
  # FFmpeg 5.1 and the CLI used to make test media
  libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libswresample-dev libavfilter-dev
  ffmpeg
  # hardware decoding headers
  libva-dev libdrm-dev
  # GL / EGL headless, and a real X server for window tests
  libgl-dev libegl-dev libgles-dev libgl1-mesa-dri libegl-mesa0 mesa-utils xvfb xauth x11-utils
  # Xlib and GLX headers: the headset session on the window's GLX (XR_KHR_opengl_enable, Xlib)
  libx11-dev libglx-dev
  # OpenXR loader; lavapipe (Vulkan on the CPU) for Monado's null compositor, which the XR tests
  # run against when XR_RUNTIME_JSON is set (docs/XR.md)
  libopenxr-dev libopenxr-loader1 mesa-vulkan-drivers
  # omnikast-server: token signing and the SQLite driver of Qt Sql
  libjwt-dev libqt6sql6-sqlite
  # omnikast-server accounts: sign-in mail over SMTP (libcurl), and the real SMTP server the
  # sign-in tests deliver to (aiosmtpd, run with Debian's /usr/bin/python3)
  libcurl4-openssl-dev python3-aiosmtpd
  # ID tokens (RS256, ES256) checked with OpenSSL; the real OpenID Connect provider the sign-in
  # tests run (npm's oidc-provider, installed below into the build folder) needs Node.js
  libssl-dev nodejs
  # the viewer keeps sign-ins in the system keyring (libsecret); the keyring tests run a real
  # GNOME Keyring on a D-Bus session of their own (tests/support/with-keyring.sh)
  libsecret-1-dev gnome-keyring dbus libsecret-tools
  # omnikast-server scale-out: Qt Sql's PostgreSQL driver, hiredis for the Redis fan-out, and the
  # real PostgreSQL and redis-server the scale-out tests run (tests/server/scale-out-services.sh)
  libqt6sql6-psql libhiredis-dev postgresql postgresql-client redis-server
  # fonts: emoji in chat, and Japanese/Chinese/Korean text (events run in Japanese)
  fonts-noto-color-emoji fonts-noto-cjk
  # packaging (.deb via CPack, icons, translations) and its checks
  dpkg-dev qt6-l10n-tools librsvg2-bin desktop-file-utils appstream lintian
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev mpv imagemagick bc
  # a sound server with a null sink, so audio tests use the real QAudioSink without a sound card
  pulseaudio pulseaudio-utils
)
# Debian's npm, unless an npm is already there (NodeSource's nodejs carries its own, and the two
# packages conflict).
command -v npm >/dev/null || packages+=(npm)

# Test-only Node packages, installed into the build folder, never committed: a real OpenID
# Connect provider for the sign-in tests (oidc-provider 8) and the OpenAPI mock server the
# Dreamkast tests build from Dreamkast's own API description (Prism 4.14.1: the last release
# whose declared Node.js range, >= 16, takes Debian 12's Node 18.19; 5.x asks for >= 18.20.1).
# `install-deps.sh --viewer` (scripts/run.sh) leaves them out: the viewer does not need them.
node_packages=("oidc-provider@8:oidc-provider" "@stoplight/prism-cli@4.14.1:@stoplight/prism-cli")
install_node_packages() {
  local root build dir entry spec name wanted=()
  if [ "$viewer_only" = 1 ]; then return; fi
  root=$(cd "$(dirname "$0")/.." && pwd)
  build=${OMNIKAST_BUILD_DIR:-$root/build}
  dir="$build/test-node"
  for entry in "${node_packages[@]}"; do
    spec=${entry%%:*}
    name=${entry#*:}
    if [ -f "$dir/node_modules/$name/package.json" ]; then
      echo "install-deps: $name present in $dir"
    else
      wanted+=("$spec")
    fi
  done
  [ ${#wanted[@]} -eq 0 ] && return
  command -v npm >/dev/null || { echo "install-deps: npm is missing; run as root" >&2; return 1; }
  mkdir -p "$dir"
  echo "install-deps: installing ${wanted[*]} (test only) into $dir"
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "${wanted[@]}" >/dev/null
}

viewer_only=0
[ "${1:-}" = "--viewer" ] && viewer_only=1
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  install_node_packages
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages (${missing[*]}); run as root" >&2
  exit 1
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
install_node_packages
