#include "scoring/reliability.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string_view>

#include "scoring/hash_ids.h"

namespace mizan {
namespace {

// A wildly wrong figure costs no more than this many error units: one outlier must not
// sink a source that is otherwise right (robustness, as CRH's normalized losses).
constexpr double kMaxError = 10;

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
  bytes += truth.capacity() * sizeof(double);
  bytes += (source_begin.capacity() + sources.capacity()) * sizeof(uint32_t);
  bytes += share.capacity() * sizeof(float) + informative.capacity();
  return bytes;
}

namespace {

// A moment's truth is re-estimated only when the weights may have moved its median: this
// much (in log units) is kept back from a moment's slack to cover rounding in the sums.
constexpr double kSlackSafety = 1e-8;

// How many positions ahead the gather over the alignment's order prefetches its claims.
constexpr uint32_t kPrefetchAhead = 8;

// One claim at its position (claims ordered by moment, then by log point): everything an
// iteration reads of it in one 32-byte record, so that iterations stream memory in order.
struct Position {
  Position() {}  // uninitialized: the gather writes every field (no 32 MB memset first)
  double lo, hi, point;  // log bounds and log point of the claim's soft interval
  float share;           // its part of its evidence unit's vote
  uint32_t src_begin;    // its sources: pos_src[src_begin, next position's src_begin)
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
  // point (then input index) so that the weighted median is one scan. The random accesses
  // of the whole estimate are in this pass; everything after reads positions in order.
  std::vector<Position> pos(n + 1);  // every field is written below
  std::vector<uint32_t> pos_src;
  pos_src.reserve(r.sources.size());
  r.share.assign(n, 1.0f);
  r.informative.assign(buckets, 0);
  // Each moment's common band in log space (lo > hi: none). The band is an intersection of
  // its claims' intervals, so its bounds are usually some claim's bounds, whose logs the
  // gather computes anyway.
  std::vector<double> band_lo(buckets), band_hi(buckets);
  struct Keyed {
    double key;
    uint32_t claim;
  };
  std::vector<Keyed> keyed;
  std::vector<uint32_t> evidence, unit_count, scratch;
  struct Moment {  // an informative moment: its bucket and its source entries [j0, j1)
    uint32_t bucket, j0, j1;
  };
  std::vector<Moment> moments;
  for (uint32_t b = 0; b < buckets; ++b) {
    const uint32_t p = al.bucket_begin[b], q = al.bucket_begin[b + 1], len = q - p;
    if (keyed.size() < len) keyed.resize(len), evidence.resize(len), unit_count.resize(len);
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
    uint32_t units = len > 0;
    if (len == 1) unit_count[0] = 1;
    if (len > 1) {
      std::sort(keyed.begin(), keyed.begin() + len, [](const Keyed& x, const Keyed& y) {
        return x.key != y.key ? x.key < y.key : x.claim < y.claim;
      });
      for (uint32_t x = 0; x < len; ++x) evidence[x] = al.claims[keyed[x].claim].evidence;
      units = CountUnits(evidence.data(), len, unit_count.data(), scratch);
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
      at.share = 1.0f / static_cast<float>(unit_count[x]);
      at.src_begin = static_cast<uint32_t>(pos_src.size());
      for (uint32_t j = r.source_begin[i]; j < r.source_begin[i + 1]; ++j) {
        pos_src.push_back(r.sources[j]);
      }
      r.share[i] = at.share;
      if (!lo_known && v.lo == blo) band_lo[b] = at.lo, lo_known = true;
      if (!hi_known && v.hi == bhi) band_hi[b] = at.hi, hi_known = true;
    }
    if (!lo_known) band_lo[b] = std::log(std::max(blo, 1e-9));
    if (!hi_known) {
      band_hi[b] = std::isinf(bhi) ? std::numeric_limits<double>::infinity()
                                   : std::log(std::max(bhi, 1e-9));
    }
    if (blo > bhi) band_lo[b] = 1, band_hi[b] = 0;
    r.informative[b] = units >= 2;
    if (units >= 2) {
      moments.push_back({b, pos[p].src_begin, static_cast<uint32_t>(pos_src.size())});
    }
  }
  pos[n].src_begin = static_cast<uint32_t>(pos_src.size());

