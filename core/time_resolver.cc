// Finds the time expressions of a text (ExpressionParser: time words, dates, durations and
// their operators) and resolves them against the publication date: DatePublication dates a
// document, ResolveClaimTimes gives each claim the period it refers to. The time words and
// intervals are in time_words.h, their loading in time_lexicon.cc.
#include "core/time_resolver.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/arabic_letters.h"
#include "core/civil_date.h"
#include "core/error.h"
#include "core/lemmatizer.h"
#include "core/lexicon.h"
#include "core/phrase_lexicon.h"
#include "core/time_words.h"

namespace mizan {
namespace {

using namespace time_words;  // the vocabulary of time_words.h

// Finds and resolves the time expressions of one run of tokens (a sentence, or the
// whole text when estimating a publication date).
class ExpressionParser {
 public:
  ExpressionParser(const AnalyzedText& text, const TimeLexicon::Tables& tables,
                   const std::vector<int>& duration_at,
                   const std::vector<NumberMention>& mentions,
                   std::optional<CivilDate> published, uint32_t begin, uint32_t end)
      : text_(text), tables_(tables), duration_at_(duration_at), mentions_(mentions),
        pub_(published), begin_(begin), end_(end) {}

  std::vector<Expr> ParseAll() {
    constexpr uint32_t kSinceReach = 4;  // words between a since-word and the date it reaches
    std::vector<Expr> found;
    // A since-word that began no expression of its own (kNoSince: none). A sentinel, not an
    // optional: GCC 12 warns that an inlined optional may be read uninitialized.
    constexpr uint32_t kNoSince = UINT32_MAX;
    uint32_t open_since = kNoSince;
    uint32_t i = begin_;
    while (i < end_) {
      if (!MayStartExpression(i)) {
        if (open_since != kNoSince && text_.tokens[i].kind == TokenKind::kPunct &&
            IsClauseBreak(text_.TokenText(i))) {
          open_since = kNoSince;
        }
        ++i;
        continue;
      }
      if (std::optional<Expr> e = ParseAt(i)) {
        if (open_since != kNoSince && e->first_token <= open_since + 1 + kSinceReach) ReachSince(open_since, *e);
        open_since = kNoSince;
        found.push_back(*e);
        i = e->end_token;
      } else {
        if (Find(i, TimeClass::kSince)) open_since = i;
        if (Find(i, TimeClass::kCompare)) compare_tokens_.push_back(i);
        if (Find(i, TimeClass::kRelative)) relative_tokens_.push_back(i);
        ++i;
      }
    }
    return found;
  }

  // The tokens of comparison words ("مقارنة", "compared") ParseAll passed, in order.
  const std::vector<uint32_t>& compare_tokens() const { return compare_tokens_; }
  const std::vector<uint32_t>& relative_tokens() const { return relative_tokens_; }

  // "منذ ظهور المرض في 2012", "منذ الأزمة المالية عام 2008", "since the outbreak in 2012": a
  // since-word with a few words of its own before a date makes the date the range's start.
  void ReachSince(uint32_t since_token, Expr& e) const {
    const Interval x = e.interval;
    if (!pub_ || !x.resolved || !x.from || !x.to || *pub_ < *x.to || *x.to == *pub_) return;
    e.interval = Interval{x.from, pub_, true};
    e.first_token = since_token;
    uint32_t w = e.end_token;
    if (IsPunct(w, "،") || IsPunct(w, ",")) ++w;
    if (Find(w, TimeClass::kWhen)) {
      e.has_when = true;
      e.when_token = w;
      e.when_interval = x;
    }
  }

  // A full date "27 مايو 2024", "May 27, 2024", "27 May 2024" or "2024-05-27" at token
  // i: the date and the end token.
  std::optional<std::pair<CivilDate, uint32_t>> FullDateAt(uint32_t i) {
    if (auto iso = IsoDateAt(i)) return iso;
    if (std::optional<int> day = NumberAt(i, 1, 31)) {
      if (auto month = MonthAt(i + 1, true)) {
        if (std::optional<int> year = YearAt(month->second)) {
          if (auto d = MakeDate(*year, month->first, *day)) {
            return std::make_pair(*d, month->second + 1);
          }
        }
      }
    }
    if (auto month = MonthAt(i, true)) {
      uint32_t k = month->second;
      if (std::optional<int> day = NumberAt(k, 1, 31)) {
        ++k;
        if (k < end_ && text_.TokenText(k) == ",") ++k;
        if (std::optional<int> year = YearAt(k)) {
          if (auto d = MakeDate(*year, month->first, *day)) return std::make_pair(*d, k + 1);
        }
      }
    }
    return std::nullopt;
  }

 private:
  struct Hit {
    TimeClass cls;
    int value;
    uint32_t end;
  };

