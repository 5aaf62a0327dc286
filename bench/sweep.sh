#!/bin/sh
# The default sweep with its full export vs the same 14 bare ab runs.
#
#   bench/sweep.sh [path/to/serverbench]
#
# A: `serverbench sweep --out DIR` (levels 1,5,10,30,50,75,100, n 1000, both
#    embedded servers, markdown + PNGs + CSV + JSON), wall time of the process.
# B: `ab -n 1000 -c N` for the same 14 (server, level) pairs against the same
#    two servers, each started by `serverbench serve --model M --port 0`; only
#    the ab runs are timed (server start-up is left out, in ab's favour).
# Prints both wall times and the ratio A / B (goal: <= 1.5).
set -eu

BIN=${1:-${SERVERBENCH_BIN:-build/app/serverbench}}
LEVELS="1 5 10 30 50 75 100"
N=1000
command -v ab >/dev/null || { echo "ab is not installed (apache2-utils)" >&2; exit 1; }
[ -x "$BIN" ] || { echo "no serverbench at $BIN (give its path)" >&2; exit 1; }

tmp=$(mktemp -d)
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l; }

export XDG_DATA_HOME="$tmp/xdg" # the sweep's autosave stays in the temporary folder
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
[ -n "${XDG_RUNTIME_DIR:-}" ] || { mkdir -m 700 "$tmp/run"; export XDG_RUNTIME_DIR="$tmp/run"; }
ulimit -n 4096 2>/dev/null || true

echo "== A: serverbench sweep --out $tmp/report (levels $LEVELS, n $N, async + thread)"
t0=$(now)
"$BIN" sweep --out "$tmp/report" >"$tmp/sweep.md" 2>"$tmp/sweep.err"
t1=$(now)
sweep_s=$(elapsed "$t0" "$t1")
files=$(find "$tmp/report" -type f | wc -l)
pngs=$(find "$tmp/report" -name '*.png' | wc -l)
grep -E '^\[' "$tmp/sweep.err" || true
printf 'A: %.3f s wall, %d files written (%d PNG)\n' "$sweep_s" "$files" "$pngs"

echo "== B: ab -n $N -c N, same levels, same two servers"
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
    for c in $LEVELS; do
        t0=$(now)
        ab -n "$N" -c "$c" "$url" >"$tmp/ab_${model}_$c.txt" 2>&1 || true
        t1=$(now)
        run_s=$(elapsed "$t0" "$t1")
        ab_s=$(echo "$ab_s + $run_s" | bc -l)
        rps=$(sed -n 's/^Requests per second: *\([0-9.]*\).*/\1/p' "$tmp/ab_${model}_$c.txt")
        failed=$(sed -n 's/^Failed requests: *\([0-9]*\).*/\1/p' "$tmp/ab_${model}_$c.txt")
        printf '  ab %-6s c=%-3s %8s req/s  failed %s  %.3f s\n' "$model" "$c" "${rps:--}" \
            "${failed:--}" "$run_s"
    done
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
done
printf 'B: %.3f s wall (14 ab runs)\n' "$ab_s"

echo "== side by side"
printf '%-44s %10s\n' "what" "wall (s)"
printf '%-44s %10.3f\n' "serverbench sweep + full export (A)" "$sweep_s"
printf '%-44s %10.3f\n' "14 x bare ab -n $N (B)" "$ab_s"
printf '%-44s %10.2fx (goal <= 1.5x)\n' "ratio A / B" "$(echo "$sweep_s / $ab_s" | bc -l)"
