#include <catch2/catch.hpp>

#include <cmath>

#include "scoring/interval.h"
#include "scoring/reliability.h"

namespace mizan {
namespace {

ScoreClaim Obj(std::string id, std::string object, std::string source, double value,
               std::string date = "2024-01-01", SourceType type = SourceType::kGovernment) {
  ScoreClaim c;
  c.id = std::move(id);
  c.object = std::move(object);
  c.origins = {std::move(source)};
  c.origin_type = type;
  c.value = NumericValue{value, value, Qualifier::kExact};
  c.time = c.time_start = *DaysFromIso(date);
  c.time_label = date;
  c.structured = true;
  return c;
}

Reliability Run(const std::vector<ScoreClaim>& claims, const ScoreOptions& options = {}) {
  AlignOptions a;
  return EstimateReliability(claims, Align(claims, a), options);
}

size_t IndexOf(const Reliability& r, const std::string& name) {
  for (size_t s = 0; s < r.names.size(); ++s) {
    if (r.names[s] == name) return s;
  }
  FAIL("no source " << name);
  return 0;
}

TEST_CASE("chi-square quantiles (Wilson-Hilferty) match the tables", "[reliability]") {
  CHECK(ChiSquareQuantile(0.975, 10) == Approx(20.483).epsilon(0.01));
  CHECK(ChiSquareQuantile(0.025, 10) == Approx(3.247).epsilon(0.01));
  CHECK(ChiSquareQuantile(0.5, 30) == Approx(29.336).epsilon(0.01));
  CHECK(ChiSquareQuantile(0.975, 3) == Approx(9.348).epsilon(0.02));
}

TEST_CASE("closed form: two agreeing sources and one off by a factor of two", "[reliability]") {
  // One moment of one object: A and B say 1000, C says 2000 (exact round figures: ±5%).
  // Equal prior weights -> weighted median 1000. C's error: ln(1900/1000) / 0.1 units,
  // squared E_C = 41.1976; A and B: 0. Government prior r0 = 0.7 -> v0 = 1/0.7 - 1 = 3/7,
  // k = 2 pseudo-claims: reliability = 1 / (1 + (E + 2 v0) / (1 + 2)).
  std::vector<ScoreClaim> claims = {Obj("x#1", "q", "A", 1000), Obj("x#2", "q", "B", 1000),
                                    Obj("x#3", "q", "C", 2000)};
  Reliability r = Run(claims);
  REQUIRE(r.names.size() == 3);
  const double v0 = 1 / 0.7 - 1;
  const double e_c = std::pow(std::log(1900.0 / 1000.0) / 0.1, 2);
  CHECK(r.truth[0] == Approx(1000));
  CHECK(r.error_sum[IndexOf(r, "C")] == Approx(e_c));
  CHECK(r.reliability[IndexOf(r, "A")] == Approx(1 / (1 + 2 * v0 / 3)));
  CHECK(r.reliability[IndexOf(r, "C")] == Approx(1 / (1 + (e_c + 2 * v0) / 3)));
  CHECK(r.converged);
  CHECK(r.iterations == 2);  // the second round changes nothing
  CHECK(r.held[IndexOf(r, "A")] == 1);
  CHECK(r.held[IndexOf(r, "C")] == 0);
}

TEST_CASE("a source with no corroborated moment keeps its type prior", "[reliability]") {
  std::vector<ScoreClaim> claims = {Obj("x#1", "alone", "A", 1000),
                                    Obj("x#2", "other", "B", 5, "2024-01-01", SourceType::kSocialMedia)};
  Reliability r = Run(claims);
  CHECK(r.reliability[IndexOf(r, "A")] == Approx(SourceTypePrior(SourceType::kGovernment)));
  CHECK(r.reliability[IndexOf(r, "B")] == Approx(SourceTypePrior(SourceType::kSocialMedia)));
  // No evidence: a wide interval around the prior.
  CHECK(r.low[IndexOf(r, "A")] < 0.3);
  CHECK(r.high[IndexOf(r, "A")] > 0.75);
}

TEST_CASE("few claims give wide intervals; many consistent errors lower reliability", "[reliability]") {
  std::vector<ScoreClaim> claims;
  for (int k = 0; k < 10; ++k) {
    const std::string object = "q" + std::to_string(k);
    claims.push_back(Obj("a#" + std::to_string(k), object, "good1", 1000));
    claims.push_back(Obj("b#" + std::to_string(k), object, "good2", 1000));
    claims.push_back(Obj("c#" + std::to_string(k), object, "many_off", 1300));
  }
  claims.push_back(Obj("d#1", "q0", "once_off", 1300));
  Reliability r = Run(claims);
  const size_t many = IndexOf(r, "many_off"), once = IndexOf(r, "once_off"), good = IndexOf(r, "good1");
  CHECK(r.reliability[good] > r.reliability[once]);
  CHECK(r.reliability[once] > r.reliability[many]);
  CHECK(r.high[once] - r.low[once] > r.high[many] - r.low[many]);
  CHECK(r.low[good] <= r.reliability[good]);
  CHECK(r.reliability[good] <= r.high[good]);
}

TEST_CASE("one wild outlier does not move the truth", "[reliability]") {
  std::vector<ScoreClaim> claims = {Obj("x#1", "q", "A", 1000), Obj("x#2", "q", "B", 1010),
                                    Obj("x#3", "q", "C", 990), Obj("x#4", "q", "D", 1000000)};
  Reliability r = Run(claims);
  CHECK(r.truth[0] >= 990);
  CHECK(r.truth[0] <= 1010);
  // Its error is capped: one absurd figure costs at most 10 units squared.
  CHECK(r.error_sum[IndexOf(r, "D")] == Approx(100));
}

TEST_CASE("copies of one story split one vote", "[reliability]") {
  std::vector<ScoreClaim> claims = {Obj("x#1", "q", "A", 1000), Obj("x#2", "q", "B", 2000),
                                    Obj("x#3", "q", "C", 2000)};
  claims[1].copy_group = claims[2].copy_group = "copy-1";
  Reliability r = Run(claims);
  CHECK(r.share[1] == Approx(0.5));
  CHECK(r.share[2] == Approx(0.5));
  CHECK(r.share[0] == Approx(1));
}

}  // namespace
}  // namespace mizan
