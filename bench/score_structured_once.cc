// mizan_score_structured_once N: BM_ScoreStructured's input (the same 49,765 structured
// claims from 4,000 sources, values as strings), read and scored N times (default 1), for
// instruction counts that do not move with the host:
//
//   valgrind --tool=callgrind --toggle-collect='mizan::Score(*' \
//       --toggle-collect='mizan::ReadStructuredClaims*' build/bench/mizan_score_structured_once
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/truth_synthetic.h"

int main(int argc, char** argv) {
  using namespace mizan;
  const int runs = argc > 1 ? std::atoi(argv[1]) : 1;
  const std::string text = PopulationLikeClaimsJsonl();  // as BM_ScoreStructured reads it
  size_t slots = 0;
  for (int k = 0; k < runs; ++k) {
    std::vector<Diagnostic> diagnostics;
    const ScoreInput input = ReadStructuredClaims(text, "claims.jsonl", diagnostics);
    const ScoreReport report = Score(input, ScoreOptions{});
    slots += report.slots.size();
  }
  std::printf("%zu bytes of claims, %zu slots a run\n", text.size(), runs > 0 ? slots / runs : 0);
  return 0;
}
