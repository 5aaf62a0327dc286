#!/usr/bin/env bash
# Speed of the two embedded servers side by side with nginx (README, "Speed").
#
# Starts nginx (1 worker, 127.0.0.1, a temporary prefix, the same 31-byte body
# at /) and `serverbench serve` with each model, then alternates
#   ab -n 20000 -c {1,10,100}   (a connection per request, as ab does)
#   wrk -t1 -c100 -d5s          (keep-alive)
# over the three targets, ROUNDS times, and prints the median requests/s of
# each cell and each model's ratio to nginx. Then ab -n 20000 -c 1000 against
# each target must finish with zero failed requests.
#
# Usage: bench/servers.sh            (SERVERBENCH_BIN, ROUNDS=3, REQUESTS=20000)
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
bin=${SERVERBENCH_BIN:-$here/build/app/serverbench}
rounds=${ROUNDS:-3}
requests=${REQUESTS:-20000}
wrk_seconds=${WRK_SECONDS:-5}
nginx=${NGINX:-/usr/sbin/nginx}

for tool in ab wrk python3 "$nginx"; do
    command -v "$tool" >/dev/null || { echo "servers.sh: $tool is not installed" >&2; exit 1; }
done
[ -x "$bin" ] || { echo "servers.sh: no serverbench at $bin (build first or set SERVERBENCH_BIN)" >&2; exit 1; }

# c=1000 needs descriptors on both ends.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

work=$(mktemp -d /tmp/serverbench-bench.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# --- nginx: one worker, return the course server's body --------------------
nginx_port=$(free_port)
mkdir -p "$work/nginx/logs" "$work/nginx/tmp"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 8192; }
http {
    access_log off;
    default_type text/html;
    client_body_temp_path $work/nginx/tmp;
    proxy_temp_path $work/nginx/tmp;
    fastcgi_temp_path $work/nginx/tmp;
    uwsgi_temp_path $work/nginx/tmp;
    scgi_temp_path $work/nginx/tmp;
    server {
        listen 127.0.0.1:$nginx_port backlog=1024;
        location / { return 200 "Ini Adalah web Server percobaan"; }
    }
}
CONF
"$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)

# --- serverbench serve, both models -----------------------------------------
start_model() { # model: starts it in this shell, so cleanup() knows its pid
    "$bin" serve --model "$1" --port 0 >"$work/$1.out" 2>"$work/$1.err" &
    pids+=($!)
}
wait_url() { # model -> the URL line it printed once listening
    for _ in $(seq 100); do
        if [ -s "$work/$1.out" ]; then head -1 "$work/$1.out"; return 0; fi
        sleep 0.1
    done
    echo "servers.sh: serverbench serve --model $1 did not start:" >&2
    cat "$work/$1.err" >&2
    return 1
}
declare -A url
url[nginx]="http://127.0.0.1:$nginx_port/"
start_model async
start_model thread
url[async]=$(wait_url async)
url[thread]=$(wait_url thread)
for _ in $(seq 50); do curl -s -o /dev/null "${url[nginx]}" && break; sleep 0.1; done

targets=(nginx async thread)
tests=("ab -c 1" "ab -c 10" "ab -c 100" "wrk -c 100")

run_test() { # test target -> req/s (or "fail")
    local test=$1 target=$2 out
    case $test in
    "ab -c "*)
        local c=${test#ab -c }
        out=$(ab -q -n "$requests" -c "$c" -s 30 "${url[$target]}" 2>&1) || { echo fail; return; }
        local failed; failed=$(awk '/^Failed requests:/ {print $3}' <<<"$out")
        if [ "${failed:-1}" != 0 ]; then echo "fail($failed)"; return; fi
        awk '/^Requests per second:/ {print $4}' <<<"$out"
        ;;
    "wrk -c "*)
        out=$(wrk -t1 -c100 -d"${wrk_seconds}s" "${url[$target]}" 2>&1) || { echo fail; return; }
        if grep -q -E 'Socket errors|Non-2xx' <<<"$out"; then echo "fail"; return; fi
        awk '/^Requests\/sec:/ {print $2}' <<<"$out"
        ;;
    esac
}

median() { tr ' ' '\n' | grep -E '^[0-9.]+$' | sort -g | awk '{a[NR]=$1} END {if (NR==0) print "fail"; else if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

declare -A samples
echo "serverbench $(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo "?"); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for round in $(seq "$rounds"); do
    for test in "${tests[@]}"; do
        for target in "${targets[@]}"; do
            value=$(run_test "$test" "$target")
            samples["$test|$target"]+="$value "
            echo "round $round: $test $target: $value" >&2
        done
    done
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.2fx", a/b; else print "-" }'; }

echo
echo "Requests per second, median of $rounds rounds (ab -n $requests; wrk -t1 -d${wrk_seconds}s), $(date -u +%Y-%m-%dT%H:%MZ)"
echo
printf '| %-10s | %10s | %10s | %8s | %10s | %8s |\n' "test" "nginx" "async" "ratio" "thread" "ratio"
printf '|%s|%s|%s|%s|%s|%s|\n' "------------" "-----------:" "-----------:" "---------:" "-----------:" "---------:"
declare -A med
for test in "${tests[@]}"; do
    for target in "${targets[@]}"; do
        med["$test|$target"]=$(median <<<"${samples["$test|$target"]}")
    done
    printf '| %-10s | %10s | %10s | %8s | %10s | %8s |\n' "$test" \
        "${med["$test|nginx"]}" "${med["$test|async"]}" "$(ratio "${med["$test|async"]}" "${med["$test|nginx"]}")" \
        "${med["$test|thread"]}" "$(ratio "${med["$test|thread"]}" "${med["$test|nginx"]}")"
done

echo
echo "ab -n $requests -c 1000 (zero failures expected):"
for target in "${targets[@]}"; do
    out=$(ab -q -n "$requests" -c 1000 -s 30 "${url[$target]}" 2>&1) || true
    complete=$(awk '/^Complete requests:/ {print $3}' <<<"$out")
    failed=$(awk '/^Failed requests:/ {print $3}' <<<"$out")
    rps=$(awk '/^Requests per second:/ {print $4}' <<<"$out")
    if [ -z "$complete" ]; then
        echo "  $target: ab aborted: $(tail -1 <<<"$out")"
    else
        echo "  $target: complete $complete, failed $failed, $rps req/s"
    fi
done

goal() { # description value threshold
    awk -v v="$2" -v t="$3" -v d="$1" 'BEGIN { r = (v ~ /x$/) ? substr(v, 1, length(v)-1) : -1;
        printf "  %-40s %6s (goal >= %.1fx) %s\n", d, v, t, (r >= t ? "met" : "MISSED") }'
}
echo
echo "Goals:"
goal "async vs nginx, ab -c 100" "$(ratio "${med["ab -c 100|async"]}" "${med["ab -c 100|nginx"]}")" 0.9
goal "async vs nginx, wrk -c 100" "$(ratio "${med["wrk -c 100|async"]}" "${med["wrk -c 100|nginx"]}")" 0.9
goal "thread vs nginx, ab -c 100" "$(ratio "${med["ab -c 100|thread"]}" "${med["ab -c 100|nginx"]}")" 0.6
goal "thread vs nginx, wrk -c 100" "$(ratio "${med["wrk -c 100|thread"]}" "${med["wrk -c 100|nginx"]}")" 0.6
