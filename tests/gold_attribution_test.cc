// Attribution measured against the seed gold (fixtures/gold/seeds.json): origin, relays and
// stance per gold claim. Hops are compared by where their surface sits in the text (span
// overlap with any occurrence of the gold surface), which needs no name mapping.
#include <catch2/catch.hpp>

#include <iostream>
#include <map>

#include "tests/attribution_support.h"
#include "tests/gold_support.h"

namespace mizan::testing {
namespace {

struct Figures {
  int claims = 0, origin = 0, relays = 0, stance = 0;
};

std::vector<ByteSpan> Occurrences(const std::string& text, const std::string& surface) {
  std::vector<ByteSpan> out;
  for (size_t at = text.find(surface); at != std::string::npos;
       at = text.find(surface, at + 1)) {
    out.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())});
  }
  return out;
}

bool Overlaps(ByteSpan a, ByteSpan b) { return a.begin < b.end && b.begin < a.end; }

// Same number of hops and each gold hop overlaps a distinct predicted hop.
bool SameHops(const std::string& text, const std::vector<nlohmann::json>& gold,
              const std::vector<const SourceHop*>& ours) {
  if (gold.size() != ours.size()) return false;
  std::vector<bool> used(ours.size(), false);
  for (const auto& g : gold) {
    bool matched = false;
    for (size_t i = 0; i < ours.size() && !matched; ++i) {
      if (used[i]) continue;
      for (ByteSpan at : Occurrences(text, g["surface"].get<std::string>())) {
        if (Overlaps(at, ours[i]->span)) {
          used[i] = matched = true;
          break;
        }
      }
    }
    if (!matched) return false;
  }
  return true;
}

std::string Describe(const std::vector<SourceHop>& chain) {
  std::string out = "[";
  for (const SourceHop& h : chain) {
    out += " " + h.name + "/" + std::string(ToString(h.role)) + "(" + h.surface + ")";
  }
  return out + " ]";
}

// Scores one predicted claim against its gold claim, printing the misses.
void Score(const std::string& text, const nlohmann::json& gold, const Claim& claim,
           Figures& f) {
  std::vector<nlohmann::json> gold_origin, gold_relays;
  for (const auto& a : gold["attribution"]) {
    const std::string role = a["role"].get<std::string>();
    (role == "original" || role == "co_original" ? gold_origin : gold_relays).push_back(a);
  }
  std::vector<const SourceHop*> origin, relays;
  for (const SourceHop& h : claim.attribution) {
    (h.role == HopRole::kOrigin || h.role == HopRole::kCoOrigin ? origin : relays)
        .push_back(&h);
  }
  ++f.claims;
  const bool origin_ok = SameHops(text, gold_origin, origin);
  const bool relays_ok = SameHops(text, gold_relays, relays);
  const bool stance_ok = ToString(claim.stance) == gold["stance"].get<std::string>();
  f.origin += origin_ok;
  f.relays += relays_ok;
  f.stance += stance_ok;
  if (!origin_ok || !relays_ok || !stance_ok) {
    std::cout << "  miss " << gold["id"].get<std::string>() << (origin_ok ? "" : " origin")
              << (relays_ok ? "" : " relays") << (stance_ok ? "" : " stance")
              << ": ours " << Describe(claim.attribution) << " " << ToString(claim.stance)
              << " | gold " << gold["attribution"].dump() << " " << gold["stance"] << "\n";
  }
}

void Print(const char* what, const Figures& f) {
  std::cout << what << ": " << f.claims << " claims, origin " << f.origin << "/" << f.claims
            << ", relays " << f.relays << "/" << f.claims << ", stance " << f.stance << "/"
            << f.claims << "\n";
}

TEST_CASE("attribution on gold-located numbers meets the issue's floors", "[gold][attribution]") {
  const SeedRun& run = RunSeeds();
  const AttributionLexicon& lexicon = Lexicons::Default().attribution;
  std::map<std::string, std::vector<const nlohmann::json*>> by_doc;
  for (const auto& claim : Gold()["claims"]) by_doc[claim["doc"]].push_back(&claim);
  Figures f;
  for (const auto& [doc, gold_claims] : by_doc) {
    const size_t index = run.IndexOf(doc);
    REQUIRE(index != SIZE_MAX);
    std::vector<ByteSpan> spans;
    for (const nlohmann::json* claim : gold_claims) {
      std::optional<ByteSpan> at =
          LocateGoldNumber(run, *GoldNumber((*claim)["number_ids"][0].get<std::string>()));
      REQUIRE(at.has_value());
      spans.push_back(*at);
    }
    const std::string& text = run.documents[index].text;
    HandRun hand = AttributeSpans(text, spans, lexicon);
    for (size_t i = 0; i < gold_claims.size(); ++i) {
      Score(text, *gold_claims[i], hand.claims[i], f);
    }
  }
  Print("gold-located", f);
  REQUIRE(f.claims == static_cast<int>(Gold()["claims"].size()));
  CHECK(f.origin >= 0.90 * f.claims);
  CHECK(f.relays >= 0.85 * f.claims);
  CHECK(f.stance >= 0.80 * f.claims);
}

TEST_CASE("attribution through the whole pipeline", "[gold][attribution]") {
  const SeedRun& run = RunSeeds();
  Figures f;
  int unmatched = 0;
  for (const auto& gold : Gold()["claims"]) {
    const Claim* claim = MatchClaim(run, gold);
    if (claim == nullptr) {
      ++unmatched;
      continue;
    }
    Score(run.documents[run.IndexOf(gold["doc"])].text, gold, *claim, f);
  }
  Print("pipeline", f);
  std::cout << "pipeline: " << unmatched << " gold claims without a predicted claim\n";
  // The floors apply to the claims the pipeline found; finding them is the number reader's
  // and claim builder's job, measured in their own tests.
  if (f.claims > 0) {
    CHECK(f.origin >= 0.90 * f.claims);
    CHECK(f.relays >= 0.85 * f.claims);
    CHECK(f.stance >= 0.80 * f.claims);
  }
}

}  // namespace
}  // namespace mizan::testing
