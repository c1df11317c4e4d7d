// The time stages alone, per byte of article text, on the five seed articles repeated to
// 512 KiB (extracted beforehand):
//   BM_ResolveClaimTimes   the time expression of every claim (ResolveClaimTimes)
//   BM_DatePublication     the publication date estimated from the text (no date given:
//                          the whole text is scanned for full dates)
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/seed_corpus.h"
#include "core/extract.h"

namespace mizan {
namespace {

struct Prepared {
  Document doc;
  AnalyzedText analyzed;
  Extraction extraction;
};

std::vector<Prepared> PreparedSeeds(size_t kib) {
  std::vector<Prepared> out;
  for (Document& doc : bench::SeedBatch(kib)) {
    Prepared p;
    p.doc = std::move(doc);
    p.extraction = ExtractDocument(p.doc, Lexicons::Default(), &p.analyzed);
    out.push_back(std::move(p));
  }
  return out;
}

size_t TotalBytes(const std::vector<Prepared>& docs) {
  size_t bytes = 0;
  for (const Prepared& p : docs) bytes += p.doc.text.size();
  return bytes;
}

void BM_ResolveClaimTimes(benchmark::State& state) {
  std::vector<Prepared> docs = PreparedSeeds(static_cast<size_t>(state.range(0)));
  const Lexicons& lexicons = Lexicons::Default();
  for (auto _ : state) {
    // ResolveClaimTimes overwrites every claim's time, so the claims are reused as they are.
    for (Prepared& p : docs) {
      ResolveClaimTimes(p.analyzed, p.doc.text, p.extraction.published, p.extraction.mentions,
                        lexicons.time, p.extraction.claims);
      benchmark::DoNotOptimize(p.extraction.claims.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(docs)));
}
BENCHMARK(BM_ResolveClaimTimes)->Arg(512)->Unit(benchmark::kMillisecond);

void BM_DatePublication(benchmark::State& state) {
  std::vector<Prepared> docs = PreparedSeeds(static_cast<size_t>(state.range(0)));
  for (Prepared& p : docs) p.doc.published.clear();
  const Lexicons& lexicons = Lexicons::Default();
  for (auto _ : state) {
    for (const Prepared& p : docs) {
      benchmark::DoNotOptimize(
          DatePublication(p.doc, p.analyzed, p.extraction.mentions, lexicons.time));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(docs)));
}
BENCHMARK(BM_DatePublication)->Arg(512)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mizan
