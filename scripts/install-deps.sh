#!/usr/bin/env bash
# Installs the Debian 12 packages serverbench needs that are missing.
#   scripts/install-deps.sh          build + run (Qt 6.4, CMake, fonts)
#   scripts/install-deps.sh --test   also the reference tools the tests and
#                                    benchmarks start (nginx-light, ab, wrk,
#                                    slowhttptest, Xvfb), clang's libFuzzer and
#                                    clang-format (tests/layout checks the style),
#                                    and the package checks' tools (lintian, ...)
set -euo pipefail

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-translations-l10n libgl-dev libqt6svg6 fonts-dejavu-core
          python3) # python3: packaging/gen-cli-docs.py writes the man page and completion
if [[ "${1:-}" == "--test" ]]; then
    packages+=(nginx-light apache2-utils wrk slowhttptest openssl python3 curl xvfb xauth imagemagick bc
               time util-linux clang libclang-rt-14-dev llvm clang-format git python3-locust iproute2
               dpkg-dev fakeroot file lintian desktop-file-utils appstream man-db bash-completion)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "installing: ${missing[*]}"
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
# nginx's postinst would start a system-wide nginx on port 80; the tests start their own.
if [[ ! -e /usr/sbin/policy-rc.d && $(id -u) -eq 0 ]]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
