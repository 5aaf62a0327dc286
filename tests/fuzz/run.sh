#!/usr/bin/env bash
# Builds the libFuzzer targets of the two HTTP parsers (tests/fuzz, a project
# of its own) and runs each for SECONDS (default 60) on a copy of its seed
# corpus, so the repository never gains generated inputs. Prints one line per
# target and exits non-zero if either finds a crash, leak, sanitizer report or
# oracle failure; its inputs are kept in a temporary folder named then.
#   tests/fuzz/run.sh [SECONDS]        BUILD_DIR=... overrides build-fuzz/
set -euo pipefail

seconds="${1:-60}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${BUILD_DIR:-$root/build-fuzz}"
fuzz="$root/tests/fuzz"

cmake -S "$fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build" >/dev/null

work="$(mktemp -d "${TMPDIR:-/tmp}/serverbench-fuzz.XXXXXX")"
status=0
for parser in request response; do
    target="fuzz_http${parser}parser"
    mkdir -p "$work/$parser/corpus" "$work/$parser/artifacts"
    cp "$fuzz/corpus/$parser/." -r "$work/$parser/corpus/"
    log="$work/$parser/fuzz.log"
    started=$SECONDS
    # -max_len above the request parser's 8 KiB line limits, so they are
    # crossed too (the targets also run every input under tiny limits).
    # One job: the machine has two cores and other work.
    if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/$target" -max_total_time="$seconds" -max_len=20000 -rss_limit_mb=2048 \
        -timeout=10 -dict="$fuzz/http.dict" -print_final_stats=1 \
        -artifact_prefix="$work/$parser/artifacts/" "$work/$parser/corpus" >"$log" 2>&1; then
        result=ok
    else
        result=FAILED
        status=1
    fi
    took=$((SECONDS - started))
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
    cov="$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1 || true)"
    corpus="$(find "$work/$parser/corpus" -type f | wc -l)"
    echo "$target: $result, ${execs:-?} execs in ${took}s, ${cov:-cov: ?}, corpus $corpus files"
    if [ "$result" != ok ]; then
        grep -E 'ORACLE FAILURE|ERROR: |SUMMARY: |Test unit written' "$log" | head -n 5 || true
        echo "  log and inputs: $work/$parser"
    fi
done

if [ "$status" -eq 0 ]; then
    rm -rf "$work"
else
    echo "fuzzing found faults; artifacts kept in $work" >&2
fi
exit "$status"
