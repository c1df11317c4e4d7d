// The number reader: a lexicon-driven parser over the tokens of AnalyzedText.
//
// Why not ICU: RBNF and NumberFormat misread Arabic news numbers (1,500 -> 1.5, ثلاث fails,
// partial parses are silent); see /work/shared/arabic-numbers.md. Every decision here is a rule
// of the language (digit grammar, MSA numeral grammar, English numerals) plus the words of
// core/lexicons/numbers.tsv, qualifiers.tsv and months.tsv.
//
// One pass per token: a numeral is parsed at the token (digits with separators and multiplier
// words, or number words), then widened into a range when a connector and a second numeral
// follow, then given a qualifier from the words around it, then a kind from its context.
#include <cmath>
#include <optional>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "core/number_tables.h"
#include "core/numbers.h"

namespace mizan {
namespace {

using Tables = NumberLexicon::Tables;

constexpr std::string_view kWaw = "و";
constexpr std::string_view kArticle = "ال";

// A currency sign written before an amount ("$2 billion", "€5", "£300"): one code point of
// Unicode's currency-symbol category (Sc), by ICU.
bool IsCurrencySign(std::string_view token) {
  if (token.empty() || token.size() > 4) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(token.data(), i, static_cast<int32_t>(token.size()), c);
  return i == static_cast<int32_t>(token.size()) && c >= 0 && u_charType(c) == U_CURRENCY_SYMBOL;
}

// True for a token that is only proclitics, as left glued before digits ("و12", "بـ5" after
// tatweel is dropped, "ال١٩٢", "والـ٢٠").
bool IsCliticOnly(std::string_view s) {
  static constexpr std::string_view kClitics[] = {"و", "ف", "ب", "ل", "ك", "ال", "وال", "بال",
                                                  "لل", "فال", "كال", "وب", "ول", "فب", "فل",
                                                  "وك", "ولل", "وبال"};
  for (std::string_view c : kClitics) {
    if (s == c) return true;
  }
  return false;
}

// Two bytes as one number: an Arabic letter is two bytes in UTF-8, so a proclitic letter
// is compared with one integer comparison instead of a string comparison.
constexpr uint16_t LetterCode(std::string_view two) {
  return static_cast<uint16_t>(static_cast<uint8_t>(two[0]) << 8 | static_cast<uint8_t>(two[1]));
}

// Proclitic byte lengths to try when a word is not in the lexicon as written: a conjunction
// و/ف, then a preposition ب/ل/ك. `two` is always two bytes.
bool IsConjLetter(std::string_view two) {
  const uint16_t c = LetterCode(two);
  return c == LetterCode("و") || c == LetterCode("ف");
}
bool IsPrepLetter(std::string_view two) {
  const uint16_t c = LetterCode(two);
  return c == LetterCode("ب") || c == LetterCode("ل") || c == LetterCode("ك");
}

bool EqualsWord(std::string_view token, std::string_view word) {
  if (token.size() != word.size()) return false;
  return token == word || EqualsIgnoreAsciiCase(token, word);
}

struct WordHit {
  const WordInfo* info = nullptr;
  uint32_t prefix = 0;  // bytes of proclitics stripped
  bool conj = false;    // the stripped proclitics start with و
};

// A numeral read at some token: digits or words, before qualifiers and kind.
struct Numeral {
  uint32_t first = 0;       // tokens [first, end)
  uint32_t end = 0;
  uint32_t begin_byte = 0;  // norm bytes, clitics excluded
  uint32_t end_byte = 0;
  double low = 0;
  double high = 0;  // differs from low only for vague numerals
  bool vague = false;
  bool plain_int = false;   // digits only: no separators, no multiplier
  uint32_t int_digits = 0;
  bool has_mult = false;
  double mult_scale = 0;
  bool conj = false;        // a و proclitic was stripped from the first token
  bool kind_fixed = false;  // the numeral itself decides its kind (ordinal, dual noun...)
  NumberKind kind = NumberKind::kQuantity;
  const char* time_unit = nullptr;
  bool skip = false;        // consumed, not reported (designations like F-16)
};

// Most phrases fail on the last word's length and last byte alone. The length must be
// equal, or for a one-word phrase longer by a proclitic of one or two letters (2-4 bytes,
// checked in MatchWordsBefore); the last bytes must be equal but for ASCII case (bit 0x20).
// Neither is empty: a token has a code point, and the loader drops empty phrase words.
bool LastWordMayMatch(const Phrase& p, std::string_view last) {
  const std::string& word = p.words.back();
  if (((last.back() ^ word.back()) & ~0x20) != 0) return false;
  if (last.size() == word.size()) return true;
  return p.words.size() == 1 && last.size() >= word.size() + 2 && last.size() <= word.size() + 4;
}

class Reader {
 public:
  Reader(const AnalyzedText& text, const Tables& tables) : text_(text), t_(tables) {}

  std::vector<NumberMention> Run();

 private:
  std::string_view Tok(uint32_t k) const { return text_.TokenText(k); }
  const Token& T(uint32_t k) const { return text_.tokens[k]; }
  bool In(uint32_t k) const { return k >= sent_begin_ && k < sent_end_; }
  bool IsWord(uint32_t k) const { return In(k) && T(k).kind == TokenKind::kWord; }
  bool IsNumber(uint32_t k) const { return In(k) && T(k).kind == TokenKind::kNumber; }
  bool IsPunct(uint32_t k, std::string_view p) const {
    return In(k) && T(k).kind == TokenKind::kPunct && Tok(k) == p;
  }
  bool Glued(uint32_t k) const { return In(k) && T(k).glued_to_previous; }

  const WordInfo* Exact(uint32_t k) const {
    return IsWord(k) ? t_.Find(Tok(k)) : nullptr;
  }
  WordHit Lookup(uint32_t k) const;
  // The word after a و joiner at `k` (a separate "و" token or a و proclitic).
  std::optional<std::pair<uint32_t, uint32_t>> AfterWaw(uint32_t k) const;
  const WordInfo* NumAt(uint32_t k, uint32_t prefix) const;

  // The numeral starting at token k. Inline for its first test: most tokens are words that
  // are no numeral at all, and are rejected without a call to the parsers.
  std::optional<Numeral> ParseAt(uint32_t k) const {
    if (T(k).kind != TokenKind::kWord) return ParseSymbolsAt(k);
    const WordHit hit = Lookup(k);
    if (hit.info == nullptr) return std::nullopt;
    return ParseWordAt(k, hit);
  }
  // ParseAt for digits or punctuation (a leading decimal point).
  std::optional<Numeral> ParseSymbolsAt(uint32_t k) const;
  // ParseAt for a word in the lexicon (hit.info is not null).
  std::optional<Numeral> ParseWordAt(uint32_t k, const WordHit& hit) const;
  std::optional<Numeral> ParseDigits(uint32_t k) const;
  std::optional<Numeral> ParseArabicWords(uint32_t k, const WordHit& hit) const;
  std::optional<Numeral> ParseEnglishWords(uint32_t k, const WordHit& hit) const;
  // Arabic cardinal below `limit` starting at token k (prefix bytes stripped). Returns value
  // and the end token.
  std::optional<std::pair<double, uint32_t>> ArabicCardinal(uint32_t k, uint32_t prefix,
                                                            double limit) const;
  std::optional<std::pair<double, uint32_t>> ArabicBelowThousand(uint32_t k,
                                                                 uint32_t prefix) const;
  std::optional<std::pair<double, uint32_t>> ArabicBelowHundred(uint32_t k,
                                                                uint32_t prefix) const;
  // Multiplier words after a numeral ending at `end`: scales `n` in place.
  void ApplyMultiplier(Numeral& n) const;
  // An Arabic fraction at k: نصف, ربع, ثلثان, or a numerator and plural denominator (ثلاثة
  // أرباع). Returns value and end token.
  std::optional<std::pair<double, uint32_t>> ArabicFraction(uint32_t k, uint32_t prefix) const;
  // The value of an English denominator word at k: thirds, quarter(s), half; or a singular
  // ordinal third..tenth when `ordinal_ok` (after "one"/"a").
  std::optional<double> EnglishDenominator(uint32_t k, bool ordinal_ok) const;
  bool IsWordText(uint32_t k, std::string_view word) const {
    return IsWord(k) && EqualsIgnoreAsciiCase(Tok(k), word);
  }
  // A token that starts a web address: its glued tail holds no numbers.
  bool StartsUrl(uint32_t k) const;

