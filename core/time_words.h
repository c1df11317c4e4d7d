// The time resolver's shared vocabulary (private to core/time_resolver.cc and
// core/time_lexicon.cc): the classes of time words and what a time.tsv row says, the date
// intervals expressions resolve to, and TimeLexicon::Tables, the phrase lexicon of time
// words with the filters that reject most tokens before any hashing.
//
//   const TimeLexicon::Tables& t = lexicon.tables();
//   if (t.MayBeFirstWord(word) && t.token_filter.MayContain(token)) { /* look the phrase up */ }
//   time_words::Interval march = time_words::Month(2024, 3);  // 2024-03-01..2024-03-31
//
// time_lexicon.cc loads the tables (time.tsv and the month names); time_resolver.cc finds the
// expressions of a text and resolves them against the publication date. The small helpers
// are inline: the expression parser calls them per token.
#pragma once

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "core/lemmatizer.h"
#include "core/phrase_lexicon.h"
#include "core/time_resolver.h"

namespace mizan::time_words {

enum class TimeClass : uint8_t {
  kWeekday, kMonth, kAmbiguousMonth, kRelativeDay, kDayNoun, kPeriod, kYearNoun, kModifier,
  kSeason, kPart, kSince, kBy, kUntil, kBefore, kAgo, kEarlier, kLater, kFiller, kWhen, kCompare,
  kRelative,
};

enum Unit : int { kUnitDay, kUnitWeek, kUnitMonth, kUnitYear };
enum Modifier : int { kLast, kThis, kNext };
enum Part : int { kEarly, kMid, kLate };
enum class Operator : uint8_t { kNone, kSince, kBy, kUntil, kBefore, kEarlier, kLater };

// What a time.tsv row (or a month name) says; its phrase's words, folded and ASCII
// lower-cased, are the PhraseLexicon entry's.
struct TimeWord {
  TimeClass cls = TimeClass::kFiller;
  int value = 0;
};

// A date interval; an unset end is open. `resolved` is false when the expression is
// relative and there is no publication date to resolve it against.
struct Interval {
  std::optional<CivilDate> from;
  std::optional<CivilDate> to;
  bool resolved = true;
};

struct Expr {
  uint32_t first_token;
  uint32_t end_token;
  Interval interval;
  // "since 2009, when the ship sank and 73 died": the clause a when-word opens right after a
  // since-expression happened at X itself, not over the range from X. when_token is that
  // word's token (0 with has_when false when there is none); when_interval is X.
  bool has_when = false;
  uint32_t when_token = 0;
  Interval when_interval;
};

inline std::string LowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Token text as the lexicon stores it: ASCII lower-cased. Most tokens (all Arabic ones)
// have no upper-case letter and are returned as they are, without a copy.
inline std::string_view LowerAsciiView(std::string_view text, std::string& buffer) {
  auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (std::none_of(text.begin(), text.end(), is_upper)) return text;
  buffer.assign(text);
  for (char& c : buffer) {
    if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  return buffer;
}

// LowerAscii(token) == lower, without building the lower-cased copy.
inline bool EqualsLowered(std::string_view token, std::string_view lower) {
  if (token.size() != lower.size()) return false;
  for (size_t c = 0; c < token.size(); ++c) {
    char t = token[c];
    if (t >= 'A' && t <= 'Z') t = static_cast<char>(t - 'A' + 'a');
    if (t != lower[c]) return false;
  }
  return true;
}

inline bool IsClauseBreak(std::string_view punct) {
  static const std::vector<std::string_view> kBreaks = {"،", ",", "؛", ";", ":", ".",
                                                        "!", "?", "؟", "–", "—"};
  return std::find(kBreaks.begin(), kBreaks.end(), punct) != kBreaks.end();
}

inline int DaysBetween(const CivilDate& from, const CivilDate& to) {
  return static_cast<int>((std::chrono::sys_days(to) - std::chrono::sys_days(from)).count());
}

inline CivilDate Min(const CivilDate& a, const CivilDate& b) { return a < b ? a : b; }
inline CivilDate Max(const CivilDate& a, const CivilDate& b) { return a < b ? b : a; }

inline Interval Day(const CivilDate& d) { return Interval{d, d, true}; }
inline Interval Month(int year, int month) {
  return Interval{FirstDayOfMonth(year, month), LastDayOfMonth(year, month), true};
}
inline Interval Year(int year) { return Interval{FirstDayOfMonth(year, 1), LastDayOfMonth(year, 12), true}; }
inline Interval Unresolved() { return Interval{std::nullopt, std::nullopt, false}; }

// Meteorological season starting in `start_month` of `year` (winter of 2024 = Dec 2024 -
// Feb 2025).
inline Interval Season(int year, int start_month) {
  const CivilDate first = FirstDayOfMonth(year, start_month);
  const CivilDate last_month = AddMonths(first, 2);
  return Interval{first, LastDayOfMonth(YearOf(last_month), MonthOf(last_month)), true};
}

}  // namespace mizan::time_words

namespace mizan {


// A Bloom filter over every token a phrase's first word can appear as: the word itself
// and each proclitic form its CliticStems strip (وفي, بالشهر, للشهر, وللشهر, ...).
// A token it rejects has no variant in the lexicon, so the variants, each hashed on its
// own, are only tried for the few tokens it admits. Keys ignore ASCII case (every byte
// is or-ed with 0x20) so that a token is probed as written, without lower-casing it.
class CliticFormFilter {
 public:
  void Add(std::string_view form) {
    const uint64_t key = Key(form);
    for (uint32_t bit : {BitA(key), BitB(key)}) bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }

