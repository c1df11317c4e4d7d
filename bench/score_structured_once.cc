// mizan_score_structured_once N: BM_ScoreStructured's input (the same 49,765 structured
// claims from 4,000 sources, values as strings), read and scored N times (default 1), for
// instruction counts that do not move with the host:
//
//   valgrind --tool=callgrind --toggle-collect='mizan::Score(*' \
//       --toggle-collect='mizan::ReadStructuredClaims*' build/bench/mizan_score_structured_once
#include <cstdio>
#include <cstdlib>
#include <string>

#include "bench/truth_synthetic.h"

int main(int argc, char** argv) {
  using namespace mizan;
  const int runs = argc > 1 ? std::atoi(argv[1]) : 1;
  // As BM_ScoreStructured (reliability_bench.cc) builds it.
  const TruthMix mix = {"bench", 15000, 400, 3, 0.6, 0.95, 3600, 0.5, 0, 0, 0, 0, 0, 0.4, 0.1, 0.1};
  const TruthData d = SyntheticTruthData(mix, 5);
  std::string text;
  for (const TruthClaim& c : d.claims) {
    char value[32];
    std::snprintf(value, sizeof value, "%.0f", c.value);
    text += "{\"source\": \"editor" + std::to_string(c.source) + "\", \"object\": \"city" +
            std::to_string(c.object) + "\", \"value\": \"" + value + "\"}\n";
  }
  size_t slots = 0;
  for (int k = 0; k < runs; ++k) {
    std::vector<Diagnostic> diagnostics;
    const ScoreInput input = ReadStructuredClaims(text, "claims.jsonl", diagnostics);
    const ScoreReport report = Score(input, ScoreOptions{});
    slots += report.slots.size();
  }
  std::printf("%zu claims, %zu slots a run\n", d.claims.size(), runs > 0 ? slots / runs : 0);
  return 0;
}
