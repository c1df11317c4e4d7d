// The lookup tables behind NumberLexicon (private to the number reader and its tests):
// every word of core/lexicons/numbers.tsv, qualifiers.tsv and months.tsv, folded once and
// hashed by its match form, so the reader does one hash lookup per token.
//
//   const NumberLexicon::Tables& t = NumberLexicon::Load().tables();
//   const WordInfo* w = t.Find("عشرين");  // w->num == NumClass::kTens, w->value == 20
//   t.FindPhrase(t.qualifiers_before, ...) matches multi-word qualifiers backwards.
#pragma once

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

// Context roles a surface may have besides (or instead of) a numeral class.
enum WordRole : uint16_t {
  kRoleYearCue = 1 << 0,
  kRoleFunction = 1 << 1,
  kRoleOneBlocker = 1 << 2,
  kRoleEra = 1 << 3,
  kRoleTimes = 1 << 4,
  kRoleDecimalWord = 1 << 5,
  kRoleAnd = 1 << 6,
  kRoleArticleOne = 1 << 7,
  kRoleOrdinalSuffix = 1 << 8,
  kRoleDecadeSuffix = 1 << 9,
  kRoleTimeUnit = 1 << 10,
  kRoleMonth = 1 << 11,
  kRoleGluedOnly = 1 << 12,  // a multiplier abbreviation read only glued to digits (10k)
};

struct WordInfo {
  NumClass num = NumClass::kNone;
  MultForm form = MultForm::kSingular;
  double value = 0;       // numeral value, multiplier scale, vague low, decade start, rank
  double high = 0;        // vague high
  uint16_t roles = 0;     // WordRole bits
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

  // The entry for a token's text (case-folded for ASCII), or nullptr.
  const WordInfo* Find(std::string_view token_text) const;
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
  // One bit per (length, first and last bytes) of a key: most words of a text are rejected
  // here without hashing them.
  static size_t FilterBit(std::string_view s);
  std::vector<uint64_t> filter_;
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  size_t max_key_ = 0;
};

}  // namespace mizan
