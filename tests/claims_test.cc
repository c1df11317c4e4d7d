#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

#include "core/claims.h"
#include "core/text.h"

namespace mizan {
namespace {

const ClaimLexicon& Lexicon() {
  static const ClaimLexicon lexicon = ClaimLexicon::Load();
  return lexicon;
}

// A quantity mention built by hand over `numeral` (its match form, first occurrence), so the
// claim builder is tested on its own, whatever the number reader does.
NumberMention MentionOf(const AnalyzedText& t, std::string_view numeral, double value,
                        NumberKind kind = NumberKind::kQuantity) {
  size_t at = t.norm.find(numeral);
  if (at == std::string::npos) throw std::runtime_error("numeral not in text: " + std::string(numeral));
  NumberMention m;
  m.kind = kind;
  m.value.low = value;
  m.value.high = value;
  m.norm_span = ByteSpan{static_cast<uint32_t>(at), static_cast<uint32_t>(at + numeral.size())};
  m.span = t.ToOriginal(m.norm_span);
  bool found = false;
  for (uint32_t k = 0; k < t.tokens.size(); ++k) {
    const ByteSpan& s = t.tokens[k].norm_span;
    if (s.begin >= m.norm_span.begin && s.end <= m.norm_span.end) {
      if (!found) m.first_token = k;
      m.end_token = k + 1;
      m.sentence = t.tokens[k].sentence;
      found = true;
    }
  }
  if (!found) throw std::runtime_error("no token under numeral");
  return m;
}

Claim ClaimFor(const std::string& sentence, std::string_view numeral, double value,
               NumberKind kind = NumberKind::kQuantity) {
  AnalyzedText t = AnalyzeText(sentence);
  std::vector<NumberMention> mentions{MentionOf(t, numeral, value, kind)};
  std::vector<Claim> claims = BuildClaims("doc", sentence, t, mentions, Lexicon());
  REQUIRE(claims.size() == 1);
  return claims[0];
}

struct Case {
  const char* sentence;
  const char* numeral;  // in the match form
  double value;
  const char* unit;
  const char* head;     // as written
  const char* subject;
  const char* predicate;
  const char* place;
};

TEST_CASE("claims read unit, head, subject, predicate and place", "[claims]") {
  const Case cases[] = {
      {"نشرت كوريا الشمالية نحو 10 آلاف جندي في روسيا.", "10 الاف", 10000, "soldier", "جندي",
       "north_korea", "deployed", "russia"},
      {"وصل 1500 جنديًا روسيًا إلى كورسك.", "1500", 1500, "soldier", "جنديًا", "russia", "deployed",
       "kursk"},
      {"قتل 3 جنود أوكرانيين في الهجوم.", "3", 3, "soldier", "جنود", "ukraine", "killed", ""},
      {"أصيب جنديان اثنان في القصف.", "اثنان", 2, "soldier", "جنديان", "", "wounded", ""},
      {"أطلقت روسيا 12 صاروخًا على المدينة.", "12", 12, "missile", "صاروخًا", "russia", "fired", ""},
      {"وشهدت العملية سيطرة قوات كييف على حوالي 250 كيلومترًا مربعًا من الأراضي.", "250", 250, "km2",
       "كيلومترًا مربعًا", "ukraine", "territory_controlled", ""},
      {"أرسلت بيونغ يانغ 13 ألف حاوية من الذخيرة إلى روسيا.", "13 الف", 13000, "container", "حاوية",
       "north_korea", "supplied", "russia"},
      {"السفراء في التحالف العسكري المكون من 32 دولة.", "32", 32, "country", "دولة", "", "members", ""},
      {"أفاد الجيش بمقتل أو إصابة نحو 4000 جندي كوري شمالي على الجبهة.", "4000", 4000, "soldier", "جندي",
       "north_korea", "killed_or_wounded", ""},
      {"قال إن حوالي 650 ألف جندي روسي قتلوا أو أصيبوا.", "650 الف", 650000, "soldier", "جندي", "russia",
       "killed_or_wounded", ""},
      // A combined toll ("killed and wounded 25") is another fact than either part.
      {"أسفر الهجوم عن مقتل وإصابة 25 شخصا في السوق.", "25", 25, "person", "شخصا", "",
       "killed_or_wounded", ""},
      {"قالت إن 1500 جندي من كوريا الشمالية وصلوا بالفعل إلى روسيا.", "1500", 1500, "soldier", "جندي",
       "north_korea", "deployed", "russia"},
      {"انتشر آلاف من الجنود في مدينة خاركيف.", "الاف", 5000, "soldier", "الجنود", "", "deployed",
       "kharkiv"},
      {"ارتفعت الحصيلة إلى 50 قتيلا في غزة.", "50", 50, "person", "قتيلا", "", "killed", "gaza"},
      {"وأكدت وجود أكثر من 11 ألف جندي في شرق روسيا.", "11 الف", 11000, "soldier", "جندي", "", "deployed",
       "russia"},
      {"وزعت الجمعية 300 كتاب على الطلاب.", "300", 300, "", "كتاب", "", "supplied", ""},
      {"North Korea has sent 1,500 troops to Russia.", "1,500", 1500, "soldier", "troops", "north_korea",
       "deployed", "russia"},
      {"Ukraine fired 12 British missiles at the base.", "12", 12, "missile", "missiles", "united_kingdom",
       "fired", ""},
      {"Ukrainian forces seized 250 square kilometres of territory.", "250", 250, "km2",
       "square kilometres", "", "territory_controlled", ""},
      {"More than 600,000 Russian soldiers have been killed or wounded.", "600,000", 600000, "soldier",
       "soldiers", "russia", "killed_or_wounded", ""},
      {"About 4,000 troops from North Korea were killed or injured in the Kursk region.", "4,000", 4000,
       "soldier", "troops", "north_korea", "killed_or_wounded", "kursk"},
      {"Officials said 40 civilians died in Gaza.", "40", 40, "civilian", "civilians", "", "killed", "gaza"},
      {"Strikes killed at least 45 Palestinians in Gaza.", "45", 45, "person", "Palestinians", "palestine",
       "killed", "gaza"},
      {"The alliance of 32 member states met.", "32", 32, "country", "member states", "", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    Claim claim = ClaimFor(c.sentence, c.numeral, c.value);
    CHECK(claim.unit == c.unit);
    CHECK(claim.head_noun == c.head);
    CHECK(claim.subject == c.subject);
    CHECK(claim.predicate == c.predicate);
    CHECK(claim.place == c.place);
  }
}

// Issue 12: every quantity says what it counts, the unit class or the head noun's one form.
Claim ClaimIn(const std::string& text, std::string_view numeral, double value) {
  AnalyzedText t = AnalyzeText(text);
  std::vector<NumberMention> mentions;
  // Every number of the text, in order, so that elliptic counts find their neighbours.
  for (uint32_t k = 0; k < t.tokens.size(); ++k) {
    if (t.tokens[k].kind != TokenKind::kNumber) continue;
    NumberMention m;
    m.kind = NumberKind::kQuantity;
    m.norm_span = t.tokens[k].norm_span;
    m.span = t.ToOriginal(m.norm_span);
    m.first_token = k;
    m.end_token = k + 1;
    m.sentence = t.tokens[k].sentence;
    const double v = std::stod(std::string(t.TokenText(k)));
    m.value.low = m.value.high = v;
    mentions.push_back(m);
  }
  std::vector<Claim> claims = BuildClaims("doc", text, t, mentions, Lexicon());
  for (const Claim& c : claims) {
    const NumberMention& m = mentions[c.mention];
    if (t.View(m.norm_span) == numeral && m.value.low == value) return c;
  }
  throw std::runtime_error("no claim for " + std::string(numeral));
}

TEST_CASE("what each number counts: unit class or normalized head noun", "[claims][counted]") {
  struct CountedCase {
    const char* text;
    const char* numeral;
    double value;
    const char* counted;
    const char* predicate;
  };
  const CountedCase cases[] = {
      // Known units give their class; unknown nouns their one form.
      {"قتل 5 أشخاص في الهجوم.", "5", 5, "person", "killed"},
      {"باعت الشركة 300 طاولة.", "300", 300, "طاوله", nullptr},
      {"باعت الشركة 300 سيارة.", "300", 300, "car", nullptr},
      {"صادرت الشرطة 12 هاتفًا.", "12", 12, "هاتف", nullptr},
      {"Police bought 40 cars.", "40", 40, "car", nullptr},
      // Elliptic counts take the noun of the earlier count, the predicate of their clause.
      {"قتل 5 أشخاص وإصابة 20 آخرين في الهجوم.", "20", 20, "person", "wounded"},
      {"وأصيب 15 آخرون بجروح.", "15", 15, "person", "wounded"},
      {"Five people were killed and 45 were injured.", "45", 45, "person", "wounded"},
      {"The death toll rose to 15 on Tuesday.", "15", 15, "person", "killed"},
      {"ارتفع عدد الضحايا إلى 15 شخصا.", "15", 15, "person", "killed"},
      {"ارتفعت حصيلة القتلى إلى 15.", "15", 15, "person", "killed"},
      {"ارتفع عدد المسعفين إلى 300.", "300", 300, "مسعف", nullptr},
      // A magnitude is measured, not counted, and nothing is fired.
      {"A magnitude 6 quake struck the city.", "6", 6, "magnitude", ""},
      {"ضرب زلزال بقوة 6 درجات المدينة.", "6", 6, "magnitude", ""},
      // Brackets and quotes around a numeral do not hide its noun.
      {"سلم المتقدم (8) صورا شخصية و«3» لوحات.", "3", 3, "لوحه", nullptr},
      // A bracketed number right after its noun.
      {"بلغ رصيد النادي من البطولات (55) منذ تأسيسه.", "55", 55, "بطوله", nullptr},
      // A numeral listed with another shares its noun.
      {"تضم المكتبة 30 أو 40 مصحفا.", "30", 30, "مصحف", nullptr},
      // Function words are never what is counted.
      {"لم يبق منهم إلا 3 فقط.", "3", 3, "", nullptr},
      // A noun naming people only by their part in the event (units.tsv's person column)
      // counts the people of that event: suspects, elements and detainees arrested are one
      // count, as cases and patients recovered are.
      {"ألقت الشرطة القبض على 431 متهما.", "431", 431, "person", "arrested"},
      {"ألقت الشرطة القبض على 431 عنصرا.", "431", 431, "person", "arrested"},
      {"ألقت الشرطة القبض على 431 إرهابيا.", "431", 431, "person", "arrested"},
      {"تماثل 17 مريضا للشفاء.", "17", 17, "person", "recovered"},
      {"Police arrested 12 suspects.", "12", 12, "person", "arrested"},
      // A group is itself under any predicate (a part of the whole), and a role noun outside
      // its predicates keeps its class.
      {"قتل 6 مسلحين في الاشتباك.", "6", 6, "militant", "killed"},
      {"قتل 10 جنود في الهجوم.", "10", 10, "soldier", "killed"},
      {"حضر 12 متهما الجلسة.", "12", 12, "suspect", nullptr},
      // A number with the article right after a counted noun of the lexicon counts it; a
      // rank's noun is none.
      {"ويشكل المدنيون القسم الأكبر من الضحايا الـ3700 في النزاع.", "3700", 3700, "person", nullptr},
      {"حل المنتخب في المرتبة الـ13 في التصنيف.", "13", 13, "", nullptr},
      {"وجه الادعاء الاتهام إلى المتهمين الـ29 في القضية.", "29", 29, "suspect", nullptr},
      {"حلت الجامعة في المركز الـ48.", "48", 48, "", nullptr},
  };
  for (const CountedCase& c : cases) {
    INFO(c.text);
    Claim claim = ClaimIn(c.text, c.numeral, c.value);
    CHECK(claim.counted == c.counted);
    if (c.predicate != nullptr) CHECK(claim.predicate == c.predicate);
  }
}

TEST_CASE("a number spelled out after its digits is no counted noun", "[claims][counted]") {
  // "(97) سبعة وتسعين موقوفا": the words repeat the digits; both count the detainees.
  const std::string sentence = "تم ضبط (97) سبعة وتسعين موقوفا لعلاقتهم بالخلية.";
  AnalyzedText t = AnalyzeText(sentence);
  std::vector<NumberMention> mentions{MentionOf(t, "97", 97), MentionOf(t, FoldForMatch("سبعة وتسعين"), 97)};
  std::vector<Claim> claims = BuildClaims("doc", sentence, t, mentions, Lexicon());
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].counted == "person");
  CHECK(claims[0].predicate == "arrested");
  CHECK(claims[1].counted == "person");
  // Digits and words that are two numbers with a noun between stay apart.
  const std::string two = "تم ضبط 97 شخصا وسبعة وتسعين سلاحا.";
  AnalyzedText u = AnalyzeText(two);
  std::vector<NumberMention> apart{MentionOf(u, "97", 97), MentionOf(u, FoldForMatch("سبعة وتسعين"), 97)};
  std::vector<Claim> own = BuildClaims("doc", two, u, apart, Lexicon());
  REQUIRE(own.size() == 2);
  CHECK(own[0].counted == "person");
}

TEST_CASE("cumulative follows the predicate family", "[claims]") {
  CHECK(ClaimFor("قتل 3 جنود في الهجوم.", "3", 3).cumulative);
  CHECK(ClaimFor("أرسلت 3 جنود.", "3", 3).cumulative);
  CHECK_FALSE(ClaimFor("أطلقت 12 صاروخًا.", "12", 12).cumulative);
}

// "لقي ... مصرعهم" with the count, and commas, between the verb and its object.
TEST_CASE("a people count after laqiya is of the dead", "[claims]") {
  const Claim dead = ClaimFor("لقي 21 شخصا على الأقل، من بينهم نساء وأطفال، مصرعهم.", "21", 21);
  CHECK(dead.predicate == "killed");
  CHECK(dead.counted == "person");
  CHECK(ClaimFor("ولقيت 5 نساء حتفهن في الحادث.", "5", 5).predicate == "killed");
  CHECK(ClaimFor("لقي المقترح تأييد 30 دولة.", "30", 30).predicate != "killed");  // no people counted
}

TEST_CASE("casualty follows the final predicate family (predicates.tsv column)", "[claims]") {
  const Claim killed = ClaimFor("قتل 3 جنود في الهجوم.", "3", 3);
  CHECK(killed.predicate == "killed");
  CHECK(killed.casualty);
  const Claim toll = ClaimFor("ارتفعت الحصيلة إلى 50 قتيلا في غزة.", "50", 50);
  CHECK(toll.predicate == "killed");
  CHECK(toll.casualty);
  const Claim sent = ClaimFor("أرسلت 3 جنود.", "3", 3);
  CHECK_FALSE(sent.casualty);
  CHECK_FALSE(ClaimFor("أطلقت 12 صاروخًا.", "12", 12).casualty);
}

TEST_CASE("increments are additions, not totals", "[claims]") {
  CHECK(ClaimFor("أرسلت حوالي 3000 جندي إضافي إلى روسيا.", "3000", 3000).increment);
  CHECK(ClaimFor("أرسلت 3000 جندي كوري شمالي إضافي.", "3000", 3000).increment);
  CHECK(ClaimFor("The US sent another 2,000 troops.", "2,000", 2000).increment);
  CHECK(ClaimFor("Russia sent 3,000 more troops.", "3,000", 3000).increment);
  CHECK(ClaimFor("Russia sent an additional 3,000 troops.", "3,000", 3000).increment);
  CHECK_FALSE(ClaimFor("أرسلت 3000 جندي إلى روسيا.", "3000", 3000).increment);
  CHECK_FALSE(ClaimFor("Russia sent more than 3,000 troops.", "3,000", 3000).increment);
}

TEST_CASE("forward-looking claims", "[claims]") {
  Claim preparing = ClaimFor("أفادت تقارير بأن بيونغ يانغ تستعد لإرسال آلاف القوات لمساعدة حليفتها.", "الاف", 5000);
  CHECK(preparing.forward_looking);
  CHECK(preparing.unit == "soldier");
  CHECK(preparing.head_noun == "القوات");
  CHECK(preparing.subject == "north_korea");
  CHECK(preparing.predicate == "deployed");
  CHECK(ClaimFor("سترسل روسيا 500 جندي.", "500", 500).forward_looking);
  CHECK(ClaimFor("من المقرر أن ينضم 5000 جندي بحلول يوم الاثنين.", "5000", 5000).forward_looking);
  CHECK(ClaimFor("The US will send 2,000 troops.", "2,000", 2000).forward_looking);
  CHECK_FALSE(ClaimFor("أرسلت روسيا 500 جندي.", "500", 500).forward_looking);
  CHECK_FALSE(ClaimFor("The US sent 2,000 troops.", "2,000", 2000).forward_looking);
}

TEST_CASE("the agent is looked for in the reported clause, not the reporter's", "[claims]") {
  // The reporting clause names Ukraine; the count's own clause names no state.
  CHECK(ClaimFor("وقال مسؤول في أوكرانيا إن 300 جندي وصلوا.", "300", 300).subject == "");
  // A capital stands for its state; a place after a preposition is not an agent.
  CHECK(ClaimFor("قال إن بيونغيانغ أرسلت 300 جندي.", "300", 300).subject == "north_korea");
  CHECK(ClaimFor("قال إن في روسيا 300 جندي.", "300", 300).subject == "");
  // A nisba after the noun wins over the agent.
  CHECK(ClaimFor("قال إن روسيا أسرت 300 جندي أوكراني.", "300", 300).subject == "ukraine");
}

TEST_CASE("percent mentions are claims with the percent unit", "[claims]") {
  Claim c = ClaimFor("ارتفعت الأسعار بنسبة 5% في مصر.", "5%", 5, NumberKind::kPercent);
  CHECK(c.unit == "percent");
  CHECK(c.place == "egypt");
}

TEST_CASE("claim ids count quantity mentions in text order, other kinds are skipped", "[claims]") {
  const std::string text = "في عام 2024 أرسلت روسيا 300 جندي و12 صاروخًا.";
  AnalyzedText t = AnalyzeText(text);
  std::vector<NumberMention> mentions{MentionOf(t, "2024", 2024, NumberKind::kYear),
                                      MentionOf(t, "300", 300), MentionOf(t, "12", 12)};
  std::vector<Claim> claims = BuildClaims("d", text, t, mentions, Lexicon());
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].id == "d#1");
  CHECK(claims[0].mention == 1);
  CHECK(claims[0].unit == "soldier");
  CHECK(claims[1].id == "d#2");
  CHECK(claims[1].unit == "missile");
  CHECK(claims[1].predicate == "supplied");
  CHECK(text.substr(claims[1].head_span.begin, claims[1].head_span.size()) == "صاروخًا");
}

}  // namespace
}  // namespace mizan
