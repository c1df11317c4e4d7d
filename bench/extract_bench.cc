// Extraction throughput on real Arabic news: the five seed articles, repeated until the
// batch holds `state.range(0)` KiB, each copy scored as its own article (as in a batch).
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/seed_corpus.h"
#include "core/extract.h"

namespace mizan {
namespace {

using bench::SeedBatch;
using bench::TotalBytes;

// The whole pipeline: normalization, numbers, claims, attribution, time.
void BM_Extract(benchmark::State& state) {
  const std::vector<Document> docs = SeedBatch(static_cast<size_t>(state.range(0)));
  const Lexicons& lexicons = Lexicons::Default();
  size_t claims = 0;
  for (auto _ : state) {
    for (const Document& doc : docs) {
      Extraction x = ExtractDocument(doc, lexicons);
      claims += x.claims.size();
      benchmark::DoNotOptimize(x);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(docs)));
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * docs.size()), benchmark::Counter::kIsRate);
  state.counters["claims/article"] =
      static_cast<double>(claims) / static_cast<double>(state.iterations() * docs.size());
}
BENCHMARK(BM_Extract)->Arg(512)->Arg(4096)->Unit(benchmark::kMillisecond);

// The first stage alone: normalization, offset map, tokens and sentences.
void BM_AnalyzeText(benchmark::State& state) {
  const std::vector<Document> docs = SeedBatch(4096);
  for (auto _ : state) {
    for (const Document& doc : docs) benchmark::DoNotOptimize(AnalyzeText(doc.text));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(docs)));
}
BENCHMARK(BM_AnalyzeText)->Unit(benchmark::kMillisecond);

// The number reader alone, on analysed text.
void BM_ReadNumbers(benchmark::State& state) {
  const std::vector<Document> docs = SeedBatch(4096);
  std::vector<AnalyzedText> texts;
  for (const Document& doc : docs) texts.push_back(AnalyzeText(doc.text));
  const Lexicons& lexicons = Lexicons::Default();
  for (auto _ : state) {
    for (const AnalyzedText& t : texts) {
      benchmark::DoNotOptimize(ReadNumbers(t, lexicons.numbers));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(docs)));
}
BENCHMARK(BM_ReadNumbers)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mizan
