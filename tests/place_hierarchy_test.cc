// core/place_hierarchy: the one containment relation, built from the place lexicons and
// handed to scoring (issue 11: alignment used to load every lexicon to learn it).
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "core/claims.h"
#include "core/lexicon.h"
#include "core/place_hierarchy.h"

namespace mizan {
namespace {

using Views = std::vector<std::string_view>;

TEST_CASE("place rows: the explicit table first, then capitals, cities and regions",
          "[lexicon][place]") {
  const PlaceHierarchy h = PlaceHierarchy::FromRows(
      ParseLexicon("kursk\tkursk_oblast\nkursk_oblast\trussia\n"),
      ParseLexicon("كورسك\tkursk\tcity\trussia\n"        // the explicit row is finer: kept
                   "موسكو\tmoscow\tcapital\trussia\n"
                   "روسيا\trussia\tcountry\trussia\n"    // a country has no container
                   "روسي\trussia\tnisba\trussia\n"       // nor does a nisba add one
                   "سنغافورة\tsingapore\tcity\tsingapore\n"));  // a city-state: not its own
  CHECK(h.Containers("kursk") == Views{"kursk_oblast", "russia"});
  CHECK(h.Containers("moscow") == Views{"russia"});
  CHECK(h.Containers("russia").empty());
  CHECK(h.Containers("singapore").empty());
  CHECK(h.LiesWithin("kursk", "russia"));
  CHECK_FALSE(h.LiesWithin("russia", "russia"));
  CHECK_FALSE(h.LiesWithin("russia", "kursk"));
}

TEST_CASE("a cycle in the place rows stops after eight steps", "[place]") {
  const PlaceHierarchy h({{"a", "b"}, {"b", "a"}});
  CHECK(h.Containers("a") == Views{"b", "a", "b", "a", "b", "a", "b", "a"});
}

TEST_CASE("a malformed place row names its file and line", "[lexicon][place]") {
  CHECK_THROWS_WITH(PlaceHierarchy::FromRows(ParseLexicon("kursk\n"), {}),
                    "place_parents.tsv:1: expected 2 columns");
  const std::vector<LexiconRow> typo = ParseLexicon("# x\nكورسك\tkursk\tcitty\trussia\n");
  CHECK_THROWS_WITH(PlaceHierarchy::FromRows({}, typo), "places.tsv:2: unknown place kind citty");
}

TEST_CASE("claims and scoring share one place hierarchy", "[lexicon][place]") {
  const ClaimLexicon lexicon = ClaimLexicon::Load();
  CHECK(lexicon.tables().place_hierarchy.parents() == PlaceHierarchy::Default().parents());
  CHECK(PlaceHierarchy::Default().LiesWithin("nairobi", "kenya"));
}

}  // namespace
}  // namespace mizan
