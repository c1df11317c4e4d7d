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

// One article with everything the attribution stage reads, prepared by the earlier stages.
struct Prepared {
  Document doc;
  AnalyzedText analyzed;
  std::vector<NumberMention> mentions;
  std::vector<Claim> claims;
};

// The seed articles repeated until the batch holds `kib` KiB (as BM_Extract builds it).
std::vector<Prepared> PreparedBatch(size_t kib) {
  const Lexicons& lexicons = Lexicons::Default();
  std::vector<Prepared> batch;
  for (Document& doc : bench::SeedBatch(kib)) {
    Prepared p;
    p.doc = std::move(doc);
    Extraction x = ExtractDocument(p.doc, lexicons, &p.analyzed);
    p.mentions = std::move(x.mentions);
    p.claims = std::move(x.claims);
    batch.push_back(std::move(p));
  }
  return batch;
}

// AttributeClaims resets each claim's attribution and stance before filling them, so the
// same claims are attributed again on every iteration without copying.
void BM_AttributeClaims(benchmark::State& state) {
  std::vector<Prepared> batch = PreparedBatch(static_cast<size_t>(state.range(0)));
  const AttributionLexicon& lexicon = Lexicons::Default().attribution;
  size_t bytes = 0;
  for (const Prepared& p : batch) bytes += p.doc.text.size();
  for (auto _ : state) {
    for (Prepared& p : batch) {
      AttributeClaims(p.doc, p.analyzed, p.mentions, lexicon, p.claims);
      benchmark::DoNotOptimize(p.claims.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_AttributeClaims)->Arg(512)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mizan
