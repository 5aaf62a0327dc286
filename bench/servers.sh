#!/usr/bin/env bash
# Speed of the four embedded servers side by side with nginx (README, "Speed").
#
# Starts nginx twice (1 worker, and 2 workers = one per core on the 2-core
# machine; 127.0.0.1, a temporary prefix, the same 31-byte body at /) and
# `serverbench serve` with each model (async, thread, pool, reactor, and the
# pool again with 100 workers), then
# alternates
#   ab -n 20000 -c {1,10,100}   (a connection per request, as ab does)
#   ab -k -n 20000 -c 100       (keep-alive: the pool against the thread model)
#   wrk -t1 -c100 -d5s          (keep-alive)
# over the targets, ROUNDS times, and prints the median requests/s of each
# cell and each model's ratio to nginx (1 worker) and to nginx (2 workers).
# Then ab -n 20000 -c 1000 against each target must finish with zero failed
# requests.
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

# --- nginx: 1 and 2 workers, return the course server's body ----------------
start_nginx() { # name workers: starts it in this shell, so cleanup() knows its pid
    local name=$1 workers=$2 port dir=$work/$1
    port=$(free_port)
    mkdir -p "$dir/logs" "$dir/tmp"
    cat > "$dir/nginx.conf" <<CONF
worker_processes $workers;
pid $dir/nginx.pid;
error_log $dir/logs/error.log;
events { worker_connections 8192; }
http {
    access_log off;
    default_type text/html;
    client_body_temp_path $dir/tmp;
    proxy_temp_path $dir/tmp;
    fastcgi_temp_path $dir/tmp;
    uwsgi_temp_path $dir/tmp;
    scgi_temp_path $dir/tmp;
    server {
        listen 127.0.0.1:$port backlog=1024;
        location / { return 200 "Ini Adalah web Server percobaan"; }
    }
}
CONF
    "$nginx" -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' &
    pids+=($!)
    url[$name]="http://127.0.0.1:$port/"
}
declare -A url
start_nginx nginx 1
start_nginx nginx2 2

# --- serverbench serve, every model (default knobs: pool = cores x 2 threads,
# reactor = one loop per core) -------------------------------------------------
start_model() { # name [serve options]: starts it in this shell, so cleanup() knows its pid
    local name=$1
    shift
    "$bin" serve --model "${name%%[0-9]*}" --port 0 "$@" >"$work/$name.out" 2>"$work/$name.err" &
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
# pool100: the pool with a worker per client at c=100. The default pool (4
# workers on 2 cores) holds each keep-alive connection until the client
# closes it or the idle timeout (10 s) passes, so with ab -k or wrk at c=100
# the other 96 clients wait: that is the pool model, not a fault, and its
# cells show it.
models=(async thread pool pool100 reactor)
for model in async thread pool reactor; do start_model "$model"; done
start_model pool100 --pool-threads 100
for model in "${models[@]}"; do url[$model]=$(wait_url "$model"); done
for name in nginx nginx2; do
    for _ in $(seq 50); do curl -s -o /dev/null "${url[$name]}" && break; sleep 0.1; done
done

targets=(nginx nginx2 "${models[@]}")
tests=("ab -c 1" "ab -c 10" "ab -c 100" "ab -k -c 100" "wrk -c 100")

run_test() { # test target -> req/s (or "fail")
    local test=$1 target=$2 out
    case $test in
    "ab "*)
        local c=${test##*-c } keep=()
        [[ $test == *" -k "* ]] && keep=(-k)
        out=$(ab -q "${keep[@]}" -n "$requests" -c "$c" -s 30 "${url[$target]}" 2>&1) || { echo fail; return; }
        local failed; failed=$(awk '/^Failed requests:/ {print $3}' <<<"$out")
        if [ "${failed:-1}" != 0 ]; then echo "fail($failed)"; return; fi
        awk '/^Requests per second:/ {print $4}' <<<"$out"
        ;;
    "wrk -c "*)
        out=$(wrk -t1 -c100 -d"${wrk_seconds}s" "${url[$target]}" 2>&1) || { echo fail; return; }
        # A pool smaller than c leaves the rest of wrk's connections waiting
        # past its 2 s timeout: marked, not hidden.
        if grep -q -E 'Socket errors|Non-2xx' <<<"$out"; then
            echo "fail"
            return
        fi
        awk '/^Requests\/sec:/ {print $2}' <<<"$out"
        ;;
    esac
}

median() { tr ' ' '\n' | { grep -E '^[0-9.]+$' || true; } | sort -g | awk '{a[NR]=$1} END {if (NR==0) print "fail"; else if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

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
declare -A med
for test in "${tests[@]}"; do
    for target in "${targets[@]}"; do
        med["$test|$target"]=$(median <<<"${samples["$test|$target"]}")
    done
done
header="| test         |"
rule="|--------------|"
for target in "${targets[@]}"; do
    header+=$(printf ' %10s |' "$target")
    rule+="-----------:|"
done
echo "$header"
echo "$rule"
for test in "${tests[@]}"; do
    row=$(printf '| %-12s |' "$test")
    for target in "${targets[@]}"; do row+=$(printf ' %10s |' "${med["$test|$target"]}"); done
    echo "$row"
done
echo
echo "Ratios to nginx (1 worker) / nginx (2 workers):"
echo
header="| test         |"
rule="|--------------|"
for model in "${models[@]}"; do
    header+=$(printf ' %15s |' "$model")
    rule+="----------------:|"
done
echo "$header"
echo "$rule"
for test in "${tests[@]}"; do
    row=$(printf '| %-12s |' "$test")
    for model in "${models[@]}"; do
        row+=$(printf ' %15s |' "$(ratio "${med["$test|$model"]}" "${med["$test|nginx"]}") / $(ratio "${med["$test|$model"]}" "${med["$test|nginx2"]}")")
    done
    echo "$row"
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
        printf "  %-45s %6s (goal >= %.1fx) %s\n", d, v, t, (r >= t ? "met" : "MISSED") }'
}
echo
echo "Goals:"
goal "async vs nginx, ab -c 100" "$(ratio "${med["ab -c 100|async"]}" "${med["ab -c 100|nginx"]}")" 0.9
goal "async vs nginx, wrk -c 100" "$(ratio "${med["wrk -c 100|async"]}" "${med["wrk -c 100|nginx"]}")" 0.9
goal "thread vs nginx, ab -c 100" "$(ratio "${med["ab -c 100|thread"]}" "${med["ab -c 100|nginx"]}")" 0.6
goal "thread vs nginx, wrk -c 100" "$(ratio "${med["wrk -c 100|thread"]}" "${med["wrk -c 100|nginx"]}")" 0.6
goal "reactor vs nginx 2 workers, ab -c 100" "$(ratio "${med["ab -c 100|reactor"]}" "${med["ab -c 100|nginx2"]}")" 0.9
goal "reactor vs nginx 2 workers, wrk -c 100" "$(ratio "${med["wrk -c 100|reactor"]}" "${med["wrk -c 100|nginx2"]}")" 0.9
goal "pool (100 workers) vs thread, ab -k -c 100" "$(ratio "${med["ab -k -c 100|pool100"]}" "${med["ab -k -c 100|thread"]}")" 1.0
goal "pool (100 workers) vs thread, wrk -c 100" "$(ratio "${med["wrk -c 100|pool100"]}" "${med["wrk -c 100|thread"]}")" 1.0