  // Where token i's hits sit in hit_pool_.
  struct HitRange {
    uint32_t begin = 0;
    uint32_t count = 0;
    bool computed = false;
  };

  // The longest lexicon phrase of class `cls` starting at token i.
  std::optional<Hit> Find(uint32_t i, TimeClass cls) const {
    if (i < begin_ || i >= end_) return std::nullopt;
    const HitRange range = HitsAt(i);
    for (uint32_t h = range.begin; h < range.begin + range.count; ++h) {
      if (hit_pool_[h].cls == cls) return hit_pool_[h];
    }
    return std::nullopt;
  }

  // An expression can only start at a lexicon word, a number, or just before a duration
  // ("أكثر من عامين"): ParseAt would reject any other token, so it is not tried there.
  bool MayStartExpression(uint32_t i) const {
    if (text_.tokens[i].kind == TokenKind::kNumber || HitsAt(i).count > 0) return true;
    for (uint32_t k = i; k < end_ && k < i + 4; ++k) {
      if (duration_at_[k] >= 0) return true;
    }
    return false;
  }

  // Every lexicon phrase starting at token i, longest first within a class; computed once
  // per token because the parser asks about the same token many times. The hits of all
  // tokens share one pool, so a token costs no allocation of its own.
  HitRange HitsAt(uint32_t i) const {
    if (hit_ranges_.empty()) hit_ranges_.resize(end_ - begin_);
    HitRange& range = hit_ranges_[i - begin_];
    if (range.computed) return range;
    range.computed = true;
    range.begin = static_cast<uint32_t>(hit_pool_.size());
    if (text_.tokens[i].kind != TokenKind::kWord) return range;
    if (!tables_.token_filter.MayContain(text_.TokenText(i))) return range;
    const std::string_view word = LowerAsciiView(text_.TokenText(i), lower_buffer_);
    auto same = [&](const PhraseLexicon<TimeWord>::Entry& e, size_t w, uint32_t k) {
      return EqualsLowered(text_.TokenText(k), e.words[w]);
    };
    auto add_hit = [&](const PhraseLexicon<TimeWord>::Entry& e, uint32_t end) {
      hit_pool_.push_back(Hit{e.payload.cls, e.payload.value, end});
    };
    // The word as written, then its stems without proclitics, "لل" read both as ل + ال and as ل.
    CliticStem stems[kMaxCliticStems];
    const size_t count = CliticStems(SplitClitics(word), /*bare_lam=*/true, stems);
    for (size_t k = 0; k < count; ++k) {
      std::string_view first = word.substr(stems[k].prefix_len);
      if (stems[k].restore_alef) first = al_buffer_.assign(arabic::kAlef).append(first);
      if (!tables_.MayBeFirstWord(first)) continue;
      tables_.phrases.ForEachMatch(first, WordHash(first), i, end_, same, add_hit);
    }
    range.count = static_cast<uint32_t>(hit_pool_.size()) - range.begin;
    return range;
  }

  bool IsPunct(uint32_t i, std::string_view what) const {
    return i < end_ && text_.tokens[i].kind == TokenKind::kPunct && text_.TokenText(i) == what;
  }

  // A number token standing alone (not part of "1,500" or "2.5") in [low, high].
  std::optional<int> NumberAt(uint32_t i, int low, int high) const {
    if (i >= end_ || text_.tokens[i].kind != TokenKind::kNumber) return std::nullopt;
    std::string_view digits = text_.TokenText(i);
    if (digits.size() > 4) return std::nullopt;
    auto is_separator = [&](uint32_t t) {
      std::string_view p = text_.TokenText(t);
      return p == "," || p == "." || p == "٬" || p == "٫";
    };
    if (i + 2 < text_.tokens.size() && text_.tokens[i + 1].glued_to_previous &&
        is_separator(i + 1) && text_.tokens[i + 2].glued_to_previous &&
        text_.tokens[i + 2].kind == TokenKind::kNumber) {
      return std::nullopt;
    }
    if (i >= 2 && text_.tokens[i].glued_to_previous && is_separator(i - 1) &&
        text_.tokens[i - 1].glued_to_previous && text_.tokens[i - 2].kind == TokenKind::kNumber) {
      return std::nullopt;
    }
    const int value = std::stoi(std::string(digits));
    if (value < low || value > high) return std::nullopt;
    return value;
  }

  std::optional<int> YearAt(uint32_t i) const {
    if (i >= end_ || text_.TokenText(i).size() != 4) return std::nullopt;
    return NumberAt(i, 1900, 2100);
  }

