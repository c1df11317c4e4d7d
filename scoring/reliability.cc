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


// Truth discovery over sources and moments, one stage per function: InternSources (ids in
// name order), Gather (positions: each moment's claims by log point, with the run of
// claimed values each supports), then rounds of EstimateTruth / UpdateWeights, with
// EstimateFalseValues and DetectCopies between them, then Finish (truths, accuracies and
// intervals). Every sum is taken in the same order as the plain model of
// tests/reliability_reference_test.cc, so that the results are the same bit for bit.
class TruthDiscovery {
 public:
  TruthDiscovery(const std::vector<ScoreClaim>& claims, const Alignment& al,
                 const ScoreOptions& options, Reliability& r)
      : claims_(claims), al_(al), options_(options), r_(r),
        n_(static_cast<uint32_t>(claims.size())), buckets_(al.bucket_count()) {}

  void Run() {
    InternSources();
    Gather();
    InitVotes();
    Iterate();
    Finish();
  }

 private:
  // Source ids: first by appearance, then renumbered in name order so that nothing
  // downstream depends on input order.
  void InternSources() {
    SourceIds ids;
    r_.source_begin.resize(n_ + 1);
    r_.sources.reserve(n_);
    for (uint32_t i = 0; i < n_; ++i) {
      r_.source_begin[i] = static_cast<uint32_t>(r_.sources.size());
      for (const std::string& name : claims_[i].origins) {
        r_.sources.push_back(ids.Intern(name, claims_[i].origin_type));
      }
    }
    r_.source_begin[n_] = static_cast<uint32_t>(r_.sources.size());
    m_ = static_cast<uint32_t>(ids.names().size());
    std::vector<uint32_t> by_name(m_);
    std::iota(by_name.begin(), by_name.end(), 0u);
    std::sort(by_name.begin(), by_name.end(),
              [&](uint32_t x, uint32_t y) { return ids.names()[x] < ids.names()[y]; });
    std::vector<uint32_t> rank(m_);
    r_.names.resize(m_);
    r_.types.resize(m_);
    for (uint32_t k = 0; k < m_; ++k) {
      rank[by_name[k]] = k;
      r_.names[k] = std::string(ids.names()[by_name[k]]);
      r_.types[k] = ids.types()[by_name[k]];
    }
    r_.claims.assign(m_, 0);
    for (uint32_t& s : r_.sources) {
      s = rank[s];
      ++r_.claims[s];
    }
  }

  // Positions: one gather over the alignment's order, each moment's claims sorted by log
  // point (then input index), so that the claimed values a claim supports are one run of
  // positions. The random accesses of the whole estimate are in this pass; everything
  // after reads positions in order.
  void Gather() {
    pos_.resize(n_ + 1);  // every field is written below
    pos_claim_.resize(n_);
    pos_src_.reserve(r_.sources.size());
    r_.share.assign(n_, 1.0f);
    r_.informative.assign(buckets_, 0);
    band_lo_.resize(buckets_);
    band_hi_.resize(buckets_);
    agreed_.resize(buckets_);
    for (uint32_t b = 0; b < buckets_; ++b) GatherMoment(b);
    pos_[n_].src_begin = static_cast<uint32_t>(pos_src_.size());
  }

