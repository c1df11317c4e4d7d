// Source reliability by iterative truth discovery over sources and slot moments, for
// continuous values (in the spirit of CRH and CATD): the truth of each moment of a slot is
// the weighted median of its claims in log space; a source's error is the log-distance from
// that truth to its claimed interval, in units of error_scale; its weight is CATD's
// chi-square lower bound of precision, shrunk toward a prior by source type. Copies and
// claims sharing an origin split one vote. Moments with a single evidence unit carry no
// information about sources and are left out of the errors.
//
//   Alignment a = Align(input.claims, AlignOptions{});
//   Reliability r = EstimateReliability(input.claims, a, ScoreOptions{});
//   // r.names[s], r.reliability[s] in [0,1], [r.low[s], r.high[s]]; r.truth[bucket]
#pragma once

#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <vector>

#include "scoring/align.h"
#include "scoring/score.h"

namespace mizan {

struct Reliability {
  std::vector<std::string> names;   // sorted source names
  std::vector<SourceType> types;    // per source: the type of its first claim
  Eigen::VectorXd reliability;      // 1 / (1 + shrunk mean squared error), in (0, 1]
  Eigen::VectorXd low, high;        // chi-square interval of the reliability
  Eigen::VectorXd weight;           // the weight the last truth estimate used
  Eigen::VectorXd error_sum;        // sum of squared scaled errors (E_s)
  Eigen::VectorXd claim_mass;       // claims counted (copies split one vote) (N_s)
  std::vector<int> claims, held;    // claims per source; of which holding the truth
  std::vector<double> truth;        // per bucket: the estimated value (0 when none)
  std::vector<uint32_t> source_begin;  // claim i's sources: sources[source_begin[i]...]
  std::vector<uint32_t> sources;
  std::vector<float> share;         // per claim: its part of its evidence unit's vote
  std::vector<uint8_t> informative; // per bucket: at least two evidence units
  int iterations = 0;
  bool converged = false;

  size_t MemoryBytes() const;
};

// The prior reliability of a source type, a documented default (README, "Scoring"):
// | type          | prior | | type          | prior |
// |---------------|-------| |---------------|-------|
// | wire          | 0.75  | | media         | 0.65  |
// | government    | 0.70  | | analyst       | 0.65  |
// | intelligence  | 0.70  | | military      | 0.65  |
// | official      | 0.70  | | unattributed  | 0.55  |
// | organisation  | 0.70  | | anonymous     | 0.45  |
// |               |       | | social_media  | 0.35  |
double SourceTypePrior(SourceType type);

// Quantile p of the chi-square distribution with `dof` degrees of freedom
// (Wilson-Hilferty; within 1% for dof >= 2, which the prior's pseudo-claims guarantee).
double ChiSquareQuantile(double p, double dof);

Reliability EstimateReliability(const std::vector<ScoreClaim>& claims, const Alignment& alignment,
                                const ScoreOptions& options);

}  // namespace mizan