  std::optional<std::pair<CivilDate, uint32_t>> IsoDateAt(uint32_t i) const {
    std::optional<int> year = YearAt(i);
    if (!year || i + 4 >= end_ || !IsPunct(i + 1, "-") || !IsPunct(i + 3, "-")) {
      return std::nullopt;
    }
    for (uint32_t k = i + 1; k <= i + 4; ++k) {
      if (!text_.tokens[k].glued_to_previous) return std::nullopt;
    }
    std::optional<int> month = NumberAt(i + 2, 1, 12);
    std::optional<int> day = NumberAt(i + 4, 1, 31);
    if (!month || !day) return std::nullopt;
    if (auto d = MakeDate(*year, *month, *day)) return std::make_pair(*d, i + 5);
    return std::nullopt;
  }

  // A month name at i ("آذار/ مارس" counts once): its number and end token. An ambiguous
  // name ("آب", "May") or a lower-case English one needs `context`.
  std::optional<std::pair<int, uint32_t>> MonthAt(uint32_t i, bool context) const {
    std::optional<Hit> hit = Find(i, TimeClass::kMonth);
    if (!hit) return std::nullopt;
    std::string_view surface = text_.TokenText(i);
    const bool latin = !surface.empty() && static_cast<unsigned char>(surface[0]) < 0x80;
    if (latin && !(surface[0] >= 'A' && surface[0] <= 'Z')) return std::nullopt;
    uint32_t end = hit->end;
    bool doubled = false;
    if (IsPunct(end, "/") || IsPunct(end, "(")) {
      std::optional<Hit> second = Find(end + 1, TimeClass::kMonth);
      if (second && second->value == hit->value) {
        end = second->end;
        if (IsPunct(end, ")")) ++end;
        doubled = true;
      }
    }
    const bool ambiguous = Find(i, TimeClass::kAmbiguousMonth).has_value();
    if (ambiguous && !context && !doubled && !NumberAt(end, 1, 2100) &&
        !Find(end, TimeClass::kModifier) && !(i > begin_ && NumberAt(i - 1, 1, 31))) {
      return std::nullopt;
    }
    return std::make_pair(hit->value, end);
  }

  // Index of a duration mention starting at i, or after a qualifier ("أكثر من عامين").
  int DurationAt(uint32_t i) const {
    for (uint32_t k = i; k < end_ && k < i + 4; ++k) {
      const int m = duration_at_[k];
      if (m < 0) continue;
      const ByteSpan qualifier = mentions_[m].qualifier_span;
      for (uint32_t t = i; t < k; ++t) {
        const ByteSpan orig = text_.ToOriginal(text_.tokens[t].norm_span);
        if (qualifier.empty() || orig.begin < qualifier.begin || orig.end > qualifier.end) {
          return -1;
        }
      }
      return m;
    }
    return -1;
  }

  std::optional<Expr> ParseAt(uint32_t i) {
    uint32_t j = i;
    bool context = false;
    while (std::optional<Hit> filler = Find(j, TimeClass::kFiller)) {
      j = filler->end;
      context = true;
    }
    Operator op = Operator::kNone;
    static const std::vector<std::pair<TimeClass, Operator>> kOperators = {
        {TimeClass::kEarlier, Operator::kEarlier}, {TimeClass::kLater, Operator::kLater},
        {TimeClass::kSince, Operator::kSince},     {TimeClass::kBy, Operator::kBy},
        {TimeClass::kUntil, Operator::kUntil},     {TimeClass::kBefore, Operator::kBefore}};
    for (const auto& [cls, candidate] : kOperators) {
      if (std::optional<Hit> hit = Find(j, cls)) {
        op = candidate;
        j = hit->end;
        context = true;
        break;
      }
    }
    const uint32_t after_operator = j;
    if (op == Operator::kEarlier || op == Operator::kLater) {
      if (IsPunct(j, "،") || IsPunct(j, ",")) ++j;
    }
    while (std::optional<Hit> filler = Find(j, TimeClass::kFiller)) j = filler->end;

    if (std::optional<Expr> duration = ParseDuration(i, j, op)) return duration;

    std::optional<int> part;
    if (std::optional<Hit> hit = Find(j, TimeClass::kPart)) {
      part = hit->value;
      j = hit->end;
      context = true;
      while (std::optional<Hit> filler = Find(j, TimeClass::kFiller)) j = filler->end;
    }
    const bool forward = op == Operator::kBy || op == Operator::kLater;
    std::optional<std::pair<Interval, uint32_t>> core = ParseCore(j, forward, context);
    if (!core) {
      if (op == Operator::kEarlier && !part) {
        // "في وقت سابق" alone: some time before publication.
        Interval earlier{std::nullopt, pub_, pub_.has_value()};
        return Expr{i, after_operator, earlier};
      }
      return std::nullopt;
    }
    Interval interval = core->first;
    if (part) interval = ApplyPart(interval, *part);
    Expr expr{i, core->second, ApplyOperator(interval, op)};
    if (op == Operator::kSince) {
      // "منذ أبريل 2011، عند مقتل 22", "since 2009, when 73 died": the when-clause is X's.
      uint32_t w = core->second;
      if (IsPunct(w, "،") || IsPunct(w, ",")) ++w;
      if (Find(w, TimeClass::kWhen)) {
        expr.has_when = true;
        expr.when_token = w;
        expr.when_interval = interval;
      }
    }
    return expr;
  }

