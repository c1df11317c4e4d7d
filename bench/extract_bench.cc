// Extraction throughput on real Arabic news: the five seed articles, repeated until the
// batch holds `state.range(0)` KiB, each copy scored as its own article (as in a batch).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/extract.h"

namespace mizan {
namespace {

std::vector<std::string> SeedTexts() {
  std::vector<std::string> files;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(MIZAN_FIXTURES_DIR) + "/articles")) {
    files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> texts;
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    texts.push_back(buffer.str());
  }
  return texts;
}

std::vector<Document> Batch(size_t kib) {
  static const std::vector<std::string> texts = SeedTexts();
  std::vector<Document> docs;
  size_t bytes = 0;
  while (bytes < kib * 1024) {
    for (const std::string& text : texts) {
      Document doc;
      doc.id = "doc-" + std::to_string(docs.size());
      doc.text = text;
      doc.published = "2024-10-28";
      bytes += text.size();
      docs.push_back(std::move(doc));
    }
  }
  return docs;
}

size_t TotalBytes(const std::vector<Document>& docs) {
  size_t bytes = 0;
  for (const Document& doc : docs) bytes += doc.text.size();
  return bytes;
}

// The whole pipeline: normalization, numbers, claims, attribution, time.
void BM_Extract(benchmark::State& state) {
  const std::vector<Document> docs = Batch(static_cast<size_t>(state.range(0)));
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
  const std::vector<Document> docs = Batch(4096);
  for (auto _ : state) {
    for (const Document& doc : docs) benchmark::DoNotOptimize(AnalyzeText(doc.text));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(docs)));
}
BENCHMARK(BM_AnalyzeText)->Unit(benchmark::kMillisecond);

// The number reader alone, on analysed text.
void BM_ReadNumbers(benchmark::State& state) {
  const std::vector<Document> docs = Batch(4096);
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
