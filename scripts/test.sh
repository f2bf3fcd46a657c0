#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# README command (2): install what is missing, then run the whole test suite in three stages:
#
#   1. everything, built with warnings as errors under AddressSanitizer + UndefinedBehavior-
#      Sanitizer, run with CTest inside a private D-Bus session with an unlocked gnome-keyring
#      (a real Secret Service), in a throw-away HOME, so the developer's own keyring is never
#      touched;
#   2. the server suite and the SDK test again (the same build) on PostgreSQL: a throw-away
#      cluster (scripts/postgres.sh), stopped at the end;
#   3. the server suite again, built with ThreadSanitizer (the server serves requests on
#      several threads; the builton-server the tests start is instrumented too);
#   4. every fuzz target of fuzz/ for BUILTON_FUZZ_SECONDS (20) each, two at a time
#      (scripts/fuzz.sh).
#
# Extra arguments go to the CTest of stage 1 and skip the others (e.g. scripts/test.sh
# -R tst_server). BUILTON_STAGES chooses stages explicitly (e.g. BUILTON_STAGES="1 3").
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${BUILTON_BUILD_DIR:-$root/build/test}"
tsan="${BUILTON_TSAN_BUILD_DIR:-$root/build/tsan}"
jobs="${BUILTON_JOBS:-$(nproc)}"
if [ $# -gt 0 ]; then
    stages="${BUILTON_STAGES:-1}"
else
    stages="${BUILTON_STAGES:-1 2 3 4}"
fi

"$root/scripts/install-deps.sh"

started=$(date +%s)
stage_done() {
    echo "test.sh: stage $1 passed after $(($(date +%s) - started)) s"
}

# run_suite <build dir> <ctest arguments...>: CTest in the private session described above.
run_suite() {
    dir=$1
    shift
    home="$dir/test-home"
    rm -rf "$home"
    mkdir -p "$home"
    # shellcheck disable=SC2016 # the inner shell expands $0, $1 and $BUILTON_*
    env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u XDG_RUNTIME_DIR \
        HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" BUILTON_JOBS="$jobs" BUILTON_CTEST_ARGS="$*" \
        dbus-run-session -- sh -c '
            printf "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            cd "$0" && ctest --output-on-failure --parallel "$BUILTON_JOBS" $BUILTON_CTEST_ARGS
        ' "$dir"
}

for stage in $stages; do
    case "$stage" in
    1)
        cmake -S "$root" -B "$build" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
            -DBUILTON_WERROR=ON -DBUILTON_SANITIZE=ON \
            -DBUILTON_BUILD_TESTS=ON -DBUILTON_BUILD_BENCH=ON
        cmake --build "$build" --parallel "$jobs"
        # shellcheck disable=SC2068 # each argument goes to ctest as it is
        run_suite "$build" $@
        ;;
    2)
        cluster=$(mktemp -d /tmp/builton-postgres.XXXXXX)
        trap '"$root/scripts/postgres.sh" stop "$cluster"' EXIT
        BUILTON_TEST_POSTGRES=$("$root/scripts/postgres.sh" start "$cluster")
        export BUILTON_TEST_POSTGRES
        run_suite "$build" -L "server|sdk"
        unset BUILTON_TEST_POSTGRES
        "$root/scripts/postgres.sh" stop "$cluster"
        trap - EXIT
        ;;
    3)
        cmake -S "$root" -B "$tsan" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
            -DBUILTON_WERROR=ON -DBUILTON_TSAN=ON \
            -DBUILTON_BUILD_TESTS=ON -DBUILTON_BUILD_BENCH=OFF
        cmake --build "$tsan" --parallel "$jobs" --target server_tests
        run_suite "$tsan" -L server
        ;;
    4)
        "$root/scripts/fuzz.sh" "${BUILTON_FUZZ_SECONDS:-20}"
        ;;
    *)
        echo "test.sh: no stage $stage (stages are 1 to 4)" >&2
        exit 2
        ;;
    esac
    stage_done "$stage"
done
