#!/bin/sh
# fuzz.sh [SECONDS]: build the libFuzzer targets of fuzz/ with clang (ASan + UBSan, optimized
# with debug info) in build/fuzz, then run each for SECONDS (30 by default) over a copy of its
# seed corpus in fuzz/corpus/<name>/; the committed corpus is never written to. Fails when a
# target finds a crash, a leak, a timeout or a broken invariant, printing the reproducer's path
# (replay it with: build/fuzz/bin/fuzz_<name> <reproducer>).
# Environment: BUILTON_FUZZ_BUILD (build folder), BUILTON_JOBS (build jobs, and targets run at
# once, one core each; default nproc),
# BUILTON_FUZZ_TARGETS (names to run, e.g. "jwt rawjson"; default all).
set -eu
seconds="${1:-30}"
root=$(cd "$(dirname "$0")/.." && pwd)
build="${BUILTON_FUZZ_BUILD:-$root/build/fuzz}"
jobs="${BUILTON_JOBS:-$(nproc)}"
targets="${BUILTON_FUZZ_TARGETS:-request jwt rawjson userpatch extjson pagejson}"

# The longest input worth trying, per target: a token up to its 8 KiB cap; user bodies past the
# 64 KiB document cap; pages and documents the size of the recorded ones.
max_len() {
    case "$1" in
        jwt) echo 8500 ;;
        request) echo 16384 ;;
        userpatch) echo 70000 ;;
        rawjson) echo 16384 ;;
        *) echo 32768 ;;
    esac
}

launcher=""
if command -v ccache >/dev/null 2>&1; then
    launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
fi
# shellcheck disable=SC2086 # $launcher is empty or one argument
cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DBUILTON_FUZZ=ON $launcher >/dev/null
fuzz_targets=""
for name in $targets; do
    fuzz_targets="$fuzz_targets fuzz_$name"
done
# shellcheck disable=SC2086 # one word per target
cmake --build "$build" --parallel "$jobs" --target $fuzz_targets

# A smaller quarantine than ASan's 256 MB: use-after-free is still caught within the last
# 64 MB freed, and RSS stays far below -rss_limit_mb in long runs.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1:quarantine_size_mb=64"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"

# run_target NAME: one target for $seconds from its seed corpus; its exit status in
# $build/runs/NAME/status.
run_target() {
    name=$1
    work="$build/runs/$name"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    cp "$root/fuzz/corpus/$name/"* "$work/corpus/"
    status=0
    "$build/bin/fuzz_$name" -max_total_time="$seconds" -max_len="$(max_len "$name")" \
        -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/" "$work/corpus" >"$work/fuzz.log" 2>&1 || status=$?
    echo "$status" >"$work/status"
}

# $jobs targets at a time (each is one process on one core).
running=0
for name in $targets; do
    run_target "$name" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait
        running=0
    fi
done
wait

failed=""
for name in $targets; do
    work="$build/runs/$name"
    log="$work/fuzz.log"
    status=$(cat "$work/status" 2>/dev/null || echo 1)
    # The last status line: "#N DONE cov: C ft: F corp: ... exec/s: E rss: R".
    summary=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
    echo "fuzz_$name: $summary"
    reproducers=$(find "$work/artifacts" -type f | sort)
    if [ "$status" -ne 0 ] || [ -n "$reproducers" ]; then
        echo "fuzz_$name FAILED (exit $status); log: $log" >&2
        grep -E 'ERROR|SUMMARY|invariant failed|==[0-9]+==' "$log" | head -n 20 >&2 || true
        for r in $reproducers; do
            echo "  reproducer: $r" >&2
        done
        failed="$failed fuzz_$name"
    fi
done

if [ -n "$failed" ]; then
    echo "fuzz: failed:$failed" >&2
    exit 1
fi
echo "fuzz: every target ran ${seconds}s without a finding."