  // Moment b's positions, the runs its claims support, its shares and its common band in
  // log space (lo > hi: none).
  void GatherMoment(uint32_t b) {
    const uint32_t p = al_.bucket_begin[b], q = al_.bucket_begin[b + 1], len = q - p;
    if (keyed_.size() < len) keyed_.resize(len), unit_.resize(len), unit_count_.resize(len);
    for (uint32_t k = p; k < q; ++k) {
      // The claims a few positions on are at random places in memory: ask for them now so
      // that their cache misses overlap with this work instead of following it.
      if (k + kPrefetchAhead < n_) {
        const uint32_t ahead = al_.order[k + kPrefetchAhead];
        __builtin_prefetch(&al_.intervals[ahead]);
        __builtin_prefetch(&al_.claims[ahead]);
        __builtin_prefetch(&r_.source_begin[ahead]);
      }
      const uint32_t i = al_.order[k];
      keyed_[k - p] = {std::log(std::max(al_.intervals[i].point, 1e-9)), i};
    }
    if (len > 1) {
      std::sort(keyed_.begin(), keyed_.begin() + len, [](const Keyed& x, const Keyed& y) {
        return x.key != y.key ? x.key < y.key : x.claim < y.claim;
      });
    }
    const double blo = al_.bucket_lo[b], bhi = al_.bucket_hi[b];
    bool lo_known = false, hi_known = false;
    for (uint32_t x = 0; x < len; ++x) {
      const uint32_t i = keyed_[x].claim;
      const SoftInterval& v = al_.intervals[i];
      Position& at = pos_[p + x];
      at.lo = std::log(std::max(v.lo, 1e-9));
      at.hi = std::isinf(v.hi) ? std::numeric_limits<double>::infinity()
                               : std::log(std::max(v.hi, 1e-9));
      at.point = keyed_[x].key;
      at.src_begin = static_cast<uint32_t>(pos_src_.size());
      for (uint32_t j = r_.source_begin[i]; j < r_.source_begin[i + 1]; ++j) {
        pos_src_.push_back(r_.sources[j]);
      }
      pos_claim_[p + x] = i;
      unit_[x] = al_.claims[i].evidence;
      if (!lo_known && v.lo == blo) band_lo_[b] = at.lo, lo_known = true;
      if (!hi_known && v.hi == bhi) band_hi_[b] = at.hi, hi_known = true;
    }
    // The run of claimed values each claim supports (its own always among them).
    bool all_agree = true;
    for (uint32_t x = 0; x < len; ++x) {
      Position& at = pos_[p + x];
      const auto first = pos_.begin() + p, last = pos_.begin() + q;
      const uint32_t from = static_cast<uint32_t>(
          std::lower_bound(first, last, at.lo, [](const Position& y, double v) { return y.point < v; }) -
          pos_.begin());
      const uint32_t to = static_cast<uint32_t>(
          std::upper_bound(first, last, at.hi, [](double v, const Position& y) { return v < y.point; }) -
          pos_.begin());
      at.span_begin = std::min(from, p + x);
      at.span_end = std::max(to, p + x + 1);
      all_agree &= at.span_begin == p && at.span_end == q;
    }
    agreed_[b] = all_agree;
    ShareVotes(b);
    if (!lo_known) band_lo_[b] = std::log(std::max(blo, 1e-9));
    if (!hi_known) {
      band_hi_[b] = std::isinf(bhi) ? std::numeric_limits<double>::infinity()
                                    : std::log(std::max(bhi, 1e-9));
    }
    if (blo > bhi) band_lo_[b] = 1, band_hi_[b] = 0;
  }

  // Shares of moment b's claims from their evidence units unit_ (parallel to its
  // positions); the moment informs on sources when it holds two units or more.
  void ShareVotes(uint32_t b) {
    const uint32_t p = al_.bucket_begin[b], len = al_.bucket_begin[b + 1] - p;
    const uint32_t units = CountUnits(unit_.data(), len, unit_count_.data(), scratch_);
    for (uint32_t x = 0; x < len; ++x) {
      pos_[p + x].share = 1.0f / static_cast<float>(unit_count_[x]);
      r_.share[pos_claim_[p + x]] = pos_[p + x].share;
    }
    r_.informative[b] = units >= 2;
  }

  // Votes start from the type priors, as if every source had only its pseudo-claims.
  void InitVotes() {
    k_prior_ = options_.prior_strength;
    z_ = NormalQuantile(1 - (1 - options_.interval_level) / 2);
    prior_.resize(m_);
    for (uint32_t s = 0; s < m_; ++s) prior_[s] = SourceTypePrior(r_.types[s]);
    r_.weight.resize(m_);
    for (uint32_t s = 0; s < m_; ++s) {
      r_.weight[s] = VoteOfAccuracy(WilsonInterval(prior_[s], k_prior_, z_).first, kFalseValues);
    }
    r_.truth.assign(buckets_, 0);
    r_.support.assign(buckets_, 0);
    r_.runner_up.assign(buckets_, 0);
    r_.runner_up_support.assign(buckets_, 0);
    truth_log_.assign(buckets_, 0);
    held_mass_ = Eigen::VectorXd::Zero(m_);
    ListMoments();
    // Where every claim allows every claimed value, the truth is the first (the smallest,
    // clamped into the band) whatever the votes: estimated once, not every round. (The
    // informative moments only shrink as copies merge units, so these are all the rounds
    // will read.)
    for (uint32_t b : moments_) {
      if (agreed_[b]) EstimateTruth(b, false);
    }
  }