  const double k_prior = options.prior_strength;
  const double alpha = (1 - options.interval_level) / 2;
  Eigen::VectorXd prior_var(m), prior_mass(m);
  for (uint32_t s = 0; s < m; ++s) {
    const double r0 = SourceTypePrior(r.types[s]);
    prior_var[s] = 1 / r0 - 1;  // so that a source with no evidence keeps reliability r0
  }
  prior_mass = prior_var * k_prior;
  r.weight = prior_var.cwiseInverse();
  r.truth.assign(buckets, 0);
  std::vector<double> truth_log(buckets, 0);
  // Each source's squared errors, one entry per (informative position, source), grouped
  // by source in position order (one counting sort). A source's error sum is re-added
  // from its entries in that order whenever one of its moments changes truth: the same
  // additions in the same order as a full pass, so the same bits, at a fraction of the
  // work once truths settle. Its claim mass does not depend on the truths: counted once.
  std::vector<uint32_t> entry_begin(m + 1, 0);
  for (const Moment& moment : moments) {
    for (uint32_t j = moment.j0; j < moment.j1; ++j) ++entry_begin[pos_src[j] + 1];
  }
  for (uint32_t s = 0; s < m; ++s) entry_begin[s + 1] += entry_begin[s];
  std::vector<uint32_t> entry_of(pos_src.size(), 0), cursor(entry_begin.begin(), entry_begin.end() - 1);
  r.error_sum = Eigen::VectorXd::Zero(m);
  r.claim_mass = Eigen::VectorXd::Zero(m);
  for (const Moment& moment : moments) {
    for (uint32_t k = al.bucket_begin[moment.bucket]; k < al.bucket_begin[moment.bucket + 1]; ++k) {
      for (uint32_t j = pos[k].src_begin; j < pos[k + 1].src_begin; ++j) {
        entry_of[j] = cursor[pos_src[j]]++;
        r.claim_mass[pos_src[j]] += pos[k].share;
      }
    }
  }
  std::vector<double> entry_error(entry_begin[m], 0);
  Eigen::VectorXd weight_quantile(m);  // the numerator of a source's weight, fixed
  for (uint32_t s = 0; s < m; ++s) weight_quantile[s] = ChiSquareQuantile(alpha, r.claim_mass[s] + k_prior);

  // The weighted median of a moment moves only when its claims' weights move enough. Its
  // slack is the log-factor by which its weights may scale before the pick could shift;
  // `drift[s]` sums |log| of source s's weight changes, and `seen[j]` is that sum for the
  // source entry j when its moment was last estimated. A moment whose sources drifted less
  // than its slack keeps its truth, exactly (most moments, once the big sources settle).
  std::vector<double> slack(buckets, -1), drift(m, 0), seen(pos_src.size(), 0), moment_weight;
  auto median = [&](uint32_t b, bool with_slack) {
    const uint32_t p = al.bucket_begin[b], q = al.bucket_begin[b + 1];
    if (q - p == 1) return pos[p].point;  // any weight picks the only claim
    moment_weight.resize(q - p);
    for (uint32_t k = p; k < q; ++k) {
      const uint32_t s0 = pos[k].src_begin, s1 = pos[k + 1].src_begin;
      double w = 0;
      for (uint32_t j = s0; j < s1; ++j) w += r.weight[pos_src[j]];
      moment_weight[k - p] = s1 > s0 ? w / (s1 - s0) * pos[k].share : 0.0;
    }
    double total = 0;
    for (uint32_t k = p; k < q; ++k) total += moment_weight[k - p];
    double acc = 0, before = 0;
    uint32_t pick = p;
    for (uint32_t k = p; k < q; ++k) {
      before = acc;
      acc += moment_weight[k - p];
      pick = k;
      if (acc >= total / 2) break;
    }
    if (with_slack) {
      // The pick stays while the weight below it stays under half (before / rest above)
      // and the weight up to it stays over half (acc / rest after): scaling every weight
      // by a factor within [1/f, f] moves each ratio by at most f^2.
      double below = std::numeric_limits<double>::infinity(), above = below;
      if (pick > p && before > 0) below = 0.5 * std::log((total - before) / before);
      if (pick + 1 < q && total - acc > 0) above = 0.5 * std::log(acc / (total - acc));
      slack[b] = std::min(below, above) - kSlackSafety;
    }
    return pos[pick].point;
  };
  // Re-estimates moment b's truth if its weights may have moved it; true when it changed.
  auto estimate_truth = [&](const Moment& moment) {
    const uint32_t b = moment.bucket;
    double moved = 0;
    for (uint32_t j = moment.j0; j < moment.j1; ++j) moved = std::max(moved, drift[pos_src[j]] - seen[j]);
    if (moved < slack[b]) return false;
    for (uint32_t j = moment.j0; j < moment.j1; ++j) seen[j] = drift[pos_src[j]];
    double t = median(b, true);
    // When the moment's claims share a point, the truth lies in that common band: there
    // every claim's error is zero, which a median of points (a vague "thousands" next to
    // an exact 1,500) would miss.
    if (band_lo[b] <= band_hi[b]) t = std::clamp(t, band_lo[b], band_hi[b]);
    const bool changed = t != truth_log[b];
    truth_log[b] = t;
    return changed;
  };
  auto error_at = [&](double t, double lo, double hi) {
    double d = t < lo ? lo - t : (t > hi ? t - hi : 0);
    return std::min(d / options.error_scale, kMaxError);
  };

