// core/number_format: the one FormatNumber, in the three styles its readers use (issue 11:
// copies.cc, score.cc and html_report.cc each had their own). The grouped style the reports
// use is tested with FormatValue in html_report_test.cc.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include "core/number_format.h"

namespace mizan {
namespace {

TEST_CASE("FormatNumber kPlain: whole numbers in digits, others as %g", "[format]") {
  CHECK(FormatNumber(10000, NumberStyle::kPlain) == "10000");
  CHECK(FormatNumber(1500.0000000001, NumberStyle::kPlain) == "1500");  // within 1e-9
  CHECK(FormatNumber(-3, NumberStyle::kPlain) == "-3");
  CHECK(FormatNumber(2.5, NumberStyle::kPlain) == "2.5");
  CHECK(FormatNumber(0.1234567, NumberStyle::kPlain) == "0.123457");    // %g: 6 digits
  CHECK(FormatNumber(2e15, NumberStyle::kPlain) == "2e+15");            // 1e15 and past
}

TEST_CASE("FormatNumber kRounded: no fraction past 100, else three digits", "[format]") {
  CHECK(FormatNumber(4471.91, NumberStyle::kRounded) == "4472");
  CHECK(FormatNumber(100.4, NumberStyle::kRounded) == "100");
  CHECK(FormatNumber(42, NumberStyle::kRounded) == "42");
  CHECK(FormatNumber(12.5, NumberStyle::kRounded) == "12.5");
  CHECK(FormatNumber(0.25612, NumberStyle::kRounded) == "0.256");
  CHECK(FormatNumber(99.96, NumberStyle::kRounded) == "100");  // %.3g rounds it up
}

TEST_CASE("FormatNumber kGrouped: commas past 100, inf and nan spelled", "[format]") {
  CHECK(FormatNumber(-10000, NumberStyle::kGrouped) == "-10,000");
  CHECK(FormatNumber(999.5, NumberStyle::kGrouped) == "1,000");
  CHECK(FormatNumber(0.004, NumberStyle::kGrouped) == "0");
  CHECK(FormatNumber(2.5e15, NumberStyle::kGrouped) == "2.5e+15");
  CHECK(FormatNumber(std::numeric_limits<double>::infinity(), NumberStyle::kGrouped) == "inf");
  CHECK(FormatNumber(std::numeric_limits<double>::quiet_NaN(), NumberStyle::kGrouped) == "nan");
}

TEST_CASE("FormatNumber kWhole: printf %.0f, ties to even, -0 kept", "[format]") {
  CHECK(FormatNumber(45.6, NumberStyle::kWhole) == "46");
  CHECK(FormatNumber(2.5, NumberStyle::kWhole) == "2");
  CHECK(FormatNumber(3.5, NumberStyle::kWhole) == "4");
  CHECK(FormatNumber(-0.3, NumberStyle::kWhole) == "-0");
  CHECK(FormatNumber(std::numeric_limits<double>::infinity(), NumberStyle::kWhole) == "inf");
}

// AppendNumber writes whole numbers without printf: the same text as printf, whatever the
// value (halves, negatives, near 1e15, infinities, NaN), and appended after what is there.
TEST_CASE("AppendNumber: the text of printf, appended", "[format]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  const double values[] = {0,     -0.0,   0.5,    1.5,     -2.5,     99.5,   100.5,  101.5,
                           4471.91, -4471.5, 1e14 + 0.5, 999999999999999.0, 1e15, -3e15,
                           0.25612, 12.5,  -0.004, 1e-9,   inf,     -inf,     nan};
  char buffer[64];
  for (const double v : values) {
    std::string out = "x ";
    AppendNumber(out, v, NumberStyle::kWhole);
    std::snprintf(buffer, sizeof buffer, "%.0f", v);
    CHECK(out == std::string("x ") + buffer);
    const bool whole = std::fabs(v) >= 100 || v == std::floor(v);
    std::snprintf(buffer, sizeof buffer, whole ? "%.0f" : "%.3g", v);
    CHECK(FormatNumber(v, NumberStyle::kRounded) == buffer);
    const bool plain = std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15;
    std::snprintf(buffer, sizeof buffer, plain ? "%.0f" : "%g", v);
    CHECK(FormatNumber(v, NumberStyle::kPlain) == buffer);
  }
}

}  // namespace
}  // namespace mizan