  // "قبل يومين", "منذ أكثر من عامين", "خلال العامين الماضيين", "two days ago", "the past
  // two years": a duration counted back from publication.
  std::optional<Expr> ParseDuration(uint32_t i, uint32_t j, Operator op) {
    bool past = false;
    if (std::optional<Hit> modifier = Find(j, TimeClass::kModifier);
        modifier && modifier->value == kLast) {
      if (DurationAt(modifier->end) >= 0) {
        past = true;
        j = modifier->end;
      }
    }
    const int m = DurationAt(j);
    if (m < 0) return std::nullopt;
    const NumberMention& mention = mentions_[m];
    uint32_t end = mention.end_token;
    bool ago = op == Operator::kBefore;
    if (std::optional<Hit> modifier = Find(end, TimeClass::kModifier);
        modifier && modifier->value == kLast) {
      past = true;
      end = modifier->end;
    } else if (std::optional<Hit> hit = Find(end, TimeClass::kAgo)) {
      ago = true;
      end = hit->end;
    }
    if (!ago && !past && op != Operator::kSince) return std::nullopt;
    if (!pub_ || !mention.value.low) return Expr{i, end, Unresolved()};
    const double amount = *mention.value.low;
    const std::string& unit = mention.time_unit;
    CivilDate point = *pub_;
    bool calendar_unit = false;
    if (unit == "day") {
      point = AddDays(*pub_, -static_cast<int>(amount + 0.5));
    } else if (unit == "week") {
      point = AddDays(*pub_, -static_cast<int>(amount * 7 + 0.5));
    } else if (unit == "month") {
      point = AddMonths(*pub_, -static_cast<int>(amount + 0.5));
      calendar_unit = true;
    } else if (unit == "year") {
      point = AddMonths(*pub_, -static_cast<int>(amount * 12 + 0.5));
      calendar_unit = true;
    } else if (unit != "hour" && unit != "minute") {
      return std::nullopt;
    }
    if (ago) {
      if (!calendar_unit) return Expr{i, end, Day(point)};
      // "two months ago" names a month, not a day; "two years ago" a year.
      if (unit == "month") return Expr{i, end, Month(YearOf(point), MonthOf(point))};
      return Expr{i, end, Year(YearOf(point))};
    }
    return Expr{i, end, Interval{point, *pub_, true}};
  }

