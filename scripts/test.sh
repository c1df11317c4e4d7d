#!/usr/bin/env bash
# One command for the whole test suite: installs what is missing, builds, and runs
#   1. the Catch2 suite under CTest (unit, gold, browser tests; [slow] excluded);
#   2. the CI gate: `mizan check` of the seeds' report against fixtures/expect/seeds.json;
#   3. the suite again under AddressSanitizer + UndefinedBehaviorSanitizer;
#   4. the libFuzzer targets for a bounded time: 60 s for the article reader and the
#      extractor, 30 s for the smaller manifest and claims readers (MIZAN_FUZZ_SECONDS
#      sets one time for all).
# Each step builds in its own folder (build-test/, build-asan/, build-fuzz/), so the Release
# build/ of scripts/run.sh is never rebuilt under it. Set MIZAN_QUICK=1 to run steps 1
# and 2 only. About 12-15 minutes on 2 cores from a clean clone (README).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

bash scripts/install-deps.sh test

# catch_discover_tests cuts a test name at ';' (a CMake list separator): the cut name
# matches no test case, Catch2 runs nothing and CTest reports a pass. Refuse such names.
if grep -n 'TEST_CASE("[^"]*;' tests/*.cc; then
  echo "test names above hold a ';': CTest would skip them silently; use ',' or ':'" >&2
  exit 1
fi

echo "== build and test (RelWithDebInfo, build-test/)"
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-test -j"$jobs"
(cd build-test && ctest --output-on-failure -j"$jobs")

echo "== CI gate on the seeds"
mkdir -p build-test/ci
./build-test/cli/mizan score fixtures/articles --manifest fixtures/manifest.jsonl \
  --json build-test/ci/seeds.json --quiet
./build-test/cli/mizan check build-test/ci/seeds.json --expect fixtures/expect/seeds.json \
  --junit build-test/ci/junit-seeds.xml

if [ "${MIZAN_QUICK:-0}" = "1" ]; then exit 0; fi

echo "== AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMIZAN_SANITIZE=address,undefined \
  -DMIZAN_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j"$jobs"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j"$jobs" -E 'browser')

fuzz_targets=(fuzz_reader fuzz_extract fuzz_manifest fuzz_claims)
declare -A fuzz_seconds=([fuzz_reader]=60 [fuzz_extract]=60 [fuzz_manifest]=30 [fuzz_claims]=30)
echo "== libFuzzer (${fuzz_targets[*]})"
CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMIZAN_BUILD_FUZZ=ON -DMIZAN_BUILD_TESTS=OFF -DMIZAN_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz -j"$jobs" --target "${fuzz_targets[@]}"
# Every target runs even when one fails; a failure prints the sanitizer report and the
# reproducer (also kept in build-fuzz/crash-*), then fails the script.
fuzz_failed=0
for target in "${fuzz_targets[@]}"; do
  mkdir -p "build-fuzz/corpus-$target"
  log="build-fuzz/$target.log"
  if "build-fuzz/fuzz/$target" -max_total_time="${MIZAN_FUZZ_SECONDS:-${fuzz_seconds[$target]}}" \
      -max_len=65536 \
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
