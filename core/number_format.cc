#include "core/number_format.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace mizan {
namespace {

void AppendPrintf(std::string& out, const char* format, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, format, value);
  out += buffer;
}

std::string Printf(const char* format, double value) {
  std::string s;
  AppendPrintf(s, format, value);
  return s;
}

// printf("%.0f", value), appended: for |value| < 1e15 without printf. "%.0f" rounds the
// exact binary value to a whole number, ties to even, which is what nearbyint does in the
// default rounding mode; the whole number's digits are then the same text ("-0" for a
// negative value that rounds to 0).
void AppendWhole(std::string& out, double value) {
  if (!(std::fabs(value) < 1e15)) return AppendPrintf(out, "%.0f", value);
  const double whole = std::nearbyint(value);
  if (whole == 0 && std::signbit(value)) {
    out += "-0";
    return;
  }
  char digits[24];
  const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, static_cast<int64_t>(whole));
  out.append(digits, end);
}

void AppendPlain(std::string& out, double value) {
  if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e15) {
    return AppendWhole(out, value);
  }
  AppendPrintf(out, "%g", value);
}

void AppendRounded(std::string& out, double value) {
  if (std::fabs(value) >= 100 || value == std::floor(value)) return AppendWhole(out, value);
  AppendPrintf(out, "%.3g", value);
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

void AppendNumber(std::string& out, double value, NumberStyle style) {
  switch (style) {
    case NumberStyle::kPlain: return AppendPlain(out, value);
    case NumberStyle::kRounded: return AppendRounded(out, value);
    case NumberStyle::kGrouped: out += Grouped(value); return;
    case NumberStyle::kWhole: return AppendWhole(out, value);
  }
  AppendPlain(out, value);
}

std::string FormatNumber(double value, NumberStyle style) {
  std::string s;
  AppendNumber(s, value, style);
  return s;
}

}  // namespace mizan
