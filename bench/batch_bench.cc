// The whole `mizan score` path on a batch (extraction, copy and story fingerprints, copies,
// stories, scoring): where the cost must stay linear.
//   BM_ScoreSameDay/N: N short same-day articles (the seed articles, cut to their first
//     1,500 bytes, each copy its own outlet), so moments and slots grow with N.
//   BM_ScoreOneArticle/K: one article of K KiB (the seed articles end to end), so the
//     claims of one article, one moment and one slot grow with K.
// The goal (issue 12): 4x the articles or 4x one article's size costs <= 5x the time.
#include <benchmark/benchmark.h>

#include <map>

#include "bench/seed_corpus.h"
#include "core/copies.h"
#include "core/extract.h"
#include "core/stories.h"
#include "scoring/score.h"

namespace mizan {
namespace {

// Cut at a line end near `bytes`, so that no code point or sentence is split.
std::string Head(const std::string& text, size_t bytes) {
  if (text.size() <= bytes) return text;
  const size_t end = text.rfind('\n', bytes);
  return text.substr(0, end == std::string::npos || end == 0 ? bytes : end);
}

std::vector<Document> SameDay(size_t n) {
  std::vector<Document> docs;
  const std::vector<std::string>& texts = bench::SeedTexts();
  for (size_t k = 0; k < n; ++k) {
    Document doc;
    doc.id = "doc-" + std::to_string(k);
    doc.outlet = "outlet-" + std::to_string(k % 97);
    doc.published = "2024-10-28";
    doc.text = Head(texts[k % texts.size()], 1500);
    docs.push_back(std::move(doc));
  }
  return docs;
}

std::vector<Document> OneArticle(size_t kib) {
  Document doc;
  doc.id = "big";
  doc.outlet = "outlet";
  doc.published = "2024-10-28";
  while (doc.text.size() < kib * 1024) {
    for (const std::string& text : bench::SeedTexts()) doc.text += text + "\n";
  }
  return {doc};
}

// Extraction through scoring, as RunScore does it (one thread).
size_t ScoreBatch(const std::vector<Document>& docs) {
  const Lexicons& lexicons = Lexicons::Default();
  std::vector<Extraction> extractions(docs.size());
  std::vector<CopyFingerprint> prints(docs.size());
  std::vector<StoryFingerprint> story_prints(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    AnalyzedText analyzed;
    extractions[i] = ExtractDocument(docs[i], lexicons, &analyzed);
    prints[i] = FingerprintDocument(extractions[i], analyzed);
    story_prints[i] = FingerprintStory(docs[i], extractions[i], analyzed);
  }
  const std::vector<CopyGroup> copies = FindCopies(prints, CopyOptions{});
  const std::vector<Story> stories = FindStories(story_prints, copies, StoryOptions{});
  const ScoreInput input = MakeScoreInput(docs, extractions, copies, stories);
  const ScoreReport report = Score(input, ScoreOptions{});
  return report.claims.size();
}

void BM_ScoreSameDay(benchmark::State& state) {
  const std::vector<Document> docs = SameDay(static_cast<size_t>(state.range(0)));
  size_t claims = 0;
  for (auto _ : state) claims = ScoreBatch(docs);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(docs.size()));
  state.counters["claims"] = static_cast<double>(claims);
}
BENCHMARK(BM_ScoreSameDay)->Arg(1000)->Arg(4000)->Unit(benchmark::kMillisecond);

void BM_ScoreOneArticle(benchmark::State& state) {
  const std::vector<Document> docs = OneArticle(static_cast<size_t>(state.range(0)));
  size_t claims = 0;
  for (auto _ : state) claims = ScoreBatch(docs);
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(docs[0].text.size()));
  state.counters["claims"] = static_cast<double>(claims);
}
BENCHMARK(BM_ScoreOneArticle)->Arg(256)->Arg(1024)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mizan
