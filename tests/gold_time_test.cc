// Claim times against the seed gold: our interval must overlap the gold
// [resolved_from, resolved_to] (null = open) for at least 80% of the gold claims.
//
// Two measurements: (1) the time resolver alone, on mentions placed where the gold puts
// its numbers (so it is measured even while the number reader changes); (2) the whole
// pipeline, through MatchClaim. Both print their misses.
#include <catch2/catch.hpp>

#include <iostream>
#include <string>
#include <vector>

#include "tests/gold_support.h"

namespace mizan {
namespace {

using testing::Gold;
using testing::GoldNumber;
using testing::LocateGoldNumber;
using testing::RunSeeds;
using testing::SeedRun;

std::string OrOpen(const nlohmann::json& value) {
  return value.is_string() ? value.get<std::string>() : std::string();
}

// Closed intervals of ISO dates, "" = open end.
bool Overlaps(const std::string& from_a, const std::string& to_a, const std::string& from_b,
              const std::string& to_b) {
  const bool a_starts_before_b_ends = from_a.empty() || to_b.empty() || from_a <= to_b;
  const bool b_starts_before_a_ends = from_b.empty() || to_a.empty() || from_b <= to_a;
  return a_starts_before_b_ends && b_starts_before_a_ends;
}

// A mention over the tokens the gold number covers; nullopt when it cannot be placed.
std::optional<NumberMention> GoldMention(const SeedRun& run, const nlohmann::json& number) {
  const std::optional<ByteSpan> at = LocateGoldNumber(run, number);
  if (!at) return std::nullopt;
  const AnalyzedText& text = run.texts[run.IndexOf(number["doc"].get<std::string>())];
  NumberMention m;
  bool found = false;
  for (uint32_t t = 0; t < text.tokens.size(); ++t) {
    const ByteSpan orig = text.ToOriginal(text.tokens[t].norm_span);
    if (orig.begin >= at->end || at->begin >= orig.end) continue;
    if (!found) {
      m.first_token = t;
      m.sentence = text.tokens[t].sentence;
      found = true;
    }
    m.end_token = t + 1;
  }
  if (!found) return std::nullopt;
  m.span = *at;
  const std::string kind = number["kind"].get<std::string>();
  m.kind = kind == "duration" ? NumberKind::kDuration : NumberKind::kQuantity;
  const nlohmann::json& value = number["value"];
  if (value["low"].is_number()) m.value.low = value["low"].get<double>();
  if (value["high"].is_number()) m.value.high = value["high"].get<double>();
  if (value.contains("unit")) m.time_unit = value["unit"].get<std::string>();
  return m;
}

struct Score {
  int total = 0;
  int overlapping = 0;
  int unmatched = 0;
};

void Record(Score& score, const nlohmann::json& gold, const TimeRef* ours) {
  ++score.total;
  const nlohmann::json& time = gold["time"];
  if (ours == nullptr) {
    ++score.unmatched;
    std::cout << "  miss (no claim) " << gold["id"].get<std::string>() << "\n";
    return;
  }
  if (Overlaps(ours->from, ours->to, OrOpen(time["resolved_from"]), OrOpen(time["resolved_to"]))) {
    ++score.overlapping;
    return;
  }
  std::cout << "  miss " << gold["id"].get<std::string>() << ": ours [" << ours->from << ", "
            << ours->to << "] from '" << ours->surface << "', gold ["
            << OrOpen(time["resolved_from"]) << ", " << OrOpen(time["resolved_to"]) << "] from '"
            << (time["surface"].is_string() ? time["surface"].get<std::string>() : "") << "'\n";
}

}  // namespace

TEST_CASE("gold: the time resolver overlaps the gold interval on gold mentions", "[gold][time]") {
  const SeedRun& run = RunSeeds();
  const TimeLexicon& lexicon = Lexicons::Default().time;
  Score score;
  std::cout << "time resolver on gold mentions:\n";
  for (const nlohmann::json& gold : Gold()["claims"]) {
    const std::string doc = gold["doc"].get<std::string>();
    const size_t index = run.IndexOf(doc);
    REQUIRE(index != SIZE_MAX);
    std::vector<NumberMention> mentions;
    const nlohmann::json* number = GoldNumber(gold["number_ids"][0].get<std::string>());
    REQUIRE(number != nullptr);
    std::optional<NumberMention> claimed = GoldMention(run, *number);
    if (!claimed) {
      Record(score, gold, nullptr);
      continue;
    }
    mentions.push_back(*claimed);
    for (const nlohmann::json& n : Gold()["numbers"]) {
      if (n["doc"] != doc || n["kind"] != "duration") continue;
      if (std::optional<NumberMention> d = GoldMention(run, n)) mentions.push_back(*d);
    }
    std::vector<Claim> claims(1);
    claims[0].mention = 0;
    ResolveClaimTimes(run.texts[index], run.documents[index].text,
                      run.extractions[index].published, mentions, lexicon, claims);
    Record(score, gold, &claims[0].time);
  }
  std::cout << "  overlap " << score.overlapping << "/" << score.total << "\n";
  REQUIRE(score.total > 0);
  CHECK(score.overlapping >= 0.80 * score.total);
}

TEST_CASE("gold: pipeline claim times overlap the gold interval", "[gold][time]") {
  const SeedRun& run = RunSeeds();
  Score score;
  std::cout << "pipeline claim times:\n";
  for (const nlohmann::json& gold : Gold()["claims"]) {
    const Claim* claim = testing::MatchClaim(run, gold);
    Record(score, gold, claim == nullptr ? nullptr : &claim->time);
  }
  const int matched = score.total - score.unmatched;
  std::cout << "  overlap " << score.overlapping << "/" << matched << " matched claims ("
            << score.unmatched << " gold claims without a predicted claim)\n";
  REQUIRE(matched > 0);
  CHECK(score.overlapping >= 0.80 * matched);
}

TEST_CASE("gold: publication dates come from the manifest", "[gold][time]") {
  const SeedRun& run = RunSeeds();
  for (const nlohmann::json& doc : Gold()["documents"]) {
    const size_t index = run.IndexOf(doc["id"].get<std::string>());
    REQUIRE(index != SIZE_MAX);
    CHECK(run.extractions[index].published.date == doc["published_estimate"].get<std::string>());
    CHECK_FALSE(run.extractions[index].published.estimated);
  }
}

}  // namespace mizan
