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

TEST_CASE("general news: a compass noun introduces its place, with or without a preposition", "[lexicon][news]") {
  CHECK(OnlyClaim("أودت السيول التي اجتاحت جنوب إثيوبيا بحياة 60 شخصا.").place == "ethiopia");
  CHECK(OnlyClaim("قتل 7 أشخاص في غارة بشمال شرق سوريا.").place == "syria");
  CHECK(OnlyClaim("نزح 4 آلاف شخص من قراهم وسط الصومال.").place == "somalia");
  CHECK(OnlyClaim("Floods killed 40 people across northern Nigeria.").place == "nigeria");
  CHECK(OnlyClaim("Storms left 18 people dead as they battered southern Italy.").place == "italy");
  CHECK(OnlyClaim("Israeli strikes killed 12 people south of Beirut.").place == "beirut");
  CHECK(OnlyClaim("Officials said 300 troops were sent to East Jerusalem.").place == "jerusalem");
  CHECK(OnlyClaim("Aid agencies evacuated 3,000 families from parts of Somalia.").place == "somalia");
  // A state whose name opens with a compass word is that state, not a part of another.
  CHECK(OnlyClaim("Kim said 10,000 troops came from North Korea.").place == "");
  // A compass word with no place after it names none.
  CHECK(OnlyClaim("قتل 5 جنود وسط اشتباكات عنيفة.").place == "");
}

TEST_CASE("general news: the place an event noun's clause or construct names", "[lexicon][news]") {
  CHECK(OnlyClaim("قتل 300 شخص في الزلزال الذي ضرب تركيا.").place == "turkey");
  CHECK(OnlyClaim("Rescuers found 50 bodies after the earthquake that struck Japan.").place == "japan");
  CHECK(OnlyClaim("شارك 2000 رياضي في بطولة دمشق الدولية.").place == "damascus");
  // Only a city's name stands in such a construct: "إلى جانب أوكرانيا" is no place.
  CHECK(OnlyClaim("يقاتل 1000 متطوع إلى جانب تركيا.").place == "");
  // The relative clause's verb must be one a disaster takes its place with.
  CHECK(OnlyClaim("دمرت 40 دبابة من التي أرسلتها تركيا.").place == "");
}

TEST_CASE("general news: the most specific of a state and a place inside it", "[lexicon][news]") {
  CHECK(OnlyClaim("اعتقلت الشرطة 50 شخصا في العاصمة العراقية بغداد.").place == "baghdad");
  CHECK(OnlyClaim("اعتقلت الشرطة 50 شخصا في العاصمة العراقية.").place == "iraq");
  CHECK(OnlyClaim("Gunmen killed 12 villagers in Syria's Aleppo province.").place == "aleppo");
  CHECK(OnlyClaim("Gunmen killed 12 villagers in Syria's north.").place == "syria");
}

TEST_CASE("general news: a domestic body's country is the place when none is stated",
          "[lexicon][news]") {
  CHECK(OnlyClaim("قالت وزارة الصحة السودانية إن السيول أودت بحياة 12 شخصا في ولاية كسلا.")
            .place == "sudan");
  CHECK(OnlyClaim("Fewer than 300 migrants reached the islands, Spain's interior ministry said.")
            .place == "spain");
  // A stated place wins; bodies that report on other countries lend no place.
  CHECK(OnlyClaim("قالت وزارة الصحة السودانية إن 12 شخصا قتلوا في تشاد.").place == "chad");
  CHECK(OnlyClaim("قالت وزارة الدفاع الروسية إن 300 جندي أوكراني قتلوا.").place.empty());
  CHECK(OnlyClaim("At least 40 people were killed, officials said.").place.empty());
}

TEST_CASE("general news: a country that acts on goods, money or land is the place",
          "[lexicon][news]") {
  CHECK(OnlyClaim("Colombia lost an estimated 79,000 hectares of forest last year.").place ==
        "colombia");
  CHECK(OnlyClaim("وصدّرت مصر أكثر من 1.9 مليون طن من الموالح خلال الموسم الماضي.").place ==
        "egypt");
  // Events that reach out of the country, and people, take no place from it.
  CHECK(OnlyClaim("Russia fired 12 missiles at the city.").place.empty());
  CHECK(OnlyClaim("أرسلت كوريا الشمالية 13 ألف حاوية من الذخيرة.").place.empty());
  CHECK(OnlyClaim("More than 600,000 Russian soldiers have been killed or wounded.").place.empty());
}