  // Phrase matching. Backward: the phrase ends right before token `end`; returns its first
  // token. Forward: starts at `k`; returns the end token. MatchBefore is tried with every
  // qualifier phrase at every number, so its cheap rejection is inline.
  std::optional<uint32_t> MatchBefore(const Phrase& p, uint32_t end) const {
    const auto size = static_cast<uint32_t>(p.words.size());
    if (end < sent_begin_ + size) return std::nullopt;
    if (size > 0 && !LastWordMayMatch(p, Tok(end - 1))) return std::nullopt;
    return MatchWordsBefore(p, end);
  }
  std::optional<uint32_t> MatchWordsBefore(const Phrase& p, uint32_t end) const;
  std::optional<uint32_t> MatchAfter(const Phrase& p, uint32_t k) const;
  bool MonthEndsAt(uint32_t k) const;    // a month name ends at token k
  bool MonthStartsAt(uint32_t k) const;

  NumberKind KindFromContext(const Numeral& n, const char** time_unit) const;
  // A number that labels, dates or lists rather than counts (see numbers.tsv's notes).
  bool IsNonCount(const Numeral& n) const;
  bool LooksLikeYear(const Numeral& n) const;

  void Emit(const Numeral& n, uint32_t first, uint32_t end, uint32_t begin_byte,
            uint32_t end_byte, NumericValue value, ByteSpan qualifier_norm, NumberKind kind,
            const char* time_unit);

