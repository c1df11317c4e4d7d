// The attributor's working state, shared by its two files: attribution_cues.cc reads each
// cue and the source it names or inherits (Attributor::Resolve and the subject and relay
// searches); attribution.cc walks the sentences (Attributor::Run), finds credits, and builds
// each claim's chain and stance (Attributor::Attribute). Nothing outside those files
// includes this header.
//
//   Attributor attributor(context);
//   attributor.Run();
//   attributor.Attribute(mentions, claims);

#ifndef MIZAN_CORE_ATTRIBUTOR_H_
#define MIZAN_CORE_ATTRIBUTOR_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/attribution_match.h"
#include "core/source_phrase.h"

namespace mizan::attr {

// A cue at `token` (nullptr entry when none). Verbs take only و/ف.
Hit<CueEntry> MatchCue(const Context& c, uint32_t token, uint32_t limit);

// ---------------------------------------------------------------------------------------
// Cues in a sentence and the chains they carry.

struct CueHit {
  CueKind kind = CueKind::kVerb;
  Stance stance = Stance::kAsserted;
  uint32_t begin = 0, end = 0;      // the cue's tokens
  uint32_t scope_end = 0;           // last token the cue consumed (cue + its source phrases)
  std::vector<SourceHop> chain;     // origin first
  bool own_source = false;          // named on the cue itself (not inherited)
  bool sentence_final = false;      // its source phrase closes the sentence
  bool outlet_source = false;       // the source is a named outlet or wire
  uint32_t relay_end = 0;           // end of the relay phrases read after the subject
};

// A named person in a sentence: a possible subject for a later cue with none of its own.
// Its chain is built only when a cue inherits it, since few are.
struct PersonMention {
  const SourceEntry* entry = nullptr;
  uint32_t sentence = 0;
  uint32_t token = 0, end = 0;
};

// The last cue that named a speaker, by position in hits_, so that following cues and
// quoted paragraphs can continue its chain without each keeping a copy.
struct SpeakerRef {
  uint32_t sentence = 0;
  uint32_t token = 0;  // the cue's first token
  uint32_t hit = 0;    // index in hits_[sentence]
  bool valid = false;
};

// Source phrases that close the clause before a cue (an auxiliary may come between): the
// first such phrase, and the first that also opens its clause. One scan answers both,
// since the rules fall back from the one to the other; neither is copied.
struct PreverbalSubjects {
  std::optional<SourcePhrase> opener;   // the first that opens its clause
  std::optional<SourcePhrase> earlier;  // the first, when it comes before `opener`
  std::optional<SourcePhrase>& First() { return earlier ? earlier : opener; }
};

// The share of each sentence in an ascending token list (Context::CueStarts, ...).
// Sentences are visited in order, so one cursor walks the list once per document.
class SentenceSlices {
 public:
  explicit SentenceSlices(std::span<const uint32_t> tokens) : tokens_(tokens) {}
  std::span<const uint32_t> Next(const Sentence& sentence) {
    while (begin_ < tokens_.size() && tokens_[begin_] < sentence.first_token) ++begin_;
    size_t end = begin_;
    while (end < tokens_.size() && tokens_[end] < sentence.end_token) ++end;
    return tokens_.subspan(begin_, end - begin_);
  }

 private:
  std::span<const uint32_t> tokens_;
  size_t begin_ = 0;
};

class Attributor {
 public:
  Attributor(const Context& c) : c_(c) {}

  void Run();
  void Attribute(const std::vector<NumberMention>& mentions, std::vector<Claim>& claims) const;

