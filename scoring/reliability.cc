#include "scoring/reliability.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string_view>
#include <unordered_map>

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

Reliability EstimateReliability(const std::vector<ScoreClaim>& claims, const Alignment& al,
                                const ScoreOptions& options) {
  Reliability r;
  const uint32_t n = static_cast<uint32_t>(claims.size());
  const uint32_t buckets = al.bucket_count();

  // Source ids: first by appearance (one hash look-up per origin), then renumbered in name
  // order so that nothing downstream depends on input order.
  std::unordered_map<std::string_view, uint32_t> id_of;
  std::vector<std::string_view> first_names;
  std::vector<SourceType> first_types;
  r.source_begin.resize(n + 1);
  for (uint32_t i = 0; i < n; ++i) {
    r.source_begin[i] = static_cast<uint32_t>(r.sources.size());
    for (const std::string& name : claims[i].origins) {
      auto [it, added] = id_of.emplace(name, static_cast<uint32_t>(first_names.size()));
      if (added) {
        first_names.push_back(name);
        first_types.push_back(claims[i].origin_type);
      }
      r.sources.push_back(it->second);
    }
  }
  r.source_begin[n] = static_cast<uint32_t>(r.sources.size());
  const uint32_t m = static_cast<uint32_t>(first_names.size());
  std::vector<uint32_t> by_name(m);
  std::iota(by_name.begin(), by_name.end(), 0u);
  std::sort(by_name.begin(), by_name.end(),
            [&](uint32_t x, uint32_t y) { return first_names[x] < first_names[y]; });
  std::vector<uint32_t> rank(m);
  r.names.resize(m);
  r.types.resize(m);
  for (uint32_t k = 0; k < m; ++k) {
    rank[by_name[k]] = k;
    r.names[k] = std::string(first_names[by_name[k]]);
    r.types[k] = first_types[by_name[k]];
  }
  for (uint32_t& s : r.sources) s = rank[s];

  // Per claim: log bounds and log point; per bucket: claims sorted by log point (once:
  // the weighted median then costs one scan per iteration).
  std::vector<double> log_lo(n), log_hi(n), log_point(n);
  for (uint32_t i = 0; i < n; ++i) {
    const SoftInterval& v = al.intervals[i];
    log_lo[i] = std::log(std::max(v.lo, 1e-9));
    log_hi[i] = std::isinf(v.hi) ? std::numeric_limits<double>::infinity()
                                 : std::log(std::max(v.hi, 1e-9));
    log_point[i] = std::log(std::max(v.point, 1e-9));
  }
  std::vector<uint32_t> sorted(al.order);
  r.share.assign(n, 1.0f);
  r.informative.assign(buckets, 0);
  std::vector<uint32_t> unit_count(n, 0);
  for (uint32_t b = 0; b < buckets; ++b) {
    const uint32_t p = al.bucket_begin[b], q = al.bucket_begin[b + 1];
    std::sort(sorted.begin() + p, sorted.begin() + q, [&](uint32_t x, uint32_t y) {
      return log_point[x] != log_point[y] ? log_point[x] < log_point[y] : x < y;
    });
    uint32_t units = 0;
    for (uint32_t k = p; k < q; ++k) units += unit_count[al.claims[sorted[k]].evidence]++ == 0;
    for (uint32_t k = p; k < q; ++k) {
      r.share[sorted[k]] = 1.0f / static_cast<float>(unit_count[al.claims[sorted[k]].evidence]);
    }
    for (uint32_t k = p; k < q; ++k) unit_count[al.claims[sorted[k]].evidence] = 0;
    r.informative[b] = units >= 2;
  }

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

  // Position-ordered copies (claims sorted by moment, then value): every loop of an
  // iteration then reads memory in sequence; only the 10^4-sized source vectors are hit
  // at random, and they stay in cache.
  std::vector<uint32_t> pos_src_begin(n + 1), pos_src;
  std::vector<double> pos_lo(n), pos_hi(n), pos_point(n);
  std::vector<float> pos_share(n);
  pos_src.reserve(r.sources.size());
  for (uint32_t k = 0; k < n; ++k) {
    const uint32_t i = sorted[k];
    pos_src_begin[k] = static_cast<uint32_t>(pos_src.size());
    for (uint32_t j = r.source_begin[i]; j < r.source_begin[i + 1]; ++j) pos_src.push_back(r.sources[j]);
    pos_lo[k] = log_lo[i];
    pos_hi[k] = log_hi[i];
    pos_point[k] = log_point[i];
    pos_share[k] = r.share[i];
  }
  pos_src_begin[n] = static_cast<uint32_t>(pos_src.size());
  std::vector<double> pos_weight(n);
  // Each moment's common band in log space (lo > hi: none), computed once.
  std::vector<double> band_lo(buckets), band_hi(buckets);
  for (uint32_t b = 0; b < buckets; ++b) {
    band_lo[b] = std::log(std::max(al.bucket_lo[b], 1e-9));
    band_hi[b] = std::isinf(al.bucket_hi[b]) ? std::numeric_limits<double>::infinity()
                                             : std::log(std::max(al.bucket_hi[b], 1e-9));
    if (al.bucket_lo[b] > al.bucket_hi[b]) band_lo[b] = 1, band_hi[b] = 0;
  }

  // While iterating only informative moments matter (the others carry no error to any
  // source), so `all` is false inside the loop and true for the final truths.
  auto estimate_truth = [&](bool all) {
    for (uint32_t b = 0; b < buckets; ++b) {
      if (!all && !r.informative[b]) continue;
      const uint32_t p = al.bucket_begin[b], q = al.bucket_begin[b + 1];
      for (uint32_t k = p; k < q; ++k) {
        const uint32_t s0 = pos_src_begin[k], s1 = pos_src_begin[k + 1];
        double w = 0;
        for (uint32_t j = s0; j < s1; ++j) w += r.weight[pos_src[j]];
        pos_weight[k] = s1 > s0 ? w / (s1 - s0) * pos_share[k] : 0.0;
      }
      double total = 0;
      for (uint32_t k = p; k < q; ++k) total += pos_weight[k];
      double acc = 0;
      uint32_t pick = p;
      for (uint32_t k = p; k < q; ++k) {
        acc += pos_weight[k];
        pick = k;
        if (acc >= total / 2) break;
      }
      truth_log[b] = pos_point[pick];
      // When the moment's claims share a point, the truth lies in that common band: there
      // every claim's error is zero, which a median of points (a vague "thousands" next to
      // an exact 1,500) would miss.
      if (band_lo[b] <= band_hi[b]) truth_log[b] = std::clamp(truth_log[b], band_lo[b], band_hi[b]);
    }
  };
  auto error_at = [&](double t, double lo, double hi) {
    double d = t < lo ? lo - t : (t > hi ? t - hi : 0);
    return std::min(d / options.error_scale, kMaxError);
  };
  auto error_of = [&](uint32_t i) {
    return error_at(truth_log[al.claims[i].bucket], log_lo[i], log_hi[i]);
  };

  r.error_sum = Eigen::VectorXd::Zero(m);
  r.claim_mass = Eigen::VectorXd::Zero(m);
  r.converged = m == 0;
  for (r.iterations = 0; r.iterations < options.max_iterations && !r.converged;) {
    ++r.iterations;
    estimate_truth(false);
    r.error_sum.setZero();
    r.claim_mass.setZero();
    for (uint32_t b = 0; b < buckets; ++b) {
      if (!r.informative[b]) continue;
      const double t = truth_log[b];
      for (uint32_t k = al.bucket_begin[b]; k < al.bucket_begin[b + 1]; ++k) {
        const double d = error_at(t, pos_lo[k], pos_hi[k]);
        for (uint32_t j = pos_src_begin[k]; j < pos_src_begin[k + 1]; ++j) {
          r.error_sum[pos_src[j]] += pos_share[k] * d * d;
          r.claim_mass[pos_src[j]] += pos_share[k];
        }
      }
    }
    Eigen::VectorXd next(m);
    for (uint32_t s = 0; s < m; ++s) {
      const double dof = r.claim_mass[s] + k_prior;
      next[s] = ChiSquareQuantile(alpha, dof) / (r.error_sum[s] + prior_mass[s]);
    }
    const double change =
        m == 0 ? 0 : ((next - r.weight).cwiseAbs().array() / r.weight.array()).maxCoeff();
    r.weight = next;
    r.converged = change < options.tolerance;
  }
  estimate_truth(true);

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
  r.claims.assign(m, 0);
  r.held.assign(m, 0);
  for (uint32_t i = 0; i < n; ++i) {
    const bool holds = error_of(i) == 0;
    for (uint32_t k = r.source_begin[i]; k < r.source_begin[i + 1]; ++k) {
      ++r.claims[r.sources[k]];
      r.held[r.sources[k]] += holds;
    }
  }
  for (uint32_t b = 0; b < buckets; ++b) r.truth[b] = std::exp(truth_log[b]);
  return r;
}

}  // namespace mizan
