// Loads TimeLexicon: the time words of time.tsv (class and value checked at load) and the
// month names of months.tsv, as one phrase lexicon with its first-word filters
// (time_words.h).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"
#include "core/lemmatizer.h"
#include "core/lexicon.h"
#include "core/time_words.h"

namespace mizan {
namespace {

using namespace time_words;  // the vocabulary of time_words.h

std::vector<std::string> SplitWords(const std::string& text) {
  std::vector<std::string> words;
  size_t at = 0;
  while (at < text.size()) {
    size_t space = text.find(' ', at);
    if (space == std::string::npos) space = text.size();
    if (space > at) words.push_back(text.substr(at, space - at));
    at = space + 1;
  }
  return words;
}

int ParseValue(TimeClass cls, const LexiconRow& row) {
  const std::string& v = row.fields.size() > 2 ? row.fields[2] : std::string("-");
  auto fail = [&] { return LexiconError("time.tsv", row, "bad value '" + v + "'"); };
  switch (cls) {
    case TimeClass::kPeriod:
      if (v == "week") return kUnitWeek;
      if (v == "month") return kUnitMonth;
      if (v == "year") return kUnitYear;
      throw fail();
    case TimeClass::kModifier:
      if (v == "last") return kLast;
      if (v == "this") return kThis;
      if (v == "next") return kNext;
      throw fail();
    case TimeClass::kPart:
      if (v == "early") return kEarly;
      if (v == "mid") return kMid;
      if (v == "late") return kLate;
      throw fail();
    case TimeClass::kWeekday: case TimeClass::kRelativeDay: case TimeClass::kSeason:
    case TimeClass::kMonth:
      try {
        return std::stoi(v);
      } catch (const std::exception&) {
        throw fail();
      }
    default:
      return 0;
  }
}

std::optional<TimeClass> ParseClass(std::string_view id) {
  static const std::map<std::string_view, TimeClass> kClasses = {
      {"weekday", TimeClass::kWeekday},     {"relative_day", TimeClass::kRelativeDay},
      {"day_noun", TimeClass::kDayNoun},    {"period", TimeClass::kPeriod},
      {"year_noun", TimeClass::kYearNoun},  {"modifier", TimeClass::kModifier},
      {"season", TimeClass::kSeason},       {"part", TimeClass::kPart},
      {"since", TimeClass::kSince},         {"by", TimeClass::kBy},
      {"until", TimeClass::kUntil},         {"before", TimeClass::kBefore},
      {"ago", TimeClass::kAgo},             {"earlier", TimeClass::kEarlier},
      {"later", TimeClass::kLater},         {"filler", TimeClass::kFiller},
      {"ambiguous_month", TimeClass::kAmbiguousMonth}, {"when", TimeClass::kWhen},
      {"compare", TimeClass::kCompare},       {"relative", TimeClass::kRelative},
  };
  auto it = kClasses.find(id);
  if (it == kClasses.end()) return std::nullopt;
  return it->second;
}

}  // namespace

TimeLexicon TimeLexicon::Load() { return Load(LoadMonthNames()); }

TimeLexicon TimeLexicon::Load(const std::vector<MonthName>& months) {
  auto tables = std::make_shared<Tables>();
  auto add = [&](const std::string& surface, TimeClass cls, int value) {
    std::vector<std::string> words = SplitWords(LowerAscii(FoldForMatch(surface)));
    if (words.empty()) return;
    tables->AddCliticForms(words.front());
    const size_t length = words.front().size();
    const std::string key = words.front();
    tables->phrases.Add(key, std::move(words), TimeWord{cls, value});
    if (length < 64) tables->first_word_lengths |= uint64_t{1} << length;
  };
  for (const LexiconRow& row : LoadLexicon("time.tsv")) {
    if (row.fields.size() < 2) BadRow("time.tsv", row, "expected surface, class, value");
    std::optional<TimeClass> cls = ParseClass(row.fields[1]);
    if (!cls) BadRow("time.tsv", row, "unknown class '" + row.fields[1] + "'");
    add(row.fields[0], *cls, ParseValue(*cls, row));
  }
  for (const MonthName& month : months) add(month.surface, TimeClass::kMonth, month.month);
  // Longest phrases first, so "في وقت سابق" wins over "في".
  tables->phrases.Seal();
  TimeLexicon lexicon;
  lexicon.tables_ = std::move(tables);
  return lexicon;
}

}  // namespace mizan