TEST_CASE("general news: an accusation makes the figure alleged", "[lexicon][news]") {
  CHECK(OnlyClaim("وقالت الهيئة إن مسؤولين متهمون باختلاس نحو 14 مليار دينار.").stance ==
        Stance::kAlleged);
  CHECK(OnlyClaim("Officials are accused of embezzling $3 million, prosecutors said.").stance ==
        Stance::kAlleged);
}

TEST_CASE("general news: the one place of an earlier clause when the claim's names none",
          "[lexicon][news]") {
  CHECK(OnlyClaim("وأفادت مصادر طبية في محافظة إدلب بأن نحو 300 مريض نقلوا إلى المستشفيات.")
            .place == "idlib");
  // Two places that do not nest: no guess.
  CHECK(OnlyClaim("قال مسؤولون في دمشق بعد اجتماع في بغداد إن 300 شخص قتلوا.").place.empty());
  // A place after the number belongs to another clause.
  CHECK(OnlyClaim("قتل 20 شخصا، لكن الهجوم فشل في شرق أوكرانيا.").place.empty());
  // A membership count has no place of its own.
  CHECK(OnlyClaim("سيرسل خبراء إلى بروكسل، لاطلاع السفراء في التحالف المكون من 32 دولة.")
            .place.empty());
}

TEST_CASE("general news: infection, not wounding, when a disease is near", "[lexicon][news]") {
  CHECK(OnlyClaim("سجلت السلطات الصحية 1200 إصابة بالحصبة.").predicate == "infected");
  CHECK(OnlyClaim("أصيب 300 طفل بالملاريا في الإقليم.").predicate == "infected");
  CHECK(OnlyClaim("أعلنت الوزارة تسجيل 45 إصابة جديدة بفيروس كورونا.").predicate == "infected");
  CHECK(OnlyClaim("أصيب 20 شخصا بجروح في الانفجار.").predicate == "wounded");
  CHECK(OnlyClaim("أصيب 8 جنود في هجوم بطائرة مسيرة.").predicate == "wounded");
  // The nominal frame names the disease before the count.
  CHECK(OnlyClaim("وقدرت المنظمة عدد الإصابات بالحصبة بنحو 15 ألف حالة.").predicate == "infected");
  CHECK(OnlyClaim("سجلت الوزارة ثلاث حالات إصابة جديدة بمتلازمة الشرق الأوسط التنفسية.").predicate ==
        "infected");
}

TEST_CASE("general news: an epidemic bulletin's cured and open cases are facts of their own",
          "[lexicon][news]") {
  // The cured and the still-treated are not the infected or the dead of the same bulletin.
  CHECK(OnlyClaim("وتماثلت 580 حالة للشفاء منذ ظهور المرض.").predicate == "recovered");
  CHECK(OnlyClaim("فيما بلغ عدد حالات الشفاء 583 حالة.").predicate == "recovered");
  CHECK(OnlyClaim("More than 1,200 patients have recovered.").predicate == "recovered");
  CHECK(OnlyClaim("وما زالت 17 حالة تحت العلاج.").predicate == "treated");
  CHECK(OnlyClaim("Another 9 patients remain under treatment.").predicate == "treated");
  CHECK(OnlyClaim("فيما تخضع 9 حالات للعلاج في المستشفى.").predicate == "treated");
  // An infection count in the same frame stays infected.
  CHECK(OnlyClaim("أعلنت الوزارة تسجيل 45 إصابة جديدة بفيروس كورونا.").predicate == "infected");
}

TEST_CASE("general news: a death is a person killed, whatever noun counts it", "[lexicon][news]") {
  // The event noun (وفاة) and the people noun (شخص) of one toll are one counted thing.
  const Claim deaths = OnlyClaim("وتوفي منهم 471 حالة وفاة منذ ظهور المرض.");
  CHECK(deaths.predicate == "killed");
  CHECK(deaths.counted == OnlyClaim("قتل 471 شخصا في الهجوم.").counted);
  // The event noun alone carries its predicate (units.tsv), so a bare death count is one too.
  CHECK(OnlyClaim("وسجلت الوزارة 12 وفاة.").counted == OnlyClaim("قتل 12 شخصا في الهجوم.").counted);
  // Protesters who protest are still protesters.
  CHECK(OnlyClaim("وتظاهر 500 متظاهر أمام البرلمان.").counted == "protester");
}

