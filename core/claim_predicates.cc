// What happened to the counted thing: the predicate of predicates.tsv nearest the number in
// its clause (FindPredicate), the rewrites of predicate_rewrites.tsv, and the cues that make
// a count an increment ("3,000 more troops") or forward-looking ("will send"). Part of the
// ClaimReader (claim_reader.h).

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/claim_reader.h"

namespace mizan::claim_reader {

void ClaimReader::FindPredicate(Claim& claim) {
  using Match = PhraseMatch<ClaimLexicon::PredicateEntry>;
  Match chosen;
  // Before the number, in its clause: the phrase ending nearest the number, longest first
  // ("بمقتل أو إصابة" over "إصابة").
  const uint32_t first = m_.first_token;
  const uint32_t clause = ClauseStart(first, true, true);
  const uint32_t from = std::max(clause, first > kPredicateWindowBefore ? first - kPredicateWindowBefore : 0u);
  for (uint32_t j = from; j < first; ++j) {
    Match m = PredicateAt(j, first);
    if (!m || !VerbReadingHolds(m.begin, clause) || !AppliesHere(*m.value)) continue;
    if (!chosen || m.end > chosen.end || (m.end == chosen.end && m.begin < chosen.begin)) chosen = m;
  }
  predicate_before_ = static_cast<bool>(chosen);
  predicate_begin_ = chosen.begin;
  // Else after the counted noun, before the clause ends: "1500 جندي ... وصلوا".
  if (!chosen) chosen = PredicateAfter(clause);
  // "..., and 45 were injured": a verb before a coordinator is the earlier clause's when
  // the number's own clause has one after it.
  if (chosen && CoordinatorBetween(chosen.end, first)) {
    if (Match after = PredicateAfter(clause)) {
      chosen = after;
      predicate_before_ = false;
    }
  }
  // A noun of a state (units.tsv "state": detainees, captives) takes an act only from its
  // own conjunct: "أسيرا واحدا في الاعتقال الإداري وأربعة معتقلين يخوضون إضرابا" counts four
  // people held, not an arrest.
  if (chosen && predicate_before_ && unit_ != nullptr && unit_->state && ConjunctionBetween(chosen.end, first)) {
    chosen = Match();
    predicate_before_ = false;
  }
  std::string id = chosen ? chosen.value->id : ImpliedPredicate();
  if (id.empty() && death_toll_) id = "killed";
  // "ارتفع عدد الضحايا إلى 15 شخصا": the count noun's own event.
  if (id.empty() && !measure_ && (unit_ == nullptr || unit_->category == UnitCategory::kPeople)) id = CountNounPredicate();
  // A magnitude is measured, not counted: no event happens to it ("a magnitude 6 quake struck").
  if (measure_) {
    chosen = Match();
    id = "";
  }
  if (id.empty() && HeadReadsAsWound()) id = "wounded";
  // What is counted, or a disease near it, may show another event (predicate_rewrites.tsv).
  for (const ClaimLexicon::PredicateRewrite& rule : t_.predicate_rewrites) {
    if (rule.family == id && RewriteHolds(rule)) {
      id = rule.when == ClaimLexicon::RewriteWhen::kNounEvent ? unit_->implied_predicate : rule.becomes;
      break;
    }
  }
  claim.predicate = id;
  const bool* cumulative = index_.cumulative.Find(id);
  claim.cumulative = cumulative != nullptr && *cumulative;
  const bool* casualty = index_.casualty.Find(id);
  claim.casualty = casualty != nullptr && *casualty;
  claim.forward_looking = chosen && chosen.flag;
}

// The first predicate after the counted noun, before the clause ends.
PhraseMatch<ClaimLexicon::PredicateEntry> ClaimReader::PredicateAfter(uint32_t clause) const {
  uint32_t words = 0;
  for (uint32_t j = AfterQuantity(); j < sentence_end_ && words < kPredicateWindowAfter; ++j) {
    if (IsBoundary(j) || text_.tokens[j].kind == TokenKind::kNumber) break;
    if (!IsWord(text_, j)) continue;
    ++words;
    if (const auto cue = matcher_.Match(Lex::kCue, index_.cues, j, sentence_end_);
        cue && (*cue.value == CueRole::kComplementizer || *cue.value == CueRole::kCoordinator)) {
      break;
    }
    auto found = PredicateAt(j, sentence_end_);
    if (found && VerbReadingHolds(found.begin, clause) && AppliesHere(*found.value)) return found;
    if (found) break;
  }
  return {};
}

// A coordinator ("and", "while", "بينما") among the tokens [begin, end).
bool ClaimReader::CoordinatorBetween(uint32_t begin, uint32_t end) const {
  for (uint32_t j = begin; j < end; ++j) {
    if (IsWord(text_, j) && CueAt(j, CueRole::kCoordinator) > 0) return true;
  }
  return false;
}

// Whether a new conjunct opens between token `begin` and the number at `number`: a
// coordinator cue, a lone "و", or "و" on the number word itself ("وأربعة"; "واحد" is the
// numeral one, its و a letter of the word).
bool ClaimReader::ConjunctionBetween(uint32_t begin, uint32_t number) const {
  constexpr std::string_view kWaw = "\xD9\x88";                       // و
  constexpr std::string_view kOne = "\xD9\x88\xD8\xA7\xD8\xAD\xD8\xAF";  // واحد
  if (CoordinatorBetween(begin, number)) return true;
  for (uint32_t j = begin; j < number; ++j) {
    if (IsWord(text_, j) && Text(j) == kWaw) return true;
  }
  const std::string_view w = Text(number);
  return w.size() > kWaw.size() && w.substr(0, kWaw.size()) == kWaw && w.substr(0, kOne.size()) != kOne;
}

// "عبر" is crossed as a verb and "via" as a preposition: a verb opens its clause (VSO news
// order, "عبر 2000 مهاجر البحر"), a preposition follows what it routes ("وصلوا عبر البحر").
bool ClaimReader::VerbReadingHolds(uint32_t begin, uint32_t clause) const {
  return begin == clause || CueAt(begin, CueRole::kVerbIfInitial) == 0;
}

// What kind of thing the number counts: a share for a percent or a fraction, else its
// unit's category; std::nullopt when units.tsv does not know the noun (or there is none).
std::optional<UnitCategory> ClaimReader::CountedKind() const {
  if (m_.kind == NumberKind::kPercent || m_.kind == NumberKind::kFraction) return UnitCategory::kShare;
  if (unit_ != nullptr) return unit_->category;
  return std::nullopt;
}

// A predicate surface can happen to what this number counts (predicates.tsv kinds): a
// price that "reached" 50 dollars, a share that "reached" 5%, arrived nowhere.
bool ClaimReader::AppliesHere(const ClaimLexicon::PredicateEntry& predicate) const {
  const std::optional<UnitCategory> kind = CountedKind();
  return kind ? predicate.AppliesTo(*kind) : !predicate.known_kinds_only;
}

// The condition of a predicate_rewrites.tsv row holds for this claim.
bool ClaimReader::RewriteHolds(const ClaimLexicon::PredicateRewrite& rule) const {
  switch (rule.when) {
    case ClaimLexicon::RewriteWhen::kAlways: return true;
    case ClaimLexicon::RewriteWhen::kUnit: return unit_ != nullptr && unit_->unit == rule.unit;
    case ClaimLexicon::RewriteWhen::kUnitCategory: return CountedKind() == rule.category;
    case ClaimLexicon::RewriteWhen::kNotUnitCategory: {
      const std::optional<UnitCategory> kind = CountedKind();
      return kind && *kind != rule.category;
    }
    case ClaimLexicon::RewriteWhen::kDiseaseNear: return DiseaseNear();
    case ClaimLexicon::RewriteWhen::kNounEvent: return unit_ != nullptr && !unit_->implied_predicate.empty();
  }
  return false;
}

// The counted noun is itself a wounding noun ("3400 إصابة"): its event, for the disease frame.
bool ClaimReader::HeadReadsAsWound() const {
  if (!head_) return false;
  auto m = PredicateAt(head_begin_, head_end_);
  return m && m.value->id == "wounded";
}

// A ب-marked disease among the few words after (`step` +1) or before (-1) the count, up to
// a boundary or another number.
bool ClaimReader::DiseaseWithin(int step) const {
  uint32_t words = 0;
  for (int64_t j = step > 0 ? int64_t{m_.end_token} : int64_t{m_.first_token} - 1;
       j >= int64_t{sentence_begin_} && j < int64_t{sentence_end_} && words < kSubjectWindowAfter;
       j += step) {
    const auto k = static_cast<uint32_t>(j);
    if (IsBoundary(k) || text_.tokens[k].kind == TokenKind::kNumber) break;
    if (!IsWord(text_, k)) continue;
    ++words;
    if (Text(k).substr(0, 2) == "\xD8\xA8" /* ب */ && CueAt(k, CueRole::kDisease) > 0) return true;
  }
  return false;
}

bool ClaimReader::FindIncrement() const {
  // "3000 جندي إضافي", "3,000 more troops", "an additional 3,000 troops".
  uint32_t words = 0;
  for (uint32_t j = m_.end_token; j < sentence_end_ && words < kSubjectWindowAfter; ++j) {
    if (IsBoundary(j) || text_.tokens[j].kind == TokenKind::kNumber) break;
    if (!IsWord(text_, j)) continue;
    ++words;
    if (CueAt(j, CueRole::kIncrement) > 0) return true;
    if (CueAt(j, CueRole::kPlacePrep) > 0 || CueAt(j, CueRole::kComplementizer) > 0) break;
    if (head_ && j >= head_end_) {
      // Past the noun only its nationality adjectives may stand before إضافي.
      auto p = PlaceAt(j, sentence_end_);
      if (!p) break;
      j = p.end - 1;
    }
  }
  for (uint32_t back = 1; back <= 2 && m_.first_token >= sentence_begin_ + back; ++back) {
    uint32_t j = m_.first_token - back;
    if (IsWord(text_, j) && IsLatinWord(Text(j)) && CueAt(j, CueRole::kIncrement) > 0 &&
        AsciiLower(Text(j)) != "more") {
      return true;
    }
  }
  return false;
}

bool ClaimReader::FindForward() const {
  const uint32_t start = ClauseStart(m_.first_token, true, false);
  uint32_t end = AfterQuantity();
  while (end < sentence_end_ && !IsBoundary(end)) ++end;
  for (uint32_t j = start; j < end; ++j) {
    if (j >= m_.first_token && j < m_.end_token) continue;
    if (CueAt(j, CueRole::kForward) > 0) return true;
  }
  return false;
}

}  // namespace mizan::claim_reader
