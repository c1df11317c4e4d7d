// BM_Fingerprint: MinHash + figure fingerprints of the seed articles (bytes/s).
// BM_FindCopies/N: grouping N synthetic articles (200 words from a 5,000-word vocabulary,
// 5 figures from 50,000) of which every tenth is a light edit of the one before it and
// every tenth+1 a rewrite (other words, same figures); fingerprints are built outside
// the timing. Counter: groups found (expected N/10: each edit and rewrite joins
// its predecessor, three articles per group).
// BM_ResolveTimes: time expressions of every claim of the seed articles.
#include <benchmark/benchmark.h>

#include <random>

#include "bench/seed_corpus.h"
#include "core/extract.h"

namespace mizan {
namespace {

struct Seed {
  Document doc;
  AnalyzedText text;
  Extraction extraction;
};

const std::vector<Seed>& Seeds() {
  static const std::vector<Seed> seeds = [] {
    const std::vector<std::string>& names = bench::SeedNames();
    const std::vector<std::string>& texts = bench::SeedTexts();
    std::vector<Seed> out;
    for (size_t k = 0; k < texts.size(); ++k) {
      Seed seed;
      seed.doc.id = names[k];
      seed.doc.text = texts[k];
      seed.doc.published = "2024-10-28";
      seed.extraction = ExtractDocument(seed.doc, Lexicons::Default(), &seed.text);
      out.push_back(std::move(seed));
    }
    return out;
  }();
  return seeds;
}

void BM_Fingerprint(benchmark::State& state) {
  const std::vector<Seed>& seeds = Seeds();
  size_t bytes = 0;
  for (const Seed& s : seeds) bytes += s.doc.text.size();
  for (auto _ : state) {
    for (const Seed& s : seeds) {
      CopyFingerprint print = FingerprintDocument(s.extraction, s.text);
      benchmark::DoNotOptimize(print.minhash.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(seeds.size()));
}
BENCHMARK(BM_Fingerprint);

std::vector<CopyFingerprint> SyntheticPrints(size_t n) {
  std::mt19937_64 random(20241028);
  std::uniform_int_distribution<int> word(0, 4999), figure(10, 50009);
  std::vector<std::string> words, previous_words;
  std::vector<NumberMention> previous_figures;
  std::vector<CopyFingerprint> prints;
  for (size_t d = 0; d < n; ++d) {
    Extraction x;
    x.doc = "doc-" + std::to_string(d);
    words.clear();
    if (d % 10 == 1) {  // a wire copy with a few words changed
      words = previous_words;
      for (int k = 0; k < 4; ++k) words[static_cast<size_t>(word(random)) % words.size()] = "edit";
    } else {
      for (int k = 0; k < 200; ++k) words.push_back("w" + std::to_string(word(random)));
    }
    if (d % 10 == 2) {  // a rewrite: new words, the same figures
      x.mentions = previous_figures;
    } else {
      for (int k = 0; k < 5; ++k) {
        NumberMention m;
        m.value.low = m.value.high = figure(random);
        x.mentions.push_back(m);
      }
    }
    std::string text;
    for (const std::string& w : words) text += w + " ";
    prints.push_back(FingerprintDocument(x, AnalyzeText(text)));
    previous_words = words;
    previous_figures = x.mentions;
  }
  return prints;
}

void BM_FindCopies(benchmark::State& state) {
  const std::vector<CopyFingerprint> prints = SyntheticPrints(static_cast<size_t>(state.range(0)));
  size_t groups = 0;
  for (auto _ : state) {
    std::vector<CopyGroup> found = FindCopies(prints, CopyOptions{});
    groups = found.size();
    benchmark::DoNotOptimize(found.data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.counters["groups"] = static_cast<double>(groups);
}
BENCHMARK(BM_FindCopies)->RangeMultiplier(10)->Range(1000, 100000)->Unit(benchmark::kMillisecond);

void BM_ResolveTimes(benchmark::State& state) {
  const std::vector<Seed>& seeds = Seeds();
  size_t claims = 0;
  for (auto _ : state) {
    for (const Seed& s : seeds) {
      std::vector<Claim> copy = s.extraction.claims;
      ResolveClaimTimes(s.text, s.doc.text, s.extraction.published, s.extraction.mentions,
                        Lexicons::Default().time, copy);
      benchmark::DoNotOptimize(copy.data());
      claims += copy.size();
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(claims));
}
BENCHMARK(BM_ResolveTimes);

}  // namespace
}  // namespace mizan
