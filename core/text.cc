#include "core/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cassert>

namespace mizan {
namespace {

constexpr UChar32 kReplacement = 0xFFFD;

// Arabic combining marks (harakat, tanween, Quranic marks) and tatweel: dropped, since
// news text uses them inconsistently (جنديًا / جندياً / جنديا are one word).
bool IsDroppedArabicMark(UChar32 c) {
  return c == 0x0640 || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
         (c >= 0x0610 && c <= 0x061A) || (c >= 0x06D6 && c <= 0x06ED);
}

// Letter variants that writers use interchangeably; folded for matching only.
UChar32 FoldLetter(UChar32 c) {
  switch (c) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627;  // أ إ آ ٱ -> ا
    case 0x0649: return 0x064A;                                         // ى -> ي
    case 0x0629: return 0x0647;                                         // ة -> ه
    case 0x06CC: return 0x064A;                                         // ی -> ي
    case 0x06A9: return 0x0643;                                         // ک -> ك
    default: return c;
  }
}

// The match form under construction: for every byte written, the original code point
// [orig_begin, orig_end) it came from. Writes by index into arrays sized up front, since
// push_back per byte dominated the profile. Invariant: capacity >= size + the input bytes
// not yet consumed + 4, so the fast paths (which never write more bytes than they consume)
// need no check; only CodePoint, which may expand (NFKC ligatures, U+FFFD), grows.
class NormBuffer {
 public:
  NormBuffer(std::string& out, std::vector<uint32_t>& starts, std::vector<uint32_t>& ends,
             size_t input_size)
      : out_(out), starts_(starts), ends_(ends) {
    Grow(input_size + 8);
  }

  void Byte(char b, uint32_t orig_begin, uint32_t orig_end) {
    out_[size_] = b;
    starts_[size_] = orig_begin;
    ends_[size_] = orig_end;
    ++size_;
  }

  void CodePoint(UChar32 c, uint32_t orig_begin, uint32_t orig_end, size_t input_left) {
    if (size_ + input_left + 8 > out_.size()) Grow(2 * (size_ + input_left + 8));
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(out_.data() + size_), length, 4, c, error);
    if (error) return;
    for (int32_t k = 0; k < length; ++k) {
      starts_[size_ + k] = orig_begin;
      ends_[size_ + k] = orig_end;
    }
    size_ += static_cast<size_t>(length);
  }

  // Trims to what was written and adds the sentinel entry for offset text_size.
  void Finish(uint32_t text_size) {
    out_.resize(size_);
    starts_.resize(size_ + 1);
    ends_.resize(size_ + 1);
    starts_[size_] = text_size;
    ends_[size_] = text_size;
  }

 private:
  void Grow(size_t capacity) {
    out_.resize(capacity);
    starts_.resize(capacity + 1);
    ends_.resize(capacity + 1);
  }

  std::string& out_;
  std::vector<uint32_t>& starts_;
  std::vector<uint32_t>& ends_;
  size_t size_ = 0;
};

// The folding applied to one code point after NFKC. Returns -1 to drop it.
UChar32 FoldCodePoint(UChar32 c) {
  if (c < 0x80) {
    if (c == '\r') return -1;  // CRLF reads as LF
    if (c == '\t' || c == '\v' || c == '\f') return ' ';
    return c;
  }
  if (IsDroppedArabicMark(c)) return -1;
  const int8_t type = u_charType(c);
  if (type == U_FORMAT_CHAR) return -1;  // bidi marks, ZWJ/ZWNJ, U+2066..2069
  if (type == U_DECIMAL_DIGIT_NUMBER) return '0' + u_charDigitValue(c);
  if (c == 0x2028 || c == 0x2029) return '\n';
  if (type == U_SPACE_SEPARATOR) return ' ';
  return FoldLetter(c);
}

const icu::Normalizer2& Nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  assert(U_SUCCESS(status) && nfkc != nullptr);
  return *nfkc;
}

