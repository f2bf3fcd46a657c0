#!/bin/sh
# README command (2): install what is missing, build with warnings as errors under
# AddressSanitizer + UndefinedBehaviorSanitizer, and run the whole test suite with CTest.
# The suite runs inside a private D-Bus session with an unlocked gnome-keyring (a real
# Secret Service), in a throw-away HOME, so the developer's own keyring is never touched.
# Extra arguments go to ctest (e.g. scripts/test.sh -R tst_server).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${BUILTON_BUILD_DIR:-$root/build/test}"
jobs="${BUILTON_JOBS:-$(nproc)}"

"$root/scripts/install-deps.sh"

cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
    -DBUILTON_WERROR=ON -DBUILTON_SANITIZE=ON \
    -DBUILTON_BUILD_TESTS=ON -DBUILTON_BUILD_BENCH=ON
cmake --build "$build" --parallel "$jobs"

home="$build/test-home"
rm -rf "$home"
mkdir -p "$home"
export BUILTON_CTEST_ARGS="$*"
# shellcheck disable=SC2016 # the inner shell expands $0 and $BUILTON_*
env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u XDG_RUNTIME_DIR \
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" BUILTON_JOBS="$jobs" \
    dbus-run-session -- sh -c '
        printf "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        cd "$0" && ctest --output-on-failure --parallel "$BUILTON_JOBS" $BUILTON_CTEST_ARGS
    ' "$build"
