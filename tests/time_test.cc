// Time resolution: one table case per expression, Arabic and English, against a fixed
// publication date. Mentions are built by hand so these tests do not depend on the
// number reader.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/lexicon.h"
#include "core/time_resolver.h"

namespace mizan {
namespace {

const TimeLexicon& Lexicon() {
  static const TimeLexicon lexicon = TimeLexicon::Load();
  return lexicon;
}

// The first token whose text is `surface`, or the token count when absent.
uint32_t TokenOf(const AnalyzedText& text, std::string_view surface) {
  for (uint32_t t = 0; t < text.tokens.size(); ++t) {
    if (text.TokenText(t) == surface) return t;
  }
  return static_cast<uint32_t>(text.tokens.size());
}

NumberMention MentionAt(const AnalyzedText& text, uint32_t first, uint32_t end, NumberKind kind) {
  NumberMention m;
  m.kind = kind;
  m.first_token = first;
  m.end_token = end;
  m.sentence = text.tokens[first].sentence;
  m.norm_span = ByteSpan{text.tokens[first].norm_span.begin, text.tokens[end - 1].norm_span.end};
  m.span = text.ToOriginal(m.norm_span);
  return m;
}

struct DurationSpec {
  std::string first;  // first token of the duration ("يومين", "two")
  uint32_t tokens = 1;
  double amount = 0;
  std::string unit;
};

// Resolves the time of a claim on the number token `number` of `sentence`.
TimeRef Resolve(const std::string& sentence, const std::string& published,
                const std::string& number, const std::vector<DurationSpec>& durations = {},
                bool cumulative = false, bool forward_looking = false) {
  AnalyzedText text = AnalyzeText(sentence);
  const uint32_t at = TokenOf(text, number);
  REQUIRE(at < text.tokens.size());
  std::vector<NumberMention> mentions = {MentionAt(text, at, at + 1, NumberKind::kQuantity)};
  for (const DurationSpec& d : durations) {
    const uint32_t first = TokenOf(text, d.first);
    REQUIRE(first < text.tokens.size());
    NumberMention m = MentionAt(text, first, first + d.tokens, NumberKind::kDuration);
    m.value.low = m.value.high = d.amount;
    m.time_unit = d.unit;
    mentions.push_back(m);
  }
  std::vector<Claim> claims(1);
  claims[0].mention = 0;
  claims[0].cumulative = cumulative;
  claims[0].forward_looking = forward_looking;
  ResolveClaimTimes(text, sentence, PublicationDate{published, false}, mentions, Lexicon(),
                    claims);
  return claims[0].time;
}

struct Case {
  const char* sentence;
  const char* published;
  const char* number;
  const char* from;
  const char* to;
};

}  // namespace

TEST_CASE("civil dates: parse, weekdays, month arithmetic", "[time]") {
  REQUIRE(ParseIsoDate("2024-10-23").has_value());
  CHECK(IsoWeekday(*ParseIsoDate("2024-10-23")) == 3);
  CHECK(IsoWeekday(*ParseIsoDate("2024-10-27")) == 7);
  CHECK_FALSE(ParseIsoDate("2024-02-30").has_value());
  CHECK_FALSE(ParseIsoDate("24-10-23").has_value());
  CHECK(ToIso(*ParseIsoDate("2024-10-28T10:00:00Z")) == "2024-10-28");
  CHECK(ToIso(AddMonths(*ParseIsoDate("2024-01-31"), 1)) == "2024-02-29");
  CHECK(ToIso(AddMonths(*ParseIsoDate("2024-01-15"), -13)) == "2022-12-15");
  CHECK(ToIso(AddDays(*ParseIsoDate("2024-03-01"), -1)) == "2024-02-29");
  CHECK(ToIso(LastDayOfMonth(2023, 2)) == "2023-02-28");
}

TEST_CASE("time lexicon loads with every class", "[time]") {
  REQUIRE_NOTHROW(TimeLexicon::Load());
  for (const LexiconRow& row : LoadLexicon("time.tsv")) {
    INFO("time.tsv line " << row.line);
    CHECK(row.fields.size() == 3);
  }
}

TEST_CASE("Arabic time expressions resolve to the documented intervals", "[time]") {
  // 2024-10-23 is a Wednesday, 2025-04-28 a Monday.
  const std::vector<Case> cases = {
      {"قال المسؤول يوم الاثنين إن 1500 جندي وصلوا", "2024-10-23", "1500", "2024-10-21", "2024-10-21"},
      {"والاثنين، قدرت الوزارة أن 1500 جندي وصلوا", "2024-10-23", "1500", "2024-10-21", "2024-10-21"},
      {"قال أوستن، الأربعاء، إن 1500 جندي وصلوا", "2024-10-23", "1500", "2024-10-23", "2024-10-23"},
      {"وقال الثلاثاء إن 32 دولة وافقت", "2024-10-23", "32", "2024-10-22", "2024-10-22"},
      {"وصل 1500 جندي أمس", "2024-10-23", "1500", "2024-10-22", "2024-10-22"},
      {"كشف اليوم السبت عن 1500 جندي", "2024-12-14", "1500", "2024-12-14", "2024-12-14"},
      {"وفي الأسبوع الماضي، وصل 1500 جندي", "2024-10-23", "1500", "2024-10-14", "2024-10-20"},
      {"وصل 1500 جندي الشهر الماضي", "2024-10-23", "1500", "2024-09-01", "2024-09-30"},
      {"وصل 1500 جندي العام الماضي", "2024-10-23", "1500", "2023-01-01", "2023-12-31"},
      {"وصل 1500 جندي هذا العام", "2024-10-23", "1500", "2024-01-01", "2024-12-31"},
      {"قالت الوكالة في وقت سابق من هذا الشهر إن 1500 جندي وصلوا", "2024-10-23", "1500",
       "2024-10-01", "2024-10-23"},
      {"أرسلت 3000 جندي إضافي إلى روسيا في وقت سابق من هذا العام.", "2025-04-28", "3000",
       "2025-01-01", "2025-04-28"},
      {"لكن في آذار/ مارس الماضي، أفاد الجيش بمقتل نحو 4000 جندي", "2025-04-28", "4000",
       "2025-03-01", "2025-03-31"},
      {"لكن في الشهر الماضي ، قدر الجيش أن 4000 جندي قتلوا", "2025-04-28", "4000",
       "2025-03-01", "2025-03-31"},
      {"نشرت 12 ألف جندي في روسيا خلال خريف العام الماضي", "2025-04-28", "12", "2024-09-01",
       "2024-11-30"},
      {"نشرت 12000 جنديًا إلى روسيا في الخريف الماضي في أول تورط", "2025-04-28", "12000",
       "2024-09-01", "2024-11-30"},
      {"أرسلت أكثر من 13 ألف حاوية إلى روسيا منذ أغسطس 2023، لتجديد مخزوناتها", "2024-10-23",
       "13", "2023-08-01", "2024-10-23"},
      {"من المقرر أن ينضم 5000 جندي إلى الكتيبة بحلول يوم الاثنين", "2024-10-23", "5000",
       "2024-10-28", "2024-10-28"},
      {"غزت روسيا أوكرانيا في فبراير 2022 بنحو 1500 دبابة", "2024-10-23", "1500",
       "2022-02-01", "2022-02-28"},
      {"وفي فبراير، قال إن 31 ألف جندي قتلوا منذ الغزو", "2024-10-28", "31", "2024-02-01",
       "2024-02-29"},
      {"بعد فشل إطلاق 3 أقمار في 27 مايو، أعلنت روسيا", "2024-12-14", "3", "2024-05-27",
       "2024-05-27"},
      {"وفي وقت سابق من نوفمبر الجاري، صدق 12 نائبا على المعاهدة", "2024-12-14", "12",
       "2024-11-01", "2024-11-30"},
      {"سيصل 1500 جندي في أوائل الأسبوع المقبل", "2024-10-23", "1500", "2024-10-28",
       "2024-10-29"},
      {"قتل 1500 جندي في كانون الثاني الماضي", "2024-10-23", "1500", "2024-01-01",
       "2024-01-31"},
      {"قتل 1500 جندي في آب 2023", "2024-10-23", "1500", "2023-08-01", "2023-08-31"},
      {"وقع 1500 شخص على العريضة عام 2019", "2024-10-23", "1500", "2019-01-01", "2019-12-31"},
      {"قتل أكثر من 1500 شخص منذ 2014", "2024-10-23", "1500", "2014-01-01", "2024-10-23"},
      // "since X, when ...": the when-clause's figure is X's; outside that clause, the range.
      {"وهي أسوأ كارثة منذ أبريل 2011، عند مقتل 22 شخصا", "2015-07-25", "22", "2011-04-01",
       "2011-04-30"},
      {"وهو الأسوأ منذ عام 2012 عندما غرق 40 شخصا", "2015-07-25", "40", "2012-01-01", "2012-12-31"},
      {"منذ 2011، عندما بدأت الحرب، قتل 250 ألف شخص", "2015-07-25", "250", "2011-01-01",
       "2015-07-25"},
      {"بلغ عدد الإصابات 1082 منذ ظهور المرض في 2012", "2015-07-21", "1082", "2012-01-01",
       "2015-07-21"},
      // After a comparison word, the date is the compared figure's: this one is the report's.
      {"وقال أمس إن الأرباح بلغت 500 مليون مقارنة بـ400 مليون في العام الماضي", "2015-07-21", "500",
       "2015-07-20", "2015-07-20"},
      {"وقال أمس إن الأرباح بلغت 500 مليون مقارنة بـ400 مليون في العام الماضي", "2015-07-21", "400",
       "2014-01-01", "2014-12-31"},
      {"ارتفع العدد منذ ظهور المرض في 2012، عندما سجلت 5 إصابات", "2015-07-21", "5",
       "2012-01-01", "2012-12-31"},
      {"بقي 1500 جندي حتى نهاية العام الماضي", "2024-10-23", "1500", "", "2023-12-31"},
      {"وصل 1500 جندي الاثنين الماضي", "2024-10-21", "1500", "2024-10-14", "2024-10-14"},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    TimeRef time = Resolve(c.sentence, c.published, c.number);
    CHECK_FALSE(time.from_publication);
    CHECK(time.from == c.from);
    CHECK(time.to == c.to);
  }
}

TEST_CASE("English time expressions resolve to the documented intervals", "[time]") {
  const std::vector<Case> cases = {
      {"Officials said on Monday that 1500 troops had arrived", "2024-10-23", "1500",
       "2024-10-21", "2024-10-21"},
      {"About 1500 troops arrived last week.", "2024-10-23", "1500", "2024-10-14", "2024-10-20"},
      {"Earlier this month, officials said 1500 troops had arrived", "2024-10-23", "1500",
       "2024-10-01", "2024-10-23"},
      {"In March, the army said 4000 soldiers were killed", "2024-10-23", "4000", "2024-03-01",
       "2024-03-31"},
      {"Since August 2023, Pyongyang has sent 13000 containers", "2024-10-23", "13000",
       "2023-08-01", "2024-10-23"},
      {"It is the worst accident on the lake since 2009, when the ship sank and 73 people died.",
       "2026-03-09", "73", "2009-01-01", "2009-12-31"},
      {"Since 2011, when the war began, 250000 people have been killed", "2015-07-25", "250000",
       "2011-01-01", "2015-07-25"},
      {"North Korea deployed 12000 troops last autumn", "2024-10-23", "12000", "2023-09-01",
       "2023-11-30"},
      {"About 5000 troops will join by Monday", "2024-10-23", "5000", "2024-10-28", "2024-10-28"},
      {"Kyiv said 200 drones were launched yesterday", "2024-10-23", "200", "2024-10-22",
       "2024-10-22"},
      {"The ministry said 300 people were evacuated last March", "2024-03-05", "300",
       "2023-03-01", "2023-03-31"},
      {"Officials counted 300 craters on May 27, 2024 near the border", "2024-10-23", "300",
       "2024-05-27", "2024-05-27"},
      {"The agency said 70 trucks crossed last year", "2024-10-23", "70", "2023-01-01",
       "2023-12-31"},
      {"Officials said last Monday that 70 trucks crossed", "2024-10-21", "70", "2024-10-14",
       "2024-10-14"},
      {"About 70 trucks will cross later this month", "2024-10-23", "70", "2024-10-23",
       "2024-10-31"},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    TimeRef time = Resolve(c.sentence, c.published, c.number);
    CHECK_FALSE(time.from_publication);
    CHECK(time.from == c.from);
    CHECK(time.to == c.to);
  }
}

TEST_CASE("issue12: a relative clause's time dates its own noun, not a later number", "[time]") {
  // A crash recalled from May, likened to two that fell on Thursday: the Thursday of the
  // relative clause ("اللتين سقطتا الخميس") is the other crashes'; the 8 killed are May's.
  TimeRef recalled = Resolve(
      "ومطلع مايو تحطمت مروحية عسكرية مثل المروحيتين اللتين سقطتا الخميس في باكستان، مما أدى إلى سقوط 8 قتلى",
      "2015-08-07", "8");
  CHECK(recalled.from == "2015-05-01");
  CHECK(recalled.to == "2015-05-10");
  TimeRef english = Resolve(
      "In March a bus like the one which crashed on Monday near the border fell into a river, killing 30 people",
      "2024-10-23", "30");
  CHECK(english.from == "2024-03-01");
  CHECK(english.to == "2024-03-31");
  // With no other expression before the number, the clause's time is still the nearest
  // there is ("the helicopter that fell on Thursday killed 9").
  TimeRef only = Resolve("المروحية التي سقطت الخميس، أدت إلى مقتل 9 أشخاص", "2015-08-07", "9");
  CHECK_FALSE(only.from_publication);
  CHECK(only.from == "2015-08-06");
  // A relative clause that the number belongs to stays its time, also when "و" continues it
  // past a comma.
  TimeRef continued = Resolve(
      "بدأت اليوم الثلاثاء محاكمة المتهمين في تفجير المسجد الذي وقع في 26 يونيو الماضي، وأسفر عن مقتل 27 شخصا",
      "2015-08-04", "27");
  CHECK(continued.from == "2015-06-26");
  TimeRef own = Resolve(
      "وقال أمس إن المعركة التي بدأت في منتصف يوليو، حيث دارت الاشتباكات في عدن التي سقط خلالها 108 شهداء",
      "2015-08-03", "108");
  CHECK(own.from == "2015-07-11");
  // An expression of an earlier clause does not date it either: the nearest one does.
  TimeRef earlier = Resolve(
      "تراجع بنسبة 75 في المائة مقارنة بعام 2013، في الوقت الذي بلغ فيه الرصيد بنهاية العام الماضي نحو 90 مليارا، مسجلا 17 في المائة",
      "2015-07-22", "17");
  CHECK(earlier.to == "2014-12-31");  // the end of last year, not 2013
  TimeRef inside = Resolve("ومطلع مايو سقطت المروحية التي قتل فيها الخميس 9 أشخاص", "2015-08-07", "9");
  CHECK(inside.from == "2015-08-06");
}

TEST_CASE("durations count back from publication", "[time]") {
  TimeRef ago = Resolve("قالت روسيا قبل يومين إن 1500 جندي", "2024-10-23", "1500",
                        {{"يومين", 1, 2, "day"}});
  CHECK(ago.from == "2024-10-21");
  CHECK(ago.to == "2024-10-21");
  TimeRef past = Resolve("قتل 1500 جندي خلال العامين الماضيين", "2024-10-23", "1500",
                         {{"العامين", 1, 2, "year"}});
  CHECK(past.from == "2022-10-23");
  CHECK(past.to == "2024-10-23");
  TimeRef english = Resolve("Kyiv said 1500 troops died two days ago", "2024-10-23", "1500",
                            {{"two", 2, 2, "day"}});
  CHECK(english.from == "2024-10-21");
  CHECK(english.to == "2024-10-21");
}

TEST_CASE("a running total is true as of its report, the event day is kept", "[time]") {
  // Issue 12: "15 were killed on Monday", reported on Wednesday 2024-10-23, is the toll as of
  // Wednesday; Monday stays the event's day.
  TimeRef toll = Resolve("Officials said 15 people were killed on Monday", "2024-10-23", "15", {}, true);
  CHECK(toll.from == "2024-10-23");
  CHECK(toll.to == "2024-10-23");
  CHECK(toll.event_from == "2024-10-21");
  CHECK(toll.event_to == "2024-10-21");
  CHECK(toll.surface == "on Monday");
  TimeRef ar = Resolve("قتل 15 شخصا يوم الاثنين", "2024-10-23", "15", {}, true);
  CHECK(ar.from == "2024-10-23");
  CHECK(ar.event_from == "2024-10-21");
  // Not cumulative (a count of shots fired that day): the day itself.
  TimeRef fired = Resolve("Rebels fired 15 rockets on Monday", "2024-10-23", "15", {}, false);
  CHECK(fired.from == "2024-10-21");
  CHECK(fired.event_from.empty());
  // A figure of last year, or one in the future, keeps its own period.
  TimeRef last_year = Resolve("15 people were killed last year", "2024-10-23", "15", {}, true);
  CHECK(last_year.from == "2023-01-01");
  CHECK(last_year.event_from.empty());
  TimeRef later = Resolve("15 troops will be sent by Monday", "2024-10-23", "15", {}, true, true);
  CHECK(later.event_from.empty());
}

TEST_CASE("a claim without a time expression is dated by its article", "[time]") {
  for (const char* sentence : {"وصل 1500 جندي إلى روسيا", "وقال أب إن 1500 جندي وصلوا",
                               "About 1500 troops may arrive soon",
                               "ويقال إن 1500 جندي قتلوا منذ الغزو"}) {
    INFO(sentence);
    TimeRef time = Resolve(sentence, "2024-10-23", "1500");
    CHECK(time.from_publication);
    CHECK(time.surface.empty());
    CHECK(time.from == "2024-10-23");
    CHECK(time.to == "2024-10-23");
  }
}

TEST_CASE("each claim takes the nearest expression of its own clause", "[time]") {
  const std::string sentence =
      "لكن في آذار الماضي، أفاد الجيش بمقتل 4000 جندي، مع إرسال 3000 جندي في وقت سابق من "
      "هذا العام.";
  TimeRef first = Resolve(sentence, "2025-04-28", "4000");
  CHECK(first.from == "2025-03-01");
  CHECK(first.surface == "في آذار الماضي");
  TimeRef second = Resolve(sentence, "2025-04-28", "3000");
  CHECK(second.from == "2025-01-01");
  CHECK(second.to == "2025-04-28");
  CHECK(second.surface == "في وقت سابق من هذا العام");
}

TEST_CASE("without a publication date only absolute expressions resolve", "[time]") {
  TimeRef absolute = Resolve("قتل 1500 جندي في آب 2023", "", "1500");
  CHECK(absolute.from == "2023-08-01");
  CHECK(absolute.to == "2023-08-31");
  TimeRef relative = Resolve("قتل 1500 جندي يوم الاثنين", "", "1500");
  CHECK_FALSE(relative.from_publication);
  CHECK(relative.surface == "يوم الاثنين");
  CHECK(relative.from.empty());
  CHECK(relative.to.empty());
}

TEST_CASE("publication date: metadata first, else the latest full date in the text", "[time]") {
  auto date = [](const std::string& text, const std::string& published) {
    Document doc;
    doc.text = text;
    doc.published = published;
    AnalyzedText analyzed = AnalyzeText(text);
    return DatePublication(doc, analyzed, {}, Lexicon());
  };
  PublicationDate given = date("نص بلا تاريخ", "2024-10-28");
  CHECK(given.date == "2024-10-28");
  CHECK_FALSE(given.estimated);
  PublicationDate arabic = date("وقع الاتفاق في 19 يونيو 2024. ونشر التقرير في 3 ديسمبر 2024.", "");
  CHECK(arabic.date == "2024-12-03");
  CHECK(arabic.estimated);
  PublicationDate english = date("Published May 27, 2024. The deal of 12 June 2023 holds.", "");
  CHECK(english.date == "2024-05-27");
  PublicationDate iso = date("Updated 2025-04-28 09:00. Troops arrived.", "");
  CHECK(iso.date == "2025-04-28");
  PublicationDate none = date("وصل 1500 جندي يوم الاثنين", "");
  CHECK(none.date.empty());
  CHECK_FALSE(none.estimated);
  PublicationDate bad_metadata = date("نشر في 3 ديسمبر 2024", "not a date");
  CHECK(bad_metadata.date == "2024-12-03");
  CHECK(bad_metadata.estimated);
}

}  // namespace mizan
