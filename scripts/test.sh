#!/usr/bin/env bash
# One command for the whole test suite: installs what is missing, builds, and runs
#   1. the Catch2 suite under CTest (unit, gold, browser tests; [slow] excluded);
#   2. the CI gate: `mizan check` of the seeds' report against fixtures/expect/seeds.json;
#   3. the suite again under AddressSanitizer + UndefinedBehaviorSanitizer;
#   4. the libFuzzer targets for a bounded time (MIZAN_FUZZ_SECONDS, default 60 each).
# Set MIZAN_QUICK=1 to run step 1 and 2 only.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

bash scripts/install-deps.sh test

echo "== build and test (RelWithDebInfo)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs"
(cd build && ctest --output-on-failure -j"$jobs")

echo "== CI gate on the seeds"
mkdir -p build/ci
./build/cli/mizan score fixtures/articles --manifest fixtures/manifest.jsonl \
  --json build/ci/seeds.json --quiet
./build/cli/mizan check build/ci/seeds.json --expect fixtures/expect/seeds.json \
  --junit build/ci/junit-seeds.xml

if [ "${MIZAN_QUICK:-0}" = "1" ]; then exit 0; fi

echo "== AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMIZAN_SANITIZE=address,undefined \
  -DMIZAN_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j"$jobs"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j"$jobs" -E 'browser')

echo "== libFuzzer (${MIZAN_FUZZ_SECONDS:-60} s per target)"
CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMIZAN_BUILD_FUZZ=ON -DMIZAN_BUILD_TESTS=OFF -DMIZAN_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz -j"$jobs" --target fuzz_reader fuzz_extract
# Both targets run even when one fails; a failure prints the sanitizer report and the
# reproducer (also kept in build-fuzz/crash-*), then fails the script.
fuzz_failed=0
for target in fuzz_reader fuzz_extract; do
  mkdir -p "build-fuzz/corpus-$target"
  log="build-fuzz/$target.log"
  if "build-fuzz/fuzz/$target" -max_total_time="${MIZAN_FUZZ_SECONDS:-60}" -max_len=65536 \
      -timeout=10 -rss_limit_mb=4096 -artifact_prefix=build-fuzz/ \
      "build-fuzz/corpus-$target" fuzz/seeds >"$log" 2>&1; then
    tail -n 2 "$log"
  else
    echo "!! $target failed; its report:"
    grep -v '^#[0-9]* *\(NEW\|REDUCE\|pulse\|INITED\)' "$log" | tail -n 80 || true
    fuzz_failed=1
  fi
done
if [ "$fuzz_failed" -ne 0 ]; then exit 1; fi
echo "== all checks passed"
