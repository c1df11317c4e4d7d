// Source reliability by iterative truth discovery over sources and slot moments.
// Truth of a moment: the claimed value with the most weighted support (a claim supports
// every claimed value inside its soft interval, so a rounded 1,230,000 backs 1,234,567 and
// "more than 11,000" backs 12,000), never a value between claims. A source's accuracy: the
// share of its claims that hold their moment's truth, shrunk toward its type prior by
// `prior_strength` pseudo-claims; its vote: the log-odds of the lower end of that
// accuracy's interval (confidence-aware: a source with one or two claims cannot outvote
// sources with a record). Copies and claims sharing an origin split one vote; so do
// sources found to share false values (copy detection, as ACCU). Moments with a single
// evidence unit carry no information about sources and are left out of the accuracies.
//
//   Alignment a = Align(input.claims, AlignOptions{});
//   Reliability r = EstimateReliability(input.claims, a, ScoreOptions{});
//   // r.names[s], r.reliability[s] in [0,1], [r.low[s], r.high[s]]; r.truth[bucket]
#pragma once

#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "scoring/align.h"
#include "scoring/score.h"

namespace mizan {

struct Reliability {
  std::vector<std::string> names;   // sorted source names
  std::vector<SourceType> types;    // per source: the type of its first claim
  Eigen::VectorXd reliability;      // accuracy (H + k r0) / (N + k), in (0, 1)
  Eigen::VectorXd low, high;        // Wilson interval of the accuracy on N + k trials
  Eigen::VectorXd weight;           // the vote the last truth estimate used
  Eigen::VectorXd error_sum;        // claim mass that missed its moment's truth (N_s - H_s)
  Eigen::VectorXd claim_mass;       // claims counted in informative moments, shared (N_s)
  std::vector<int> claims, held;    // claims per source; of which holding the truth
  std::vector<double> truth;        // per bucket: the estimated value (0 when none)
  std::vector<float> support;       // per bucket: the truth's share of the weighted vote
  std::vector<double> runner_up;    // per bucket: the best value the truth's claims do not
                                    // allow (0 when none)
  std::vector<float> runner_up_support;  // its share of the vote (0 when none)
  std::vector<std::pair<uint32_t, uint32_t>> copiers;  // source pairs sharing false values
  double false_values = 0;          // ACCU's n as estimated (effective number of errors)
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

// Quantile p of the standard normal distribution (Acklam; |error| < 1.2e-9).
double NormalQuantile(double p);

// Quantile p of the chi-square distribution with `dof` degrees of freedom
// (Wilson-Hilferty; within 1% for dof >= 2, which the prior's pseudo-claims guarantee).
double ChiSquareQuantile(double p, double dof);

// Wilson score interval of a proportion p on n trials at normal quantile z, within [0, 1].
std::pair<double, double> WilsonInterval(double p, double n, double z);

// A source's vote for its accuracy (here: the lower end of its interval), as ACCU:
// log(1 + n a / (1 - a)) with n the number of false values; positive, and 0 for a source
// always wrong.
double VoteOfAccuracy(double accuracy, double false_values);

Reliability EstimateReliability(const std::vector<ScoreClaim>& claims, const Alignment& alignment,
                                const ScoreOptions& options);

}  // namespace mizan
