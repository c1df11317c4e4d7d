#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

#include "core/claims.h"
#include "core/lexicon.h"
#include "core/text.h"

namespace mizan {
namespace {

std::string Key(const std::string& surface) {
  std::string folded = FoldForMatch(surface);
  for (char& c : folded) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return folded;
}

std::set<std::string> PredicateIds() {
  std::set<std::string> ids;
  for (const LexiconRow& row : LoadLexicon("predicates.tsv")) ids.insert(row.fields[1]);
  return ids;
}

TEST_CASE("the claim lexicons load", "[lexicon][claims]") {
  ClaimLexicon lexicon = ClaimLexicon::Load();
  CHECK(lexicon.tables().units.size() > 100);
  CHECK(lexicon.tables().places.size() > 300);
  CHECK(lexicon.tables().predicates.size() > 100);
}

TEST_CASE("units.tsv rows are well formed and unambiguous", "[lexicon]") {
  const std::set<std::string> categories{"people", "materiel", "measure", "money", "other"};
  const std::set<std::string> predicates = PredicateIds();
  std::map<std::string, std::string> unit_of;  // every form -> unit
  ClaimLexicon lexicon = ClaimLexicon::Load();
  for (const LexiconRow& row : LoadLexicon("units.tsv")) {
    INFO("units.tsv line " << row.line);
    REQUIRE((row.fields.size() >= 5 && row.fields.size() <= 7));
    // The optional price column: a denominator of market prices, a noun of people in a
    // state (with the act that left them in it as its implied predicate), or -.
    if (row.fields.size() == 7) CHECK((row.fields[6] == "price" || row.fields[6] == "state" || row.fields[6] == "-"));
    if (row.fields.size() == 7 && row.fields[6] == "state") CHECK(row.fields[4] != "-");
    // The optional person column: predicate ids, or * for any.
    if (row.fields.size() >= 6 && row.fields[5] != "-" && row.fields[5] != "*") {
      std::string ids = row.fields[5];
      for (size_t start = 0; start <= ids.size();) {
        const size_t bar = ids.find('|', start);
        CHECK(predicates.count(ids.substr(start, bar == std::string::npos ? std::string::npos : bar - start)) == 1);
        if (bar == std::string::npos) break;
        start = bar + 1;
      }
    }
    CHECK(!row.fields[0].empty());
    CHECK(!row.fields[1].empty());
    CHECK(categories.count(row.fields[2]) == 1);
    if (row.fields[4] != "-") CHECK(predicates.count(row.fields[4]) == 1);
    std::vector<std::string> forms{row.fields[0]};
    if (row.fields[3] != "-") {
      std::string plurals = row.fields[3];
      size_t start = 0;
      while (start <= plurals.size()) {
        size_t bar = plurals.find('|', start);
        forms.push_back(plurals.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
        if (bar == std::string::npos) break;
        start = bar + 1;
      }
    }
    for (const std::string& form : forms) {
      auto [it, inserted] = unit_of.emplace(Key(form), row.fields[1]);
      INFO(form);
      CHECK(it->second == row.fields[1]);
      // Every listed form lemmatizes to its row's lemma (single words only).
      if (form.find(' ') == std::string::npos) {
        CHECK(LemmatizeNoun(FoldForMatch(form), lexicon) == Key(row.fields[0]));
      }
    }
  }
}

TEST_CASE("places.tsv rows are well formed and unambiguous", "[lexicon]") {
  const std::set<std::string> kinds{"country", "capital", "region", "city", "nisba", "organisation", "homograph"};
  const std::vector<LexiconRow> rows = LoadLexicon("places.tsv");
  std::set<std::string> countries;
  for (const LexiconRow& row : rows) {
    if (row.fields.size() == 4 && (row.fields[2] == "country" || row.fields[2] == "organisation")) {
      countries.insert(row.fields[1]);
    }
  }
  std::map<std::string, std::string> entity_of;
  for (const LexiconRow& row : rows) {
    INFO("places.tsv line " << row.line);
    REQUIRE(row.fields.size() == 4);
    CHECK(kinds.count(row.fields[2]) == 1);
    // Entity ids are snake_case ASCII.
    for (char c : row.fields[1]) CHECK(((c >= 'a' && c <= 'z') || c == '_'));
    // Every entry belongs to a listed state (a region may name its own id when disputed).
    CHECK((countries.count(row.fields[3]) == 1 || row.fields[3] == row.fields[1]));
    auto [it, inserted] = entity_of.emplace(Key(row.fields[0]), row.fields[1]);
    CHECK(inserted);
  }
}

TEST_CASE("predicates.tsv: one id per surface, one cumulative flag per id", "[lexicon]") {
  std::map<std::string, std::string> id_of;
  std::map<std::string, std::string> cumulative_of;
  for (const LexiconRow& row : LoadLexicon("predicates.tsv")) {
    INFO("predicates.tsv line " << row.line);
    REQUIRE(row.fields.size() == 5);
    CHECK((row.fields[2] == "yes" || row.fields[2] == "no"));
    CHECK((row.fields[3] == "yes" || row.fields[3] == "no"));
    // Kinds: * or |-separated ids of units.tsv's categories and share, none twice, with a
    // final "!" when a noun units.tsv does not know takes no predicate from the surface.
    if (row.fields[4] != "*") {
      std::set<std::string> kinds;
      std::string ids = row.fields[4];
      if (ids.size() > 1 && ids.back() == '!') ids.pop_back();
      for (size_t start = 0; start <= ids.size();) {
        const size_t bar = ids.find('|', start);
        const std::string id = ids.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
        CHECK(ParseUnitCategory(id).has_value());
        CHECK(kinds.insert(id).second);
        if (bar == std::string::npos) break;
        start = bar + 1;
      }
    }
    auto [it, inserted] = id_of.emplace(Key(row.fields[0]), row.fields[1]);
    CHECK(it->second == row.fields[1]);
    auto [c, fresh] = cumulative_of.emplace(row.fields[1], row.fields[2]);
    CHECK(c->second == row.fields[2]);
  }
  // The families the model documents exist.
  for (const char* id : {"deployed", "supplied", "killed", "killed_or_wounded", "wounded", "captured",
                         "fired", "territory_controlled", "members"}) {
    CHECK(cumulative_of.count(id) == 1);
  }
  // Casualties are the counts of a side's losses, and only those.
  std::set<std::string> casualties;
  for (const LexiconRow& row : LoadLexicon("predicates.tsv")) {
    if (row.fields[3] == "yes") casualties.insert(row.fields[1]);
  }
  CHECK(casualties ==
        std::set<std::string>{"captured", "killed", "killed_or_wounded", "missing", "wounded"});
  // A casualty happens to people (or to what units.tsv files as other: cases, families),
  // never to a sum of money or a share, except through the surfaces that also name money
  // lost ("خسائر", "فقد"), which predicate_rewrites.tsv turns into lost.
  const ClaimLexicon lexicon = ClaimLexicon::Load();
  for (const auto& [surface, entry] : lexicon.tables().predicates) {
    INFO(surface);
    if (!entry.casualty || entry.kinds == 0xFF) continue;
    CHECK(entry.AppliesTo(UnitCategory::kPeople));
    CHECK_FALSE(entry.AppliesTo(UnitCategory::kMoney));
    CHECK_FALSE(entry.AppliesTo(UnitCategory::kShare));
  }
}

// A bare "ريال" leaves the currency open; "ريال سعودي" names one (scoring joins a story's
// bare amounts to the one variant its key names). A bare word that already names a unit
// ("دولار" usd, like "دولار أمريكي"; "جنيه" egp, like "جنيه مصري") is not generic.
TEST_CASE("units.tsv: generic money units and their variants", "[lexicon]") {
  const ClaimLexicon lexicon = ClaimLexicon::Load();
  const std::map<std::string, std::string> generics = UnitGenerics(lexicon.tables());
  CHECK(generics.at("sar") == "riyal");
  CHECK(generics.at("qar") == "riyal");
  CHECK(generics.at("kwd") == "dinar");
  CHECK(generics.at("aed") == "dirham");
  CHECK(generics.count("usd") == 0);
  CHECK(generics.count("egp") == 0);
  CHECK(generics.count("gbp") == 0);  // "جنيه إسترليني" refines egp's word, but egp is no generic
  CHECK(generics.count("km2") == 0);  // "كيلومتر مربع" is a measure, not money
  for (const auto& [variant, generic] : generics) CHECK(generics.count(generic) == 0);
  CHECK(DefaultUnitGenerics() == generics);
}

TEST_CASE("claim_cues.tsv roles are known and surfaces unique", "[lexicon]") {
  const std::set<std::string> roles{"increment", "forward", "complementizer", "place_prep", "generic_place",
                                    "partitive", "origin", "direction", "relative", "strike_verb", "disease",
                                    "member_noun", "verb_if_initial", "other_noun", "of_them", "market_index",
                                    "function_word", "count_of", "death_toll", "measure_before",
                                    "coordinator"};
  std::set<std::string> seen;
  for (const LexiconRow& row : LoadLexicon("claim_cues.tsv")) {
    INFO("claim_cues.tsv line " << row.line);
    REQUIRE(row.fields.size() == 2);
    CHECK(roles.count(row.fields[1]) == 1);
    CHECK(seen.insert(Key(row.fields[0])).second);
  }
}

TEST_CASE("domestic_bodies.tsv names institutions the source table composes", "[lexicon]") {
  std::set<std::string> institutions;
  for (const LexiconRow& row : LoadLexicon("sources.tsv")) {
    if (row.fields.size() >= 3 && row.fields[1] == "institution") institutions.insert(row.fields[2]);
  }
  std::set<std::string> seen;
  for (const LexiconRow& row : LoadLexicon("domestic_bodies.tsv")) {
    INFO("domestic_bodies.tsv line " << row.line);
    REQUIRE(row.fields.size() == 1);
    CHECK(institutions.count(row.fields[0]) == 1);
    CHECK(seen.insert(row.fields[0]).second);
  }
  CHECK(seen.count("defense_ministry") == 0);  // faces outwards: no place of its own
}

}  // namespace
}  // namespace mizan
