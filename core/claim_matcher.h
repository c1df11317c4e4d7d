// The claim builder's phrase matcher (private to core/claims.cc and core/claim_*.cc): the
// hashed views of the claim lexicons (ClaimLexicon::MatchIndex, built once by
// ClaimLexicon::Load) and the SentenceMatcher that finds their phrases at a token, memoized
// per document and sentence.
//
//   SentenceMatcher matcher(text, lexicon.index());
//   matcher.Enter(sentence.first_token, sentence.end_token);
//   auto place = matcher.Match(Lex::kPlace, lexicon.index().places, i, sentence.end_token);
//
// All of it is inline: every part of the ClaimReader (claim_reader.h) matches phrases, and
// matching is the hot path of extraction.
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/claims.h"
#include "core/lemmatizer.h"
#include "core/phrase_lexicon.h"

namespace mizan::claim_reader {

// ---------------------------------------------------------------- hashed lexicon views

// The lexicons a phrase is matched against, and sets of them as bits.
enum class Lex : uint8_t { kUnit, kPlace, kPredicate, kCue };
constexpr size_t kLexCount = 4;
using LexiconMask = uint8_t;
constexpr LexiconMask kAllLexicons = (1u << kLexCount) - 1;
constexpr LexiconMask BitOf(Lex lex) { return static_cast<LexiconMask>(1u << static_cast<unsigned>(lex)); }

// The prefilter over every lexicon's key words (phrase_lexicon.h), one bit per Lex.
using CoreIndex = StemCoreFilter;

// A lexicon map's PrefixIndex, whose key words (at any place in a phrase) also go to the
// shared CoreIndex under `lex`.
template <class V>
struct PhraseIndex : PrefixIndex<V> {
  PhraseIndex(const std::map<std::string, V>& map, size_t max_words, Lex lex, CoreIndex& cores)
      : PrefixIndex<V>(map, max_words) {
    for (const auto& node : map) {
      std::string_view rest = node.first;
      for (size_t space = rest.find(' '); ; space = rest.find(' ')) {
        cores.AddKeyWord(rest.substr(0, space), BitOf(lex));
        if (space == std::string_view::npos) break;
        rest.remove_prefix(space + 1);
      }
    }
  }
};

}  // namespace mizan::claim_reader

namespace mizan {

struct ClaimLexicon::MatchIndex {
  explicit MatchIndex(const Tables& t)
      : units(t.unit_forms, t.max_unit_words, claim_reader::Lex::kUnit, cores),
        places(t.places, t.max_place_words, claim_reader::Lex::kPlace, cores),
        predicates(t.predicates, t.max_predicate_words, claim_reader::Lex::kPredicate, cores),
        cues(t.cues, t.max_cue_words, claim_reader::Lex::kCue, cores) {
    cores.Finish();
    for (const std::string& key : t.case_sensitive_places) case_sensitive_places[key] = true;
    for (const std::string& key : t.function_words) function_words[key] = true;
    // A family's cumulativeness is the one of its first surface in key order.
    for (const auto& [surface, entry] : t.predicates) {
      if (!cumulative.Contains(entry.id)) cumulative[entry.id] = entry.cumulative;
      casualty[entry.id] = entry.casualty;  // one flag a family (checked at load)
    }
    for (const auto& [surface, role] : t.incident_words) incident_words[surface] = role;
    // A place entity is a town when its first surface in key order is a city or capital.
    for (const auto& [surface, place] : t.places) {
      if (!towns.Contains(place.entity)) {
        towns[place.entity] = place.kind == PlaceKind::kCity || place.kind == PlaceKind::kCapital;
      }
    }
  }
  claim_reader::CoreIndex cores;  // filled by the phrase indexes below, so declared (built) first
  claim_reader::PhraseIndex<size_t> units;
  claim_reader::PhraseIndex<ClaimLexicon::PlaceEntry> places;
  claim_reader::PhraseIndex<ClaimLexicon::PredicateEntry> predicates;
  claim_reader::PhraseIndex<CueRole> cues;
  FlatStringMap<bool> case_sensitive_places;  // the keys of Tables::case_sensitive_places
  FlatStringMap<bool> cumulative;             // predicate family id -> cumulative
  FlatStringMap<bool> casualty;               // predicate family id -> casualty
  FlatStringMap<bool> function_words;         // the keys of Tables::function_words
  FlatStringMap<IncidentWord> incident_words; // Tables::incident_words, hashed
  FlatStringMap<bool> towns;                  // place entity -> a city or capital (IsTown)
};

}  // namespace mizan

