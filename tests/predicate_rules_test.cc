// Predicate rules as data (issue 11): the rewrites of predicate_rewrites.tsv (what is counted,
// or a disease near it, shows another event) and the outward families of
// outward_predicates.tsv (an agent country is not the place of what it sends out), each read
// through the real pipeline, and shown to come from the files: without them the rules are off.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/extract.h"
#include "lexicon_scratch.h"

namespace mizan {
namespace {

// The single quantity claim of `text` read with `lexicons`.
Claim OnlyClaim(const std::string& text, const Lexicons& lexicons = Lexicons::Default()) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.published = "2025-01-15";
  Extraction x = ExtractDocument(doc, lexicons);
  INFO(text);
  REQUIRE(x.claims.size() == 1);
  return x.claims[0];
}

struct RewriteCase {
  const char* text;
  const char* predicate;  // after the rewrites
};

TEST_CASE("predicate_rewrites.tsv: each row, and the same verb where it does not apply",
          "[lexicon][claims]") {
  const std::vector<RewriteCase> cases = {
      // deployed, not_unit_category people -> supplied
      {"North Korea sent 5,000 shells to Russia.", "supplied"},
      {"North Korea sent 3,000 troops to Russia.", "deployed"},
      // deployed, unit migrant -> crossed
      {"وصل 900 مهاجر إلى لامبيدوزا.", "crossed"},
      // wounded, disease_near -> infected
      {"أصيب 300 طفل بالملاريا في الإقليم.", "infected"},
      {"أصيب 300 شخص بجروح في الهجوم.", "wounded"},
      // obtained, unit vote|seat -> won; any other unit -> no predicate
      {"حصل الحزب على 89 مقعدا.", "won"},
      {"حصل الحزب على 89 مليون دولار.", ""},
      // exported, unit_category people -> no predicate ("صدر" is also "was issued")
      {"صدرت الحكومة 300 عامل إلى الخارج.", ""},
      {"صدرت مصر 300 ألف طن من البرتقال.", "exported"},
  };
  for (const RewriteCase& c : cases) {
    INFO(c.text);
    CHECK(OnlyClaim(c.text).predicate == c.predicate);
  }
}

TEST_CASE("outward_predicates.tsv: an agent country is not where what it sends out lands",
          "[lexicon][claims]") {
  CHECK(OnlyClaim("صدرت مصر 300 ألف طن من البرتقال.").place == "egypt");
  CHECK(OnlyClaim("Egypt imported 2 million tonnes of wheat.").place == "egypt");
  CHECK(OnlyClaim("Egypt supplied 2 million tonnes of wheat.").place.empty());
  CHECK(OnlyClaim("Russia fired 12 missiles at the city.").place.empty());
  const ClaimLexicon::Tables& t = Lexicons::Default().claims.tables();
  for (const char* family : {"fired", "supplied", "deployed", "intercepted", "joined",
                             "territory_controlled", "captured", "members"}) {
    CHECK(t.outward_predicates.count(family) == 1);
  }
}

TEST_CASE("the predicate rules are the files': emptied, no rewrite and no outward family",
          "[lexicon][claims]") {
  const Lexicons bare = testing::LexiconsWith(
      {{"predicate_rewrites.tsv", "# no rows\n"}, {"outward_predicates.tsv", "# no rows\n"}});
  CHECK(OnlyClaim("North Korea sent 5,000 shells to Russia.", bare).predicate == "deployed");
  CHECK(OnlyClaim("حصل الحزب على 89 مقعدا.", bare).predicate == "obtained");
  CHECK(OnlyClaim("Egypt supplied 2 million tonnes of wheat.", bare).place == "egypt");
}

}  // namespace
}  // namespace mizan