void Normalize(std::string_view text, std::string& norm, std::vector<uint32_t>& starts,
               std::vector<uint32_t>& ends) {
  const icu::Normalizer2& nfkc = Nfkc();
  NormBuffer out(norm, starts, ends, text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    const auto begin = static_cast<uint32_t>(i);
    if (bytes[i] < 0x80) {  // ASCII fast path: spaces, digits, punctuation, Latin
      const UChar32 folded = FoldCodePoint(bytes[i]);
      ++i;
      if (folded >= 0) out.Byte(static_cast<char>(folded), begin, begin + 1);
      continue;
    }
    // Fast path for the base Arabic letters U+0621-063A and U+0641-064A (lead byte D8 or
    // D9), most of Arabic news: NFKC-inert letters that only need the variant folding.
    if (i + 1 < length && (bytes[i] == 0xD8 || bytes[i] == 0xD9) &&
        (bytes[i + 1] & 0xC0) == 0x80) {
      const UChar32 c = ((bytes[i] & 0x1F) << 6) | (bytes[i + 1] & 0x3F);
      if ((c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A)) {
        i += 2;
        const UChar32 folded = FoldLetter(c);
        if (folded == c) {
          out.Byte(static_cast<char>(bytes[begin]), begin, begin + 2);
          out.Byte(static_cast<char>(bytes[begin + 1]), begin, begin + 2);
        } else {
          out.CodePoint(folded, begin, begin + 2, text.size() - i);
        }
        continue;
      }
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    const auto end = static_cast<uint32_t>(i);
    if (c < 0) c = kReplacement;
    if (nfkc.isInert(c)) {
      const UChar32 folded = FoldCodePoint(c);
      if (folded >= 0) out.CodePoint(folded, begin, end, text.size() - end);
      continue;
    }
    // Not inert: decompose this one code point (presentation forms, ligatures,
    // compatibility digits) and fold each code point of the result.
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString normalized = nfkc.normalize(icu::UnicodeString(c), status);
    if (U_FAILURE(status)) normalized = icu::UnicodeString(c);
    for (int32_t k = 0; k < normalized.length();) {
      const UChar32 part = normalized.char32At(k);
      k += U16_LENGTH(part);
      const UChar32 folded = FoldCodePoint(part);
      if (folded >= 0) out.CodePoint(folded, begin, end, text.size() - end);
    }
  }
  out.Finish(static_cast<uint32_t>(text.size()));
}

bool IsWordCodePoint(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if ((c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A)) return true;
  const int8_t type = u_charType(c);
  return u_isalpha(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

void Tokenize(const std::string& norm, std::vector<Token>& tokens) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(norm.data());
  const auto length = static_cast<int32_t>(norm.size());
  int32_t i = 0;
  bool glued = false;
  while (i < length) {
    const int32_t begin = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c == ' ' || c == '\n') {
      glued = false;
      continue;
    }
    TokenKind kind;
    if (c >= '0' && c <= '9') {
      kind = TokenKind::kNumber;
      while (i < length && bytes[i] >= '0' && bytes[i] <= '9') ++i;
    } else if (IsWordCodePoint(c)) {
      kind = TokenKind::kWord;
      while (i < length) {
        // Fast path: ASCII letters and two-byte base Arabic letters, without decoding.
        const uint8_t b0 = bytes[i];
        if ((b0 | 0x20) >= 'a' && (b0 | 0x20) <= 'z') {
          ++i;
          continue;
        }
        if ((b0 == 0xD8 || b0 == 0xD9) && i + 1 < length) {
          const UChar32 d = ((b0 & 0x1F) << 6) | (bytes[i + 1] & 0x3F);
          if ((d >= 0x0621 && d <= 0x063A) || (d >= 0x0641 && d <= 0x064A)) {
            i += 2;
            continue;
          }
        }
        int32_t next = i;
        UChar32 d;
        U8_NEXT(bytes, next, length, d);
        if (!IsWordCodePoint(d)) break;
        i = next;
      }
    } else {
      kind = TokenKind::kPunct;
    }
    tokens.push_back(Token{{static_cast<uint32_t>(begin), static_cast<uint32_t>(i)}, kind, 0,
                           glued});
    glued = true;
  }
}

bool IsSentenceEnd(std::string_view punct) {
  return punct == "." || punct == "!" || punct == "?" || punct == "\xD8\x9F" /* ؟ */ ||
         punct == "\xD8\x9B" /* ؛ */ || punct == "\xE2\x80\xA6" /* … */;
}

// Closing quotes and brackets that belong to the sentence they end.
bool IsCloser(std::string_view punct) {
  return punct == "\"" || punct == ")" || punct == "\xE2\x80\x9D" /* ” */ ||
         punct == "\xC2\xBB" /* » */ || punct == "'" || punct == "\xE2\x80\x99" /* ’ */;
}

// Abbreviations whose period does not end a sentence (ICU's root rules split them).
bool IsAbbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kAbbreviations = {
      "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "St", "Jr", "vs",
      "U", "S", "No", "Inc"};
  if (std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end()) {
    return true;
  }
  // A single Arabic letter before a period is an abbreviation: د. (Dr.), د.ك (dinar), م.
  return word.size() == 2 && static_cast<uint8_t>(word[0]) >= 0xD8 &&
         static_cast<uint8_t>(word[0]) <= 0xDB;
}