  const AnalyzedText& text_;
  const Tables& t_;
  uint32_t sent_begin_ = 0;
  uint32_t sent_end_ = 0;
  uint32_t sentence_ = 0;
  std::vector<NumberMention> out_;
};

WordHit Reader::Lookup(uint32_t k) const {
  WordHit hit;
  if (!IsWord(k)) return hit;
  const std::string_view s = Tok(k);
  if ((hit.info = t_.Find(s)) != nullptr) return hit;
  // Proclitics: [و|ف][ب|ل|ك]; the remainder must still be a word of two letters or more.
  uint32_t p = 0;
  bool conj = false;
  if (s.size() > 4 && IsConjLetter(s.substr(0, 2))) {
    conj = LetterCode(s) == LetterCode(kWaw);
    p = 2;
    if (const WordInfo* w = t_.Find(s.substr(p))) return WordHit{w, p, conj};
  }
  if (s.size() > p + 4 && IsPrepLetter(s.substr(p, 2))) {
    if (const WordInfo* w = t_.Find(s.substr(p + 2))) return WordHit{w, p + 2, conj};
  }
  return hit;
}

std::optional<std::pair<uint32_t, uint32_t>> Reader::AfterWaw(uint32_t k) const {
  if (!IsWord(k)) return std::nullopt;
  const std::string_view s = Tok(k);
  if (s == kWaw || EqualsIgnoreAsciiCase(s, "and")) {
    if (IsWord(k + 1)) return std::make_pair(k + 1, 0u);
    return std::nullopt;
  }
  if (s.size() > 2 && s.substr(0, 2) == kWaw) return std::make_pair(k, 2u);
  return std::nullopt;
}

const WordInfo* Reader::NumAt(uint32_t k, uint32_t prefix) const {
  if (!IsWord(k)) return nullptr;
  const std::string_view s = Tok(k);
  if (prefix >= s.size()) return nullptr;
  return t_.Find(s.substr(prefix));
}

// ---- digits -------------------------------------------------------------------------------

double DigitsValue(std::string_view digits) {
  double v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

std::optional<Numeral> Reader::ParseDigits(uint32_t k) const {
  Numeral n;
  n.first = k;
  // Designations are not numbers: F-16, إف-16, S-400, G20, كوفيد19.
  if (Glued(k) && In(k - 1)) {
    const Token& prev = T(k - 1);
    const std::string_view ptext = Tok(k - 1);
    const bool dash_after_word = prev.kind == TokenKind::kPunct && (ptext == "-") &&
                                 Glued(k - 1) && IsWord(k - 2);
    const bool glued_word = prev.kind == TokenKind::kWord && !IsCliticOnly(ptext);
    if (dash_after_word || glued_word) {
      n.end = k + 1;
      n.skip = true;
      return n;
    }
  }
  // Collect the glued run d0 (sep d)* and read it by the separator grammar of
  // arabic-numbers.md §1.2 (one '.' group is a decimal point: "1.500 مليار" is 1.5e9).
  uint32_t pos = k;
  std::string_view d0 = Tok(k);
  double int_value = DigitsValue(d0);
  double frac_value = 0;
  bool decimal = false, grouped = false, slash = false;
  uint32_t dot_groups = 0, dots = 0;
  // Count dot-separated parts ahead to tell 1.234.567 (grouping) from 1.5 (decimal) and
  // 192.168.1.2 (an address).
  {
    uint32_t q = k;
    bool all_three = true;
    while (IsPunct(q + 1, ".") && Glued(q + 1) && IsNumber(q + 2) && Glued(q + 2)) {
      ++dots;
      if (Tok(q + 2).size() != 3) all_three = false;
      q += 2;
    }
    if (dots >= 2 && all_three && d0.size() <= 3) dot_groups = dots;
    // One group "1.500" is a thousands dot in Arabic text (ar-MA, Egyptian print) but a
    // decimal point before a multiplier or percent ("1.500 مليار", "3.125%") and in English.
    if (dots == 1 && all_three && d0.size() <= 3) {
      const WordInfo* w = Exact(q + 1);
      const bool decimal_context =
          (w != nullptr && w->num == NumClass::kMultiplier) || IsPunct(q + 1, "%") ||
          IsPunct(q + 1, "٪") || (IsWord(q + 1) && static_cast<unsigned char>(Tok(q + 1)[0]) < 0x80) ||
          (In(k - 1) && IsWord(k - 1) && static_cast<unsigned char>(Tok(k - 1)[0]) < 0x80);
      bool percent_words = false;
      for (const Phrase& p : t_.percent_phrases) percent_words |= MatchAfter(p, q + 1).has_value();
      if (!decimal_context && !percent_words) dot_groups = 1;
    }
    if (dots >= 2 && !all_three) {
      n.end = q + 1;
      n.begin_byte = T(k).norm_span.begin;
      n.end_byte = T(q).norm_span.end;
      n.low = n.high = int_value;
      n.kind = NumberKind::kOther;
      n.kind_fixed = true;
      return n;
    }
  }
  while (In(pos + 1) && T(pos + 1).kind == TokenKind::kPunct) {
    if (!Glued(pos + 1) || !IsNumber(pos + 2) || !Glued(pos + 2)) break;
    const std::string_view sep = Tok(pos + 1);
    const std::string_view d = Tok(pos + 2);
    const bool three = d.size() == 3;
    if (sep == "٬") {
      if (!three || decimal) break;
      int_value = int_value * 1000 + DigitsValue(d);
      grouped = true;
    } else if (sep == "," || sep == "،") {
      if (decimal) break;
      // "0,234" cannot be grouping: a leading zero makes it a decimal comma.
      const bool zero = d0 == "0";
      if (three && !zero && (grouped || d0.size() <= 3)) {
        int_value = int_value * 1000 + DigitsValue(d);
        grouped = true;
      } else if (!grouped && d0.size() <= 3 && (d.size() != 3 || zero)) {
        // "2,5 مليون", "٠,٠٨", "٩,٢٣٢١": a decimal comma (Maghreb, French-influenced text);
        // a group of other than three digits cannot be thousands.
        frac_value = DigitsValue(d) / std::pow(10.0, static_cast<double>(d.size()));
        decimal = true;
      } else {
        break;  // a list "2023,2024"
      }
    } else if (sep == ".") {
      if (decimal) break;
      if (dot_groups > 0) {
        int_value = int_value * 1000 + DigitsValue(d);
        grouped = true;
        --dot_groups;
      } else {
        frac_value = DigitsValue(d) / std::pow(10.0, static_cast<double>(d.size()));
        decimal = true;
      }
    } else if (sep == "٫") {
      if (decimal) break;
      frac_value = DigitsValue(d) / std::pow(10.0, static_cast<double>(d.size()));
      decimal = true;
    } else if (sep == ":") {
      // A clock time "10:30" is not a count.
      if (decimal || grouped || d.size() != 2) break;
      n.end = pos + 3;
      n.begin_byte = T(k).norm_span.begin;
      n.end_byte = T(pos + 2).norm_span.end;
      n.low = n.high = int_value;
      n.kind = NumberKind::kOther;
      n.kind_fixed = true;
      return n;
    } else if (sep == "/") {
      if (decimal || grouped || slash) break;
      // "77/100", "11/10": a fraction over a power of ten; "5/11" or "27/5/2024" is a date.
      const double den = DigitsValue(d);
      const bool power_of_ten = d.size() >= 2 && d[0] == '1' &&
                                d.find_first_not_of('0', 1) == std::string_view::npos;
      if (power_of_ten && !(IsPunct(pos + 3, "/") && Glued(pos + 3))) {
        int_value = int_value / den;
        slash = true;
      } else {
        uint32_t q = pos + 2;
        while (IsPunct(q + 1, "/") && Glued(q + 1) && IsNumber(q + 2) && Glued(q + 2)) q += 2;
        n.end = q + 1;
        n.begin_byte = T(k).norm_span.begin;
        n.end_byte = T(q).norm_span.end;
        n.low = n.high = int_value;
        n.kind = NumberKind::kOther;
        n.kind_fixed = true;
        return n;
      }
    } else {
      break;
    }
    pos += 2;
  }
  // Space grouping "1 414 021": only after 1-3 leading digits and exact 3-digit groups.
  if (!decimal && !slash && !grouped && d0.size() <= 3) {
    while (IsNumber(pos + 1) && !Glued(pos + 1) && Tok(pos + 1).size() == 3 &&
           !(In(pos + 2) && Glued(pos + 2) && T(pos + 2).kind == TokenKind::kPunct &&
             Tok(pos + 2) != "%" && Tok(pos + 2) != "٪")) {
      int_value = int_value * 1000 + DigitsValue(Tok(pos + 1));
      grouped = true;
      ++pos;
    }
  }
  // "7ر5": the Egyptian press writes the decimal point as a glued ر between digits.
  if (!decimal && !slash && !grouped && In(pos + 2) && IsWord(pos + 1) && Glued(pos + 1) &&
      Tok(pos + 1) == "\xD8\xB1" && IsNumber(pos + 2) && Glued(pos + 2)) {
    const std::string_view d = Tok(pos + 2);
    frac_value = DigitsValue(d) / std::pow(10.0, static_cast<double>(d.size()));
    decimal = true;
    pos += 2;
  }
  // "1 فاصلة 5": a spoken decimal point.
  if (!decimal && !slash && In(pos + 2)) {
    const WordInfo* w = Exact(pos + 1);
    if (w != nullptr && (w->roles & kRoleDecimalWord) && IsNumber(pos + 2)) {
      const std::string_view d = Tok(pos + 2);
      frac_value = DigitsValue(d) / std::pow(10.0, static_cast<double>(d.size()));
      decimal = true;
      pos += 2;
    }
  }
  n.end = pos + 1;
  n.begin_byte = T(k).norm_span.begin;
  n.end_byte = T(pos).norm_span.end;
  n.low = n.high = int_value + frac_value;
  n.plain_int = !decimal && !grouped && !slash;
  n.int_digits = static_cast<uint32_t>(d0.size());
  // A phone number: "+1 222 2222".
  if (Glued(k) && IsPunct(k - 1, "+")) {
    uint32_t q = pos;
    while (IsNumber(q + 1) || ((IsPunct(q + 1, "/") || IsPunct(q + 1, "-")) && IsNumber(q + 2))) {
      q += IsNumber(q + 1) ? 1 : 2;
    }
    n.end = q + 1;
    n.end_byte = T(q).norm_span.end;
    n.kind = NumberKind::kOther;
    n.kind_fixed = true;
    return n;
  }
  // "the 1950s": a decade, read as a year range.
  if (n.plain_int && n.int_digits == 4 && std::fmod(n.low, 10) == 0 && Glued(n.end)) {
    const WordInfo* suffix = Exact(n.end);
    if (suffix != nullptr && (suffix->roles & kRoleDecadeSuffix)) {
      n.high = n.low + 9;
      n.vague = true;
      n.kind = NumberKind::kYear;
      n.kind_fixed = true;
      n.end_byte = T(n.end).norm_span.end;
      ++n.end;
      return n;
    }
  }
  ApplyMultiplier(n);
  return n;
}

void Reader::ApplyMultiplier(Numeral& n) const {
  const WordInfo* w = Exact(n.end);
  if (w == nullptr || w->num != NumClass::kMultiplier) return;
  // "10k" is ten thousand, but a spaced "k" is a letter (a list item, a unit).
  if ((w->roles & kRoleGluedOnly) && !Glued(n.end)) return;
  const double scale = w->value;
  n.low = n.high = n.low * scale;
  n.has_mult = true;
  n.mult_scale = scale;
  n.plain_int = false;
  n.end_byte = T(n.end).norm_span.end;
  ++n.end;
  // "مليون ونصف": a trailing half of the multiplier.
  if (auto after = AfterWaw(n.end)) {
    const WordInfo* f = NumAt(after->first, after->second);
    if (f != nullptr && f->num == NumClass::kFraction && !f->english) {
      n.low = n.high = n.low + f->value * scale;
      n.end_byte = T(after->first).norm_span.end;
      n.end = after->first + 1;
    }
  }
}

// ---- Arabic number words --------------------------------------------------------------------

std::optional<std::pair<double, uint32_t>> Reader::ArabicBelowHundred(uint32_t k,
                                                                      uint32_t prefix) const {
  const WordInfo* a = NumAt(k, prefix);
  if (a == nullptr || a->english) return std::nullopt;
  const WordInfo* next = Exact(k + 1);
  switch (a->num) {
    case NumClass::kTens:
    case NumClass::kTen:
      return std::make_pair(a->value, k + 1);
    case NumClass::kTeenUnit:
      if (next != nullptr && next->num == NumClass::kTen) return std::make_pair(a->value + 10, k + 2);
      return std::nullopt;
    case NumClass::kUnit: {
      if (next != nullptr && next->num == NumClass::kTen) return std::make_pair(a->value + 10, k + 2);
      // A numerator before its denominator: ثلاثة أرباع = 0.75, خمسة أثمان.
      if (next != nullptr && next->num == NumClass::kFraction && !next->english) {
        return std::make_pair(a->value * next->value, k + 2);
      }
      // Units come before tens: ثلاثة وعشرون.
      if (auto after = AfterWaw(k + 1)) {
        const WordInfo* tens = NumAt(after->first, after->second);
        if (tens != nullptr && tens->num == NumClass::kTens && !tens->english) {
          return std::make_pair(a->value + tens->value, after->first + 1);
        }
      }
      return std::make_pair(a->value, k + 1);
    }
    default:
      return std::nullopt;
  }
}

std::optional<std::pair<double, uint32_t>> Reader::ArabicBelowThousand(uint32_t k,
                                                                       uint32_t prefix) const {
  const WordInfo* a = NumAt(k, prefix);
  if (a == nullptr || a->english) return std::nullopt;
  double value = 0;
  uint32_t end = 0;
  const WordInfo* next = Exact(k + 1);
  if (a->num == NumClass::kHundreds || a->num == NumClass::kHundred) {
    value = a->value;
    end = k + 1;
  } else if (a->num == NumClass::kUnit && a->value >= 3 && next != nullptr &&
             next->num == NumClass::kHundred) {
    value = a->value * 100;  // ثلاث مائة
    end = k + 2;
  } else {
    return ArabicBelowHundred(k, prefix);
  }
  if (auto after = AfterWaw(end)) {
    if (auto rest = ArabicBelowHundred(after->first, after->second)) {
      value += rest->first;
      end = rest->second;
    }
  }
  return std::make_pair(value, end);
}

std::optional<std::pair<double, uint32_t>> Reader::ArabicCardinal(uint32_t k, uint32_t prefix,
                                                                  double limit) const {
  const WordInfo* a = NumAt(k, prefix);
  if (a == nullptr || a->english) return std::nullopt;
  double value = 0;
  uint32_t end = k;
  double scale = 0;
  if (a->num == NumClass::kMultiplier) {
    // A multiplier on its own: ألف = 1000, ألفين/ألفا = 2000. The plural is vague (caller).
    if (a->form == MultForm::kPlural) return std::nullopt;
    value = (a->form == MultForm::kDual || a->form == MultForm::kAccusative) ? 2 * a->value
                                                                             : a->value;
    scale = a->value;
    end = k + 1;
  } else if (a->num == NumClass::kFraction) {
    const WordInfo* m = Exact(k + 1);
    if (m == nullptr || m->num != NumClass::kMultiplier || m->english) return std::nullopt;
    value = a->value * m->value;  // نصف مليون
    scale = m->value;
    end = k + 2;
  } else {
    auto chunk = ArabicBelowThousand(k, prefix);
    if (!chunk) return std::nullopt;
    value = chunk->first;
    end = chunk->second;
    const WordInfo* m = Exact(end);
    if (m != nullptr && m->num == NumClass::kMultiplier && !m->english) {
      value *= m->value;
      scale = m->value;
      ++end;
    }
  }
  if (value >= limit) return std::nullopt;
  if (scale == 0) {
    // A fraction joined by و: واحد ونصف = 1.5, خمسة وربع, مئة وثلاثة أرباع.
    if (auto after = AfterWaw(end)) {
      if (auto f = ArabicFraction(after->first, after->second); f && f->first < 1) {
        value += f->first;
        end = f->second;
      }
    }
  }
  if (scale > 0) {
    // A smaller part after و: ألف وخمسمائة, مليون ونصف.
    if (auto after = AfterWaw(end)) {
      const WordInfo* f = NumAt(after->first, after->second);
      if (f != nullptr && f->num == NumClass::kFraction && !f->english) {
        value += f->value * scale;
        end = after->first + 1;
      } else if (auto rest = ArabicCardinal(after->first, after->second, scale)) {
        value += rest->first;
        end = rest->second;
      }
    }
  }
  return std::make_pair(value, end);
}

std::optional<std::pair<double, uint32_t>> Reader::ArabicFraction(uint32_t k,
                                                                  uint32_t prefix) const {
  const WordInfo* a = NumAt(k, prefix);
  if (a == nullptr || a->english) return std::nullopt;
  if (a->num == NumClass::kFraction) return std::make_pair(a->value, k + 1);
  if (a->num != NumClass::kUnit) return std::nullopt;
  const WordInfo* d = Exact(k + 1);
  if (d == nullptr || d->num != NumClass::kFraction || d->english) return std::nullopt;
  return std::make_pair(a->value * d->value, k + 2);
}

std::optional<Numeral> Reader::ParseArabicWords(uint32_t k, const WordHit& hit) const {
  const WordInfo& w = *hit.info;
  Numeral n;
  n.first = k;
  n.begin_byte = T(k).norm_span.begin + hit.prefix;
  n.conj = hit.conj;
  auto finish = [&](uint32_t end) {
    n.end = end;
    n.end_byte = T(end - 1).norm_span.end;
    return n;
  };
  switch (w.num) {
    case NumClass::kOrdinal:
      // "كانون الثاني", "تشرين الأول" are months, not ordinals.
      if (MonthEndsAt(k)) return std::nullopt;
      n.low = n.high = w.value;
      n.kind = NumberKind::kOrdinal;
      n.kind_fixed = true;
      return finish(k + 1);
    case NumClass::kDecade:
      n.low = w.value;
      n.high = w.value + 9;
      n.vague = true;  // an interval, reported as a year range
      n.kind = NumberKind::kYear;
      n.kind_fixed = true;
      return finish(k + 1);
    case NumClass::kTimeDual: {
      // "عامي 1950 و1953" names two years: a construct dual followed by numbers.
      if (IsNumber(k + 1)) return std::nullopt;
      n.low = n.high = w.value;
      n.kind = NumberKind::kDuration;
      n.time_unit = w.time_unit;
      n.kind_fixed = true;
      uint32_t end = k + 1;
      // "عامين ونصف العام" = 2.5 years; the unit may repeat after the fraction.
      if (auto after = AfterWaw(end)) {
        const WordInfo* f = NumAt(after->first, after->second);
        if (f != nullptr && f->num == NumClass::kFraction && !f->english) {
          n.low = n.high = w.value + f->value;
          end = after->first + 1;
          const WordInfo* unit = Exact(end);
          if (unit != nullptr && (unit->roles & kRoleTimeUnit) && unit->time_unit == w.time_unit) {
            ++end;
          }
        }
      }
      return finish(end);
    }
    case NumClass::kZero:
      n.low = n.high = 0;
      return finish(k + 1);
    case NumClass::kTimesDual:
      n.low = n.high = w.value;
      n.kind = NumberKind::kOther;
      n.kind_fixed = true;
      return finish(k + 1);
    case NumClass::kVague: {
      n.low = w.value;
      n.high = w.high;
      n.vague = true;
      uint32_t end = k + 1;
      // عشرات الآلاف = [20000, 99999]: the plural multiplier scales both ends.
      const WordHit m = Lookup(end);
      if (m.info != nullptr && m.prefix == 0 && m.info->num == NumClass::kMultiplier &&
          m.info->form == MultForm::kPlural) {
        n.low *= m.info->value;
        n.high = (n.high + 1) * m.info->value - 1;
        ++end;
      } else if (IsWord(end) && Tok(end).substr(0, 4) == kArticle) {
        const WordInfo* mm = t_.Find(Tok(end).substr(4));
        if (mm != nullptr && mm->num == NumClass::kMultiplier && mm->form == MultForm::kPlural) {
          n.low *= mm->value;
          n.high = (n.high + 1) * mm->value - 1;
          ++end;
        }
      }
      return finish(end);
    }
    case NumClass::kMultiplier:
      if (w.form == MultForm::kPlural) {
        // آلاف alone: a vague count, [2, 10) times the scale.
        n.low = 2 * w.value;
        n.high = 10 * w.value - 1;
        n.vague = true;
        return finish(k + 1);
      }
      break;
    default:
      break;
  }
  // A lone واحد after an idiom noun ("في وقت واحد") is not a count.
  auto cardinal = ArabicCardinal(k, hit.prefix, 1e18);
  if (!cardinal) return std::nullopt;
  if (cardinal->second == k + 1 && w.num == NumClass::kUnit && w.value == 1) {
    const WordInfo* prev = Exact(k - 1);
    if (prev != nullptr && (prev->roles & kRoleOneBlocker)) return std::nullopt;
    if (prev != nullptr && (prev->roles & kRoleTimeUnit) && prev->time_unit != nullptr) {
      n.kind = NumberKind::kDuration;  // "يوم واحد": the noun before, the numeral after
      n.time_unit = prev->time_unit;
      n.kind_fixed = true;
    }
  }
  n.low = n.high = cardinal->first;
  uint32_t end = cardinal->second;
  // "واحد فاصلة خمسة": a spoken decimal point, then the digits' words or digits.
  const WordInfo* point = Exact(end);
  if (point != nullptr && (point->roles & kRoleDecimalWord) && In(end + 1)) {
    if (IsNumber(end + 1)) {
      const std::string_view d = Tok(end + 1);
      n.low = n.high = n.low + DigitsValue(d) / std::pow(10.0, static_cast<double>(d.size()));
      end += 2;
    } else if (auto fraction = ArabicBelowHundred(end + 1, 0)) {
      const double digits = fraction->first >= 10 ? 100.0 : 10.0;
      n.low = n.high = n.low + fraction->first / digits;
      end = fraction->second;
    }
  }
  return finish(end);
}

// ---- English number words -------------------------------------------------------------------

std::optional<double> Reader::EnglishDenominator(uint32_t k, bool ordinal_ok) const {
  const WordInfo* d = Exact(k);
  if (d == nullptr || !d->english) return std::nullopt;
  if (d->num == NumClass::kFraction) return d->value;
  if (ordinal_ok && d->num == NumClass::kOrdinal && d->value >= 3 && d->value <= 10) {
    return 1 / d->value;
  }
  return std::nullopt;
}

std::optional<Numeral> Reader::ParseEnglishWords(uint32_t k, const WordHit& hit) const {
  const WordInfo& w = *hit.info;
  Numeral n;
  n.first = k;
  n.begin_byte = T(k).norm_span.begin;
  auto finish = [&](uint32_t end) {
    n.end = end;
    n.end_byte = T(end - 1).norm_span.end;
    return n;
  };
  if (w.num == NumClass::kOrdinal) {
    n.low = n.high = w.value;
    n.kind = NumberKind::kOrdinal;
    n.kind_fixed = true;
    return finish(k + 1);
  }
  if (w.num == NumClass::kVague) {
    n.low = w.value;
    n.high = w.high;
    n.vague = true;
    uint32_t end = k + 1;
    // "tens of thousands", "hundreds of millions": the second plural scales both ends.
    const WordInfo* of = Exact(end);
    const WordInfo* big = Exact(end + 1);
    if (of != nullptr && EqualsIgnoreAsciiCase(Tok(end), "of") && big != nullptr &&
        big->num == NumClass::kVague && big->english && big->value >= 1000) {
      const double scale = std::pow(10.0, std::floor(std::log10(big->value)));
      n.low *= scale;
      n.high = (n.high + 1) * scale - 1;
      end += 2;
    }
    return finish(end);
  }
  if (w.num == NumClass::kFraction) {
    // "half a million"
    const WordInfo* a = Exact(k + 1);
    const WordInfo* m = Exact(k + 2);
    if (a != nullptr && (a->roles & kRoleArticleOne) && m != nullptr &&
        m->num == NumClass::kMultiplier && m->english) {
      n.low = n.high = w.value * m->value;
      return finish(k + 3);
    }
    return std::nullopt;
  }
  // "a quarter of", "a third of", "a quarter million": a fraction needs "of" or a multiplier
  // after it, or "a third" is an ordinal ("a third term").
  if (w.roles & kRoleArticleOne) {
    if (auto frac = EnglishDenominator(k + 1, true)) {
      const WordInfo* m = Exact(k + 2);
      if (m != nullptr && m->english && m->num == NumClass::kMultiplier &&
          !(m->roles & kRoleGluedOnly)) {
        n.low = n.high = *frac * m->value;
        return finish(k + 3);
      }
      if (IsWordText(k + 2, "of")) {
        n.low = n.high = *frac;
        return finish(k + 2);
      }
    }
  }
  double total = 0, current = 0;
  enum class Last { kNone, kUnit, kTens, kHundred, kScale } last = Last::kNone;
  uint32_t pos = k;
  uint32_t end = k;
  while (IsWord(pos)) {
    const WordInfo* x = Exact(pos);
    if (x == nullptr) break;
    if ((x->roles & kRoleArticleOne) && last == Last::kNone) {
      const WordInfo* m = Exact(pos + 1);
      if (m == nullptr || !m->english ||
          (m->num != NumClass::kMultiplier && m->num != NumClass::kHundred)) {
        break;
      }
      current = 1;
      last = Last::kUnit;
      ++pos;
      continue;
    }
    if ((x->roles & kRoleAnd) && (last == Last::kHundred || last == Last::kScale)) {
      const WordInfo* y = Exact(pos + 1);
      if (y == nullptr || !y->english ||
          (y->num != NumClass::kEnUnit && y->num != NumClass::kTens)) {
        break;
      }
      ++pos;
      continue;
    }
    if (!x->english) break;
    if (x->num == NumClass::kEnUnit || x->num == NumClass::kZero) {
      if (last == Last::kUnit) break;
      if (last == Last::kTens && x->value >= 10) break;
      current += x->value;
      last = Last::kUnit;
    } else if (x->num == NumClass::kTens) {
      if (last == Last::kUnit || last == Last::kTens) break;
      current += x->value;
      last = Last::kTens;
      // "twenty-one"
      if (IsPunct(pos + 1, "-") && Glued(pos + 1) && Glued(pos + 2)) {
        const WordInfo* u = Exact(pos + 2);
        if (u != nullptr && u->num == NumClass::kEnUnit && u->value < 10) {
          current += u->value;
          last = Last::kUnit;
          pos += 2;
        }
      }
    } else if (x->num == NumClass::kHundred) {
      if (current == 0 || current >= 100) break;
      current *= 100;
      last = Last::kHundred;
    } else if (x->num == NumClass::kMultiplier) {
      if (current == 0 || (x->roles & kRoleGluedOnly)) break;
      total += current * x->value;
      current = 0;
      last = Last::kScale;
    } else {
      break;
    }
    ++pos;
    end = pos;
  }
  if (end == k) return std::nullopt;
  double value = total + current;
  const bool small = total == 0 && current >= 1 && current < 100 &&
                     (last == Last::kUnit || last == Last::kTens);
  // "two thirds of", "three-quarters", "one fifth of": a numerator and its denominator. The
  // denominator needs a hyphen, "of", or nothing after it, so "in two quarters" stays two.
  if (small) {
    const bool hyphen = IsPunct(end, "-") && Glued(end) && Glued(end + 1);
    const uint32_t d = hyphen ? end + 1 : end;
    if (auto frac = EnglishDenominator(d, current == 1)) {
      if (*frac < 1 && (hyphen || IsWordText(d + 1, "of") || !IsWord(d + 1))) {
        value = current * *frac;
        end = d + 1;
      }
    }
  }
  // "two and a half", "one and a quarter million".
  if (small && value == current && IsWordText(end, "and") && IsWord(end + 2)) {
    const WordInfo* a = Exact(end + 1);
    if (a != nullptr && (a->roles & kRoleArticleOne)) {
      if (auto frac = EnglishDenominator(end + 2, true)) {
        value += *frac;
        end += 3;
        const WordInfo* m = Exact(end);
        if (m != nullptr && m->english && m->num == NumClass::kMultiplier &&
            !(m->roles & kRoleGluedOnly)) {
          value *= m->value;
          ++end;
        }
      }
    }
  }
  // "two point five million": spoken decimal digits, one word each.
  if (value == total + current && total == 0 && current > 0) {
    const WordInfo* point = Exact(end);
    if (point != nullptr && (point->roles & kRoleDecimalWord) && point->english) {
      double digits = 0, scale = 1;
      uint32_t q = end + 1;
      for (const WordInfo* dw = Exact(q);
           dw != nullptr && dw->english &&
           (dw->num == NumClass::kEnUnit || dw->num == NumClass::kZero) && dw->value < 10;
           dw = Exact(++q)) {
        digits = digits * 10 + dw->value;
        scale *= 10;
      }
      if (q > end + 1) {
        value += digits / scale;
        end = q;
        const WordInfo* m = Exact(end);
        if (m != nullptr && m->english && m->num == NumClass::kMultiplier &&
            !(m->roles & kRoleGluedOnly)) {
          value *= m->value;
          ++end;
        }
      }
    }
  }
  n.low = n.high = value;
  // "one" after "no", "the", "any" is not a count.
  if (end == k + 1 && w.num == NumClass::kEnUnit && w.value == 1) {
    const WordInfo* prev = Exact(k - 1);
    if (prev != nullptr && (prev->roles & kRoleOneBlocker)) return std::nullopt;
  }
  return finish(end);
}

// ---- dispatch -------------------------------------------------------------------------------

bool Reader::StartsUrl(uint32_t k) const {
  if (T(k).kind != TokenKind::kWord) return false;
  const std::string_view s = Tok(k);
  if (s.empty() || (s[0] != 'h' && s[0] != 'H' && s[0] != 'w' && s[0] != 'W')) return false;
  const bool scheme = (EqualsIgnoreAsciiCase(s, "http") || EqualsIgnoreAsciiCase(s, "https")) &&
                      k + 1 < text_.tokens.size() && T(k + 1).glued_to_previous &&
                      text_.TokenText(k + 1) == ":";
  return scheme || (EqualsIgnoreAsciiCase(s, "www") && k + 1 < text_.tokens.size() &&
                    T(k + 1).glued_to_previous);
}

std::optional<Numeral> Reader::ParseSymbolsAt(uint32_t k) const {
  const Token& tok = T(k);
  if (tok.kind == TokenKind::kNumber) return ParseDigits(k);
  // ".77", "٫٧٧": a leading decimal point.
  const std::string_view p = Tok(k);
  if ((p == "." || p == "٫") && k + 1 < text_.tokens.size() &&
      T(k + 1).kind == TokenKind::kNumber && T(k + 1).glued_to_previous &&
      (k == 0 || !tok.glued_to_previous ||
       T(k - 1).kind == TokenKind::kPunct)) {
    const std::string_view d = Tok(k + 1);
    Numeral n;
    n.first = k;
    n.end = k + 2;
    n.begin_byte = tok.norm_span.begin;
    n.end_byte = T(k + 1).norm_span.end;
    n.low = n.high = DigitsValue(d) / std::pow(10.0, static_cast<double>(d.size()));
    return n;
  }
  return std::nullopt;
}

std::optional<Numeral> Reader::ParseWordAt(uint32_t k, const WordHit& hit) const {
  if (hit.info->roles & kRoleArticleOne) {
    return ParseEnglishWords(k, hit);  // "a million"
  }
  if (hit.info->num == NumClass::kNone) {
    // "ساعة ونصف" = 1.5 hours, when no numeral precedes the time noun.
    if (hit.prefix == 0 && (hit.info->roles & kRoleTimeUnit) && !hit.info->english &&
        !IsNumber(k - 1)) {
      if (auto after = AfterWaw(k + 1)) {
        const WordInfo* f = NumAt(after->first, after->second);
        if (f != nullptr && f->num == NumClass::kFraction && !f->english) {
          Numeral n;
          n.first = k;
          n.end = after->first + 1;
          n.begin_byte = T(k).norm_span.begin;
          n.end_byte = T(after->first).norm_span.end;
          n.low = n.high = 1 + f->value;
          n.kind = NumberKind::kDuration;
          n.time_unit = hit.info->time_unit;
          n.kind_fixed = true;
          return n;
        }
      }
    }
    return std::nullopt;
  }
  std::optional<Numeral> n = hit.info->english ? ParseEnglishWords(k, hit)
                                               : ParseArabicWords(k, hit);
  if (n && !n->kind_fixed && !n->vague) {
    // Word numerals followed by a multiplier are handled inside; digits mixed in later
    // ("ثلاثة 5") are separate numbers.
    n->plain_int = false;
  }
  return n;
}

// ---- context --------------------------------------------------------------------------------

std::optional<uint32_t> Reader::MatchWordsBefore(const Phrase& p, uint32_t end) const {
  const auto size = static_cast<uint32_t>(p.words.size());
  const uint32_t first = end - size;
  // Last word first: it is next to the number and rejects most phrases at once.
  for (uint32_t i = size; i-- > 0;) {
    const uint32_t k = first + i;
    if (T(k).kind == TokenKind::kNumber) return std::nullopt;
    std::string_view s = Tok(k);
    if (EqualsWord(s, p.words[i])) continue;
    // The first word may carry a proclitic: "وأكثر من", "بنحو".
    if (i == 0 && s.size() > p.words[i].size() + 1 && s.size() <= p.words[i].size() + 4 &&
        s.substr(s.size() - p.words[i].size()) == p.words[i]) {
      const std::string_view pre = s.substr(0, s.size() - p.words[i].size());
      if (pre.size() == 2 && (IsConjLetter(pre) || IsPrepLetter(pre))) continue;
      if (pre.size() == 4 && IsConjLetter(pre.substr(0, 2)) && IsPrepLetter(pre.substr(2))) continue;
    }
    return std::nullopt;
  }
  return first;
}

std::optional<uint32_t> Reader::MatchAfter(const Phrase& p, uint32_t k) const {
  const auto size = static_cast<uint32_t>(p.words.size());
  for (uint32_t i = 0; i < size; ++i) {
    if (!In(k + i) || !EqualsWord(Tok(k + i), p.words[i])) return std::nullopt;
  }
  return k + size;
}

bool Reader::MonthEndsAt(uint32_t k) const {
  if (!IsWord(k)) return false;
  const WordInfo* w = Exact(k);
  if (w != nullptr && (w->roles & kRoleMonth)) return true;
  for (const Phrase& p : t_.month_phrases) {
    if (MatchBefore(p, k + 1)) return true;
  }
  return false;
}

bool Reader::MonthStartsAt(uint32_t k) const {
  if (!IsWord(k)) return false;
  const WordHit w = Lookup(k);
  if (w.info != nullptr && (w.info->roles & kRoleMonth)) return true;
  for (const Phrase& p : t_.month_phrases) {
    if (MatchAfter(p, k)) return true;
  }
  return false;
}

// A 4-digit 1900-2100 number after a month, a year cue, before an era suffix, or with no
// counted noun after it.
bool Reader::LooksLikeYear(const Numeral& n) const {
  if (!n.plain_int || n.int_digits != 4) return false;
  const uint32_t before = n.first - 1;
  // A Hijri year (1300-1500 AH: 1882-2077 CE) only after a year cue ("عام 1436").
  if (n.low >= 1300 && n.low <= 1500 && In(before)) {
    const WordHit cue = Lookup(before);
    if (cue.info != nullptr && (cue.info->roles & (kRoleYearCue | kRoleHijriMonth))) return true;
  }
  if (n.low < 1900 || n.low > 2100) return false;
  if (In(before)) {
    // "حزيران/ يونيو 2024", "in March 2024"
    if (MonthEndsAt(before)) return true;
    const WordHit cue = Lookup(before);
    if (cue.info != nullptr && (cue.info->roles & kRoleYearCue)) return true;
    if (IsCliticOnly(Tok(before)) && In(before - 1)) {
      const WordHit cue2 = Lookup(before - 1);
      if (cue2.info != nullptr && (cue2.info->roles & kRoleYearCue)) return true;
      if (MonthEndsAt(before - 1)) return true;
    }
  }
  const uint32_t after = n.end;
  if (!IsWord(after)) return true;
  const WordInfo* w = Exact(after);
  if (w != nullptr && (w->roles & (kRoleEra | kRoleFunction))) return true;
  return MonthStartsAt(after);
}

bool Reader::IsNonCount(const Numeral& n) const {
  const uint32_t after = n.end;
  const uint32_t before = n.first - 1;
  // An HTML character reference: "&#8220;".
  if (IsPunct(before, "#") && IsPunct(before - 1, "&")) return true;
  // A label: "رقم 5", "القرار 2216", "الدقيقة 54", "بالرمز (71)".
  uint32_t label = before;
  if (IsPunct(label, "(") || IsPunct(label, "\"") || IsPunct(label, "\xC2\xAB")) --label;
  if (IsWord(label)) {
    const WordHit w = Lookup(label);
    if (w.info != nullptr && (w.info->roles & kRoleLabelCue)) return true;
  }
  // "القرن التاسع عشر", "الحادية عشرة": the teen suffix of an ordinal.
  if (n.end == n.first + 1 && IsWord(n.first) && n.low == 10) {
    const WordInfo* ordinal = Exact(before);
    if (ordinal != nullptr && ordinal->num == NumClass::kOrdinal) return true;
  }
  // Code in the text (CSS "padding: 0;"): Arabic prose writes its semicolon as ؛.
  if (IsPunct(after, ";") && Glued(after)) return true;
  if (!n.plain_int) return false;
  // A school or fiscal year "1436/1437", "1436 - 1437هـ": the first of two consecutive years.
  if (n.int_digits == 4 && n.low >= 1300 && n.low <= 2100 && (IsPunct(after, "/") || IsPunct(after, "-")) &&
      IsNumber(after + 1) && Tok(after + 1).size() == 4 && DigitsValue(Tok(after + 1)) == n.low + 1) {
    return true;
  }
  if (n.int_digits == 4 && n.low >= 1301 && n.low <= 2101 && (IsPunct(before, "/") || IsPunct(before, "-")) &&
      IsNumber(before - 1) && Tok(before - 1).size() == 4 && DigitsValue(Tok(before - 1)) + 1 == n.low) {
    return true;
  }
  // "5+1" (a group's name), "4K": a number joined to a sign or letters is a name.
  if ((IsPunct(after, "+") && Glued(after) && IsNumber(after + 1)) ||
      (IsPunct(before, "+") && Glued(n.first) && IsNumber(before - 1))) {
    return true;
  }
  // Ids and phone numbers: a long run of digits with no noun after it.
  if (n.int_digits >= 8 && !IsWord(after)) return true;
  // A spaced numeric date "21 / 10 / 1436", "30-07-2015": three numbers joined by one
  // separator, this one first, second or third.
  auto sep = [&](uint32_t k) { return IsPunct(k, "/") || IsPunct(k, "-"); };
  auto small = [&](uint32_t k) { return IsNumber(k) && Tok(k).size() <= 4; };
  if (sep(after) && small(after + 1) && sep(after + 2) && small(after + 3)) return true;
  if (sep(before) && small(before - 1) && sep(after) && small(after + 1)) return true;
  if (before >= 3 && sep(before) && small(before - 1) && sep(before - 2) && small(before - 3)) return true;
  // A score "2-1", "1 - صفر", "4/1": two numbers of at most two digits joined by a dash or
  // slash with no noun after the pair (a range of a count has its noun: "10-15 قتيلا").
  auto score_part = [&](uint32_t k) {
    if (IsNumber(k)) return Tok(k).size() <= 2;
    const WordInfo* w = Exact(k);
    return w != nullptr && w->num == NumClass::kZero;
  };
  auto no_noun = [&](uint32_t k) {
    const WordInfo* w = Exact(k);
    return !IsWord(k) || (w != nullptr && (w->roles & kRoleFunction));
  };
  auto dash = [&](uint32_t k) {
    return IsPunct(k, "-") || IsPunct(k, "\xE2\x80\x93") || IsPunct(k, "/");
  };
  if (n.int_digits <= 2 && dash(after) && score_part(after + 1) && no_noun(after + 2)) return true;
  if (n.int_digits <= 2 && dash(before) && score_part(before - 1) && no_noun(after)) return true;
  // A list marker: the first thing on its line, followed by "-", ")" or ".".
  if (IsPunct(after, "-") || IsPunct(after, ")") || IsPunct(after, ".")) {
    uint32_t at = T(n.first).norm_span.begin;
    if (IsPunct(before, "(")) at = T(before).norm_span.begin;
    while (at > 0 && text_.norm[at - 1] == ' ') --at;
    if (at == 0 || text_.norm[at - 1] == '\n') return true;
  }
  return false;
}

NumberKind Reader::KindFromContext(const Numeral& n, const char** time_unit) const {
  const uint32_t after = n.end;
  // Percent: 5%, ٣٠٪, %50 (visual order), ٣٠ في المئة, 5 percent.
  if (IsPunct(after, "%") || IsPunct(after, "٪")) return NumberKind::kPercent;
  if (In(n.first - 1) && T(n.first).glued_to_previous &&
      (IsPunct(n.first - 1, "%") || IsPunct(n.first - 1, "٪")) &&
      !(Glued(n.first - 1) && IsNumber(n.first - 2))) {
    return NumberKind::kPercent;
  }
  for (const Phrase& p : t_.percent_phrases) {
    if (MatchAfter(p, after)) return NumberKind::kPercent;
  }
  if (IsNonCount(n)) return NumberKind::kOther;
  if (IsWord(after)) {
    const WordHit w = Lookup(after);
    // 1436هـ, 1605م: a year of either calendar.
    // A spelled-out era (767 ميلادية) dates any year; a one-letter one only four digits.
    if (n.plain_int && w.info != nullptr && w.prefix == 0 && (w.info->roles & kRoleEra) &&
        (n.int_digits == 4 || (Tok(after).size() > 2 && n.low >= 1 && n.low <= 2100))) {
      return NumberKind::kYear;
    }
    if (w.info != nullptr && (w.info->roles & kRoleHijriMonth) && n.plain_int && n.low >= 1 && n.low <= 30 &&
        n.int_digits <= 2) {
      return NumberKind::kDate;
    }
    if (w.info != nullptr && (w.info->roles & kRoleClockAfter)) return NumberKind::kOther;
    if (w.info != nullptr) {
      if ((w.info->roles & kRoleTimeUnit) && w.prefix == 0) {
        *time_unit = w.info->time_unit;
        return NumberKind::kDuration;
      }
      if (w.info->roles & kRoleTimes) return NumberKind::kOther;
      if ((w.info->roles & kRoleOrdinalSuffix) && T(after).glued_to_previous && n.plain_int) {
        return NumberKind::kOrdinal;
      }
    }
  }
  if (n.plain_int && n.low >= 1 && n.low <= 31 && n.int_digits <= 2) {
    // "27 مايو", "May 27"
    if (MonthStartsAt(after)) return NumberKind::kDate;
    if (In(n.first - 1) && MonthEndsAt(n.first - 1)) {
      const WordInfo* m = Exact(n.first - 1);
      if (m != nullptr && m->english) return NumberKind::kDate;
    }
  }
  if (LooksLikeYear(n)) return NumberKind::kYear;
  return NumberKind::kQuantity;
}

void Reader::Emit(const Numeral& n, uint32_t first, uint32_t end, uint32_t begin_byte,
                  uint32_t end_byte, NumericValue value, ByteSpan qualifier_norm,
                  NumberKind kind, const char* time_unit) {
  NumberMention m;
  m.norm_span = ByteSpan{begin_byte, end_byte};
  m.span = text_.ToOriginal(m.norm_span);
  if (qualifier_norm.size() > 0) m.qualifier_span = text_.ToOriginal(qualifier_norm);
  m.kind = kind;
  m.value = value;
  if (time_unit != nullptr) m.time_unit = time_unit;
  m.sentence = sentence_;
  m.first_token = first;
  m.end_token = end;
  (void)n;
  out_.push_back(std::move(m));
}

NumericValue Bounded(Qualifier q, double value) {
  NumericValue v;
  v.qualifier = q;
  switch (q) {
    case Qualifier::kAtLeast:
    case Qualifier::kMoreThan:
      v.low = value;
      break;
    case Qualifier::kAtMost:
    case Qualifier::kLessThan:
      v.high = value;
      break;
    default:
      v.low = value;
      v.high = value;
  }
  return v;
}

bool IsAndJoin(std::string_view s) { return s == "و" || EqualsIgnoreAsciiCase(s, "and"); }

std::vector<NumberMention> Reader::Run() {
  const auto count = static_cast<uint32_t>(text_.tokens.size());
  uint32_t k = 0;
  while (k < count) {
    sentence_ = T(k).sentence;
    const Sentence& s = text_.sentences[sentence_];
    sent_begin_ = s.first_token;
    sent_end_ = s.end_token;
    // "https://x.com/?q=30%25": the numbers of a web address are not claims.
    if (StartsUrl(k)) {
      ++k;
      while (k < count && T(k).glued_to_previous) ++k;
      continue;
    }
    std::optional<Numeral> n = ParseAt(k);
    if (!n) {
      ++k;
      continue;
    }
    if (n->skip) {
      k = n->end;
      continue;
    }
    uint32_t first = n->first, end = n->end;
    uint32_t begin_byte = n->begin_byte, end_byte = n->end_byte;
    ByteSpan qualifier{0, 0};
    NumericValue value;
    NumberKind kind = n->kind;
    const char* time_unit = n->time_unit;
    bool done = false;

    // Range: X (و|إلى|-|to|and) Y, with an opener for و/and (بين) and optional for إلى.
    if (!n->kind_fixed || n->kind == NumberKind::kYear) {
      std::optional<Numeral> second;
      std::string_view join;
      uint32_t j = n->end;
      if (In(j) && !n->vague) {
        for (const Phrase& p : t_.range_joins) {
          auto after = MatchAfter(p, j);
          if (!after || !In(*after)) continue;
          if (T(*after).kind == TokenKind::kWord && Lookup(*after).info == nullptr) continue;
          second = ParseAt(*after);
          if (second && !second->skip && !second->vague &&
              (!second->kind_fixed || second->kind == kind)) {
            join = p.words[0];
            break;
          }
          second.reset();
        }
        // و glued as a proclitic of a number word: "ثلاثين وأربعين" is not a compound.
        if (!second && IsWord(j)) {
          std::optional<Numeral> glued = ParseAt(j);
          if (glued && glued->conj && !glued->skip && !glued->vague && !glued->kind_fixed) {
            second = glued;
            join = "و";
          }
        }
      }
      if (second) {
        // Opener: ما بين / بين / من / between / from, maybe with a year cue (بين عامي).
        uint32_t opener_end = n->first;
        bool year_cue = false;
        if (In(opener_end - 1)) {
          const WordHit cue = Lookup(opener_end - 1);
          if (cue.info != nullptr && (cue.info->roles & kRoleYearCue) &&
              cue.info->num == NumClass::kNone && !(cue.info->roles & kRoleFunction)) {
            year_cue = true;
            --opener_end;
          }
        }
        const Phrase* opener = nullptr;
        uint32_t opener_first = opener_end;
        for (const Phrase& p : t_.qualifiers_before) {
          if (!p.range_open) continue;
          if (auto f = MatchBefore(p, opener_end)) {
            if (opener == nullptr || *f < opener_first) {
              opener = &p;
              opener_first = *f;
            }
          }
        }
        const bool and_join = IsAndJoin(join);
        const bool dash_join = join == "-" || join == "–" || join == "~";
        // و/and needs بين/between; إلى/to takes من/from or nothing; a dash takes anything.
        bool ok = dash_join;
        if (and_join) ok = opener != nullptr && !opener->range_from;
        else if (!dash_join) ok = opener == nullptr || opener->range_from;
        if (ok) {
          double low = n->low, high = second->low;
          // Shared multiplier: "بين 10 و12 ألفًا" = 10000..12000.
          if (!n->has_mult && second->has_mult && low * second->mult_scale <= high) {
            low *= second->mult_scale;
          }
          if (low <= high) {
            first = n->first;
            end = second->end;
            end_byte = second->end_byte;
            value.low = low;
            value.high = high;
            value.qualifier = Qualifier::kRange;
            if (opener != nullptr) {
              qualifier = ByteSpan{T(opener_first).norm_span.begin,
                                   T(opener_end - 1).norm_span.end};
            }
            if (n->kind_fixed) {
              kind = n->kind;
            } else if (year_cue || (LooksLikeYear(*n) && LooksLikeYear(*second))) {
              kind = NumberKind::kYear;
            } else {
              kind = KindFromContext(*second, &time_unit);
              if (kind == NumberKind::kYear || kind == NumberKind::kDate) {
                kind = NumberKind::kQuantity;
              }
            }
            done = true;
          }
        }
      }
    }

    if (!done) {
      if (!n->kind_fixed) kind = KindFromContext(*n, &time_unit);
      Qualifier q = n->vague ? Qualifier::kVague : Qualifier::kExact;
      if (kind != NumberKind::kOrdinal && kind != NumberKind::kYear &&
          kind != NumberKind::kDate) {
        // Qualifier before (longest phrase wins), else after. A currency sign may stand
        // between the qualifier and the digits: "more than $2 billion", "about €5 million".
        const uint32_t qualified = In(first - 1) && IsCurrencySign(Tok(first - 1)) ? first - 1 : first;
        const Phrase* best = nullptr;
        uint32_t best_first = first;
        for (const Phrase& p : t_.qualifiers_before) {
          if (p.range_open) continue;
          if (auto f = MatchBefore(p, qualified)) {
            if (best == nullptr || *f < best_first) {
              best = &p;
              best_first = *f;
            }
          }
        }
        if (best != nullptr) {
          qualifier = ByteSpan{T(best_first).norm_span.begin, T(qualified - 1).norm_span.end};
          if (!n->vague) q = best->qualifier;
        } else {
          for (uint32_t gap = 0; gap < 2 && best == nullptr; ++gap) {
            if (gap == 1 && !IsWord(end)) break;
            for (const Phrase& p : t_.qualifiers_after) {
              if (auto e = MatchAfter(p, end + gap)) {
                best = &p;
                qualifier = ByteSpan{T(end + gap).norm_span.begin, T(*e - 1).norm_span.end};
                if (!n->vague) q = p.qualifier;
                break;
              }
            }
          }
        }
      }
      if (n->vague) {
        value.low = n->low;
        value.high = n->high;
        value.qualifier = kind == NumberKind::kYear ? Qualifier::kRange : Qualifier::kVague;
      } else {
        value = Bounded(q, n->low);
      }
    }
    if (kind != NumberKind::kDuration) time_unit = nullptr;
    Emit(*n, first, end, begin_byte, end_byte, value, qualifier, kind, time_unit);
    k = end;
  }
  return std::move(out_);
}

}  // namespace

std::vector<NumberMention> ReadNumbers(const AnalyzedText& text, const NumberLexicon& lexicon) {
  if (text.tokens.empty() || text.sentences.empty()) return {};
  Reader reader(text, lexicon.tables());
  return reader.Run();
}

}  // namespace mizan
