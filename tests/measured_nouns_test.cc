// What an amount or a percentage measures (issue 12, item 4): a money or share claim (not a
// price per unit) counts "<unit>|<measure>", the measure a noun of core/lexicons/measured_nouns.tsv
// before (or, in English, right after) the amount, so that a story's deficit, debt and
// reserves in one currency are different facts. Every sentence is written for this test.
#include <catch2/catch.hpp>

#include <string>

#include "core/extract.h"
#include "core/lexicon.h"
#include "claim_of.h"

namespace mizan {
namespace {

// The claim of an article published on 2015-08-07 whose numeral is written `numeral`.
Claim ClaimOf(const std::string& text, const std::string& numeral, const std::string& language = "") {
  return testing::ClaimOf(text, "2015-08-07", numeral, language);
}

// The measure part of what the claim counts ("" when it has none).
std::string MeasureOf(const Claim& c) {
  const size_t bar = c.counted.find('|');
  return bar == std::string::npos ? "" : c.counted.substr(bar + 1);
}

TEST_CASE("an Arabic amount or rate takes the noun it measures", "[claims][measure]") {
  // The head of a construct, not its genitive: the budget's deficit.
  const Claim deficit = ClaimOf("وقال الوزير إن عجز الميزانية بلغ 20 مليار دولار.", "20 مليار");
  CHECK(deficit.unit == "usd");
  CHECK(MeasureOf(deficit) == "deficit");
  CHECK(MeasureOf(ClaimOf("وتملك المملكة احتياطيات نقدية تبلغ 650 مليار دولار.", "650 مليار")) == "reserves");
  CHECK(MeasureOf(ClaimOf("ويبلغ الدين العام للبلاد نحو 44 مليار ريال.", "44 مليار")) == "debt");
  CHECK(MeasureOf(ClaimOf("وسجل الاقتصاد نموا بنسبة 6.8% خلال العام.", "6.8%")) == "growth");
  CHECK(MeasureOf(ClaimOf("وتبلغ ضريبة المبيعات في البلاد 23%.", "23%")) == "tax");
  CHECK(MeasureOf(ClaimOf("وبلغ نمو الودائع 12% في الربع الأول.", "12%")) == "growth");
}

TEST_CASE("an English amount or rate takes the noun it measures", "[claims][measure]") {
  CHECK(MeasureOf(ClaimOf("The country ran a budget deficit of $150 billion last year.", "150 billion", "en")) ==
        "deficit");
  CHECK(MeasureOf(ClaimOf("Its public debt of 44 billion riyals worries lenders.", "44 billion", "en")) == "debt");
  CHECK(MeasureOf(ClaimOf("Portugal charges VAT at 23% on most goods.", "23%", "en")) == "tax");
  CHECK(MeasureOf(ClaimOf("The state posted a $150 billion deficit.", "150 billion", "en")) == "deficit");
}

TEST_CASE("two amounts of one currency in one story are told apart by their measure", "[claims][measure]") {
  const Claim debt = ClaimOf("وبلغت ديون البلاد 300 مليار دولار.", "300 مليار");
  const Claim reserves = ClaimOf("وبلغت احتياطيات البلاد 300 مليار دولار.", "300 مليار");
  CHECK(debt.unit == reserves.unit);
  CHECK(debt.counted != reserves.counted);
  // Plural and singular, Arabic and English meet on one id.
  CHECK(debt.counted == ClaimOf("وبلغ دين البلاد 300 مليار دولار.", "300 مليار").counted);
  CHECK(MeasureOf(ClaimOf("The country's debts reached $300 billion.", "300 billion", "en")) == "debt");
}

TEST_CASE("an amount with a predicate also takes its measure", "[claims][measure]") {
  // "بقيمة" reads as cost: a deal's cost and a loan's are still two facts.
  const Claim deal = ClaimOf("ووقعت الشركة صفقة بقيمة 5 مليارات ريال.", "5 مليارات");
  const Claim loan = ClaimOf("وحصلت الشركة على قرض بقيمة 5 مليارات ريال.", "5 مليارات");
  CHECK(MeasureOf(deal) == "deal");
  CHECK(MeasureOf(loan) == "loan");
  CHECK(deal.predicate == loan.predicate);
}

TEST_CASE("an amount with no measured noun keeps its currency alone", "[claims][measure]") {
  // A generic amount word says nothing of what is measured; neither does a plain noun.
  const Claim deal = ClaimOf("ووقع الطرفان عقدا يبلغ مجموعه 5 مليارات ريال.", "5 مليارات");
  CHECK(deal.unit == "riyal");
  CHECK(deal.counted == "riyal");
  // A count of things is not an amount: its noun is what is counted, with no measure.
  const Claim soldiers = ClaimOf("وبلغ عجز القوات 300 جندي.", "300");
  CHECK(MeasureOf(soldiers).empty());
  // A measured noun in an earlier clause is another figure's.
  CHECK(MeasureOf(ClaimOf("وارتفع التضخم، وقال البنك إن الأسعار استقرت عند 5%.", "5%")) == "price");
  CHECK(ClaimOf("ارتفع التضخم، وقال مسؤول إن ذلك بلغ 5%.", "5%").counted == "percent");
}

// Issue 12 batch4: three victims' burns ("على 90% من جسدها", "80% من جسده") shared the bare
// "percent" key with a story's other shares, joined by an "up to 90%" that holds them all.
TEST_CASE("issue12: a share takes the whole it is of, named after it", "[claims][measure]") {
  CHECK(MeasureOf(ClaimOf("وقال طبيب إن الوالدة مصابة بحروق على 90 بالمئة من جسدها.", "90")) == "body");
  CHECK(MeasureOf(ClaimOf("وقال طبيب إن الوالد \"مصاب بحروق على 80 بالمئة\" من جسده.", "80")) == "body");
  CHECK(MeasureOf(ClaimOf("وستغطي السندات ما يصل إلى 40 في المائة من العجز.", "40")) == "deficit");
  CHECK(MeasureOf(ClaimOf("ويشكل ذلك أكثر من 3% من إجمالي الناتج المحلي.", "3%")) == "output");
  CHECK(MeasureOf(ClaimOf("The burns covered more than 60 percent of the body.", "60", "en")) == "body");
  CHECK(MeasureOf(ClaimOf("وتذهب 30 في المائة من ميزانيتها إلى الرواتب.", "30")) == "budget");
  // A measured noun before the share still names it: the debt is a share of output.
  CHECK(MeasureOf(ClaimOf("وتصل نسبة الدين الحكومي إلى 169% من إجمالي الناتج المحلي.", "169%")) == "debt");
  // A share of a whole the lexicon does not measure, or of "them", keeps the bare key.
  CHECK(ClaimOf("وقال إن 85% من الشكاوى تم حفظها.", "85%").counted == "percent");
  CHECK(ClaimOf("وتبلغ الودائع 1.5 ترليون ريال، 60% منها خاملة.", "60%").counted == "percent");
  // Money is not a share of anything after it.
  CHECK(MeasureOf(ClaimOf("ووقع الطرفان عقدا يبلغ مجموعه 5 مليارات ريال من الميزانية.", "5 مليارات")).empty());
}

}  // namespace
}  // namespace mizan
