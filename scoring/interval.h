// Soft intervals: what a claimed value allows, once the softness of its qualifier is added,
// and ISO dates as day numbers.
//
//   SoftInterval s = Soften(NumericValue{.low = 1500, .high = 1500});  // round: ±5%
//   bool ok = Compatible(s, Soften(other));
//   int64_t day = DaysFromIso("2024-10-28").value();
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/civil_date.h"  // DaysFromIso, IsoFromDays: ISO dates as day numbers
#include "core/model.h"

namespace mizan {

// [lo, hi] with hi = +infinity when open above; `point` is the value to weigh when a
// single number is needed (the figure itself, a range's geometric middle, a bound).
struct SoftInterval {
  double lo = 0;
  double hi = 0;
  double point = 0;
};

// Softness by qualifier (the defaults README documents):
// | qualifier          | interval                                                  |
// |--------------------|-----------------------------------------------------------|
// | exact, round       | ±5% (a round "exact" figure is approximate too)           |
// | exact, not round   | ±1%                                                       |
// | approx             | ±15%                                                      |
// | at_least/more_than | [0.95·v, +inf)                                            |
// | at_most/less_than  | [0, 1.05·v]                                               |
// | range              | [0.95·low, 1.05·high]                                     |
// | vague              | [0.5·low, 1.5·high] (conventional bounds of "thousands")   |
// A value with neither bound gives [0, +inf).
SoftInterval Soften(const NumericValue& value);

// The rounding tolerance of a written figure: half a unit of its last significant digit
// (1028 -> 0.5, 1,230,000 -> 5,000, 2.75 -> 0.005), at most 5% of |v| (1,000,000 -> 50,000).
// Two figures are the same value when each lies within the other's tolerance of it, or
// one within the other's (a rounded 1,230,000 is 1,234,567 written less precisely).
double RoundingTolerance(double value);

// True when `a` and `b` are one value written at their precisions (see RoundingTolerance).
bool SameValue(double a, double b);

// The soft interval of a scoring record. A structured exact point (another pipeline's
// {"value": 1028}) is taken at its rounding tolerance: 1028 and 1029 minutes are two
// different values, and a fact's estimate must be one of them. Everything else is Soften.
struct ScoreClaim;
SoftInterval SoftenClaim(const ScoreClaim& claim);

// True when a number has at least two trailing zeros (1500, 10000): reported as exact but
// almost always rounded.
bool IsRound(double value);

// Two soft intervals share a point.
inline bool Compatible(const SoftInterval& a, const SoftInterval& b) {
  return a.lo <= b.hi && b.lo <= a.hi;
}

// Distance in log space from x to [lo, hi] (0 inside). Values <= 0 are clamped to 1e-9.
double LogDistance(double x, double lo, double hi);

}  // namespace mizan
