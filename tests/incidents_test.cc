// Incidents inside a story (issue 12): the town a number's clause names (Claim::incident)
// tells a story's several incidents apart, and alignment keeps claims of different incident
// places in different slots. Every sentence is written for this test.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/extract.h"
#include "core/lexicon.h"
#include "claim_of.h"
#include "core/text.h"
#include "lexicon_scratch.h"
#include "scoring/align.h"

namespace mizan {
namespace {

// The claim of an article published on 2015-07-26 whose numeral is written `numeral`.
Claim ClaimOf(const std::string& text, const std::string& numeral, const std::string& language = "") {
  return testing::ClaimOf(text, "2015-07-26", numeral, language);
}

TEST_CASE("issue12: the incident place is the town named nearest the number in its clause", "[incident]") {
  struct Case {
    const char* text;
    const char* numeral;
    const char* language;
    std::string incident;  // in the match form (FoldForMatch: ة -> ه)
    bool region;
  };
  const Case cases[] = {
      // After a settlement noun, with or without a proclitic; the name need not be known.
      {"قتل 13 شخصا في هجوم انتحاري على سوق في مدينة ماروا.", "13", "", "ماروا", false},
      {"أصيب 11 شخصا عندما هاجم مسلحون قرية كمونة.", "11", "", "كمونه", false},
      {"فجر انتحاري نفسه في سوق بمدينة مايدوجوري مما أدى إلى مقتل 6 أشخاص.", "6", "", "مايدوجوري", false},
      // After "near", past another place noun.
      {"حرر الجيش 30 رهينة قرب ديكوا.", "30", "", "ديكوا", false},
      {"أعلن الجيش تحرير 59 رهينة قرب مدينة كوندوغا.", "59", "", "كوندوغا", false},
      // A city of the place lexicon in a locative phrase; a country is the claim's place, not this.
      {"قتل 15 شخصا في كابول.", "15", "", "kabul", false},
      {"قتل 23 شخصا في أفغانستان.", "23", "", "", false},
      // A province when no town is named; a town before the province that holds it.
      {"قتل 21 شخصا في هجوم تبنته حركة طالبان في ولاية قندوز.", "21", "", "قندوز", true},
      {"استهدف الهجوم المصلين بقرية الدالوة بمحافظة الأحساء وتم ضبط 97 موقوفا.", "97", "", "الدالوه", false},
      // Where the words were said is not where it happened: a quotation or a complementizer
      // ends the clause, and so does a word that opens another clause.
      {"وقال رئيس الوزراء في مؤتمر صحافي في أنقرة \"أوقف 590 شخصا\".", "590", "", "", false},
      {"وعين القائد في احتفال في أبوجا فيما قتل 8 أشخاص في هجوم.", "8", "", "", false},
      // A noun after "near" that names no place.
      {"قتل 5 أشخاص قرب مكان الانفجار.", "5", "", "", false},
      // English: after "near", before an event noun, not a capital that only opens a sentence.
      {"A passenger train left the tracks near Harwick on Saturday, killing 6 people.", "6", "en", "harwick", false},
      {"It was the worst accident since the 2019 Selby Cross collision, which killed 23 people.", "23", "en",
       "selby cross", false},
      {"The Harwick derailment killed 11 people.", "11", "en", "harwick", false},
      {"Flash floods killed 12 people on Monday.", "12", "en", "", false},
      {"Saturday's derailment killed 14 people.", "14", "en", "", false},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const Claim claim = ClaimOf(c.text, c.numeral, c.language);
    CHECK(claim.incident == c.incident);
    CHECK(claim.incident_region == c.region);
  }
}

TEST_CASE("issue12: incident_places.tsv: known roles, unique surfaces", "[incident][lexicon]") {
  std::set<std::string> seen;
  for (const LexiconRow& row : LoadLexicon("incident_places.tsv")) {
    INFO("incident_places.tsv line " << row.line);
    REQUIRE(row.fields.size() == 2);
    CHECK((row.fields[1] == "town_noun" || row.fields[1] == "region_noun" || row.fields[1] == "near" ||
           row.fields[1] == "not_name" || row.fields[1] == "clause_break"));
    CHECK(seen.insert(FoldForMatch(row.fields[0])).second);
  }
  const std::string why = testing::LexiconLoadError(
      {{"units.tsv", "جندي\tsoldier\tpeople\t-\t-\n"},
       {"place_parents.tsv", "kursk\trussia\n"},
       {"places.tsv", "روسيا\trussia\tcountry\trussia\n"},
       {"predicates.tsv", "قتل\tkilled\tyes\tyes\t*\n"},
       {"claim_cues.tsv", "في\tplace_prep\n"},
       {"domestic_bodies.tsv", "health_ministry\n"},
       {"events.tsv", "هجوم\tattack\n"},
       {"measured_nouns.tsv", "عجز\tdeficit\n"},
       {"predicate_rewrites.tsv", "# none\n"},
       {"outward_predicates.tsv", "# none\n"},
       {"incident_places.tsv", "قرية\ttown_noun\nقرب\tnear_by\n"}},
      [] { ClaimLexicon::Load(); });
  CHECK(why == "incident_places.tsv:2: unknown role near_by");
}

ScoreClaim Killed(std::string doc, int n, double value, std::string date, std::string incident,
                  bool region = false) {
  ScoreClaim c;
  c.id = doc + "#" + std::to_string(n);
  c.doc = std::move(doc);
  c.unit = c.counted = "person";
  c.predicate = "killed";
  c.cumulative = true;
  c.story = "story-1";
  c.value = NumericValue{value, value, Qualifier::kExact};
  c.time = c.time_start = *DaysFromIso(date);
  c.time_label = date;
  c.origins = {"origin-" + c.doc};
  c.incident = std::move(incident);
  c.incident_region = region;
  return c;
}

AlignOptions Options() {
  AlignOptions o;
  o.places = &PlaceHierarchy::Default();
  return o;
}

TEST_CASE("issue12: claims of different incident places of one story are different slots", "[incident][align]") {
  // Two attacks of one insurgency, on two days, with tolls the key cannot tell apart (13
  // and 14 overlap as soft intervals), and claims that name no town.
  std::vector<ScoreClaim> claims = {
      Killed("a", 1, 13, "2015-07-22", "ماروا"),   Killed("b", 1, 13, "2015-07-23", "ماروا"),
      Killed("c", 1, 14, "2015-07-26", "داماتورو"), Killed("c", 2, 14, "2015-07-26", ""),
      Killed("d", 1, 13, "2015-07-24", ""),
  };
  const Alignment a = Align(claims, Options());
  CHECK(a.claims[0].slot == a.claims[1].slot);
  CHECK(a.claims[0].slot != a.claims[2].slot);
  // A claim that names no town joins its article's incident ...
  CHECK(a.claims[3].slot == a.claims[2].slot);
  // ... else the incident with the most claims: the unanchored keep their company.
  CHECK(a.claims[4].slot == a.claims[0].slot);

  // Without the towns, today's behaviour: one slot.
  for (ScoreClaim& c : claims) c.incident.clear();
  const Alignment none = Align(claims, Options());
  CHECK(none.claims[0].slot == none.claims[2].slot);
}

TEST_CASE("issue12: one town and one province may be one place, several provinces are not", "[incident][align]") {
  std::vector<ScoreClaim> claims = {
      Killed("a", 1, 15, "2015-07-22", "cairo"),
      Killed("b", 1, 15, "2015-07-22", "الجيزه", true),
  };
  const Alignment one = Align(claims, Options());
  CHECK(one.claims[0].slot == one.claims[1].slot);

  claims.push_back(Killed("c", 1, 16, "2015-07-22", "قندوز", true));
  const Alignment three = Align(claims, Options());
  CHECK(three.claims[0].slot != three.claims[1].slot);
  CHECK(three.claims[1].slot != three.claims[2].slot);
  CHECK(three.claims[0].slot != three.claims[2].slot);

  // Two towns: towns split, the province's claim joins the main incident.
  claims[2].incident = "kabul";
  claims[2].incident_region = false;
  claims.push_back(Killed("d", 1, 15, "2015-07-22", "cairo"));
  const Alignment towns = Align(claims, Options());
  CHECK(towns.claims[0].slot == towns.claims[3].slot);
  CHECK(towns.claims[0].slot != towns.claims[2].slot);
  CHECK(towns.claims[1].slot == towns.claims[0].slot);
}

}  // namespace
}  // namespace mizan
