// The claim builder's insides (private to core/claims.cc and core/claim_*.cc): the
// ClaimReader that BuildClaims runs over each quantity, percent or fraction mention to read
// what the number counts, what happened to it, whose it is and where.
//
//   SentenceMatcher matcher(text, lexicon.index());  // claim_matcher.h
//   ClaimReader reader(text, lexicon.tables(), matcher, mention);
//   reader.Read(claim);  // unit, counted, predicate, subject, increment, place
//
// The reader is one class split over files by what each part reads:
//   claims.cc             the driver: Read, BuildClaims, MarkBackgroundEvents
//   claim_counted.cc      the counted noun and its unit (FindHead, Counted), a count named
//                         before the number, nouns shared by listed numbers
//   claim_predicates.cc   the predicate (FindPredicate) and its rewrites, increment, forward
//   claim_places.cc       the subject (FindSubject) and the place (FindPlace), and a placeless
//                         claim's place from its domestic source (PlaceFromDomesticSource)
//   claim_lexicon.cc      loading the claim lexicons (units, places, predicates, cues, ...)
//   claim_matcher.h       the phrase matcher over one document
// The word tests every part uses (CueAt, PlaceAt, UnitAt, ClauseStart, ...) are inline here.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/claim_matcher.h"
#include "core/claims.h"
#include "core/lemmatizer.h"

