// Claim fields (unit, head noun, subject, predicate family, place) measured against the seed
// gold. Two measurements:
//   * isolated: the claim builder run on the gold number spans (a mention built by hand at the
//     gold location), so the figure is the claim stage's own, whatever the number reader finds;
//   * end to end: the claim the real pipeline made for the gold number (MatchClaim).
// The gold's fine-grained predicates and free-text subjects are mapped to our ids HERE, in
// the test: the engine never sees them.
#include <catch2/catch.hpp>

#include <cstdio>
#include <map>
#include <string>

#include "tests/gold_support.h"

namespace mizan {
namespace {

using testing::Gold;
using testing::RunSeeds;
using testing::SeedRun;

// Gold predicate (snake_case phrase) -> our predicate family.
const std::map<std::string, std::string>& PredicateFamily() {
  static const std::map<std::string, std::string> m{
      {"preparing_to_send_to_russia", "deployed"},
      {"ammunition_sent_to_russia", "supplied"},
      {"arrived_in_russia", "deployed"},
      {"sent_to_russia_for_training", "deployed"},
      {"redeployed_to_kursk", "deployed"},
      {"territory_captured", "territory_controlled"},
      {"to_join_russian_forces_in_kursk", "deployed"},
      {"killed_or_wounded", "killed_or_wounded"},
      {"killed_confirmed", "killed"},
      {"killed", "killed"},
      {"present_in_kursk", "deployed"},
      {"missiles_fired_at_hq", "fired"},
      {"deployed_in_russia", "deployed"},
      {"additional_sent", "deployed"},
      {"sent_to_russia", "deployed"},
      {"moving_to_training_areas_in_russia", "deployed"},
      {"alliance_members", "members"},
      {"sent_to_russian_far_east_for_training", "deployed"},
      {"containers_sent", "supplied"},
  };
  return m;
}

// Gold subject (free text) -> owner entity id. Territory is owned by whoever controls it in
// the claim (Ukrainian forces), matching "the agent of the sentence's verb".
const std::map<std::string, std::string>& SubjectEntity() {
  static const std::map<std::string, std::string> m{
      {"North Korean troops", "north_korea"},
      {"rounds of ammunition supplied by North Korea to Russia", "north_korea"},
      {"Russian troops", "russia"},
      {"Russian territory (Kursk region) taken by Ukrainian forces", "ukraine"},
      {"elite North Korean troops", "north_korea"},
      {"Russian soldiers (casualties)", "russia"},
      {"Russian soldiers confirmed dead", "russia"},
      {"Ukrainian soldiers killed", "ukraine"},
      {"British Storm Shadow missiles", "united_kingdom"},
      {"North Korean troops (casualties)", "north_korea"},
      {"additional North Korean troops (second deployment)", "north_korea"},
      {"NATO member states", "nato"},
      {"North Korean special-forces troops", "north_korea"},
      {"containers of North Korean artillery shells, missiles and other conventional weapons",
       "north_korea"},
  };
  return m;
}

// Gold location (free text) -> place id; "" where the claim's own sentence names no place.
std::string PlaceEntity(const nlohmann::json& location) {
  if (!location.is_string()) return "";
  const std::string s = location.get<std::string>();
  if (s.rfind("Kursk", 0) == 0 || s.rfind("Marino", 0) == 0) return "kursk";
  if (s.rfind("Russia (Moscow)", 0) == 0) return "moscow";
  if (s == "Russian Far East") return "russian_far_east";
  if (s == "Russia" || s == "eastern Russia" || s.find("training areas") == 0) return "russia";
  return "";
}

std::string Lookup(const std::map<std::string, std::string>& m, const std::string& key) {
  auto it = m.find(key);
  return it == m.end() ? "?" + key : it->second;
}

// The gold number as a hand-built mention over the analysed text.
std::optional<NumberMention> GoldMention(const SeedRun& run, size_t doc, const nlohmann::json& number) {
  std::optional<ByteSpan> at = testing::LocateGoldNumber(run, number);
  if (!at) return std::nullopt;
  const AnalyzedText& t = run.texts[doc];
  NumberMention m;
  m.span = *at;
  bool found = false;
  for (uint32_t k = 0; k < t.tokens.size(); ++k) {
    ByteSpan o = t.ToOriginal(t.tokens[k].norm_span);
    if (o.begin < at->end && o.end > at->begin) {  // a clitic may share the token
      if (!found) {
        m.first_token = k;
        m.norm_span.begin = t.tokens[k].norm_span.begin;
        m.sentence = t.tokens[k].sentence;
      }
      m.end_token = k + 1;
      m.norm_span.end = t.tokens[k].norm_span.end;
      found = true;
    }
  }
  if (!found) return std::nullopt;
  const auto& v = number["value"];
  if (v["low"].is_number()) m.value.low = v["low"].get<double>();
  if (v["high"].is_number()) m.value.high = v["high"].get<double>();
  return m;
}

struct Score {
  int total = 0, unit = 0, head = 0, predicate = 0, subject = 0, place = 0, flags = 0;
  void Print(const char* name) const {
    std::printf("[gold claims %s] n=%d unit=%.3f head=%.3f predicate=%.3f subject=%.3f place=%.3f flags=%.3f\n",
                name, total, Rate(unit), Rate(head), Rate(predicate), Rate(subject), Rate(place), Rate(flags));
  }
  double Rate(int hits) const { return total == 0 ? 0.0 : static_cast<double>(hits) / total; }
};

void Compare(const nlohmann::json& gold, const Claim& c, Score& s, bool print) {
  const std::string id = gold["id"].get<std::string>();
  const std::string want_pred = Lookup(PredicateFamily(), gold["predicate"].get<std::string>());
  const std::string want_subject = Lookup(SubjectEntity(), gold["subject"].get<std::string>());
  const std::string want_place = PlaceEntity(gold["location"]);
  const bool want_increment = gold["predicate"] == "additional_sent";
  const bool want_forward = id == "c000_01" || id == "c000_07";
  auto check = [&](bool ok, int& counter, const char* field, const std::string& want, const std::string& got) {
    if (ok) ++counter;
    else if (print) std::printf("  miss %s %s: gold '%s' ours '%s'\n", id.c_str(), field, want.c_str(), got.c_str());
  };
  ++s.total;
  check(c.unit == gold["unit"], s.unit, "unit", gold["unit"].get<std::string>(), c.unit);
  check(c.head_noun == gold["head_noun"], s.head, "head", gold["head_noun"].get<std::string>(), c.head_noun);
  check(c.predicate == want_pred, s.predicate, "predicate", want_pred, c.predicate);
  check(c.subject == want_subject, s.subject, "subject", want_subject, c.subject);
  check(c.place == want_place, s.place, "place", want_place, c.place);
  check(c.increment == want_increment && c.forward_looking == want_forward, s.flags, "increment/forward",
        std::to_string(want_increment) + "/" + std::to_string(want_forward),
        std::to_string(c.increment) + "/" + std::to_string(c.forward_looking));
}

TEST_CASE("claim fields on the gold number spans (claim stage alone)", "[gold][claims]") {
  const SeedRun& run = RunSeeds();
  const Lexicons& lexicons = Lexicons::Default();
  Score s;
  for (const auto& gold : Gold()["claims"]) {
    const size_t doc = run.IndexOf(gold["doc"].get<std::string>());
    REQUIRE(doc != SIZE_MAX);
    const nlohmann::json* number = testing::GoldNumber(gold["number_ids"][0].get<std::string>());
    REQUIRE(number != nullptr);
    std::optional<NumberMention> m = GoldMention(run, doc, *number);
    REQUIRE(m.has_value());
    std::vector<Claim> claims = BuildClaims(gold["doc"].get<std::string>(), run.documents[doc].text,
                                            run.texts[doc], {*m}, lexicons.claims);
    REQUIRE(claims.size() == 1);
    Compare(gold, claims[0], s, true);
  }
  s.Print("isolated");
  REQUIRE(s.total == 25);
  // Measured 2026-11-22: unit 1.00, head 1.00, predicate 1.00, subject 0.96, place 0.80
  // (the place misses are anaphoric: "في المنطقة" meaning Kursk, or no place in the sentence).
  CHECK(s.Rate(s.unit) >= 0.95);
  CHECK(s.Rate(s.head) >= 0.95);
  CHECK(s.Rate(s.predicate) >= 0.95);
  CHECK(s.Rate(s.subject) >= 0.9);
  CHECK(s.Rate(s.place) >= 0.75);
  CHECK(s.Rate(s.flags) >= 0.95);
}

TEST_CASE("claim fields end to end on the seeds", "[gold][claims]") {
  const SeedRun& run = RunSeeds();
  Score s;
  int unmatched = 0;
  for (const auto& gold : Gold()["claims"]) {
    const Claim* c = testing::MatchClaim(run, gold);
    if (c == nullptr) {
      ++unmatched;
      continue;
    }
    Compare(gold, *c, s, true);
  }
  s.Print("end-to-end");
  std::printf("[gold claims end-to-end] gold claims without a predicted claim: %d\n", unmatched);
  // Accuracy over the claims the number reader found; its recall is measured by its own test.
  // Measured 2026-11-22 with the number reader: 25 of 25 matched, same rates as isolated.
  if (s.total > 0) {
    CHECK(s.Rate(s.unit) >= 0.9);
    CHECK(s.Rate(s.head) >= 0.9);
    CHECK(s.Rate(s.predicate) >= 0.9);
    CHECK(s.Rate(s.subject) >= 0.85);
  }
}

}  // namespace
}  // namespace mizan
