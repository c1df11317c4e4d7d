// EstimateReliability re-estimates a moment only when its sources' weights moved more than
// the moment's slack, and re-adds a source's errors only when one of its moments changed
// truth. This checks that those shortcuts change nothing: a plain reference (every moment,
// every source, every round, as scoring/README.md describes the model) must give the same
// bits on synthetic claims with copies, co-origins and large moments.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

#include "bench/synthetic.h"
#include "scoring/reliability.h"

namespace mizan {
namespace {

struct Reference {
  std::vector<double> weight, error_sum, truth;
  int iterations = 0;
};

// The model without shortcuts. Source ids are taken from `fast` (name order) so that the
// vectors compare entry by entry; shares and informative flags are recomputed here.
Reference PlainEstimate(const std::vector<ScoreClaim>& claims, const Alignment& al,
                        const ScoreOptions& options, const Reliability& fast) {
  const uint32_t n = static_cast<uint32_t>(claims.size()), buckets = al.bucket_count();
  const size_t m = fast.names.size();
  std::map<std::string, uint32_t> id;
  for (uint32_t s = 0; s < m; ++s) id[fast.names[s]] = s;
  auto log_of = [](double v) { return std::log(std::max(v, 1e-9)); };
  std::vector<uint32_t> order(al.order);
  std::vector<float> share(n);
  std::vector<bool> informative(buckets);
  for (uint32_t b = 0; b < buckets; ++b) {
    const auto first = order.begin() + al.bucket_begin[b], last = order.begin() + al.bucket_begin[b + 1];
    std::sort(first, last, [&](uint32_t x, uint32_t y) {
      const double a = log_of(al.intervals[x].point), c = log_of(al.intervals[y].point);
      return a != c ? a < c : x < y;
    });
    std::map<uint32_t, int> per_unit;
    for (auto it = first; it != last; ++it) ++per_unit[al.claims[*it].evidence];
    for (auto it = first; it != last; ++it) share[*it] = 1.0f / static_cast<float>(per_unit[al.claims[*it].evidence]);
    informative[b] = per_unit.size() >= 2;
  }
  Reference ref;
  std::vector<double> prior_mass(m);
  ref.weight.resize(m);
  for (size_t s = 0; s < m; ++s) {
    const double v0 = 1 / SourceTypePrior(fast.types[s]) - 1;
    prior_mass[s] = v0 * options.prior_strength;
    ref.weight[s] = 1 / v0;
  }
  std::vector<double> truth_log(buckets, 0);
  auto estimate = [&](uint32_t b) {
    const uint32_t p = al.bucket_begin[b], q = al.bucket_begin[b + 1];
    std::vector<double> w(q - p);
    for (uint32_t k = p; k < q; ++k) {
      const std::vector<std::string>& origins = claims[order[k]].origins;
      double sum = 0;
      for (const std::string& o : origins) sum += ref.weight[id[o]];
      w[k - p] = origins.empty() ? 0.0 : sum / origins.size() * share[order[k]];
    }
    const double total = std::accumulate(w.begin(), w.end(), 0.0);
    double acc = 0;
    uint32_t pick = p;
    for (uint32_t k = p; k < q; ++k) {
      acc += w[k - p];
      pick = k;
      if (acc >= total / 2) break;
    }
    double t = log_of(al.intervals[order[pick]].point);
    const double lo = log_of(al.bucket_lo[b]);
    const double hi = std::isinf(al.bucket_hi[b]) ? al.bucket_hi[b] : log_of(al.bucket_hi[b]);
    if (al.bucket_lo[b] <= al.bucket_hi[b]) t = std::clamp(t, lo, hi);
    truth_log[b] = t;
  };
  const double alpha = (1 - options.interval_level) / 2;
  bool converged = m == 0;
  while (ref.iterations < options.max_iterations && !converged) {
    ++ref.iterations;
    std::vector<double> error(m, 0), mass(m, 0);
    for (uint32_t b = 0; b < buckets; ++b) {
      if (!informative[b]) continue;
      estimate(b);
      for (uint32_t k = al.bucket_begin[b]; k < al.bucket_begin[b + 1]; ++k) {
        const SoftInterval& v = al.intervals[order[k]];
        const double lo = log_of(v.lo), hi = std::isinf(v.hi) ? v.hi : log_of(v.hi);
        const double t = truth_log[b];
        const double d = std::min((t < lo ? lo - t : (t > hi ? t - hi : 0)) / options.error_scale, 10.0);
        for (const std::string& o : claims[order[k]].origins) {
          error[id[o]] += share[order[k]] * d * d;
          mass[id[o]] += share[order[k]];
        }
      }
    }
    double change = 0;
    for (size_t s = 0; s < m; ++s) {
      const double next = ChiSquareQuantile(alpha, mass[s] + options.prior_strength) / (error[s] + prior_mass[s]);
      change = std::max(change, std::abs(next - ref.weight[s]) / ref.weight[s]);
      ref.weight[s] = next;
    }
    ref.error_sum = error;
    converged = change < options.tolerance;
  }
  for (uint32_t b = 0; b < buckets; ++b) estimate(b);
  for (double t : truth_log) ref.truth.push_back(std::exp(t));
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

}  // namespace
}  // namespace mizan
