#include "scoring/reliability.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string_view>

#include "scoring/hash_ids.h"

namespace mizan {
// Acklam's rational approximation of the standard normal quantile (|error| < 1.2e-9).
double NormalQuantile(double p) {
  static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                             -2.759285104469687e+02, 1.383577518672690e+02,
                             -3.066479806614716e+01, 2.506628277459239e+00};
  static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                             -1.556989798598866e+02, 6.680131188771972e+01,
                             -1.328068155288572e+01};
  static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                             -2.400758277161838e+00, -2.549732539343734e+00,
                             4.374664141464968e+00, 2.938163982698783e+00};
  static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                             2.445134137142996e+00, 3.754408661907416e+00};
  p = std::clamp(p, 1e-12, 1 - 1e-12);
  if (p < 0.02425) {
    const double q = std::sqrt(-2 * std::log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
           ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - 0.02425) return -NormalQuantile(1 - p);
  const double q = p - 0.5, r = q * q;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
         (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

namespace {

// Model constants (README, "Reliability"):
// | constant          | value | meaning                                                   |
// |-------------------|-------|-----------------------------------------------------------|
// | kFalseValues      | 10    | ACCU's n before the data tell (wrong values a careless    |
// |                   |       | source picks among); the vote of accuracy a is            |
// |                   |       | log(1 + n a / (1 - a)); then estimated, within            |
// |                   |       | [kMinFalseValues, kMaxFalseValues] = [1, 100]             |
// | kVoteScale        | 2^30  | fixed point of votes: support sums are exact integers     |
// | kMinSharedFalse   | 2     | shared false values before two sources can be copies      |
// | kCopyShare        | 0.5   | ... and at least this share of the fewer false values     |
// | kMaxCopyRun       | 32    | larger runs of one false value are a common error, not    |
// |                   |       | copying (and would cost the square of their size)         |
// | kCopyPasses       | 3     | copy detections at most: after round 1, then at each rest |
constexpr double kFalseValues = 10;
constexpr double kMinFalseValues = 1;
constexpr double kMaxFalseValues = 100;
constexpr double kVoteScale = 1073741824.0;
constexpr uint32_t kMinSharedFalse = 2;
constexpr double kCopyShare = 0.5;
constexpr uint32_t kMaxCopyRun = 32;
constexpr int kCopyPasses = 3;

}  // namespace

double SourceTypePrior(SourceType type) {
  switch (type) {
    case SourceType::kWire: return 0.75;
    case SourceType::kGovernment: return 0.70;
    case SourceType::kIntelligence: return 0.70;
    case SourceType::kOfficial: return 0.70;
    case SourceType::kOrganisation: return 0.70;
    case SourceType::kMilitary: return 0.65;
    case SourceType::kMedia: return 0.65;
    case SourceType::kAnalyst: return 0.65;
    case SourceType::kUnattributed: return 0.55;
    case SourceType::kAnonymous: return 0.45;
    case SourceType::kSocialMedia: return 0.35;
  }
  return 0.55;
}

double ChiSquareQuantile(double p, double dof) {
  const double z = NormalQuantile(p);
  const double h = 2.0 / (9.0 * dof);
  const double t = 1 - h + z * std::sqrt(h);
  return dof * std::max(t * t * t, 1e-12);
}

size_t Reliability::MemoryBytes() const {
  size_t bytes = sizeof(*this);
  for (const std::string& s : names) bytes += sizeof(s) + (s.capacity() > 15 ? s.capacity() : 0);
  bytes += types.capacity() + (claims.capacity() + held.capacity()) * sizeof(int);
  bytes += 6 * sizeof(double) * static_cast<size_t>(reliability.size());
  bytes += (truth.capacity() + runner_up.capacity()) * sizeof(double);
  bytes += (support.capacity() + runner_up_support.capacity()) * sizeof(float);
  bytes += (source_begin.capacity() + sources.capacity()) * sizeof(uint32_t);
  bytes += share.capacity() * sizeof(float) + informative.capacity();
  bytes += copiers.capacity() * sizeof(copiers[0]);
  return bytes;
}

std::pair<double, double> WilsonInterval(double p, double n, double z) {
  const double z2 = z * z, denom = 1 + z2 / n;
  const double centre = (p + z2 / (2 * n)) / denom;
  const double half = z * std::sqrt(std::max(p * (1 - p), 0.0) / n + z2 / (4 * n * n)) / denom;
  return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

double VoteOfAccuracy(double accuracy, double false_values) {
  const double a = std::clamp(accuracy, 0.0, 1 - 1e-9);
  return std::log1p(false_values * a / (1 - a));
}

namespace {

// How many positions ahead the gather over the alignment's order prefetches its claims.
constexpr uint32_t kPrefetchAhead = 8;

// One claim at its position (claims ordered by moment, then by log point): everything an
// iteration reads of it in one record, so that iterations stream memory in order.
struct Position {
  Position() {}  // uninitialized: the gather writes every field (no memset first)
  double lo, hi, point;  // log bounds and log point of the claim's soft interval
  float share;           // its part of its evidence unit's vote
  uint32_t src_begin;    // its sources: pos_src[src_begin, next position's src_begin)
  // The claimed values it supports: the positions [span_begin, span_end) of its moment,
  // whose points lie in [lo, hi] (points are sorted, so they are one run).
  uint32_t span_begin, span_end;
};

// Source ids by first appearance (HashIds on the name's FNV-1a hash).
class SourceIds {
 public:
  // The id of `name`, added (with `type`) when new.
  uint32_t Intern(std::string_view name, SourceType type) {
    const auto [id, added] =
        ids_.Intern(HashBytes(name), [&](uint32_t known) { return names_[known] == name; });
    if (added) {
      names_.push_back(name);
      types_.push_back(type);
    }
    return id;
  }
  const std::vector<std::string_view>& names() const { return names_; }
  const std::vector<SourceType>& types() const { return types_; }

 private:
  HashIds ids_;
  std::vector<std::string_view> names_;
  std::vector<SourceType> types_;
};

// Claims per evidence unit within one moment, into `count` (parallel to `evidence`);
// returns the number of distinct units. A moment holds a handful of claims, so pairwise
// counting beats a map; large moments sort a copy.
uint32_t CountUnits(const uint32_t* evidence, uint32_t len, uint32_t* count,
                    std::vector<uint32_t>& scratch) {
  uint32_t units = 0;
  if (len <= 32) {
    for (uint32_t x = 0; x < len; ++x) {
      count[x] = 0;
      bool first = true;
      for (uint32_t y = 0; y < len; ++y) {
        const bool same = evidence[x] == evidence[y];
        count[x] += same;
        first &= !(same && y < x);
      }
      units += first;
    }
    return units;
  }
  scratch.assign(evidence, evidence + len);
  std::sort(scratch.begin(), scratch.end());
  units = static_cast<uint32_t>(std::unique(scratch.begin(), scratch.end()) - scratch.begin());
  scratch.resize(units);
  std::vector<uint32_t> per_unit(units, 0);
  for (uint32_t x = 0; x < len; ++x) {
    ++per_unit[std::lower_bound(scratch.begin(), scratch.end(), evidence[x]) - scratch.begin()];
  }
  for (uint32_t x = 0; x < len; ++x) {
    count[x] = per_unit[std::lower_bound(scratch.begin(), scratch.end(), evidence[x]) -
                        scratch.begin()];
  }
  return units;
}

// Union-find over source ids, for cliques of sources that copy one another.
uint32_t Root(std::vector<uint32_t>& parent, uint32_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

Reliability EstimateReliability(const std::vector<ScoreClaim>& claims, const Alignment& al,
                                const ScoreOptions& options) {
  Reliability r;
  const uint32_t n = static_cast<uint32_t>(claims.size());
  const uint32_t buckets = al.bucket_count();

  // Source ids: first by appearance, then renumbered in name order so that nothing
  // downstream depends on input order.
  SourceIds ids;
  r.source_begin.resize(n + 1);
  r.sources.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    r.source_begin[i] = static_cast<uint32_t>(r.sources.size());
    for (const std::string& name : claims[i].origins) {
      r.sources.push_back(ids.Intern(name, claims[i].origin_type));
    }
  }
  r.source_begin[n] = static_cast<uint32_t>(r.sources.size());
  const uint32_t m = static_cast<uint32_t>(ids.names().size());
  std::vector<uint32_t> by_name(m);
  std::iota(by_name.begin(), by_name.end(), 0u);
  std::sort(by_name.begin(), by_name.end(),
            [&](uint32_t x, uint32_t y) { return ids.names()[x] < ids.names()[y]; });
  std::vector<uint32_t> rank(m);
  r.names.resize(m);
  r.types.resize(m);
  for (uint32_t k = 0; k < m; ++k) {
    rank[by_name[k]] = k;
    r.names[k] = std::string(ids.names()[by_name[k]]);
    r.types[k] = ids.types()[by_name[k]];
  }
  r.claims.assign(m, 0);
  for (uint32_t& s : r.sources) {
    s = rank[s];
    ++r.claims[s];
  }

  // Positions: one gather over the alignment's order, each moment's claims sorted by log
  // point (then input index), so that the claimed values a claim supports are one run of
  // positions. The random accesses of the whole estimate are in this pass; everything
  // after reads positions in order.
  std::vector<Position> pos(n + 1);  // every field is written below
  std::vector<uint32_t> pos_src, pos_claim(n);
  pos_src.reserve(r.sources.size());
  r.share.assign(n, 1.0f);
  r.informative.assign(buckets, 0);
  // Each moment's common band in log space (lo > hi: none).
  std::vector<double> band_lo(buckets), band_hi(buckets);
  struct Keyed {
    double key;
    uint32_t claim;
  };
  std::vector<Keyed> keyed;
  std::vector<uint32_t> unit, unit_count, scratch;
  // Shares of one moment's claims from their evidence units `unit` (parallel to its
  // positions); true when the moment holds two units or more (it informs on sources).
  auto share_votes = [&](uint32_t b) {
    const uint32_t p = al.bucket_begin[b], len = al.bucket_begin[b + 1] - p;
    const uint32_t units = CountUnits(unit.data(), len, unit_count.data(), scratch);
    for (uint32_t x = 0; x < len; ++x) {
      pos[p + x].share = 1.0f / static_cast<float>(unit_count[x]);
      r.share[pos_claim[p + x]] = pos[p + x].share;
    }
    r.informative[b] = units >= 2;
  };
  for (uint32_t b = 0; b < buckets; ++b) {
    const uint32_t p = al.bucket_begin[b], q = al.bucket_begin[b + 1], len = q - p;
    if (keyed.size() < len) keyed.resize(len), unit.resize(len), unit_count.resize(len);
    for (uint32_t k = p; k < q; ++k) {
      // The claims a few positions on are at random places in memory: ask for them now so
      // that their cache misses overlap with this work instead of following it.
      if (k + kPrefetchAhead < n) {
        const uint32_t ahead = al.order[k + kPrefetchAhead];
        __builtin_prefetch(&al.intervals[ahead]);
        __builtin_prefetch(&al.claims[ahead]);
        __builtin_prefetch(&r.source_begin[ahead]);
      }
      const uint32_t i = al.order[k];
      keyed[k - p] = {std::log(std::max(al.intervals[i].point, 1e-9)), i};
    }
    if (len > 1) {
      std::sort(keyed.begin(), keyed.begin() + len, [](const Keyed& x, const Keyed& y) {
        return x.key != y.key ? x.key < y.key : x.claim < y.claim;
      });
    }
    const double blo = al.bucket_lo[b], bhi = al.bucket_hi[b];
    bool lo_known = false, hi_known = false;
    for (uint32_t x = 0; x < len; ++x) {
      const uint32_t i = keyed[x].claim;
      const SoftInterval& v = al.intervals[i];
      Position& at = pos[p + x];
      at.lo = std::log(std::max(v.lo, 1e-9));
      at.hi = std::isinf(v.hi) ? std::numeric_limits<double>::infinity()
                               : std::log(std::max(v.hi, 1e-9));
      at.point = keyed[x].key;
      at.src_begin = static_cast<uint32_t>(pos_src.size());
      for (uint32_t j = r.source_begin[i]; j < r.source_begin[i + 1]; ++j) {
        pos_src.push_back(r.sources[j]);
      }
      pos_claim[p + x] = i;
      unit[x] = al.claims[i].evidence;
      if (!lo_known && v.lo == blo) band_lo[b] = at.lo, lo_known = true;
      if (!hi_known && v.hi == bhi) band_hi[b] = at.hi, hi_known = true;
    }
    // The run of claimed values each claim supports (its own always among them).
    for (uint32_t x = 0; x < len; ++x) {
      Position& at = pos[p + x];
      const auto first = pos.begin() + p, last = pos.begin() + q;
      const uint32_t from = static_cast<uint32_t>(
          std::lower_bound(first, last, at.lo, [](const Position& y, double v) { return y.point < v; }) -
          pos.begin());
      const uint32_t to = static_cast<uint32_t>(
          std::upper_bound(first, last, at.hi, [](double v, const Position& y) { return v < y.point; }) -
          pos.begin());
      at.span_begin = std::min(from, p + x);
      at.span_end = std::max(to, p + x + 1);
    }
    share_votes(b);
    if (!lo_known) band_lo[b] = std::log(std::max(blo, 1e-9));
    if (!hi_known) {
      band_hi[b] = std::isinf(bhi) ? std::numeric_limits<double>::infinity()
                                   : std::log(std::max(bhi, 1e-9));
    }
    if (blo > bhi) band_lo[b] = 1, band_hi[b] = 0;
  }
  pos[n].src_begin = static_cast<uint32_t>(pos_src.size());

  const double k_prior = options.prior_strength;
  const double z = NormalQuantile(1 - (1 - options.interval_level) / 2);
  Eigen::VectorXd prior(m);
  for (uint32_t s = 0; s < m; ++s) prior[s] = SourceTypePrior(r.types[s]);
  // Votes start from the type priors, as if every source had only its pseudo-claims.
  r.weight.resize(m);
  for (uint32_t s = 0; s < m; ++s) {
    r.weight[s] = VoteOfAccuracy(WilsonInterval(prior[s], k_prior, z).first, kFalseValues);
  }
  r.truth.assign(buckets, 0);
  r.support.assign(buckets, 0);
  r.runner_up.assign(buckets, 0);
  r.runner_up_support.assign(buckets, 0);
  std::vector<double> truth_log(buckets, 0);
  std::vector<uint32_t> moments;  // the informative buckets
  auto list_moments = [&] {
    moments.clear();
    r.claim_mass = Eigen::VectorXd::Zero(m);
    for (uint32_t b = 0; b < buckets; ++b) {
      if (!r.informative[b]) continue;
      moments.push_back(b);
      for (uint32_t k = al.bucket_begin[b]; k < al.bucket_begin[b + 1]; ++k) {
        for (uint32_t j = pos[k].src_begin; j < pos[k + 1].src_begin; ++j) {
          r.claim_mass[pos_src[j]] += pos[k].share;
        }
      }
    }
  };
  list_moments();

  // The truth of moment b: the claimed value with the most support, each claim adding its
  // vote (share x the mean vote of its sources, in fixed point so that sums are exact and
  // ties are ties in any order) to every value it allows; among equals, the smallest.
  // `record`: also note the pick's share of the vote and the best value it rules out.
  std::vector<int64_t> diff, sup;
  Eigen::VectorXd held_mass = Eigen::VectorXd::Zero(m);
  double false_values = kFalseValues;  // ACCU's n, estimated from the data (below)
  auto estimate_truth = [&](uint32_t b, bool record) {
    const uint32_t p = al.bucket_begin[b], q = al.bucket_begin[b + 1], len = q - p;
    diff.assign(len + 1, 0);
    sup.resize(len);
    int64_t total = 0;
    for (uint32_t k = p; k < q; ++k) {
      const uint32_t s0 = pos[k].src_begin, s1 = pos[k + 1].src_begin;
      double w = 0;
      for (uint32_t j = s0; j < s1; ++j) w += r.weight[pos_src[j]];
      const double vote = s1 > s0 ? w / (s1 - s0) * pos[k].share : 0.0;
      const int64_t v = static_cast<int64_t>(vote * kVoteScale + 0.5);
      diff[pos[k].span_begin - p] += v;
      diff[pos[k].span_end - p] -= v;
      total += v;
    }
    int64_t run = 0, best_sup = -1;
    uint32_t best = 0;
    for (uint32_t x = 0; x < len; ++x) {
      run += diff[x];
      sup[x] = run;
      if (run > best_sup) best_sup = run, best = x;
    }
    double t = pos[p + best].point;
    if (band_lo[b] <= band_hi[b]) t = std::clamp(t, band_lo[b], band_hi[b]);
    truth_log[b] = t;
    if (!record) return;
    // The claimed value itself, not exp(log(value)): 19,400 must stay 19,400.
    r.truth[b] = t == pos[p + best].point ? al.intervals[pos_claim[p + best]].point : std::exp(t);
    int64_t second = -1;
    uint32_t other = 0;
    for (uint32_t x = 0; x < len; ++x) {
      const Position& at = pos[p + x];
      if (at.lo <= t && t <= at.hi) continue;  // this claim allows the truth
      if (sup[x] > second) second = sup[x], other = x;
    }
    r.support[b] = total > 0 ? static_cast<float>(static_cast<double>(best_sup) / total) : 1.0f;
    if (second >= 0) {
      r.runner_up[b] = std::exp(pos[p + other].point);
      r.runner_up_support[b] =
          total > 0 ? static_cast<float>(static_cast<double>(second) / total) : 0.0f;
    }
  };

  // Accuracy from the claims of informative moments that hold their truth; the vote from
  // the lower end of the accuracy's interval.
  auto tally_held = [&] {
    held_mass.setZero();
    for (uint32_t b : moments) {
      const double t = truth_log[b];
      for (uint32_t k = al.bucket_begin[b]; k < al.bucket_begin[b + 1]; ++k) {
        if (!(pos[k].lo <= t && t <= pos[k].hi)) continue;
        for (uint32_t j = pos[k].src_begin; j < pos[k + 1].src_begin; ++j) {
          held_mass[pos_src[j]] += pos[k].share;
        }
      }
    }
  };
  // The vote of source s on a record of `held` of `mass` claims.
  auto vote_of = [&](uint32_t s, double held, double mass) {
    const double trials = mass + k_prior;
    const double accuracy = std::clamp((held + k_prior * prior[s]) / trials, 0.0, 1.0);
    return VoteOfAccuracy(WilsonInterval(accuracy, trials, z).first, false_values);
  };
  auto update_weights = [&] {
    tally_held();
    double change = 0;
    for (uint32_t s = 0; s < m; ++s) {
      const double next = vote_of(s, held_mass[s], r.claim_mass[s]);
      change = std::max(change, std::abs(next - r.weight[s]) / r.weight[s]);
      r.weight[s] = next;
    }
    return change;
  };

  // The effective number of false values: 1 / the chance that two wrong claims of one
  // moment (evidence units, by their shares) say the same value, the inverse Simpson
  // index of the errors. Many errors on one stale figure make it small, so that a
  // mediocre source's vote for that figure counts for little; scattered errors make it
  // large. Kept when the data hold no pair of wrong claims.
  auto estimate_false_values = [&] {
    double pairs = 0, same = 0;
    for (uint32_t b : moments) {
      const double t = truth_log[b];
      const uint32_t p = al.bucket_begin[b], q = al.bucket_begin[b + 1];
      double wrong = 0;
      for (uint32_t x0 = p; x0 < q;) {
        uint32_t x1 = x0 + 1;
        while (x1 < q && pos[x1].point == pos[x0].point) ++x1;
        if (!(pos[x0].lo <= t && t <= pos[x0].hi)) {
          double units = 0;
          for (uint32_t x = x0; x < x1; ++x) units += pos[x].share;
          wrong += units;
          same += units * (units - 1) / 2;
        }
        x0 = x1;
      }
      pairs += wrong * (wrong - 1) / 2;
    }
    if (pairs <= 0) return false;
    const double next = std::clamp(pairs / std::max(same, pairs / kMaxFalseValues), kMinFalseValues,
                                   kMaxFalseValues);
    const bool changed = std::abs(next - false_values) > 1e-3 * false_values;
    false_values = next;
    return changed;
  };

  // Copy detection (as ACCU): two sources that repeat the same false value in several
  // moments, for at least kCopyShare of the false values of the one with fewer, copy one
  // another (or a common origin); cliques of them then split one vote wherever they
  // claim the same value.
  auto detect_copies = [&] {
    std::vector<uint32_t> false_count(m, 0);
    HashIds pair_ids;
    std::vector<uint64_t> pair_key;
    std::vector<uint32_t> shared, group;
    for (uint32_t b : moments) {
      const double t = truth_log[b];
      const uint32_t p = al.bucket_begin[b], q = al.bucket_begin[b + 1];
      for (uint32_t k = p; k < q; ++k) {
        if (pos[k].lo <= t && t <= pos[k].hi) continue;
        for (uint32_t j = pos[k].src_begin; j < pos[k + 1].src_begin; ++j) ++false_count[pos_src[j]];
      }
      for (uint32_t x0 = p; x0 < q;) {
        uint32_t x1 = x0 + 1;
        while (x1 < q && pos[x1].point == pos[x0].point) ++x1;
        const bool wrong = !(pos[x0].lo <= t && t <= pos[x0].hi);
        if (wrong && x1 - x0 >= 2 && x1 - x0 <= kMaxCopyRun) {
          group.clear();
          for (uint32_t j = pos[x0].src_begin; j < pos[x1].src_begin; ++j) group.push_back(pos_src[j]);
          std::sort(group.begin(), group.end());
          group.erase(std::unique(group.begin(), group.end()), group.end());
          for (size_t u = 0; u < group.size(); ++u) {
            for (size_t v = u + 1; v < group.size(); ++v) {
              const uint64_t key = static_cast<uint64_t>(group[u]) << 32 | group[v];
              const auto [id, added] = pair_ids.Intern(key * 0x9e3779b97f4a7c15ull,
                                                       [&](uint32_t known) { return pair_key[known] == key; });
              if (added) pair_key.push_back(key), shared.push_back(0);
              ++shared[id];
            }
          }
        }
        x0 = x1;
      }
    }
    std::vector<std::pair<uint32_t, uint32_t>> before;
    before.swap(r.copiers);
    for (size_t id = 0; id < pair_key.size(); ++id) {
      const uint32_t a = static_cast<uint32_t>(pair_key[id] >> 32);
      const uint32_t c = static_cast<uint32_t>(pair_key[id]);
      if (shared[id] >= kMinSharedFalse &&
          shared[id] >= kCopyShare * std::min(false_count[a], false_count[c])) {
        r.copiers.emplace_back(a, c);
      }
    }
    std::sort(r.copiers.begin(), r.copiers.end());
    if (r.copiers == before) return false;
    std::vector<uint32_t> parent(m);
    std::iota(parent.begin(), parent.end(), 0u);
    for (const auto& [a, c] : r.copiers) {
      const uint32_t x = Root(parent, a), y = Root(parent, c);
      parent[std::max(x, y)] = std::min(x, y);
    }
    // Within a run of one claimed value, claims whose first sources are in one clique
    // become one evidence unit (the first such claim's). Grouped by sorting (root,
    // position) pairs: a run of thousands of identical claims stays cheap.
    std::vector<uint8_t> in_clique(m, 0);
    for (const auto& [a, c] : r.copiers) in_clique[a] = in_clique[c] = 1;
    std::vector<std::pair<uint32_t, uint32_t>> members;  // (clique root, position)
    for (uint32_t b = 0; b < buckets; ++b) {
      const uint32_t p = al.bucket_begin[b], q = al.bucket_begin[b + 1];
      if (q - p < 2) continue;
      bool merged = false;
      for (uint32_t x = p; x < q; ++x) unit[x - p] = al.claims[pos_claim[x]].evidence;
      for (uint32_t x0 = p; x0 < q;) {
        uint32_t x1 = x0 + 1;
        while (x1 < q && pos[x1].point == pos[x0].point) ++x1;
        members.clear();
        for (uint32_t x = x0; x < x1; ++x) {
          if (pos[x].src_begin == pos[x + 1].src_begin) continue;
          const uint32_t first = pos_src[pos[x].src_begin];
          if (in_clique[first]) members.emplace_back(Root(parent, first), x);
        }
        if (members.size() >= 2) {
          std::sort(members.begin(), members.end());
          for (size_t g = 1; g < members.size(); ++g) {
            if (members[g].first != members[g - 1].first) continue;
            // The group's first position already holds the group's unit.
            const uint32_t lead = unit[members[g - 1].second - p];
            uint32_t& own = unit[members[g].second - p];
            merged |= own != lead;
            own = lead;
          }
        }
        x0 = x1;
      }
      if (merged || !before.empty()) share_votes(b);
    }
    list_moments();
    return true;
  };

  r.converged = m == 0;
  int copy_passes = 0;
  for (r.iterations = 0; r.iterations < options.max_iterations && !r.converged;) {
    ++r.iterations;
    for (uint32_t b : moments) estimate_truth(b, false);
    r.converged = update_weights() < options.tolerance;
    // Copies are looked for after the first round (truths of near-equal votes, before a
    // clique's agreement with itself can inflate its record), and again whenever the
    // truths settle, at most kCopyPasses times; only with a round left to weigh the new
    // shares (the held counts must stay those of the final shares).
    if ((r.iterations == 1 || r.converged) && copy_passes < kCopyPasses &&
        r.iterations < options.max_iterations) {
      ++copy_passes;
      const bool copies = detect_copies();
      if (estimate_false_values() || copies) r.converged = false;
    }
  }
  for (uint32_t b = 0; b < buckets; ++b) estimate_truth(b, true);
  r.false_values = false_values;

  r.reliability.resize(m);
  r.low.resize(m);
  r.high.resize(m);
  r.error_sum = r.claim_mass - held_mass;
  for (uint32_t s = 0; s < m; ++s) {
    const double trials = r.claim_mass[s] + k_prior;
    const double accuracy = (held_mass[s] + k_prior * prior[s]) / trials;
    const auto [lo, hi] = WilsonInterval(accuracy, trials, z);
    r.reliability[s] = accuracy;
    r.low[s] = std::min(lo, accuracy);
    r.high[s] = std::max(hi, accuracy);
  }
  r.held.assign(m, 0);
  for (uint32_t b = 0; b < buckets; ++b) {
    const double t = truth_log[b];
    for (uint32_t k = al.bucket_begin[b]; k < al.bucket_begin[b + 1]; ++k) {
      const bool holds = pos[k].lo <= t && t <= pos[k].hi;
      for (uint32_t j = pos[k].src_begin; j < pos[k + 1].src_begin; ++j) r.held[pos_src[j]] += holds;
    }
  }
  return r;
}

}  // namespace mizan
