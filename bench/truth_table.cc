// mizan_truth_table: accuracy of Mizan and of the baselines (majority vote, median, CRH,
// CATD) on each mix of the synthetic truth-discovery data (bench/truth_synthetic.h), as a
// Markdown table; the README's figures come from here.
//
//   build/bench/mizan_truth_table [seeds]   (default 3 seeds per mix, figures averaged)
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "bench/truth_synthetic.h"

int main(int argc, char** argv) {
  using namespace mizan;
  const int seeds = argc > 1 ? std::atoi(argv[1]) : 3;
  std::printf("| mix | claims | sources | objects | Mizan | majority | median | CRH | CATD | Mizan s |\n");
  std::printf("|---|---|---|---|---|---|---|---|---|---|\n");
  for (const TruthMix& mix : TruthMixes()) {
    double acc[5] = {0, 0, 0, 0, 0}, seconds = 0;
    size_t claims = 0, sources = 0;
    for (int seed = 1; seed <= seeds; ++seed) {
      const TruthData d = SyntheticTruthData(mix, static_cast<uint64_t>(seed));
      claims += d.claims.size();
      sources += d.sources;
      const auto t0 = std::chrono::steady_clock::now();
      const std::vector<double> mizan = MizanEstimates(d);
      seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      acc[0] += Accuracy(d, mizan);
      acc[1] += Accuracy(d, MajorityVote(d));
      acc[2] += Accuracy(d, Median(d));
      acc[3] += Accuracy(d, Crh(d));
      acc[4] += Accuracy(d, Catd(d));
    }
    std::printf("| %s | %zu | %zu | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |\n", mix.name,
                claims / seeds, sources / seeds, mix.objects, acc[0] / seeds, acc[1] / seeds,
                acc[2] / seeds, acc[3] / seeds, acc[4] / seeds, seconds / seeds);
  }
  return 0;
}
