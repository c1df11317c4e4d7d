// The English module of the number reader: English number words ("two hundred and five",
// "three-quarters", "two point five million", "a quarter of a billion") and the few tests of
// how English is written that no word list can hold (capitalised names, acronyms, regular
// plurals, "p.m.", "No. 1", "45-year-old"). Every English word it needs is a row of
// core/lexicons/numbers.tsv (numerals, "of" as partitive, measure words, weekdays...);
// shared code calls the functions here by name instead of testing for Latin script inline.
// A new language with its own numeral grammar gets a module like this one (README.md,
// "Adding a language").
#include <cctype>
#include <cmath>
#include <optional>
#include <string_view>

#include "core/number_reader.h"

namespace mizan::number_reader {

bool IsLatinWord(std::string_view word) {
  return !word.empty() && static_cast<unsigned char>(word[0]) < 0x80;
}

bool IsCapitalised(std::string_view word) {
  return word.size() > 1 && std::isupper(static_cast<unsigned char>(word[0])) &&
         std::islower(static_cast<unsigned char>(word[1]));
}

bool StartsLowerLatin(std::string_view word) {
  return !word.empty() && std::islower(static_cast<unsigned char>(word[0]));
}

bool StartsUpperLatin(std::string_view word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word[0]));
}

bool IsRegularPlural(std::string_view word) { return word.size() > 3 && word.back() == 's'; }

bool Reader::MillionBeforeNoun(const Numeral& n) const {
  if (n.plain_int || !IsWord(n.end + 1)) return false;
  const std::string_view next = Tok(n.end + 1);
  if (!StartsLowerLatin(next)) return false;
  // "1.5m high", "2m of": a measure word after it says metres.
  const WordInfo* w = Exact(n.end + 1);
  if (w != nullptr && (w->roles & kRoleMeasureWord)) return false;
  // A plural noun counts (1.5m people, 2.3m barrels); a 1.5m wall is measured.
  return (w != nullptr && (w->roles & kRolePluralNoun)) || IsRegularPlural(next);
}

bool Reader::EnglishNameBefore(const Numeral& n, const WordHit& before) const {
  // The lexicon's words are numbers, months, bounds: no names. Those it lists only to say
  // what they are not (weekdays, measure words, plural nouns) may be capitalised like one.
  constexpr uint64_t kNameNeutral = kRoleNotName | kRoleMeasureWord | kRolePluralNoun;
  if (before.info != nullptr &&
      (before.info->num != NumClass::kNone || (before.info->roles & ~kNameNeutral) != 0)) {
    return false;
  }
  const std::string_view name = Tok(n.first - 1);
  // An acronym names too ("FTSE 100", "S&P 500"); a currency code is in the lexicon.
  const bool acronym = std::isupper(static_cast<unsigned char>(name[0])) &&
                       (name.size() == 1 ? IsPunct(n.first - 2, "&")
                                         : std::isupper(static_cast<unsigned char>(name[1])));
  // A weekday is no name: "on Monday 12 people died".
  const bool not_name = before.info != nullptr && (before.info->roles & kRoleNotName);
  return acronym || (IsCapitalised(name) && !not_name);
}

bool Reader::EnglishNumberSignBefore(uint32_t first) const {
  return IsPunct(first - 1, ".") && Glued(first - 1) &&
         (IsWordText(first - 2, "No") || IsWordText(first - 2, "Nos"));
}

bool Reader::EnglishMeridiemAt(uint32_t k) const {
  const std::string_view s = Tok(k);
  return (s == "p" || s == "a") && k + 2 < text_.tokens.size() &&
         T(k + 1).kind == TokenKind::kPunct && Tok(k + 1) == "." &&
         EqualsIgnoreAsciiCase(Tok(k + 2), "m");
}