namespace mizan::claim_reader {

using Tables = ClaimLexicon::Tables;

// How far from the number the builder looks, in tokens. News clauses that carry a count
// rarely put its verb or noun further away; a wider window mostly catches the next clause.
inline constexpr uint32_t kPredicateWindowBefore = 8;
inline constexpr uint32_t kPredicateWindowAfter = 8;
inline constexpr uint32_t kSubjectWindowAfter = 6;
// A count named before its number may stand further off than a verb: "the death toll from
// the flash floods in the valley rose to 13".
inline constexpr uint32_t kCountWindowBefore = 12;
inline constexpr uint32_t kEnglishHeadWindow = 4;
// What an amount or a rate measures is named close before it: "عجز الميزانية بلغ نحو 20
// مليار", "revenues for the year are expected to reach $5 billion".
inline constexpr uint32_t kMeasureWindowBefore = 8;
inline constexpr uint32_t kGenericPlaceWords = 3;

// The key a lexicon surface is stored and matched under (claim_lexicon.cc).
std::string FoldKey(std::string_view surface);

inline bool HasAsciiUpper(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

class ClaimReader {
 public:
  ClaimReader(const AnalyzedText& text, const Tables& t, SentenceMatcher& matcher, const NumberMention& m)
      : text_(text), t_(t), matcher_(matcher), index_(matcher.index()), m_(m) {
    const Sentence& s = text.sentences[m.sentence];
    sentence_begin_ = s.first_token;
    sentence_end_ = s.end_token;
    matcher_.Enter(sentence_begin_, sentence_end_);
  }

  // What the number counts, what happened to it, whose it is and where (claims.cc).
  void Read(Claim& claim);

  uint32_t head_begin() const { return head_begin_; }
  uint32_t head_end() const { return head_end_; }
  bool has_head() const { return head_; }
  // The number stands for the noun of an earlier count ("وإصابة 20 آخرين", "9 منهم").
  bool elliptic() const { return elliptic_; }

 private:
  // Where the counted noun's reading ends: after the head when there is one.
  uint32_t AfterQuantity() const { return head_ && head_begin_ >= m_.end_token ? head_end_ : m_.end_token; }

  std::string_view Text(uint32_t i) const { return text_.TokenText(i); }

  bool IsBoundary(uint32_t i) const {
    if (text_.tokens[i].kind != TokenKind::kPunct) return false;
    std::string_view p = Text(i);
    return p == "," || p == "\xD8\x8C" /* ، */ || p == ";" || p == "\xD8\x9B" /* ؛ */ || p == ":" ||
           p == "." || p == "!" || p == "?" || p == "\xD8\x9F" /* ؟ */;
  }

  // The length of a cue of `role` starting at `i`, or 0.
  uint32_t CueAt(uint32_t i, CueRole role) const {
    auto match = matcher_.Match(Lex::kCue, index_.cues, i, sentence_end_);
    if (!match || *match.value != role) return 0;
    return match.end - match.begin;
  }

  PhraseMatch<ClaimLexicon::PlaceEntry> PlaceAt(uint32_t i, uint32_t limit) const {
    auto match = matcher_.Match(Lex::kPlace, index_.places, i, limit);
    // A homograph ("مالي" = Mali / financial) is a place only as written, bare: "المالية",
    // "ماليا", "بمالي" are the adjective. Where it may stand is left to the callers.
    if (match && match.value->kind == PlaceKind::kHomograph && (match.end != match.begin + 1 || Text(i) != match.key)) return {};
    if (match && index_.case_sensitive_places.Contains(match.key)) {
      // Acronyms ("US", "UK") only match in capitals: "us" is a pronoun.
      for (uint32_t k = match.begin; k < match.end; ++k) {
        if (!HasAsciiUpper(Text(k))) return {};
      }
    }
    return match;
  }

  PhraseMatch<ClaimLexicon::PredicateEntry> PredicateAt(uint32_t i, uint32_t limit) const {
    return matcher_.Match(Lex::kPredicate, index_.predicates, i, limit);
  }

  PhraseMatch<size_t> UnitAt(uint32_t i, uint32_t limit) const {
    return matcher_.Match(Lex::kUnit, index_.units, i, limit);
  }

  // The first token of the clause holding token `pos`: after the last clause punctuation
  // and/or the last complementizer ("قال إن", "said that").
  uint32_t ClauseStart(uint32_t pos, bool at_punct, bool at_complementizer) const {
    for (uint32_t j = pos; j > sentence_begin_; --j) {
      if (at_punct && IsBoundary(j - 1)) return j;
      if (at_complementizer && CueAt(j - 1, CueRole::kComplementizer) == 1) return j;
    }
    return sentence_begin_;
  }

  void SetHead(uint32_t begin, uint32_t end, const ClaimLexicon::UnitEntry* unit) {
    head_ = true;
    head_begin_ = begin;
    head_end_ = end;
    unit_ = unit;
  }

  bool IsCue(uint32_t i) const {
    return static_cast<bool>(matcher_.Match(Lex::kCue, index_.cues, i, sentence_end_));
  }

  // A count named before the number in its clause: a count noun and the noun it counts
  // ("ارتفع عدد الضحايا إلى 15", "حصيلة القتلى", "the number of dead rose to 15"), or a death
  // toll ("the death toll rose to 15"). Another number in between ends the search: the noun
  // is that number's. Computed once per claim, one cue lookup per word.
  struct CountBefore {
    bool death_toll = false;
    uint32_t noun_begin = 0;  // the counted noun after the count noun; empty if none
    uint32_t noun_end = 0;
    const ClaimLexicon::UnitEntry* unit = nullptr;
    std::string predicate;  // a predicate word counted as people ("the number of injured")
  };
  // A ب-marked disease near the count: after it ("إصابة بالكوليرا", "أصيب 5 آلاف شخص بالحمى",
  // "بفيروس كورونا") or, in the nominal frame, before it ("عدد الإصابات بالحصبة بنحو 15 ألف").
  bool DiseaseNear() const { return DiseaseWithin(+1) || DiseaseWithin(-1); }

  // claim_counted.cc: the counted noun and its unit, a count named before the number.
  void FindHead();
  const CountBefore& CountNamedBefore();
  void FindCountBefore();
  std::string CountNounPredicate();
  std::string_view ShareOfMeasure() const;
  std::string_view MeasureOfPossessed(std::string_view word) const;
  std::string ImpliedPredicate() const;
  bool PlainNoun(uint32_t i) const;
  bool IsFunctionWord(std::string_view w, bool latin) const;
  static bool IsClosingMark(std::string_view p);
  std::string Counted(const Claim& claim) const;
  static bool PersonUnder(const ClaimLexicon::UnitEntry& unit, const std::string& predicate);
  bool PluralOf(uint32_t i, const ClaimLexicon::UnitEntry& unit) const;
  std::string PeopleCountedBy(const std::string& predicate) const;
  bool MembersOfGroup(uint32_t member, uint32_t words);
  bool FindPerUnit() const;
  std::string MeasuredNoun() const;
  std::string_view MeasureAt(uint32_t i) const;
  bool PriceDenominatorAt(uint32_t i) const;

  // claim_predicates.cc: the predicate and its rewrites, increment and forward-looking cues.
  void FindPredicate(Claim& claim);
  PhraseMatch<ClaimLexicon::PredicateEntry> PredicateAfter(uint32_t clause) const;
  bool CoordinatorBetween(uint32_t begin, uint32_t end) const;
  bool ConjunctionBetween(uint32_t begin, uint32_t number) const;
  bool VerbReadingHolds(uint32_t begin, uint32_t clause) const;
  bool RewriteHolds(const ClaimLexicon::PredicateRewrite& rule) const;
  std::optional<UnitCategory> CountedKind() const;
  bool AppliesHere(const ClaimLexicon::PredicateEntry& predicate) const;
  bool HeadReadsAsWound() const;
  bool DiseaseWithin(int step) const;
  bool FindIncrement() const;
  bool FindForward() const;

  // claim_places.cc: whose the count is (the subject) and where it happened (the place).
  std::string FindSubject() const;
  std::optional<std::string> AgentIn(uint32_t start, uint32_t end) const;
  std::optional<std::string> PlaceFrom(uint32_t j, uint32_t limit) const;
  uint32_t RelativeAt(uint32_t j) const;
  bool StartsCompassPhrase(uint32_t j, uint32_t limit) const;
  uint32_t GenericPlaceWordsAt(uint32_t k) const;
  std::optional<std::string> PlaceAfterIntroducer(uint32_t k, uint32_t limit, bool after_prep) const;
  std::optional<std::string> NamedPlace(const PhraseMatch<ClaimLexicon::PlaceEntry>& p, uint32_t generic,
                                        uint32_t limit) const;
  uint32_t PossessiveEnd(uint32_t i, uint32_t limit) const;
  std::string FindPlace(const std::string& predicate) const;
  std::string PlaceOfAgent(const Claim& claim) const;
  std::string OnlyPlaceBefore(uint32_t clause) const;
  bool Within(const std::string& inner, const std::string& outer) const;

  // claim_incident.cc: the place of the number's incident within its story (Claim::incident).
  struct IncidentPlace {
    std::string name;
    bool region = false;
  };
  void FindIncident(Claim& claim) const;
  IncidentPlace IncidentPlaceAt(uint32_t k, uint32_t limit, std::optional<IncidentWord> role) const;
  bool IsTown(const std::string& entity) const;
  bool ReportBoundaryAt(uint32_t k, std::optional<IncidentWord> role) const;
  std::optional<IncidentWord> IncidentWordAt(uint32_t k) const;
  std::string TownAt(uint32_t k, uint32_t limit) const;
  std::string NameAt(uint32_t k, uint32_t limit) const;
  std::string NameBeforeEventAt(uint32_t k, uint32_t limit) const;
  bool EventNounAt(uint32_t k) const;
  bool CapitalizedInside(uint32_t k) const;

  const AnalyzedText& text_;
  const Tables& t_;
  SentenceMatcher& matcher_;
  const MatchIndex& index_;
  const NumberMention& m_;
  uint32_t sentence_begin_ = 0;
  uint32_t sentence_end_ = 0;
  bool head_ = false;
  uint32_t head_begin_ = 0;
  uint32_t head_end_ = 0;
  const ClaimLexicon::UnitEntry* unit_ = nullptr;
  bool elliptic_ = false;    // "آخرين", "منهم": the noun is an earlier count's
  bool death_toll_ = false;  // "the death toll rose to 15": people killed
  bool measure_ = false;     // "a magnitude 6": a measurement, not a count
  std::string counted_predicate_;  // "the number of injured": the people that predicate counts
  bool count_before_read_ = false;
  CountBefore count_before_;
  std::string head_country_;       // the head is itself a nationality ("Palestinians")
  bool predicate_before_ = false;  // the predicate was found before the number
  uint32_t predicate_begin_ = 0;
};

// Counts listed together share a counted noun (claim_counted.cc).
void CountedFromNeighbours(const AnalyzedText& text, const std::vector<NumberMention>& mentions,
                           std::vector<Claim>& claims);

}  // namespace mizan::claim_reader