namespace mizan::claim_reader {

using MatchIndex = ClaimLexicon::MatchIndex;

// ---------------------------------------------------------------- phrase matching

// A candidate reading of one word, with a flag the caller cares about (a preposition
// clitic for places, the future سـ for predicates). The form's bytes live in the matcher's
// text of forms.
struct Candidate {
  uint32_t begin = 0;
  uint32_t size = 0;
  bool flag = false;
  bool locative = false;  // places: the clitic was ب ("بروسيا" = in Russia)
  // The form looked up alone in its reading's lexicon (once, when the word is read, so a
  // phrase search starting at this word hashes nothing): the one-word entry, if any, and
  // whether some longer phrase starts with it.
  bool continues = false;
  const void* node = nullptr;
};

// One word's candidates, in order.
struct CandidateList {
  const Candidate* begin = nullptr;
  const Candidate* end = nullptr;
};

template <class V>
struct PhraseMatch {
  const V* value = nullptr;
  std::string_view key;  // the lexicon key matched (points into the lexicon)
  uint32_t begin = 0;
  uint32_t end = 0;
  bool flag = false;  // the first word's candidate flag
  bool locative = false;
  explicit operator bool() const { return value != nullptr; }
};

inline bool IsWord(const AnalyzedText& text, uint32_t i) {
  return i < text.tokens.size() && text.tokens[i].kind == TokenKind::kWord;
}

// How a word is read for a lexicon; places and cues read a phrase's first word differently.
enum Reading : uint8_t { kUnitWord, kPlaceFirst, kPlaceNext, kPredicateWord, kCueFirst, kCueNext, kReadingCount };

inline Reading ReadingOf(Lex lex, bool first) {
  switch (lex) {
    case Lex::kUnit: return kUnitWord;
    case Lex::kPlace: return first ? kPlaceFirst : kPlaceNext;
    case Lex::kPredicate: return kPredicateWord;
    case Lex::kCue: return first ? kCueFirst : kCueNext;
  }
  return kUnitWord;
}

inline Lex LexOf(Reading reading) {
  switch (reading) {
    case kUnitWord: return Lex::kUnit;
    case kPlaceFirst:
    case kPlaceNext: return Lex::kPlace;
    case kPredicateWord: return Lex::kPredicate;
    case kCueFirst:
    case kCueNext:
    case kReadingCount: break;
  }
  return Lex::kCue;
}

// The candidate forms of `word` for `reading`, in the order the matcher tries them. Place
// words take proclitics on the first word only (a ب/ل/في-like clitic is flagged), nisba
// inflections on every word; a phrase's first cue word takes proclitics, later ones are read
// as written. Returns how many leading forms are proclitic splits (their flags count).
inline size_t ReadForms(Reading reading, std::string_view word, FormList& forms) {
  switch (reading) {
    case kUnitWord: AppendNounCandidates(word, forms); return 0;
    case kPlaceFirst: {
      AppendProcliticStems(word, /*allow_future=*/false, /*lower=*/true, forms);
      const size_t splits = forms.size();
      AppendNisbaCandidates(word, forms);
      return splits;
    }
    case kPlaceNext: AppendNisbaCandidates(word, forms); return 0;
    case kPredicateWord: AppendVerbCandidates(word, forms); return forms.size();
    case kCueFirst: AppendProcliticStems(word, /*allow_future=*/false, /*lower=*/true, forms); return 0;
    case kCueNext: forms.Add(word, {}, {}, CandidateForm{}, /*lower=*/true); return 0;
    case kReadingCount: break;
  }
  return 0;
}

// A remembered MatchAt result: which lexicon node matched and how many words it took.
struct MatchSlot {
  const void* node = nullptr;  // PhraseIndex<V>::Node
  uint32_t sentence = 0;       // the SentenceMatcher::Enter it was computed under; 0: never
  uint16_t words = 0;
  bool flag = false;
  bool locative = false;
};

// Depth-first over the words' candidates, earlier candidates first, extending `key` in place:
// the first phrase of exactly `n` words the index knows wins. The first word's lookups were
// done when its candidates were made (Candidate::node, ::continues), so most searches, which
// stop at the first word, hash nothing.
template <class V>
bool SearchPhrase(const PhraseIndex<V>& index, std::string_view forms, const CandidateList* lists, uint32_t n,
                  uint32_t depth, std::string& key, const Candidate* head, MatchSlot& out) {
  if (depth == 0) {
    for (const Candidate* c = lists[0].begin; c != lists[0].end; ++c) {
      if (n == 1) {
        if (c->node == nullptr) continue;
        out.node = c->node;
        out.flag = c->flag;
        out.locative = c->locative;
        return true;
      }
      if (!c->continues) continue;
      key.assign(forms.substr(c->begin, c->size));
      if (SearchPhrase(index, forms, lists, n, 1, key, c, out)) return true;
    }
    key.clear();
    return false;
  }
  const size_t base = key.size();
  for (const Candidate* c = lists[depth].begin; c != lists[depth].end; ++c) {
    key.resize(base);
    key += ' ';
    key += forms.substr(c->begin, c->size);
    const auto* entry = index.Lookup(key);
    if (entry == nullptr) continue;
    if (depth + 1 == n) {
      if (entry->node == nullptr) continue;
      out.node = entry->node;
      out.flag = head->flag;
      out.locative = head->locative;
      return true;
    }
    if (entry->continues && SearchPhrase(index, forms, lists, n, depth + 1, key, head, out)) return true;
  }
  key.resize(base);
  return false;
}

// Phrase matching over one document, memoized. A claim's windows overlap its neighbours' and
// ClauseStart/CueAt rescan the same tokens, so each distinct word's candidate readings (the
// costly lemmatizer work) are computed once per document, and each (lexicon, position,
// length) match once per sentence. Candidates live in flat per-document buffers: nothing is
// allocated per word once the buffers have grown.
class SentenceMatcher {
 public:
  SentenceMatcher(const AnalyzedText& text, const MatchIndex& index) : text_(text), index_(index), word_ids_(text) {
    const size_t max_words[kLexCount] = {index.units.max_words, index.places.max_words,
                                         index.predicates.max_words, index.cues.max_words};
    for (size_t l = 0; l < kLexCount; ++l) {
      slot_offset_[l] = stride_;
      stride_ += max_words[l];
    }
  }

