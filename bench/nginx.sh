# bench/nginx.sh: sourced by the bench scripts, not run. The one way they
# start nginx-light on loopback and find a free port, so every script
# compares against the same nginx.
#
#   free_port                          prints a free TCP port on 127.0.0.1
#   start_nginx DIR PORT WORKERS BODY  starts nginx as a child of this shell
#                                      (its pid in NGINX_PID) with DIR as its
#                                      prefix, and waits until PORT answers.
#     BODY is the server block's content: "root DIR/html;" or a return line.
#   stop_nginx                         stops it
#   write_default_page DIR             DIR/html/index.html, 612 bytes
# Callers set -euo pipefail themselves.

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

nginx_conf() { # DIR PORT WORKERS BODY -> nginx.conf on stdout
    local dir=$1 port=$2 workers=$3 body=$4 user=""
    # As root, nginx's workers would otherwise drop to nobody and fail to read DIR.
    [ "$(id -u)" = 0 ] && user="user root;"
    cat <<CONF
worker_processes $workers;
$user
error_log $dir/logs/error.log;
pid $dir/nginx.pid;
events { worker_connections 8192; }
http {
    access_log off;
    default_type text/html;
    client_body_temp_path $dir/tmp; proxy_temp_path $dir/tmp; fastcgi_temp_path $dir/tmp;
    uwsgi_temp_path $dir/tmp; scgi_temp_path $dir/tmp;
    keepalive_requests 1000000;
    server { listen 127.0.0.1:$port backlog=1024; $body }
}
CONF
}

# Not in a subshell: the shell can only wait on its own children.
start_nginx() { # DIR PORT WORKERS BODY
    local dir=$1 port=$2
    mkdir -p "$dir/logs" "$dir/tmp"
    nginx_conf "$@" >"$dir/nginx.conf"
    "${NGINX:-/usr/sbin/nginx}" -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' &
    local pid=$!
    for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
    NGINX_PID=$pid
}

stop_nginx() { # the one start_nginx started, if any
    [ -n "${NGINX_PID:-}" ] || return 0
    kill "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=""
}

write_default_page() { # DIR: DIR/html/index.html the size of nginx's default page
    mkdir -p "$1/html"
    head -c 612 /dev/zero | tr '\0' 'x' >"$1/html/index.html"
}