  std::vector<uint8_t> dirty(m, 0);
  std::vector<uint32_t> dirty_sources;
  r.converged = m == 0;
  for (r.iterations = 0; r.iterations < options.max_iterations && !r.converged;) {
    const bool first = r.iterations == 0;
    ++r.iterations;
    // While iterating only informative moments matter (the others carry no error to any
    // source); the final truths below cover all moments.
    for (const Moment& moment : moments) {
      if (!estimate_truth(moment) && !first) continue;
      const uint32_t b = moment.bucket;
      const double t = truth_log[b];
      for (uint32_t k = al.bucket_begin[b]; k < al.bucket_begin[b + 1]; ++k) {
        const double d = error_at(t, pos[k].lo, pos[k].hi);
        const double e = pos[k].share * d * d;
        for (uint32_t j = pos[k].src_begin; j < pos[k + 1].src_begin; ++j) {
          entry_error[entry_of[j]] = e;
          if (!dirty[pos_src[j]]) dirty[pos_src[j]] = 1, dirty_sources.push_back(pos_src[j]);
        }
      }
    }
    for (uint32_t s : dirty_sources) {
      double sum = 0;
      for (uint32_t e = entry_begin[s]; e < entry_begin[s + 1]; ++e) sum += entry_error[e];
      r.error_sum[s] = sum;
      dirty[s] = 0;
    }
    dirty_sources.clear();
    Eigen::VectorXd next(m);
    for (uint32_t s = 0; s < m; ++s) next[s] = weight_quantile[s] / (r.error_sum[s] + prior_mass[s]);
    const double change =
        m == 0 ? 0 : ((next - r.weight).cwiseAbs().array() / r.weight.array()).maxCoeff();
    for (uint32_t s = 0; s < m; ++s) {
      if (next[s] != r.weight[s]) drift[s] += std::abs(std::log(next[s] / r.weight[s]));
    }
    r.weight = next;
    r.converged = change < options.tolerance;
  }
  for (uint32_t b = 0, next_moment = 0; b < buckets; ++b) {
    if (r.informative[b]) {
      estimate_truth(moments[next_moment++]);
      continue;
    }
    truth_log[b] = median(b, false);
    if (band_lo[b] <= band_hi[b]) truth_log[b] = std::clamp(truth_log[b], band_lo[b], band_hi[b]);
  }

  r.reliability.resize(m);
  r.low.resize(m);
  r.high.resize(m);
  for (uint32_t s = 0; s < m; ++s) {
    const double sum = r.error_sum[s] + prior_mass[s];
    const double dof = r.claim_mass[s] + k_prior;
    r.reliability[s] = 1 / (1 + sum / dof);
    r.low[s] = 1 / (1 + sum / ChiSquareQuantile(alpha, dof));
    r.high[s] = 1 / (1 + sum / ChiSquareQuantile(1 - alpha, dof));
  }
  r.held.assign(m, 0);
  for (uint32_t b = 0; b < buckets; ++b) {
    for (uint32_t k = al.bucket_begin[b]; k < al.bucket_begin[b + 1]; ++k) {
      const bool holds = error_at(truth_log[b], pos[k].lo, pos[k].hi) == 0;
      for (uint32_t j = pos[k].src_begin; j < pos[k + 1].src_begin; ++j) r.held[pos_src[j]] += holds;
    }
  }
  for (uint32_t b = 0; b < buckets; ++b) r.truth[b] = std::exp(truth_log[b]);
  return r;
}

}  // namespace mizan
