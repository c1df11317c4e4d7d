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
#include <cctype>
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

// English weekdays, capitalised like names.
bool IsWeekday(std::string_view s) {
  static constexpr std::string_view kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday"};
  for (std::string_view d : kDays) {
    if (s == d) return true;
  }
  return false;
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
  bool currency = false;    // a currency sign or code stands right before the digits
  DecimalOrder decimal_order = DecimalOrder::kNone;  // a ر decimal: what fixed its order
  bool decimal_reversed = false;
  uint32_t frac_digits = 0;  // decimal digits as written (6.935 -> 3): the value's precision
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
  Reader(const AnalyzedText& text, const Tables& tables, std::string_view outlet)
      : text_(text), t_(tables) {
    auto found = outlet.empty() ? t_.outlet_reversed.end() : t_.outlet_reversed.find(outlet);
    if (found != t_.outlet_reversed.end()) {
      outlet_reversed_ = found->second;
      outlet_order_ = DecimalOrder::kOutlet;
    } else {
      outlet_reversed_ = t_.default_reversed;
      outlet_order_ = DecimalOrder::kAssumed;
    }
  }

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
    // Most words of the lexicon are context words (في, the, من): no numeral starts at them.
    if (hit.info->num == NumClass::kNone &&
        (hit.info->roles & (kRoleTimeUnit | kRoleRatioFrom | kRoleArticleOne)) == 0) {
      return std::nullopt;
    }
    return ParseWordAt(k, hit);
  }
  // ParseAt for digits or punctuation (a leading decimal point).
  std::optional<Numeral> ParseSymbolsAt(uint32_t k) const;
  // ParseAt for a word in the lexicon (hit.info is not null).
  std::optional<Numeral> ParseWordAt(uint32_t k, const WordHit& hit) const;
  std::optional<Numeral> ParseDigits(uint32_t k) const;
  // "3ر5", "064ر3", "000ر22": digits joined by ر, as several Arabic papers print decimals
  // (and thousands) with the parts in reverse order. k is the first digits.
  Numeral ParseRaDigits(uint32_t k, Numeral n) const;
  // `n` closed as one mention of kind other over tokens [k, q] with value `value`: a
  // dotted version, an id or a phone number, which names rather than counts.
  Numeral OtherSpan(uint32_t k, uint32_t q, double value, Numeral n) const;
  // True when a format control (a right-to-left mark) was dropped between tokens a and b.
  bool MarkBetween(uint32_t a, uint32_t b) const {
    return text_.ToOriginal(T(a).norm_span).end != text_.ToOriginal(T(b).norm_span).begin;
  }
  bool HasRole(uint32_t k, uint32_t role) const {
    const WordHit w = Lookup(k);
    return w.info != nullptr && (w.info->roles & role);
  }
  // A month name ends at k, or at k - 1 before an abbreviation's dot ("Oct. 3").
  bool MonthBefore(uint32_t first) const {
    if (!In(first - 1)) return false;
    if (IsPunct(first - 1, ".") && Glued(first - 1) && In(first - 2)) {
      return MonthEndsAt(first - 2);
    }
    return MonthEndsAt(first - 1);
  }
  // The widening steps of Run, each on a numeral just read at its first token.
  // "-5", "−2.4", "minus 40", "سالب سبع": the sign is kept in the value.
  void ApplySign(Numeral& n) const;
  // "one in four", "3 out of 10", "واحد من كل ثلاثة": a proportion, as a fraction of one.
  void ApplyRatio(Numeral& n) const;
  // A number that names rather than counts: Boeing 737, seat 14, 12 Baker Street, 9 pm.
  void ApplyNotCount(Numeral& n) const;
  void ApplyFractionOfMultiplier(Numeral& n) const;
  // "طفل من كل أربعة أطفال": an indefinite singular noun as the numerator one.
  std::optional<Numeral> NounRatioAt(uint32_t k) const;
  // "فوق الخمسين": a number word with the article, read only right after a bound.
  std::optional<Numeral> ParseDefiniteAfterBound(uint32_t k) const;
  // A qualifier phrase starting at k (its first word may carry a و/ف proclitic), or null.
  const Phrase* BoundPhraseAt(uint32_t k, uint32_t* end) const;
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
  // "1.5m people", "2.3b users": a glued m/b after a decimal, before a plural noun that is
  // no dimension (a 1.5m wall is metres), is a multiplier without a currency too.
  bool MillionBeforeNoun(const Numeral& n) const {
    if (n.plain_int || !IsWord(n.end + 1)) return false;
    const std::string_view next = Tok(n.end + 1);
    static constexpr std::string_view kDimensions[] = {"high", "tall", "long", "wide", "deep",
                                                       "thick", "away", "of", "in", "from",
                                                       "below", "above", "under", "across"};
    if (!std::islower(static_cast<unsigned char>(next[0]))) return false;
    for (std::string_view d : kDimensions) {
      if (next == d) return false;
    }
    // A plural noun counts (1.5m people, 2.3m barrels); a 1.5m wall is measured.
    return next == "people" || (next.size() > 3 && next.back() == 's');
  }
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
  // The token after a percent's sign or words at k ("5%", "5 في المئة"), or k when none.
  uint32_t AfterPercentMark(uint32_t k) const;
  bool MonthEndsAt(uint32_t k) const;    // a month name ends at token k
  bool MonthStartsAt(uint32_t k) const;

  NumberKind KindFromContext(const Numeral& n, const char** time_unit) const;
  // A number that labels, dates or lists rather than counts (see numbers.tsv's notes).
  bool IsNonCount(const Numeral& n) const;
  bool LooksLikeYear(const Numeral& n) const;
  // An Arabic year cue (عام, سنة, منذ, في) at token k, maybe after proclitics (لعام).
  bool ArabicYearCue(uint32_t k) const;

  void Emit(const Numeral& n, uint32_t first, uint32_t end, uint32_t begin_byte,
            uint32_t end_byte, NumericValue value, ByteSpan qualifier_norm, NumberKind kind,
            const char* time_unit);

  const AnalyzedText& text_;
  const Tables& t_;
  uint32_t sent_begin_ = 0;
  uint32_t sent_end_ = 0;
  uint32_t sentence_ = 0;
  bool outlet_reversed_ = true;
  DecimalOrder outlet_order_ = DecimalOrder::kAssumed;
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
  // A currency before the amount: "$5", "USD2,300", "RM45,000", "Rs 3 crore".
  const bool code_before = IsWord(k - 1) && HasRole(k - 1, kRoleCurrency);
  n.currency = code_before || (In(k - 1) && T(k - 1).kind == TokenKind::kPunct &&
                               IsCurrencySign(Tok(k - 1)));
  // Designations are not numbers: F-16, إف-16, S-400, G20, كوفيد19.
  if (Glued(k) && In(k - 1) && !code_before) {
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
  if (IsWord(k + 1) && Glued(k + 1) && Tok(k + 1) == "ر" && IsNumber(k + 2) && Glued(k + 2)) {
    return ParseRaDigits(k, n);
  }
  // "2019-03-12", "12-03-2019": three numbers joined by dashes are a date, like 27/5/2024.
  if (IsPunct(k + 1, "-") && Glued(k + 1) && IsNumber(k + 2) && Glued(k + 2) &&
      IsPunct(k + 3, "-") && Glued(k + 3) && IsNumber(k + 4) && Glued(k + 4) &&
      (Tok(k).size() == 4 || Tok(k + 4).size() == 4 || Tok(k + 4).size() == 2)) {
    n.end = k + 5;
    n.begin_byte = T(k).norm_span.begin;
    n.end_byte = T(k + 4).norm_span.end;
    n.low = n.high = DigitsValue(Tok(k));
    n.kind = NumberKind::kOther;
    n.kind_fixed = true;
    return n;
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
  const bool marked = IsPunct(k + 1, ".") && Glued(k + 1) && IsNumber(k + 2) && Glued(k + 2) &&
                      !IsPunct(k + 3, ".") && (MarkBetween(k, k + 1) || MarkBetween(k + 1, k + 2));
  if (!marked) {
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
      return OtherSpan(k, q, int_value, n);
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
        n.frac_digits = static_cast<uint32_t>(d.size());
        decimal = true;
      } else {
        break;  // a list "2023,2024"
      }
    } else if (sep == ".") {
      if (decimal) break;
      if (marked) {
        // "064.\u200F3": a right-to-left mark inside says the parts are printed reversed
        // (3.064), as the papers that print ر decimals reversed do (decimal_order.tsv).
        frac_value = int_value / std::pow(10.0, static_cast<double>(d0.size()));
        n.frac_digits = static_cast<uint32_t>(d0.size());
        int_value = DigitsValue(d);
        decimal = true;
        n.decimal_order = DecimalOrder::kMark;
        n.decimal_reversed = true;
      } else if (dot_groups > 0) {
        int_value = int_value * 1000 + DigitsValue(d);
        grouped = true;
        --dot_groups;
      } else {
        frac_value = DigitsValue(d) / std::pow(10.0, static_cast<double>(d.size()));
        n.frac_digits = static_cast<uint32_t>(d.size());
        decimal = true;
      }
    } else if (sep == "٫") {
      if (decimal) break;
      frac_value = DigitsValue(d) / std::pow(10.0, static_cast<double>(d.size()));
      n.frac_digits = static_cast<uint32_t>(d.size());
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
    } else if (sep == "/" || sep == "\u2044") {
      if (decimal || grouped || slash) break;
      // "77/100", "11/10": a fraction over a power of ten; "5/11" or "27/5/2024" is a date.
      const double den = DigitsValue(d);
      const bool power_of_ten = d.size() >= 2 && d[0] == '1' &&
                                d.find_first_not_of('0', 1) == std::string_view::npos;
      const bool more = IsPunct(pos + 3, "/") && Glued(pos + 3);
      if (power_of_ten && !more) {
        int_value = int_value / den;
        slash = true;
      } else if (!more && !grouped && int_value >= 1 && int_value < den && den <= 10 &&
                 !IsNumber(pos + 3)) {
        // "1/2", "٣/٤ الكمية": a fraction of one.
        n.end = pos + 3;
        n.begin_byte = T(k).norm_span.begin;
        n.end_byte = T(pos + 2).norm_span.end;
        n.low = n.high = int_value / den;
        n.kind = NumberKind::kFraction;
        n.kind_fixed = true;
        return n;
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
  // A phone number: "0800 555 0199", "0112345678", or after a phone word ("call 920012345",
  // "هاتف 011 234 5678", "الرقم الموحد 800-124-4444"): digit groups joined by spaces or
  // glued dashes, one number of kind other.
  if (!decimal && !slash && !grouped && d0.size() >= 3) {
    const auto group_after = [&](uint32_t q) {
      return (IsNumber(q + 1) && !Glued(q + 1)) ||
             (IsPunct(q + 1, "-") && Glued(q + 1) && IsNumber(q + 2) && Glued(q + 2));
    };
    const bool zero = d0[0] == '0';
    const bool cue = IsWord(k - 1) && HasRole(k - 1, kRolePhoneCue);
    if ((zero && (d0.size() >= 7 || group_after(pos))) ||
        (cue && (d0.size() >= 7 || group_after(pos)))) {
      uint32_t q = pos;
      while (group_after(q)) q += IsNumber(q + 1) ? 1 : 2;
      return OtherSpan(k, q, int_value, n);
    }
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
      n.frac_digits = static_cast<uint32_t>(d.size());
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

// A decimal times a multiplier, rounded to the precision written: 6.935 million is 6935000,
// not 6935000.000000001 (6.935 has 3 decimals, so the value is a multiple of 1000).
double RoundToWritten(double value, uint32_t frac_digits, double scale) {
  if (frac_digits == 0 || frac_digits > 15 || !(scale > 0)) return value;
  const double step = scale / std::pow(10.0, static_cast<double>(frac_digits));
  if (step >= 1) return std::round(value / step) * step;
  const double inverse = std::pow(10.0, static_cast<double>(frac_digits)) / scale;
  return std::round(value * inverse) / inverse;
}

void Reader::ApplyMultiplier(Numeral& n) const {
  const WordInfo* w = Exact(n.end);
  if (w == nullptr || w->num != NumClass::kMultiplier) return;
  // "10k" is ten thousand, but a spaced "k" is a letter (a list item, a unit).
  if ((w->roles & kRoleGluedOnly) && !Glued(n.end)) return;
  if ((w->roles & kRoleMoneyOnly) && !n.currency && !MillionBeforeNoun(n)) return;
  const double scale = w->value;
  n.low = n.high = RoundToWritten(n.low * scale, n.frac_digits, scale);
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

Numeral Reader::OtherSpan(uint32_t k, uint32_t q, double value, Numeral n) const {
  n.end = q + 1;
  n.begin_byte = T(k).norm_span.begin;
  n.end_byte = T(q).norm_span.end;
  n.low = n.high = value;
  n.kind = NumberKind::kOther;
  n.kind_fixed = true;
  return n;
}

Numeral Reader::ParseRaDigits(uint32_t k, Numeral n) const {
  // The parts as printed (logical order): p0 ر p1 [ر p2 ...].
  std::string_view parts[8];
  size_t count = 0;
  uint32_t pos = k;
  parts[count++] = Tok(k);
  while (count < 8 && IsWord(pos + 1) && Glued(pos + 1) && Tok(pos + 1) == "ر" &&
         IsNumber(pos + 2) && Glued(pos + 2)) {
    parts[count++] = Tok(pos + 2);
    pos += 2;
  }
  n.end = pos + 1;
  n.begin_byte = T(k).norm_span.begin;
  n.end_byte = T(pos).norm_span.end;
  const WordInfo* after = Exact(n.end);
  const bool multiplier = after != nullptr && after->num == NumClass::kMultiplier;
  double value = 0;
  bool reversed = outlet_reversed_;
  DecimalOrder basis = outlet_order_;
  if (count > 2 || (parts[0] == "000" && !multiplier)) {
    // "951ر625ر34" = 34,625,951 and "000ر22" = 22,000: thousands groups, least significant
    // printed first.
    for (size_t i = count; i-- > 0;) value = value * 1000 + DigitsValue(parts[i]);
    basis = DecimalOrder::kDigits;
    reversed = true;
  } else {
    const std::string_view a = parts[0], b = parts[1];
    // An integer part cannot start with 0: "064ر3" is 3.064 in any outlet. (A leading zero
    // on the right part is no proof of the written order: "الساعة 47ر09" is 09:47.)
    if (a.size() > 1 && a[0] == '0') {
      reversed = true;
      basis = DecimalOrder::kDigits;
    }
    // With no outlet to go by, the digits may still tell: a reading whose integer part has a
    // leading zero ("9ر05" reversed: 05) or whose fraction part is a lone 0 ("0ر8" reversed:
    // 8.0) is implausible, so the other reading is taken when it is plausible.
    if (basis == DecimalOrder::kAssumed) {
      const auto plausible = [](std::string_view whole, std::string_view fraction) {
        return !(whole.size() > 1 && whole[0] == '0') && fraction != "0";
      };
      const bool reversed_ok = plausible(b, a), written_ok = plausible(a, b);
      if (reversed_ok != written_ok) {
        reversed = reversed_ok;
        basis = DecimalOrder::kDigits;
      }
    }
    const std::string_view whole = reversed ? b : a, fraction = reversed ? a : b;
    n.frac_digits = static_cast<uint32_t>(fraction.size());
    value = DigitsValue(whole) +
            DigitsValue(fraction) / std::pow(10.0, static_cast<double>(fraction.size()));
  }
  n.low = n.high = value;
  n.decimal_order = basis;
  n.decimal_reversed = reversed;
  n.int_digits = static_cast<uint32_t>(parts[reversed ? count - 1 : 0].size());
  ApplyMultiplier(n);
  return n;
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
  // "الاثنا عشر لاعبا", "الخمسة عشر": the teen's unit carries the article, and a definite
  // numeral restates a set (it is not read); its عشر alone is no ten.
  if (w.num == NumClass::kTen && hit.prefix == 0 && IsWord(k - 1) &&
      Tok(k - 1).substr(0, 4) == kArticle) {
    const WordInfo* unit = t_.Find(Tok(k - 1).substr(4));
    if (unit != nullptr && (unit->num == NumClass::kUnit || unit->num == NumClass::kTeenUnit)) {
      return std::nullopt;
    }
  }
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
    case NumClass::kFraction: {
      // A plural denominator (أرباع) is read only after its numerator.
      if (w.form == MultForm::kPlural) return std::nullopt;
      const WordHit next = Lookup(k + 1);
      if (next.info != nullptr && next.info->num == NumClass::kMultiplier) break;  // نصف مليون
      // "النصف الثاني من القرن", "الربع الأول": a part of time or of a match, no share.
      if (!IsWord(k + 1) || (next.info != nullptr && ((next.info->roles & kRoleFractionBlocker) ||
                                                      next.info->num == NumClass::kOrdinal))) {
        return std::nullopt;
      }
      // "متر ونصف", "ملعقة ونصف ملعقة": "and a half" of the noun before, not a share; "ونصف
      // الموظفين" (and half the staff) is one.
      if (hit.conj && Tok(k + 1).substr(0, 4) != kArticle) return std::nullopt;
      n.low = n.high = w.value;
      if (next.info != nullptr && (next.info->roles & kRoleTimeUnit) && next.prefix == 0) {
        n.kind = NumberKind::kDuration;  // "نصف ساعة" = half an hour
        n.time_unit = next.info->time_unit;
      } else {
        n.kind = NumberKind::kFraction;  // "نصف الموظفين", "ثلث المياه", "ثلثا السكان"
      }
      n.kind_fixed = true;
      return finish(k + 1);
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
  // "خمس أرباحها", "خمس السكان": a numeral 3-10 takes an indefinite plural, so before a
  // definite noun (article or possessive suffix) the homograph is the fraction.
  if ((w.roles & kRoleFractionHomograph) && IsWord(k + 1) && Exact(k + 1) == nullptr) {
    const std::string_view next = Tok(k + 1);
    auto ends = [&](std::string_view suffix) {
      return next.size() > suffix.size() + 4 && next.substr(next.size() - suffix.size()) == suffix;
    };
    if (next.substr(0, 4) == kArticle || ends("ها") || ends("هم") || ends("نا") || ends("كم")) {
      n.low = n.high = w.fraction;
      n.kind = NumberKind::kFraction;
      n.kind_fixed = true;
      return finish(k + 1);
    }
  }
  // A lone واحد after an idiom noun ("في وقت واحد") is not a count.
  auto cardinal = ArabicCardinal(k, hit.prefix, 1e18);
  if (!cardinal) return std::nullopt;
  if (cardinal->second == k + 1 && w.num == NumClass::kUnit && w.value == 1) {
    const WordInfo* prev = Exact(k - 1);
    if (prev != nullptr && (prev->roles & kRoleOneBlocker)) return std::nullopt;
    // "واحد من الضحايا": one of a definite set is a member, not a count of one.
    if (IsWord(k + 1) && Tok(k + 1) == "من" && IsWord(k + 2) &&
        Tok(k + 2).substr(0, 4) == kArticle) {
      return std::nullopt;
    }
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
    // "half of the workers", "half the budget": a share; not "the first half of".
    const WordInfo* prev = Exact(k - 1);
    const bool after_rank = prev != nullptr && (prev->num == NumClass::kOrdinal ||
                                                (prev->roles & kRoleDeterminer) ||
                                                (prev->roles & kRoleArticleOne));
    if (w.form == MultForm::kSingular && !after_rank &&
        (IsWordText(k + 1, "of") || (a != nullptr && (a->roles & kRoleDeterminer)))) {
      n.low = n.high = w.value;
      n.kind = NumberKind::kFraction;
      n.kind_fixed = true;
      return finish(k + 1);
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
    // "one of the victims", "one of 12 hostages": a member of a set, not a count of one.
    const WordInfo* det = Exact(k + 2);
    if (IsWordText(k + 1, "of") &&
        ((det != nullptr && (det->roles & kRoleDeterminer)) || IsNumber(k + 2))) {
      return std::nullopt;
    }
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
    n.frac_digits = static_cast<uint32_t>(d.size());
    return n;
  }
  return std::nullopt;
}

// "a quarter of a billion", "three quarters of a million": a share of a multiplier is a
// quantity (250e6, 750000), not a fraction and a count.
void Reader::ApplyFractionOfMultiplier(Numeral& n) const {
  if (n.vague || !(n.low > 0 && n.low < 1) || !IsWordText(n.end, "of")) return;
  const WordInfo* a = Exact(n.end + 1);
  const WordInfo* m = Exact(n.end + 2);
  if (a == nullptr || !(a->roles & kRoleArticleOne) || m == nullptr || !m->english ||
      m->num != NumClass::kMultiplier || (m->roles & kRoleGluedOnly)) {
    return;
  }
  n.low = n.high = n.low * m->value;
  n.end += 3;
  n.end_byte = T(n.end - 1).norm_span.end;
  n.has_mult = true;
  n.mult_scale = m->value;
  n.kind = NumberKind::kQuantity;
  n.kind_fixed = false;
}

std::optional<Numeral> Reader::ParseWordAt(uint32_t k, const WordHit& hit) const {
  if (hit.info->roles & kRoleArticleOne) {
    std::optional<Numeral> n = ParseEnglishWords(k, hit);  // "a million", "a quarter of"
    if (n) ApplyFractionOfMultiplier(*n);
    if (n && !n->kind_fixed && n->low > 0 && n->low < 1) {
      n->kind = NumberKind::kFraction;
      n->kind_fixed = true;
    }
    return n;
  }
  if (hit.info->num == NumClass::kNone) {
    // "طفل من كل أربعة أطفال": read at من, the noun before it is the numerator.
    if ((hit.info->roles & kRoleRatioFrom) && hit.prefix == 0 && IsWord(k - 1) &&
        IsWord(k + 1) && (Tok(k + 1) == "كل" || Tok(k + 1) == "بين")) {
      return NounRatioAt(k - 1);
    }
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
  if (n && hit.info->english) ApplyFractionOfMultiplier(*n);
  if (n && !n->kind_fixed && !n->vague) {
    // Word numerals followed by a multiplier are handled inside; digits mixed in later
    // ("ثلاثة 5") are separate numbers.
    n->plain_int = false;
    // Below one, number words are a share: ثلاثة أرباع, two-thirds, a quarter of.
    if (n->low > 0 && n->low < 1) {
      n->kind = NumberKind::kFraction;
      n->kind_fixed = true;
    }
    // The multiplier a range's first bound may share: "six to seven thousand".
    const WordInfo* last = Exact(n->end - 1);
    if (last != nullptr && (last->num == NumClass::kMultiplier || last->num == NumClass::kHundred) &&
        n->end - 1 > n->first) {
      n->has_mult = true;
      n->mult_scale = last->value;
    }
  }
  return n;
}

// ---- widening: sign, ratio, not-counts --------------------------------------------------------

void Reader::ApplySign(Numeral& n) const {
  if (n.kind_fixed && n.kind != NumberKind::kFraction) return;
  // "−$1.2bn", "-$3m": the minus may stand before a glued currency sign.
  const bool sign_first = n.currency && In(n.first - 1) &&
                          T(n.first - 1).kind == TokenKind::kPunct &&
                          IsCurrencySign(Tok(n.first - 1)) && Glued(n.first) &&
                          Glued(n.first - 1) && In(n.first - 2) &&
                          T(n.first - 2).kind == TokenKind::kPunct;
  const uint32_t s = sign_first ? n.first - 2 : n.first - 1;
  if (!In(s)) return;
  if (T(s).kind == TokenKind::kPunct) {
    // "-5", "−2.4%": a minus glued to the digits, itself not glued to a word or number
    // before it ("3-1", "F-16" and "2015 -2016" are joins).
    const std::string_view p = Tok(s);
    if ((p != "-" && p != "\u2212") || !T(s + 1).glued_to_previous) return;
    if (In(s - 1) && (IsNumber(s - 1) || (Glued(s) && IsWord(s - 1)))) return;
  } else if (!HasRole(s, kRoleSign)) {
    return;
  }
  n.low = -n.low;
  n.high = -n.high;
  n.first = s;
  n.begin_byte = T(s).norm_span.begin;
}

void Reader::ApplyRatio(Numeral& n) const {
  if (n.vague || n.has_mult || (n.kind_fixed && n.kind != NumberKind::kQuantity) ||
      n.low < 1 || n.low != std::floor(n.low) || !IsWord(n.end)) {
    return;
  }
  for (const Phrase& p : t_.ratio_joins) {
    const auto after = MatchAfter(p, n.end);
    if (!after || !In(*after)) continue;
    std::optional<Numeral> whole = ParseAt(*after);
    if (!whole || whole->skip || whole->vague || whole->kind_fixed || whole->low <= n.low ||
        whole->low != std::floor(whole->low) || whole->low > 1e6 ||
        (whole->plain_int && whole->int_digits == 4 && LooksLikeYear(*whole))) {
      continue;
    }
    // "3 in 10 days" is a rate over time, not a share.
    const WordHit unit = Lookup(whole->end);
    if (unit.info != nullptr && (unit.info->roles & kRoleTimeUnit)) continue;
    n.low = n.high = n.low / whole->low;
    n.end = whole->end;
    n.end_byte = whole->end_byte;
    n.kind = NumberKind::kFraction;
    n.kind_fixed = true;
    n.plain_int = false;
    return;
  }
}

void Reader::ApplyNotCount(Numeral& n) const {
  if (n.kind_fixed || !IsNumber(n.first) || n.currency) return;
  // One look at the words on either side (most numbers have no role there at all).
  const WordHit before = IsWord(n.first - 1) ? Lookup(n.first - 1) : WordHit{};
  const uint32_t before_roles = before.info != nullptr ? before.info->roles : 0;
  // "Boeing 737", "Windows 11", "seat 14", "المقعد 14", "رقم 12", "No. 1".
  bool other = (before_roles & kRoleDesignator) != 0 ||
               (IsPunct(n.first - 1, ".") && Glued(n.first - 1) &&
                (IsWordText(n.first - 2, "No") || IsWordText(n.first - 2, "Nos")));
  // "Pixel 8", "Apollo 11", "Category 5": an English name (capitalised, not the sentence's
  // first word, no number word, month or bound) right before a plain number names a model.
  // (A weekday is no name: "on Monday 12 people died".)
  if (!other && n.plain_int && n.int_digits < 4 && before.info == nullptr &&
      IsWord(n.first - 1) && n.first - 1 > sent_begin_ && !Glued(n.first) &&
      !IsPunct(n.end, "%") && !(IsPunct(n.end, "-") && Glued(n.end))) {
    const std::string_view name = Tok(n.first - 1);
    // An acronym names too ("FTSE 100", "S&P 500"), unless it is a currency ("USD 5").
    const bool acronym = std::isupper(static_cast<unsigned char>(name[0])) &&
                         (name.size() == 1 ? IsPunct(n.first - 2, "&")
                                           : std::isupper(static_cast<unsigned char>(name[1])));
    other = (acronym && !(before_roles & kRoleCurrency)) ||
            (name.size() > 1 && std::isupper(static_cast<unsigned char>(name[0])) &&
             std::islower(static_cast<unsigned char>(name[1])) && !IsWeekday(name));
  }
  if (!other && IsWord(n.end)) {
    const std::string_view next = Tok(n.end);
    if (n.low <= 24 && (n.plain_int || n.int_digits <= 2)) {
      // Clock times: "9 pm", "9 مساء", "9 p.m." (the dot may end the reader's sentence).
      other = HasRole(n.end, kRoleClockAfter) ||
              ((next == "p" || next == "a") && n.end + 2 < text_.tokens.size() &&
               T(n.end + 1).kind == TokenKind::kPunct && Tok(n.end + 1) == "." &&
               EqualsIgnoreAsciiCase(Tok(n.end + 2), "m"));
    }
    if (!other && n.plain_int && std::isupper(static_cast<unsigned char>(next[0]))) {
      // "12 Baker Street": a capitalised name and a street word after the number.
      for (uint32_t j = n.end + 1; j < n.end + 4 && IsWord(j) && !other; ++j) {
        other = HasRole(j, kRoleStreet);
      }
    }
  }
  // "الساعة 9".
  if (!other && n.plain_int && n.low <= 24) other = (before_roles & kRoleClockBefore) != 0;
  // An age is no count of people: "aged 45", "يبلغ من العمر 45 عاماً", "a 45-year-old man".
  if (!other && n.low < 150) {
    other = (before_roles & kRoleAgeCue) != 0 ||
            (IsPunct(n.end, "-") && Glued(n.end) && IsWordText(n.end + 1, "year") &&
             IsPunct(n.end + 2, "-") && IsWordText(n.end + 3, "old"));
  }
  if (other) {
    n.kind = NumberKind::kOther;
    n.kind_fixed = true;
  }
}

std::optional<Numeral> Reader::NounRatioAt(uint32_t k) const {
  const std::string_view noun = Tok(k);
  if (noun.size() < 4 || static_cast<unsigned char>(noun[0]) < 0x80 ||
      noun.substr(0, 4) == kArticle || HasRole(k, kRoleNotNumerator)) {
    return std::nullopt;
  }
  for (const Phrase& p : t_.ratio_joins) {
    if (p.words.size() < 2 || p.words[0] != "من") continue;
    const auto after = MatchAfter(p, k + 1);
    if (!after || !In(*after)) continue;
    std::optional<Numeral> whole = ParseAt(*after);
    if (!whole || whole->skip || whole->vague || whole->kind_fixed || whole->low < 2 ||
        whole->low != std::floor(whole->low)) {
      continue;
    }
    // The counted plural follows ("طفل من كل أربعة أطفال"); "مرة من كل 4 سنوات" is a rate
    // over time.
    if (!IsWord(whole->end)) continue;
    const WordHit unit = Lookup(whole->end);
    if (unit.info != nullptr && (unit.info->roles & kRoleTimeUnit)) continue;
    Numeral n;
    n.first = k;
    n.end = whole->end;
    n.begin_byte = T(k).norm_span.begin;
    n.end_byte = whole->end_byte;
    n.low = n.high = 1 / whole->low;
    n.kind = NumberKind::kFraction;
    n.kind_fixed = true;
    return n;
  }
  return std::nullopt;
}

const Phrase* Reader::BoundPhraseAt(uint32_t k, uint32_t* end) const {
  if (!IsWord(k)) return nullptr;
  const Phrase* best = nullptr;
  for (const Phrase& p : t_.qualifiers_before) {
    if (p.range_open || p.qualifier == Qualifier::kApprox) continue;
    const auto size = static_cast<uint32_t>(p.words.size());
    bool ok = true;
    for (uint32_t i = 0; i < size && ok; ++i) {
      if (!In(k + i)) {
        ok = false;
        break;
      }
      std::string_view t = Tok(k + i);
      // The first word may carry a conjunction: "وأقل من", "وعلى الأكثر".
      if (i == 0 && t.size() == p.words[0].size() + 2 && IsConjLetter(t.substr(0, 2))) {
        t = t.substr(2);
      }
      ok = EqualsWord(t, p.words[i]);
    }
    if (ok && (best == nullptr || size > best->words.size())) {
      best = &p;
      *end = k + size;
    }
  }
  return best;
}

std::optional<Numeral> Reader::ParseDefiniteAfterBound(uint32_t k) const {
  const std::string_view s = Tok(k);
  if (s.size() < 8 || s.substr(0, 4) != kArticle) return std::nullopt;
  const WordInfo* w = t_.Find(s.substr(4));
  if (w == nullptr || w->english ||
      (w->num != NumClass::kTens && w->num != NumClass::kUnit && w->num != NumClass::kTen &&
       w->num != NumClass::kHundreds && w->num != NumClass::kHundred &&
       w->num != NumClass::kFraction &&
       !(w->num == NumClass::kMultiplier && w->form == MultForm::kSingular))) {
    return std::nullopt;
  }
  bool bound = false;
  for (const Phrase& p : t_.qualifiers_before) {
    if (p.range_open || p.qualifier == Qualifier::kApprox) continue;
    if (MatchBefore(p, k)) {
      bound = true;
      break;
    }
  }
  if (!bound) return std::nullopt;
  return ParseArabicWords(k, WordHit{w, 4, false});
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

uint32_t Reader::AfterPercentMark(uint32_t k) const {
  if (IsPunct(k, "%") || IsPunct(k, "٪")) return k + 1;
  for (const Phrase& p : t_.percent_phrases) {
    if (auto e = MatchAfter(p, k)) return *e;
  }
  return k;
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
bool Reader::ArabicYearCue(uint32_t k) const {
  if (!In(k) || !IsWord(k)) return false;
  const WordHit cue = Lookup(k);
  return cue.info != nullptr && (cue.info->roles & kRoleYearCue) && !cue.info->english;
}

bool Reader::LooksLikeYear(const Numeral& n) const {
  if (!n.plain_int || n.int_digits != 4) return false;
  const uint32_t before = n.first - 1;
  // A Hijri year (1300-1500 AH: 1882-2077 CE) only after a year cue ("عام 1436").
  constexpr double kFirstHijriYear = 1300, kLastHijriYear = 1500;
  if (n.low >= kFirstHijriYear && n.low <= kLastHijriYear && In(before)) {
    const WordHit cue = Lookup(before);
    if (cue.info != nullptr && (cue.info->roles & (kRoleYearCue | kRoleHijriMonth))) return true;
  }
  // An older year after a year cue, with no noun after it ("بُني عام 1732،"): a count of a
  // thousand and more after "عام" has its noun ("عام 1500 جندي" is not written).
  if (n.low >= 1000 && n.low < 1900 && In(before) && (!IsWord(n.end) || (Exact(n.end) != nullptr &&
                                                                        (Exact(n.end)->roles & (kRoleEra | kRoleFunction))))) {
    if (ArabicYearCue(before)) return true;
  }
  if (n.low < 1900 || n.low > 2100) return false;
  if (In(before)) {
    // "حزيران/ يونيو 2024", "in March 2024"
    if (MonthEndsAt(before)) return true;
    const WordHit cue = Lookup(before);
    if (cue.info != nullptr && (cue.info->roles & kRoleYearCue)) return true;
    // "the 2019 list", "her 2020 album": English counts of 1,000 and more take a comma.
    if (cue.info != nullptr && (cue.info->roles & kRoleDeterminer) && IsWord(n.end)) return true;
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
  // A label: "رقم 5", "القرار 2216", "الدقيقة 54", "بالرمز (71)", "المركز الـ5" (the article
  // written before the number makes it a rank).
  uint32_t label = before;
  if (IsPunct(label, "(") || IsPunct(label, "\"") || IsPunct(label, "\xC2\xAB")) --label;
  if (n.plain_int && IsWord(label) && Glued(n.first) && Tok(label) == "\xD8\xA7\xD9\x84" /* ال */) --label;
  if (IsWord(label)) {
    const WordHit w = Lookup(label);
    if (w.info != nullptr && (w.info->roles & kRoleDesignator)) return true;
    // "مهرجان «جدة 36»", "صيف طيبة 36": an edition of a named event, nothing counted after it.
    if (!IsWord(after) && IsWord(label - 1)) {
      const WordHit event = Lookup(label - 1);
      if (event.info != nullptr && (event.info->roles & kRoleEventName)) return true;
    }
  }
  // A hashtag's words ("#ثمان_وأربعون_قانونا"): joined by underscores, no count.
  if ((IsPunct(after, "_") && Glued(after)) || (IsPunct(before, "_") && Glued(n.first))) return true;
  // "القرن التاسع عشر", "الحادية عشرة": the teen suffix of an ordinal.
  if (n.end == n.first + 1 && IsWord(n.first) && n.low == 10) {
    const WordInfo* ordinal = Exact(before);
    if (ordinal != nullptr && ordinal->num == NumClass::kOrdinal) return true;
  }
  // The last word of a quoted name ("«أبولو 11»", "مهرجان \"جدة 36\"", "«قطار القراءة 3»"):
  // up to four words and the number between quotes, nothing after it to count.
  if (IsPunct(after, "\xC2\xBB") || IsPunct(after, "\"") || IsPunct(after, "\xE2\x80\x9D")) {
    for (uint32_t k = before; In(k) && k + 5 > before; --k) {
      if (IsWord(k)) continue;
      if (k < before && (IsPunct(k, "\xC2\xAB") || IsPunct(k, "\"") || IsPunct(k, "\xE2\x80\x9C"))) return true;
      break;
    }
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
  // A list marker run into the text: a small number first in its sentence or after a colon,
  // then a dash and words ("... مشتركة. 5 - تكثيف", "الآتي: 1- أن تكون").
  if (n.int_digits <= 2 && dash(after) && !IsPunct(after, "/") && IsWord(after + 1) &&
      (n.first == sent_begin_ || IsPunct(before, ":"))) {
    return true;
  }
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
    // After a year cue any number is a year: "عام 822م", "سنة 54 هـ".
    if (n.plain_int && w.info != nullptr && w.prefix == 0 && (w.info->roles & kRoleEra) &&
        (n.int_digits == 4 || (Tok(after).size() > 2 && n.low >= 1 && n.low <= 2100) ||
         (n.low >= 1 && n.low <= 2100 && ArabicYearCue(n.first - 1)))) {
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
    if (MonthBefore(n.first)) {
      const uint32_t month = IsPunct(n.first - 1, ".") ? n.first - 2 : n.first - 1;
      const WordInfo* m = Exact(month);
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
  m.decimal_order = n.decimal_order;
  m.decimal_reversed = n.decimal_reversed;
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
    if (!n && T(k).kind == TokenKind::kWord && Tok(k).substr(0, 4) == kArticle &&
        IsWord(k - 1) && t_.MayEndBound(Tok(k - 1))) {
      n = ParseDefiniteAfterBound(k);
    }
    if (!n) {
      ++k;
      continue;
    }
    if (n->skip) {
      k = n->end;
      continue;
    }
    ApplySign(*n);
    ApplyRatio(*n);
    ApplyNotCount(*n);
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
      // "5% to 7%", "بين 5% و7%": the first bound may carry its own percent sign.
      const bool first_percent = IsPunct(j, "%") || IsPunct(j, "٪");
      if (first_percent) ++j;
      if (In(j) && !n->vague) {
        for (const Phrase& p : t_.range_joins) {
          auto after = MatchAfter(p, j);
          if (!after || !In(*after)) continue;
          if (T(*after).kind == TokenKind::kWord && Lookup(*after).info == nullptr) continue;
          // "between $20,000 and $35,000": the sign may repeat on the second bound.
          const uint32_t at = T(*after).kind == TokenKind::kPunct && IsCurrencySign(Tok(*after)) &&
                                      IsNumber(*after + 1) && Glued(*after + 1)
                                  ? *after + 1
                                  : *after;
          second = ParseAt(at);
          const char* unused = nullptr;
          if (second && !second->skip && !second->vague &&
              (!second->kind_fixed || second->kind == kind) &&
              (!first_percent || KindFromContext(*second, &unused) == NumberKind::kPercent)) {
            join = p.words[0];
            break;
          }
          second.reset();
        }
        // و glued as a proclitic of a number word: "ثلاثين وأربعين" is not a compound.
        if (!second && IsWord(j) && !first_percent) {
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
        if (In(opener_end - 1) && IsCurrencySign(Tok(opener_end - 1))) --opener_end;  // between $20
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
        // "مليوناً و800 ألف", "ملياران و500 مليون", "ألف و200": with no opener, a number that
        // ends in a multiplier and a smaller number after و are one compound number. (An
        // opener that wants إلى, as the من of "أكثر من مليون و200 ألف", makes no و range.)
        bool compound = false;
        if (join == "و" && (opener == nullptr || opener->range_from) && !year_cue && !n->vague && !second->vague &&
            (n->has_mult || !IsNumber(n->first)) && n->low >= 1000 && second->low >= 1) {
          double unit = n->has_mult ? n->mult_scale : 1;
          if (!n->has_mult) {
            while (unit < 1e12 && std::fmod(n->low, unit * 1000) == 0) unit *= 1000;
          }
          // "مليوناً و800 ألف": the accusative singular (مليونا, read alone as the construct
          // dual 2x) is one million before و and a smaller number.
          const WordInfo* lone = n->end == n->first + 1 ? Exact(n->first) : nullptr;
          const bool accusative = lone != nullptr && lone->num == NumClass::kMultiplier &&
                                  lone->form == MultForm::kAccusative &&
                                  n->low == 2 * lone->value;
          if (accusative) unit = lone->value;
          if (unit >= 1000 && std::fmod(n->low, unit) == 0 && second->low < unit &&
              !second->kind_fixed) {
            if (accusative) n->low = lone->value;
            n->low = n->high = n->low + second->low;
            n->end = second->end;
            n->end_byte = second->end_byte;
            n->has_mult = true;
            n->mult_scale = second->has_mult ? second->mult_scale : 1;
            n->plain_int = false;
            end = n->end;
            end_byte = n->end_byte;
            compound = true;
          }
        }
        // و/and needs بين/between; إلى/to takes من/from or nothing; a dash takes anything.
        bool ok = dash_join;
        // ("ما بين 10 إلى 15", "between 10 to 15" are common enough to read as ranges.)
        if (and_join) ok = opener != nullptr && !opener->range_from;
        else if (!dash_join) ok = true;
        if (compound) ok = false;
        // "3-1", "a 5-2 lead": a score (the first number not below the second), and "Oct.
        // 3-7", "3-7 مارس": days of a month. Neither is a count.
        const bool small_pair = dash_join && n->plain_int && second->plain_int &&
                                Glued(n->end) && Glued(n->end + 1) && n->low <= 31 &&
                                second->low <= 31;
        const bool month = small_pair && (MonthBefore(n->first) || MonthStartsAt(second->end));
        // A falling pair is no range at any size: a tally ("52-48 in favour", "220-212").
        const bool tally = dash_join && n->plain_int && second->plain_int && Glued(n->end) &&
                           Glued(n->end + 1) && n->low > second->low;
        bool score = (small_pair && !month && n->low >= second->low) || tally;
        // "lost 1-3", "a 1-2 defeat", "خسر 1-3": a score word near the pair.
        for (uint32_t b = 1; small_pair && !month && !score && b <= 3; ++b) {
          score = (IsWord(n->first - b) && HasRole(n->first - b, kRoleScoreCue)) ||
                  (IsWord(second->end + b - 1) && HasRole(second->end + b - 1, kRoleScoreCue));
        }
        if (month || score) {
          const bool date = month;
          first = n->first;
          end = second->end;
          end_byte = second->end_byte;
          value.low = n->low;
          value.high = date ? second->low : n->low;
          value.qualifier = date ? Qualifier::kRange : Qualifier::kExact;
          kind = date ? NumberKind::kDate : NumberKind::kOther;
          done = true;
          ok = false;
        }
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
        // So may an opening parenthesis: "ما يزيد على (000ر22) مسلم".
        // So may a currency code: "up to AED10,000", "more than USD 5 million".
        const uint32_t qualified =
            In(first - 1) && (IsCurrencySign(Tok(first - 1)) || IsPunct(first - 1, "(") ||
                              (n->currency && IsWord(first - 1) &&
                               HasRole(first - 1, kRoleCurrency)))
                ? first - 1
                : first;
        const Phrase* best = nullptr;
        uint32_t best_first = first;
        uint32_t best_end = qualified;
        // A bound verb may come before "عدد X" (the number of X): "لا يتجاوز عدد العمال 200",
        // "تجاوز عدد القتلى 100".
        const bool count_of = IsWord(qualified - 1) && IsWord(qualified - 2) &&
                              Tok(qualified - 2) == "عدد";
        for (const uint32_t at : {qualified, count_of ? qualified - 2 : qualified}) {
          for (const Phrase& p : t_.qualifiers_before) {
            if (p.range_open || (at != qualified && p.qualifier == Qualifier::kApprox)) continue;
            if (auto f = MatchBefore(p, at)) {
              if (best == nullptr || *f < best_first) {
                best = &p;
                best_first = *f;
                best_end = at;
              }
            }
          }
          if (best != nullptr || !count_of) break;
        }
        if (best != nullptr) {
          qualifier = ByteSpan{T(best_first).norm_span.begin, T(best_end - 1).norm_span.end};
          if (!n->vague) q = best->qualifier;
        } else {
          // "60% or less", "70 في المئة أو أكثر": after the percent sign or words.
          const uint32_t after = kind == NumberKind::kPercent ? AfterPercentMark(end) : end;
          for (uint32_t gap = 0; gap < 2 && best == nullptr; ++gap) {
            if (gap == 1 && !IsWord(after)) break;
            for (const Phrase& p : t_.qualifiers_after) {
              if (auto e = MatchAfter(p, after + gap)) {
                best = &p;
                qualifier = ByteSpan{T(after + gap).norm_span.begin, T(*e - 1).norm_span.end};
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
        // A two-sided bound is one range: "more than 20 but fewer than 40", "at least 150
        // and at most 200", "أكثر من 20 وأقل من 40", "على الأقل 60 وعلى الأكثر 90".
        if (q == Qualifier::kMoreThan || q == Qualifier::kAtLeast) {
          uint32_t j = kind == NumberKind::kPercent ? AfterPercentMark(end) : end;
          if (IsPunct(j, ",") || IsPunct(j, "،")) ++j;
          if (IsWord(j) && HasRole(j, kRoleBoundJoin) && Exact(j) != nullptr) ++j;
          uint32_t bound_end = 0;
          const Phrase* upper = BoundPhraseAt(j, &bound_end);
          if (upper != nullptr && (upper->qualifier == Qualifier::kAtMost ||
                                   upper->qualifier == Qualifier::kLessThan)) {
            // "$1m but less than $2m": the currency may repeat on the second bound.
            if (In(bound_end) && IsCurrencySign(Tok(bound_end)) && IsNumber(bound_end + 1) &&
                Glued(bound_end + 1)) {
              ++bound_end;
            }
            std::optional<Numeral> top = In(bound_end) ? ParseAt(bound_end) : std::nullopt;
            const char* unused = nullptr;
            const NumberKind top_kind =
                top ? KindFromContext(*top, &unused) : NumberKind::kQuantity;
            // "more than 20 and under 40 per cent": the percent of the second bound is both's.
            if (top && !top->skip && !top->vague && !top->kind_fixed && top->low > n->low &&
                (top_kind == kind ||
                 (kind == NumberKind::kQuantity && top_kind == NumberKind::kPercent))) {
              kind = top_kind;
              value.high = top->low;
              value.qualifier = Qualifier::kRange;
              end = top->end;
              end_byte = top->end_byte;
            }
          }
        }
      }
    }
    if (kind != NumberKind::kDuration) time_unit = nullptr;
    Emit(*n, first, end, begin_byte, end_byte, value, qualifier, kind, time_unit);
    k = end;
  }
  return std::move(out_);
}

}  // namespace

std::vector<NumberMention> ReadNumbers(const AnalyzedText& text, const NumberLexicon& lexicon,
                                       std::string_view outlet) {
  if (text.tokens.empty() || text.sentences.empty()) return {};
  Reader reader(text, lexicon.tables(), outlet);
  return reader.Run();
}

}  // namespace mizan