  // The informative moments, and each source's claim mass in them.
  void ListMoments() {
    moments_.clear();
    r_.claim_mass = Eigen::VectorXd::Zero(m_);
    for (uint32_t b = 0; b < buckets_; ++b) {
      if (!r_.informative[b]) continue;
      moments_.push_back(b);
      for (uint32_t k = al_.bucket_begin[b]; k < al_.bucket_begin[b + 1]; ++k) {
        for (uint32_t j = pos_[k].src_begin; j < pos_[k + 1].src_begin; ++j) {
          r_.claim_mass[pos_src_[j]] += pos_[k].share;
        }
      }
    }
  }

  // Rounds until the votes settle (or max_iterations). Copies are looked for after the
  // first round (truths of near-equal votes, before a clique's agreement with itself can
  // inflate its record), and again whenever the truths settle, at most kCopyPasses times;
  // only with a round left to weigh the new shares (the held counts must stay those of the
  // final shares).
  void Iterate() {
    r_.converged = m_ == 0;
    int copy_passes = 0;
    for (r_.iterations = 0; r_.iterations < options_.max_iterations && !r_.converged;) {
      ++r_.iterations;
      // Each moment's truth, then at once (its positions still in cache) the claim mass
      // that holds it: the same sums, in the same order, as a second pass would take.
      held_mass_.setZero();
      for (uint32_t b : moments_) {
        if (!agreed_[b]) EstimateTruth(b, false);
        TallyHeld(b);
      }
      r_.converged = UpdateWeights() < options_.tolerance;
      if ((r_.iterations == 1 || r_.converged) && copy_passes < kCopyPasses &&
          r_.iterations < options_.max_iterations) {
        ++copy_passes;
        const bool copies = DetectCopies();
        if (EstimateFalseValues() || copies) r_.converged = false;
      }
    }
  }

  // The truth of moment b: the claimed value with the most support, each claim adding its
  // vote (share x the mean vote of its sources, in fixed point so that sums are exact and
  // ties are ties in any order) to every value it allows; among equals, the smallest.
  // `record`: also note the pick's share of the vote and the best value it rules out.
  void EstimateTruth(uint32_t b, bool record) {
    const uint32_t p = al_.bucket_begin[b], q = al_.bucket_begin[b + 1], len = q - p;
    diff_.assign(len + 1, 0);
    sup_.resize(len);
    int64_t total = 0;
    for (uint32_t k = p; k < q; ++k) {
      const uint32_t s0 = pos_[k].src_begin, s1 = pos_[k + 1].src_begin;
      double vote;
      if (s1 == s0 + 1) {  // one source (the rule): the mean of one vote is that vote
        vote = r_.weight[pos_src_[s0]] * pos_[k].share;
      } else {
        double w = 0;
        for (uint32_t j = s0; j < s1; ++j) w += r_.weight[pos_src_[j]];
        vote = s1 > s0 ? w / (s1 - s0) * pos_[k].share : 0.0;
      }
      const int64_t v = static_cast<int64_t>(vote * kVoteScale + 0.5);
      diff_[pos_[k].span_begin - p] += v;
      diff_[pos_[k].span_end - p] -= v;
      total += v;
    }
    int64_t run = 0, best_sup = -1;
    uint32_t best = 0;
    for (uint32_t x = 0; x < len; ++x) {
      run += diff_[x];
      sup_[x] = run;
      if (run > best_sup) best_sup = run, best = x;
    }
    double t = pos_[p + best].point;
    if (band_lo_[b] <= band_hi_[b]) t = std::clamp(t, band_lo_[b], band_hi_[b]);
    truth_log_[b] = t;
    if (record) RecordTruth(b, best, best_sup, total);
  }

