// The claim builder alone (BuildClaims), on the five seed articles analysed and read for
// numbers beforehand, repeated to 4 MiB: the stage's own cost per byte of article text.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/seed_corpus.h"
#include "core/extract.h"

namespace mizan {
namespace {

struct Prepared {
  std::string id;
  std::string text;
  AnalyzedText analyzed;
  std::vector<NumberMention> mentions;
};

std::vector<Prepared> PreparedSeeds(size_t kib) {
  const Lexicons& lexicons = Lexicons::Default();
  std::vector<Prepared> out;
  for (Document& doc : bench::SeedBatch(kib)) {
    Prepared p;
    p.id = std::move(doc.id);
    p.text = std::move(doc.text);
    p.analyzed = AnalyzeText(p.text);
    p.mentions = ReadNumbers(p.analyzed, lexicons.numbers);
    out.push_back(std::move(p));
  }
  return out;
}

void BM_BuildClaims(benchmark::State& state) {
  const std::vector<Prepared> docs = PreparedSeeds(static_cast<size_t>(state.range(0)));
  const Lexicons& lexicons = Lexicons::Default();
  size_t bytes = 0;
  for (const Prepared& p : docs) bytes += p.text.size();
  for (auto _ : state) {
    for (const Prepared& p : docs) {
      benchmark::DoNotOptimize(BuildClaims(p.id, p.text, p.analyzed, p.mentions, lexicons.claims));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_BuildClaims)->Arg(512)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mizan
