// The whole pipeline on the five seed articles, scored against the gold annotation:
// read -> extract -> copies -> score, with no gold data fed in. This is the done-when of
// the scoring issue measured on what Mizan itself extracts (seeds_scoring_test.cc measures
// scoring alone, on the gold claims).
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "scoring/score.h"
#include "tests/gold_support.h"

namespace mizan::testing {
namespace {

struct EndToEnd {
  ScoreInput input;
  ScoreReport report;
  std::vector<CopyGroup> copies;
  // gold claim id -> our claim id (only gold claims Mizan found)
  std::map<std::string, std::string> matched;
  std::map<std::string, const ClaimScore*> score_of;  // our claim id -> score
};

const EndToEnd& Run() {
  static const EndToEnd e2e = [] {
    EndToEnd e;
    const SeedRun& run = RunSeeds();
    std::vector<CopyFingerprint> prints;
    for (size_t i = 0; i < run.documents.size(); ++i) {
      prints.push_back(FingerprintDocument(run.extractions[i], run.texts[i]));
    }
    e.copies = FindCopies(prints, CopyOptions{});
    e.input = MakeScoreInput(run.documents, run.extractions, e.copies);
    e.report = Score(e.input, ScoreOptions{});
    for (const auto& gold_claim : Gold()["claims"]) {
      if (const Claim* c = MatchClaim(run, gold_claim)) {
        e.matched[gold_claim["id"].get<std::string>()] = c->id;
      }
    }
    for (const ClaimScore& s : e.report.claims) e.score_of[s.claim] = &s;
    return e;
  }();
  return e2e;
}

TEST_CASE("end to end: every gold claim is found and scored", "[gold][e2e]") {
  const EndToEnd& e = Run();
  const size_t gold_claims = Gold()["claims"].size();
  INFO("matched " << e.matched.size() << " of " << gold_claims << " gold claims");
  CHECK(e.matched.size() >= gold_claims * 95 / 100);
  for (const auto& [gold_id, ours] : e.matched) {
    INFO(gold_id << " -> " << ours);
    CHECK(e.score_of.count(ours) == 1);
  }
}

TEST_CASE("end to end: slots agree with the gold slots (pairwise F1 >= 0.9)", "[gold][e2e]") {
  const EndToEnd& e = Run();
  std::map<std::string, std::string> gold_slot;  // gold claim -> gold slot
  for (const auto& slot : Gold()["slots"]) {
    for (const auto& id : slot["claim_ids"]) gold_slot[id.get<std::string>()] = slot["id"];
  }
  std::vector<std::string> ids;
  for (const auto& [gold_id, ours] : e.matched) ids.push_back(gold_id);
  size_t true_pos = 0, false_pos = 0, false_neg = 0;
  for (size_t i = 0; i < ids.size(); ++i) {
    for (size_t j = i + 1; j < ids.size(); ++j) {
      const bool same_gold = gold_slot[ids[i]] == gold_slot[ids[j]];
      const bool same_ours = e.score_of.at(e.matched.at(ids[i]))->slot ==
                             e.score_of.at(e.matched.at(ids[j]))->slot;
      if (same_gold && same_ours) ++true_pos;
      if (!same_gold && same_ours) {
        ++false_pos;
        WARN("merged apart from gold: " << ids[i] << " + " << ids[j]);
      }
      if (same_gold && !same_ours) {
        ++false_neg;
        WARN("split apart from gold: " << ids[i] << " / " << ids[j]);
      }
    }
  }
  const double precision = true_pos / double(std::max<size_t>(1, true_pos + false_pos));
  const double recall = true_pos / double(std::max<size_t>(1, true_pos + false_neg));
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  WARN("end-to-end slot pairwise precision " << precision << ", recall " << recall
                                             << ", F1 " << f1);
  CHECK(f1 >= 0.9);
}

TEST_CASE("end to end: no seed slot is a contradiction", "[gold][e2e]") {
  for (const SlotReport& slot : Run().report.slots) {
    INFO(slot.id);
    CHECK(slot.relation != SlotRelation::kContradiction);
    CHECK(slot.relation != SlotRelation::kMixed);
  }
}

TEST_CASE("end to end: claims the gold rates high score above those it rates low",
          "[gold][e2e]") {
  const EndToEnd& e = Run();
  std::map<std::string, std::vector<double>> by_level;
  for (const auto& slot : Gold()["slots"]) {
    for (const auto& expected : slot["expected_confidence"]) {
      auto it = e.matched.find(expected["claim_id"].get<std::string>());
      if (it == e.matched.end()) continue;
      by_level[expected["level"].get<std::string>()].push_back(
          e.score_of.at(it->second)->confidence);
    }
  }
  auto mean = [](const std::vector<double>& v) {
    double sum = 0;
    for (double x : v) sum += x;
    return v.empty() ? 0.0 : sum / static_cast<double>(v.size());
  };
  const double high = mean(by_level["high"]), medium = mean(by_level["medium"]),
               low = mean(by_level["low"]);
  WARN("mean confidence: high " << high << " (" << by_level["high"].size() << "), medium "
                                << medium << " (" << by_level["medium"].size() << "), low "
                                << low << " (" << by_level["low"].size() << ")");
  REQUIRE(!by_level["high"].empty());
  REQUIRE(!by_level["low"].empty());
  CHECK(high > low);
  CHECK(high > medium);
}

TEST_CASE("end to end: the two renderings of one wire story are one copy group",
          "[gold][e2e]") {
  const EndToEnd& e = Run();
  REQUIRE(e.copies.size() == 1);
  CHECK(e.copies[0].docs ==
        std::vector<std::string>{"002_359d2a42f67a70f9", "004_1ab0ed66d18b4638"});
}

}  // namespace
}  // namespace mizan::testing
