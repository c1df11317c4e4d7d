// Events inside an article (issue 12): a figure of a background event the article recalls is
// anchored to that event (Claim::event), the article's own figures keep "". Every sentence is
// written for this test.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "core/extract.h"
#include "core/lexicon.h"
#include "core/text.h"

namespace mizan {
namespace {

// The claim of the document whose numeral is written `numeral`.
Claim ClaimOf(const std::string& text, const std::string& published, const std::string& numeral,
              const std::string& language = "") {
  Document doc;
  doc.id = "d";
  doc.text = text;
  doc.published = published;
  doc.language = language;
  const Extraction x = ExtractDocument(doc, Lexicons::Default());
  for (const Claim& c : x.claims) {
    const NumberMention& m = x.mentions[c.mention];
    if (text.substr(m.span.begin, m.span.size()) == numeral) return c;
  }
  FAIL("no claim for " << numeral);
  return Claim{};
}

TEST_CASE("a recalled past event anchors its figures", "[events]") {
  const std::string ar =
      "قتل 15 شخصا في تفجير مسجد أمس. ويذكر أن 21 شخصا قتلوا في تفجير مماثل في مايو الماضي. "
      "وفي تفجير العام الماضي الذي أسفر عن مقتل 8 أشخاص اعتقل المنفذون.";
  CHECK(ClaimOf(ar, "2015-08-07", "15").event == "");
  CHECK(ClaimOf(ar, "2015-08-07", "21").event == "bombing|2015-05|");
  CHECK(ClaimOf(ar, "2015-08-07", "8").event == "bombing|2014|");
  const std::string en =
      "A bomb killed 15 people in Kabul on Thursday. An attack last year that killed 21 people "
      "was claimed by the same group. In March, an earthquake in Turkey killed 40 people.";
  CHECK(ClaimOf(en, "2015-08-07", "15", "en").event == "");
  CHECK(ClaimOf(en, "2015-08-07", "21", "en").event == "attack|2014|");
  CHECK(ClaimOf(en, "2015-08-07", "40", "en").event == "earthquake|2015-03|turkey");
}

TEST_CASE("no anchor where the text does not say the figure is another event's", "[events]") {
  // A past date with no event noun next to it: a past statistic, not a recalled event.
  CHECK(ClaimOf("صدرت الشركة 500 طن العام الماضي.", "2015-08-07", "500").event == "");
  // The event noun is the counted noun itself.
  CHECK(ClaimOf("خاض الفريق 4 مواجهات ودية العام الماضي.", "2015-08-07", "4").event == "");
  // The event of this week: recent, the article's own.
  CHECK(ClaimOf("Police said 12 people were killed in an attack on Monday.", "2015-08-07", "12", "en").event ==
        "");
  // No publication date: nothing is past.
  CHECK(ClaimOf("An attack last year killed 21 people.", "", "21", "en").event == "");
}

TEST_CASE("events.tsv: two columns, known classes, unique surfaces", "[events][lexicon]") {
  const std::set<std::string> classes{"attack",   "bombing", "explosion", "airstrike", "shelling",
                                      "shooting", "clash",   "massacre",  "earthquake", "flood",
                                      "storm",    "fire",    "accident",  "crash",     "stampede",
                                      "collapse", "epidemic", "war"};
  std::set<std::string> seen;
  for (const LexiconRow& row : LoadLexicon("events.tsv")) {
    INFO("events.tsv line " << row.line);
    REQUIRE(row.fields.size() == 2);
    CHECK(classes.count(row.fields[1]) == 1);
    CHECK(seen.insert(FoldForMatch(row.fields[0])).second);
  }
}

}  // namespace
}  // namespace mizan
