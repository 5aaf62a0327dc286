#!/usr/bin/env bash
# Configures and builds Release into build/ (warnings are errors: the CI build).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DSERVERBENCH_WERROR=ON "$@" >/dev/null
cmake --build build -j"$(nproc)"