void Segment(AnalyzedText& t) {
  const std::string& norm = t.norm;
  std::vector<Token>& tokens = t.tokens;
  // Only the gap between two tokens is searched: a find() to the next newline would make
  // a long single-line article quadratic.
  auto has_newline_between = [&](size_t a, size_t b) {
    return b > a && std::string_view(norm).substr(a, b - a).find('\n') != std::string_view::npos;
  };
  size_t first = 0;
  auto close = [&](size_t end_token) {
    if (end_token <= first) return;
    Sentence s;
    s.first_token = static_cast<uint32_t>(first);
    s.end_token = static_cast<uint32_t>(end_token);
    s.norm_span = {tokens[first].norm_span.begin, tokens[end_token - 1].norm_span.end};
    const uint32_t orig = t.norm_to_orig[s.norm_span.begin];
    s.line = t.LineOf(orig);
    s.paragraph = s.line - 1;
    for (size_t k = first; k < end_token; ++k) {
      tokens[k].sentence = static_cast<uint32_t>(t.sentences.size());
    }
    t.sentences.push_back(s);
    first = end_token;
  };
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (k > first &&
        has_newline_between(tokens[k - 1].norm_span.end, tokens[k].norm_span.begin)) {
      close(k);
    }
    if (tokens[k].kind != TokenKind::kPunct) continue;
    const std::string_view punct = t.TokenText(static_cast<uint32_t>(k));
    if (!IsSentenceEnd(punct)) continue;
    if (punct == "." && k > 0 && k + 1 < tokens.size()) {
      const Token& prev = tokens[k - 1];
      const Token& next = tokens[k + 1];
      // 3.5 and 1.500 are numbers; U.S. and د.ك are abbreviations.
      if (prev.kind == TokenKind::kNumber && next.kind == TokenKind::kNumber && next.glued_to_previous) continue;
      if (prev.kind == TokenKind::kWord && tokens[k].glued_to_previous &&
          IsAbbreviation(t.TokenText(static_cast<uint32_t>(k - 1)))) {
        continue;
      }
    }
    size_t end = k + 1;
    while (end < tokens.size() && tokens[end].kind == TokenKind::kPunct &&
           tokens[end].glued_to_previous &&
           (IsCloser(t.TokenText(static_cast<uint32_t>(end))) ||
            IsSentenceEnd(t.TokenText(static_cast<uint32_t>(end))))) {
      ++end;
    }
    close(end);
    k = end - 1;
  }
  close(tokens.size());
}

}  // namespace

ByteSpan AnalyzedText::ToOriginal(ByteSpan norm_span) const {
  if (norm_span.empty()) {
    const uint32_t at = norm_to_orig[std::min<size_t>(norm_span.begin, norm.size())];
    return {at, at};
  }
  return {norm_to_orig[norm_span.begin], norm_to_orig_end[norm_span.end - 1]};
}

uint32_t AnalyzedText::LineOf(uint32_t orig_offset) const {
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), orig_offset);
  return static_cast<uint32_t>(it - line_starts.begin());
}

uint32_t AnalyzedText::ColumnOf(uint32_t orig_offset) const {
  const uint32_t line = LineOf(orig_offset);
  return orig_offset - line_starts[line - 1] + 1;
}

AnalyzedText AnalyzeText(std::string_view text) {
  AnalyzedText t;
  Normalize(text, t.norm, t.norm_to_orig, t.norm_to_orig_end);
  t.line_starts.push_back(0);
  for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    t.line_starts.push_back(static_cast<uint32_t>(i + 1));
  }
  t.tokens.reserve(t.norm.size() / 5);
  Tokenize(t.norm, t.tokens);
  Segment(t);
  return t;
}

std::string FoldForMatch(std::string_view text) {
  std::string norm;
  std::vector<uint32_t> starts, ends;
  Normalize(text, norm, starts, ends);
  return norm;
}

bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::string GuessLanguage(std::string_view text) {
  size_t arabic = 0, latin = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  // Lead bytes 0xD8-0xDB start the Arabic block U+0600-06FF; ASCII letters are Latin.
  for (size_t i = 0; i < text.size(); ++i) {
    const uint8_t b = bytes[i];
    if (b >= 0xD8 && b <= 0xDB) ++arabic;
    else if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) ++latin;
  }
  if (arabic == 0 && latin == 0) return "";
  // An Arabic letter is one code point against several Latin letters per word; weigh so.
  return arabic * 3 >= latin ? "ar" : "en";
}

}  // namespace mizan
