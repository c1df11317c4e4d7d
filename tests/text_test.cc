#include <catch2/catch.hpp>

#include "core/text.h"

namespace mizan {
namespace {

TEST_CASE("match form folds digits, marks, letters and keeps offsets", "[text]") {
  const std::string input = "قال: نحو ١٠ آلاف جنديًا\u200F.";
  AnalyzedText t = AnalyzeText(input);
  CHECK(t.norm == "قال: نحو 10 الاف جنديا.");
  // The token "10" maps back to the two Arabic-Indic digits.
  for (uint32_t k = 0; k < t.tokens.size(); ++k) {
    if (t.TokenText(k) == "10") {
      ByteSpan orig = t.ToOriginal(t.tokens[k].norm_span);
      CHECK(input.substr(orig.begin, orig.size()) == "١٠");
    }
  }
}

TEST_CASE("presentation forms expand through NFKC", "[text]") {
  CHECK(FoldForMatch("\uFEFB") == "لا");
  CHECK(FoldForMatch("مـــليون") == "مليون");
  CHECK(FoldForMatch("أكثرُ مِن ٣٬٥٠٠") == "اكثر من 3٬500");
}

TEST_CASE("sentences split on Arabic and Latin punctuation, not in decimals", "[text]") {
  AnalyzedText t = AnalyzeText("قال إن 3.5 مليون. وأضاف؟ نعم\nسطر جديد");
  REQUIRE(t.sentences.size() == 4);
  CHECK(t.View(t.sentences[0].norm_span) == "قال ان 3.5 مليون.");
  CHECK(t.sentences[3].line == 2);
}

TEST_CASE("CRLF reads as LF", "[text]") {
  AnalyzedText t = AnalyzeText("a\r\nb");
  CHECK(t.norm == "a\nb");
  CHECK(t.sentences.size() == 2);
}

}  // namespace
}  // namespace mizan
