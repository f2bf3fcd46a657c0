#!/bin/sh
# Regenerates the README's pictures, docs/screenshots/{users,profile,orders}.png, with
# builton-admin's own --screenshot on the demo shop:
#   users.png    the Users page                       --show users
#   profile.png  a customer's profile (Ola Jørgensen) --open-user R6ZJ8B
#   orders.png   the Orders page, last 30 days        --show orders --orders-range last30
# It makes a Release build (the folder scripts/demo.sh uses), then runs the app three times in
# a throw-away HOME: the first run seeds a fresh demo database (the seed is deterministic; its
# dates are relative to today), the others reuse it. English, light palette, Europe/Oslo, the
# window at the fixed size --screenshot gives it; under xvfb-run (a real X server, as on a
# desktop) when it is installed, else on Qt's offscreen platform.
#
# BUILTON_BUILD_DIR picks another build folder; BUILTON_ADMIN=/path/to/builton-admin skips the
# build and uses that program (builton-server must be next to it); BUILTON_SCREENSHOTS_DIR
# writes the pictures elsewhere.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${BUILTON_BUILD_DIR:-$root/build/release}"
jobs="${BUILTON_JOBS:-$(nproc)}"
out="${BUILTON_SCREENSHOTS_DIR:-$root/docs/screenshots}"

if [ -n "${BUILTON_ADMIN:-}" ]; then
    admin=$BUILTON_ADMIN
else
    "$root/scripts/install-deps.sh"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DBUILTON_BUILD_TESTS=OFF -DBUILTON_BUILD_BENCH=OFF
    cmake --build "$build" --parallel "$jobs" --target builton-admin builton-server
    admin="$build/bin/builton-admin"
fi
if [ ! -x "$admin" ]; then
    echo "screenshots: $admin is not a program" >&2
    exit 1
fi

mkdir -p "$out"
home=$(mktemp -d "${TMPDIR:-/tmp}/builton-screenshots.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM

if command -v xvfb-run >/dev/null 2>&1; then
    platform=xcb
    echo "screenshots: $admin under xvfb-run"
else
    platform=offscreen
    echo "screenshots: $admin on Qt's offscreen platform (xvfb-run is not installed)"
fi

# display <command...>: runs the command on a private X server when there is xvfb-run.
display() {
    if [ "$platform" = xcb ]; then
        xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24 -dpi 96" "$@"
    else
        "$@"
    fi
}

# shoot <name> <options...>: one run of the app, one picture.
shoot() {
    name=$1
    shift
    file="$out/$name.png"
    rm -f "$file"
    if ! (
        unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS SESSION_MANAGER LANGUAGE
        export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
            XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state" \
            XDG_RUNTIME_DIR="$home/runtime" \
            LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 TZ=Europe/Oslo \
            QT_QPA_PLATFORM="$platform" QT_SCALE_FACTOR=1 QT_AUTO_SCREEN_SCALE_FACTOR=0 \
            QT_STYLE_OVERRIDE=Fusion BUILTON_APPEARANCE=light \
            QT_LOGGING_RULES="builton.server.access=false"
        display "$admin" --demo --screenshot "$file" --screenshot-timeout 300 "$@"
    ) >"$home/$name.log" 2>&1; then
        cat "$home/$name.log" >&2
        echo "screenshots: $name.png failed (the app's output is above)" >&2
        exit 1
    fi
    grep 'Screenshot shows:' "$home/$name.log" | sed "s/^/screenshots: $name.png: /"
    if [ "$(od -An -tx1 -N4 "$file" | tr -d ' ')" != "89504e47" ]; then
        echo "screenshots: $file is not a PNG" >&2
        exit 1
    fi
}

mkdir -p "$home/runtime"
chmod 700 "$home/runtime"
shoot users --show users
shoot profile --show users --open-user R6ZJ8B
shoot orders --show orders --orders-range last30
echo "screenshots: wrote $out/users.png, $out/profile.png and $out/orders.png"
