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

// True when a number has at least two trailing zeros (1500, 10000): reported as exact but
// almost always rounded.
bool IsRound(double value);

// Two soft intervals share a point.
inline bool Compatible(const SoftInterval& a, const SoftInterval& b) {
  return a.lo <= b.hi && b.lo <= a.hi;
}

// Distance in log space from x to [lo, hi] (0 inside). Values <= 0 are clamped to 1e-9.
double LogDistance(double x, double lo, double hi);

// "YYYY-MM-DD" (or "YYYY-MM", "YYYY": the period's first day) -> days since 1970-01-01;
// std::nullopt when the text is not such a date, or not a calendar date (2025-02-30).
std::optional<int64_t> DaysFromIso(std::string_view iso);
// Days since 1970-01-01 -> "YYYY-MM-DD".
std::string IsoFromDays(int64_t days);

}  // namespace mizan
