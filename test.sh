#!/usr/bin/env bash
# Installs what is missing (reference tools included), builds with warnings as
# errors, runs every test with ctest and prints its summary.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh --test
scripts/build.sh
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
cd build
# Load tests measure; they run one at a time so they do not skew each other.
ctest --output-on-failure --timeout 600 "$@"
