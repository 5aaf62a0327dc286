#!/usr/bin/env bash
# bench/parity.sh: ApacheBench and `serverbench ab` (socket engine) side by
# side on servers written the way students write them
# (tests/fixtures/student_server.py: select-listen1, thread-spin, reset,
# stall, no-length, varying). For every fixture and c = 1, 5, 30 it runs
# `ab -n N -c C -s S URL` and the same `serverbench ab` command, alternating
# them in one run, each against a fresh fixture process (the fixtures count
# connections: "the 7th is reset"), and prints one table per fixture:
# requests/s, failed requests and Document Length (or the line ab aborts
# with, and how many requests were done) for both, and the requests/s ratio.
#
# usage: bench/parity.sh [path/to/serverbench]
#   env: N=1000, S=10 (-s), REPS=1 (median of REPS alternating runs),
#        EVERY=7 (reset/stall: which connection), STALL=3 (seconds the stall
#        fixture holds its request; below -s, so the run survives it)
# tst_parity (tests/parity) asserts the same comparisons; this only measures.
# select-listen1 at c = 30: the listen(1) backlog drops 28 of the 30 first
# SYNs (TcpExtListenOverflows) and the run ends before their 1 s retransmit,
# so 2 connections do the n requests in turn; ab alone moves 1.5x between
# runs there (issue 10): use REPS >= 3 and read the ratio with that in mind.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
SB=${1:-${SERVERBENCH_BIN:-$HERE/../build/app/serverbench}}
N=${N:-1000}
S=${S:-10}
REPS=${REPS:-1}
EVERY=${EVERY:-7}
STALL=${STALL:-3}
PY=/usr/bin/python3 # the PATH python3 may be pyenv's
FIXTURE=$HERE/../tests/fixtures/student_server.py
for tool in /usr/bin/ab $PY setsid; do
    command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done
[ -x "$SB" ] || { echo "no serverbench binary at $SB" >&2; exit 1; }

DIR=$(mktemp -d /tmp/serverbench-parity.XXXXXX)
FIX_PID=""
stop_fixture() {
    [ -n "$FIX_PID" ] || return 0
    # The fixture leads its own process group (setsid); thread-spin's threads
    # never end, so the whole group goes.
    kill -KILL -- "-$FIX_PID" 2>/dev/null || kill -KILL "$FIX_PID" 2>/dev/null || true
    wait "$FIX_PID" 2>/dev/null || true
    FIX_PID=""
}
cleanup() { stop_fixture; rm -rf "$DIR"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# start_fixture MODE [ARGS...]: sets FIX_PID and FIX_PORT
start_fixture() {
    : >"$DIR/port"
    setsid "$PY" "$FIXTURE" "$@" >"$DIR/port" 2>/dev/null </dev/null &
    FIX_PID=$!
    for _ in $(seq 200); do grep -q '^PORT' "$DIR/port" && break; sleep 0.05; done
    FIX_PORT=$(awk '/^PORT/ {print $2}' "$DIR/port")
    [ -n "$FIX_PORT" ] || { echo "fixture $1 did not start" >&2; exit 1; }
}

fixture_args() { # MODE -> the fixture's arguments
    case $1 in
    reset) echo "reset --every $EVERY" ;;
    stall) echo "stall --every $EVERY --stall $STALL" ;;
    *) echo "$1" ;;
    esac
}

# run TOOL MODE C: one run against a fresh fixture; prints
# "rps|failed|doclen|abort" (rps empty when the run did not finish)
run() {
    local tool=$1 mode=$2 c=$3 rc=0 out
    # shellcheck disable=SC2046
    start_fixture $(fixture_args "$mode")
    local url="http://127.0.0.1:$FIX_PORT/"
    local args=(-n "$N" -c "$c" -s "$S")
    if [ "$tool" = ab ]; then
        out=$(/usr/bin/ab "${args[@]}" "$url" 2>"$DIR/err") || rc=$?
    else
        out=$(QT_QPA_PLATFORM=offscreen "$SB" ab --engine socket "${args[@]}" "$url" \
            2>"$DIR/err") || rc=$?
    fi
    stop_fixture
    local abort_line
    abort_line=$(grep -Ev '^(Completed|Finished) [0-9]+ requests$' "$DIR/err" | head -n 1 || true)
    awk -v rc="$rc" -v abort="$abort_line" '
        /^Requests per second:/ { rps = $4 }
        /^Failed requests:/ { failed = $3 }
        /^Document Length:/ { doc = $3 ($4 == "" ? "" : " " $4) }
        /^Total of [0-9]+ requests completed/ { total = $3 }
        END {
            if (rc != 0 || abort != "") {
                line = abort == "" ? "exit " rc : abort
                if (total != "") line = line ", " total " done"
                printf "|||%s (exit %s)\n", line, rc
            } else {
                printf "%s|%s|%s|\n", rps, failed, doc
            }
        }' <<<"$out"
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR) print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

cell() { # "rps|failed|doclen|abort" (several lines, one per rep) -> table cell
    local first rps
    first=$(head -n 1 <<<"$1")
    IFS='|' read -r _ failed doc abort <<<"$first"
    if [ -n "$abort" ]; then
        echo "$abort"
        return
    fi
    rps=$(cut -d'|' -f1 <<<"$1" | grep -v '^$' | median)
    printf '%.2f, %s failed, %s' "$rps" "$failed" "$doc"
}

LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
COMMIT=$(git -C "$HERE/.." rev-parse --short HEAD 2>/dev/null || echo "?")
echo "ab -n $N -c C -s $S vs serverbench ab --engine socket (same options), fresh fixture per run"
for mode in select-listen1 thread-spin reset stall no-length varying; do
    echo
    echo "student_server.py $(fixture_args "$mode"):"
    echo
    echo "| c | ab req/s, failed, Document Length | serverbench ab req/s, failed, Document Length | ratio |"
    echo "|---|---|---|---|"
    for c in 1 5 30; do
        AB=""; OURS=""
        for _ in $(seq "$REPS"); do
            AB+="$(run ab "$mode" "$c")"$'\n'
            OURS+="$(run sb "$mode" "$c")"$'\n'
        done
        AB=${AB%$'\n'}; OURS=${OURS%$'\n'}
        ab_rps=$(cut -d'|' -f1 <<<"$AB" | grep -v '^$' | median || true)
        our_rps=$(cut -d'|' -f1 <<<"$OURS" | grep -v '^$' | median || true)
        ratio="—"
        if [ -n "$ab_rps" ] && [ -n "$our_rps" ]; then
            ratio=$(awk -v a="$our_rps" -v b="$ab_rps" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }')
        fi
        echo "| $c | $(cell "$AB") | $(cell "$OURS") | $ratio |"
    done
done
echo
echo "(median of $REPS alternating run(s); serverbench $COMMIT at $SB; $(nproc) cores;" \
    "load average at start: $LOAD_BEFORE)"
