#include "core/number_format.h"

#include <cmath>
#include <cstdio>

namespace mizan {
namespace {

std::string Printf(const char* format, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

std::string Plain(double value) {
  if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e15) {
    return Printf("%.0f", value);
  }
  return Printf("%g", value);
}

std::string Rounded(double value) {
  if (std::fabs(value) >= 100 || value == std::floor(value)) return Printf("%.0f", value);
  return Printf("%.3g", value);
}

std::string Grouped(double value) {
  if (!std::isfinite(value)) return value > 0 ? "inf" : value < 0 ? "-inf" : "nan";
  // Estimates are soft: past 100 a fraction is noise ("4,472", not "4471.91"), so round to
  // a whole number and group the digits; below 100 keep up to two decimals.
  const double rounded = std::round(value);
  if ((std::fabs(value - rounded) < 1e-9 || std::fabs(value) >= 100) &&
      std::fabs(rounded) < 1e15) {
    const long long n = static_cast<long long>(rounded);
    const bool negative = n < 0;
    const std::string digits = std::to_string(negative ? -n : n);
    std::string grouped;
    for (size_t k = 0; k < digits.size(); ++k) {
      if (k > 0 && (digits.size() - k) % 3 == 0) grouped += ',';
      grouped += digits[k];
    }
    return (negative ? "-" : "") + grouped;
  }
  if (std::fabs(value) >= 1e15) return Printf("%.3g", value);
  std::string s = Printf("%.2f", value);
  while (s.back() == '0') s.pop_back();  // "0.25", "11.88", "12.5"
  if (s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

std::string FormatNumber(double value, NumberStyle style) {
  switch (style) {
    case NumberStyle::kPlain: return Plain(value);
    case NumberStyle::kRounded: return Rounded(value);
    case NumberStyle::kGrouped: return Grouped(value);
  }
  return Plain(value);
}

}  // namespace mizan
