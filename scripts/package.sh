#!/bin/sh
# Builds the Debian package to ship: installs what is missing, makes a Release build (no
# sanitizers, no tests, no benchmarks) and runs CPack. Prints the path of the .deb, which
# installs with `apt-get install ./<file>.deb` on Debian 12.
# BUILTON_BUILD_DIR picks another build folder (default: build/package).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${BUILTON_BUILD_DIR:-$root/build/package}"
jobs="${BUILTON_JOBS:-$(nproc)}"

"$root/scripts/install-deps.sh"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DBUILTON_WERROR=OFF -DBUILTON_SANITIZE=OFF \
    -DBUILTON_BUILD_TESTS=OFF -DBUILTON_BUILD_BENCH=OFF
cmake --build "$build" --parallel "$jobs"

rm -f "$build"/*.deb
(cd "$build" && cpack -G DEB -B "$build")

set -- "$build"/*.deb
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    echo "package: expected one .deb in $build, found: $*" >&2
    exit 1
fi
echo "$1"