  // Everything but durations and operators: a day, a month, a season, a period, a year.
  std::optional<std::pair<Interval, uint32_t>> ParseCore(uint32_t j, bool forward,
                                                         bool context) {
    // English and "هذا": the modifier comes first ("last week", "this year").
    std::optional<int> lead_modifier;
    uint32_t k = j;
    if (std::optional<Hit> modifier = Find(k, TimeClass::kModifier)) {
      lead_modifier = modifier->value;
      k = modifier->end;
      context = true;
    }
    if (std::optional<Hit> relative = Find(k, TimeClass::kRelativeDay); relative && !lead_modifier) {
      uint32_t end = relative->end;
      if (Find(end, TimeClass::kWeekday)) end = Find(end, TimeClass::kWeekday)->end;
      if (!pub_) return std::make_pair(Unresolved(), end);
      return std::make_pair(Day(AddDays(*pub_, relative->value)), end);
    }
    if (std::optional<Hit> day_noun = Find(k, TimeClass::kDayNoun)) {
      k = day_noun->end;
      context = true;
    }
    if (std::optional<Hit> weekday = Find(k, TimeClass::kWeekday)) {
      uint32_t end = weekday->end;
      std::optional<int> modifier = lead_modifier;
      if (std::optional<Hit> after = Find(end, TimeClass::kModifier)) {
        modifier = after->value;
        end = after->end;
      }
      if (!pub_) return std::make_pair(Unresolved(), end);
      return std::make_pair(Day(ResolveWeekday(weekday->value, modifier, forward)), end);
    }
    if (auto date = FullDateAt(k)) return std::make_pair(Day(date->first), date->second);
    if (std::optional<int> day = NumberAt(k, 1, 31)) {
      // "27 مايو", "27 May": the latest such day on or before publication.
      if (auto month = MonthAt(k + 1, true)) {
        if (!pub_) return std::make_pair(Unresolved(), month->second);
        return std::make_pair(Day(ResolveMonthDay(month->first, *day, forward)),
                              month->second);
      }
    }
    if (auto month = MonthAt(k, context)) {
      uint32_t end = month->second;
      if (std::optional<int> day = NumberAt(end, 1, 31); day && !YearAt(end)) {
        // "May 27": English order.
        if (!pub_) return std::make_pair(Unresolved(), end + 1);
        return std::make_pair(Day(ResolveMonthDay(month->first, *day, forward)), end + 1);
      }
      if (std::optional<int> year = YearAt(end)) {
        return std::make_pair(Month(*year, month->first), end + 1);
      }
      std::optional<int> modifier = lead_modifier;
      if (std::optional<Hit> after = Find(end, TimeClass::kModifier)) {
        modifier = after->value;
        end = after->end;
      }
      if (!pub_) return std::make_pair(Unresolved(), end);
      return std::make_pair(ResolveMonth(month->first, modifier, forward), end);
    }
    if (std::optional<Hit> season = Find(k, TimeClass::kSeason)) {
      if (auto resolved = ParseSeason(*season, lead_modifier, context)) return resolved;
    }
    if (std::optional<Hit> period = Find(k, TimeClass::kPeriod)) {
      uint32_t end = period->end;
      if (period->value == kUnitYear) {
        if (std::optional<int> year = YearAt(end)) return std::make_pair(Year(*year), end + 1);
      }
      std::optional<int> modifier = lead_modifier;
      if (std::optional<Hit> after = Find(end, TimeClass::kModifier)) {
        modifier = after->value;
        end = after->end;
      }
      if (!modifier) return std::nullopt;
      if (!pub_) return std::make_pair(Unresolved(), end);
      return std::make_pair(ResolvePeriod(period->value, *modifier), end);
    }
    if (std::optional<Hit> year_noun = Find(k, TimeClass::kYearNoun)) {
      if (std::optional<int> year = YearAt(year_noun->end)) {
        return std::make_pair(Year(*year), year_noun->end + 1);
      }
    }
    if (context && !lead_modifier) {
      if (std::optional<int> year = YearAt(k)) return std::make_pair(Year(*year), k + 1);
    }
    return std::nullopt;
  }

  // "خريف العام الماضي", "الخريف الماضي", "last autumn", "autumn 2024", "this summer".
  std::optional<std::pair<Interval, uint32_t>> ParseSeason(const Hit& season,
                                                           std::optional<int> modifier,
                                                           bool context) {
    uint32_t end = season.end;
    std::optional<int> year;
    uint32_t k = end;
    while (std::optional<Hit> filler = Find(k, TimeClass::kFiller)) k = filler->end;
    if (std::optional<int> explicit_year = YearAt(k)) {
      year = explicit_year;
      end = k + 1;
    } else if (std::optional<Hit> year_noun = Find(k, TimeClass::kYearNoun);
               year_noun && YearAt(year_noun->end)) {
      year = YearAt(year_noun->end);
      end = year_noun->end + 1;
    } else if (std::optional<Hit> after = Find(end, TimeClass::kModifier)) {
      modifier = after->value;
      end = after->end;
    } else {
      // "of last year" / "العام الماضي" after the season names the year.
      std::optional<Hit> lead = Find(k, TimeClass::kModifier);
      uint32_t p = lead ? lead->end : k;
      std::optional<Hit> period = Find(p, TimeClass::kPeriod);
      if (period && period->value == kUnitYear) {
        std::optional<Hit> trail = Find(period->end, TimeClass::kModifier);
        std::optional<int> year_modifier = lead ? std::optional<int>(lead->value)
                                                : trail ? std::optional<int>(trail->value)
                                                        : std::nullopt;
        if (year_modifier) {
          if (!pub_) return std::make_pair(Unresolved(), trail ? trail->end : period->end);
          const int offset = *year_modifier == kLast ? -1 : *year_modifier == kNext ? 1 : 0;
          return std::make_pair(Season(YearOf(*pub_) + offset, season.value),
                                trail ? trail->end : period->end);
        }
      }
    }
    if (year) return std::make_pair(Season(*year, season.value), end);
    if (!modifier && !context) return std::nullopt;
    if (!pub_) return std::make_pair(Unresolved(), end);
    return std::make_pair(ResolveSeason(season.value, modifier), end);
  }

  // The weekday convention: the latest such day on or before publication; "last"
  // excludes publication day itself; forward (by, next) the next one on or after.
  CivilDate ResolveWeekday(int weekday, std::optional<int> modifier, bool forward) const {
    const int pub_weekday = IsoWeekday(*pub_);
    if (forward || modifier == kNext) {
      int diff = (weekday - pub_weekday + 7) % 7;
      if (diff == 0 && modifier == kNext) diff = 7;
      return AddDays(*pub_, diff);
    }
    int diff = (pub_weekday - weekday + 7) % 7;
    if (diff == 0 && modifier == kLast) diff = 7;
    return AddDays(*pub_, -diff);
  }

