// Arabic number words (MSA): ثلاثة وعشرون, ثلاث مائة, ألف وخمسمائة, نصف مليون, عشرات
// الآلاف, يومين, الخمسينيات. The grammar is arabic-numbers.md §2.2-2.5: units before tens
// joined by و, hundreds fused or spaced, every form of a multiplier the same ×10ⁿ, and the
// dual noun as a count of two. The words and their classes are core/lexicons/numbers.tsv.
#include <cmath>
#include <optional>
#include <string_view>
#include <utility>

#include "core/number_reader.h"

namespace mizan::number_reader {

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
  Numeral n;
  n.first = k;
  n.begin_byte = T(k).norm_span.begin + hit.prefix;
  n.conj = hit.conj;
  if (InDefiniteTeen(k, hit)) return std::nullopt;
  bool handled = false;
  std::optional<Numeral> read = ArabicWordClass(k, hit, n, &handled);
  if (handled) return read;
  if (HomographIsFraction(k, *hit.info)) {
    n.low = n.high = hit.info->fraction;
    n.kind = NumberKind::kFraction;
    n.kind_fixed = true;
    return Close(n, k + 1);
  }
  return ArabicCount(k, hit, n);
}

bool Reader::InDefiniteTeen(uint32_t k, const WordHit& hit) const {
  // "الاثنا عشر لاعبا", "الخمسة عشر": the teen's unit carries the article, and a definite
  // numeral restates a set (it is not read); its عشر alone is no ten.
  if (hit.info->num != NumClass::kTen || hit.prefix != 0 || !IsWord(k - 1) ||
      Tok(k - 1).substr(0, 4) != kArticle) {
    return false;
  }
  const WordInfo* unit = t_.Find(Tok(k - 1).substr(4));
  return unit != nullptr && (unit->num == NumClass::kUnit || unit->num == NumClass::kTeenUnit);
}

std::optional<Numeral> Reader::ArabicWordClass(uint32_t k, const WordHit& hit, Numeral n,
                                               bool* handled) const {
  const WordInfo& w = *hit.info;
  *handled = true;
  switch (w.num) {
    case NumClass::kOrdinal:
      // "كانون الثاني", "تشرين الأول" are months, not ordinals.
      if (MonthEndsAt(k)) return std::nullopt;
      n.low = n.high = w.value;
      n.kind = NumberKind::kOrdinal;
      n.kind_fixed = true;
      return Close(n, k + 1);
    case NumClass::kDecade:
      n.low = w.value;
      n.high = w.value + 9;
      n.vague = true;  // an interval, reported as a year range
      n.kind = NumberKind::kYear;
      n.kind_fixed = true;
      return Close(n, k + 1);
    case NumClass::kTimeDual:
      return ArabicTimeDual(k, w, n);
    case NumClass::kZero:
      n.low = n.high = 0;
      return Close(n, k + 1);
    case NumClass::kTimesDual:
      n.low = n.high = w.value;
      n.kind = NumberKind::kOther;
      n.kind_fixed = true;
      return Close(n, k + 1);
    case NumClass::kVague:
      return ArabicVague(k, w, n);
    case NumClass::kFraction:
      return ArabicFractionWord(k, hit, n, handled);
    case NumClass::kMultiplier:
      if (w.form == MultForm::kPlural) {
        // آلاف alone: a vague count, [2, 10) times the scale.
        n.low = 2 * w.value;
        n.high = 10 * w.value - 1;
        n.vague = true;
        return Close(n, k + 1);
      }
      break;
    default:
      break;
  }
  *handled = false;
  return std::nullopt;
}

std::optional<Numeral> Reader::ArabicTimeDual(uint32_t k, const WordInfo& w, Numeral n) const {
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
  return Close(n, end);
}

Numeral Reader::ArabicVague(uint32_t k, const WordInfo& w, Numeral n) const {
  // عشرات الآلاف = [20000, 99999]: the plural multiplier scales both ends, with or without
  // the article.
  const WordHit m = Lookup(k + 1);
  const WordInfo* plural = nullptr;
  if (m.info != nullptr && m.prefix == 0 && m.info->num == NumClass::kMultiplier &&
      m.info->form == MultForm::kPlural) {
    plural = m.info;
  } else if (IsWord(k + 1) && Tok(k + 1).substr(0, 4) == kArticle) {
    const WordInfo* mm = t_.Find(Tok(k + 1).substr(4));
    if (mm != nullptr && mm->num == NumClass::kMultiplier && mm->form == MultForm::kPlural) {
      plural = mm;
    }
  }
  if (plural == nullptr) return Vague(n, w, 0, k + 1);
  return Vague(n, w, plural->value, k + 2);
}

std::optional<Numeral> Reader::ArabicFractionWord(uint32_t k, const WordHit& hit, Numeral n,
                                                  bool* handled) const {
  const WordInfo& w = *hit.info;
  // A plural denominator (أرباع) is read only after its numerator.
  if (w.form == MultForm::kPlural) return std::nullopt;
  const WordHit next = Lookup(k + 1);
  if (next.info != nullptr && next.info->num == NumClass::kMultiplier) {
    *handled = false;  // نصف مليون: a cardinal
    return std::nullopt;
  }
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
  return Close(n, k + 1);
}

bool Reader::HomographIsFraction(uint32_t k, const WordInfo& w) const {
  // "خمس أرباحها", "خمس السكان": a numeral 3-10 takes an indefinite plural, so before a
  // definite noun (article or possessive suffix) the homograph is the fraction.
  if (!(w.roles & kRoleFractionHomograph) || !IsWord(k + 1) || Exact(k + 1) != nullptr) {
    return false;
  }
  const std::string_view next = Tok(k + 1);
  auto ends = [&](std::string_view suffix) {
    return next.size() > suffix.size() + 4 && next.substr(next.size() - suffix.size()) == suffix;
  };
  return next.substr(0, 4) == kArticle || ends("ها") || ends("هم") || ends("نا") || ends("كم");
}

std::optional<Numeral> Reader::ArabicCount(uint32_t k, const WordHit& hit, Numeral n) const {
  const WordInfo& w = *hit.info;
  auto cardinal = ArabicCardinal(k, hit.prefix, 1e18);
  if (!cardinal) return std::nullopt;
  if (cardinal->second == k + 1 && w.num == NumClass::kUnit && w.value == 1) {
    // A lone واحد after an idiom noun ("في وقت واحد") is not a count.
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
      n.low = n.high = n.low + FractionValue(Tok(end + 1));
      end += 2;
    } else if (auto fraction = ArabicBelowHundred(end + 1, 0)) {
      const double digits = fraction->first >= 10 ? 100.0 : 10.0;
      n.low = n.high = n.low + fraction->first / digits;
      end = fraction->second;
    }
  }
  return Close(n, end);
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

}  // namespace mizan::number_reader
