#!/usr/bin/env bash
# One command for a new user: installs what is missing, builds Mizan, and scores the
# bundled seed articles. Writes out/seeds.json, out/seeds.html, out/seeds.md.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target mizan
mkdir -p out
./build/cli/mizan score fixtures/articles --manifest fixtures/manifest.jsonl \
  --json out/seeds.json --html out/seeds.html --markdown out/seeds.md
echo "mizan: wrote out/seeds.json, out/seeds.html (open it in a browser), out/seeds.md"