  CivilDate ResolveMonthDay(int month, int day, bool forward) const {
    const int year = YearOf(*pub_);
    const std::optional<CivilDate> same_year = MakeDate(year, month, day);
    if (forward) {
      if (same_year && !(*same_year < *pub_)) return *same_year;
      return MakeDate(year + 1, month, day).value_or(*pub_);
    }
    if (same_year && !(*pub_ < *same_year)) return *same_year;
    return MakeDate(year - 1, month, day).value_or(*pub_);
  }

  // A month without a year: "الماضي"/last = the latest such month before the publication
  // month; "الجاري"/this = in the publication year; next = the first after; bare = the
  // latest on or before the publication month (forward: the first on or after).
  Interval ResolveMonth(int month, std::optional<int> modifier, bool forward) const {
    const int year = YearOf(*pub_);
    const int pub_month = MonthOf(*pub_);
    if (modifier == kLast) return Month(month < pub_month ? year : year - 1, month);
    if (modifier == kThis) return Month(year, month);
    if (modifier == kNext) return Month(month > pub_month ? year : year + 1, month);
    if (forward) return Month(month >= pub_month ? year : year + 1, month);
    return Month(month <= pub_month ? year : year - 1, month);
  }

  // Seasons: last = the latest season that ended before publication; this = the one of
  // the publication year (winter that began last December counts); next = the first that
  // starts after; bare ("في الخريف") = the latest that began on or before publication.
  Interval ResolveSeason(int start_month, std::optional<int> modifier) const {
    int year = YearOf(*pub_);
    if (modifier == kLast) {
      while (!(*Season(year, start_month).to < *pub_)) --year;
    } else if (modifier == kNext) {
      year -= 1;
      while (!(*pub_ < *Season(year, start_month).from)) ++year;
    } else if (modifier == kThis) {
      if (start_month == 12 && MonthOf(*pub_) <= 2) --year;
    } else {
      while (*pub_ < *Season(year, start_month).from) --year;
    }
    return Season(year, start_month);
  }

  // "last week" = the previous Monday-Sunday week; "this month" = the whole calendar
  // month; "next year" = the following calendar year.
  Interval ResolvePeriod(int unit, int modifier) const {
    const int offset = modifier == kLast ? -1 : modifier == kNext ? 1 : 0;
    if (unit == kUnitWeek) {
      const CivilDate monday = AddDays(*pub_, 1 - IsoWeekday(*pub_) + 7 * offset);
      return Interval{monday, AddDays(monday, 6), true};
    }
    if (unit == kUnitMonth) {
      const CivilDate first = AddMonths(FirstDayOfMonth(YearOf(*pub_), MonthOf(*pub_)), offset);
      return Month(YearOf(first), MonthOf(first));
    }
    return Year(YearOf(*pub_) + offset);
  }

  static Interval ApplyPart(Interval interval, int part) {
    if (!interval.from || !interval.to) return interval;
    const int days = DaysBetween(*interval.from, *interval.to) + 1;
    const int third = std::max(1, days / 3);
    if (part == kEarly) interval.to = AddDays(*interval.from, third - 1);
    if (part == kLate) interval.from = AddDays(*interval.to, 1 - third);
    if (part == kMid && days >= 3) {
      interval.from = AddDays(*interval.from, third);
      interval.to = AddDays(*interval.to, -third);
    }
    return interval;
  }

  Interval ApplyOperator(Interval x, Operator op) const {
    if (!x.resolved) return x;
    switch (op) {
      case Operator::kNone: case Operator::kBy:
        return x;
      case Operator::kSince:
        return Interval{x.from, pub_, true};
      case Operator::kUntil:
        return Interval{std::nullopt, x.to, true};
      case Operator::kBefore:
        if (!x.from) return x;
        return Interval{std::nullopt, AddDays(*x.from, -1), true};
      case Operator::kEarlier:
        if (pub_ && x.to && x.from && !(*pub_ < *x.from)) x.to = Min(*x.to, *pub_);
        return x;
      case Operator::kLater:
        if (pub_ && x.from && x.to && !(*x.to < *pub_)) x.from = Max(*x.from, *pub_);
        return x;
    }
    return x;
  }