 private:
  std::vector<SourceHop> HopsOf(const SourcePhrase& ph, uint32_t cue_begin, uint32_t cue_end,
                                HopRole role) const;
  std::vector<SourceHop> PersonChain(const PersonMention& person) const;
  // Whether a source phrase may start at `token` (ParseSource's own first test, without
  // the call): the subject searches try every token before a cue.
  bool StartsSource(uint32_t token) const {
    // A capitalized English word may open a name before its head ("Norwegian Refugee Council").
    return c_.IsPunct(token) || !c_.Candidates(c_.tables.sources, token).empty() ||
           (IsLatinWord(c_.raw[token]) && IsCapitalized(c_.raw[token]));
  }
  PreverbalSubjects Preverbal(uint32_t sentence_first, uint32_t cue_begin,
                              bool want_opener) const;
  std::optional<SourcePhrase> NearestBefore(uint32_t sentence_first, uint32_t before) const;
  std::optional<SourcePhrase> AfterFillers(uint32_t from, uint32_t limit, uint32_t* cursor) const;
  std::optional<SourcePhrase> DefiniteAntecedent(uint32_t s, uint32_t cue_begin,
                                                 uint32_t cue_end) const;
  std::vector<SourceHop> Inherit(uint32_t s, uint32_t cue_begin,
                                 const std::vector<CueHit>& so_far) const;
  void AddRelays(uint32_t from, uint32_t limit, uint32_t cue_begin, uint32_t cue_end,
                 CueHit& hit) const;
  std::optional<SourcePhrase> AppositiveSpeaker(uint32_t from, uint32_t limit) const;
  void HeadlineCredit(uint32_t s, std::span<const uint32_t> punctuation, std::vector<CueHit>& hits) const;
  // The cue at `token` of sentence `s` with its chain; `so_far` are the sentence's cues
  // before it. One function per kind of cue below.
  CueHit Resolve(uint32_t s, uint32_t token, const Hit<CueEntry>& cue,
                 const std::vector<CueHit>& so_far) const;
  void ResolveVerb(uint32_t s, const std::vector<CueHit>& so_far, CueHit& hit) const;
  void ResolveAccordingTo(uint32_t s, const std::vector<CueHit>& so_far, CueHit& hit) const;
  void ResolveNominal(uint32_t s, const std::vector<CueHit>& so_far, CueHit& hit) const;
  void ResolveShows(uint32_t s, const std::vector<CueHit>& so_far, CueHit& hit) const;
  void ResolveCredit(uint32_t s, CueHit& hit) const;
  void SetSource(CueHit& hit, const SourcePhrase& ph, HopRole role) const;
  bool ClosesClause(uint32_t after, uint32_t limit, bool latin_cue) const;
  static const CueHit* LastWithChain(const std::vector<CueHit>& so_far);
  // Attribute, one step a function.
  struct Governors {
    const CueHit* governing = nullptr;   // the cue whose chain the number takes
    const CueHit* stance_cue = nullptr;  // a speakerless cue before it that gives its stance
  };
  bool MentionTokens(const NumberMention& m, uint32_t& first, uint32_t& end) const;
  void AttributeClaim(uint32_t first, uint32_t end, Claim& claim) const;
  Governors FindGoverning(const std::vector<CueHit>& hits, uint32_t first, uint32_t end) const;
  std::vector<SourceHop> QuotedSpeaker(uint32_t s) const;
  bool InDescriptor(uint32_t first, uint32_t sentence_first) const;
  void Hedges(const Governors& g, uint32_t first, uint32_t end, const Sentence& sentence,
              std::vector<Stance>& stances) const;
  void AddOuterRelays(uint32_t s, const CueHit* governing, uint32_t end,
                      std::vector<SourceHop>& chain) const;
  void FindCredits(uint32_t s, const std::vector<CueHit>& hits,
                   std::span<const uint32_t> punctuation);

  const Context& c_;
  std::vector<std::vector<CueHit>> hits_;   // per sentence
  // Person mentions of sentence s: people_[people_first_[s], people_first_[s + 1]).
  std::vector<PersonMention> people_;
  std::vector<uint32_t> people_first_;
  SpeakerRef last_speaker_;
  // Section credits: from a paragraph on, until the next one.
  std::vector<std::pair<uint32_t, std::vector<SourceHop>>> section_credits_;
  std::vector<SourceHop> article_credits_;
  std::vector<uint32_t> article_credit_sentences_;
  // Per sentence: it opens with a quotation mark or starts inside an open quotation, and
  // the last speaker chain of the sentence (for quoted paragraphs that continue it).
  std::vector<bool> quoted_start_;
  std::vector<int32_t> speaker_of_;  // index in hits_[s], -1 for none
};

}  // namespace mizan::attr

#endif  // MIZAN_CORE_ATTRIBUTOR_H_
