#!/usr/bin/env bash
# Installs what is missing (reference tools included), builds with warnings as
# errors and runs every test with ctest; then the whole suite again under
# AddressSanitizer + UndefinedBehaviorSanitizer, the threaded code's tests under
# ThreadSanitizer, and each parser's libFuzzer target for FUZZ_SECONDS (60);
# then builds the .deb from build/ and checks it (tests/package/check.sh).
# Any failure or sanitizer report fails the run.
#   ./test.sh                 everything, as CI runs it
#   STAGES="normal" ./test.sh -R embedded    one stage, ctest arguments passed on
set -euo pipefail
cd "$(dirname "$0")"
stages=${STAGES:-normal address thread fuzz package}
scripts/install-deps.sh --test
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
started=$SECONDS
stage() { printf '\n=== %s (%d s so far)\n' "$1" $((SECONDS - started)); }

for s in $stages; do
    case $s in
    normal)
        stage "build and test (Release, -Werror)"
        scripts/build.sh
        # Load tests measure; they run one at a time so they do not skew each other.
        ctest --test-dir build --output-on-failure --timeout 600 "$@"
        ;;
    address | thread)
        stage "sanitizer: $s"
        scripts/sanitize.sh "$s" "$@"
        ;;
    fuzz)
        stage "fuzz: ${FUZZ_SECONDS:-60} s per parser"
        tests/fuzz/run.sh "${FUZZ_SECONDS:-60}"
        ;;
    package)
        stage "package: the .deb, lintian, AppStream, man page, completion"
        scripts/build.sh # nothing to do after the normal stage
        rm -f build/serverbench_*.deb
        cmake --build build --target package >build/package.log 2>&1 || {
            cat build/package.log
            exit 1
        }
        tests/package/check.sh build
        ;;
    *)
        echo "test.sh: unknown stage '$s' (normal, address, thread, fuzz, package)" >&2
        exit 2
        ;;
    esac
done
stage "all stages passed"
