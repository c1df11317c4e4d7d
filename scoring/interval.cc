#include "scoring/interval.h"

#include "scoring/score.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mizan {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

}  // namespace

bool IsRound(double value) {
  const double v = std::fabs(value);
  return v >= 100 && std::fmod(v, 100.0) == 0.0;
}

double RoundingTolerance(double value) {
  const double v = std::fabs(value);
  if (v == 0 || !std::isfinite(v)) return 0;
  double unit = 1;
  if (v == std::floor(v) && v < 9e15) {
    // Trailing zeros of a whole number: 1,230,000 is written to the ten thousand.
    for (uint64_t w = static_cast<uint64_t>(v); w % 10 == 0 && unit < 1e15; w /= 10) unit *= 10;
  } else {
    // Decimals: the fewest (up to 9) that write it exactly (2.75 -> 0.01).
    unit = 1;
    for (int d = 0; d < 9; ++d, unit /= 10) {
      const double scaled = v / unit;
      if (std::fabs(scaled - std::round(scaled)) <= 1e-9 * std::max(1.0, scaled)) break;
    }
  }
  return std::min(unit / 2, 0.05 * v);
}

bool SameValue(double a, double b) {
  return std::fabs(a - b) <= std::max(RoundingTolerance(a), RoundingTolerance(b));
}

SoftInterval SoftenClaim(const ScoreClaim& claim) {
  const NumericValue& v = claim.value;
  if (claim.structured && v.qualifier == Qualifier::kExact && v.low && v.high && *v.low == *v.high) {
    // Written "1028" means [1027.5, 1028.5): the closed interval stops just short, so
    // that 1028 and 1029 do not meet at 1028.5.
    const double tol = RoundingTolerance(*v.low) * (1 - 1e-9);
    return SoftInterval{*v.low - tol, *v.low + tol, *v.low};
  }
  return Soften(v);
}

SoftInterval Soften(const NumericValue& value) {
  SoftInterval s;
  const std::optional<double>& low = value.low;
  const std::optional<double>& high = value.high;
  if (!low && !high) return SoftInterval{0, kInf, 0};
  const double v = low ? *low : *high;
  switch (value.qualifier) {
    case Qualifier::kExact: {
      const double lo = low.value_or(v), hi = high.value_or(v);
      const double soft = IsRound(hi) ? 0.05 : 0.01;
      s = {lo * (1 - soft), hi * (1 + soft), std::sqrt(std::max(lo, 1e-9) * std::max(hi, 1e-9))};
      if (lo == hi) s.point = lo;
      break;
    }
    case Qualifier::kApprox: {
      const double lo = low.value_or(v), hi = high.value_or(v);
      s = {lo * 0.85, hi * 1.15, lo == hi ? lo : std::sqrt(lo * hi)};
      break;
    }
    case Qualifier::kAtLeast:
    case Qualifier::kMoreThan:
      s = {v * 0.95, high ? *high * 1.05 : kInf, v};
      break;
    case Qualifier::kAtMost:
    case Qualifier::kLessThan: {
      const double hi = high.value_or(v);
      s = {low ? *low * 0.95 : 0.0, hi * 1.05, hi};
      break;
    }
    case Qualifier::kRange: {
      const double lo = low.value_or(v), hi = high.value_or(v);
      s = {lo * 0.95, hi * 1.05, std::sqrt(std::max(lo, 1e-9) * std::max(hi, 1e-9))};
      break;
    }
    case Qualifier::kVague: {
      const double lo = low.value_or(v), hi = high.value_or(lo * 5);
      s = {lo * 0.5, hi * 1.5, std::sqrt(std::max(lo, 1e-9) * std::max(hi, 1e-9))};
      break;
    }
  }
  if (s.lo > s.hi) std::swap(s.lo, s.hi);
  return s;
}

double LogDistance(double x, double lo, double hi) {
  x = std::max(x, 1e-9);
  if (x < lo) return std::log(std::max(lo, 1e-9)) - std::log(x);
  if (x > hi) return std::log(x) - std::log(std::max(hi, 1e-9));
  return 0;
}

}  // namespace mizan