TEST_CASE("general news: protesters protest, lives are claimed, rescues, sales, job cuts",
          "[lexicon][news]") {
  CHECK(OnlyClaim("وخرج آلاف المحتجين إلى شوارع العاصمة.").predicate == "protested");
  CHECK(OnlyClaim("Hundreds of protesters blocked roads around parliament.").predicate ==
        "protested");
  CHECK(OnlyClaim("ونظم مئات الأطباء وقفة احتجاجية أمام الوزارة.").predicate == "protested");
  CHECK(OnlyClaim("وقالت الوزارة إن السيول أودت بحياة 12 شخصا.").predicate == "killed");
  CHECK(OnlyClaim("أعلنت السلطات إنقاذ 130 مهاجرا قبالة الجزيرة.").predicate == "rescued");
  CHECK(OnlyClaim("A painting fetched $34.9 million at an auction.").predicate == "sold");
  CHECK(OnlyClaim("The maker will close its plant, cutting 2,000 jobs.").predicate == "lost");
  CHECK(OnlyClaim("واحتشد عشرات الآلاف من أنصار الحزب في العاصمة.").predicate == "protested");
  CHECK(OnlyClaim("واستقطب المهرجان 85 ألف زائر هذا العام.").predicate == "attended");
  CHECK(OnlyClaim("يحتاج نحو مليوني شخص إلى مساعدات عاجلة.").predicate == "in_need");
  CHECK(OnlyClaim("Hundreds of families were left homeless after the floods.").predicate ==
        "displaced");
  CHECK(OnlyClaim("أنقذت القوات 200 من المختطفين في الغابة.").unit == "hostage");
  CHECK(OnlyClaim("جندت الجماعة أكثر من 400 قاصر.").unit == "child");
  // A multi-word unit outranks its first word: fighter jets are aircraft, not fighters.
  CHECK(OnlyClaim("The air force will buy 48 fighter jets.").unit == "aircraft");
}

TEST_CASE("general news: verbs with two readings", "[lexicon][news]") {
  // صدر: exported with goods, never with people ("صدر" is also "was issued").
  CHECK(OnlyClaim("وصدرت البلاد 3 ملايين طن من القمح.").predicate == "exported");
  // حصل ... على: the subject may stand between the verb and its preposition.
  CHECK(OnlyClaim("وحصلت القائمة على 45 مقعدا في البرلمان.").predicate == "won");
  CHECK(OnlyClaim("حصل الحزب الحاكم على 3 ملايين صوت.").predicate == "won");
  CHECK(OnlyClaim("وحصل الطلاب على 500 منحة دراسية.").predicate == "");
  // عبر: crossed when it opens the clause, "via" after the count.
  CHECK(OnlyClaim("عبر 700 لاجئ الحدود إلى اليونان.").predicate == "crossed");
  CHECK(OnlyClaim("تم نقل 700 لاجئ عبر الحدود.").predicate != "crossed");
}

TEST_CASE("general news: members of a group are counted in the group's unit", "[lexicon][news]") {
  CHECK(OnlyClaim("أعلن الجيش مقتل 45 من عناصر الميليشيات المسلحة.").unit == "soldier");
  CHECK(OnlyClaim("اعتقلت الشرطة 30 من أفراد العصابة.").unit == "person");
  CHECK(OnlyClaim("أصيب 12 من أفراد قوات الأمن.").unit == "soldier");
  CHECK(OnlyClaim("قتل 9 من العناصر المسلحة.").unit == "soldier");
  // A partitive before a plain noun keeps that noun's unit.
  CHECK(OnlyClaim("أصيب 40 من المدنيين.").unit == "civilian");
}

TEST_CASE("general news: a state named like a common word is a place only where a place stands", "[lexicon][news]") {
  CHECK(OnlyClaim("نزح 50 ألف شخص في وسط مالي.").place == "mali");
  CHECK(OnlyClaim("وصل 600 جندي إلى مالي.").place == "mali");
  // مالي is also "financial": the adjective names no place and no agent.
  Claim ministry = OnlyClaim("أعلنت وزارة المالية تخصيص 3 مليارات دولار.");
  CHECK(ministry.place == "");
  CHECK(ministry.subject == "");
  CHECK(OnlyClaim("حققت الشركة أرباحا بلغت 200 مليون دولار في السنة المالية.").place == "");
  CHECK(OnlyClaim("تلقت البلاد 200 مليون دولار في شكل دعم مالي.").place == "");
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
