// AttributeClaims alone on real Arabic news: the five seed articles are analyzed, read and
// turned into claims once, then only the attribution stage is timed, so its own cost per
// byte of text can be compared with the pipeline's budget (BM_Extract).
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/seed_corpus.h"
#include "core/attribution.h"
#include "core/extract.h"

namespace mizan {
namespace {

// AttributeClaims resets each claim's attribution and stance before filling them, so the
// same claims are attributed again on every iteration without copying.
void BM_AttributeClaims(benchmark::State& state) {
  std::vector<bench::PreparedSeed> batch =
      bench::PreparedSeedBatch(static_cast<size_t>(state.range(0)));
  const AttributionLexicon& lexicon = Lexicons::Default().attribution;
  size_t bytes = 0;
  for (const bench::PreparedSeed& p : batch) bytes += p.doc.text.size();
  for (auto _ : state) {
    for (bench::PreparedSeed& p : batch) {
      AttributeClaims(p.doc, p.analyzed, p.mentions, lexicon, p.claims);
      benchmark::DoNotOptimize(p.claims.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_AttributeClaims)->Arg(512)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mizan
