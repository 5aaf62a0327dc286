#!/bin/bash
# Screenshots of the GUI for the README: runs serverbench under Xvfb at
# 1600x1000, lets it run a small sweep unattended (--autorun), and grabs the
# screen (ImageMagick's import) when the Results tab and then the Charts tab
# are shown. Writes docs/screenshot-results.png and docs/screenshot-charts.png.
#
#   scripts/screenshot.sh [path/to/serverbench]
# Environment: SERVERBENCH_LEVELS (1,5,10,30,50,75,100), SERVERBENCH_REQUESTS (1000),
# SERVERBENCH_REPEAT (3), SERVERBENCH_LANG (en), SERVERBENCH_HOLD_MS (4000).
# Further arguments go to the GUI (e.g. --target py=http://127.0.0.1:8000/).
# Needs: xvfb (xvfb-run), imagemagick (import). The user's settings and saved
# sweeps are not touched (HOME and XDG dirs point at a temporary folder).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/app/serverbench}
shift || true
[ -x "$bin" ] || { echo "screenshot.sh: no executable at $bin (build first)" >&2; exit 1; }
for tool in xvfb-run import; do
    command -v $tool >/dev/null || { echo "screenshot.sh: $tool is missing (apt-get install xvfb imagemagick)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$root/docs"

cat > "$work/inside.sh" <<'INSIDE'
#!/bin/bash
# Runs inside xvfb-run: start the GUI, wait for each autorun step, grab the screen.
set -u
work=$1; docs=$2; bin=$3; shift 3
"$bin" --autorun --lang "${SERVERBENCH_LANG:-en}" --levels "${SERVERBENCH_LEVELS:-1,5,10,30,50,75,100}" \
    -n "${SERVERBENCH_REQUESTS:-1000}" --repeat "${SERVERBENCH_REPEAT:-3}" \
    --hold-ms "${SERVERBENCH_HOLD_MS:-4000}" "$@" > "$work/gui.log" 2>&1 &
pid=$!
wait_for() {
    for _ in $(seq 1 600); do
        grep -q "serverbench-autorun: $1" "$work/gui.log" && return 0
        grep -q "serverbench-autorun: blocked" "$work/gui.log" && { cat "$work/gui.log" >&2; return 1; }
        kill -0 $pid 2>/dev/null || { cat "$work/gui.log" >&2; return 1; }
        sleep 0.2
    done
    return 1
}
status=0
if wait_for results; then import -window root "$docs/screenshot-results.png"; else status=1; fi
if [ $status = 0 ] && wait_for charts; then import -window root "$docs/screenshot-charts.png"; else status=1; fi
wait $pid || status=1
exit $status
INSIDE
chmod +x "$work/inside.sh"

HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work \
    QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s '-screen 0 1600x1000x24' "$work/inside.sh" "$work" "$root/docs" "$bin" "$@"
echo "wrote $root/docs/screenshot-results.png and $root/docs/screenshot-charts.png"
