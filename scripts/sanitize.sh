#!/usr/bin/env bash
# Builds a sanitizer flavour of the project and runs its tests under it; any
# sanitizer report fails the test that triggered it, and so this script.
#   scripts/sanitize.sh address   the whole suite under ASan + UBSan + LeakSanitizer
#   scripts/sanitize.sh thread    the tests labelled tsan (threaded code) under TSan
# Extra arguments go to ctest (-R name, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
kind=${1:-}
shift || true
case $kind in
address) dir=build-asan flavour=address,undefined labels=() ;;
thread) dir=build-tsan flavour=thread labels=(-L tsan) ;;
*)
    echo "usage: scripts/sanitize.sh address|thread [ctest arguments]" >&2
    exit 2
    ;;
esac

# -O1: sanitizer builds at -O0 ran the load tests several times slower.
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
    -DSERVERBENCH_SANITIZE="$flavour" >/dev/null
if [[ $kind == thread ]]; then
    # Only what the labelled tests need: the GUI is not threaded code of ours.
    mapfile -t targets < <(ctest --test-dir "$dir" "${labels[@]}" -N | sed -n 's/^ *Test *#[0-9]*: //p')
    cmake --build "$dir" -j"$(nproc)" --target "${targets[@]}"
else
    cmake --build "$dir" -j"$(nproc)"
fi

supp=$root/tests/sanitizers
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:strict_init_order=1
export LSAN_OPTIONS=suppressions=$supp/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# exitcode: a run with reports fails even when the test itself passed.
# ignore_noninstrumented_modules: accesses that Qt and GLib (built without
# TSan) make through the C library are not judged; their locks are invisible
# to TSan. Our code's accesses, and its std::mutex/atomic hand-offs, are.
# die_after_fork=0: tests start servers and tools with QProcess.
export TSAN_OPTIONS=suppressions=$supp/tsan.supp:halt_on_error=0:exitcode=66:second_deadlock_stack=1:ignore_noninstrumented_modules=1:die_after_fork=0
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
ctest --test-dir "$dir" "${labels[@]}" --output-on-failure --timeout 900 "$@"
