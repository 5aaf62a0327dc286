#!/usr/bin/env bash
# bench/locust.sh: what does a Locust cluster cost next to the socket engine?
# Starts nginx-light (1 worker) on loopback and runs, in one go, a one-level
# sweep (c = 100, a connection per request, as ab without -k) with the socket
# engine, then with --engine locust and 1, then 2, local workers. Prints
# requests/s and the client's CPU seconds per 1000 requests (the engine's own
# figure: the socket engine's threads; Locust's master + workers from /proc),
# then the crossover: how many worker machines Locust needs to send what one
# socket-engine machine sends, with the arithmetic.
#
# usage: bench/locust.sh [path/to/serverbench]   (env: N_SOCKET=20000, N_LOCUST=6000, C=100)
set -euo pipefail

SB=${1:-${SERVERBENCH_BIN:-$(dirname "$0")/../build/app/serverbench}}
N_SOCKET=${N_SOCKET:-20000}
N_LOCUST=${N_LOCUST:-6000}
C=${C:-100}
for tool in /usr/sbin/nginx /usr/bin/locust python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool (scripts/install-deps.sh --test)" >&2; exit 1; }
done
[ -x "$SB" ] || { echo "no serverbench binary at $SB" >&2; exit 1; }

. "$(dirname "$0")/nginx.sh"
DIR=$(mktemp -d /tmp/serverbench-locust.XXXXXX)
PORT=$(free_port)
cleanup() { stop_nginx; rm -rf "$DIR"; }
trap cleanup EXIT
write_default_page "$DIR"
start_nginx "$DIR" "$PORT" 1 "root $DIR/html;"
URL="http://127.0.0.1:$PORT/"
echo "machine: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg); nginx 1 worker; c=$C, no keep-alive"

# sweep <name> <n> <engine options...>: prints "rps cpu_per_1000 complete"
sweep() {
    local name=$1 n=$2; shift 2
    local out=$DIR/$name
    QT_QPA_PLATFORM=offscreen "$SB" sweep --target "nginx=$URL" --levels "$C" -n "$n" --repeat 1 \
        --no-warm-up --out "$out" "$@" >"$DIR/$name.log" 2>&1 || { cat "$DIR/$name.log" >&2; exit 1; }
    python3 - "$out/results.csv" <<'PY'
import csv, sys
row = next(csv.DictReader(open(sys.argv[1])))
complete = int(row["complete"])
print(row["requests_per_second"], "%.3f" % (float(row["client_cpu_s"]) * 1000 / complete), complete)
PY
}

read -r S_RPS S_CPU S_N < <(sweep socket "$N_SOCKET" --engine socket)
read -r L1_RPS L1_CPU L1_N < <(sweep locust1 "$N_LOCUST" --engine locust --locust-workers 1)
read -r L2_RPS L2_CPU L2_N < <(sweep locust2 "$N_LOCUST" --engine locust --locust-workers 2)

printf '%-22s %10s %10s %22s\n' engine n requests/s "client CPU s/1000 req"
printf '%-22s %10s %10s %22s\n' socket "$S_N" "$S_RPS" "$S_CPU"
printf '%-22s %10s %10s %22s\n' "locust, 1 worker" "$L1_N" "$L1_RPS" "$L1_CPU"
printf '%-22s %10s %10s %22s\n' "locust, 2 workers" "$L2_N" "$L2_RPS" "$L2_CPU"
python3 - "$S_RPS" "$S_CPU" "$L1_RPS" "$L1_CPU" "$(nproc)" <<'PY'
import math, sys
s_rps, s_cpu, l_rps, l_cpu, cores = map(float, sys.argv[1:])
# A worker machine with the same cores, all busy with Locust workers, sends
# cores * 1000 / l_cpu requests/s; one socket-engine machine sends s_rps here
# (and could send up to cores * 1000 / s_cpu if the server kept up).
per_machine = cores * 1000 / l_cpu
cap = cores * 1000 / s_cpu
beat_sent = math.floor(s_rps / per_machine) + 1
beat_cap = math.floor(cap / per_machine) + 1
print(f"crossover: Locust used {l_cpu:.3f} CPU s per 1000 requests, so one {cores:.0f}-core worker machine")
print(f"  sends at most {cores:.0f} x 1000 / {l_cpu:.3f} = {per_machine:.0f} req/s.")
print(f"  The socket engine sent {s_rps:.0f} req/s here: Locust beats that with floor({s_rps:.0f} / {per_machine:.0f}) + 1"
      f" = {beat_sent} worker machine(s).")
print(f"  The socket engine's own CPU ceiling is {cores:.0f} x 1000 / {s_cpu:.3f} = {cap:.0f} req/s (if the server"
      f" keeps up): Locust beats that with floor({cap:.0f} / {per_machine:.0f}) + 1 = {beat_cap} worker machine(s).")
PY