  // Forgets the memo unless the sentence [begin, end) is the one already held. Slots are not
  // cleared: one computed under an earlier sentence number reads as not computed.
  void Enter(uint32_t begin, uint32_t end) {
    if (begin == begin_ && end == end_ && sentence_ != 0) return;
    begin_ = begin;
    end_ = end;
    ++sentence_;
    const size_t slots = static_cast<size_t>(end - begin) * stride_;
    if (slots_.size() < slots) slots_.resize(slots);
    word_runs_.assign(end - begin + 1, 0);
    for (uint32_t k = end; k-- > begin;) {
      if (IsWord(text_, k)) word_runs_[k - begin] = word_runs_[k - begin + 1] + 1;
    }
  }

  const MatchIndex& index() const { return index_; }

  // The longest phrase of the lexicon made of the word tokens starting at `i` (and ending at
  // or before `limit`), each word read through its candidates, earlier candidates first.
  template <class V>
  PhraseMatch<V> Match(Lex lex, const PhraseIndex<V>& lexicon, uint32_t i, uint32_t limit) {
    // How many word tokens the phrase may take: read from the sentence's word runs when the
    // search stays inside it (the builder's always does), else counted.
    uint32_t words = 0;
    if (i >= begin_ && i < end_ && limit <= end_) {
      words = std::min({static_cast<uint32_t>(lexicon.max_words), limit - i, word_runs_[i - begin_]});
    } else {
      while (words < lexicon.max_words && i + words < limit && IsWord(text_, i + words)) ++words;
    }
    if (words == 0) return {};
    MatchSlot scratch;
    MatchSlot& slot = InSentence(i, words) ? slots_[(i - begin_) * stride_ + slot_offset_[static_cast<size_t>(lex)] + words - 1]
                                           : scratch;
    if (slot.sentence != sentence_) Compute(lex, lexicon, i, words, slot);
    PhraseMatch<V> match;
    if (slot.node == nullptr) return match;
    const auto* node = static_cast<const typename PhraseIndex<V>::Node*>(slot.node);
    match.value = &node->second;
    match.key = node->first;
    match.begin = i;
    match.end = i + slot.words;
    match.flag = slot.flag;
    match.locative = slot.locative;
    return match;
  }

 private:
  // A word's candidates: candidates_[first, first + count).
  struct Range {
    static constexpr uint32_t kUnread = UINT32_MAX;
    uint32_t first = kUnread;
    uint32_t count = 0;
  };

  bool InSentence(uint32_t i, uint32_t words) const { return i >= begin_ && i + words <= end_; }

  // What is read of one distinct word of the document: the lexicons some reading of it could
  // match (one pass over the word serves them all) and its candidates per reading, read on
  // first use. A word's readings depend on its text alone, so they are shared by every token
  // that spells it, in any sentence.
  struct WordReadings {
    LexiconMask lexicons = 0;
    Range ranges[kReadingCount];
  };

