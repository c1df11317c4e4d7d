// Numbers as text, the one place they are formatted for every layer: deterministic and
// locale-independent (printf in the "C" locale). One function, three styles for three
// readers, each kept as it was so that outputs do not move:
//
//   FormatNumber(10000, NumberStyle::kPlain) == "10000";    FormatNumber(2.5, kPlain) == "2.5"
//   FormatNumber(4471.91, NumberStyle::kRounded) == "4472"; FormatNumber(0.256, kRounded) == "0.256"
//   FormatNumber(4471.91, NumberStyle::kGrouped) == "4,472"; FormatNumber(0.256, kGrouped) == "0.26"
//   FormatNumber(45.6, NumberStyle::kWhole) == "46"
//
// AppendNumber writes the same text onto a string; whole numbers below 1e15 (the "%.0f"
// cases, most numbers of the reasons) are written without printf, the scorer's fast path.
#pragma once

#include <cstdint>
#include <string>

namespace mizan {

enum class NumberStyle : uint8_t {
  // Figures as keys (copy detection's shared figures, "10000-12000"): a whole number
  // (within 1e-9, below 1e15) in plain digits, anything else as printf "%g".
  kPlain,
  // Numbers inside the score report's reasons ("consensus about 4472"): no fraction past
  // 100 or for a whole number ("%.0f"), else three significant digits ("%.3g").
  kRounded,
  // Numbers for editors (HTML and Markdown reports): past 100 (or whole) rounded and
  // grouped by commas ("4,472", "-10,000"), below 100 up to two decimals ("0.25", "12.5"),
  // 1e15 and beyond as "%.3g"; infinities and NaN as "inf", "-inf", "nan".
  kGrouped,
  // Shares and counts inside reasons ("62% of the weighted vote"): printf "%.0f".
  kWhole,
};

// `value` in `style`. Never fails: every double, NaN and infinities included, has a text.
std::string FormatNumber(double value, NumberStyle style);

// FormatNumber(value, style) appended to `out`.
void AppendNumber(std::string& out, double value, NumberStyle style);

}  // namespace mizan
