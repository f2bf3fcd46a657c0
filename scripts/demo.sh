#!/bin/sh
# README command (1): install what is missing, build, and start BuiltOn Admin on the local
# builton-server with demo data (a seeded database kept in the app's data directory).
# Extra arguments go to builton-admin (e.g. scripts/demo.sh --screenshot out.png).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${BUILTON_BUILD_DIR:-$root/build/release}"
jobs="${BUILTON_JOBS:-$(nproc)}"

"$root/scripts/install-deps.sh"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DBUILTON_BUILD_TESTS=OFF -DBUILTON_BUILD_BENCH=OFF
cmake --build "$build" --parallel "$jobs" --target builton-admin builton-server

exec "$build/bin/builton-admin" --demo "$@"
