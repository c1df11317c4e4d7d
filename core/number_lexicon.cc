// Builds NumberLexicon::Tables from numbers.tsv, qualifiers.tsv and months.tsv, once.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#include "core/error.h"
#include "core/lexicon.h"
#include "core/number_tables.h"
#include "core/text.h"

namespace mizan {
namespace {

bool IsAsciiWord(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Folded, lower-cased (ASCII) key of a lexicon surface.
std::string Key(std::string_view surface) { return LowerAscii(FoldForMatch(surface)); }

std::vector<std::string> SplitWords(std::string_view surface) {
  std::vector<std::string> words;
  const std::string folded = Key(surface);
  size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && folded[i] == ' ') ++i;
    size_t j = i;
    while (j < folded.size() && folded[j] != ' ') ++j;
    if (j > i) words.push_back(folded.substr(i, j - i));
    i = j;
  }
  return words;
}

double Number(std::string_view file, const LexiconRow& row, size_t field) {
  if (row.fields.size() <= field || row.fields[field] == "-") BadRow(file, row, "missing number");
  char* end = nullptr;
  const double v = std::strtod(row.fields[field].c_str(), &end);
  if (end == row.fields[field].c_str()) BadRow(file, row, "not a number: " + row.fields[field]);
  return v;
}

const char* InternTimeUnit(std::string_view unit) {
  static const char* const kUnits[] = {"day", "week", "month", "year", "hour", "minute"};
  for (const char* u : kUnits) {
    if (unit == u) return u;
  }
  return nullptr;
}

struct ClassName {
  const char* name;
  NumClass num;
  uint64_t role;
};

constexpr ClassName kClasses[] = {
    {"unit", NumClass::kUnit, 0},           {"teen_unit", NumClass::kTeenUnit, 0},
    {"ten", NumClass::kTen, 0},             {"tens", NumClass::kTens, 0},
    {"hundred", NumClass::kHundred, 0},     {"hundreds", NumClass::kHundreds, 0},
    {"zero", NumClass::kZero, 0},           {"multiplier", NumClass::kMultiplier, 0},
    {"fraction", NumClass::kFraction, 0},   {"vague", NumClass::kVague, 0},
    {"ordinal", NumClass::kOrdinal, 0},     {"decade", NumClass::kDecade, 0},
    {"time_dual", NumClass::kTimeDual, 0},  {"times_dual", NumClass::kTimesDual, 0},
    {"en_unit", NumClass::kEnUnit, 0},
    {"glued_multiplier", NumClass::kMultiplier, kRoleGluedOnly},
    {"time_unit", NumClass::kNone, kRoleTimeUnit},
    {"times", NumClass::kNone, kRoleTimes},
    {"year_cue", NumClass::kNone, kRoleYearCue},
    {"function", NumClass::kNone, kRoleFunction},
    {"one_blocker", NumClass::kNone, kRoleOneBlocker},
    {"era", NumClass::kNone, kRoleEra},
    {"decimal_word", NumClass::kNone, kRoleDecimalWord},
    {"article_one", NumClass::kNone, kRoleArticleOne},
    {"and", NumClass::kNone, kRoleAnd},
    {"ordinal_suffix", NumClass::kNone, kRoleOrdinalSuffix},
    {"decade_suffix", NumClass::kNone, kRoleDecadeSuffix},
    {"money_multiplier", NumClass::kMultiplier, kRoleGluedOnly | kRoleMoneyOnly},
    {"sign", NumClass::kNone, kRoleSign},
    {"currency_code", NumClass::kNone, kRoleCurrency},
    {"designator", NumClass::kNone, kRoleDesignator},
    {"street", NumClass::kNone, kRoleStreet},
    {"clock_before", NumClass::kNone, kRoleClockBefore},
    {"clock_after", NumClass::kNone, kRoleClockAfter},
    {"bound_join", NumClass::kNone, kRoleBoundJoin},
    {"fraction_homograph", NumClass::kNone, kRoleFractionHomograph},
    {"fraction_blocker", NumClass::kNone, kRoleFractionBlocker},
    {"determiner", NumClass::kNone, kRoleDeterminer},
    {"score_cue", NumClass::kNone, kRoleScoreCue},
    {"ratio_from", NumClass::kNone, kRoleRatioFrom},
    {"not_numerator", NumClass::kNone, kRoleNotNumerator},
    {"phone_cue", NumClass::kNone, kRolePhoneCue},
    {"age_cue", NumClass::kNone, kRoleAgeCue},
    {"hijri_month", NumClass::kNone, kRoleHijriMonth},
    {"partitive", NumClass::kNone, kRolePartitive},
    {"not_name", NumClass::kNone, kRoleNotName},
    {"measure_word", NumClass::kNone, kRoleMeasureWord},
    {"plural_noun", NumClass::kNone, kRolePluralNoun},
    {"event_name", NumClass::kNone, kRoleEventName},
};

void LoadNumbers(NumberLexicon::Tables& t) {
  constexpr std::string_view kFile = "numbers.tsv";
  for (const LexiconRow& row : LoadLexicon(kFile)) {
    if (row.fields.size() < 2) BadRow(kFile, row, "expected surface and class");
    const std::string& cls = row.fields[1];
    if (cls == "percent" || cls == "ratio") {
      Phrase p;
      p.words = SplitWords(row.fields[0]);
      if (p.words.empty()) BadRow(kFile, row, "empty phrase");
      (cls == "percent" ? t.percent_phrases : t.ratio_joins).push_back(std::move(p));
      continue;
    }
    const ClassName* found = nullptr;
    for (const ClassName& c : kClasses) {
      if (cls == c.name) found = &c;
    }
    if (found == nullptr) BadRow(kFile, row, "unknown class " + cls);
    const std::string key = Key(row.fields[0]);
    if (key.empty() || key.find(' ') != std::string::npos) BadRow(kFile, row, "one word expected");
    WordInfo& w = t.words[key];
    w.english = IsAsciiWord(key);
    w.roles |= found->role;
    if (found->role == kRoleTimeUnit) {
      w.time_unit = InternTimeUnit(row.fields.size() > 3 ? row.fields[3] : "");
      if (w.time_unit == nullptr) BadRow(kFile, row, "unknown time unit");
    }
    if (found->role == kRoleFractionHomograph) w.fraction = Number(kFile, row, 2);
    if (found->num == NumClass::kNone) continue;
    if (w.num != NumClass::kNone && w.num != found->num) {
      BadRow(kFile, row, "surface already has another numeral class: " + row.fields[0]);
    }
    w.num = found->num;
    if (found->num == NumClass::kOrdinal || found->num == NumClass::kDecade ||
        found->num == NumClass::kUnit || found->num == NumClass::kTeenUnit ||
        found->num == NumClass::kTen || found->num == NumClass::kTens ||
        found->num == NumClass::kHundred || found->num == NumClass::kHundreds ||
        found->num == NumClass::kZero || found->num == NumClass::kMultiplier ||
        found->num == NumClass::kFraction || found->num == NumClass::kVague ||
        found->num == NumClass::kTimeDual || found->num == NumClass::kTimesDual ||
        found->num == NumClass::kEnUnit) {
      w.value = Number(kFile, row, 2);
    }
    if (found->num == NumClass::kVague) w.high = Number(kFile, row, 3);
    if (found->num == NumClass::kTimeDual) {
      w.time_unit = InternTimeUnit(row.fields.size() > 3 ? row.fields[3] : "");
      if (w.time_unit == nullptr) BadRow(kFile, row, "unknown time unit");
    }
    if (found->num == NumClass::kFraction) {
      // A plural denominator (أرباع, thirds) is read only after its numerator.
      w.form = row.fields.size() > 3 && row.fields[3] == "pl" ? MultForm::kPlural
                                                               : MultForm::kSingular;
    } else if (found->num == NumClass::kMultiplier && (found->role & kRoleGluedOnly)) {
      w.form = MultForm::kSingular;
    } else if (found->num == NumClass::kMultiplier) {
      const std::string form = row.fields.size() > 3 ? row.fields[3] : "";
      if (form == "sg") w.form = MultForm::kSingular;
      else if (form == "pl") w.form = MultForm::kPlural;
      else if (form == "dual") w.form = MultForm::kDual;
      else if (form == "acc") w.form = MultForm::kAccusative;
      else BadRow(kFile, row, "multiplier form must be sg, pl, dual or acc");
    }
  }
}

void LoadQualifiers(NumberLexicon::Tables& t) {
  constexpr std::string_view kFile = "qualifiers.tsv";
  for (const LexiconRow& row : LoadLexicon(kFile)) {
    if (row.fields.size() < 3) BadRow(kFile, row, "expected phrase, qualifier, position");
    Phrase p;
    p.words = SplitWords(row.fields[0]);
    if (p.words.empty()) BadRow(kFile, row, "empty phrase");
    const std::string& id = row.fields[1];
    const std::string& position = row.fields[2];
    if (id == "range_open" || id == "range_from") {
      p.range_open = true;
      p.qualifier = Qualifier::kRange;
      p.range_from = id == "range_from";
    } else if (id == "range_join" || id == "range_and" || id == "range_dash") {
      p.qualifier = Qualifier::kRange;
      p.needs_opener = id == "range_and";
      p.dash = id == "range_dash";
    } else {
      const std::optional<Qualifier> q = ParseQualifier(id);
      if (!q || *q == Qualifier::kRange || *q == Qualifier::kVague) {
        BadRow(kFile, row, "unknown qualifier " + id);
      }
      p.qualifier = *q;
    }
    if (position == "before" && !p.range_open && p.qualifier != Qualifier::kApprox) {
      const std::string& last = p.words.back();
      for (size_t extra : {0, 2, 4}) {
        if (extra > 0 && p.words.size() > 1) break;
        if (last.size() + extra < 64) {
          t.bound_tail[static_cast<unsigned char>(last.back())] |= uint64_t{1} << (last.size() + extra);
        }
      }
    }
    if (position == "before") t.qualifiers_before.push_back(std::move(p));
    else if (position == "after") t.qualifiers_after.push_back(std::move(p));
    else if (position == "join") t.range_joins.push_back(std::move(p));
    else BadRow(kFile, row, "position must be before, after or join");
  }
}

void LoadMonths(NumberLexicon::Tables& t, const std::vector<MonthName>& months) {
  for (const MonthName& month : months) {
    Phrase p;
    p.words = SplitWords(month.surface);
    p.month = static_cast<uint8_t>(month.month);
    if (p.words.size() == 1) {
      WordInfo& w = t.words[p.words[0]];
      w.roles |= kRoleMonth;
      w.month = p.month;
      w.english = IsAsciiWord(p.words[0]);
    } else if (p.words.size() > 1) {
      t.month_phrases.push_back(std::move(p));
    }
  }
}

void LoadDecimalOrder(NumberLexicon::Tables& t) {
  constexpr std::string_view kFile = "decimal_order.tsv";
  for (const LexiconRow& row : LoadLexicon(kFile)) {
    if (row.fields.size() < 2) BadRow(kFile, row, "expected outlet and order");
    const std::string& order = row.fields[1];
    if (order != "reversed" && order != "written") {
      BadRow(kFile, row, "order must be reversed or written");
    }
    const bool reversed = order == "reversed";
    if (row.fields[0] == "*") t.default_reversed = reversed;
    else t.outlet_reversed[row.fields[0]] = reversed;
  }
}

}  // namespace

