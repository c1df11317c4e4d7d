// BM_Reliability: truth discovery to convergence on 1,000,000 synthetic claims from 10,000
// sources (alignment done once, outside the timing). BM_Score/N: the whole scoring step
// (alignment, reliability, confidence, reasons) for reference. BM_ScoreStructured: 50,000
// structured claims from 4,000 sources (issue 14), from JSONL text to the score report's
// structures (reading, alignment, reliability, confidence, reasons; no report writing).
#include <benchmark/benchmark.h>

#include <string>

#include "bench/synthetic.h"
#include "bench/truth_synthetic.h"
#include "scoring/reliability.h"

namespace mizan {
namespace {

void BM_Reliability(benchmark::State& state) {
  const std::vector<ScoreClaim> claims = SyntheticClaims(1000000, 10000, 7);
  AlignOptions align_options;
  align_options.places = &PlaceHierarchy::Default();
  const Alignment alignment = Align(claims, align_options);
  ScoreOptions options;
  int iterations = 0;
  bool converged = false;
  size_t memory = 0;
  for (auto _ : state) {
    Reliability r = EstimateReliability(claims, alignment, options);
    benchmark::DoNotOptimize(r.reliability.data());
    iterations = r.iterations;
    converged = r.converged;
    memory = r.MemoryBytes();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(claims.size()));
  state.counters["rounds"] = iterations;
  state.counters["converged"] = converged;
  state.counters["bytes_per_claim"] = static_cast<double>(memory) / 1e6;
}
BENCHMARK(BM_Reliability)->Unit(benchmark::kMillisecond);

void BM_Score(benchmark::State& state) {
  ScoreInput input;
  input.claims = SyntheticClaims(static_cast<size_t>(state.range(0)), 10000, 11);
  for (auto _ : state) {
    ScoreReport report = Score(input, ScoreOptions{});
    benchmark::DoNotOptimize(report.claims.data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Score)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_ScoreStructured(benchmark::State& state) {
  const std::string text = PopulationLikeClaimsJsonl();
  size_t sources = 0;
  size_t claims = 0;
  for (auto _ : state) {
    std::vector<Diagnostic> diagnostics;
    const ScoreInput input = ReadStructuredClaims(text, "claims.jsonl", diagnostics);
    ScoreReport report = Score(input, ScoreOptions{});
    benchmark::DoNotOptimize(report.claims.data());
    sources = report.sources.size();
    claims = report.claims.size();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(claims));
  state.counters["claims"] = static_cast<double>(claims);
  state.counters["sources"] = static_cast<double>(sources);
}
BENCHMARK(BM_ScoreStructured)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mizan
