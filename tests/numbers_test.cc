// The number reader, phenomenon by phenomenon (arabic-numbers.md §2), Arabic and English:
// each case names the numeral as written, its kind, its value interval and qualifier.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/numbers.h"
#include "core/text.h"

namespace mizan {
namespace {

constexpr double kNone = -1;  // "no bound" in the table

struct Case {
  const char* input;
  const char* numeral;  // the mention's span, as written
  NumberKind kind;
  double low;
  double high;
  Qualifier qualifier;
  const char* time_unit = "";
};

const NumberLexicon& Lexicon() {
  static const NumberLexicon lexicon = NumberLexicon::Load();
  return lexicon;
}

std::vector<NumberMention> Read(const std::string& input) {
  return ReadNumbers(AnalyzeText(input), Lexicon());
}

std::string SpanText(const std::string& input, const NumberMention& m) {
  return input.substr(m.span.begin, m.span.size());
}

void Check(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const std::string input = c.input;
    const std::vector<NumberMention> mentions = Read(input);
    std::string all;
    for (const NumberMention& m : mentions) all += "[" + SpanText(input, m) + "] ";
    INFO(c.input << " -> " << all);
    const NumberMention* found = nullptr;
    for (const NumberMention& m : mentions) {
      if (SpanText(input, m) == c.numeral) found = &m;
    }
    REQUIRE(found != nullptr);
    CHECK(ToString(found->kind) == ToString(c.kind));
    CHECK(ToString(found->value.qualifier) == ToString(c.qualifier));
    CHECK(found->value.low.value_or(kNone) == Approx(c.low));
    CHECK(found->value.high.value_or(kNone) == Approx(c.high));
    CHECK(found->time_unit == c.time_unit);
  }
}

constexpr NumberKind Q = NumberKind::kQuantity;
constexpr Qualifier X = Qualifier::kExact;

TEST_CASE("digits: three digit sets and separators read by context", "[numbers]") {
  Check({
      {"وصل 1,500 جندي", "1,500", Q, 1500, 1500, X},
      {"وصل ١٥٠٠ جندي", "١٥٠٠", Q, 1500, 1500, X},
      {"وصل ۱۵۰۰ جندي", "۱۵۰۰", Q, 1500, 1500, X},
      {"بلغ ١٬٢٣٤٬٥٦٧ دولارًا", "١٬٢٣٤٬٥٦٧", Q, 1234567, 1234567, X},
      {"بلغ ١،٢٣٤،٥٦٧ دولارًا", "١،٢٣٤،٥٦٧", Q, 1234567, 1234567, X},
      {"يسكنها ٣٫٥ مليون نسمة", "٣٫٥ مليون", Q, 3.5e6, 3.5e6, X},
      {"يسكنها 3.5 مليون نسمة", "3.5 مليون", Q, 3.5e6, 3.5e6, X},
      {"يسكنها 2,5 مليون نسمة", "2,5 مليون", Q, 2.5e6, 2.5e6, X},
      {"عدد السكان 1 414 021 100 نسمة", "1 414 021 100", Q, 1414021100, 1414021100, X},
      {"بلغ 1.234.567 شخصًا", "1.234.567", Q, 1234567, 1234567, X},
      {"جرعة ٠,٠٨ ملغ", "٠,٠٨", Q, 0.08, 0.08, X},
      {"نحو ٠٫٥ كيلوغرام", "٠٫٥", Q, 0.5, 0.5, Qualifier::kApprox},
      {"12,000 soldiers", "12,000", Q, 12000, 12000, X},
      {"وصل 1.500 جندي", "1.500", Q, 1500, 1500, X},
      {"كلف 1.500 مليار دولار", "1.500 مليار", Q, 1.5e9, 1.5e9, X},
      {"rose to 3.125 points", "3.125", Q, 3.125, 3.125, X},
      {"سعر 1.25 دولار", "1.25", Q, 1.25, 1.25, X},
      {"٧٧/١٠٠ من الأصوات", "٧٧/١٠٠", Q, 0.77, 0.77, X},
      {"في الساعة 10:30 صباحا", "10:30", NumberKind::kOther, 10, 10, X},
      {"في 27/5/2024", "27/5/2024", NumberKind::kOther, 27, 27, X},
  });
}

TEST_CASE("digits: clitics stay outside the span, bidi marks inside do not break it",
          "[numbers]") {
  Check({
      {"أطلقت و١٢ صاروخًا", "١٢", Q, 12, 12, X},
      {"هاجمت بـ5 دبابات", "5", Q, 5, 5, X},
      {"انضم لـ20 جنديًا", "20", Q, 20, 20, X},
      {"وصل ال١٩٢ جنديًا", "١٩٢", Q, 192, 192, X},
      {"بلغ 26\u200E,013 جنديًا", "26\u200E,013", Q, 26013, 26013, X},
      {"بلغ ١\u200F٥٠٠ جندي", "١\u200F٥٠٠", Q, 1500, 1500, X},
      {"بلغ \u202B1,500\u202C جندي", "1,500", Q, 1500, 1500, X},
  });
  // A list with spaces after the commas is three numbers.
  const std::vector<NumberMention> list = Read("وصل 10, 20 و30 جنديًا");
  REQUIRE(list.size() == 3);
  CHECK(*list[2].value.low == 30);
}

TEST_CASE("Arabic number words: gender, teens, tens, hundreds, compounds", "[numbers]") {
  Check({
      {"قتل ثلاثة جنود", "ثلاثة", Q, 3, 3, X},
      {"دمرت ثلاث دبابات", "ثلاث", Q, 3, 3, X},
      {"أطلق أحد عشر صاروخًا", "أحد عشر", Q, 11, 11, X},
      {"أطلق اثنا عشر صاروخًا", "اثنا عشر", Q, 12, 12, X},
      {"قتلت إحدى عشرة امرأة", "إحدى عشرة", Q, 11, 11, X},
      {"أصيب خمسة عشر جنديًا", "خمسة عشر", Q, 15, 15, X},
      {"أصيب عشرون جنديًا", "عشرون", Q, 20, 20, X},
      {"أصيب ثلاثة وعشرون جنديًا", "ثلاثة وعشرون", Q, 23, 23, X},
      {"أصيب واحد و عشرون جنديًا", "واحد و عشرون", Q, 21, 21, X},
      {"وصل مئة جندي", "مئة", Q, 100, 100, X},
      {"وصل مائة جندي", "مائة", Q, 100, 100, X},
      {"وصل ثلاثمائة جندي", "ثلاثمائة", Q, 300, 300, X},
      {"وصل ثلاث مئة جندي", "ثلاث مئة", Q, 300, 300, X},
      {"وصل مئتا ألف لاجئ", "مئتا ألف", Q, 200000, 200000, X},
      {"وصل مئة وواحد وستون لاجئًا", "مئة وواحد وستون", Q, 161, 161, X},
  });
}

TEST_CASE("Arabic multipliers: singular, plural, dual, accusative, fractions", "[numbers]") {
  Check({
      {"وصل ألف وخمسمئة جندي", "ألف وخمسمئة", Q, 1500, 1500, X},
      {"وصل عشرة آلاف جندي", "عشرة آلاف", Q, 10000, 10000, X},
      {"نزح ثلاثة ملايين شخص", "ثلاثة ملايين", Q, 3e6, 3e6, X},
      {"وصل خمسة وعشرون ألفًا", "خمسة وعشرون ألفًا", Q, 25000, 25000, X},
      {"وصل عشرون ألفا", "عشرون ألفا", Q, 20000, 20000, X},
      {"وصل ألفا جندي", "ألفا", Q, 2000, 2000, X},
      {"وصل ألفين جندي", "ألفين", Q, 2000, 2000, X},
      {"نزح مليونين شخص", "مليونين", Q, 2e6, 2e6, X},
      {"كلف مليار دولار", "مليار", Q, 1e9, 1e9, X},
      {"نزح نصف مليون شخص", "نصف مليون", Q, 5e5, 5e5, X},
      {"نزح مليون ونصف شخص", "مليون ونصف", Q, 1.5e6, 1.5e6, X},
      {"قتل 650 ألف جندي", "650 ألف", Q, 650000, 650000, X},
      {"كلف 1.5 مليار دولار", "1.5 مليار", Q, 1.5e9, 1.5e9, X},
  });
}

TEST_CASE("durations: dual time nouns, time units, halves", "[numbers]") {
  constexpr NumberKind D = NumberKind::kDuration;
  Check({
      {"بعد يومين من الهجوم", "يومين", D, 2, 2, X, "day"},
      {"خلال شهرين", "شهرين", D, 2, 2, X, "month"},
      {"في العامين الماضيين", "العامين", D, 2, 2, X, "year"},
      {"استمر ساعتين", "ساعتين", D, 2, 2, X, "hour"},
      {"منذ أسبوعين", "أسبوعين", D, 2, 2, X, "week"},
      {"منذ أكثر من عامين ونصف العام", "عامين ونصف العام", D, 2.5, kNone,
       Qualifier::kMoreThan, "year"},
      {"قبل يوم واحد فقط", "واحد", D, 1, 1, X, "day"},
      {"استمر 21 يومًا", "21", D, 21, 21, X, "day"},
      {"استمر ثلاثة أيام", "ثلاثة", D, 3, 3, X, "day"},
      {"استمر ساعة ونصف", "ساعة ونصف", D, 1.5, 1.5, X, "hour"},
      {"it lasted two days", "two", D, 2, 2, X, "day"},
      {"after 48 hours", "48", D, 48, 48, X, "hour"},
  });
}

TEST_CASE("percent: signs, words, visual order", "[numbers]") {
  constexpr NumberKind P = NumberKind::kPercent;
  Check({
      {"ارتفع 5% هذا العام", "5", P, 5, 5, X},
      {"ارتفع ٣٠٪ هذا العام", "٣٠", P, 30, 30, X},
      {"ارتفع بنسبة ٣٠ في المئة", "٣٠", P, 30, 30, X},
      {"ارتفع 10 بالمئة", "10", P, 10, 10, X},
      {"ارتفع 10 في المائة", "10", P, 10, 10, X},
      {"ارتفع بنسبة %50", "50", P, 50, 50, X},
      {"rose 5 percent", "5", P, 5, 5, X},
      {"rose 5 per cent", "5", P, 5, 5, X},
      {"rose about 5%", "5", P, 5, 5, Qualifier::kApprox},
  });
}

TEST_CASE("qualifiers: approx, bounds, longest phrase wins", "[numbers]") {
  Check({
      {"نحو 10 آلاف جندي", "10 آلاف", Q, 10000, 10000, Qualifier::kApprox},
      {"حوالي 5000 جندي", "5000", Q, 5000, 5000, Qualifier::kApprox},
      {"قرابة 300 جندي", "300", Q, 300, 300, Qualifier::kApprox},
      {"زهاء 200 جندي", "200", Q, 200, 200, Qualifier::kApprox},
      {"ما يقارب 100 جندي", "100", Q, 100, 100, Qualifier::kApprox},
      {"وصل 10 آلاف جندي تقريبًا", "10 آلاف", Q, 10000, 10000, Qualifier::kApprox},
      {"ما لا يقل عن 1500 جندي", "1500", Q, 1500, kNone, Qualifier::kAtLeast},
      {"على الأقل 20 قتيلًا", "20", Q, 20, kNone, Qualifier::kAtLeast},
      {"أكثر من 1500 جندي", "1500", Q, 1500, kNone, Qualifier::kMoreThan},
      {"وأكثر من 200 جندي", "200", Q, 200, kNone, Qualifier::kMoreThan},
      {"ما يزيد على 300 جندي", "300", Q, 300, kNone, Qualifier::kMoreThan},
      {"عدد يتجاوز 50 جنديًا", "50", Q, 50, kNone, Qualifier::kMoreThan},
      {"عدد لا يتجاوز 50 جنديًا", "50", Q, kNone, 50, Qualifier::kAtMost},
      {"أقل من 10 جنود", "10", Q, kNone, 10, Qualifier::kLessThan},
      {"ما يصل إلى 400 جندي", "400", Q, kNone, 400, Qualifier::kAtMost},
      {"about 10,000 troops", "10,000", Q, 10000, 10000, Qualifier::kApprox},
      {"at least 1,500 troops", "1,500", Q, 1500, kNone, Qualifier::kAtLeast},
      {"more than 11,000 troops", "11,000", Q, 11000, kNone, Qualifier::kMoreThan},
      {"over 300 people", "300", Q, 300, kNone, Qualifier::kMoreThan},
      {"up to 400 people", "400", Q, kNone, 400, Qualifier::kAtMost},
      {"nearly 600 people", "600", Q, 600, 600, Qualifier::kApprox},
      {"fewer than 10 people", "10", Q, kNone, 10, Qualifier::kLessThan},
  });
}

TEST_CASE("ranges: one mention spanning both ends, shared multiplier", "[numbers]") {
  constexpr Qualifier R = Qualifier::kRange;
  Check({
      {"ما بين 10 آلاف و12 ألف جندي", "10 آلاف و12 ألف", Q, 10000, 12000, R},
      {"من 10000 إلى 12000 جنديًا", "10000 إلى 12000", Q, 10000, 12000, R},
      {"بين 10 و12 ألفًا", "10 و12 ألفًا", Q, 10000, 12000, R},
      {"سعره 10-20 دولار", "10-20", Q, 10, 20, R},
      {"بين عامي 1950 و1953", "1950 و1953", NumberKind::kYear, 1950, 1953, R},
      {"between 10,000 and 12,000 troops", "10,000 and 12,000", Q, 10000, 12000, R},
      {"10,000-12,000 troops", "10,000-12,000", Q, 10000, 12000, R},
      {"from 5 to 10 people", "5 to 10", Q, 5, 10, R},
  });
  // "من X إلى Y" is a range only when both sides are numbers.
  const std::vector<NumberMention> m = Read("أرسل 1500 جندي من كوريا إلى روسيا");
  REQUIRE(m.size() == 1);
  CHECK(m[0].value.qualifier == Qualifier::kExact);
}

TEST_CASE("vague plurals: the conventions of numbers.tsv", "[numbers]") {
  constexpr Qualifier V = Qualifier::kVague;
  Check({
      {"أرسلت آلاف القوات", "آلاف", Q, 2000, 9999, V},
      {"وملايين طلقات الذخيرة", "ملايين", Q, 2e6, 9999999, V},
      {"سقط عشرات القتلى", "عشرات", Q, 20, 99, V},
      {"سقط مئات القتلى", "مئات", Q, 200, 999, V},
      {"نزح عشرات الآلاف", "عشرات الآلاف", Q, 20000, 99999, V},
      {"thousands of troops", "thousands", Q, 2000, 9999, V},
      {"dozens of people", "dozens", Q, 24, 99, V},
      {"tens of thousands of people", "tens of thousands", Q, 20000, 99999, V},
  });
}

TEST_CASE("English numbers and number words", "[numbers]") {
  Check({
      {"three soldiers", "three", Q, 3, 3, X},
      {"twenty-one soldiers", "twenty-one", Q, 21, 21, X},
      {"one hundred soldiers", "one hundred", Q, 100, 100, X},
      {"one hundred and five soldiers", "one hundred and five", Q, 105, 105, X},
      {"1.5 million people", "1.5 million", Q, 1.5e6, 1.5e6, X},
      {"a million people", "a million", Q, 1e6, 1e6, X},
      {"half a million people", "half a million", Q, 5e5, 5e5, X},
      {"Three Thousand people", "Three Thousand", Q, 3000, 3000, X},
  });
}

TEST_CASE("kinds: years, dates, decades, ordinals, times are not quantities", "[numbers]") {
  constexpr NumberKind Y = NumberKind::kYear;
  constexpr NumberKind O = NumberKind::kOrdinal;
  Check({
      {"في فبراير 2022", "2022", Y, 2022, 2022, X},
      {"في حزيران/ يونيو 2024", "2024", Y, 2024, 2024, X},
      {"في 27 مايو", "27", NumberKind::kDate, 27, 27, X},
      {"في عام 2024 وقعت", "2024", Y, 2024, 2024, X},
      {"منذ 2023 تقريبا", "2023", Y, 2023, 2023, X},
      {"ولد سنة 1990م", "1990", Y, 1990, 1990, X},
      {"في كانون الثاني 2024", "2024", Y, 2024, 2024, X},
      {"في أوائل الخمسينيات", "الخمسينيات", Y, 1950, 1959, Qualifier::kRange},
      {"في أول مشاركة", "أول", O, 1, 1, X},
      {"للمرة الأولى", "الأولى", O, 1, 1, X},
      {"لأول مرة", "أول", O, 1, 1, X},
      {"زارها 3 مرات", "3", NumberKind::kOther, 3, 3, X},
      {"زارها مرتين", "مرتين", NumberKind::kOther, 2, 2, X},
      {"in March 2024", "2024", Y, 2024, 2024, X},
      {"since 2022, the army", "2022", Y, 2022, 2022, X},
      {"on May 27 the army", "27", NumberKind::kDate, 27, 27, X},
      {"on 27 May 2024", "27", NumberKind::kDate, 27, 27, X},
      {"on 27 May 2024", "2024", Y, 2024, 2024, X},
      {"in the 1950s", "1950s", Y, 1950, 1959, Qualifier::kRange},
      {"the first time", "first", O, 1, 1, X},
      {"the 2nd battalion", "2", O, 2, 2, X},
      {"وصل 2000 جندي", "2000", Q, 2000, 2000, X},
  });
  // "كانون الثاني" is January, not "the second".
  for (const NumberMention& m : Read("في كانون الثاني 2024")) CHECK(m.kind != O);
}

TEST_CASE("not numbers: traps, designations, idioms", "[numbers]") {
  for (const char* input : {"اتجهت نحو الشمال", "في حوالي المدينة", "أكثر من أي وقت مضى",
                            "طائرات إف-16", "F-16 jets", "صواريخ S-400", "قمة G20",
                            "يوم الاثنين", "في وقت واحد", "no one came", "last week",
                            "وصل أحد الجنود"}) {
    INFO(input);
    CHECK(Read(input).empty());
  }
  for (const char* input : {"اتصل على +1 222 2222", "العنوان 192.168.1.2"}) {
    INFO(input);
    const std::vector<NumberMention> m = Read(input);
    REQUIRE(m.size() == 1);
    CHECK(m[0].kind == NumberKind::kOther);
  }
}

TEST_CASE("odd input never throws and mentions stay ordered and disjoint", "[numbers]") {
  for (const char* input : {"", " ", "\u200F", "١٬", "٫", ",,,", "و", "بين", "من 5 إلى",
                            "ما بين 10 و", "1,", "1.", "-", "ألفا", "ونصف", "%", "1/0",
                            "1 2 3 4 5 6 7 8 9 10 11 12", "...٫٫٬٬"}) {
    INFO(input);
    std::vector<NumberMention> m;
    REQUIRE_NOTHROW(m = Read(input));
    for (size_t i = 1; i < m.size(); ++i) CHECK(m[i - 1].span.end <= m[i].span.begin);
  }
}

TEST_CASE("mention fields: tokens, sentence, qualifier span", "[numbers]") {
  const std::string input = "قال: ونحو ١٠ آلاف جندي";
  const AnalyzedText t = AnalyzeText(input);
  const std::vector<NumberMention> m = ReadNumbers(t, Lexicon());
  REQUIRE(m.size() == 1);
  CHECK(SpanText(input, m[0]) == "١٠ آلاف");
  CHECK(input.substr(m[0].qualifier_span.begin, m[0].qualifier_span.size()) == "ونحو");
  CHECK(t.TokenText(m[0].first_token) == "10");
  CHECK(m[0].end_token == m[0].first_token + 2);
  CHECK(t.View(m[0].norm_span) == "10 الاف");
}

}  // namespace
}  // namespace mizan
