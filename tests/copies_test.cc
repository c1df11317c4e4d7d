// Copy detection on synthetic pairs: a wire copy under another header, a rewrite that
// keeps the figures, and unrelated stories that only share a year or a small number.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/copies.h"

namespace mizan {
namespace {

struct Figure {
  double low;
  double high;
  NumberKind kind = NumberKind::kQuantity;
  Qualifier qualifier = Qualifier::kExact;
};

CopyFingerprint Print(const std::string& doc, const std::string& text,
                      const std::vector<Figure>& figures = {},
                      const std::vector<std::string>& sources = {}) {
  AnalyzedText analyzed = AnalyzeText(text);
  Extraction x;
  x.doc = doc;
  for (const Figure& f : figures) {
    NumberMention m;
    m.kind = f.kind;
    m.value.low = f.low;
    m.value.high = f.high;
    m.value.qualifier = f.qualifier;
    x.mentions.push_back(m);
  }
  for (const std::string& source : sources) {
    Claim claim;
    claim.attribution.push_back(SourceHop{});
    claim.attribution.back().name = source;
    x.claims.push_back(claim);
  }
  return FingerprintDocument(x, analyzed);
}

const std::string kStory =
    "أعلن حلف شمال الأطلسي للمرة الأولى أن قوات تم نشرها في المنطقة الحدودية حيث يوجد "
    "للقوات موطئ قدم. وقال الأمين العام للحلف إنه يستطيع تأكيد نشر القوات بعد أسابيع من "
    "التقارير الاستخباراتية عقب اجتماع مع مسؤولي الأمن والدفاع. وأضاف أن نشر القوات يمثل "
    "تصعيدا كبيرا وتوسعا خطيرا للحرب، وأن الشراكة تقوض السلام والأمن العالميين. ومن غير "
    "الواضح بالضبط عدد الجنود الذين تم إرسالهم، لكن وزارة الدفاع قدرت أن نحو عشرة آلاف "
    "جندي أرسلوا للتدريب في الشرق.";

const std::string kOtherStory =
    "The central bank raised its main interest rate on Thursday for the third time this "
    "year, citing stubborn inflation in services and a tight labour market. Economists had "
    "expected the move after wage data surprised to the upside in the spring, and markets "
    "now price one more increase before the end of the year.";

}  // namespace

TEST_CASE("fingerprints are fixed-size and deterministic", "[copies]") {
  CopyFingerprint a = Print("a", kStory, {{1500, 1500}, {5, 5}, {2000, 9999, NumberKind::kQuantity, Qualifier::kVague}, {2022, 2022, NumberKind::kYear}});
  CopyFingerprint b = Print("a", kStory, {{1500, 1500}});
  REQUIRE(a.minhash.size() == 64);
  CHECK(a.minhash == b.minhash);
  // Small counts, vague plurals and years never identify a story.
  CHECK(a.numbers == std::vector<std::string>{"1500"});
  CopyFingerprint range = Print("r", "x", {{10000, 12000}, {1500, 1500}});
  CHECK(range.numbers == std::vector<std::string>{"10000-12000", "1500"});
  CHECK(Print("e", "").minhash.empty());
}

TEST_CASE("a wire copy under a different header is one group", "[copies]") {
  std::vector<CopyFingerprint> prints = {
      Print("b-outlet", "عاجل | موقع الأخبار\n" + kStory + "\nتابعونا على الشبكات"),
      Print("a-wire", "(رويترز) - " + kStory),
      Print("c-other", kOtherStory),
  };
  std::vector<CopyGroup> groups = FindCopies(prints, CopyOptions{});
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].id == "copy-1");
  CHECK(groups[0].kind == "wire_copy");
  CHECK(groups[0].docs == std::vector<std::string>{"a-wire", "b-outlet"});
  CHECK(groups[0].similarity >= 0.6);
  CHECK(groups[0].similarity <= 1.0);
  REQUIRE(groups[0].evidence.size() == 1);
}

TEST_CASE("a rewrite with the same figures in order is one group", "[copies]") {
  const std::vector<Figure> figures = {{10000, 12000}, {4000, 4000}, {3000, 3000}};
  std::vector<CopyFingerprint> prints = {
      Print("ap-ar-1", kStory, figures, {"south_korea.military"}),
      Print("ap-ar-2", kOtherStory, {{10000, 12000}, {1950, 1950, NumberKind::kYear},
                                     {4000, 4000, NumberKind::kQuantity, Qualifier::kApprox},
                                     {3000, 3000}, {250, 250}},
            {"south_korea.military"}),
  };
  std::vector<CopyGroup> groups = FindCopies(prints, CopyOptions{});
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].kind == "rewrite");
  CHECK(groups[0].docs == std::vector<std::string>{"ap-ar-1", "ap-ar-2"});
  CHECK(groups[0].similarity == Approx(1.0));
  REQUIRE(groups[0].evidence.size() == 1);
  CHECK(groups[0].evidence[0].find("10000-12000, 4000, 3000") != std::string::npos);
  CHECK(groups[0].evidence[0].find("south_korea.military") != std::string::npos);
}

TEST_CASE("unrelated stories sharing a year or a few figures are not copies", "[copies]") {
  std::vector<CopyFingerprint> prints = {
      Print("one", kStory, {{2022, 2022, NumberKind::kYear}, {2, 2}, {1500, 1500}, {600, 600}}),
      Print("two", kOtherStory, {{2022, 2022, NumberKind::kYear}, {2, 2}, {1500, 1500}, {600, 600}}),
      // Same three figures, but in another order: not the same story line.
      Print("three", "نص ثالث مختلف تماما عن الموضوعين", {{600, 600}, {70, 70}, {1500, 1500}}),
      Print("four", "نص رابع لا علاقة له بما سبق", {{1500, 1500}, {600, 600}, {70, 70}}),
  };
  // three/four share 600 and 1500 in one order and 70 after or before: LCS is 2.
  CHECK(FindCopies(prints, CopyOptions{}).empty());
}

TEST_CASE("copy groups do not depend on input order", "[copies]") {
  const std::vector<Figure> figures = {{10000, 12000}, {4000, 4000}, {3000, 3000}};
  std::vector<CopyFingerprint> prints = {
      Print("d", kOtherStory), Print("a", kStory), Print("c", kOtherStory + " Updated."),
      Print("b", "(أ ف ب) " + kStory), Print("e", "story e", figures), Print("f", "story f", figures),
  };
  std::vector<CopyGroup> forward = FindCopies(prints, CopyOptions{});
  std::reverse(prints.begin(), prints.end());
  std::vector<CopyGroup> backward = FindCopies(prints, CopyOptions{});
  REQUIRE(forward.size() == 3);
  REQUIRE(backward.size() == forward.size());
  for (size_t g = 0; g < forward.size(); ++g) {
    CHECK(forward[g].id == backward[g].id);
    CHECK(forward[g].docs == backward[g].docs);
    CHECK(forward[g].kind == backward[g].kind);
    CHECK(forward[g].similarity == backward[g].similarity);
    CHECK(forward[g].evidence == backward[g].evidence);
  }
  CHECK(forward[0].docs == std::vector<std::string>{"a", "b"});
  CHECK(forward[1].docs == std::vector<std::string>{"c", "d"});
  CHECK(forward[2].docs == std::vector<std::string>{"e", "f"});
  CHECK(forward[2].kind == "rewrite");
}

}  // namespace mizan