  const AnalyzedText& text_;
  const TimeLexicon::Tables& tables_;
  const std::vector<int>& duration_at_;
  const std::vector<NumberMention>& mentions_;
  std::optional<CivilDate> pub_;
  uint32_t begin_;
  uint32_t end_;
  mutable std::vector<HitRange> hit_ranges_;
  mutable std::vector<Hit> hit_pool_;
  mutable std::string lower_buffer_;  // scratch for LowerAsciiView
  mutable std::string al_buffer_;     // scratch for a stem with the article's alef restored
  std::vector<uint32_t> compare_tokens_;
  std::vector<uint32_t> relative_tokens_;
};

// For each token, the index of the duration mention starting there, or -1.
std::vector<int> DurationIndex(const AnalyzedText& text,
                               const std::vector<NumberMention>& mentions) {
  std::vector<int> at(text.tokens.size() + 1, -1);
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].kind == NumberKind::kDuration && mentions[m].first_token < at.size()) {
      at[mentions[m].first_token] = static_cast<int>(m);
    }
  }
  return at;
}

std::string IsoOrOpen(const std::optional<CivilDate>& date) {
  return date ? ToIso(*date) : std::string();
}

// A cumulative count dated by a recent past day ("15 were killed on Monday", "قتل 15 أمس")
// is a running total: what the report says is true as of the report. Older or longer
// expressions ("last year", "in 2014") date a figure of their own period, and forward-looking
// claims are not totals yet.
bool IsRunningTotal(const Claim& claim, const Interval& interval, const std::optional<CivilDate>& pub) {
  constexpr int kRecentDays = 14;   // how far back a "day of the event" may lie
  constexpr int kEventDays = 7;     // how long an expression naming the event's day may be
  if (!claim.cumulative || claim.forward_looking || !pub || !interval.from || !interval.to) return false;
  const auto from = std::chrono::sys_days(*interval.from);
  const auto to = std::chrono::sys_days(*interval.to);
  const auto p = std::chrono::sys_days(*pub);
  return to <= p && (to - from).count() < kEventDays && (p - from).count() <= kRecentDays && to != p;
}

// The first clause break among the tokens [from, to), or `to`.
uint32_t FirstClauseBreak(const AnalyzedText& text, uint32_t from, uint32_t to) {
  for (uint32_t t = from; t < to; ++t) {
    if (text.tokens[t].kind == TokenKind::kPunct && IsClauseBreak(text.TokenText(t))) return t;
  }
  return to;
}

// The relative pronoun that opens the relative clause expression e lies in ("التي سقطت
// الخميس", "which crashed on Thursday") when a clause break closes that clause before token
// `number`, else kNoRelative: a relative pronoun before e with no clause break between them,
// and one between e and the number that no "و" continues ("الهجوم الذي وقع في 26 يونيو،
// وأسفر عن مقتل 26": the toll is still the clause's), with no relative clause of the
// number's own after it ("... لعدن التي سقط خلالها 108": it may be the clause's event).
constexpr uint32_t kNoRelative = UINT32_MAX;
uint32_t ClosedRelativeClause(const AnalyzedText& text, const std::vector<uint32_t>& relatives,
                              const Expr& e, uint32_t number) {
  constexpr std::string_view kWaw = "\xD9\x88";  // و
  for (auto r = relatives.rbegin(); r != relatives.rend(); ++r) {
    if (*r >= e.first_token) continue;
    // The nearest relative pronoun before e: open, and closed before the number.
    if (FirstClauseBreak(text, *r + 1, e.first_token) != e.first_token) return kNoRelative;
    const uint32_t closed = FirstClauseBreak(text, e.end_token, number);
    if (closed == number) return kNoRelative;
    if (std::any_of(relatives.begin(), relatives.end(), [&](uint32_t q) { return q > closed && q < number; })) {
      return kNoRelative;
    }
    const std::string_view next = closed + 1 < text.tokens.size() ? text.TokenText(closed + 1) : std::string_view();
    const bool continued = next.substr(0, kWaw.size()) == kWaw || AsciiLower(next) == "and";
    return continued ? kNoRelative : *r;
  }
  return kNoRelative;
}

}  // namespace

PublicationDate DatePublication(const Document& doc, const AnalyzedText& text,
                                const std::vector<NumberMention>& mentions,
                                const TimeLexicon& lexicon) {
  if (std::optional<CivilDate> given = ParseIsoDate(doc.published)) {
    return PublicationDate{ToIso(*given), false};
  }
  const std::vector<int> duration_at = DurationIndex(text, mentions);
  std::optional<CivilDate> latest;
  for (const Sentence& sentence : text.sentences) {
    ExpressionParser parser(text, lexicon.tables(), duration_at, mentions, std::nullopt,
                            sentence.first_token, sentence.end_token);
    for (uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
      if (auto date = parser.FullDateAt(i)) {
        if (!latest || *latest < date->first) latest = date->first;
      }
    }
  }
  if (!latest) return PublicationDate{"", false};
  return PublicationDate{ToIso(*latest), true};
}

