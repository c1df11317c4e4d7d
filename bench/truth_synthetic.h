// Structured claims with known truth, for truth discovery (issue 14): objects with a true
// value and an older (stale) one; sources with a spread of accuracies and a Zipf-like
// coverage; a long tail of one- or two-claim sources; cliques that copy a careless source;
// true values written rounded; false values that are stale, wild (x10, /10) or nearby.
// The baselines of the literature (majority vote, median, CRH, CATD) run on the same claims
// with the same notion of one value (RoundingTolerance), and Accuracy() scores any method.
//
//   TruthData d = SyntheticTruthData(TruthMixes()[2], /*seed=*/1);
//   std::vector<double> est = MizanEstimates(d);       // or MajorityVote(d), Crh(d), ...
//   double a = Accuracy(d, est);                       // share of objects estimated right
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "scoring/interval.h"
#include "scoring/reliability.h"
#include "scoring/score.h"

namespace mizan {

// One mix of the generator.
struct TruthMix {
  const char* name;
  int objects;
  int core_sources;          // sources with a record (Zipf-like coverage)
  int claims_per_object;     // core claims per object: 1 .. 2 x this - 1, uniformly
  double core_lo, core_hi;   // accuracy of core sources: uniform in [lo, hi]
  int tail_sources;          // sources with one or two claims
  double tail_accuracy;
  int cliques, clique_size;  // copying cliques: members repeat their master's claims
  double master_accuracy;    // the master's accuracy (careless)
  double master_coverage;    // share of objects the master claims
  double copy_rate;          // chance a member repeats the master on one object
  double stale, outlier;     // of false values: the stale value, a wild one (else nearby)
  double rounded;            // of true values: written to 2 or 3 significant digits
};

// The mixes the README reports (same seeds in tests/truth_discovery_test.cc).
inline const std::vector<TruthMix>& TruthMixes() {
  static const std::vector<TruthMix> mixes = {
      // name          obj   core cpo lo    hi    tail  tacc  cl sz  macc  mcov  copy  stale out  round
      {"balanced",     2000, 40,  5, 0.55, 0.95, 0,    0.0,  0, 0,  0.0,  0.0,  0.0,  0.3, 0.1, 0.1},
      {"long-tail",    4000, 300, 2, 0.60, 0.95, 6000, 0.50, 0, 0,  0.0,  0.0,  0.0,  0.4, 0.1, 0.1},
      {"copying",      400,  30,  4, 0.60, 0.95, 0,    0.0,  3, 6,  0.35, 0.8,  0.9,  0.2, 0.1, 0.1},
      {"stale",        2000, 60,  5, 0.45, 0.90, 500,  0.45, 0, 0,  0.0,  0.0,  0.0,  0.8, 0.05, 0.1},
      {"rounding",     2000, 40,  5, 0.55, 0.95, 0,    0.0,  0, 0,  0.0,  0.0,  0.0,  0.3, 0.1, 0.5},
      {"everything",   3000, 200, 3, 0.45, 0.95, 3000, 0.45, 4, 5,  0.35, 0.5,  0.8,  0.5, 0.1, 0.3},
  };
  return mixes;
}

struct TruthClaim {
  uint32_t object, source;
  double value;
};

struct TruthData {
  std::vector<double> truth;  // per object
  std::vector<TruthClaim> claims;
  uint32_t sources = 0;
};

inline TruthData SyntheticTruthData(const TruthMix& mix, uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto uniform = [&](double lo, double hi) {
    return lo + (hi - lo) * static_cast<double>(rng() >> 11) * 0x1.0p-53;
  };
  auto pick = [&](uint64_t k) { return static_cast<uint32_t>(rng() % k); };
  TruthData d;
  const uint32_t objects = static_cast<uint32_t>(mix.objects);
  std::vector<double> stale(objects);
  for (uint32_t o = 0; o < objects; ++o) {
    d.truth.push_back(std::round(std::exp(uniform(std::log(1e3), std::log(1e7)))));
    stale[o] = std::round(d.truth[o] * (1 - uniform(0.02, 0.2)));  // an older, smaller count
  }
  auto write_true = [&](uint32_t o) {
    double v = d.truth[o];
    if (uniform(0, 1) < mix.rounded) {
      const double digits = pick(2) == 0 ? 2 : 3;
      const double unit = std::pow(10.0, std::floor(std::log10(v)) - digits + 1);
      v = std::round(v / unit) * unit;
    }
    return v;
  };
  auto write_false = [&](uint32_t o) {
    const double u = uniform(0, 1), t = d.truth[o];
    double v;
    if (u < mix.stale) {
      v = stale[o];
    } else if (u < mix.stale + mix.outlier) {
      v = pick(2) == 0 ? t * 10 : std::round(t / 10);
    } else {
      v = std::round(t * std::exp(uniform(-0.3, 0.3)));
    }
    if (SameValue(v, t)) v = t + 2 * RoundingTolerance(t) + 1;
    return v;
  };
  auto claim = [&](uint32_t o, uint32_t s, double accuracy) {
    d.claims.push_back({o, s, uniform(0, 1) < accuracy ? write_true(o) : write_false(o)});
  };
  // Core sources: Zipf-like coverage, accuracies spread.
  const uint32_t core = static_cast<uint32_t>(mix.core_sources);
  std::vector<double> accuracy(core), cumulative(core);
  double total = 0;
  for (uint32_t s = 0; s < core; ++s) {
    accuracy[s] = uniform(mix.core_lo, mix.core_hi);
    total += 1.0 / (s + 1);
    cumulative[s] = total;
  }
  std::vector<uint32_t> chosen;
  for (uint32_t o = 0; o < objects; ++o) {
    const uint32_t k = std::min<uint32_t>(core, 1 + pick(2 * mix.claims_per_object - 1));
    chosen.clear();
    while (chosen.size() < k) {
      const double x = uniform(0, total);
      const uint32_t s = static_cast<uint32_t>(
          std::lower_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin());
      if (std::find(chosen.begin(), chosen.end(), std::min(s, core - 1)) == chosen.end()) {
        chosen.push_back(std::min(s, core - 1));
      }
    }
    for (uint32_t s : chosen) claim(o, s, accuracy[s]);
  }
  uint32_t next = core;
  // The long tail: one or two claims each, on objects others claim too.
  for (int t = 0; t < mix.tail_sources; ++t, ++next) {
    const uint32_t first = pick(objects);
    claim(first, next, mix.tail_accuracy);
    if (pick(3) == 0) {
      const uint32_t second = pick(objects);
      if (second != first) claim(second, next, mix.tail_accuracy);
    }
  }
  // Copying cliques: a careless master and members that repeat it.
  for (int c = 0; c < mix.cliques; ++c) {
    const uint32_t master = next++;
    const uint32_t members = next;
    next += static_cast<uint32_t>(mix.clique_size);
    for (uint32_t o = 0; o < objects; ++o) {
      if (uniform(0, 1) >= mix.master_coverage) continue;
      claim(o, master, mix.master_accuracy);
      const double value = d.claims.back().value;
      for (int k = 0; k < mix.clique_size; ++k) {
        if (uniform(0, 1) < mix.copy_rate) d.claims.push_back({o, members + k, value});
      }
    }
  }
  d.sources = next;
  return d;
}

// Structured claims as `mizan score --claims` reads them ({"source","object","value"}).
inline ScoreInput TruthScoreInput(const TruthData& d) {
  ScoreInput input;
  input.claims.reserve(d.claims.size());
  for (size_t i = 0; i < d.claims.size(); ++i) {
    const TruthClaim& t = d.claims[i];
    ScoreClaim c;
    c.id = "truth#" + std::to_string(i + 1);
    c.object = "o" + std::to_string(t.object);
    c.origins = {"s" + std::to_string(t.source)};
    c.value = NumericValue{t.value, t.value, Qualifier::kExact};
    c.structured = true;
    input.claims.push_back(std::move(c));
  }
  return input;
}

// BM_ScoreStructured's input as the JSONL file a pipeline would hand `mizan score --claims`:
// population-like (400 editors with a record, 3,600 with one or two claims; 49,765 claims),
// values written as strings, as the encyclopedia's edit history gives them.
inline std::string PopulationLikeClaimsJsonl() {
  const TruthMix mix = {"bench", 15000, 400, 3, 0.6, 0.95, 3600, 0.5, 0, 0, 0, 0, 0, 0.4, 0.1, 0.1};
  const TruthData d = SyntheticTruthData(mix, 5);
  std::string text;
  for (const TruthClaim& c : d.claims) {
    char value[32];
    std::snprintf(value, sizeof value, "%.0f", c.value);
    text += "{\"source\": \"editor" + std::to_string(c.source) + "\", \"object\": \"city" +
            std::to_string(c.object) + "\", \"value\": \"" + value + "\"}\n";
  }
  return text;
}

// The estimate is the truth, written at its precision.
inline double Accuracy(const TruthData& d, const std::vector<double>& estimate) {
  size_t right = 0;
  for (size_t o = 0; o < d.truth.size(); ++o) right += SameValue(estimate[o], d.truth[o]);
  return static_cast<double>(right) / static_cast<double>(d.truth.size());
}

// Mizan end to end: Score() on the structured claims, each object's slot estimate.
inline std::vector<double> MizanEstimates(const TruthData& d, const ScoreOptions& options = {}) {
  const ScoreReport report = Score(TruthScoreInput(d), options);
  std::vector<double> estimate(d.truth.size(), 0);
  for (const SlotReport& slot : report.slots) {
    estimate[std::stoul(slot.object.substr(1))] = slot.estimate.value;
  }
  return estimate;
}

// ---- Baselines. They share the candidates and the support rule of Mizan's estimate: the
// claimed values of an object, each backed by every claim whose rounding tolerance covers
// it; they differ in how claims are weighed.

// Claims grouped by object, with the candidates each claim supports.
struct TruthIndex {
  std::vector<uint32_t> begin;             // object o: claims[begin[o], begin[o+1]) of `by_object`
  std::vector<uint32_t> by_object;         // claim indices
  std::vector<std::vector<uint32_t>> supports;  // per claim: positions (within its object) it backs

