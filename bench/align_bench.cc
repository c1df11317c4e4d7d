// BM_Align/N: the alignment core (blocking, place groups, buckets, relations, evidence
// units) on N synthetic claims. Counters: claims/s and bytes per claim (claim records plus
// the alignment's own structures).
#include <benchmark/benchmark.h>

#include <map>

#include "bench/synthetic.h"
#include "scoring/align.h"

namespace mizan {
namespace {

const std::vector<ScoreClaim>& ClaimsOf(size_t n) {
  static std::map<size_t, std::vector<ScoreClaim>> cache;
  auto it = cache.find(n);
  if (it == cache.end()) it = cache.emplace(n, SyntheticClaims(n, 10000, 42)).first;
  return it->second;
}

void BM_Align(benchmark::State& state) {
  const std::vector<ScoreClaim>& claims = ClaimsOf(static_cast<size_t>(state.range(0)));
  AlignOptions options;
  options.places = &PlaceHierarchy::Default();
  size_t memory = 0, slots = 0;
  for (auto _ : state) {
    Alignment a = Align(claims, options);
    benchmark::DoNotOptimize(a.relation.data());
    memory = a.MemoryBytes();
    slots = a.slot_count();
  }
  size_t claim_bytes = 0;
  for (const ScoreClaim& c : claims) claim_bytes += ScoreClaimBytes(c);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(claims.size()));
  state.counters["slots"] = static_cast<double>(slots);
  state.counters["bytes_per_claim"] =
      static_cast<double>(memory + claim_bytes) / static_cast<double>(claims.size());
}
BENCHMARK(BM_Align)->RangeMultiplier(10)->Range(1000, 1000000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mizan
