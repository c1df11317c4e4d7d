// Ranges, qualifiers and bounds around a numeral: "ما بين 10 آلاف و12 ألف", "من 10000 إلى
// 12000", "10-15", the compound "مليوناً و800 ألف", scores and day ranges ("3-1", "Oct.
// 3-7"), a qualifier before or after ("أكثر من", "at least", "أو أكثر") and a two-sided bound
// ("more than 20 but fewer than 40"). The phrases are core/lexicons/qualifiers.tsv; the
// matching of phrases against tokens is here too.
#include <cmath>
#include <optional>
#include <string_view>

#include "core/lemmatizer.h"
#include "core/number_reader.h"

namespace mizan::number_reader {
namespace {

NumericValue Bounded(Qualifier q, double value) {
  NumericValue v;
  v.qualifier = q;
  switch (q) {
    case Qualifier::kAtLeast:
    case Qualifier::kMoreThan:
      v.low = value;
      break;
    case Qualifier::kAtMost:
    case Qualifier::kLessThan:
      v.high = value;
      break;
    default:
      v.low = value;
      v.high = value;
  }
  return v;
}

}  // namespace

// ---- ranges ----------------------------------------------------------------------------------

bool Reader::ReadRange(Numeral& n, Reading& r) const {
  // Range: X (و|إلى|-|to|and) Y, with an opener for و/and (بين) and optional for إلى.
  RangeJoin join;
  const std::optional<Numeral> second = SecondBound(n, r.kind, &join);
  if (!second) return false;
  const RangeOpener opener = FindRangeOpener(n);
  // "مليوناً و800 ألف", "ملياران و500 مليون", "ألف و200": with no opener, a number that
  // ends in a multiplier and a smaller number after و are one compound number. (An opener
  // that wants إلى, as the من of "أكثر من مليون و200 ألف", makes no و range.)
  if (join.waw && (opener.phrase == nullptr || opener.phrase->range_from) &&
      !opener.year_cue && JoinCompound(n, *second, r)) {
    return false;
  }
  if (join.dash && ReadScoreOrDays(n, *second, r)) return true;
  // و/and needs بين/between; إلى/to takes من/from or nothing; a dash takes anything.
  // ("ما بين 10 إلى 15", "between 10 to 15" are common enough to read as ranges.)
  if (join.needs_opener && (opener.phrase == nullptr || opener.phrase->range_from)) return false;
  return ReadRangeBounds(n, *second, opener, r);
}

std::optional<Numeral> Reader::SecondBound(const Numeral& n, NumberKind kind,
                                           RangeJoin* join) const {
  uint32_t j = n.end;
  // "5% to 7%", "بين 5% و7%": the first bound may carry its own percent sign.
  const bool first_percent = IsPunct(j, "%") || IsPunct(j, "٪");
  if (first_percent) ++j;
  if (!In(j) || n.vague) return std::nullopt;
  for (const Phrase& p : t_.range_joins) {
    auto after = MatchAfter(p, j);
    if (!after || !In(*after)) continue;
    if (T(*after).kind == TokenKind::kWord && Lookup(*after).info == nullptr) continue;
    // "between $20,000 and $35,000": the sign may repeat on the second bound.
    const uint32_t at = T(*after).kind == TokenKind::kPunct && IsCurrencySign(Tok(*after)) &&
                                IsNumber(*after + 1) && Glued(*after + 1)
                            ? *after + 1
                            : *after;
    std::optional<Numeral> second = ParseAt(at);
    const char* unused = nullptr;
    if (second && !second->skip && !second->vague &&
        (!second->kind_fixed || second->kind == kind) &&
        (!first_percent || KindFromContext(*second, &unused) == NumberKind::kPercent)) {
      join->waw = p.words[0] == kWaw;
      join->needs_opener = p.needs_opener;
      join->dash = p.dash;
      return second;
    }
  }
  // و glued as a proclitic of a number word: "ثلاثين وأربعين" is not a compound.
  if (IsWord(j) && !first_percent) {
    std::optional<Numeral> glued = ParseAt(j);
    if (glued && glued->conj && !glued->skip && !glued->vague && !glued->kind_fixed) {
      join->waw = true;
      join->needs_opener = true;
      return glued;
    }
  }
  return std::nullopt;
}

RangeOpener Reader::FindRangeOpener(const Numeral& n) const {
  // Opener: ما بين / بين / من / between / from, maybe with a year cue (بين عامي).
  RangeOpener opener;
  uint32_t end = n.first;
  if (In(end - 1) && IsCurrencySign(Tok(end - 1))) --end;  // between $20
  if (In(end - 1)) {
    const WordHit cue = Lookup(end - 1);
    if (cue.info != nullptr && (cue.info->roles & kRoleYearCue) &&
        cue.info->num == NumClass::kNone && !(cue.info->roles & kRoleFunction)) {
      opener.year_cue = true;
      --end;
    }
  }
  opener.end = end;
  opener.first = end;
  for (const Phrase& p : t_.qualifiers_before) {
    if (!p.range_open) continue;
    if (auto f = MatchBefore(p, end)) {
      if (opener.phrase == nullptr || *f < opener.first) {
        opener.phrase = &p;
        opener.first = *f;
      }
    }
  }
  return opener;
}

bool Reader::JoinCompound(Numeral& n, const Numeral& second, Reading& r) const {
  if (n.vague || second.vague || !(n.has_mult || !IsNumber(n.first)) || !(n.low >= 1000) ||
      !(second.low >= 1)) {
    return false;
  }
  double unit = n.has_mult ? n.mult_scale : 1;
  if (!n.has_mult) {
    while (unit < 1e12 && std::fmod(n.low, unit * 1000) == 0) unit *= 1000;
  }
  // "مليوناً و800 ألف": the accusative singular (مليونا, read alone as the construct
  // dual 2x) is one million before و and a smaller number.
  const WordInfo* lone = n.end == n.first + 1 ? Exact(n.first) : nullptr;
  const bool accusative = lone != nullptr && lone->num == NumClass::kMultiplier &&
                          lone->form == MultForm::kAccusative && n.low == 2 * lone->value;
  if (accusative) unit = lone->value;
  if (unit < 1000 || std::fmod(n.low, unit) != 0 || second.low >= unit || second.kind_fixed) {
    return false;
  }
  if (accusative) n.low = lone->value;
  n.low = n.high = n.low + second.low;
  n.end = second.end;
  n.end_byte = second.end_byte;
  n.has_mult = true;
  n.mult_scale = second.has_mult ? second.mult_scale : 1;
  n.plain_int = false;
  r.end = n.end;
  r.end_byte = n.end_byte;
  return true;
}

bool Reader::ReadScoreOrDays(const Numeral& n, const Numeral& second, Reading& r) const {
  // "3-1", "a 5-2 lead": a score (the first number not below the second), and "Oct.
  // 3-7", "3-7 مارس": days of a month. Neither is a count.
  const bool glued_pair = n.plain_int && second.plain_int && Glued(n.end) && Glued(n.end + 1);
  const bool small_pair = glued_pair && n.low <= 31 && second.low <= 31;
  const bool month = small_pair && (MonthBefore(n.first) || MonthStartsAt(second.end));
  // A falling pair is no range at any size: a tally ("52-48 in favour", "220-212").
  const bool tally = glued_pair && n.low > second.low;
  bool score = (small_pair && !month && n.low >= second.low) || tally;
  // "lost 1-3", "a 1-2 defeat", "خسر 1-3": a score word near the pair.
  for (uint32_t b = 1; small_pair && !month && !score && b <= 3; ++b) {
    score = (IsWord(n.first - b) && HasRole(n.first - b, kRoleScoreCue)) ||
            (IsWord(second.end + b - 1) && HasRole(second.end + b - 1, kRoleScoreCue));
  }
  if (!month && !score) return false;
  r.first = n.first;
  r.end = second.end;
  r.end_byte = second.end_byte;
  r.value.low = n.low;
  r.value.high = month ? second.low : n.low;
  r.value.qualifier = month ? Qualifier::kRange : Qualifier::kExact;
  r.kind = month ? NumberKind::kDate : NumberKind::kOther;
  return true;
}

bool Reader::ReadRangeBounds(const Numeral& n, const Numeral& second, const RangeOpener& opener,
                             Reading& r) const {
  double low = n.low, high = second.low;
  // Shared multiplier: "بين 10 و12 ألفًا" = 10000..12000.
  if (!n.has_mult && second.has_mult && low * second.mult_scale <= high) {
    low *= second.mult_scale;
  }
  if (!(low <= high)) return false;
  r.first = n.first;
  r.end = second.end;
  r.end_byte = second.end_byte;
  r.value.low = low;
  r.value.high = high;
  r.value.qualifier = Qualifier::kRange;
  if (opener.phrase != nullptr) {
    r.qualifier = ByteSpan{T(opener.first).norm_span.begin, T(opener.end - 1).norm_span.end};
  }
  if (n.kind_fixed) {
    r.kind = n.kind;
  } else if (opener.year_cue || (LooksLikeYear(n) && LooksLikeYear(second))) {
    r.kind = NumberKind::kYear;
  } else {
    // The unit and kind come after the second bound; a range of days or years read so is
    // a count ("بين 10 و15 مايو" was read as days above).
    r.kind = KindFromContext(second, &r.time_unit);
    if (r.kind == NumberKind::kYear || r.kind == NumberKind::kDate) r.kind = NumberKind::kQuantity;
  }
  return true;
}

// ---- qualifiers and bounds ---------------------------------------------------------------

void Reader::ReadSingle(const Numeral& n, Reading& r) const {
  if (!n.kind_fixed) r.kind = KindFromContext(n, &r.time_unit);
  Qualifier q = n.vague ? Qualifier::kVague : Qualifier::kExact;
  if (r.kind != NumberKind::kOrdinal && r.kind != NumberKind::kYear &&
      r.kind != NumberKind::kDate) {
    const Phrase* best = QualifierBefore(n, r);
    if (best == nullptr) best = QualifierAfter(r);
    if (best != nullptr && !n.vague) q = best->qualifier;
  }
  if (n.vague) {
    r.value.low = n.low;
    r.value.high = n.high;
    r.value.qualifier = r.kind == NumberKind::kYear ? Qualifier::kRange : Qualifier::kVague;
    return;
  }
  r.value = Bounded(q, n.low);
  if (q == Qualifier::kMoreThan || q == Qualifier::kAtLeast) ReadTwoSidedBound(n, r);
}

const Phrase* Reader::QualifierBefore(const Numeral& n, Reading& r) const {
  // Longest phrase wins. A currency sign may stand between the qualifier and the digits:
  // "more than $2 billion", "about €5 million". So may an opening parenthesis: "ما يزيد على
  // (000ر22) مسلم". So may a currency code: "up to AED10,000", "more than USD 5 million".
  const uint32_t first = r.first;
  const uint32_t qualified =
      In(first - 1) && (IsCurrencySign(Tok(first - 1)) || IsPunct(first - 1, "(") ||
                        (n.currency && IsWord(first - 1) && HasRole(first - 1, kRoleCurrency)))
          ? first - 1
          : first;
  const Phrase* best = nullptr;
  uint32_t best_first = first;
  uint32_t best_end = qualified;
  // A bound verb may come before "عدد X" (the number of X): "لا يتجاوز عدد العمال 200",
  // "تجاوز عدد القتلى 100".
  const bool count_of = IsWord(qualified - 1) && IsWord(qualified - 2) &&
                        Tok(qualified - 2) == "عدد";
  for (const uint32_t at : {qualified, count_of ? qualified - 2 : qualified}) {
    for (const Phrase& p : t_.qualifiers_before) {
      if (p.range_open || (at != qualified && p.qualifier == Qualifier::kApprox)) continue;
      if (auto f = MatchBefore(p, at)) {
        if (best == nullptr || *f < best_first) {
          best = &p;
          best_first = *f;
          best_end = at;
        }
      }
    }
    if (best != nullptr || !count_of) break;
  }
  if (best != nullptr) {
    r.qualifier = ByteSpan{T(best_first).norm_span.begin, T(best_end - 1).norm_span.end};
  }
  return best;
}

const Phrase* Reader::QualifierAfter(Reading& r) const {
  // "60% or less", "70 في المئة أو أكثر": after the percent sign or words.
  const uint32_t after = r.kind == NumberKind::kPercent ? AfterPercentMark(r.end) : r.end;
  for (uint32_t gap = 0; gap < 2; ++gap) {
    if (gap == 1 && !IsWord(after)) break;
    for (const Phrase& p : t_.qualifiers_after) {
      if (auto e = MatchAfter(p, after + gap)) {
        r.qualifier = ByteSpan{T(after + gap).norm_span.begin, T(*e - 1).norm_span.end};
        return &p;
      }
    }
  }
  return nullptr;
}

void Reader::ReadTwoSidedBound(const Numeral& n, Reading& r) const {
  // A two-sided bound is one range: "more than 20 but fewer than 40", "at least 150
  // and at most 200", "أكثر من 20 وأقل من 40", "على الأقل 60 وعلى الأكثر 90".
  uint32_t j = r.kind == NumberKind::kPercent ? AfterPercentMark(r.end) : r.end;
  if (IsPunct(j, ",") || IsPunct(j, "،")) ++j;
  if (IsWord(j) && HasRole(j, kRoleBoundJoin) && Exact(j) != nullptr) ++j;
  uint32_t bound_end = 0;
  const Phrase* upper = BoundPhraseAt(j, &bound_end);
  if (upper == nullptr ||
      (upper->qualifier != Qualifier::kAtMost && upper->qualifier != Qualifier::kLessThan)) {
    return;
  }
  // "$1m but less than $2m": the currency may repeat on the second bound.
  if (In(bound_end) && IsCurrencySign(Tok(bound_end)) && IsNumber(bound_end + 1) &&
      Glued(bound_end + 1)) {
    ++bound_end;
  }
  std::optional<Numeral> top = In(bound_end) ? ParseAt(bound_end) : std::nullopt;
  const char* unused = nullptr;
  const NumberKind top_kind = top ? KindFromContext(*top, &unused) : NumberKind::kQuantity;
  // "more than 20 and under 40 per cent": the percent of the second bound is both's.
  if (top && !top->skip && !top->vague && !top->kind_fixed && top->low > n.low &&
      (top_kind == r.kind ||
       (r.kind == NumberKind::kQuantity && top_kind == NumberKind::kPercent))) {
    r.kind = top_kind;
    r.value.high = top->low;
    r.value.qualifier = Qualifier::kRange;
    r.end = top->end;
    r.end_byte = top->end_byte;
  }
}

const Phrase* Reader::BoundPhraseAt(uint32_t k, uint32_t* end) const {
  if (!IsWord(k)) return nullptr;
  const Phrase* best = nullptr;
  for (const Phrase& p : t_.qualifiers_before) {
    if (p.range_open || p.qualifier == Qualifier::kApprox) continue;
    const auto size = static_cast<uint32_t>(p.words.size());
    bool ok = true;
    for (uint32_t i = 0; i < size && ok; ++i) {
      if (!In(k + i)) {
        ok = false;
        break;
      }
      std::string_view t = Tok(k + i);
      // The first word may carry a conjunction: "وأقل من", "وعلى الأكثر".
      if (i == 0 && t.size() == p.words[0].size() + 2 && IsConjunctionLetter(t.substr(0, 2))) {
        t = t.substr(2);
      }
      ok = EqualsWord(t, p.words[i]);
    }
    if (ok && (best == nullptr || size > best->words.size())) {
      best = &p;
      *end = k + size;
    }
  }
  return best;
}

// ---- phrase matching ---------------------------------------------------------------------

std::optional<uint32_t> Reader::MatchWordsBefore(const Phrase& p, uint32_t end) const {
  const auto size = static_cast<uint32_t>(p.words.size());
  const uint32_t first = end - size;
  // Last word first: it is next to the number and rejects most phrases at once.
  for (uint32_t i = size; i-- > 0;) {
    const uint32_t k = first + i;
    if (T(k).kind == TokenKind::kNumber) return std::nullopt;
    std::string_view s = Tok(k);
    if (EqualsWord(s, p.words[i])) continue;
    // The first word may carry a proclitic: "وأكثر من", "بنحو".
    if (i == 0 && s.size() > p.words[i].size() + 1 && s.size() <= p.words[i].size() + 4 &&
        s.substr(s.size() - p.words[i].size()) == p.words[i]) {
      const std::string_view pre = s.substr(0, s.size() - p.words[i].size());
      if (IsProcliticChain(pre)) continue;
    }
    return std::nullopt;
  }
  return first;
}

uint32_t Reader::AfterPercentMark(uint32_t k) const {
  if (IsPunct(k, "%") || IsPunct(k, "٪")) return k + 1;
  for (const Phrase& p : t_.percent_phrases) {
    if (auto e = MatchAfter(p, k)) return *e;
  }
  return k;
}

std::optional<uint32_t> Reader::MatchAfter(const Phrase& p, uint32_t k) const {
  const auto size = static_cast<uint32_t>(p.words.size());
  for (uint32_t i = 0; i < size; ++i) {
    if (!In(k + i) || !EqualsWord(Tok(k + i), p.words[i])) return std::nullopt;
  }
  return k + size;
}

}  // namespace mizan::number_reader