  // Moment b's truth as a value (the claimed value itself, not exp(log(value)): 19,400
  // must stay 19,400), its share of the vote, and the best value it rules out.
  void RecordTruth(uint32_t b, uint32_t best, int64_t best_sup, int64_t total) {
    const uint32_t p = al_.bucket_begin[b], len = al_.bucket_begin[b + 1] - p;
    const double t = truth_log_[b];
    r_.truth[b] = t == pos_[p + best].point ? al_.intervals[pos_claim_[p + best]].point : std::exp(t);
    int64_t second = -1;
    uint32_t other = 0;
    for (uint32_t x = 0; x < len; ++x) {
      const Position& at = pos_[p + x];
      if (at.lo <= t && t <= at.hi) continue;  // this claim allows the truth
      if (sup_[x] > second) second = sup_[x], other = x;
    }
    r_.support[b] = total > 0 ? static_cast<float>(static_cast<double>(best_sup) / total) : 1.0f;
    if (second >= 0) {
      r_.runner_up[b] = std::exp(pos_[p + other].point);
      r_.runner_up_support[b] =
          total > 0 ? static_cast<float>(static_cast<double>(second) / total) : 0.0f;
    }
  }

  // Accuracy from the claims of informative moments that hold their truth: the claim
  // mass of moment b's claims that hold it, added to their sources' held_mass_.
  void TallyHeld(uint32_t b) {
    const double t = truth_log_[b];
    for (uint32_t k = al_.bucket_begin[b]; k < al_.bucket_begin[b + 1]; ++k) {
      if (!(pos_[k].lo <= t && t <= pos_[k].hi)) continue;
      for (uint32_t j = pos_[k].src_begin; j < pos_[k + 1].src_begin; ++j) {
        held_mass_[pos_src_[j]] += pos_[k].share;
      }
    }
  }
  // The vote of source s on a record of `held` of `mass` claims: from the lower end of its
  // accuracy's interval.
  double VoteOf(uint32_t s, double held, double mass) const {
    const double trials = mass + k_prior_;
    const double accuracy = std::clamp((held + k_prior_ * prior_[s]) / trials, 0.0, 1.0);
    return VoteOfAccuracy(WilsonInterval(accuracy, trials, z_).first, false_values_);
  }
  // New votes from held_mass_ (TallyHeld of every informative moment); returns the
  // largest relative change.
  double UpdateWeights() {
    double change = 0;
    // A source whose record and n are those its vote was last made from keeps that vote
    // (most of a long tail, round after round): VoteOf would return it again, bit for bit.
    const bool same_n = false_values_ == voted_n_;
    voted_held_.resize(m_, std::numeric_limits<double>::quiet_NaN());
    voted_mass_.resize(m_, std::numeric_limits<double>::quiet_NaN());
    voted_n_ = false_values_;
    for (uint32_t s = 0; s < m_; ++s) {
      if (same_n && held_mass_[s] == voted_held_[s] && r_.claim_mass[s] == voted_mass_[s]) continue;
      voted_held_[s] = held_mass_[s];
      voted_mass_[s] = r_.claim_mass[s];
      const double next = VoteOf(s, held_mass_[s], r_.claim_mass[s]);
      change = std::max(change, std::abs(next - r_.weight[s]) / r_.weight[s]);
      r_.weight[s] = next;
    }
    return change;
  }

  // The effective number of false values: 1 / the chance that two wrong claims of one
  // moment (evidence units, by their shares) say the same value, the inverse Simpson
  // index of the errors. Many errors on one stale figure make it small, so that a
  // mediocre source's vote for that figure counts for little; scattered errors make it
  // large. Kept when the data hold no pair of wrong claims. True when it changed.
  bool EstimateFalseValues() {
    double pairs = 0, same = 0;
    for (uint32_t b : moments_) {
      const double t = truth_log_[b];
      const uint32_t p = al_.bucket_begin[b], q = al_.bucket_begin[b + 1];
      double wrong = 0;
      for (uint32_t x0 = p; x0 < q;) {
        const uint32_t x1 = RunEnd(x0, q);
        if (!(pos_[x0].lo <= t && t <= pos_[x0].hi)) {
          double units = 0;
          for (uint32_t x = x0; x < x1; ++x) units += pos_[x].share;
          wrong += units;
          same += units * (units - 1) / 2;
        }
        x0 = x1;
      }
      pairs += wrong * (wrong - 1) / 2;
    }
    if (pairs <= 0) return false;
    const double next = std::clamp(pairs / std::max(same, pairs / kMaxFalseValues),
                                   kMinFalseValues, kMaxFalseValues);
    const bool changed = std::abs(next - false_values_) > 1e-3 * false_values_;
    false_values_ = next;
    return changed;
  }

