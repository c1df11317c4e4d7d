// The claim builder alone (BuildClaims), on the five seed articles analysed and read for
// numbers beforehand, repeated to 4 MiB: the stage's own cost per byte of article text.
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
  std::string id;
  std::string text;
  AnalyzedText analyzed;
  std::vector<NumberMention> mentions;
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
  const Lexicons& lexicons = Lexicons::Default();
  std::vector<Prepared> out;
  size_t bytes = 0;
  while (bytes < kib * 1024) {
    for (const std::string& text : texts) {
      Prepared p;
      p.id = "doc-" + std::to_string(out.size());
      p.text = text;
      p.analyzed = AnalyzeText(p.text);
      p.mentions = ReadNumbers(p.analyzed, lexicons.numbers);
      bytes += text.size();
      out.push_back(std::move(p));
    }
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