  bool MayContain(std::string_view token) const {
    const uint64_t key = Key(token);
    const uint32_t a = BitA(key), b = BitB(key);
    return ((bits_[a / 64] >> (a % 64)) & (bits_[b / 64] >> (b % 64)) & 1) != 0;
  }

 private:
  static constexpr uint32_t kBits = 1u << 15;  // ~3,000 forms: under 1% false positives

  // Length, first four and last four bytes: cheap to read, and proclitic forms of one
  // word differ in their first bytes, different words mostly in their last.
  static uint64_t Key(std::string_view word) {
    uint32_t head = 0, tail = 0;
    if (word.size() >= 4) {
      std::memcpy(&head, word.data(), 4);
      std::memcpy(&tail, word.data() + word.size() - 4, 4);
    } else {
      for (char c : word) head = (head << 8) | static_cast<uint8_t>(c);
    }
    constexpr uint32_t kCaseBits = 0x20202020u;
    const uint64_t packed = (uint64_t{head | kCaseBits} << 32) | (tail | kCaseBits);
    return (packed ^ (word.size() * 0x9E3779B97F4A7C15ull)) * 0xD6E8FEB86659FD93ull;
  }
  static uint32_t BitA(uint64_t key) { return static_cast<uint32_t>(key >> 49); }
  static uint32_t BitB(uint64_t key) { return static_cast<uint32_t>(key >> 17) & (kBits - 1); }

  std::array<uint64_t, kBits / 64> bits_{};
};

struct TimeLexicon::Tables {
  PhraseLexicon<time_words::TimeWord> phrases;
  // Bit n set when some first word is n bytes long (n < 64): most tokens are not time
  // words, and this rejects many of them before hashing.
  uint64_t first_word_lengths = 0;
  CliticFormFilter token_filter;

  bool MayBeFirstWord(std::string_view word) const {
    return word.size() >= 64 || ((first_word_lengths >> word.size()) & 1) != 0;
  }

  // Adds every token whose CliticStems may include `first_word` (ProcliticForms) to the
  // token filter.
  void AddCliticForms(const std::string& first_word) {
    for (const std::string& form : ProcliticForms(first_word)) token_filter.Add(form);
  }
};

}  // namespace mizan
