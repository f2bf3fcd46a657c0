#!/bin/sh
# tst_packaging_deb: builds the Debian package of the current build tree with CPack (whatever
# flags the tree was configured with) into a throw-away folder, then checks it as a user's
# machine would see it: the control fields, the file list, the desktop file and AppStream
# metainfo (validated by desktop-file-validate and appstreamcli), the translations, and that
# the installed binaries start. Every failed check prints "FAIL: <reason>"; the script exits
# non-zero when any check failed.
#
# usage: check_deb.sh <build dir> <source dir> <version> <app id>
set -u

if [ $# -ne 4 ]; then
    echo "usage: $0 <build dir> <source dir> <version> <app id>" >&2
    exit 2
fi
build=$1
source=$2
version=$3
appid=$4
package=builton-admin

passed=0
failed=0
pass() {
    passed=$((passed + 1))
    echo "PASS: $*"
}
fail() {
    failed=$((failed + 1))
    echo "FAIL: $*"
}
# check <description> <command...>: one check, passes when the command succeeds.
check() {
    what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
finish() {
    echo "Totals: $passed passed, $failed failed"
    if [ "$failed" -ne 0 ]; then exit 1; fi
    exit 0
}
# abort <reason>: a failure the remaining checks cannot go on from.
abort() {
    fail "$*"
    finish
}

for tool in cpack dpkg-deb dpkg dpkg-query desktop-file-validate appstreamcli readelf; do
    command -v "$tool" >/dev/null 2>&1 || abort "$tool is not installed (scripts/install-deps.sh installs it)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/builton-packaging.XXXXXX") || abort "cannot create a temporary folder"
trap 'rm -rf "$work"' EXIT INT TERM

# --- Build the package -------------------------------------------------------------------
# cpack packs what the tree has built (CTest runs after the build; with Ninja, cpack builds
# nothing itself): it installs into a staging folder under -B, runs dpkg-shlibdeps and packs.
echo "Running cpack -G DEB on $build"
if ! (cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out") \
    >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    abort "cpack -G DEB failed (its output is above)"
fi
set -- "$work"/out/*.deb
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    cat "$work/cpack.log"
    abort "cpack made $# .deb files instead of exactly one: $*"
fi
deb=$1
arch=$(dpkg --print-architecture)
check "file name is ${package}_${version}_${arch}.deb (got $(basename "$deb"))" \
    test "$(basename "$deb")" = "${package}_${version}_${arch}.deb"

# --- Control fields ----------------------------------------------------------------------
field() { dpkg-deb --field "$deb" "$1"; }
echo "--- control"
dpkg-deb --field "$deb"
check "Package is $package" test "$(field Package)" = "$package"
check "Version is $version" test "$(field Version)" = "$version"
check "Architecture is $arch" test "$(field Architecture)" = "$arch"
check "Maintainer is set" test -n "$(field Maintainer)"
check "Section is set" test -n "$(field Section)"
check "Homepage is set" test -n "$(field Homepage)"
check "Description has a synopsis and an extended part" \
    test "$(field Description | wc -l)" -ge 3
synopsis=$(field Description | head -n 1)
check "the synopsis is under 80 characters (${#synopsis})" test "${#synopsis}" -lt 80
check "Installed-Size is set" test -n "$(field Installed-Size)"

depends=$(field Depends | tr -d ' ')
# has_relation <list> <package>: the comma-separated relation list names the package.
# shellcheck disable=SC2317 # called through check
has_relation() {
    printf '%s\n' "$1" | sed 's/[,|]/\n/g; s/([^)]*)//g' | grep -qx "$2"
}
# Listed by hand (CPACK_DEBIAN_PACKAGE_DEPENDS): loaded at run time, invisible to dpkg-shlibdeps.
for dep in libqt6sql6-sqlite libqt6svg6 qt6-wayland qt6-translations-l10n; do
    check "Depends names $dep (loaded at run time, invisible to dpkg-shlibdeps)" \
        has_relation "$depends" "$dep"
done
# Found by dpkg-shlibdeps only: proves CPACK_DEBIAN_PACKAGE_SHLIBDEPS ran.
for dep in libqt6widgets6 libqt6sql6 libqt6keychain1 libc6; do
    check "Depends names $dep (from dpkg-shlibdeps)" has_relation "$depends" "$dep"
done
recommends=$(field Recommends | tr -d ' ')
check "Recommends names gnome-keyring (a Secret Service)" has_relation "$recommends" gnome-keyring
suggests=$(field Suggests | tr -d ' ')
check "Suggests names libqt6sql6-psql (builton-server on PostgreSQL)" has_relation "$suggests" libqt6sql6-psql

# Everything Qt loads at run time comes from a package that Depends names (directly, or through
# dpkg-shlibdeps, e.g. libqt6gui6 holds the xcb and offscreen platform plugins): asked of this
# machine's dpkg, which has them all after scripts/install-deps.sh.
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)
plugins=/usr/lib/$multiarch/qt6/plugins
runtime_files="
$plugins/platforms/libqxcb.so
$plugins/platforms/libqwayland-generic.so
$plugins/platforms/libqoffscreen.so
$plugins/iconengines/libqsvgicon.so
$plugins/imageformats/libqsvg.so
$plugins/sqldrivers/libqsqlite.so
$plugins/tls/libqopensslbackend.so
/usr/share/qt6/translations/qtbase_de.qm
"
for file in $runtime_files; do
    owner=$(dpkg-query -S "$file" 2>/dev/null | head -n 1 | cut -d: -f1)
    if [ -z "$owner" ]; then
        fail "no installed package holds $file (scripts/install-deps.sh installs them all)"
        continue
    fi
    check "Depends names $owner, which holds $(basename "$file")" has_relation "$depends" "$owner"
done

# --- File list -----------------------------------------------------------------------------
dpkg-deb --contents "$deb" >"$work/contents.txt" || abort "dpkg-deb --contents failed"
# Paths only, without the leading "." (./usr/bin/x -> /usr/bin/x).
awk '{ print $6 }' "$work/contents.txt" | sed 's|^\.||; s|/$||' | grep -v '^$' >"$work/paths.txt"
echo "--- contents"
cat "$work/contents.txt"

required="
/usr/bin/builton-admin
/usr/bin/builton-server
/usr/share/applications/$appid.desktop
/usr/share/metainfo/$appid.metainfo.xml
/usr/share/icons/hicolor/scalable/apps/$appid.svg
/usr/share/doc/$package/copyright
/usr/share/doc/$package/README.md
/usr/share/doc/$package/changelog.gz
/usr/lib/systemd/system/builton-server.service
"
for path in $required; do
    check "the package holds $path" grep -qxF "$path" "$work/paths.txt"
done

# Exactly the two programs in /usr/bin: no test (tst_*) or benchmark (bench_*) program.
unexpected_bin=$(grep '^/usr/bin/.' "$work/paths.txt" \
    | grep -vxF -e /usr/bin/builton-admin -e /usr/bin/builton-server || true)
check "/usr/bin holds only builton-admin and builton-server (extra: ${unexpected_bin:-none})" \
    test -z "$unexpected_bin"
strays=$(grep -E '(^|/)(tst_|bench_)|/tests?/|testsupport' "$work/paths.txt" || true)
check "no test or benchmark files anywhere (found: ${strays:-none})" test -z "$strays"
outside=$(grep -v -e '^/usr$' -e '^/usr/' "$work/paths.txt" || true)
check "every path is under /usr (outside: ${outside:-none})" test -z "$outside"
build_paths=$(grep -F -e "$build" -e "$source" -e "_CPack_Packages" "$work/paths.txt" || true)
check "no build or source path in the file list (found: ${build_paths:-none})" test -z "$build_paths"
not_root=$(awk '$2 != "root/root" { print $6 }' "$work/contents.txt")
check "every file is owned by root/root (not: ${not_root:-none})" test -z "$not_root"
bad_mode=$(awk '$1 ~ /^-/ && $6 ~ /^\.\/usr\/bin\// && $1 != "-rwxr-xr-x" { print $6 }
                $1 ~ /^-/ && $6 !~ /^\.\/usr\/bin\// && $1 != "-rw-r--r--" { print $6 }' \
    "$work/contents.txt")
check "programs are 0755 and data files 0644 (wrong: ${bad_mode:-none})" test -z "$bad_mode"

# Translations: one catalogue per translations/*.ts, installed where the app looks for it.
ts_count=0
for ts in "$source"/translations/*.ts; do
    [ -e "$ts" ] || continue
    ts_count=$((ts_count + 1))
    qm="/usr/share/$package/translations/$(basename "$ts" .ts).qm"
    check "the package holds $qm (for translations/$(basename "$ts"))" \
        grep -qxF "$qm" "$work/paths.txt"
done
[ "$ts_count" -eq 0 ] && echo "NOTE: translations/ has no .ts file yet, so no .qm file is expected"

# --- Extracted files -------------------------------------------------------------------------
root="$work/root"
dpkg-deb --extract "$deb" "$root" || abort "dpkg-deb --extract failed"

changelog="$root/usr/share/doc/$package/changelog.gz"
if [ -f "$changelog" ]; then
    check "changelog.gz starts with the entry for $package ($version)" \
        test "$(gzip -dc "$changelog" | head -n 1 | cut -d';' -f1)" = "$package ($version) unstable"
fi

# No data file mentions the build or source tree (the programs may: sanitizer builds keep
# source file names for their reports).
leaks=""
find "$root" -type f >"$work/files.txt"
while IFS= read -r file; do
    [ "$(od -An -tx1 -N4 "$file" | tr -d ' ')" = "7f454c46" ] && continue
    if grep -qF -e "$build" -e "$source" "$file"; then leaks="$leaks ${file#"$root"}"; fi
done <"$work/files.txt"
check "no data file mentions the build or source folder (found:${leaks:- none})" test -z "$leaks"

desktop="$root/usr/share/applications/$appid.desktop"
metainfo="$root/usr/share/metainfo/$appid.metainfo.xml"
if [ -f "$desktop" ]; then
    check "desktop-file-validate accepts $appid.desktop" desktop-file-validate "$desktop"
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    check "the desktop file's Icon ($icon) is the installed icon" \
        test -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg"
    exec_cmd=$(sed -n 's/^Exec=//p' "$desktop" | cut -d' ' -f1)
    check "the desktop file's Exec ($exec_cmd) is an installed program" \
        test -x "$root/usr/bin/$exec_cmd"
fi
if [ -f "$metainfo" ]; then
    check "appstreamcli validate --no-net accepts $appid.metainfo.xml" \
        appstreamcli validate --no-net "$metainfo"
    check "the metainfo's id is $appid" grep -qF "<id>$appid</id>" "$metainfo"
    check "the metainfo launches $appid.desktop" \
        grep -qF "<launchable type=\"desktop-id\">$appid.desktop</launchable>" "$metainfo"
    check "the metainfo has a release $version" grep -qF "<release version=\"$version\"" "$metainfo"
    # Its screenshots are the README's (docs/screenshots, made by scripts/screenshots.sh), at
    # the size the metainfo gives.
    shots=$(sed -n 's|.*<image type="source" width="\([0-9]*\)" height="\([0-9]*\)">[^<]*/docs/screenshots/\([^<]*\)</image>.*|\3 \1 \2|p' "$metainfo")
    check "the metainfo lists screenshots from docs/screenshots" test -n "$shots"
    printf '%s\n' "$shots" | while read -r name width height; do
        [ -n "$name" ] || continue
        png="$source/docs/screenshots/$name"
        # A PNG's IHDR holds width and height as 32-bit big-endian numbers at bytes 16 and 20.
        size=$(od -An -tu1 -j16 -N8 "$png" 2>/dev/null \
            | awk '{ printf "%d %d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')
        if [ "$size" = "$width $height" ]; then
            echo "PASS: docs/screenshots/$name is a ${width}x$height PNG, as the metainfo says"
        else
            echo "FAIL: docs/screenshots/$name is missing or not ${width}x$height (got: ${size:-nothing})"
        fi
    done >"$work/shots.txt"
    cat "$work/shots.txt"
    passed=$((passed + $(grep -c '^PASS' "$work/shots.txt")))
    failed=$((failed + $(grep -c '^FAIL' "$work/shots.txt")))
fi

for program in builton-admin builton-server; do
    binary="$root/usr/bin/$program"
    [ -f "$binary" ] || continue
    if LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE='' QT_QPA_PLATFORM=offscreen "$binary" --help \
        >"$work/$program.help" 2>"$work/$program.err" \
        && grep -q -- "--help" "$work/$program.help"; then
        pass "$program --help prints the options"
    else
        cat "$work/$program.err"
        fail "$program --help failed or printed no options (its error output is above)"
    fi
    runpath=$(readelf -d "$binary" | grep -E 'RPATH|RUNPATH' || true)
    check "$program has no RPATH/RUNPATH: Qt comes from the system (found: ${runpath:-none})" \
        test -z "$runpath"
    # The program as installed: --version must work from the extracted /usr/bin.
    if output=$(QT_QPA_PLATFORM=offscreen "$binary" --version 2>"$work/$program.err"); then
        case $output in
        *"$version"*) pass "$program --version prints $version" ;;
        *) fail "$program --version printed '$output', without $version" ;;
        esac
    else
        cat "$work/$program.err"
        fail "$program --version failed (its error output is above)"
    fi
