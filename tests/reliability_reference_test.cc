// EstimateReliability finds the values a claim supports as one run of sorted positions,
// sums support through a difference array, counts evidence units pairwise or by sorting
// and pairs of copying sources in a hash table. This checks those shortcuts change nothing:
// a plain reference (every moment, every candidate against every claim, std::map for
// units and pairs, as scoring/README.md describes the model) must give the same bits on
// synthetic claims with copies, co-origins, large moments and copying cliques.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <set>

#include "bench/synthetic.h"
#include "bench/truth_synthetic.h"
#include "scoring/reliability.h"

namespace mizan {
namespace {

struct Reference {
  std::vector<double> weight, error_sum, truth;
  std::vector<std::pair<uint32_t, uint32_t>> copiers;
  double false_values = 0;
  int iterations = 0;
};

// The model without shortcuts. Source ids are taken from `fast` (name order) so that the
// vectors compare entry by entry; shares, supports and copies are recomputed here.
Reference PlainEstimate(const std::vector<ScoreClaim>& claims, const Alignment& al,
                        const ScoreOptions& options, const Reliability& fast) {
  const uint32_t n = static_cast<uint32_t>(claims.size()), buckets = al.bucket_count();
  const size_t m = fast.names.size();
  std::map<std::string, uint32_t> id;
  for (uint32_t s = 0; s < m; ++s) id[fast.names[s]] = s;
  auto log_of = [](double v) { return std::log(std::max(v, 1e-9)); };
  auto log_hi = [&](double v) { return std::isinf(v) ? v : log_of(v); };
  std::vector<uint32_t> order(al.order);
  for (uint32_t b = 0; b < buckets; ++b) {
    std::sort(order.begin() + al.bucket_begin[b], order.begin() + al.bucket_begin[b + 1],
              [&](uint32_t x, uint32_t y) {
                const double a = log_of(al.intervals[x].point), c = log_of(al.intervals[y].point);
                return a != c ? a < c : x < y;
              });
  }
  auto point = [&](uint32_t k) { return log_of(al.intervals[order[k]].point); };
  auto holds = [&](uint32_t k, double t) {
    const SoftInterval& v = al.intervals[order[k]];
    return log_of(v.lo) <= t && t <= log_hi(v.hi);
  };
  auto sources_of = [&](uint32_t k) {
    std::vector<uint32_t> out;
    for (const std::string& o : claims[order[k]].origins) out.push_back(id[o]);
    return out;
  };
  // Evidence units: alignment's, then merged for copying cliques (below).
  std::vector<uint32_t> unit(n);
  std::vector<float> share(n);
  std::vector<bool> informative(buckets);
  auto count_shares = [&] {
    for (uint32_t b = 0; b < buckets; ++b) {
      std::map<uint32_t, int> per_unit;
      for (uint32_t k = al.bucket_begin[b]; k < al.bucket_begin[b + 1]; ++k) ++per_unit[unit[order[k]]];
      for (uint32_t k = al.bucket_begin[b]; k < al.bucket_begin[b + 1]; ++k) {
        share[order[k]] = 1.0f / static_cast<float>(per_unit[unit[order[k]]]);
      }
      informative[b] = per_unit.size() >= 2;
    }
  };
  for (uint32_t i = 0; i < n; ++i) unit[i] = al.claims[i].evidence;
  count_shares();

  const double k_prior = options.prior_strength;
  const double z = NormalQuantile(1 - (1 - options.interval_level) / 2);
  double false_values = 10;
  std::vector<double> prior(m);
  Reference ref;
  ref.weight.resize(m);
  for (size_t s = 0; s < m; ++s) {
    prior[s] = SourceTypePrior(fast.types[s]);
    ref.weight[s] = VoteOfAccuracy(WilsonInterval(prior[s], k_prior, z).first, false_values);
  }
  // Record: claim mass and held mass of each source over the informative moments.
  std::vector<double> held(m, 0), mass(m, 0), truth_log(buckets, 0), truth_value(buckets, 0);
  auto vote_of = [&](uint32_t s, double h, double nm) {
    const double trials = nm + k_prior;
    const double accuracy = std::clamp((h + k_prior * prior[s]) / trials, 0.0, 1.0);
    return VoteOfAccuracy(WilsonInterval(accuracy, trials, z).first, false_values);
  };
  auto tally = [&] {
    held.assign(m, 0);
    mass.assign(m, 0);
    for (uint32_t b = 0; b < buckets; ++b) {
      if (!informative[b]) continue;
      for (uint32_t k = al.bucket_begin[b]; k < al.bucket_begin[b + 1]; ++k) {
        for (uint32_t s : sources_of(k)) mass[s] += share[order[k]];
      }
    }
    for (uint32_t b = 0; b < buckets; ++b) {
      if (!informative[b]) continue;
      for (uint32_t k = al.bucket_begin[b]; k < al.bucket_begin[b + 1]; ++k) {
        if (!holds(k, truth_log[b])) continue;
        for (uint32_t s : sources_of(k)) held[s] += share[order[k]];
      }
    }
  };
  // The truth: every claimed value against every claim.
  auto estimate = [&](uint32_t b) {
    const uint32_t p = al.bucket_begin[b], q = al.bucket_begin[b + 1];
    std::vector<int64_t> vote(q - p);
    for (uint32_t k = p; k < q; ++k) {
      const std::vector<uint32_t> src = sources_of(k);
      double sum = 0;
      for (uint32_t s : src) sum += ref.weight[s];
      vote[k - p] = static_cast<int64_t>(
          (src.empty() ? 0.0 : sum / src.size() * share[order[k]]) * 1073741824.0 + 0.5);
    }
    int64_t best_support = -1;
    uint32_t best = p;
    for (uint32_t x = p; x < q; ++x) {
      int64_t support = 0;
      for (uint32_t k = p; k < q; ++k) support += (k == x || holds(k, point(x))) ? vote[k - p] : 0;
      if (support > best_support) best_support = support, best = x;
    }
    double t = point(best);
    const double lo = log_of(al.bucket_lo[b]), hi = log_hi(al.bucket_hi[b]);
    if (al.bucket_lo[b] <= al.bucket_hi[b]) t = std::clamp(t, lo, hi);
    return std::make_pair(t, t == point(best) ? al.intervals[order[best]].point : std::exp(t));
  };
  // Runs of one claimed value in a moment: [x0, x1).
  auto runs = [&](uint32_t b) {
    std::vector<std::pair<uint32_t, uint32_t>> out;
    for (uint32_t x0 = al.bucket_begin[b]; x0 < al.bucket_begin[b + 1];) {
      uint32_t x1 = x0;
      while (x1 < al.bucket_begin[b + 1] && point(x1) == point(x0)) ++x1;
      out.emplace_back(x0, x1);
      x0 = x1;
    }
    return out;
  };
  auto find_copies = [&] {
    std::vector<uint32_t> false_count(m, 0);
    std::map<std::pair<uint32_t, uint32_t>, uint32_t> shared;
    for (uint32_t b = 0; b < buckets; ++b) {
      if (!informative[b]) continue;
      for (uint32_t k = al.bucket_begin[b]; k < al.bucket_begin[b + 1]; ++k) {
        if (holds(k, truth_log[b])) continue;
        for (uint32_t s : sources_of(k)) ++false_count[s];
      }
      for (const auto& [x0, x1] : runs(b)) {
        if (holds(x0, truth_log[b]) || x1 - x0 < 2 || x1 - x0 > 32) continue;
        std::set<uint32_t> group;
        for (uint32_t x = x0; x < x1; ++x) {
          for (uint32_t s : sources_of(x)) group.insert(s);
        }
        for (uint32_t u : group) {
          for (uint32_t v : group) {
            if (u < v) ++shared[{u, v}];
          }
        }
      }
    }
    std::vector<std::pair<uint32_t, uint32_t>> found;
    for (const auto& [pair, count] : shared) {
      if (count >= 2 && count >= 0.5 * std::min(false_count[pair.first], false_count[pair.second])) {
        found.push_back(pair);
      }
    }
    if (found == ref.copiers) return false;
    ref.copiers = found;
    // Cliques: connected components, by repeated relabelling to the smallest member.
    std::vector<uint32_t> clique(m);
    std::iota(clique.begin(), clique.end(), 0u);
    for (bool moved = true; moved;) {
      moved = false;
      for (const auto& [x, y] : found) {
        const uint32_t low = std::min(clique[x], clique[y]), a = clique[x], c = clique[y];
        for (uint32_t& label : clique) {
          if ((label == a || label == c) && label != low) label = low, moved = true;
        }
      }
    }
    for (uint32_t i = 0; i < n; ++i) unit[i] = al.claims[i].evidence;
    for (uint32_t b = 0; b < buckets; ++b) {
      for (const auto& [x0, x1] : runs(b)) {
        for (uint32_t x = x0; x < x1; ++x) {
          if (claims[order[x]].origins.empty()) continue;
          const uint32_t c = clique[sources_of(x).front()];
          for (uint32_t y = x0; y < x; ++y) {
            if (claims[order[y]].origins.empty()) continue;
            if (clique[sources_of(y).front()] == c && unit[order[y]] != unit[order[x]]) {
              unit[order[x]] = unit[order[y]];
              break;
            }
          }
        }
      }
    }
    count_shares();
    return true;
  };
  auto find_false_values = [&] {
    double pairs = 0, same = 0;
    for (uint32_t b = 0; b < buckets; ++b) {
      if (!informative[b]) continue;
      double wrong = 0;
      for (const auto& [x0, x1] : runs(b)) {
        if (holds(x0, truth_log[b])) continue;
        double units = 0;
        for (uint32_t x = x0; x < x1; ++x) units += share[order[x]];
        wrong += units;
        same += units * (units - 1) / 2;
      }
      pairs += wrong * (wrong - 1) / 2;
    }
    if (pairs <= 0) return false;
    const double next = std::clamp(pairs / std::max(same, pairs / 100), 1.0, 100.0);
    const bool changed = std::abs(next - false_values) > 1e-3 * false_values;
    false_values = next;
    return changed;
  };

  bool converged = m == 0;
  int passes = 0;
  while (ref.iterations < options.max_iterations && !converged) {
    ++ref.iterations;
    std::vector<double> next_truth(truth_log);
    for (uint32_t b = 0; b < buckets; ++b) {
      if (informative[b]) next_truth[b] = estimate(b).first;
    }
    truth_log = next_truth;
    tally();
    double change = 0;
    for (size_t s = 0; s < m; ++s) {
      const double next = vote_of(static_cast<uint32_t>(s), held[s], mass[s]);
      change = std::max(change, std::abs(next - ref.weight[s]) / ref.weight[s]);
      ref.weight[s] = next;
    }
    converged = change < options.tolerance;
    if ((ref.iterations == 1 || converged) && passes < 3 && ref.iterations < options.max_iterations) {
      ++passes;
      const bool copies = find_copies();
      if (find_false_values() || copies) converged = false;
    }
  }
  ref.truth.resize(buckets);
  for (uint32_t b = 0; b < buckets; ++b) {
    const auto [t, value] = estimate(b);
    truth_log[b] = t;
    ref.truth[b] = value;
  }
  for (size_t s = 0; s < m; ++s) ref.error_sum.push_back(mass[s] - held[s]);
  ref.false_values = false_values;
  return ref;
}

void Compare(const std::vector<ScoreClaim>& claims, const ScoreOptions& options) {
  AlignOptions align_options;
  align_options.places = &PlaceHierarchy::Default();
  const Alignment al = Align(claims, align_options);
  const Reliability fast = EstimateReliability(claims, al, options);
  const Reference ref = PlainEstimate(claims, al, options, fast);
  CHECK(fast.iterations == ref.iterations);
  size_t weight_diffs = 0, error_diffs = 0, truth_diffs = 0;
  for (size_t s = 0; s < fast.names.size(); ++s) {
    weight_diffs += fast.weight[s] != ref.weight[s];
    error_diffs += fast.error_sum[s] != ref.error_sum[s];
  }
  for (size_t b = 0; b < ref.truth.size(); ++b) truth_diffs += fast.truth[b] != ref.truth[b];
  CHECK(fast.copiers == ref.copiers);
  CHECK(fast.false_values == ref.false_values);
  CHECK(weight_diffs == 0);
  CHECK(error_diffs == 0);
  CHECK(truth_diffs == 0);
}

TEST_CASE("reliability: the shortcuts give the plain estimate's bits (synthetic news)",
          "[reliability]") {
  Compare(SyntheticClaims(30000, 600, 3), ScoreOptions{});
}

TEST_CASE("reliability: same bits with co-origins, large moments and a round cap",
          "[reliability]") {
  std::vector<ScoreClaim> claims = SyntheticClaims(6000, 40, 5);
  for (size_t i = 0; i < claims.size(); ++i) {
    // Twelve objects at two dates: moments of hundreds of claims; every third claim has a
    // co-origin.
    claims[i].object = "object-" + std::to_string(i % 12);
    claims[i].place.clear();
    claims[i].structured = true;
    claims[i].time = claims[i].time_start = 19000 + static_cast<int64_t>(i % 2);
    if (i % 3 == 0) claims[i].origins.push_back("co-origin-" + std::to_string(i % 7));
    std::sort(claims[i].origins.begin(), claims[i].origins.end());
  }
  Compare(claims, ScoreOptions{});
  ScoreOptions capped;
  capped.max_iterations = 2;
  capped.tolerance = 1e-12;
  Compare(claims, capped);
}

TEST_CASE("reliability: same bits on structured claims with copying cliques and a long tail",
          "[reliability]") {
  const TruthData d = SyntheticTruthData(TruthMixes().back(), 2);
  const ScoreInput input = TruthScoreInput(d);
  Compare(input.claims, ScoreOptions{});
}

}  // namespace
}  // namespace mizan
