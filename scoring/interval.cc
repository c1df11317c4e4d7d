#include "scoring/interval.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>

#include "core/civil_date.h"

namespace mizan {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Howard Hinnant's civil-date algorithms: exact for the proleptic Gregorian calendar.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool ParseInt(std::string_view text, int& out) {
  if (text.empty()) return false;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && p == text.data() + text.size();
}

}  // namespace

bool IsRound(double value) {
  const double v = std::fabs(value);
  return v >= 100 && std::fmod(v, 100.0) == 0.0;
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

std::optional<int64_t> DaysFromIso(std::string_view iso) {
  int y = 0, m = 1, d = 1;
  if (iso.size() < 4 || !ParseInt(iso.substr(0, 4), y)) return std::nullopt;
  if (iso.size() > 4) {
    if (iso.size() < 7 || iso[4] != '-' || !ParseInt(iso.substr(5, 2), m)) return std::nullopt;
  }
  if (iso.size() > 7) {
    if (iso.size() < 10 || iso[7] != '-' || !ParseInt(iso.substr(8, 2), d)) return std::nullopt;
    // Time of day (and anything after) is ignored: scoring works in days.
    if (iso.size() > 10 && iso[10] != 'T' && iso[10] != ' ') return std::nullopt;
  }
  // A calendar date or nothing: 2025-02-30 is an error, not 2 March.
  if (!MakeDate(y, m, d)) return std::nullopt;
  return DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

std::string IsoFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y + (m <= 2)), m, d);
  return buf;
}

}  // namespace mizan
