#include "core/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cstring>

namespace mizan {
namespace {

constexpr UChar32 kReplacement = 0xFFFD;

// What a code point of the match form is to the tokenizer; kDropped and kMixed describe
// a cached fold rather than one code point (see FoldedCodePoint).
// kNone is no class at all: TokenSplitter's state between tokens.
enum class CharClass : uint8_t { kSpace, kDigit, kWord, kOther, kDropped, kMixed, kNone };

// The match form of one code point, cached: `length` bytes of `bytes` (0 drops the code
// point), or length kNeedsIcu when the code point must go through ICU. `char_class` is the
// class of the one code point the fold writes, kDropped when it writes none and kMixed when
// it writes several ("…" -> "..."). Eight bytes aligned, so an entry's address is one
// scaled index.
struct alignas(8) FoldedCodePoint {
  uint8_t length;
  char bytes[4];
  CharClass char_class;
};
constexpr uint8_t kNeedsIcu = 0xFF;

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

// The definition of the match form of one code point: NFKC of the code point alone, then
// FoldCodePoint on each code point of the result; `emit` receives each kept code point.
// Every code point folds independently of its neighbours, which is what lets the table
// below cache the result per code point.
template <typename Emit>
void FoldWithIcu(const icu::Normalizer2& nfkc, UChar32 c, Emit&& emit) {
  if (nfkc.isInert(c)) {
    const UChar32 folded = FoldCodePoint(c);
    if (folded >= 0) emit(folded);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString normalized = nfkc.normalize(icu::UnicodeString(c), status);
  if (U_FAILURE(status)) normalized = icu::UnicodeString(c);
  for (int32_t k = 0; k < normalized.length();) {
    const UChar32 part = normalized.char32At(k);
    k += U16_LENGTH(part);
    const UChar32 folded = FoldCodePoint(part);
    if (folded >= 0) emit(folded);
  }
}

bool IsWordCodePoint(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if ((c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A)) return true;
  const int8_t type = u_charType(c);
  return u_isalpha(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

CharClass ClassifyCodePoint(UChar32 c) {
  if (c == ' ' || c == '\n') return CharClass::kSpace;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  return IsWordCodePoint(c) ? CharClass::kWord : CharClass::kOther;
}

// FoldWithIcu cached for the code points of nearly all news text: U+0000-07FF (ASCII,
// Latin-1, Arabic with its digits and marks; one or two UTF-8 bytes) and U+2000-207F
// (spaces, dashes, quotes, bidi marks; E2 80 xx and E2 81 xx). Calling ICU per code point
// cost more than everything else in AnalyzeText together.
class FoldTable {
 public:
  static constexpr UChar32 kPunctuationFirst = 0x2000;
  static constexpr size_t kTwoByteEnd = 0x800;

  static const FoldTable& Get() {
    static const FoldTable table;
    return table;
  }

  // Code points below kTwoByteEnd are their own index.
  const FoldedCodePoint& Entry(uint32_t index) const { return entries_[index]; }
  // The index of U+2000-207F from the last two bytes of its UTF-8 (E2 80 xx, E2 81 xx).
  static uint32_t PunctuationIndex(uint8_t second, uint8_t third) {
    return kTwoByteEnd + (((second & 0x01u) << 6) | (third & 0x3Fu));
  }

 private:
  FoldTable() {
    const icu::Normalizer2& nfkc = Nfkc();
    for (UChar32 c = 0; c < static_cast<UChar32>(kTwoByteEnd); ++c) entries_[c] = Fold(nfkc, c);
    for (UChar32 c = kPunctuationFirst; c < kPunctuationFirst + 0x80; ++c) {
      entries_[kTwoByteEnd + (c - kPunctuationFirst)] = Fold(nfkc, c);
    }
  }

  // The entry of one code point, or kNeedsIcu when its fold is longer than its own UTF-8
  // (NFKC expansions such as ½ -> 1⁄2), which NormBuffer has no room for unchecked.
  static FoldedCodePoint Fold(const icu::Normalizer2& nfkc, UChar32 c) {
    FoldedCodePoint f{};
    size_t length = 0;
    bool fits = true;
    int code_points = 0;
    FoldWithIcu(nfkc, c, [&](UChar32 folded) {
      uint8_t utf8[4];
      int32_t n = 0;
      UBool error = false;
      U8_APPEND(utf8, n, 4, folded, error);
      if (error) return;
      f.char_class = ++code_points == 1 ? ClassifyCodePoint(folded) : CharClass::kMixed;
      if (length + static_cast<size_t>(n) > static_cast<size_t>(U8_LENGTH(c))) {
        fits = false;
        return;
      }
      std::memcpy(f.bytes + length, utf8, static_cast<size_t>(n));
      length += static_cast<size_t>(n);
    });
    f.length = fits ? static_cast<uint8_t>(length) : kNeedsIcu;
    if (code_points == 0) f.char_class = CharClass::kDropped;
    return f;
  }

  std::array<FoldedCodePoint, kTwoByteEnd + 0x80> entries_;
};

bool IsContinuation(uint8_t b) { return (b & 0xC0) == 0x80; }

// Four offsets, stored at once (a GCC/Clang vector extension, SSE2 on x86-64).
using Offsets4 = uint32_t __attribute__((vector_size(16)));

// Splits the match form into tokens while Normalize writes it, so the text is decoded
// once: words (letters with marks), numbers (ASCII digit runs) and one-code-point
// punctuation, separated by spaces and newlines.
class TokenSplitter {
 public:
  explicit TokenSplitter(std::vector<Token>& tokens) : tokens_(tokens) {}

  // True when a code point of class `c` continues the token under way: a letter in a word
  // or a digit in a number, the case of most code points, needs no Add.
  bool Continues(CharClass c) const { return c == run_; }

  // What Normalize wrote at norm[begin, end): one code point of class `c`, nothing
  // (kDropped), or several code points (kMixed).
  void Add(CharClass c, const char* norm, uint32_t begin, uint32_t end) {
    if (c == CharClass::kDropped || c == run_) return;
    if (c == CharClass::kMixed) {
      AddEach(norm, begin, end);
      return;
    }
    EndRun(begin);
    switch (c) {
      case CharClass::kSpace:
        glued_ = false;
        break;
      case CharClass::kDigit:
      case CharClass::kWord:
        run_ = c;
        run_begin_ = begin;
        break;
      default:
        Push(begin, end, TokenKind::kPunct);
        break;
    }
  }

  void Finish(uint32_t norm_size) { EndRun(norm_size); }

 private:
  void AddEach(const char* norm, uint32_t begin, uint32_t end) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(norm);
    for (auto i = static_cast<int32_t>(begin); i < static_cast<int32_t>(end);) {
      const auto code_point_begin = static_cast<uint32_t>(i);
      UChar32 c;
      U8_NEXT(bytes, i, static_cast<int32_t>(end), c);
      Add(ClassifyCodePoint(c), norm, code_point_begin, static_cast<uint32_t>(i));
    }
  }

  // Ends the word or number under way, if any, at norm offset `at`.
  void EndRun(uint32_t at) {
    if (run_ == CharClass::kNone) return;
    Push(run_begin_, at, run_ == CharClass::kWord ? TokenKind::kWord : TokenKind::kNumber);
    run_ = CharClass::kNone;
  }

  void Push(uint32_t begin, uint32_t end, TokenKind kind) {
    tokens_.push_back(Token{{begin, end}, kind, 0, glued_});
    glued_ = true;  // until a space
  }

  std::vector<Token>& tokens_;
  CharClass run_ = CharClass::kNone;  // kWord or kDigit while a token is under way
  uint32_t run_begin_ = 0;
  bool glued_ = false;  // the next token's glued_to_previous
};

// For FoldForMatch: the match form without tokens.
struct NoTokens {
  static bool Continues(CharClass) { return true; }
  static void Add(CharClass, const char*, uint32_t, uint32_t) {}
  static void Finish(uint32_t) {}
};

// The match form under construction: for every byte written, the original code point
// [begin, end) it came from. Writes by index into containers sized up front (push_back per
// byte dominated an early profile). Invariant: capacity >= size + input bytes not yet
// consumed + 8. A cached fold never writes more bytes than its code point consumed, so
// FoldCachedRun needs no bounds check; only Append (ICU output, which may expand) checks.
template <typename Splitter>
class NormBuffer {
 public:
  NormBuffer(std::string& bytes, std::vector<uint32_t>& starts, std::vector<uint32_t>& ends,
             size_t input_size, Splitter& splitter)
      : bytes_(bytes), starts_(starts), ends_(ends), splitter_(splitter) {
    Grow(input_size + 8);
  }

  // Folds code points from text[i] on while they are cached; returns where it stopped:
  // at a code point that needs ICU, or in the last two bytes of the text (the decoder
  // reads two bytes ahead).
  size_t FoldCachedRun(const FoldTable& table, const uint8_t* text, size_t i, size_t length) {
    // Locals, not members: a char store may alias any member, which would force the
    // compiler to reload every pointer after each byte written.
    char* const out = bytes_.data();
    uint32_t* const starts = starts_.data();
    uint32_t* const ends = ends_.data();
    size_t size = size_;
    while (i + 2 < length) {
      const uint32_t lead = text[i];
      uint32_t index;
      uint32_t width;
      if (lead < 0x80) {
        index = lead;
        width = 1;
      } else if (lead - 0xC2 < 0x1E && IsContinuation(text[i + 1])) {
        index = ((lead & 0x1F) << 6) | (text[i + 1] & 0x3F);
        width = 2;
      } else if (lead == 0xE2 && (text[i + 1] & 0xFE) == 0x80 && IsContinuation(text[i + 2])) {
        index = FoldTable::PunctuationIndex(text[i + 1], text[i + 2]);
        width = 3;
      } else {
        break;
      }
      const FoldedCodePoint& f = table.Entry(index);
      if (f.length == kNeedsIcu) break;
      // Four bytes and four offsets always, branch-free within the invariant's slack;
      // only `length` of them are kept. The offsets go as one 16-byte store each.
      std::memcpy(out + size, f.bytes, 4);
      const Offsets4 begin = Offsets4{} + static_cast<uint32_t>(i);
      const Offsets4 end = begin + width;
      std::memcpy(starts + size, &begin, sizeof begin);
      std::memcpy(ends + size, &end, sizeof end);
      const auto written = static_cast<uint32_t>(size);
      size += f.length;
      if (!splitter_.Continues(f.char_class)) {
        splitter_.Add(f.char_class, out, written, static_cast<uint32_t>(size));
      }
      i += width;
    }
    size_ = size;
    return i;
  }

  // Appends one code point of ICU output, which came from original bytes [begin, end).
  void Append(UChar32 c, uint32_t begin, uint32_t end, size_t input_left) {
    if (size_ + input_left + 8 > bytes_.size()) Grow(2 * (size_ + input_left + 8));
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(bytes_.data() + size_), length, 4, c, error);
    if (error) return;
    for (int32_t k = 0; k < length; ++k) {
      starts_[size_ + k] = begin;
      ends_[size_ + k] = end;
    }
    const auto written = static_cast<uint32_t>(size_);
    size_ += static_cast<size_t>(length);
    splitter_.Add(ClassifyCodePoint(c), bytes_.data(), written, static_cast<uint32_t>(size_));
  }

  // Trims to what was written and adds the sentinel entry for offset text_size.
  void Finish(uint32_t text_size) {
    splitter_.Finish(static_cast<uint32_t>(size_));
    bytes_.resize(size_);
    starts_.resize(size_ + 1);
    ends_.resize(size_ + 1);
    starts_[size_] = text_size;
    ends_[size_] = text_size;
  }

 private:
  void Grow(size_t capacity) {
    bytes_.resize(capacity);
    starts_.resize(capacity + 1);
    ends_.resize(capacity + 1);
  }

  std::string& bytes_;
  std::vector<uint32_t>& starts_;
  std::vector<uint32_t>& ends_;
  Splitter& splitter_;
  size_t size_ = 0;
};

// Writes the match form of `text` with its offset map, and hands what it writes to
// `splitter` (TokenSplitter or NoTokens).
template <typename Splitter>
void Normalize(std::string_view text, std::string& norm, std::vector<uint32_t>& starts,
               std::vector<uint32_t>& ends, Splitter& splitter) {
  const FoldTable& table = FoldTable::Get();
  NormBuffer<Splitter> out(norm, starts, ends, text.size(), splitter);
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    i = static_cast<int32_t>(out.FoldCachedRun(table, bytes, static_cast<size_t>(i), text.size()));
    if (i >= length) break;
    const auto begin = static_cast<uint32_t>(i);
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    const auto end = static_cast<uint32_t>(i);
    if (c < 0) c = kReplacement;
    FoldWithIcu(Nfkc(), c,
                [&](UChar32 folded) { out.Append(folded, begin, end, text.size() - end); });
  }
  out.Finish(static_cast<uint32_t>(text.size()));
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
  static constexpr std::array<std::string_view, 28> kAbbreviations = {
      "Mr",  "Mrs", "Ms",  "Dr",  "Prof", "Gen", "Col", "Lt",  "Sgt", "St",
      "Jr",  "vs",  "No",  "Inc", "Sen",  "Rep", "Gov", "Maj", "Capt", "Corp",
      "Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};
  if (std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end()) {
    return true;
  }
  // An initial: U.S., U.N., E.U., "John F. Kennedy".
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;
  // A single Arabic letter before a period is an abbreviation: د. (Dr.), د.ك (dinar), م.
  return word.size() == 2 && static_cast<uint8_t>(word[0]) >= 0xD8 &&
         static_cast<uint8_t>(word[0]) <= 0xDB;
}

void Segment(AnalyzedText& t) {
  const std::string& norm = t.norm;
  std::vector<Token>& tokens = t.tokens;
  // Only the gap between two tokens is searched: a find() to the next newline would make
  // a long single-line article quadratic. Gaps hold only spaces and newlines (TokenSplitter
  // skips nothing else) and are mostly one byte, so a plain loop beats a memchr call.
  auto has_newline_between = [&](size_t a, size_t b) {
    for (size_t p = a; p < b; ++p) {
      if (norm[p] == '\n') return true;
    }
    return false;
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
  t.tokens.reserve(text.size() / 5);
  TokenSplitter splitter(t.tokens);
  Normalize(text, t.norm, t.norm_to_orig, t.norm_to_orig_end, splitter);
  t.line_starts.push_back(0);
  for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    t.line_starts.push_back(static_cast<uint32_t>(i + 1));
  }
  Segment(t);
  return t;
}

std::string FoldForMatch(std::string_view text) {
  std::string norm;
  std::vector<uint32_t> starts, ends;
  NoTokens no_tokens;
  Normalize(text, norm, starts, ends, no_tokens);
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
  // Branch-free counts so the compiler can vectorize the whole pass.
  for (size_t i = 0; i < text.size(); ++i) {
    const uint8_t b = bytes[i];
    arabic += static_cast<uint8_t>(b - 0xD8) < 4;
    latin += static_cast<uint8_t>((b | 0x20) - 'a') < 26;
  }
  if (arabic == 0 && latin == 0) return "";
  // An Arabic letter is one code point against several Latin letters per word; weigh so.
  return arabic * 3 >= latin ? "ar" : "en";
}

}  // namespace mizan
