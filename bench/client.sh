#!/usr/bin/env bash
# bench/client.sh: how fast is our load client? Starts nginx-light (1 worker)
# on loopback and alternates, in one run, ApacheBench and `serverbench ab`
# (socket engine with its default 1 thread and with --threads 2, qnam engine)
# at c = 1, 10, 100 with a connection per request
# and with keep-alive, then wrk -t2 -c100 -d5s against our keep-alive run
# for the same time. Prints requests/s (median of REPS runs), the client's
# CPU seconds per 1000 requests (user+sys of the client process; nginx is a
# separate process), and our ratio to ab and wrk.
#
# usage: bench/client.sh [path/to/serverbench]   (env: REPS=3, PORT=free)
# The binary may also be build/tests/loadtester/sb-ab (the ab command alone).
set -euo pipefail

SB=${1:-${SERVERBENCH_BIN:-$(dirname "$0")/../build/app/serverbench}}
REPS=${REPS:-3}
for tool in ab wrk /usr/sbin/nginx /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done
[ -x "$SB" ] || { echo "no serverbench binary at $SB" >&2; exit 1; }

. "$(dirname "$0")/nginx.sh"
DIR=$(mktemp -d /tmp/serverbench-client.XXXXXX)
PORT=${PORT:-$(free_port)}
cleanup() { stop_nginx; rm -rf "$DIR"; }
trap cleanup EXIT
write_default_page "$DIR"
start_nginx "$DIR" "$PORT" 1 "root $DIR/html;"
URL="http://127.0.0.1:$PORT/"
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)

# run <command...>: prints "rps cpu_per_1000" (rps from ab's or wrk's output)
run() {
    local out time_file; time_file=$DIR/time
    out=$(/usr/bin/time -f "%U %S" -o "$time_file" "$@" 2>/dev/null) || true
    local rps reqs cpu
    if grep -q "Requests/sec" <<<"$out"; then                       # wrk
        rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
        reqs=$(awk '/requests in/ {print $1}' <<<"$out")
    else                                                            # ab layout
        rps=$(awk '/^Requests per second/ {print $4}' <<<"$out")
        reqs=$(awk '/^Complete requests/ {print $3}' <<<"$out")
    fi
    cpu=$(awk -v r="${reqs:-0}" '{ if (r > 0) printf "%.4f", ($1 + $2) * 1000 / r; else print "nan" }' "$time_file")
    echo "${rps:-0} $cpu"
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

printf '%-22s %-8s %12s %14s %10s\n' "scenario" "client" "requests/s" "CPU s/1000req" "ratio"
printf '%-22s %-8s %12s %14s %10s\n' "--------" "------" "----------" "-------------" "-----"
scenario() { # <label> <ab args...>
    local label=$1; shift
    declare -A RPS CPU
    for tool in ab socket socket2 qnam; do RPS[$tool]=""; CPU[$tool]=""; done
    for _ in $(seq "$REPS"); do
        for tool in ab socket socket2 qnam; do
            local r
            case $tool in
                ab) r=$(run ab "$@" "$URL") ;;
                socket) r=$(run "$SB" ab --engine socket "$@" "$URL") ;;
                socket2) r=$(run "$SB" ab --engine socket --threads 2 "$@" "$URL") ;;
                qnam) r=$(run "$SB" ab --engine qnam "$@" "$URL") ;;
            esac
            RPS[$tool]+="${r% *}"$'\n'; CPU[$tool]+="${r#* }"$'\n'
        done
    done
    local ab_rps; ab_rps=$(median <<<"${RPS[ab]}")
    for tool in ab socket socket2 qnam; do
        local rps cpu; rps=$(median <<<"${RPS[$tool]}"); cpu=$(median <<<"${CPU[$tool]}")
        local ratio; ratio=$(awk -v a="$rps" -v b="$ab_rps" 'BEGIN { printf "%.2fx ab", (b > 0 ? a / b : 0) }')
        printf '%-22s %-8s %12.0f %14s %10s\n' "$label" "$tool" "$rps" "$cpu" "$ratio"
    done
}

scenario "c=1   close"   -n 5000  -c 1
scenario "c=10  close"   -n 20000 -c 10
scenario "c=100 close"   -n 20000 -c 100
scenario "c=1   -k"      -k -n 20000 -c 1
scenario "c=10  -k"      -k -n 50000 -c 10
scenario "c=100 -k"      -k -n 50000 -c 100

# wrk (HTTP/1.1 keep-alive, 2 threads, 100 connections, 5 s) vs our -k for 5 s.
WRK=""; OURS=""
for _ in $(seq "$REPS"); do
    WRK+="$(run wrk -t2 -c100 -d5s "$URL")"$'\n'
    OURS+="$(run "$SB" ab --engine socket -k -c 100 -n 100000000 -t 5 "$URL")"$'\n'
done
wrk_rps=$(awk '{print $1}' <<<"$WRK" | median); wrk_cpu=$(awk '{print $2}' <<<"$WRK" | median)
our_rps=$(awk '{print $1}' <<<"$OURS" | median); our_cpu=$(awk '{print $2}' <<<"$OURS" | median)
printf '%-22s %-8s %12.0f %14s %10s\n' "c=100 -k 5s" "wrk" "$wrk_rps" "$wrk_cpu" "1.00x wrk"
printf '%-22s %-8s %12.0f %14s %10s\n' "c=100 -k 5s" "socket" "$our_rps" "$our_cpu" \
    "$(awk -v a="$our_rps" -v b="$wrk_rps" 'BEGIN { printf "%.2fx wrk", a / b }')"
echo "(median of $REPS alternating runs; nginx-light 1 worker on 127.0.0.1:$PORT; $(nproc) cores; load average at start: $LOAD_BEFORE)"
