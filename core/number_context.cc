// What the words around a numeral make it: a sign (-5, سالب سبع), a ratio (one in four),
// a number that names rather than counts (Boeing 737, الساعة 9, 12 Baker Street), and its
// kind (percent, year, date, duration, ordinal, other). The words are roles of
// core/lexicons/numbers.tsv; the English orthography is asked of number_english.cc.
#include <cmath>
#include <optional>
#include <string_view>

#include "core/number_reader.h"

namespace mizan::number_reader {
namespace {

// The years modern news dates by, in the Gregorian calendar.
constexpr double kFirstModernYear = 1900, kLastModernYear = 2100;

// The Hijri year in which Gregorian year `gregorian` falls, near enough for a window: the
// Hijri era began in 622 CE and 33 lunar years of 354-355 days take about 32 solar ones.
constexpr double HijriYearOf(double gregorian) { return (gregorian - 622) * 33 / 32; }

}  // namespace

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
  const uint64_t before_roles = before.info != nullptr ? before.info->roles : 0;
  // "Boeing 737", "Windows 11", "seat 14", "المقعد 14", "رقم 12", "No. 1".
  bool other = (before_roles & kRoleDesignator) != 0 || EnglishNumberSignBefore(n.first);
  // "Pixel 8", "Apollo 11", "Category 5": a name (not the sentence's first word, no number
  // word, month or bound) right before a plain number names a model.
  if (!other && n.plain_int && n.int_digits < 4 && IsWord(n.first - 1) &&
      n.first - 1 > sent_begin_ && !Glued(n.first) && !IsPunct(n.end, "%") &&
      !(IsPunct(n.end, "-") && Glued(n.end))) {
    other = EnglishNameBefore(n, before);
  }
  if (!other) other = IsClockOrStreetAfter(n);
  // "الساعة 9".
  if (!other && n.plain_int && n.low <= 24) other = (before_roles & kRoleClockBefore) != 0;
  // An age is no count of people: "aged 45", "يبلغ من العمر 45 عاماً", "a 45-year-old man".
  if (!other && n.low < 150) {
    other = (before_roles & kRoleAgeCue) != 0 || EnglishAgeCompoundAt(n.end);
  }
  if (other) {
    n.kind = NumberKind::kOther;
    n.kind_fixed = true;
  }
}

bool Reader::IsClockOrStreetAfter(const Numeral& n) const {
  if (!IsWord(n.end)) return false;
  // Clock times: "9 pm", "9 مساء", "9 p.m." (the dot may end the reader's sentence).
  if (n.low <= 24 && (n.plain_int || n.int_digits <= 2) &&
      (HasRole(n.end, kRoleClockAfter) || EnglishMeridiemAt(n.end))) {
    return true;
  }
  // "12 Baker Street": a capitalised name and a street word after the number.
  if (n.plain_int && StartsUpperLatin(Tok(n.end))) {
    for (uint32_t j = n.end + 1; j < n.end + 4 && IsWord(j); ++j) {
      if (HasRole(j, kRoleStreet)) return true;
    }
  }
  return false;
}

