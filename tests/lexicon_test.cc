// The lexicon loader discipline (issue 11): one message for a malformed row in every
// loader, "file:line: why", and kinds, categories and roles checked when they are loaded.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "core/claims.h"
#include "core/error.h"
#include "core/extract.h"
#include "core/lexicon.h"
#include "lexicon_scratch.h"
#include "scratch_dir.h"

namespace mizan {
namespace {

TEST_CASE("a malformed lexicon row names its file and line", "[lexicon]") {
  const std::vector<LexiconRow> rows = ParseLexicon("# header\n\nجندي\tsoldier\n");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].line == 3);
  const Error error = LexiconError("units.tsv", rows[0], "expected 5 columns");
  CHECK(error.code() == ErrorCode::kBadLexicon);
  CHECK(std::string(error.what()) == "units.tsv:3: expected 5 columns");
  try {
    BadRow("units.tsv", rows[0], "expected 5 columns");
    FAIL("BadRow returned");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "units.tsv:3: expected 5 columns");
  }
}

// The message ClaimLexicon::Load throws for the claim lexicon files `files` (name -> text,
// read through MIZAN_LEXICON_DIR); "" when it loads.
std::string ClaimLoadError(const std::map<std::string, std::string>& files) {
  return testing::LexiconLoadError(files, [] { ClaimLexicon::Load(); });
}

TEST_CASE("a typo in a claim lexicon's kind column fails the load, naming file and row",
          "[lexicon][claims]") {
  // One row of each file, in the shape of the real ones.
  const std::map<std::string, std::string> good = {
      {"units.tsv", "# lemma\tunit\tcategory\tplurals\tpredicate\nجندي\tsoldier\tpeople\tجنود\t-\n"},
      {"place_parents.tsv", "kursk\trussia\n"},
      {"places.tsv", "روسيا\trussia\tcountry\trussia\nكورسك\tkursk\tregion\trussia\n"},
      {"predicates.tsv", "نشر\tdeployed\tno\tno\t*\nقتل\tkilled\tyes\tyes\tpeople|other\n"},
      {"claim_cues.tsv", "في\tplace_prep\n"},
      {"domestic_bodies.tsv", "health_ministry\n"},
      {"events.tsv", "هجوم\tattack\n"},
      {"measured_nouns.tsv", "عجز\tdeficit\n"},
      {"predicate_rewrites.tsv", "deployed\tnot_unit_category\tpeople\tkilled\n"},
      {"outward_predicates.tsv", "deployed\n"},
      {"incident_places.tsv", "قرية\ttown_noun\n"}};
  REQUIRE(ClaimLoadError(good).empty());

  std::map<std::string, std::string> files = good;
  files["units.tsv"] = "# lemma\tunit\tcategory\tplurals\tpredicate\nجندي\tsoldier\tpeople\t-\t-\n"
                       "دبابة\ttank\tmaterial\t-\t-\n";
  CHECK(ClaimLoadError(files) == "units.tsv:3: unknown category material");

  files = good;
  files["places.tsv"] = "روسيا\trussia\tcountry\trussia\nكورسك\tkursk\tregoin\trussia\n";
  CHECK(ClaimLoadError(files) == "places.tsv:2: unknown place kind regoin");

  files = good;
  files["claim_cues.tsv"] = "في\tplace_prep\nإن\tcomplementiser\n";
  CHECK(ClaimLoadError(files) == "claim_cues.tsv:2: unknown cue role complementiser");

  files = good;
  files["predicates.tsv"] = "نشر\tdeployed\tno\tno\t*\nقتل\tkilled\tyes\tyse\t*\n";
  CHECK(ClaimLoadError(files) == "predicates.tsv:2: casualty must be yes or no");
  files["predicates.tsv"] = "نشر\tdeployed\tno\tno\t*\nقتل\tkilled\tyes\tyes\n";
  CHECK(ClaimLoadError(files) == "predicates.tsv:2: expected 5 columns");

  files = good;
  files["measured_nouns.tsv"] = "عجز\tdeficit\nدين\n";
  CHECK(ClaimLoadError(files) == "measured_nouns.tsv:2: expected 2 columns");
  // The kinds column: categories of units.tsv or share, |-separated, or *.
  files["predicates.tsv"] = "نشر\tdeployed\tno\tno\t*\nقتل\tkilled\tyes\tyes\tpeople|persons\n";
  CHECK(ClaimLoadError(files) == "predicates.tsv:2: unknown kind persons");
  files["predicates.tsv"] = "نشر\tdeployed\tno\tno\t*\nقتل\tkilled\tyes\tyes\t\n";
  CHECK(ClaimLoadError(files) == "predicates.tsv:2: no kinds (* for any)");
  // share is a kind of count, not a unit's category.
  files = good;
  files["units.tsv"] = "جندي\tsoldier\tpeople\t-\t-\nنسبة\tratio\tshare\t-\t-\n";
  CHECK(ClaimLoadError(files) == "units.tsv:2: share is the kind of percents and fractions, not a unit's");
  // One family, one flag: a second surface of killed that is no casualty is a typo.
  files = good;
  files["predicates.tsv"] = "قتل\tkilled\tyes\tyes\t*\nمقتل\tkilled\tyes\tno\t*\n";
  CHECK(ClaimLoadError(files) == "predicates.tsv:2: casualty differs from an earlier row of killed");
}

