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

// The truth of the moment of claims[i].
double TruthOf(const std::vector<ScoreClaim>& claims, const Reliability& r, size_t i) {
  AlignOptions a;
  return r.truth[Align(claims, a).claims[i].bucket];
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

// The accuracy model by hand: accuracy a = (H + k r0) / (N + k) with k = 2 pseudo-claims
// at the type prior (government r0 = 0.7); interval: Wilson's on N + k trials at z = 1.96.
double HandWilsonLow(double p, double n, double z = 1.959963984540054) {
  const double z2 = z * z, denom = 1 + z2 / n;
  return ((p + z2 / (2 * n)) - z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n))) / denom;
}

TEST_CASE("closed form: two agreeing sources and one off by a factor of two", "[reliability]") {
  // One moment of one object: A and B say 1000, C says 2000 (structured points: each is
  // its value to its rounding, 1000 +-50, 2000 +-100). Equal prior votes -> 1000 has two
  // votes, 2000 one: truth 1000. A, B: N = 1, H = 1 -> a = (1 + 1.4) / 3 = 0.8;
  // C: N = 1, H = 0 -> a = 1.4 / 3.
  std::vector<ScoreClaim> claims = {Obj("x#1", "q", "A", 1000), Obj("x#2", "q", "B", 1000),
                                    Obj("x#3", "q", "C", 2000)};
  Reliability r = Run(claims);
  REQUIRE(r.names.size() == 3);
  const size_t a = IndexOf(r, "A"), c = IndexOf(r, "C");
  CHECK(r.truth[0] == Approx(1000));
  CHECK(r.claim_mass[c] == 1);
  CHECK(r.error_sum[c] == 1);
  CHECK(r.error_sum[a] == 0);
  CHECK(r.reliability[a] == Approx(0.8));
  CHECK(r.reliability[c] == Approx(1.4 / 3));
  CHECK(r.low[a] == Approx(HandWilsonLow(0.8, 3)));
  // Its vote: the lower end of that interval, as log-odds with ACCU's n: here 10, since
  // no two wrong claims share a moment to estimate it from.
  const double vote_low = HandWilsonLow(0.8, 3);
  CHECK(r.weight[a] == Approx(std::log1p(10 * vote_low / (1 - vote_low))));
  // Its share of the final vote: A's and B's against C's.
  const double wa = r.weight[a], wc = r.weight[c];
  CHECK(r.support[0] == Approx(2 * wa / (2 * wa + wc)));
  CHECK(r.runner_up[0] == Approx(2000));
  CHECK(r.runner_up_support[0] == Approx(wc / (2 * wa + wc)));
  CHECK(r.converged);
  CHECK(r.iterations == 2);  // the second round changes nothing
  CHECK(r.held[a] == 1);
  CHECK(r.held[c] == 0);
  CHECK(r.copiers.empty());
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

TEST_CASE("few claims give wide intervals, many consistent errors lower reliability", "[reliability]") {
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
  CHECK(r.reliability[good] == Approx((10 + 1.4) / 12));
  CHECK(r.reliability[once] == Approx(1.4 / 3));
  CHECK(r.reliability[many] == Approx(1.4 / 12));
  CHECK(r.high[once] - r.low[once] > r.high[many] - r.low[many]);
  CHECK(r.low[good] <= r.reliability[good]);
  CHECK(r.reliability[good] <= r.high[good]);
  // One shared false value is no evidence of copying.
  CHECK(r.copiers.empty());
}

TEST_CASE("one or two claims do not outvote a record", "[reliability]") {
  // `expert` is right on 20 objects others confirm; on "disputed" it says 1000 and two
  // one-claim sources say 1100: their votes (lower ends of wide intervals) weigh less.
  std::vector<ScoreClaim> claims;
  for (int k = 0; k < 20; ++k) {
    const std::string object = "q" + std::to_string(k);
    claims.push_back(Obj("e#" + std::to_string(k), object, "expert", 1000));
    claims.push_back(Obj("o#" + std::to_string(k), object, "other" + std::to_string(k), 1000));
  }
  claims.push_back(Obj("d#1", "disputed", "expert", 1000));
  claims.push_back(Obj("d#2", "disputed", "tail1", 1100));
  claims.push_back(Obj("d#3", "disputed", "tail2", 1100));
  Reliability r = Run(claims);
  CHECK(TruthOf(claims, r, claims.size() - 1) == Approx(1000));
  CHECK(r.weight[IndexOf(r, "expert")] > 2 * r.weight[IndexOf(r, "tail1")]);
}

TEST_CASE("one wild outlier does not move the truth", "[reliability]") {
  std::vector<ScoreClaim> claims = {Obj("x#1", "q", "A", 1000), Obj("x#2", "q", "B", 1010),
                                    Obj("x#3", "q", "C", 990), Obj("x#4", "q", "D", 1000000)};
  Reliability r = Run(claims);
  // 1000 (+-50) backs 990 and 1010 too: each has two votes, the smaller is taken.
  CHECK(r.truth[0] == Approx(990));
  // The outlier is one miss, however far: no more than any other wrong claim.
  CHECK(r.error_sum[IndexOf(r, "D")] == 1);
}

TEST_CASE("a copying clique is found by its shared false values and votes once", "[reliability]") {
  // Five independent sources say 1000 on four objects where a master and three copiers
  // say 2000: the clique loses there, and shares four false values. On "s" the clique
  // (four claims) meets three independents: found as copies, it weighs as one claim.
  std::vector<ScoreClaim> claims;
  int id = 0;
  auto add = [&](const std::string& object, const std::string& source, double v) {
    claims.push_back(Obj("c#" + std::to_string(++id), object, source, v));
  };
  for (int k = 0; k < 4; ++k) {
    const std::string object = "r" + std::to_string(k);
    for (int g = 0; g < 5; ++g) add(object, "g" + std::to_string(g), 1000);
    for (const char* member : {"master", "copy1", "copy2", "copy3"}) add(object, member, 2000);
  }
  for (int g = 0; g < 3; ++g) add("s", "g" + std::to_string(g), 1000);
  for (const char* member : {"master", "copy1", "copy2", "copy3"}) add("s", member, 3000);
  Reliability r = Run(claims);
  // Every pair of the clique, no independent among them.
  REQUIRE(r.copiers.size() == 6);
  for (const auto& [x, y] : r.copiers) {
    CHECK(r.names[x].rfind("g", 0) != 0);
    CHECK(r.names[y].rfind("g", 0) != 0);
  }
  CHECK(r.share.back() == Approx(0.25));
  CHECK(r.share[claims.size() - 5] == Approx(1));  // an independent's claim on "s"
  CHECK(TruthOf(claims, r, claims.size() - 1) == Approx(1000));
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
