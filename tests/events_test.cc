// Events inside an article (issue 12): a figure of a background event the article recalls is
// anchored to that event (Claim::event), the article's own figures keep "". Every sentence is
// written for this test.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "core/extract.h"
#include "core/lexicon.h"
#include "claim_of.h"
#include "core/text.h"

namespace mizan {
namespace {

using testing::ClaimOf;

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

TEST_CASE("a figure placed in an earlier period is a background figure without an event noun",
          "[events]") {
  // No event noun: the neutral class, so that the same past figure recalled elsewhere aligns.
  CHECK(ClaimOf("صدرت الشركة 500 طن العام الماضي.", "2015-08-07", "500").event == "past|2014|");
  // The event noun is the counted noun itself, not the figure's event.
  CHECK(ClaimOf("خاض الفريق 4 مواجهات ودية العام الماضي.", "2015-08-07", "4").event == "past|2014|");
  // A fee paid last summer: a season that ended before publication spans months (the year).
  CHECK(ClaimOf("وانضم اللاعب إلى النادي الصيف الماضي مقابل 75 مليون يورو.", "2015-07-25", "75 مليون").event ==
        "past|2014|");
  // A count without a predicate, dated a day more than a week back.
  CHECK(ClaimOf("وفي 5 يوليو الحالي أبحرت السفينة وعلى متنها 37 فردا.", "2015-07-23", "37").event ==
        "past|2015-07|");
  // The neutral anchor has no place: other articles recalling the figure often name none.
  CHECK(ClaimOf("In March 2014, the plane carried 239 people to Beijing.", "2015-07-31", "239", "en").event ==
        "past|2014-03|");
  CHECK(ClaimOf("The club paid 30 million euros for him in 2013.", "2015-08-07", "30 million", "en").event ==
        "past|2013|");
  // An event noun farther from the time than the noun-next-to-time rule allows still names
  // the class ("The floods are the worst ... since 2011, when 38 died").
  CHECK(ClaimOf("The floods are the worst in the valley since 2011, when 38 people died.", "2026-03-09",
                "38", "en")
            .event == "flood|2011|");
}

TEST_CASE("a running total dated in the past is the story's own unless old or named", "[events]") {
  // An earlier state of the story's own total: no event noun, less than a year back.
  CHECK(ClaimOf("North Korea deployed 12000 troops to Russia last autumn.", "2025-04-28", "12000", "en")
            .event == "");
  // Over a year back, with no event noun: still another period's figure.
  CHECK(ClaimOf("In 2011, 38 people were killed in the valley.", "2026-03-09", "38", "en").event ==
        "past|2011|");
  // An event noun names it.
  CHECK(ClaimOf("وفي غارة في مايو الماضي قتل 12 شخصا.", "2015-08-07", "12").event == "airstrike|2015-05|");
}

TEST_CASE("a date of an earlier coordinated clause is not the figure's", "[events]") {
  CHECK(ClaimOf("وهو أضعف أداء منذ الأزمة المالية عام 2008، وهبط الخام 1.71 دولار.", "2015-08-04",
                "1.71")
            .event == "");
  // A fronted date before a comma is the figure's.
  CHECK(ClaimOf("خلال العام الماضي، بلغت الموافقات 68 ألفا.", "2015-07-31", "68 ألفا").event == "past|2014|");
}

TEST_CASE("sinking, capsizing and derailment are event nouns", "[events]") {
  CHECK(ClaimOf("وفي غرق عبارة في مايو الماضي قتل 12 شخصا.", "2015-08-07", "12").event ==
        "sinking|2015-05|");
  CHECK(ClaimOf("A capsizing last year killed 30 people.", "2015-08-07", "30", "en").event ==
        "capsize|2014|");
  CHECK(ClaimOf("A derailment in March killed 7 people.", "2015-08-07", "7", "en").event ==
        "derailment|2015-03|");
}

TEST_CASE("no anchor where the text does not date the figure in the past", "[events]") {
  // No time expression of its own: the article's figure.
  CHECK(ClaimOf("صدرت الشركة 500 طن.", "2015-08-07", "500").event == "");
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
                                      "collapse", "epidemic", "war",     "sinking",   "capsize",
                                      "derailment", "coup"};
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
