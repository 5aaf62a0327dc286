#!/bin/sh
# The default sweep with its full export vs the same number of bare ab runs.
#
#   bench/sweep.sh [path/to/serverbench]        (ROUNDS=3, REPEAT=15 by default)
#
# A: `serverbench sweep --out DIR --repeat REPEAT` (levels 1,5,10,30,50,75,100,
#    n 1000, both embedded servers, one warm-up run per server, REPEAT runs per
#    cell, markdown + PNGs + CSV + JSON), wall time of the process.
# B: as many `ab -n 1000 -c N` runs against the same two servers, each started
#    by `serverbench serve --model M --port 0`: per server one run at c = 1
#    (the warm-up) and REPEAT runs per level; only the ab runs are timed
#    (server start-up is left out, in ab's favour).
# A and B alternate ROUNDS times (the machine is shared: one round can be
# unlucky); prints every round and the median ratio A / B (goal: <= 1.5).
set -eu

BIN=${1:-${SERVERBENCH_BIN:-build/app/serverbench}}
ROUNDS=${ROUNDS:-3}
REPEAT=${REPEAT:-15}
LEVELS="1 5 10 30 50 75 100"
N=1000
command -v ab >/dev/null || { echo "ab is not installed (apache2-utils)" >&2; exit 1; }
command -v bc >/dev/null || { echo "bc is not installed" >&2; exit 1; }
[ -x "$BIN" ] || { echo "no serverbench at $BIN (give its path)" >&2; exit 1; }

tmp=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

now() { date +%s.%N; }
calc() { echo "$1" | bc -l; }

export XDG_DATA_HOME="$tmp/xdg" # the sweep's autosave stays in the temporary folder
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
[ -n "${XDG_RUNTIME_DIR:-}" ] || { mkdir -m 700 "$tmp/run"; export XDG_RUNTIME_DIR="$tmp/run"; }
# shellcheck disable=SC3045 # dash and bash both have ulimit -n
ulimit -n 4096 2>/dev/null || true

# A: sets sweep_s and runs_s
run_sweep() {
    rm -rf "$tmp/report"
    t0=$(now)
    "$BIN" sweep --out "$tmp/report" --repeat "$REPEAT" >"$tmp/sweep.md" 2>"$tmp/sweep.err"
    t1=$(now)
    sweep_s=$(calc "$t1 - $t0")
    runs_s=$(awk '/^\[ *[0-9]+\/[0-9]+\]/ && / s$/ {s += $(NF-1)} END {printf "%.3f", s}' \
        "$tmp/sweep.err")
    files=$(find "$tmp/report" -type f | wc -l)
    pngs=$(find "$tmp/report" -name '*.png' | wc -l)
    if [ "$verbose" = 1 ]; then
        grep -E '^\[' "$tmp/sweep.err" || true
    else # only the runs that stand out
        awk '/^\[ *[0-9]+\/[0-9]+\]/ && / s$/ && $(NF-1) > 0.5' "$tmp/sweep.err"
    fi
    printf 'A: %.3f s wall, %d files (%d PNG); its measured runs took %.3f s (time taken), the rest\n' \
        "$sweep_s" "$files" "$pngs" "$runs_s"
    printf '   (start-up, servers, warm-ups, settling, autosave, export) %.3f s\n' \
        "$(calc "$sweep_s - $runs_s")"
}

# B: sets ab_s
run_ab() {
    ab_s=0
    for model in async thread; do
        "$BIN" serve --model "$model" --port 0 >"$tmp/$model.url" 2>"$tmp/$model.err" &
        server_pid=$!
        tries=0
        until grep -q '^http://' "$tmp/$model.url"; do
            tries=$((tries + 1))
            [ "$tries" -lt 200 ] || { echo "serve --model $model did not start" >&2; exit 1; }
            sleep 0.05
        done
        url=$(head -n1 "$tmp/$model.url")
        for c in 1 $(for level in $LEVELS; do yes "$level" | head -n "$REPEAT"; done); do
            t0=$(now)
            ab -n "$N" -c "$c" "$url" >"$tmp/ab.txt" 2>&1 || true
            t1=$(now)
            run_s=$(calc "$t1 - $t0")
            ab_s=$(calc "$ab_s + $run_s")
            if [ "$verbose" = 1 ]; then
                rps=$(sed -n 's/^Requests per second: *\([0-9.]*\).*/\1/p' "$tmp/ab.txt")
                failed=$(sed -n 's/^Failed requests: *\([0-9]*\).*/\1/p' "$tmp/ab.txt")
                printf '  ab %-6s c=%-3s %9s req/s  failed %s  %.3f s\n' "$model" "$c" \
                    "${rps:--}" "${failed:--}" "$run_s"
            fi
        done
        kill "$server_pid"
        wait "$server_pid" 2>/dev/null || true
        server_pid=""
    done
    printf 'B: %.3f s wall (%d ab runs)\n' "$ab_s" "$((2 * (1 + 7 * REPEAT)))"
}

echo "A = serverbench sweep --out DIR (levels $LEVELS, n $N, async + thread, full export)"
echo "A runs $REPEAT repeats per cell plus a warm-up per server: $((2 * (1 + 7 * REPEAT))) runs"
echo "B = as many ab -n $N -c N runs, same levels, against serverbench serve --model async|thread"
: >"$tmp/ratios"
round=1
while [ "$round" -le "$ROUNDS" ]; do
    verbose=0
    [ "$round" = 1 ] && verbose=1
    echo "== round $round"
    run_sweep
    run_ab
    ratio=$(calc "$sweep_s / $ab_s")
    printf 'round %d: A %.3f s, B %.3f s, A / B = %.2fx\n' "$round" "$sweep_s" "$ab_s" "$ratio"
    echo "$ratio" >>"$tmp/ratios"
    round=$((round + 1))
done

median=$(sort -n "$tmp/ratios" | awk '{r[NR] = $1} END {print (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2}')
echo "== result"
printf 'ratio A / B over %d rounds: %s; median %.2fx (goal <= 1.5x)\n' "$ROUNDS" \
    "$(sort -n "$tmp/ratios" | awk '{printf "%s%.2fx", (NR > 1 ? ", " : ""), $1}')" "$median"
