#include <catch2/catch.hpp>

#include <unicode/utf8.h>

#include <string>
#include <vector>

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

// The match form folds every code point independently, so AnalyzedText must equal the
// concatenation of each code point folded alone. FoldForMatch of a text of one or two bytes
// takes the ICU path (the cached fast path needs two bytes of lookahead), so this compares
// the cached table against ICU, offsets included.
void CheckAgainstPerCodePointFold(const std::string& input) {
  AnalyzedText t = AnalyzeText(input);
  std::string expected;
  std::vector<uint32_t> starts, ends;
  const auto* bytes = reinterpret_cast<const uint8_t*>(input.data());
  const auto length = static_cast<int32_t>(input.size());
  for (int32_t i = 0; i < length;) {
    const int32_t begin = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    const std::string folded = FoldForMatch(input.substr(begin, i - begin));
    expected += folded;
    starts.insert(starts.end(), folded.size(), static_cast<uint32_t>(begin));
    ends.insert(ends.end(), folded.size(), static_cast<uint32_t>(i));
  }
  starts.push_back(static_cast<uint32_t>(input.size()));
  ends.push_back(static_cast<uint32_t>(input.size()));
  CHECK(t.norm == expected);
  CHECK(t.norm_to_orig == starts);
  CHECK(t.norm_to_orig_end == ends);
}

TEST_CASE("cached fast path folds like ICU on mixed text", "[text]") {
  // Harakat, tatweel, presentation forms and ligatures, Persian and Arabic-Indic digits,
  // bidi marks, NBSP, CRLF, Latin-1, general punctuation, an emoji and U+FDFA (one code
  // point that NFKC expands to eighteen).
  const std::string mixed =
      "قالَ المتحدثُ: إنّ نحو ١٬٥٠٠ جنديّاً وصلوا\u200F، و۳۴ مـــدرعة\r\n"
      "\uFEFB \uFEF7 \uFDF2 \uFDFA ص\u00A0\u2009\u2003«مسؤول» ی ک ٱ \u061C\u200E"
      "Caf\u00E9 \u00BD \u00B2 \u2026 \u201CU.S.\u201D \u2028 \t\v\f \U0001F600 \u202B\u2066x";
  CheckAgainstPerCodePointFold(mixed);
  AnalyzedText t = AnalyzeText(mixed);
  CHECK(t.norm.find("1٬500") != std::string::npos);
  CHECK(t.norm.find("34 مدرعه\n") != std::string::npos);
  CHECK(t.norm.find("لا لا") != std::string::npos);
}

TEST_CASE("every one- and two-byte code point folds like ICU inside a text", "[text]") {
  for (UChar32 c = 1; c < 0x800; ++c) {
    std::string input = "ab";
    int32_t n = static_cast<int32_t>(input.size());
    input.resize(input.size() + 4);
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(input.data()), n, n + 4, c, error);
    input.resize(static_cast<size_t>(n));
    input += "cd";
    INFO("U+" << std::hex << c);
    CheckAgainstPerCodePointFold(input);
  }
}

TEST_CASE("general punctuation: spaces, bidi marks, separators", "[text]") {
  CHECK(FoldForMatch("a\u2003b\u200Fc\u2028d\u2070") == "a bc\nd0");
  CHECK(FoldForMatch("\u201Cx\u201D") == "\u201Cx\u201D");
  CHECK(FoldForMatch("x\u2026") == "x...");
}

}  // namespace
}  // namespace mizan
