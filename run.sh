#!/usr/bin/env bash
# Installs what is missing, builds, and starts the GUI; with no display, says
# so and runs the headless default: the default sweep, report in out/report
# (not ./report, which is the report library's source folder here).
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
scripts/build.sh
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec build/app/serverbench "$@"
fi
echo "run.sh: no display (DISPLAY and WAYLAND_DISPLAY are unset): running the headless default," >&2
echo "run.sh: 'serverbench sweep --out out/report' (both embedded servers, c = 1..100, n = 1000)." >&2
exec build/app/serverbench sweep --out out/report "$@"
