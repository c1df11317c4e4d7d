// Coverage of claims and attribution on unseen news: a development set of wire-style
// sentences (fixtures/devset/news_{ar,en}.jsonl) across disasters, health, economy,
// elections, protests, migration, conflict and sport/culture, none about the seed story.
// Each line is {"id", "domain", "text", "expect": {...}}; `expect` holds the hand annotation
// of the sentence's main quantity: value (its low bound), qualifier, unit, subject,
// predicate, place, source (the origin's normalized name, "" = no source), source_type and
// stance. A field left out of `expect` is not scored for that sentence.
//
// The test extracts every sentence as its own document, picks the claim whose value matches,
// and measures per-field accuracy. The floors below are the figures reached today (rounded
// down) so that a lexicon or code change that loses coverage fails here; every miss is
// printed with WARN so a reader sees what is left to do.
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/extract.h"
#include "scoring/align.h"

namespace mizan {
namespace {

using nlohmann::json;

constexpr const char* kFields[] = {"value", "qualifier", "unit", "subject", "predicate",
                                   "place", "source", "source_type", "stance"};

struct FieldScore {
  int right = 0;
  int total = 0;
  double Accuracy() const { return total == 0 ? 1.0 : static_cast<double>(right) / total; }
};

const SourceHop* Origin(const Claim& claim) {
  for (const SourceHop& hop : claim.attribution) {
    if (hop.role == HopRole::kOrigin || hop.role == HopRole::kCoOrigin) return &hop;
  }
  return nullptr;
}

// The claim of `x` whose numeric low bound equals `value`, or null (then every field misses).
const Claim* FindClaim(const Extraction& x, double value) {
  for (const Claim& claim : x.claims) {
    const NumberMention& m = x.mentions[claim.mention];
    double low = m.value.low.value_or(m.value.high.value_or(-1));
    if (std::fabs(low - value) < 1e-6 * std::max(1.0, value)) return &claim;
  }
  return nullptr;
}

std::string Actual(const Extraction& x, const Claim& claim, const std::string& field) {
  const NumberMention& m = x.mentions[claim.mention];
  if (field == "qualifier") return std::string(ToString(m.value.qualifier));
  if (field == "unit") return claim.unit;
  if (field == "subject") return claim.subject;
  if (field == "predicate") return claim.predicate;
  if (field == "place") return claim.place;
  if (field == "stance") return std::string(ToString(claim.stance));
  const SourceHop* origin = Origin(claim);
  if (field == "source") return origin ? origin->name : "";
  if (field == "source_type") return origin ? std::string(ToString(origin->type)) : "";
  return "";
}

// A place is right when it is the expected one or lies within it: Mizan reports the most
// specific place named ("nairobi"), an annotator may name the country ("kenya").
bool LiesWithin(const std::string& place, const std::string& container) {
  return PlaceHierarchy::Default().LiesWithin(place, container);
}

std::map<std::string, FieldScore> ScoreDevset(const std::string& language) {
  const std::string path = std::string(MIZAN_FIXTURES_DIR) + "/devset/news_" + language + ".jsonl";
  std::ifstream in(path);
  REQUIRE(in.good());
  std::map<std::string, FieldScore> scores;
  std::string line;
  int sentences = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const json item = json::parse(line);
    const json& expect = item.at("expect");
    ++sentences;
    Document doc;
    doc.id = item.at("id").get<std::string>();
    doc.text = item.at("text").get<std::string>();
    doc.language = language;
    doc.published = "2025-01-15";
    const Extraction x = ExtractDocument(doc, Lexicons::Default());
    const Claim* claim = FindClaim(x, expect.at("value").get<double>());
    for (const char* field : kFields) {
      if (!expect.contains(field)) continue;
      FieldScore& score = scores[field];
      ++score.total;
      if (std::string(field) == "value") {
        if (claim != nullptr) {
          ++score.right;
        } else {
          WARN(doc.id << " value " << expect.at("value") << ": no claim with this value | "
                      << doc.text);
        }
        continue;
      }
      const std::string want = expect.at(field).get<std::string>();
      const std::string got = claim ? Actual(x, *claim, field) : "<no claim>";
      if (got == want || (std::string(field) == "place" && !want.empty() && LiesWithin(got, want))) {
        ++score.right;
      } else {
        WARN(doc.id << " " << field << ": want \"" << want << "\" got \"" << got << "\" | "
                    << doc.text);
      }
    }
  }
  CHECK(sentences >= 40);
  std::ostringstream table;
  for (const auto& [field, score] : scores) {
    table << language << " " << field << " " << score.right << "/" << score.total << "\n";
  }
  WARN(table.str());
  return scores;
}

// Floors: the accuracy reached when the set was last measured, rounded down. Raise them
// when coverage grows; never lower them to make a change pass.
void RequireFloors(const std::map<std::string, FieldScore>& scores,
                   const std::map<std::string, double>& floors) {
  for (const auto& [field, floor] : floors) {
    INFO(field << " accuracy " << scores.at(field).Accuracy() << " floor " << floor);
    REQUIRE(scores.at(field).Accuracy() >= floor);
  }
}

// Held-out batches, written blind to the rules and measured before any change was made for
// them (value / qualifier / unit / predicate / place / source_type / stance):
//   en44-en58, ar44-ar58 (2026-12-03): see git history.
//   en59-en88 (2026-12-04): 29/30 28/30 23/26 13/19 13/28  8/23 25/30
//   ar59-ar88 (2026-12-04): 29/30 28/30 22/25 10/18  8/28 12/21 27/30
//   en89-en118 (2026-12-04, after the fixes batch 59-88 prompted):
//                           29/30 26/30 26/29 13/18  8/30 14/27 27/30
//   ar89-ar118 (same):      29/30 27/30 21/27  9/14  8/28 20/26 25/30
// Place is the weakest field on unseen news: most misses are places Mizan does not know
// (ولاية كسلا, Baghlan, South Kivu) or prepositions the reader does not take ("off the island").

TEST_CASE("devset: English news claims and attribution", "[devset]") {
  const auto scores = ScoreDevset("en");
  // 118 sentences, 2026-12-04: value 116/118, qualifier 116/118, unit 107/113, subject 6/6,
  // predicate 79/86, place 62/86, source 26/26, source_type 86/96, stance 112/118.
  RequireFloors(scores, {
                            {"value", 0.98},
                            {"qualifier", 0.98},
                            {"unit", 0.94},
                            {"subject", 1.00},
                            {"predicate", 0.91},
                            {"place", 0.72},
                            {"source", 1.00},
                            {"source_type", 0.89},
                            {"stance", 0.94},
                        });
}

TEST_CASE("devset: Arabic news claims and attribution", "[devset]") {
  const auto scores = ScoreDevset("ar");
  // 118 sentences, 2026-12-04: value 116/118, qualifier 114/118, unit 103/110, subject 3/3,
  // predicate 76/80, place 54/75, source 29/29, source_type 78/83, stance 112/118.
  RequireFloors(scores, {
                            {"value", 0.98},
                            {"qualifier", 0.96},
                            {"unit", 0.93},
                            {"subject", 1.00},
                            {"predicate", 0.95},
                            {"place", 0.72},
                            {"source", 1.00},
                            {"source_type", 0.93},
                            {"stance", 0.94},
                        });
}

}  // namespace
}  // namespace mizan