  // The end of the run of positions from x0 (before q) that claim x0's value.
  uint32_t RunEnd(uint32_t x0, uint32_t q) const {
    uint32_t x1 = x0 + 1;
    while (x1 < q && pos_[x1].point == pos_[x0].point) ++x1;
    return x1;
  }

  // Copy detection (as ACCU): two sources that repeat the same false value in several
  // moments, for at least kCopyShare of the false values of the one with fewer, copy one
  // another (or a common origin); cliques of them then split one vote wherever they
  // claim the same value. True when the copying pairs changed.
  bool DetectCopies() {
    std::vector<std::pair<uint32_t, uint32_t>> before;
    before.swap(r_.copiers);
    FindCopiers();
    if (r_.copiers == before) return false;
    MergeCliqueUnits(!before.empty());
    ListMoments();
    return true;
  }

  // r_.copiers: the pairs of sources that share enough false values, sorted.
  void FindCopiers() {
    std::vector<uint32_t> false_count(m_, 0), shared;
    HashIds pair_ids;
    std::vector<uint64_t> pair_key;
    std::vector<uint32_t> group;
    for (uint32_t b : moments_) {
      const double t = truth_log_[b];
      const uint32_t p = al_.bucket_begin[b], q = al_.bucket_begin[b + 1];
      for (uint32_t k = p; k < q; ++k) {
        if (pos_[k].lo <= t && t <= pos_[k].hi) continue;
        for (uint32_t j = pos_[k].src_begin; j < pos_[k + 1].src_begin; ++j) ++false_count[pos_src_[j]];
      }
      for (uint32_t x0 = p; x0 < q;) {
        const uint32_t x1 = RunEnd(x0, q);
        const bool wrong = !(pos_[x0].lo <= t && t <= pos_[x0].hi);
        if (wrong && x1 - x0 >= 2 && x1 - x0 <= kMaxCopyRun) {
          group.clear();
          for (uint32_t j = pos_[x0].src_begin; j < pos_[x1].src_begin; ++j) group.push_back(pos_src_[j]);
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
    for (size_t id = 0; id < pair_key.size(); ++id) {
      const uint32_t a = static_cast<uint32_t>(pair_key[id] >> 32);
      const uint32_t c = static_cast<uint32_t>(pair_key[id]);
      if (shared[id] >= kMinSharedFalse &&
          shared[id] >= kCopyShare * std::min(false_count[a], false_count[c])) {
        r_.copiers.emplace_back(a, c);
      }
    }
    std::sort(r_.copiers.begin(), r_.copiers.end());
  }

  // Within a run of one claimed value, claims whose first sources are in one clique
  // (connected component of r_.copiers) become one evidence unit (the first such claim's),
  // and their moment's shares are recomputed (every moment's when there were copiers
  // before). Grouped by sorting (root, position) pairs: a run of thousands of identical
  // claims stays cheap.
  void MergeCliqueUnits(bool had_copiers) {
    std::vector<uint32_t> parent(m_);
    std::iota(parent.begin(), parent.end(), 0u);
    for (const auto& [a, c] : r_.copiers) {
      const uint32_t x = Root(parent, a), y = Root(parent, c);
      parent[std::max(x, y)] = std::min(x, y);
    }
    std::vector<uint8_t> in_clique(m_, 0);
    for (const auto& [a, c] : r_.copiers) in_clique[a] = in_clique[c] = 1;
    std::vector<std::pair<uint32_t, uint32_t>> members;  // (clique root, position)
    for (uint32_t b = 0; b < buckets_; ++b) {
      const uint32_t p = al_.bucket_begin[b], q = al_.bucket_begin[b + 1];
      if (q - p < 2) continue;
      bool merged = false;
      for (uint32_t x = p; x < q; ++x) unit_[x - p] = al_.claims[pos_claim_[x]].evidence;
      for (uint32_t x0 = p; x0 < q;) {
        const uint32_t x1 = RunEnd(x0, q);
        members.clear();
        for (uint32_t x = x0; x < x1; ++x) {
          if (pos_[x].src_begin == pos_[x + 1].src_begin) continue;
          const uint32_t first = pos_src_[pos_[x].src_begin];
          if (in_clique[first]) members.emplace_back(Root(parent, first), x);
        }
        if (members.size() >= 2) {
          std::sort(members.begin(), members.end());
          for (size_t g = 1; g < members.size(); ++g) {
            if (members[g].first != members[g - 1].first) continue;
            // The group's first position already holds the group's unit.
            const uint32_t lead = unit_[members[g - 1].second - p];
            uint32_t& own = unit_[members[g].second - p];
            merged |= own != lead;
            own = lead;
          }
        }
        x0 = x1;
      }
      if (merged || had_copiers) ShareVotes(b);
    }
  }

  // The truths of all moments, each source's accuracy and interval, and its held claims.
  void Finish() {
    for (uint32_t b = 0; b < buckets_; ++b) EstimateTruth(b, true);
    r_.false_values = false_values_;
    r_.reliability.resize(m_);
    r_.low.resize(m_);
    r_.high.resize(m_);
    r_.error_sum = r_.claim_mass - held_mass_;
    for (uint32_t s = 0; s < m_; ++s) {
      const double trials = r_.claim_mass[s] + k_prior_;
      const double accuracy = (held_mass_[s] + k_prior_ * prior_[s]) / trials;
      const auto [lo, hi] = WilsonInterval(accuracy, trials, z_);
      r_.reliability[s] = accuracy;
      r_.low[s] = std::min(lo, accuracy);
      r_.high[s] = std::max(hi, accuracy);
    }
    r_.held.assign(m_, 0);
    for (uint32_t b = 0; b < buckets_; ++b) {
      const double t = truth_log_[b];
      for (uint32_t k = al_.bucket_begin[b]; k < al_.bucket_begin[b + 1]; ++k) {
        const bool holds = pos_[k].lo <= t && t <= pos_[k].hi;
        for (uint32_t j = pos_[k].src_begin; j < pos_[k + 1].src_begin; ++j) r_.held[pos_src_[j]] += holds;
      }
    }
  }

  struct Keyed {
    double key;
    uint32_t claim;
  };

  const std::vector<ScoreClaim>& claims_;
  const Alignment& al_;
  const ScoreOptions& options_;
  Reliability& r_;
  const uint32_t n_, buckets_;
  uint32_t m_ = 0;                       // sources
  std::vector<Position> pos_;            // claims by moment, then log point
  std::vector<uint32_t> pos_src_, pos_claim_;
  std::vector<double> band_lo_, band_hi_;  // each moment's common band in log space
  std::vector<uint8_t> agreed_;          // per moment: each claim allows every claimed value
  std::vector<Keyed> keyed_;             // Gather's scratch
  std::vector<uint32_t> unit_, unit_count_, scratch_;  // one moment's evidence units
  double k_prior_ = 0, z_ = 0;
  Eigen::VectorXd prior_, held_mass_;
  std::vector<double> truth_log_;        // per bucket: the truth in log space
  std::vector<uint32_t> moments_;        // the informative buckets
  std::vector<int64_t> diff_, sup_;      // EstimateTruth's difference array and supports
  double false_values_ = kFalseValues;   // ACCU's n, estimated from the data
  // UpdateWeights: per source, the held and claim mass its vote was last made from (NaN:
  // never), and the n of that round.
  std::vector<double> voted_held_, voted_mass_;
  double voted_n_ = std::numeric_limits<double>::quiet_NaN();
};

}  // namespace

Reliability EstimateReliability(const std::vector<ScoreClaim>& claims, const Alignment& al,
                                const ScoreOptions& options) {
  Reliability r;
  TruthDiscovery(claims, al, options, r).Run();
  return r;
}

}  // namespace mizan
