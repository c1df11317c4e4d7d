// Numbers as the world writes them (issue 15): fractions and ratios, signs, bounds with "or
// equal" and two-sided bounds, money glued to its currency, numbers that are not counts,
// ranges over words, dozens, and decimals printed with ر. Each case names the numeral as
// written (its span), kind, value interval and qualifier; the last cases check what must stay.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/document.h"
#include "core/extract.h"
#include "core/numbers.h"
#include "core/text.h"

namespace mizan {
namespace {

constexpr double kNone = -1;  // "no bound" in the table (no case has a value of -1)

struct Case {
  const char* input;
  const char* numeral;  // the mention's span, as written
  NumberKind kind;
  double low;
  double high;
  Qualifier qualifier;
};

const NumberLexicon& Lexicon() {
  static const NumberLexicon lexicon = NumberLexicon::Load();
  return lexicon;
}

std::string SpanText(const std::string& input, const NumberMention& m) {
  return input.substr(m.span.begin, m.span.size());
}

std::string All(const std::string& input, const std::vector<NumberMention>& mentions) {
  std::string all;
  for (const NumberMention& m : mentions) {
    all += "[" + SpanText(input, m) + " " + std::string(ToString(m.kind)) + "] ";
  }
  return all;
}

void Check(const std::vector<Case>& cases, std::string_view outlet = {}) {
  for (const Case& c : cases) {
    const std::string input = c.input;
    const std::vector<NumberMention> mentions = ReadNumbers(AnalyzeText(input), Lexicon(), outlet);
    INFO(c.input << " -> " << All(input, mentions));
    const NumberMention* found = nullptr;
    for (const NumberMention& m : mentions) {
      if (SpanText(input, m) == c.numeral) found = &m;
    }
    REQUIRE(found != nullptr);
    CHECK(ToString(found->kind) == ToString(c.kind));
    CHECK(ToString(found->value.qualifier) == ToString(c.qualifier));
    CHECK(found->value.low.value_or(kNone) == Approx(c.low));
    CHECK(found->value.high.value_or(kNone) == Approx(c.high));
  }
}

// No mention of `input` is a quantity, percent or fraction.
void CheckNoCount(const std::string& input) {
  const std::vector<NumberMention> mentions = ReadNumbers(AnalyzeText(input), Lexicon());
  INFO(input << " -> " << All(input, mentions));
  for (const NumberMention& m : mentions) {
    CHECK(m.kind != NumberKind::kQuantity);
    CHECK(m.kind != NumberKind::kPercent);
    CHECK(m.kind != NumberKind::kFraction);
  }
}

constexpr NumberKind Q = NumberKind::kQuantity;
constexpr NumberKind F = NumberKind::kFraction;
constexpr NumberKind P = NumberKind::kPercent;
constexpr Qualifier X = Qualifier::kExact;
constexpr Qualifier R = Qualifier::kRange;

TEST_CASE("fractions are kind fraction, as a fraction of one", "[numbers][world]") {
  Check({
      {"أكثر من نصف الموظفين لم يحصلوا على رواتبهم", "نصف", F, 0.5, kNone, Qualifier::kMoreThan},
      {"تستهلك المدينة ثلث المياه", "ثلث", F, 1.0 / 3, 1.0 / 3, X},
      {"يعيش ثلثا السكان في المدن", "ثلثا", F, 2.0 / 3, 2.0 / 3, X},
      {"ثلاثة أرباع المشاركين أيدوا القرار", "ثلاثة أرباع", F, 0.75, 0.75, X},
      {"استخدم المصنع ٣/٤ الكمية", "٣/٤", F, 0.75, 0.75, X},
      {"خصصت الشركة خمس أرباحها للبحث", "خمس", F, 0.2, 0.2, X},
      {"فقد المزارعون ما يقارب ثلثي المحصول", "ثلثي", F, 2.0 / 3, 2.0 / 3, Qualifier::kApprox},
      {"About half of the workers were laid off", "half", F, 0.5, 0.5, Qualifier::kApprox},
      {"Two-thirds of the budget goes to defence", "Two-thirds", F, 2.0 / 3, 2.0 / 3, X},
      {"A quarter of the homes lost power", "A quarter", F, 0.25, 0.25, X},
      {"Only 1/2 of the wells work", "1/2", F, 0.5, 0.5, X},
      // A share of a multiplier is a count; half an hour is a duration.
      {"نزح نصف مليون شخص", "نصف مليون", Q, 5e5, 5e5, X},
      {"Half a million people fled", "Half a million", Q, 5e5, 5e5, X},
      {"وصل بعد نصف ساعة", "نصف", NumberKind::kDuration, 0.5, 0.5, X},
  });
}

TEST_CASE("a fraction word is no share where the language says otherwise", "[numbers][world]") {
  CheckNoCount("تأهل الفريق إلى نصف النهائي");                 // semi-final
  CheckNoCount("خسر الفريق في ربع النهائي");                     // quarter-final
  CheckNoCount("in the first half of the season");               // a part of time, not a share
  CheckNoCount("ارتفع الموج من متر إلى متر ونصف");              // "and a half" of a metre
  CheckNoCount("استمر ذلك حتى النصف الثاني من القرن");           // the second half of a time
  CheckNoCount("تشير الأرقام إلى أنه من بين كل مجموعة");          // no numerator noun, no number
  CheckNoCount("دخل الاثنا عشر لاعبا الملعب");                   // a definite teen: no ten
  Check({{"عاش خمس سنوات في المدينة", "خمس", NumberKind::kDuration, 5, 5, X}});  // five years
}

TEST_CASE("ratios are a proportion, not two counts", "[numbers][world]") {
  Check({
      {"One in four adults is obese", "One in four", F, 0.25, 0.25, X},
      {"Nearly one in five children missed school", "one in five", F, 0.2, 0.2, Qualifier::kApprox},
      {"1 in 3 migrants had no water", "1 in 3", F, 1.0 / 3, 1.0 / 3, X},
      {"3 out of 10 firms made a profit", "3 out of 10", F, 0.3, 0.3, X},
      {"واحد من كل ثلاثة أطفال يعاني", "واحد من كل ثلاثة", F, 1.0 / 3, 1.0 / 3, X},
      {"أظهرت الدراسة أن 1 من كل 5 بالغين مصاب", "1 من كل 5", F, 0.2, 0.2, X},
      {"يصاب شخص واحد من كل ألف", "واحد من كل ألف", F, 0.001, 0.001, X},
  });
  // "أنه" is no counted noun: the count after it stays a count.
  Check({{"تشير الإحصائيات إلى أنه من بين كل تسعة مجندين", "تسعة", Q, 9, 9, X}});
  // A count over time or in a year is no proportion.
  Check({{"3 in 10 days", "3", Q, 3, 3, X}, {"killed 5 in 2019", "5", Q, 5, 5, X}});
}

TEST_CASE("signs are kept in the value", "[numbers][world]") {
  Check({
      {"Temperatures fell to minus 40 degrees", "minus 40", Q, -40, -40, X},
      {"The index closed at -5 points", "-5", Q, -5, -5, X},
      {"Growth was \u22122.4% in the quarter", "\u22122.4", P, -2.4, -2.4, X},
      {"انخفضت الحرارة إلى سالب سبع درجات", "سالب سبع", Q, -7, -7, X},
      {"أغلق المؤشر عند ناقص 3 نقاط", "ناقص 3", Q, -3, -3, X},
      {"بلغ النمو -5 في المئة", "-5", P, -5, -5, X},
  });
  // A dash between numbers or after a letter joins them: no sign.
  Check({{"من 10 -20 جنديا", "10 -20", Q, 10, 20, R}});
  CheckNoCount("a squadron of F-16 jets");
}

TEST_CASE("bounds with or-equal, negated bounds, and two-sided bounds", "[numbers][world]") {
  Check({
      {"يجب أن يكون العدد أقل من أو يساوي 100 شخص", "100", Q, kNone, 100, Qualifier::kAtMost},
      {"عدد الطلاب لا يزيد عن 50 طالبا", "50", Q, kNone, 50, Qualifier::kAtMost},
      {"لا يتجاوز عدد العمال 200 عامل", "200", Q, kNone, 200, Qualifier::kAtMost},
      {"تجاوز عدد القتلى 100 شخص", "100", Q, 100, kNone, Qualifier::kMoreThan},
      {"سجلت الحرارة فوق الخمسين درجة", "خمسين", Q, 50, kNone, Qualifier::kMoreThan},
      {"شارك أكثر من الألف شخص", "ألف", Q, 1000, kNone, Qualifier::kMoreThan},
      {"wind of less than or equal to 100 km/h", "100", Q, kNone, 100, Qualifier::kAtMost},
      {"The fine will not exceed $5,000", "5,000", Q, kNone, 5000, Qualifier::kAtMost},
      {"More than 20 but fewer than 40 boats", "20 but fewer than 40", Q, 20, 40, R},
      {"At least 150 and at most 200 soldiers", "150 and at most 200", Q, 150, 200, R},
      {"rose by more than 3% but less than 5%", "3% but less than 5", P, 3, 5, R},
      {"شارك أكثر من 20 وأقل من 40 قاربا", "20 وأقل من 40", Q, 20, 40, R},
      {"على الأقل 60 وعلى الأكثر 90 متطوعا", "60 وعلى الأكثر 90", Q, 60, 90, R},
      // Kept: one-sided bounds that were right.
      {"تم تسجيل دون 100 إصابة", "100", Q, kNone, 100, Qualifier::kLessThan},
      {"30 أسرة أو أكثر", "30", Q, 30, kNone, Qualifier::kAtLeast},
      {"up to 40 trucks", "40", Q, kNone, 40, Qualifier::kAtMost},
  });
  // Without a second bound, a lower bound stays one-sided.
  Check({{"more than 20 boats and 40 cars", "20", Q, 20, kNone, Qualifier::kMoreThan}});
}

TEST_CASE("money glued to its currency keeps its multiplier", "[numbers][world]") {
  Check({
      {"Each family received USD2,300 in aid", "2,300", Q, 2300, 2300, X},
      {"The salary is RM45,000 a year", "45,000", Q, 45000, 45000, X},
      {"The firm raised A$5.1m", "5.1m", Q, 5.1e6, 5.1e6, X},
      {"Its value fell to $3.7b", "3.7b", Q, 3.7e9, 3.7e9, X},
      {"The bridge will cost Rs 3 crore", "3 crore", Q, 3e7, 3e7, X},
  });
  // Without a currency, a glued m is metres and a glued b no multiplier.
  Check({{"a 5m wall", "5", Q, 5, 5, X}});
}

TEST_CASE("ranges over words share the multiplier", "[numbers][world]") {
  Check({
      {"Six to seven thousand people marched", "Six to seven thousand", Q, 6000, 7000, R},
      {"between $20,000 and $35,000", "20,000 and $35,000", Q, 20000, 35000, R},
      {"two to three billion dollars", "two to three billion", Q, 2e9, 3e9, R},
      {"يتراوح عدد الزوار بين ستة وسبعة آلاف زائر", "ستة وسبعة آلاف", Q, 6000, 7000, R},
      {"من ثلاثة إلى أربعة مليارات ريال", "ثلاثة إلى أربعة مليارات", Q, 3e9, 4e9, R},
      {"شارك من 200 إلى 300 ألف شخص", "200 إلى 300 ألف", Q, 2e5, 3e5, R},
  });
}

TEST_CASE("dozens", "[numbers][world]") {
  Check({
      {"اشترى دزينة من البيض", "دزينة", Q, 12, 12, X},
      {"صادرت الشرطة دزينتين من البنادق", "دزينتين", Q, 24, 24, X},
      {"Two dozen protesters were arrested", "Two dozen", Q, 24, 24, X},
  });
}

TEST_CASE("numbers that are not counts", "[numbers][world]") {
  CheckNoCount("The band made the 2019 list");
  CheckNoCount("The airline grounded its Boeing 737 fleet");
  CheckNoCount("Windows 11 is out");
  CheckNoCount("He sat in seat 14 of row 9");
  CheckNoCount("The office moved to 12 Baker Street");
  CheckNoCount("Liverpool won 3-1 at home");
  CheckNoCount("The visitors took a 5-2 lead");
  CheckNoCount("The dinner starts at 9 p.m.");
  CheckNoCount("The summit runs Oct. 3-7 in Geneva");
  CheckNoCount("وقع الاتفاق في ١٢/٣/٢٠١٩");
  CheckNoCount("فاز الهلال على النصر 3-1");
  CheckNoCount("يبدأ الحفل في الساعة 9 مساء");
  CheckNoCount("اشترت الشركة طائرات بوينغ 737");
  CheckNoCount("يسكن في المنزل رقم 12");
  Check({{"The summit runs Oct. 3-7 in Geneva", "3-7", NumberKind::kDate, 3, 7, R}});
  // Counts stay counts: a range of days with no month, a count with a comma.
  Check({{"3-7 people were hurt", "3-7", Q, 3, 7, R},
         {"the 2,000 soldiers", "2,000", Q, 2000, 2000, X}});
}

TEST_CASE("decimals printed with ر are read in their outlet's order", "[numbers][world]") {
  const std::vector<Case> reversed = {
      {"بلغت صادرات النفط 3ر5 مليار دولار", "3ر5 مليار", Q, 5.3e9, 5.3e9, X},
      {"نما الاقتصاد بنسبة 5ر2 في المئة", "5ر2", P, 2.5, 2.5, X},
  };
  Check(reversed, "aawsat");  // listed reversed in decimal_order.tsv
  Check(reversed);            // no outlet: the corpus's habit, marked assumed
  // Digits decide whatever the outlet: an integer part cannot start with 0.
  Check({{"بلغ الإنتاج 064ر3 مليون برميل", "064ر3 مليون", Q, 3.064e6, 3.064e6, X},
         {"ما يزيد على (000ر22) مسلم", "000ر22", Q, 22000, kNone, Qualifier::kMoreThan},
         {"بتكلفة (951ر625ر34) ريالا", "951ر625ر34", Q, 34625951, 34625951, X},
         {"أنتجت المصفاة 064.\u200F3 مليون برميل", "064.\u200F3 مليون", Q, 3.064e6, 3.064e6, X}});

  const std::string text = "بلغت صادرات النفط 3ر5 مليار دولار";
  auto basis = [&](std::string_view outlet) {
    const std::vector<NumberMention> m = ReadNumbers(AnalyzeText(text), Lexicon(), outlet);
    REQUIRE(m.size() == 1);
    CHECK(m[0].decimal_reversed);
    return m[0].decimal_order;
  };
  CHECK(basis("aawsat") == DecimalOrder::kOutlet);
  CHECK(basis("") == DecimalOrder::kAssumed);
  CHECK(basis("some-new-paper") == DecimalOrder::kAssumed);
}

TEST_CASE("the same rules on other wordings", "[numbers][world]") {
  Check({
      {"Roughly two in five households own a car", "two in five", F, 0.4, 0.4, Qualifier::kApprox},
      {"Nine out of ten doctors agree", "Nine out of ten", F, 0.9, 0.9, X},
      {"يعاني طفل من كل أربعة أطفال من السمنة", "طفل من كل أربعة", F, 0.25, 0.25, X},
      {"The rate is \u00BD of last year's", "\u00BD", F, 0.5, 0.5, X},
      {"Shares fell (-2.1%) on the day", "-2.1", P, -2.1, -2.1, X},
      {"Prices rose from 5% to 7% this year", "5% to 7", P, 5, 7, R},
      {"ارتفع المؤشر بين 5% و7% خلال العام", "5% و7", P, 5, 7, R},
      {"بلغت الخسائر ما بين 10 إلى 15 مليون ريال", "10 إلى 15 مليون", Q, 1e7, 1.5e7, R},
      {"From two to three hundred people came", "two to three hundred", Q, 200, 300, R},
      {"No fewer than 10 and no more than 20 firms", "10 and no more than 20", Q, 10, 20, R},
      {"لا يقل عن 10 ولا يزيد على 20 شركة", "10 ولا يزيد على 20", Q, 10, 20, R},
      {"Growth held at \u2265 3 percent", "3", P, 3, kNone, Qualifier::kAtLeast},
      {"A 2019 study of 1,200 patients", "2019", NumberKind::kYear, 2019, 2019, X},
      // A weekday is no model name.
      {"On Monday 12 people were killed", "12", Q, 12, 12, X},
  });
  CheckNoCount("The team lost 1-3 at home");
  CheckNoCount("The match ended in a 2-2 draw");
  CheckNoCount("The launch is set for 2019-03-12 in Florida");
  CheckNoCount("The new Galaxy 22 went on sale");
  CheckNoCount("خسر الفريق 1-3 أمام الهلال");
  CheckNoCount("يقع المبنى في الطريق رقم 5");
  CheckNoCount("The vote was 52-48 in favour");
  CheckNoCount("The No. 1 seed lost");
  CheckNoCount("The rocket lifted off at 10.30am local time");
  Check({{"The plan affects 1 in every 5 households", "1 in every 5", F, 0.2, 0.2, X},
         {"نجح 3 من أصل 10 متقدمين", "3 من أصل 10", F, 0.3, 0.3, X}});
  CheckNoCount("The bill passed the House 220-212");
  CheckNoCount("The S&P 500 and the FTSE 100 rose");
  Check({{"About 1.5m people live in the city", "1.5m", Q, 1.5e6, 1.5e6, Qualifier::kApprox},
         {"a 1.5m wall", "1.5", Q, 1.5, 1.5, X}});
}

TEST_CASE("claims carry the currency and the fraction unit", "[numbers][world][claims]") {
  auto unit_of = [](const std::string& text, const std::string& numeral) {
    Document doc;
    doc.id = "d";
    doc.text = text;
    const Extraction x = ExtractDocument(doc, Lexicons::Default());
    for (const Claim& c : x.claims) {
      const NumberMention& m = x.mentions[c.mention];
      if (text.substr(m.span.begin, m.span.size()) == numeral) return c.unit;
    }
    return std::string("<no claim>");
  };
  CHECK(unit_of("Each family received USD2,300 in aid.", "2,300") == "usd");
  CHECK(unit_of("The salary is RM45,000 a year.", "45,000") == "myr");
  CHECK(unit_of("The firm raised A$5.1m from investors.", "5.1m") == "aud");
  CHECK(unit_of("The bridge will cost Rs 3 crore.", "3 crore") == "inr");
  CHECK(unit_of("The contract is worth AUD 2.4 billion.", "2.4 billion") == "aud");
  CHECK(unit_of("تبلغ رسوم التسجيل 150 ر.س للطالب.", "150") == "sar");
  CHECK(unit_of("خصصت الحكومة 1,200 درهم إماراتي لكل أسرة.", "1,200") == "aed");
  CHECK(unit_of("أكثر من نصف الموظفين لم يحصلوا على رواتبهم.", "نصف") == "fraction");
  CHECK(unit_of("بلغ سعر التذكرة ٥٠٠ د.إ للفرد.", "٥٠٠") == "aed");
  CHECK(unit_of("دفع المشتري 1,250 د.ك نقدا.", "1,250") == "kwd");
  CHECK(unit_of("يبدأ السعر من 350 ج.م في المتاجر.", "350") == "egp");
  CHECK(unit_of("The club paid KD1.2m for the striker.", "1.2m") == "kwd");
  CHECK(unit_of("A taxi ride costs Dh50 in Dubai.", "50") == "aed");
  CHECK(unit_of("Bread sells for E£100 a bag.", "100") == "egp");
  CHECK(unit_of("Cash flow fell to -$3m last year.", "-$3m") == "usd");
}

TEST_CASE("held-out gaps: compounds, phones, ages, bounds after, money abbreviations",
          "[numbers][world]") {
  // A number ending in a multiplier and a smaller number after و are one number.
  Check({{"بلغت قيمة الصفقة مليوناً و800 ألف ريال", "مليوناً و800 ألف", Q, 1.8e6, 1.8e6, X},
         {"خصصت الحكومة ملياران و500 مليون دولار", "ملياران و500 مليون", Q, 2.5e9, 2.5e9, X},
         {"يعمل في المصنع ألف و200 موظف", "ألف و200", Q, 1200, 1200, X},
         {"يبلغ عدد السكان 3 ملايين و400 ألف نسمة", "3 ملايين و400 ألف", Q, 3.4e6, 3.4e6, X},
         {"أدى المناسك أكثر من مليون و200 ألف حاج", "مليون و200 ألف", Q, 1.2e6, kNone,
          Qualifier::kMoreThan}});
  // ... but a range with its opener stays a range, and a larger second number is no part.
  Check({{"بين 10 آلاف و12 ألفا", "10 آلاف و12 ألفا", Q, 10000, 12000, R}});
  // Phone numbers: digit groups with a leading zero, or after a phone word.
  CheckNoCount("For details call 0800 555 0199 before Friday");
  CheckNoCount("Customers can call 920012345 today");
  CheckNoCount("للاستفسار يرجى الاتصال على الرقم الموحد 920012345");
  CheckNoCount("هاتف 011 234 5678 متاح على مدار الساعة");
  Check({{"Call 800-555-0199 to report an outage affecting 300 homes", "300", Q, 300, 300, X},
         {"The phone maker sold 1 414 021 units", "1 414 021", Q, 1414021, 1414021, X}});
  // Ages and "one of" are no counts.
  CheckNoCount("A 45-year-old man was arrested");
  CheckNoCount("The driver, aged 45, was one of the victims");
  CheckNoCount("He was one of the victims");
  CheckNoCount("توفي رجل يبلغ من العمر 45 عاماً");
  CheckNoCount("كان واحد من الضحايا طفلا");
  Check({{"One of 12 hostages was freed", "12", Q, 12, 12, X},
         {"One in four adults is obese", "One in four", F, 0.25, 0.25, X},
         {"واحد من كل ثلاثة أطفال", "واحد من كل ثلاثة", F, 1.0 / 3, 1.0 / 3, X}});
  // Word ratios, a share of a multiplier.
  Check({{"Two in every five voters backed the plan", "Two in every five", F, 0.4, 0.4, X},
         {"اثنان من كل خمسة موظفين يعملون عن بعد", "اثنان من كل خمسة", F, 0.4, 0.4, X},
         {"It will cost a quarter of a billion dollars", "a quarter of a billion", Q, 2.5e8, 2.5e8,
          X},
         {"Three quarters of a million homes lost power", "Three quarters of a million", Q, 7.5e5,
          7.5e5, X},
         {"A quarter of the homes lost power", "A quarter", F, 0.25, 0.25, X}});
  // Two-sided bounds in other wordings; the second bound's percent is both's.
  Check({{"Firms with more than $1m but less than $2m qualify", "1m but less than $2m", Q, 1e6,
          2e6, R},
         {"Turnout was more than 20 and under 40 per cent", "20 and under 40", P, 20, 40, R},
         {"ما لا يقل عن 40 وما لا يزيد على 60 في المئة", "40 وما لا يزيد على 60", P, 40, 60, R},
         {"أكثر من 18 ودون 35 موظفا", "18 ودون 35", Q, 18, 35, R}});
  // Bounds after a percent.
  Check({{"Schools where 60% or less of pupils pass", "60", P, kNone, 60, Qualifier::kAtMost},
         {"سجلت نسبة 70 في المئة أو أكثر", "70", P, 70, kNone, Qualifier::kAtLeast},
         {"يحصل عليه من يبلغ دخله 80 ألفا أو أكثر", "80 ألفا", Q, 80000, kNone,
          Qualifier::kAtLeast},
         {"Fines of up to AED10,000 apply", "10,000", Q, kNone, 10000, Qualifier::kAtMost}});
  // A sign before a currency sign is kept.
  Check({{"Net flow was −$1.2bn", "−$1.2bn", Q, -1.2e9, -1.2e9, X},
         {"Cash flow fell to -$3m", "-$3m", Q, -3e6, -3e6, X}});
}

TEST_CASE("ر decimals with no outlet: the digits may tell", "[numbers][world]") {
  Check({{"ارتفع التضخم بنسبة 0ر8 في المئة", "0ر8", P, 0.8, 0.8, X},
         {"بلغت الإيرادات 9ر05 مليار ريال", "9ر05 مليار", Q, 9.05e9, 9.05e9, X},
         {"ارتفع الناتج بنسبة 2ر0 في المئة", "2ر0", P, 0.2, 0.2, X}});
  // An outlet's order comes first: aawsat prints reversed, so 0ر8 is 8.0 there.
  Check({{"ارتفع التضخم بنسبة 0ر8 في المئة", "0ر8", P, 8, 8, X}}, "aawsat");
  auto order = [](const std::string& text, std::string_view outlet) {
    const std::vector<NumberMention> m = ReadNumbers(AnalyzeText(text), Lexicon(), outlet);
    REQUIRE(m.size() == 1);
    return m[0].decimal_order;
  };
  CHECK(order("بنسبة 0ر8 في المئة", "") == DecimalOrder::kDigits);
  CHECK(order("بنسبة 3ر5 في المئة", "") == DecimalOrder::kAssumed);
  CHECK(order("بنسبة 0ر8 في المئة", "aawsat") == DecimalOrder::kOutlet);
}

TEST_CASE("a multiplied decimal keeps the precision written", "[numbers][world]") {
  for (const char* text : {"The airport handled 6.935 million passengers",
                           "بلغ عدد المعتمرين 6.935 مليون معتمر", "أنتج الحقل 935ر6 مليون برميل"}) {
    const std::vector<NumberMention> m = ReadNumbers(AnalyzeText(text), Lexicon());
    REQUIRE(m.size() == 1);
    CHECK(m[0].value.low.value() == 6935000.0);  // exactly, not 6935000.000000001
  }
}

}  // namespace
}  // namespace mizan