TEST_CASE("a typo in predicate_rewrites.tsv or outward_predicates.tsv fails the load",
          "[lexicon][claims]") {
  const std::map<std::string, std::string> good = {
      {"units.tsv", "جندي\tsoldier\tpeople\t-\t-\nدبابة\ttank\tmateriel\t-\t-\n"},
      {"place_parents.tsv", "kursk\trussia\n"},
      {"places.tsv", "روسيا\trussia\tcountry\trussia\nكورسك\tkursk\tregion\trussia\n"},
      {"predicates.tsv", "نشر\tdeployed\tno\tno\t*\nأرسل\tsupplied\tno\tno\t*\nقتل\tkilled\tyes\tyes\t*\n"},
      {"claim_cues.tsv", "في\tplace_prep\n"},
      {"domestic_bodies.tsv", "health_ministry\n"},
      {"events.tsv", "هجوم\tattack\n"},
      {"measured_nouns.tsv", "عجز\tdeficit\n"},
      {"predicate_rewrites.tsv",
       "# family\twhen\targument\tbecomes\n"
       "deployed\tnot_unit_category\tpeople\tsupplied\n"
       "deployed\tunit\ttank\tsupplied\n"
       "killed\tdisease_near\t-\t-\n"
       "supplied\talways\t-\tdeployed\n"},
      {"outward_predicates.tsv", "supplied\n"},
      {"incident_places.tsv", "قرية\ttown_noun\n"}};
  REQUIRE(ClaimLoadError(good).empty());
  const std::vector<std::pair<std::string, std::string>> typos = {
      {"deployed\tnot_unit_category\tpeople\tsuplied\n",
       "predicate_rewrites.tsv:1: unknown predicate family suplied"},
      {"deploy\tunit\ttank\tsupplied\n",
       "predicate_rewrites.tsv:1: unknown predicate family deploy"},
      {"deployed\tunit_kind\ttank\tsupplied\n", "predicate_rewrites.tsv:1: unknown condition unit_kind"},
      {"deployed\tunit\ttanks\tsupplied\n", "predicate_rewrites.tsv:1: unknown unit tanks"},
      {"deployed\tunit_category\tperson\tsupplied\n",
       "predicate_rewrites.tsv:1: unknown category person"},
      {"deployed\talways\tpeople\tsupplied\n",
       "predicate_rewrites.tsv:1: condition always takes no argument (-)"},
      {"deployed\talways\t-\n", "predicate_rewrites.tsv:1: expected 4 columns"}};
  for (const auto& [row, message] : typos) {
    std::map<std::string, std::string> files = good;
    files["predicate_rewrites.tsv"] = row;
    CHECK(ClaimLoadError(files) == message);
  }
  std::map<std::string, std::string> files = good;
  files["outward_predicates.tsv"] = "supplied\nfird\n";
  CHECK(ClaimLoadError(files) == "outward_predicates.tsv:2: unknown predicate family fird");
}

TEST_CASE("months.tsv is read once, every month 1-12 named", "[lexicon]") {
  const std::vector<MonthName> months = LoadMonthNames();
  std::map<int, int> names_of_month;
  for (const MonthName& m : months) ++names_of_month[m.month];
  CHECK(names_of_month.size() == 12);
  CHECK(names_of_month.begin()->first == 1);
  CHECK(names_of_month.rbegin()->first == 12);
}

TEST_CASE("a lexicon error says which copy of the files was read", "[lexicon]") {
  const std::filesystem::path dir = testing::ScratchDir("mizan_lexicon_context_test");
  std::filesystem::create_directories(dir);  // empty: the first file read is missing
  setenv("MIZAN_LEXICON_DIR", dir.c_str(), 1);
  std::string message;
  try {
    Lexicons::Load();
  } catch (const Error& e) {
    message = e.what();
  }
  unsetenv("MIZAN_LEXICON_DIR");
  std::filesystem::remove_all(dir);
  CHECK(message.rfind("cannot read lexicon " + dir.string() + "/", 0) == 0);
  CHECK(message.find("\n  while loading the lexicons from MIZAN_LEXICON_DIR=" + dir.string()) !=
        std::string::npos);
}

TEST_CASE("every id of the claim lexicons' vocabularies parses", "[lexicon][claims]") {
  for (const char* id : {"people", "materiel", "measure", "money", "other", "share"}) {
    CHECK(ParseUnitCategory(id).has_value());
  }
  CHECK(ParseUnitCategory("People") == std::nullopt);  // ids are exact
  CHECK(ParsePlaceKind("homograph") == PlaceKind::kHomograph);
  CHECK(ParsePlaceKind("nisba") == PlaceKind::kNisba);
  CHECK(ParseCueRole("verb_if_initial") == CueRole::kVerbIfInitial);
  CHECK(ParseCueRole("place_prep") == CueRole::kPlacePrep);
  CHECK_FALSE(ParseCueRole(""));
}

}  // namespace
}  // namespace mizan
