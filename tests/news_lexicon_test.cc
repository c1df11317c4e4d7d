// The general-news rows of the claim and attribution lexicons (units.tsv, predicates.tsv,
// places.tsv, claim_cues.tsv, sources.tsv, hedges.tsv, cues.tsv): counted nouns, event verbs
// and masdars, places, humanitarian and state bodies of news beyond the seed story, each read
// through the real pipeline on a short sentence of its own.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/attribution.h"
#include "core/extract.h"

namespace mizan {
namespace {

// The single quantity claim of `text` (the test sentences hold one number).
Claim OnlyClaim(const std::string& text) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.published = "2025-01-15";
  Extraction x = ExtractDocument(doc, Lexicons::Default());
  INFO(text);
  REQUIRE(x.claims.size() == 1);
  return x.claims[0];
}

std::string NameOf(std::string_view phrase) {
  std::vector<SourceHop> hops = ReadSourcePhrase(phrase, Lexicons::Default().attribution);
  return hops.empty() ? "" : hops[0].name;
}

struct UnitCase {
  const char* text;
  const char* unit;
  const char* predicate;
};

TEST_CASE("general news: counted nouns and event families, Arabic", "[lexicon][news]") {
  const std::vector<UnitCase> cases = {
      {"اعتقلت الشرطة 40 متظاهرا.", "protester", "arrested"},
      {"أفرجت السلطات عن 300 سجين.", "prisoner", "released"},
      {"أجلت السلطات 500 أسرة.", "family", "evacuated"},
      {"فقد 12 صيادا في البحر.", "fisherman", "missing"},
      {"أنقذ خفر السواحل 85 مهاجرا.", "migrant", "rescued"},
      {"انتشلت فرق الدفاع المدني 14 جثة.", "person", "killed"},
      {"لقي 35 شخصا حتفهم في الفيضانات.", "person", "killed"},
      {"خصصت الحكومة 3 مليارات دولار للإعمار.", "usd", "allocated"},
      {"أنفقت البلدية 800 مليون درهم.", "dirham", "spent"},
      {"فاز الحزب بـ 89 مقعدا.", "seat", "won"},
      {"أدلى 9 ملايين ناخب بأصواتهم.", "voter", "voted"},
      {"وتظاهر 20 ألف شخص في الشوارع.", "person", "protested"},
      {"ستسرح الشركة 1200 عامل.", "worker", "lost"},
      {"خطف مسلحون 25 تلميذا.", "student", "kidnapped"},
  };
  for (const UnitCase& c : cases) {
    Claim claim = OnlyClaim(c.text);
    INFO(c.text);
    CHECK(claim.unit == c.unit);
    CHECK(claim.predicate == c.predicate);
  }
}

TEST_CASE("general news: counted nouns and event families, English", "[lexicon][news]") {
  const std::vector<UnitCase> cases = {
      {"Police arrested 230 protesters.", "protester", "arrested"},
      {"Twelve people are still missing after the landslide.", "person", "missing"},
      {"The coast guard rescued 112 migrants.", "migrant", "rescued"},
      {"More than 4 million children have been vaccinated.", "child", "vaccinated"},
      {"The government allocated $2.5 billion for reconstruction.", "usd", "allocated"},
      {"The ruling party won 142 seats.", "seat", "won"},
      {"About 5,000 people marched through the capital.", "person", "protested"},
      {"The United States deported 1,800 people.", "person", "deported"},
      {"More than 1,500 migrants crossed the Channel.", "migrant", "crossed"},
      {"The carmaker will cut 8,000 jobs.", "job", "lost"},
      {"Wildfires have burned 12,000 hectares.", "hectare", "burned"},
      {"Health officials recorded 2,300 cholera cases.", "case", "infected"},
      {"Gunmen kidnapped 40 students.", "student", "kidnapped"},
      {"The club sold 1.5 million tickets.", "ticket", "sold"},
  };
  for (const UnitCase& c : cases) {
    Claim claim = OnlyClaim(c.text);
    INFO(c.text);
    CHECK(claim.unit == c.unit);
    CHECK(claim.predicate == c.predicate);
  }
}

TEST_CASE("general news: places off coasts and in streets", "[lexicon][news]") {
  CHECK(OnlyClaim("أنقذ خفر السواحل 85 مهاجرا قبالة سواحل ليبيا.").place == "libya");
  CHECK(OnlyClaim("The coast guard rescued 112 migrants off the coast of Libya.").place == "libya");
  CHECK(OnlyClaim("About 5,000 people marched through central Paris.").place == "paris");
  CHECK(OnlyClaim("The US deported 1,800 people to Guatemala.").place == "guatemala");
}

TEST_CASE("general news: humanitarian and state bodies have stable names", "[lexicon][news]") {
  CHECK(NameOf("UNICEF") == "unicef");
  CHECK(NameOf("اليونيسف") == "unicef");
  CHECK(NameOf("the UN refugee agency") == "unhcr");
  CHECK(NameOf("المفوضية السامية للأمم المتحدة لشؤون اللاجئين") == "unhcr");
  CHECK(NameOf("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية") == "ocha");
  CHECK(NameOf("the International Organization for Migration") == "iom");
  CHECK(NameOf("المنظمة الدولية للهجرة") == "iom");
  CHECK(NameOf("الهلال الأحمر") == "red_crescent");
  CHECK(NameOf("the Red Cross") == "icrc");
  CHECK(NameOf("منظمة أطباء بلا حدود") == "msf");
  CHECK(NameOf("الدفاع المدني") == "civil_defence");
  CHECK(NameOf("the civil defence") == "civil_defence");
  CHECK(NameOf("the Home Office") == "uk.interior_ministry");
  CHECK(NameOf("the interior ministry") == "interior_ministry");
  CHECK(NameOf("الجيش السوداني") == "sudan.military");
  CHECK(NameOf("وزارة الصحة الفلسطينية") == "palestine.health_ministry");
}

TEST_CASE("general news: cues, fillers and hedges set the stance", "[lexicon][news]") {
  Claim reported = OnlyClaim("ونزح 5 آلاف شخص، بحسب إحصاءات وزارة الصحة.");
  REQUIRE(!reported.attribution.empty());
  CHECK(reported.attribution[0].name == "health_ministry");
  CHECK(reported.stance == Stance::kReported);
  Claim figures = OnlyClaim("Exports fell to 1.2 million barrels, according to figures from the oil ministry.");
  REQUIRE(!figures.attribution.empty());
  CHECK(figures.attribution[0].name == "oil_ministry");
  CHECK(OnlyClaim("It is feared that 40 people were killed in the blast.").stance == Stance::kUnconfirmed);
  CHECK(OnlyClaim("يخشى أن 40 شخصا ما زالوا تحت الأنقاض.").stance == Stance::kUnconfirmed);
}

}  // namespace
}  // namespace mizan