done

# The packaged catalogues are found where the program looks for them (next to it, in
# ../share/builton-admin/translations): its --help differs in German.
if [ "$ts_count" -gt 0 ] && [ -x "$root/usr/bin/builton-admin" ] \
    && grep -q "/usr/share/$package/translations/builton-admin_de.qm" "$work/paths.txt"; then
    if LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 LANGUAGE=de QT_QPA_PLATFORM=offscreen \
        "$root/usr/bin/builton-admin" --help >"$work/help.de" 2>/dev/null \
        && ! cmp -s "$work/help.de" "$work/builton-admin.help"; then
        pass "builton-admin --help speaks German with LANG=de_DE.UTF-8 (the packaged .qm loads)"
    else
        fail "builton-admin --help is the same with LANG=de_DE.UTF-8: the packaged translation did not load"
    fi
fi

# The package on its own: builton-admin --demo starts the builton-server next to it (the
# extracted /usr/bin), seeds the demo shop in a throw-away data folder and saves a screenshot
# once the first page of users is shown.
if [ -x "$root/usr/bin/builton-admin" ] && [ -x "$root/usr/bin/builton-server" ]; then
    home="$work/home"
    mkdir -p "$home"
    shot="$work/demo.png"
    if HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" QT_QPA_PLATFORM=offscreen \
        "$root/usr/bin/builton-admin" --demo --screenshot "$shot" >"$work/demo.log" 2>&1; then
        if [ "$(od -An -tx1 -N4 "$shot" 2>/dev/null | tr -d ' ')" = "89504e47" ]; then
            pass "builton-admin --demo --screenshot from the package saves a PNG"
        else
            cat "$work/demo.log"
            fail "builton-admin --demo --screenshot exited 0 but $shot is not a PNG"
        fi
    else
        cat "$work/demo.log"
        fail "builton-admin --demo --screenshot from the package failed (its output is above)"
    fi
fi

finish
