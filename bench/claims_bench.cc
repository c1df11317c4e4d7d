// The claim builder alone (BuildClaims), on the five seed articles analysed and read for
// numbers beforehand, repeated to 4 MiB: the stage's own cost per byte of article text.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/seed_corpus.h"
#include "core/extract.h"

namespace mizan {
namespace {

void BM_BuildClaims(benchmark::State& state) {
  const std::vector<bench::PreparedSeed> docs =
      bench::PreparedSeedBatch(static_cast<size_t>(state.range(0)));
  const Lexicons& lexicons = Lexicons::Default();
  size_t bytes = 0;
  for (const bench::PreparedSeed& p : docs) bytes += p.doc.text.size();
  for (auto _ : state) {
    for (const bench::PreparedSeed& p : docs) {
      benchmark::DoNotOptimize(
          BuildClaims(p.doc.id, p.doc.text, p.analyzed, p.mentions, lexicons.claims));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_BuildClaims)->Arg(512)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mizan
