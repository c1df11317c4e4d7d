// AnalyzeText splits tokens while it normalizes (one pass over the text). This checks the
// fused split against the definition: decode the finished match form code point by code
// point and cut it into words, digit runs and single punctuation code points.
#include <catch2/catch.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>
#include <vector>

#include "core/text.h"

namespace mizan {
namespace {

bool IsWordCodePoint(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  const int8_t type = u_charType(c);
  return u_isalpha(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool IsAsciiDigit(UChar32 c) { return c >= '0' && c <= '9'; }

// The tokens of a match form, by the definition in core/text.h.
std::vector<Token> ReferenceTokens(const std::string& norm) {
  std::vector<Token> tokens;
  const auto* bytes = reinterpret_cast<const uint8_t*>(norm.data());
  const auto length = static_cast<int32_t>(norm.size());
  bool glued = false;
  int32_t i = 0;
  while (i < length) {
    const int32_t begin = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c == ' ' || c == '\n') {
      glued = false;
      continue;
    }
    TokenKind kind = TokenKind::kPunct;
    if (IsAsciiDigit(c) || IsWordCodePoint(c)) {
      const bool digits = IsAsciiDigit(c);
      kind = digits ? TokenKind::kNumber : TokenKind::kWord;
      while (i < length) {
        int32_t next = i;
        UChar32 d;
        U8_NEXT(bytes, next, length, d);
        if (digits ? !IsAsciiDigit(d) : !IsWordCodePoint(d)) break;
        i = next;
      }
    }
    tokens.push_back(Token{{static_cast<uint32_t>(begin), static_cast<uint32_t>(i)}, kind, 0,
                           glued});
    glued = true;
  }
  return tokens;
}

TEST_CASE("tokens split while normalizing match the match form's definition", "[text]") {
  const std::vector<std::string> inputs = {
      "وقال مسؤول إن نحو ١٠ آلاف جندي",
      "جنديًا، و10كم (بـ٥٪) ١٬٥٠٠ ٣٫٥ 1,500.",
      "wait… U.S. Ĳssel ‥ 10k F-16 «قال»\u200F\u200B",
      "\uFEFB \u00BD \uFDF2 \u2033 x\u0301y",
      "line\r\none\ttwo\u00A0three\u2028four\u2029",
      "مـــليون أكثرُ مِن",
      std::string("bad \xFF\xC3 utf8 \xE2\x80"),
      "",
      "   ",
      "123",
  };
  for (const std::string& input : inputs) {
    INFO(input);
    const AnalyzedText t = AnalyzeText(input);
    const std::vector<Token> expected = ReferenceTokens(t.norm);
    REQUIRE(t.tokens.size() == expected.size());
    for (size_t k = 0; k < expected.size(); ++k) {
      INFO(k);
      CHECK(t.tokens[k].norm_span.begin == expected[k].norm_span.begin);
      CHECK(t.tokens[k].norm_span.end == expected[k].norm_span.end);
      CHECK(t.tokens[k].kind == expected[k].kind);
      CHECK(t.tokens[k].glued_to_previous == expected[k].glued_to_previous);
    }
  }
}

}  // namespace
}  // namespace mizan