std::optional<Numeral> Reader::NounRatioAt(uint32_t k) const {
  const std::string_view noun = Tok(k);
  // An Arabic noun: the English ratio takes its numerator as a number ("one in four").
  if (noun.size() < 4 || IsLatinWord(noun) || noun.substr(0, 4) == kArticle ||
      HasRole(k, kRoleNotNumerator)) {
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

bool Reader::MonthBefore(uint32_t first) const {
  if (!In(first - 1)) return false;
  if (IsPunct(first - 1, ".") && Glued(first - 1) && In(first - 2)) {
    return MonthEndsAt(first - 2);
  }
  return MonthEndsAt(first - 1);
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

bool Reader::ArabicYearCue(uint32_t k) const {
  if (!In(k) || !IsWord(k)) return false;
  const WordHit cue = Lookup(k);
  return cue.info != nullptr && (cue.info->roles & kRoleYearCue) && !cue.info->english;
}

// A 4-digit modern year (1900-2100) after a month, a year cue, before an era suffix, or with no
// counted noun after it.
bool Reader::LooksLikeYear(const Numeral& n) const {
  if (!n.plain_int || n.int_digits != 4) return false;
  const uint32_t before = n.first - 1;
  // A Hijri year only after a year cue ("عام 1436"), within the Hijri counterpart of the
  // modern Gregorian window (1317-1524 AH).
  if (n.low >= HijriYearOf(kFirstModernYear) && n.low <= HijriYearOf(kLastModernYear) && In(before)) {
    const WordHit cue = Lookup(before);
    if (cue.info != nullptr && (cue.info->roles & (kRoleYearCue | kRoleHijriMonth))) return true;
  }
  // An older year after a year cue, with no noun after it ("بُني عام 1732،"): a count of a
  // thousand and more after "عام" has its noun ("عام 1500 جندي" is not written).
  if (n.low >= 1000 && n.low < kFirstModernYear && In(before) && (!IsWord(n.end) || (Exact(n.end) != nullptr &&
                                                                        (Exact(n.end)->roles & (kRoleEra | kRoleFunction))))) {
    if (ArabicYearCue(before)) return true;
  }
  if (n.low < kFirstModernYear || n.low > kLastModernYear) return false;
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
  if (IsLabel(n)) return true;
  // Code in the text (CSS "padding: 0;"): Arabic prose writes its semicolon as ؛.
  if (IsPunct(n.end, ";") && Glued(n.end)) return true;
  if (!n.plain_int) return false;
  // Ids and phone numbers: a long run of digits with no noun after it.
  return IsNumericDateOrPair(n) || (n.int_digits >= 8 && !IsWord(n.end)) || IsScore(n) ||
         IsListMarker(n);
}

bool Reader::IsLabel(const Numeral& n) const {
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
    if (!IsWord(n.end) && IsWord(label - 1)) {
      const WordHit event = Lookup(label - 1);
      if (event.info != nullptr && (event.info->roles & kRoleEventName)) return true;
    }
  }
  // A hashtag's words ("#ثمان_وأربعون_قانونا"): joined by underscores, no count.
  if ((IsPunct(n.end, "_") && Glued(n.end)) || (IsPunct(before, "_") && Glued(n.first))) return true;
  // "القرن التاسع عشر", "الحادية عشرة": the teen suffix of an ordinal.
  if (n.end == n.first + 1 && IsWord(n.first) && n.low == 10) {
    const WordInfo* ordinal = Exact(before);
    if (ordinal != nullptr && ordinal->num == NumClass::kOrdinal) return true;
  }
  // The last word of a quoted name ("«أبولو 11»", "مهرجان \"جدة 36\"", "«قطار القراءة 3»"):
  // up to four words and the number between quotes, nothing after it to count.
  const uint32_t after = n.end;
  if (IsPunct(after, "\xC2\xBB") || IsPunct(after, "\"") || IsPunct(after, "\xE2\x80\x9D")) {
    for (uint32_t k = before; In(k) && k + 5 > before; --k) {
      if (IsWord(k)) continue;
      if (k < before && (IsPunct(k, "\xC2\xAB") || IsPunct(k, "\"") || IsPunct(k, "\xE2\x80\x9C"))) return true;
      break;
    }
  }
  return false;
}

bool Reader::IsNumericDateOrPair(const Numeral& n) const {
  const uint32_t after = n.end;
  const uint32_t before = n.first - 1;
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
  // A spaced numeric date "21 / 10 / 1436", "30-07-2015": three numbers joined by one
  // separator, this one first, second or third.
  auto sep = [&](uint32_t k) { return IsPunct(k, "/") || IsPunct(k, "-"); };
  auto small = [&](uint32_t k) { return IsNumber(k) && Tok(k).size() <= 4; };
  if (sep(after) && small(after + 1) && sep(after + 2) && small(after + 3)) return true;
  if (sep(before) && small(before - 1) && sep(after) && small(after + 1)) return true;
  return before >= 3 && sep(before) && small(before - 1) && sep(before - 2) && small(before - 3);
}

bool Reader::IsScore(const Numeral& n) const {
  const uint32_t after = n.end;
  const uint32_t before = n.first - 1;
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
  return n.int_digits <= 2 && dash(before) && score_part(before - 1) && no_noun(after);
}

bool Reader::IsListMarker(const Numeral& n) const {
  // A list marker run into the text: a small number first in its sentence or after a colon,
  // then a dash and words ("... مشتركة. 5 - تكثيف", "الآتي: 1- أن تكون").
  const uint32_t after = n.end;
  const bool dash_after = IsPunct(after, "-") || IsPunct(after, "\xE2\x80\x93");
  if (n.int_digits <= 2 && dash_after && IsWord(after + 1) &&
      (n.first == sent_begin_ || IsPunct(n.first - 1, ":"))) {
    return true;
  }
  // A list marker: the first thing on its line, followed by "-", ")" or ".".
  if (!IsPunct(n.end, "-") && !IsPunct(n.end, ")") && !IsPunct(n.end, ".")) return false;
  const uint32_t before = n.first - 1;
  uint32_t at = T(n.first).norm_span.begin;
  if (IsPunct(before, "(")) at = T(before).norm_span.begin;
  while (at > 0 && text_.norm[at - 1] == ' ') --at;
  return at == 0 || text_.norm[at - 1] == '\n';
}

bool Reader::IsPercent(const Numeral& n) const {
  // Percent: 5%, ٣٠٪, %50 (visual order), ٣٠ في المئة, 5 percent.
  const uint32_t after = n.end;
  if (IsPunct(after, "%") || IsPunct(after, "٪")) return true;
  if (In(n.first - 1) && T(n.first).glued_to_previous &&
      (IsPunct(n.first - 1, "%") || IsPunct(n.first - 1, "٪")) &&
      !(Glued(n.first - 1) && IsNumber(n.first - 2))) {
    return true;
  }
  for (const Phrase& p : t_.percent_phrases) {
    if (MatchAfter(p, after)) return true;
  }
  return false;
}

NumberKind Reader::KindFromContext(const Numeral& n, const char** time_unit) const {
  if (IsPercent(n)) return NumberKind::kPercent;
  if (IsNonCount(n)) return NumberKind::kOther;
  if (std::optional<NumberKind> kind = KindFromWordAfter(n, time_unit)) return *kind;
  if (n.plain_int && n.low >= 1 && n.low <= 31 && n.int_digits <= 2) {
    // "27 مايو", "May 27"
    if (MonthStartsAt(n.end)) return NumberKind::kDate;
    if (MonthBefore(n.first)) {
      const uint32_t month = IsPunct(n.first - 1, ".") ? n.first - 2 : n.first - 1;
      const WordInfo* m = Exact(month);
      if (m != nullptr && m->english) return NumberKind::kDate;
    }
  }
  if (LooksLikeYear(n)) return NumberKind::kYear;
  return NumberKind::kQuantity;
}

std::optional<NumberKind> Reader::KindFromWordAfter(const Numeral& n,
                                                    const char** time_unit) const {
  const uint32_t after = n.end;
  if (!IsWord(after)) return std::nullopt;
  const WordHit w = Lookup(after);
  if (w.info == nullptr) return std::nullopt;
  const uint64_t roles = w.info->roles;
  // 1436هـ, 1605م: a year of either calendar.
  // A spelled-out era (767 ميلادية) dates any year; a one-letter one only four digits.
  // After a year cue any number is a year: "عام 822م", "سنة 54 هـ".
  if (n.plain_int && w.prefix == 0 && (roles & kRoleEra) &&
      (n.int_digits == 4 || (Tok(after).size() > 2 && n.low >= 1 && n.low <= 2100) ||
       (n.low >= 1 && n.low <= 2100 && ArabicYearCue(n.first - 1)))) {
    return NumberKind::kYear;
  }
  if ((roles & kRoleHijriMonth) && n.plain_int && n.low >= 1 && n.low <= 30 &&
      n.int_digits <= 2) {
    return NumberKind::kDate;
  }
  if (roles & kRoleClockAfter) return NumberKind::kOther;
  if ((roles & kRoleTimeUnit) && w.prefix == 0) {
    *time_unit = w.info->time_unit;
    return NumberKind::kDuration;
  }
  if (roles & kRoleTimes) return NumberKind::kOther;
  if ((roles & kRoleOrdinalSuffix) && T(after).glued_to_previous && n.plain_int) {
    return NumberKind::kOrdinal;
  }
  return std::nullopt;
}

}  // namespace mizan::number_reader