bool Reader::EnglishAgeCompoundAt(uint32_t k) const {
  return IsPunct(k, "-") && Glued(k) && IsWordText(k + 1, "year") && IsPunct(k + 2, "-") &&
         IsWordText(k + 3, "old");
}

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
  if (w.num == NumClass::kOrdinal) {
    n.low = n.high = w.value;
    n.kind = NumberKind::kOrdinal;
    n.kind_fixed = true;
    return Close(n, k + 1);
  }
  if (w.num == NumClass::kVague) return EnglishVague(k, w, n);
  if (w.num == NumClass::kFraction) return EnglishFractionWord(k, w, n);
  if (w.roles & kRoleArticleOne) {
    if (std::optional<Numeral> share = EnglishArticleFraction(k, n)) return share;
  }
  const EnglishSum sum = EnglishCardinal(k);
  if (sum.end == k) return std::nullopt;
  double value = sum.total + sum.current;
  uint32_t end = sum.end;
  if (sum.small) end = EnglishFractionTail(end, sum.current, &value);
  if (sum.small && value == sum.current) end = EnglishAndAFraction(end, &value);
  if (value == sum.total + sum.current && sum.total == 0 && sum.current > 0) {
    end = EnglishSpokenDecimal(end, &value);
  }
  n.low = n.high = value;
  if (end == k + 1 && w.num == NumClass::kEnUnit && w.value == 1 && EnglishOneIsNoCount(k)) {
    return std::nullopt;
  }
  return Close(n, end);
}

Numeral Reader::EnglishVague(uint32_t k, const WordInfo& w, Numeral n) const {
  // "tens of thousands", "hundreds of millions": the second plural scales both ends.
  const WordInfo* big = Exact(k + 2);
  if (IsPartitive(k + 1) && big != nullptr && big->num == NumClass::kVague && big->english &&
      big->value >= 1000) {
    return Vague(n, w, std::pow(10.0, std::floor(std::log10(big->value))), k + 3);
  }
  return Vague(n, w, 0, k + 1);
}

std::optional<Numeral> Reader::EnglishFractionWord(uint32_t k, const WordInfo& w,
                                                   Numeral n) const {
  // "half a million"
  const WordInfo* a = Exact(k + 1);
  const WordInfo* m = Exact(k + 2);
  if (a != nullptr && (a->roles & kRoleArticleOne) && m != nullptr &&
      m->num == NumClass::kMultiplier && m->english) {
    n.low = n.high = w.value * m->value;
    return Close(n, k + 3);
  }
  // "half of the workers", "half the budget": a share; not "the first half of".
  const WordInfo* prev = Exact(k - 1);
  const bool after_rank = prev != nullptr && (prev->num == NumClass::kOrdinal ||
                                              (prev->roles & kRoleDeterminer) ||
                                              (prev->roles & kRoleArticleOne));
  if (w.form == MultForm::kSingular && !after_rank &&
      (IsPartitive(k + 1) || (a != nullptr && (a->roles & kRoleDeterminer)))) {
    n.low = n.high = w.value;
    n.kind = NumberKind::kFraction;
    n.kind_fixed = true;
    return Close(n, k + 1);
  }
  return std::nullopt;
}

std::optional<Numeral> Reader::EnglishArticleFraction(uint32_t k, Numeral n) const {
  // "a quarter of", "a third of", "a quarter million": a fraction needs "of" or a multiplier
  // after it, or "a third" is an ordinal ("a third term").
  std::optional<double> frac = EnglishDenominator(k + 1, true);
  if (!frac) return std::nullopt;
  const WordInfo* m = Exact(k + 2);
  if (m != nullptr && m->english && m->num == NumClass::kMultiplier &&
      !(m->roles & kRoleGluedOnly)) {
    n.low = n.high = *frac * m->value;
    return Close(n, k + 3);
  }
  if (IsPartitive(k + 2)) {
    n.low = n.high = *frac;
    return Close(n, k + 2);
  }
  return std::nullopt;
}

