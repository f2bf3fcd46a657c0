#!/bin/sh
# Installs every Debian 12 package BuiltOn Admin needs to build, test, package and run.
# Idempotent: installs only what is missing, and runs `apt-get update` first when it must
# install anything. Runs apt-get as root, through sudo when not already root.
set -eu

# clang, libclang-rt-14-dev (libFuzzer and clang's sanitizer runtimes, which clang only
# recommends) and llvm (llvm-symbolizer, for readable reports) serve scripts/fuzz.sh;
# postgresql-15 (a throw-away cluster, scripts/postgres.sh) and libqt6sql6-psql (QPSQL) the
# server on PostgreSQL.
PACKAGES="
build-essential cmake ninja-build pkg-config git ca-certificates
qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql qt6-wayland
libboost-dev
qtkeychain-qt6-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
qt6-svg-dev libqt6svg6
libxkbcommon-dev libgl-dev
libsimdjson-dev
dbus dbus-x11 gnome-keyring libsecret-tools
xvfb xauth fonts-dejavu-core
dpkg-dev file appstream desktop-file-utils
wrk
clang libclang-rt-14-dev llvm
postgresql-15 postgresql-client-15
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
# The SDK compatibility test and the benchmark baseline need Node.js and npm; keep a Node.js
# the machine already has (e.g. from NodeSource) and install Debian's only when there is none.
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"

if [ -z "$missing" ]; then
    echo "install-deps: every package is already installed."
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "install-deps: installing:$missing"
$SUDO apt-get update
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
