// The number reader's insides (private to core/numbers*.cc and core/number_*.cc): the
// Reader that ReadNumbers runs over one text, and the Numeral it reads at a token.
//
//   Reader reader(text, lexicon.tables(), outlet);
//   std::vector<NumberMention> mentions = reader.Run();  // what ReadNumbers returns
//
// The reader is one class split over files by what each part reads:
//   numbers.cc                the driver: token lookup, dispatch, Run, Emit
//   number_digits.cc          digits and separators (1,500, ١٬٢٣٤٫٥, 3ر5, dates, phones)
//   number_words_arabic.cc    Arabic number words (ثلاثة وعشرون, نصف مليون, عشرات الآلاف)
//   number_english.cc         English number words and English orthography (the one
//                             English module: capitalised names, plurals, "p.m.")
//   number_context.cc         what the words around a numeral make it (sign, ratio, kind)
//   number_qualifiers.cc      ranges, qualifiers and bounds, and the phrase matching
// Every word list is data (core/lexicons/numbers.tsv, qualifiers.tsv, months.tsv) except the
// few orthographic tests of number_english.cc, which are about how English is written.
#pragma once

#include <cstdint>
#include <cmath>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/number_tables.h"
#include "core/numbers.h"

namespace mizan::number_reader {

using Tables = NumberLexicon::Tables;

inline constexpr std::string_view kWaw = "و";
inline constexpr std::string_view kArticle = "ال";

// Defined in numbers.cc (the proclitic tests; see there).
bool IsCurrencySign(std::string_view token);
bool IsCliticOnly(std::string_view s);

// English orthography, defined in number_english.cc: what the writing of a word says in
// English text, where no lexicon can list every word.
// A Latin-script word: text where a dot between digits is a decimal point (1.500 = 1.5).
bool IsLatinWord(std::string_view word);
// "Pixel", "Apollo": a capitalised word (upper then lower case), as names are written.
bool IsCapitalised(std::string_view word);
// A word that starts with a lower-case (upper-case) Latin letter: a common noun (a name).
bool StartsLowerLatin(std::string_view word);
bool StartsUpperLatin(std::string_view word);
// "barrels", "users": an English regular plural (longer than three letters, ending in s).
bool IsRegularPlural(std::string_view word);

// The value of a run of ASCII digits ("1500" -> 1500).
inline double DigitsValue(std::string_view digits) {
  double v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}
// The value of digits written after a decimal point ("5" -> 0.5, "08" -> 0.08).
inline double FractionValue(std::string_view digits) {
  return DigitsValue(digits) / std::pow(10.0, static_cast<double>(digits.size()));
}

// A token equal to a lexicon word, ignoring ASCII case.
inline bool EqualsWord(std::string_view token, std::string_view word) {
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

// A mention being built from a numeral: the tokens and bytes it covers (a range or a
// two-sided bound covers both numerals), its value, qualifier phrase and kind.
struct Reading {
  uint32_t first = 0;
  uint32_t end = 0;
  uint32_t begin_byte = 0;
  uint32_t end_byte = 0;
  NumericValue value;
  ByteSpan qualifier{0, 0};
  NumberKind kind = NumberKind::kQuantity;
  const char* time_unit = nullptr;
};

// A run of digits and separators being read by the grammar of arabic-numbers.md §1.2.
struct DigitRun {
  uint32_t pos = 0;          // the last digits token read
  std::string_view d0;       // the first digits, as written
  double int_value = 0;
  double frac_value = 0;
  bool decimal = false;
  bool grouped = false;
  bool slash = false;
  bool marked = false;       // "064.\u200F3": a right-to-left mark says the parts are reversed
  uint32_t dot_groups = 0;   // '.' separators still to read as thousands groups
  bool plain() const { return !decimal && !grouped && !slash; }
};

// The running sum of an English cardinal ("two hundred and five thousand three"): the
// completed scales, the part below the last scale, and whether it is a small number
// (1-99, no scale) that a denominator or "and a half" may follow.
struct EnglishSum {
  double total = 0;
  double current = 0;
  bool small = false;
  uint32_t end = 0;
};

// What the separator before some digits did to a DigitRun.
enum class SeparatorStep {
  kNext,  // read: go on after the digits
  kStop,  // the run ends before the separator
  kDone,  // the numeral is complete (a clock time, a slashed date or fraction)
};

// How the two bounds of a range are joined (qualifiers.tsv's join rows, or a glued و).
struct RangeJoin {
  bool waw = false;           // Arabic و: the bounds may be one compound (مليوناً و800 ألف)
  bool needs_opener = false;  // و, and: a range only after بين/between
  bool dash = false;          // -, –, ~: may be a score or two days instead
};

// The opener of a range before its first bound: ما بين, بين, من, between, from.
struct RangeOpener {
  const Phrase* phrase = nullptr;
  uint32_t first = 0;  // tokens [first, end) of the phrase (and year cue)
  uint32_t end = 0;
  bool year_cue = false;  // بين عامي 1950 و1953: a year cue after the opener
};

// Most phrases fail on the last word's length and last byte alone. The length must be
// equal, or for a one-word phrase longer by a proclitic of one or two letters (2-4 bytes,
// checked in MatchWordsBefore); the last bytes must be equal but for ASCII case (bit 0x20).
// Neither is empty: a token has a code point, and the loader drops empty phrase words.
inline bool LastWordMayMatch(const Phrase& p, std::string_view last) {
  const std::string& word = p.words.back();
  if (((last.back() ^ word.back()) & ~0x20) != 0) return false;
  if (last.size() == word.size()) return true;
  return p.words.size() == 1 && last.size() >= word.size() + 2 && last.size() <= word.size() + 4;
}

class Reader {
 public:
  Reader(const AnalyzedText& text, const Tables& tables, std::string_view outlet);

  std::vector<NumberMention> Run();

 private:
  // ---- tokens (inline: every step asks) ----
  std::string_view Tok(uint32_t k) const { return text_.TokenText(k); }
  const Token& T(uint32_t k) const { return text_.tokens[k]; }
  bool In(uint32_t k) const { return k >= sent_begin_ && k < sent_end_; }
  bool IsWord(uint32_t k) const { return In(k) && T(k).kind == TokenKind::kWord; }
  bool IsNumber(uint32_t k) const { return In(k) && T(k).kind == TokenKind::kNumber; }
  bool IsPunct(uint32_t k, std::string_view p) const {
    return In(k) && T(k).kind == TokenKind::kPunct && Tok(k) == p;
  }
  bool Glued(uint32_t k) const { return In(k) && T(k).glued_to_previous; }
  bool IsWordText(uint32_t k, std::string_view word) const {
    return IsWord(k) && EqualsIgnoreAsciiCase(Tok(k), word);
  }
  // True when a format control (a right-to-left mark) was dropped between tokens a and b.
  bool MarkBetween(uint32_t a, uint32_t b) const {
    return text_.ToOriginal(T(a).norm_span).end != text_.ToOriginal(T(b).norm_span).begin;
  }
  // `n` ending at token `end` (exclusive): its end token and byte.
  Numeral Close(Numeral n, uint32_t end) const {
    n.end = end;
    n.end_byte = T(end - 1).norm_span.end;
    return n;
  }

  // A vague numeral (عشرات, dozens) ending at `end`, its interval scaled by a plural
  // multiplier after it (عشرات الآلاف, tens of thousands) when `scale` is not 0.
  Numeral Vague(Numeral n, const WordInfo& w, double scale, uint32_t end) const {
    n.low = w.value;
    n.high = w.high;
    n.vague = true;
    if (scale != 0) {
      n.low *= scale;
      n.high = (n.high + 1) * scale - 1;
    }
    return Close(n, end);
  }

  // ---- the lexicon at a token (numbers.cc) ----
  const WordInfo* Exact(uint32_t k) const { return IsWord(k) ? t_.Find(Tok(k)) : nullptr; }
  WordHit Lookup(uint32_t k) const;
  bool HasRole(uint32_t k, uint64_t role) const {
    const WordHit w = Lookup(k);
    return w.info != nullptr && (w.info->roles & role);
  }
  // The word after a و joiner at `k` (a separate "و" token or a و proclitic).
  std::optional<std::pair<uint32_t, uint32_t>> AfterWaw(uint32_t k) const;
  const WordInfo* NumAt(uint32_t k, uint32_t prefix) const;
  // A token that starts a web address: its glued tail holds no numbers. Inline for its
  // first test: Run asks at every token, and almost no word starts with h or w.
  bool StartsUrl(uint32_t k) const {
    if (T(k).kind != TokenKind::kWord) return false;
    const std::string_view s = Tok(k);
    if (s.empty() || (s[0] != 'h' && s[0] != 'H' && s[0] != 'w' && s[0] != 'W')) return false;
    return StartsUrlScheme(k, s);
  }
  // StartsUrl after its first test: "http:", "https:" or "www" with a glued tail.
  bool StartsUrlScheme(uint32_t k, std::string_view s) const;

  // ---- dispatch (numbers.cc) ----
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
  // ParseWordAt for a context word: "طفل من كل أربعة", "ساعة ونصف".
  std::optional<Numeral> ParseContextWordAt(uint32_t k, const WordHit& hit) const;
  // What a word numeral's value says of its kind: below one a share, and the multiplier a
  // range's first bound may share.
  void SettleWordNumeral(Numeral& n) const;

  // ---- digits (number_digits.cc) ----
  std::optional<Numeral> ParseDigits(uint32_t k) const;
  // F-16, إف-16, S-400, G20, كوفيد19: digits glued to a word (not a proclitic) name a thing.
  bool IsDesignation(uint32_t k) const;
  // "2019-03-12", "12-03-2019": three numbers joined by dashes.
  bool IsDashedDate(uint32_t k) const;
  // Counts the dot-separated parts ahead (1.234.567 grouping, 1.5 decimal) into `run`;
  // returns the last token of a dotted address or version (192.168.1.2), which is no count.
  std::optional<uint32_t> ScanDots(uint32_t k, DigitRun& run) const;
  // One dot group "1.500" ending at token q: a decimal point (true) or thousands.
  bool DotIsDecimal(uint32_t k, uint32_t q) const;
  // Reads separators and digits after the first digits; true when `n` is complete.
  bool ReadSeparators(uint32_t k, DigitRun& run, Numeral& n) const;
  SeparatorStep ReadSeparator(uint32_t k, std::string_view sep, std::string_view d,
                              DigitRun& run, Numeral& n) const;
  SeparatorStep ReadComma(std::string_view d, DigitRun& run, Numeral& n) const;
  SeparatorStep ReadDot(std::string_view d, DigitRun& run, Numeral& n) const;
  SeparatorStep ReadSlash(uint32_t k, std::string_view d, DigitRun& run, Numeral& n) const;
  // The last token of a phone number's digit groups starting at the run, or none.
  std::optional<uint32_t> PhoneEnd(uint32_t k, const DigitRun& run) const;
  void ReadSpaceGroups(DigitRun& run) const;
  void ReadSpokenDecimal(DigitRun& run, Numeral& n) const;
  // The numeral of a complete run: value, "+1 222 2222", "the 1950s", a multiplier after.
  Numeral FinishDigits(uint32_t k, const DigitRun& run, Numeral n) const;
  // "3ر5", "064ر3", "000ر22": digits joined by ر, as several Arabic papers print decimals
  // (and thousands) with the parts in reverse order. k is the first digits.
  Numeral ParseRaDigits(uint32_t k, Numeral n) const;
  // `n` closed as one mention of kind other over tokens [k, q] with value `value`: a
  // dotted version, an id, a phone number, a clock time or a numeric date, which names
  // rather than counts.
  Numeral OtherSpan(uint32_t k, uint32_t q, double value, Numeral n) const;
  // Multiplier words after a numeral ending at `end`: scales `n` in place.
  void ApplyMultiplier(Numeral& n) const;

  // ---- Arabic number words (number_words_arabic.cc) ----
  std::optional<Numeral> ParseArabicWords(uint32_t k, const WordHit& hit) const;
  // The classes that read as themselves: ordinal, decade, dual noun, zero, vague, fraction,
  // a plural multiplier alone. `handled` false: the word starts a cardinal.
  std::optional<Numeral> ArabicWordClass(uint32_t k, const WordHit& hit, Numeral n,
                                         bool* handled) const;
  std::optional<Numeral> ArabicTimeDual(uint32_t k, const WordInfo& w, Numeral n) const;
  Numeral ArabicVague(uint32_t k, const WordInfo& w, Numeral n) const;
  std::optional<Numeral> ArabicFractionWord(uint32_t k, const WordHit& hit, Numeral n,
                                            bool* handled) const;
  // "الاثنا عشر", "الخمسة عشر": the ten of a definite teen, which is not read.
  bool InDefiniteTeen(uint32_t k, const WordHit& hit) const;
  // "خمس السكان": a homograph numeral before a definite noun is the fraction.
  bool HomographIsFraction(uint32_t k, const WordInfo& w) const;
  std::optional<Numeral> ArabicCount(uint32_t k, const WordHit& hit, Numeral n) const;
  // Arabic cardinal below `limit` starting at token k (prefix bytes stripped). Returns value
  // and the end token.
  std::optional<std::pair<double, uint32_t>> ArabicCardinal(uint32_t k, uint32_t prefix,
                                                            double limit) const;
  std::optional<std::pair<double, uint32_t>> ArabicBelowThousand(uint32_t k,
                                                                 uint32_t prefix) const;
  std::optional<std::pair<double, uint32_t>> ArabicBelowHundred(uint32_t k,
                                                                uint32_t prefix) const;
  // An Arabic fraction at k: نصف, ربع, ثلثان, or a numerator and plural denominator (ثلاثة
  // أرباع). Returns value and end token.
  std::optional<std::pair<double, uint32_t>> ArabicFraction(uint32_t k, uint32_t prefix) const;
  // "فوق الخمسين": a number word with the article, read only right after a bound.
  std::optional<Numeral> ParseDefiniteAfterBound(uint32_t k) const;

  // ---- English number words and orthography (number_english.cc) ----
  std::optional<Numeral> ParseEnglishWords(uint32_t k, const WordHit& hit) const;
  Numeral EnglishVague(uint32_t k, const WordInfo& w, Numeral n) const;
  std::optional<Numeral> EnglishFractionWord(uint32_t k, const WordInfo& w, Numeral n) const;
  std::optional<Numeral> EnglishArticleFraction(uint32_t k, Numeral n) const;
  // "two hundred and five thousand": the cardinal's sum and end token (end == k: none).
  EnglishSum EnglishCardinal(uint32_t k) const;
  // After a small cardinal: "two thirds of", "two and a half", "two point five million".
  // Each adds to `value` and returns the new end token (`end` when it does not apply).
  uint32_t EnglishFractionTail(uint32_t end, double current, double* value) const;
  uint32_t EnglishAndAFraction(uint32_t end, double* value) const;
  uint32_t EnglishSpokenDecimal(uint32_t end, double* value) const;
  // A multiplier word at `end` (million, not the glued m): scales `value`, returns the end.
  uint32_t EnglishScale(uint32_t end, double* value) const;
  // "no one", "one of the victims": a lone "one" that counts nothing.
  bool EnglishOneIsNoCount(uint32_t k) const;
  // The value of an English denominator word at k: thirds, quarter(s), half; or a singular
  // ordinal third..tenth when `ordinal_ok` (after "one"/"a").
  std::optional<double> EnglishDenominator(uint32_t k, bool ordinal_ok) const;
  // "a quarter of a billion": a share of a multiplier is a quantity.
  void ApplyFractionOfMultiplier(Numeral& n) const;
  // "1.5m people", "2.3b users": a glued m/b after a decimal, before a plural noun that is
  // no dimension (a 1.5m wall is metres), is a multiplier without a currency too.
  bool MillionBeforeNoun(const Numeral& n) const;
  // "of" (numbers.tsv class partitive): "half of", "one of the victims".
  bool IsPartitive(uint32_t k) const {
    const WordInfo* w = Exact(k);
    return w != nullptr && (w->roles & kRolePartitive);
  }
  // "Pixel 8", "FTSE 100": an English name right before a plain number names a model.
  bool EnglishNameBefore(const Numeral& n, const WordHit& before) const;
  // "No. 1", "Nos. 3": the English number abbreviation before the digits.
  bool EnglishNumberSignBefore(uint32_t first) const;
  // "9 p.m.": the meridiem split by the tokenizer at the number's end.
  bool EnglishMeridiemAt(uint32_t k) const;
  // "a 45-year-old": the age compound glued after the number.
  bool EnglishAgeCompoundAt(uint32_t k) const;

  // ---- context of a numeral (number_context.cc) ----
  // "-5", "−2.4", "minus 40", "سالب سبع": the sign is kept in the value.
  void ApplySign(Numeral& n) const;
  // "one in four", "3 out of 10", "واحد من كل ثلاثة": a proportion, as a fraction of one.
  void ApplyRatio(Numeral& n) const;
  // A number that names rather than counts: Boeing 737, seat 14, 12 Baker Street, 9 pm.
  void ApplyNotCount(Numeral& n) const;
  bool IsClockOrStreetAfter(const Numeral& n) const;
  // "طفل من كل أربعة أطفال": an indefinite singular noun as the numerator one.
  std::optional<Numeral> NounRatioAt(uint32_t k) const;
  // A month name ends at k, or at k - 1 before an abbreviation's dot ("Oct. 3").
  bool MonthBefore(uint32_t first) const;
  bool MonthEndsAt(uint32_t k) const;  // a month name ends at token k
  bool MonthStartsAt(uint32_t k) const;
  NumberKind KindFromContext(const Numeral& n, const char** time_unit) const;
  // The kind a word right after the numeral gives it (era, Hijri month, time unit...).
  std::optional<NumberKind> KindFromWordAfter(const Numeral& n, const char** time_unit) const;
  bool IsPercent(const Numeral& n) const;
  // A number that labels, dates or lists rather than counts (see numbers.tsv's notes).
  bool IsNonCount(const Numeral& n) const;
  bool IsLabel(const Numeral& n) const;
  bool IsNumericDateOrPair(const Numeral& n) const;
  bool IsScore(const Numeral& n) const;
  bool IsListMarker(const Numeral& n) const;
  bool LooksLikeYear(const Numeral& n) const;
  // An Arabic year cue (عام, سنة, منذ, في) at token k, maybe after proclitics (لعام).
  bool ArabicYearCue(uint32_t k) const;

  // ---- ranges, qualifiers, bounds (number_qualifiers.cc) ----
  // Widens `r` into a range over `n` and a second numeral ("بين 10 و12 ألفا"), a compound
  // (مليوناً و800 ألف, which changes `n`), a score or a day range; true when `r` is done.
  bool ReadRange(Numeral& n, Reading& r) const;
  // The second bound after a join phrase, and how it is joined.
  std::optional<Numeral> SecondBound(const Numeral& n, NumberKind kind, RangeJoin* join) const;
  RangeOpener FindRangeOpener(const Numeral& n) const;
  // "مليوناً و800 ألف": `n` and `second` as one number; true when joined.
  bool JoinCompound(Numeral& n, const Numeral& second, Reading& r) const;
  // "3-1", "Oct. 3-7": a score or days of a month; true when `r` was set.
  bool ReadScoreOrDays(const Numeral& n, const Numeral& second, Reading& r) const;
  bool ReadRangeBounds(const Numeral& n, const Numeral& second, const RangeOpener& opener,
                       Reading& r) const;
  // A numeral that is no range: its kind, qualifier phrase and value.
  void ReadSingle(const Numeral& n, Reading& r) const;
  // The qualifier phrase before (longest wins) or after the numeral; sets r.qualifier.
  const Phrase* QualifierBefore(const Numeral& n, Reading& r) const;
  const Phrase* QualifierAfter(Reading& r) const;
  // "more than 20 but fewer than 40": a lower bound widened by an upper bound after it.
  void ReadTwoSidedBound(const Numeral& n, Reading& r) const;
  // A qualifier phrase starting at k (its first word may carry a و/ف proclitic), or null.
  const Phrase* BoundPhraseAt(uint32_t k, uint32_t* end) const;
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

  // ---- output (numbers.cc) ----
  // The mention of one numeral, read at token k; returns the token after it.
  uint32_t ReadMention(Numeral& n);
  void Emit(const Numeral& n, const Reading& r);

  const AnalyzedText& text_;
  const Tables& t_;
  uint32_t sent_begin_ = 0;
  uint32_t sent_end_ = 0;
  uint32_t sentence_ = 0;
  bool outlet_reversed_ = true;
  DecimalOrder outlet_order_ = DecimalOrder::kAssumed;
  std::vector<NumberMention> out_;
};

}  // namespace mizan::number_reader
