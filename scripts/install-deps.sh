#!/usr/bin/env bash
# Installs the Debian 12 packages Mizan needs, only those missing. Sourced by the other
# scripts; uses sudo when not root. Usage: install-deps.sh [build|test]
set -euo pipefail

packages=(cmake ninja-build g++ pkg-config libicu-dev libeigen3-dev nlohmann-json3-dev
          catch2 libbenchmark-dev)
if [ "${1:-build}" = "test" ]; then
  # The browser test renders the HTML report; the fuzz targets need clang's libFuzzer.
  packages+=(chromium clang-14 libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "mizan: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