  explicit TruthIndex(const TruthData& d) {
    const uint32_t objects = static_cast<uint32_t>(d.truth.size());
    begin.assign(objects + 1, 0);
    for (const TruthClaim& c : d.claims) ++begin[c.object + 1];
    for (uint32_t o = 0; o < objects; ++o) begin[o + 1] += begin[o];
    by_object.resize(d.claims.size());
    std::vector<uint32_t> fill(begin.begin(), begin.end() - 1);
    for (uint32_t i = 0; i < d.claims.size(); ++i) by_object[fill[d.claims[i].object]++] = i;
    supports.resize(d.claims.size());
    for (uint32_t o = 0; o < objects; ++o) {
      for (uint32_t a = begin[o]; a < begin[o + 1]; ++a) {
        const TruthClaim& x = d.claims[by_object[a]];
        const double tol = RoundingTolerance(x.value);
        for (uint32_t b = begin[o]; b < begin[o + 1]; ++b) {
          if (std::fabs(d.claims[by_object[b]].value - x.value) <= tol) {
            supports[by_object[a]].push_back(b - begin[o]);
          }
        }
      }
    }
  }
};

// Weighted vote over the candidates: the claimed value with the most support; ties to the
// smaller value (as Mizan).
inline std::vector<double> WeightedVote(const TruthData& d, const TruthIndex& ix,
                                        const std::vector<double>& source_weight) {
  std::vector<double> estimate(d.truth.size(), 0), support;
  for (uint32_t o = 0; o + 1 < ix.begin.size(); ++o) {
    const uint32_t p = ix.begin[o], q = ix.begin[o + 1];
    if (p == q) continue;
    support.assign(q - p, 0);
    for (uint32_t a = p; a < q; ++a) {
      const uint32_t i = ix.by_object[a];
      for (uint32_t c : ix.supports[i]) support[c] += source_weight[d.claims[i].source];
    }
    uint32_t best = 0;
    for (uint32_t c = 1; c < q - p; ++c) {
      const double vb = d.claims[ix.by_object[p + best]].value, vc = d.claims[ix.by_object[p + c]].value;
      if (support[c] > support[best] || (support[c] == support[best] && vc < vb)) best = c;
    }
    estimate[o] = d.claims[ix.by_object[p + best]].value;
  }
  return estimate;
}

inline std::vector<double> MajorityVote(const TruthData& d) {
  const TruthIndex ix(d);
  return WeightedVote(d, ix, std::vector<double>(d.sources, 1.0));
}

// The (lower) median of the claimed values: a claimed value.
inline std::vector<double> Median(const TruthData& d) {
  const TruthIndex ix(d);
  std::vector<double> estimate(d.truth.size(), 0), values;
  for (uint32_t o = 0; o + 1 < ix.begin.size(); ++o) {
    values.clear();
    for (uint32_t a = ix.begin[o]; a < ix.begin[o + 1]; ++a) values.push_back(d.claims[ix.by_object[a]].value);
    if (values.empty()) continue;
    std::sort(values.begin(), values.end());
    estimate[o] = values[(values.size() - 1) / 2];
  }
  return estimate;
}

// Per source: claims, and claims that miss the estimate (0-1 loss: the claim does not
// back the estimated value).
inline void Losses(const TruthData& d, const std::vector<double>& estimate,
                   std::vector<double>& count, std::vector<double>& loss) {
  count.assign(d.sources, 0);
  loss.assign(d.sources, 0);
  for (const TruthClaim& c : d.claims) {
    count[c.source] += 1;
    loss[c.source] += std::fabs(estimate[c.object] - c.value) > RoundingTolerance(c.value);
  }
}

// The iterative baselines' shared loop: a weighted vote, then `rounds` times new source
// weights from each source's claim count and 0-1 loss against the estimate
// (reweigh(count, loss, weight)), and the vote again.
template <typename Reweigh>
std::vector<double> IterativeVote(const TruthData& d, int rounds, Reweigh reweigh) {
  const TruthIndex ix(d);
  std::vector<double> weight(d.sources, 1.0), count, loss;
  std::vector<double> estimate = WeightedVote(d, ix, weight);
  for (int r = 0; r < rounds; ++r) {
    Losses(d, estimate, count, loss);
    reweigh(count, loss, weight);
    estimate = WeightedVote(d, ix, weight);
  }
  return estimate;
}

// CRH (Li et al., SIGMOD 2014) with the 0-1 loss of categorical data: w_s =
// -log(loss_s / sum of losses), losses smoothed by 0.01 so that a flawless source is finite.
inline std::vector<double> Crh(const TruthData& d, int rounds = 20) {
  return IterativeVote(d, rounds, [](const std::vector<double>&, const std::vector<double>& loss,
                                     std::vector<double>& weight) {
    const double sum = std::accumulate(loss.begin(), loss.end(), 0.0) + 0.01;
    for (size_t s = 0; s < weight.size(); ++s) weight[s] = -std::log((loss[s] + 0.01) / sum);
  });
}

// CATD (Li et al., VLDB 2015), confidence-aware for long-tail sources: w_s =
// chi2_{alpha/2}(n_s) / loss_s (alpha = 0.05), losses smoothed by 0.1.
inline std::vector<double> Catd(const TruthData& d, int rounds = 20) {
  return IterativeVote(d, rounds, [](const std::vector<double>& count,
                                     const std::vector<double>& loss, std::vector<double>& weight) {
    for (size_t s = 0; s < weight.size(); ++s) {
      weight[s] = ChiSquareQuantile(0.025, std::max(count[s], 1.0)) / (loss[s] + 0.1);
    }
  });
}

}  // namespace mizan