EnglishSum Reader::EnglishCardinal(uint32_t k) const {
  EnglishSum sum;
  double& total = sum.total;
  double& current = sum.current;
  // What the last word was: a unit may not follow a unit ("one two"), nor a teen a tens.
  enum class Last { kNone, kUnit, kTens, kHundred, kScale } last = Last::kNone;
  uint32_t pos = k;
  sum.end = k;
  while (IsWord(pos)) {
    const WordInfo* x = Exact(pos);
    if (x == nullptr) break;
    if ((x->roles & kRoleArticleOne) && last == Last::kNone) {
      // "a million", "a hundred": the article is one, only before a scale.
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
      // "one hundred and five": "and" joins only a unit or tens after a scale.
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
    sum.end = pos;
  }
  sum.small = total == 0 && current >= 1 && current < 100 &&
              (last == Last::kUnit || last == Last::kTens);
  return sum;
}

uint32_t Reader::EnglishFractionTail(uint32_t end, double current, double* value) const {
  // "two thirds of", "three-quarters", "one fifth of": a numerator and its denominator. The
  // denominator needs a hyphen, "of", or nothing after it, so "in two quarters" stays two.
  const bool hyphen = IsPunct(end, "-") && Glued(end) && Glued(end + 1);
  const uint32_t d = hyphen ? end + 1 : end;
  if (auto frac = EnglishDenominator(d, current == 1)) {
    if (*frac < 1 && (hyphen || IsPartitive(d + 1) || !IsWord(d + 1))) {
      *value = current * *frac;
      return d + 1;
    }
  }
  return end;
}

uint32_t Reader::EnglishAndAFraction(uint32_t end, double* value) const {
  // "two and a half", "one and a quarter million".
  const WordInfo* and_word = Exact(end);
  if (and_word == nullptr || !(and_word->roles & kRoleAnd) || !IsWord(end + 2)) return end;
  const WordInfo* a = Exact(end + 1);
  if (a == nullptr || !(a->roles & kRoleArticleOne)) return end;
  const std::optional<double> frac = EnglishDenominator(end + 2, true);
  if (!frac) return end;
  *value += *frac;
  return EnglishScale(end + 3, value);
}

uint32_t Reader::EnglishSpokenDecimal(uint32_t end, double* value) const {
  // "two point five million": spoken decimal digits, one word each.
  const WordInfo* point = Exact(end);
  if (point == nullptr || !(point->roles & kRoleDecimalWord) || !point->english) return end;
  double digits = 0, scale = 1;
  uint32_t q = end + 1;
  for (const WordInfo* dw = Exact(q);
       dw != nullptr && dw->english &&
       (dw->num == NumClass::kEnUnit || dw->num == NumClass::kZero) && dw->value < 10;
       dw = Exact(++q)) {
    digits = digits * 10 + dw->value;
    scale *= 10;
  }
  if (q == end + 1) return end;
  *value += digits / scale;
  return EnglishScale(q, value);
}

uint32_t Reader::EnglishScale(uint32_t end, double* value) const {
  const WordInfo* m = Exact(end);
  if (m == nullptr || !m->english || m->num != NumClass::kMultiplier ||
      (m->roles & kRoleGluedOnly)) {
    return end;
  }
  *value *= m->value;
  return end + 1;
}

bool Reader::EnglishOneIsNoCount(uint32_t k) const {
  // "one" after "no", "the", "any" is not a count.
  const WordInfo* prev = Exact(k - 1);
  if (prev != nullptr && (prev->roles & kRoleOneBlocker)) return true;
  // "one of the victims", "one of 12 hostages": a member of a set, not a count of one.
  const WordInfo* det = Exact(k + 2);
  return IsPartitive(k + 1) &&
         ((det != nullptr && (det->roles & kRoleDeterminer)) || IsNumber(k + 2));
}

// "a quarter of a billion", "three quarters of a million": a share of a multiplier is a
// quantity (250e6, 750000), not a fraction and a count.
void Reader::ApplyFractionOfMultiplier(Numeral& n) const {
  if (n.vague || !(n.low > 0 && n.low < 1) || !IsPartitive(n.end)) return;
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

}  // namespace mizan::number_reader
