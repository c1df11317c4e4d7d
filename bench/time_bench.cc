// The time stages alone, per byte of article text, on the five seed articles repeated to
// 512 KiB (extracted beforehand):
//   BM_ResolveClaimTimes   the time expression of every claim (ResolveClaimTimes)
//   BM_DatePublication     the publication date estimated from the text (no date given:
//                          the whole text is scanned for full dates)
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

struct Prepared {
  Document doc;
  AnalyzedText analyzed;
  Extraction extraction;
};

std::vector<Prepared> PreparedSeeds(size_t kib) {
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
  std::vector<Prepared> out;
  size_t bytes = 0;
  while (bytes < kib * 1024) {
    for (const std::string& text : texts) {
      Prepared p;
      p.doc.id = "doc-" + std::to_string(out.size());
      p.doc.text = text;
      p.doc.published = "2024-10-28";
      p.extraction = ExtractDocument(p.doc, Lexicons::Default(), &p.analyzed);
      bytes += text.size();
      out.push_back(std::move(p));
    }
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
