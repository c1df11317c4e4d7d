// The lookup tables behind NumberLexicon (private to the number reader and its tests):
// every word of core/lexicons/numbers.tsv, qualifiers.tsv and months.tsv, folded once and
// hashed by its match form, so the reader does one hash lookup per token.
//
//   const NumberLexicon::Tables& t = NumberLexicon::Load().tables();
//   const WordInfo* w = t.Find("عشرين");  // w->num == NumClass::kTens, w->value == 20
//   t.FindPhrase(t.qualifiers_before, ...) matches multi-word qualifiers backwards.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model.h"
#include "core/numbers.h"

namespace mizan {

// What a word is as a numeral (at most one per surface; numbers.tsv documents each).
enum class NumClass : uint8_t {
  kNone,
  kUnit,        // 1-9 (Arabic)
  kTeenUnit,    // أحد / اثنا: only before عشر
  kTen,         // عشرة / عشر
  kTens,        // 20-90
  kHundred,     // مئة: 100, multiplies a preceding unit
  kHundreds,    // fused 200-900
  kZero,
  kMultiplier,  // ألف, مليون, thousand ...
  kFraction,    // نصف, half
  kVague,       // عشرات, dozens
  kOrdinal,
  kDecade,
  kTimeDual,    // يومين: a duration of 2
  kTimesDual,   // مرتين
  kEnUnit,      // English 1-19
};

enum class MultForm : uint8_t { kSingular, kPlural, kDual, kAccusative };

// Context roles a surface may have besides (or instead of) a numeral class; numbers.tsv
// documents each class that sets one.
enum WordRole : uint64_t {
  kRoleYearCue = 1 << 0,        // عام, since: a 4-digit number after it is a year
  kRoleFunction = 1 << 1,       // في, the: after a 4-digit number, no counted noun (a year)
  kRoleOneBlocker = 1 << 2,     // "no one", "في وقت واحد": one after it counts nothing
  kRoleEra = 1 << 3,            // 2024م, 1445هـ: the number before it is a year
  kRoleTimes = 1 << 4,          // مرة, times: a number of occurrences, kind other
  kRoleDecimalWord = 1 << 5,    // فاصلة, point: a spoken decimal point
  kRoleAnd = 1 << 6,            // "one hundred and five": and inside an English number
  kRoleArticleOne = 1 << 7,     // a, an: one before a multiplier ("a million")
  kRoleOrdinalSuffix = 1 << 8,  // 1st, 2nd: glued after digits, an ordinal
  kRoleDecadeSuffix = 1 << 9,   // the s of "1950s": a decade
  kRoleTimeUnit = 1 << 10,      // يوم, week: after a number, a duration (WordInfo::time_unit)
  kRoleMonth = 1 << 11,         // a month name of months.tsv (WordInfo::month)
  kRoleGluedOnly = 1 << 12,  // a multiplier abbreviation read only glued to digits (10k)
  kRoleMoneyOnly = 1 << 13,  // ... and only after a currency ($3.7b, A$5.1m; 5m is metres)
  kRoleSign = 1 << 14,       // minus, سالب, ناقص: the number after it is negative
  kRoleCurrency = 1 << 15,   // a currency code before an amount (USD2,300, RM45,000, Rs 3)
  kRoleDesignator = 1 << 16,  // a number right after it names a thing (Boeing 737, seat 14)
  kRoleStreet = 1 << 17,      // a street word: "12 Baker Street" is a house number
  kRoleClockBefore = 1 << 18,  // الساعة 9: a clock time
  kRoleClockAfter = 1 << 19,   // 9 pm, 9 مساء: a clock time
  kRoleBoundJoin = 1 << 20,    // and/but/و between the two bounds of a two-sided bound
  kRoleFractionHomograph = 1 << 21,  // خمس: five, or a fifth before a definite noun
  kRoleFractionBlocker = 1 << 22,    // نصف النهائي (semi-final): no fraction before it
  kRoleDeterminer = 1 << 23,   // the, her, its: an English 19xx/20xx after it is a year
  kRoleScoreCue = 1 << 24,     // won, lost, فاز, بنتيجة: "1-3" near it is a score
  kRoleRatioFrom = 1 << 25,    // من: "طفل من كل أربعة" is read when the reader reaches it
  kRoleNotNumerator = 1 << 26,  // أنه, فقط: no noun to be a ratio's numerator
  kRolePhoneCue = 1 << 27,     // call, هاتف, الموحد: a long number or groups after it is a phone
  kRoleAgeCue = 1 << 28,       // aged, العمر: the number after it is an age, not a count
  kRoleHijriMonth = 1 << 29,  // a day number before it is a date (15 شوال)
  kRolePartitive = uint64_t{1} << 30,   // of: "half of", "one of the victims", "tens of"
  kRoleNotName = uint64_t{1} << 31,     // Monday: capitalised, but names no model (Pixel 8)
  kRoleMeasureWord = uint64_t{1} << 32,  // high, of: after "1.5m" it is metres, not million
  kRolePluralNoun = uint64_t{1} << 33,   // people: an irregular plural that "1.5m" counts
  kRoleEventName = uint64_t{1} << 34,  // صيف, مهرجان: "صيف طيبة 36" names an edition, not a count
};

struct WordInfo {
  NumClass num = NumClass::kNone;
  MultForm form = MultForm::kSingular;
  double value = 0;       // numeral value, multiplier scale, vague low, decade start, rank
  double high = 0;        // vague high
  uint64_t roles = 0;     // WordRole bits
  double fraction = 0;    // kRoleFractionHomograph: the fraction it may be (خمس = 0.2)
  const char* time_unit = nullptr;  // "day", ... for kRoleTimeUnit and kTimeDual
  uint8_t month = 0;      // 1-12 for kRoleMonth
  bool english = false;
};

// A phrase of folded tokens (qualifiers, percent words, two-word months).
struct Phrase {
  std::vector<std::string> words;
  Qualifier qualifier = Qualifier::kExact;
  bool range_open = false;  // opens a range ("بين", "from")
  bool range_from = false;  // an opener that wants a "to" join rather than "and"
  bool needs_opener = false;  // a join (و, and) that makes a range only after بين/between
  bool dash = false;          // a join (-, –, ~) that may also pair a score or two days
  uint8_t month = 0;
};

struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct NumberLexicon::Tables {
  // Keys are folded; English keys are lower-case.
  std::unordered_map<std::string, WordInfo, StringViewHash, std::equal_to<>> words;
  std::vector<Phrase> qualifiers_before;  // includes range openers
  std::vector<Phrase> qualifiers_after;
  std::vector<Phrase> range_joins;
  std::vector<Phrase> percent_phrases;
  std::vector<Phrase> month_phrases;      // multi-word months only
  std::vector<Phrase> ratio_joins;        // "in", "out of", "من كل": one in four = 0.25
  // For each last byte of a bound phrase's last word (more than, فوق, لا يزيد عن ...), one bit
  // per byte length that word may have in a text (with a proclitic for one-word phrases):
  // a cheap test that a token may end a bound, read before "فوق الخمسين" is tried.
  std::array<uint64_t, 256> bound_tail{};
  bool MayEndBound(std::string_view token) const {
    return token.size() < 64 &&
           ((bound_tail[static_cast<unsigned char>(token.back())] >> token.size()) & 1u);
  }
  // Which outlets print ر decimals with their parts reversed (decimal_order.tsv), and the
  // reading for any other outlet ("*" row).
  std::unordered_map<std::string, bool, StringViewHash, std::equal_to<>> outlet_reversed;
  bool default_reversed = true;

  // The entry for a token's text (case-folded for ASCII), or nullptr. The filter test is
  // inline: most tokens are not numerals and are rejected here, without a call.
  const WordInfo* Find(std::string_view token_text) const {
    if (token_text.empty() || token_text.size() > max_key_ || !MayHold(token_text)) {
      return nullptr;
    }
    return FindFiltered(token_text);
  }
  // Builds the probe table below from `words`; call after the last change to `words`.
  void Index();

 private:
  // Open addressing over `words` with a cheap hash: the reader looks up every token (a few
  // times with proclitics stripped), so this is the reader's hottest loop.
  struct Slot {
    uint64_t hash = 0;
    const std::string* key = nullptr;
    const WordInfo* info = nullptr;
  };
  // One bit per (length, first two, middle and last bytes) of a key: most words of a text
  // are rejected here without hashing them. The middle byte is at an odd offset, the second
  // byte of an Arabic letter, since the lead bytes of Arabic words barely vary. The four
  // bytes are mixed as one 32-bit word, ASCII-lower-cased at once (bit 6 of each byte,
  // shifted to bit 5, is the lower-case bit of a letter; other bytes may merge, harmless
  // for a filter). So a token's bit is its lower-cased form's bit: keys are lower case,
  // and FindFiltered folds the whole token only after the filter passed.
  static size_t FilterBit(std::string_view s) {
    const auto* b = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    const size_t second = n > 1 ? 1 : 0;
    const size_t middle = (n / 2) | second;  // < n: an odd offset below n, or 0
    const uint32_t bytes = b[0] | uint32_t{b[second]} << 8 | uint32_t{b[middle]} << 16 |
                           uint32_t{b[n - 1]} << 24;
    const uint32_t folded = bytes | ((bytes >> 1) & 0x20202020u);
    const uint32_t mix = (folded ^ static_cast<uint32_t>(n) * 0x9E3779B9u) * 0x85EBCA6Bu;
    return mix >> 16;
  }
  bool MayHold(std::string_view s) const {
    const size_t bit = FilterBit(s);
    return (filter_[bit / 64] >> (bit % 64)) & 1u;
  }
  // Find after the filter test passed.
  const WordInfo* FindFiltered(std::string_view token_text) const;
  std::vector<uint64_t> filter_;
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  size_t max_key_ = 0;
};

}  // namespace mizan