void ResolveClaimTimes(const AnalyzedText& text, std::string_view original,
                       const PublicationDate& published,
                       const std::vector<NumberMention>& mentions,
                       const TimeLexicon& lexicon, std::vector<Claim>& claims) {
  const std::optional<CivilDate> pub = ParseIsoDate(published.date);
  const std::vector<int> duration_at = DurationIndex(text, mentions);
  struct Parsed {
    std::vector<Expr> exprs;
    std::vector<uint32_t> compare_tokens;
    std::vector<uint32_t> relative_tokens;
  };
  std::map<uint32_t, Parsed> by_sentence;  // parsed on first use
  for (Claim& claim : claims) {
    claim.time = TimeRef{};
    claim.time.from = published.date;
    claim.time.to = published.date;
    claim.time.from_publication = true;
    if (claim.mention >= mentions.size()) continue;
    const NumberMention& m = mentions[claim.mention];
    if (m.sentence >= text.sentences.size()) continue;
    const Sentence& sentence = text.sentences[m.sentence];
    auto cached = by_sentence.find(m.sentence);
    if (cached == by_sentence.end()) {
      ExpressionParser parser(text, lexicon.tables(), duration_at, mentions, pub,
                              sentence.first_token, sentence.end_token);
      std::vector<Expr> exprs = parser.ParseAll();
      cached = by_sentence.emplace(m.sentence, Parsed{std::move(exprs), parser.compare_tokens(), parser.relative_tokens()}).first;
    }
    // Prefer an expression after the number in its own clause ("أرسلت 1500 جندي منذ
    // أغسطس 2023"), else the nearest one before it in the sentence, which is usually the
    // one dating the reporting verb ("قال ... يوم الاثنين إن ...").
    // An expression after a comparison word dates the figure compared with, not this one
    // ("500 مليون مقارنة بـ400 مليون في الفترة نفسها من العام الماضي").
    const Expr* chosen = nullptr;
    bool same_clause = true;
    for (const Expr& e : cached->second.exprs) {
      if (e.first_token < m.end_token) continue;
      for (uint32_t t = m.end_token; t < e.first_token && same_clause; ++t) {
        same_clause = !(text.tokens[t].kind == TokenKind::kPunct &&
                        IsClauseBreak(text.TokenText(t)));
      }
      for (uint32_t t : cached->second.compare_tokens) {
        if (t >= m.end_token && t < e.first_token) same_clause = false;
      }
      if (same_clause) chosen = &e;
      break;
    }
    if (chosen == nullptr) {
      // An expression inside a relative clause that closes before the number dates the
      // clause's noun, another event ("مطلع مايو تحطمت مروحية مثل اللتين سقطتا الخميس، مما
      // أدى إلى سقوط ثمانية قتلى": May's crash killed 8): the nearest other one before the
      // number dates it, when the sentence has one.
      // The other one must date the clause the relative one hangs on (no clause break
      // between them): an expression of an earlier clause is no nearer to the number.
      const Expr* recalled = nullptr;
      uint32_t relative = kNoRelative;
      for (const Expr& e : cached->second.exprs) {
        if (e.end_token > m.first_token) break;
        if (uint32_t r = ClosedRelativeClause(text, cached->second.relative_tokens, e, m.first_token); r != kNoRelative) {
          recalled = &e;
          relative = r;
        } else {
          chosen = &e;
          recalled = nullptr;
        }
      }
      if (recalled != nullptr && chosen != nullptr && FirstClauseBreak(text, chosen->end_token, relative) != relative) {
        chosen = recalled;
      }
      if (chosen == nullptr) chosen = recalled;
    }
    if (chosen == nullptr) continue;
    // A number inside the when-clause of "since X, when ..." is dated X itself.
    Interval interval = chosen->interval;
    if (chosen->has_when && m.first_token > chosen->when_token) {
      bool in_clause = true;
      for (uint32_t t = chosen->when_token + 1; t < m.first_token && in_clause; ++t) {
        in_clause = !(text.tokens[t].kind == TokenKind::kPunct && IsClauseBreak(text.TokenText(t)));
      }
      if (in_clause) interval = chosen->when_interval;
    }
    const ByteSpan first = text.tokens[chosen->first_token].norm_span;
    const ByteSpan last = text.tokens[chosen->end_token - 1].norm_span;
    const ByteSpan span = text.ToOriginal(ByteSpan{first.begin, last.end});
    claim.time.span = span;
    if (span.end <= original.size()) {
      claim.time.surface = std::string(original.substr(span.begin, span.size()));
    }
    claim.time.from_publication = false;
    claim.time.from = IsoOrOpen(interval.from);
    claim.time.to = IsoOrOpen(interval.to);
    if (IsRunningTotal(claim, interval, pub)) {
      claim.time.event_from = claim.time.from;
      claim.time.event_to = claim.time.to;
      claim.time.from = published.date;
      claim.time.to = published.date;
    }
  }
}

}  // namespace mizan