namespace {

uint64_t HashBytes(std::string_view s) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h ^ (h >> 29);
}

}  // namespace

void NumberLexicon::Tables::Index() {
  size_t size = 16;
  while (size < words.size() * 4) size *= 2;
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  max_key_ = 0;
  filter_.assign(0x10000 / 64, 0);
  for (const auto& [key, info] : words) {
    const size_t bit = FilterBit(key);
    filter_[bit / 64] |= uint64_t{1} << (bit % 64);
    uint64_t h = HashBytes(key);
    size_t i = h & mask_;
    while (slots_[i].key != nullptr) i = (i + 1) & mask_;
    slots_[i] = Slot{h, &key, &info};
    max_key_ = std::max(max_key_, key.size());
  }
}

const WordInfo* NumberLexicon::Tables::FindFiltered(std::string_view token_text) const {
  // English words are stored lower-case; fold on a stack buffer (no allocation per token).
  char buffer[64];
  if (token_text.size() <= sizeof(buffer) && static_cast<unsigned char>(token_text[0]) < 0x80) {
    for (size_t i = 0; i < token_text.size(); ++i) {
      const char c = token_text[i];
      buffer[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    token_text = std::string_view(buffer, token_text.size());
  }
  const uint64_t h = HashBytes(token_text);
  for (size_t i = h & mask_; slots_[i].key != nullptr; i = (i + 1) & mask_) {
    if (slots_[i].hash == h && *slots_[i].key == token_text) return slots_[i].info;
  }
  return nullptr;
}

NumberLexicon NumberLexicon::Load() { return Load(LoadMonthNames()); }

NumberLexicon NumberLexicon::Load(const std::vector<MonthName>& months) {
  auto tables = std::make_shared<Tables>();
  LoadNumbers(*tables);
  LoadQualifiers(*tables);
  LoadMonths(*tables, months);
  LoadDecimalOrder(*tables);
  tables->Index();
  NumberLexicon lexicon;
  lexicon.tables_ = std::move(tables);
  return lexicon;
}

}  // namespace mizan