  WordReadings& WordAt(uint32_t i) {
    const uint32_t id = word_ids_.IdOf(i);
    // Ids are handed out densely in order of first use: a new word's id is the next slot.
    if (id == words_.size()) words_.push_back(WordReadings{index_.cores.LexiconsFor(text_.TokenText(i)), {}});
    return words_[id];
  }

  Range Candidates(Reading reading, uint32_t i) {
    WordReadings& word = WordAt(i);
    Range& range = word.ranges[reading];
    if (range.first != Range::kUnread) return range;
    // A word the core index rules out for the reading's lexicon would match nothing: no candidates.
    range = (word.lexicons & BitOf(LexOf(reading))) != 0 ? Read(reading, text_.TokenText(i))
                                                          : Range{static_cast<uint32_t>(candidates_.size()), 0};
    return range;
  }

  CandidateList ListOf(Range r) const {
    return CandidateList{candidates_.data() + r.first, candidates_.data() + r.first + r.count};
  }

  // Appends the word's annotated candidates for `reading`.
  Range Read(Reading reading, std::string_view word) {
    Range range{static_cast<uint32_t>(candidates_.size()), 0};
    switch (reading) {
      case kUnitWord: return ReadWith(index_.units, reading, word, range);
      case kPlaceFirst:
      case kPlaceNext: return ReadWith(index_.places, reading, word, range);
      case kPredicateWord: return ReadWith(index_.predicates, reading, word, range);
      case kCueFirst:
      case kCueNext:
      case kReadingCount: break;
    }
    return ReadWith(index_.cues, reading, word, range);
  }

  template <class V>
  Range ReadWith(const PhraseIndex<V>& lexicon, Reading reading, std::string_view word, Range range) {
    scratch_forms_.Clear();
    const size_t flagged = ReadForms(reading, word, scratch_forms_);
    for (size_t k = 0; k < scratch_forms_.size(); ++k) {
      const std::string_view form = scratch_forms_.Form(k);
      Candidate c;
      c.begin = static_cast<uint32_t>(forms_.size());
      c.size = static_cast<uint32_t>(form.size());
      if (k < flagged) {
        const CandidateForm& info = scratch_forms_.Info(k);
        c.flag = reading == kPredicateWord ? info.future : info.preposition;
        // ب among the stripped proclitics: "بروسيا" is "in Russia".
        c.locative = reading == kPlaceFirst && info.preposition &&
                     word.substr(0, info.prefix_len).find("\xD8\xA8") != std::string_view::npos;
      }
      if (const auto* entry = lexicon.Lookup(form)) {
        c.node = entry->node;
        c.continues = entry->continues;
      }
      forms_.append(form);
      candidates_.push_back(c);
    }
    range.count = static_cast<uint32_t>(scratch_forms_.size());
    return range;
  }

  template <class V>
  void Compute(Lex lex, const PhraseIndex<V>& lexicon, uint32_t i, uint32_t words, MatchSlot& slot) {
    slot = MatchSlot{};
    slot.sentence = sentence_;
    ranges_.assign(1, Candidates(ReadingOf(lex, true), i));
    // Most words start no phrase at all: then the next words need not be read.
    const CandidateList first = ListOf(ranges_[0]);
    if (std::none_of(first.begin, first.end, [](const Candidate& c) { return c.node != nullptr || c.continues; })) {
      return;
    }
    for (uint32_t k = 1; k < words; ++k) ranges_.push_back(Candidates(ReadingOf(lex, false), i + k));
    // Lists are taken once every word is read: reading appends to candidates_.
    lists_.clear();
    for (Range r : ranges_) lists_.push_back(ListOf(r));
    for (uint32_t n = words; n >= 1; --n) {
      if (SearchPhrase(lexicon, forms_, lists_.data(), n, 0, key_, nullptr, slot)) {
        slot.words = static_cast<uint16_t>(n);
        return;
      }
    }
  }

  const AnalyzedText& text_;
  const MatchIndex& index_;
  size_t slot_offset_[kLexCount] = {};
  size_t stride_ = 0;
  uint32_t begin_ = 0;
  uint32_t end_ = 0;
  uint32_t sentence_ = 0;  // how many sentences were entered: the slots' current number
  std::vector<MatchSlot> slots_;
  std::vector<uint32_t> word_runs_;  // per sentence token: word tokens from it to the sentence's end
  DocumentWordIds word_ids_;
  std::vector<WordReadings> words_;  // by word id
  std::string forms_;                // the text of every candidate read in this document
  std::vector<Candidate> candidates_;
  FormList scratch_forms_;
  std::vector<Range> ranges_;  // Compute's words, reused
  std::vector<CandidateList> lists_;
  std::string key_;
};

}  // namespace mizan::claim_reader
