#include "core/claims.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <utility>

#include "core/civil_date.h"
#include "core/error.h"
#include "core/lemmatizer.h"
#include "core/lexicon.h"
#include "core/phrase_lexicon.h"
#include "core/source_name.h"

namespace mizan {
namespace {

using Tables = ClaimLexicon::Tables;

// How far from the number the builder looks, in tokens. News clauses that carry a count
// rarely put its verb or noun further away; a wider window mostly catches the next clause.
constexpr uint32_t kPredicateWindowBefore = 8;
constexpr uint32_t kPredicateWindowAfter = 8;
constexpr uint32_t kSubjectWindowAfter = 6;
// A count named before its number may stand further off than a verb: "the death toll from
// the flash floods in the valley rose to 13".
constexpr uint32_t kCountWindowBefore = 12;
constexpr uint32_t kEnglishHeadWindow = 4;
constexpr uint32_t kGenericPlaceWords = 3;

// ---------------------------------------------------------------- lexicon loading

std::string FoldKey(std::string_view surface) {
  std::string folded = FoldForMatch(surface);
  // One space between the words of a phrase, Latin lower-cased: the keys the matcher builds.
  std::string key;
  bool space = false;
  for (char c : folded) {
    if (c == ' ' || c == '\t') {
      space = !key.empty();
      continue;
    }
    if (space) key += ' ';
    space = false;
    key += c;
  }
  return AsciiLower(key);
}

size_t WordCount(std::string_view key) {
  return static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

bool IsAcronym(std::string_view surface) {
  if (surface.size() < 2) return false;
  for (char c : surface) {
    if (!(c >= 'A' && c <= 'Z')) return false;
  }
  return true;
}

void LoadUnits(Tables& t) {
  for (const LexiconRow& row : LoadLexicon("units.tsv")) {
    if (row.fields.size() != 5 && row.fields.size() != 6) BadRow("units.tsv", row, "expected 5 or 6 columns");
    const std::optional<UnitCategory> category = ParseUnitCategory(row.fields[2]);
    if (!category) BadRow("units.tsv", row, "unknown category " + row.fields[2]);
    ClaimLexicon::UnitEntry entry;
    entry.lemma = FoldKey(row.fields[0]);
    entry.unit = row.fields[1];
    entry.category = *category;
    entry.implied_predicate = row.fields[4] == "-" ? "" : row.fields[4];
    if (row.fields.size() == 6 && row.fields[5] != "-") {
      std::string_view ids = row.fields[5];
      while (!ids.empty()) {
        const size_t bar = ids.find('|');
        entry.person_under.emplace_back(ids.substr(0, bar));
        ids = bar == std::string_view::npos ? std::string_view() : ids.substr(bar + 1);
      }
    }
    const size_t index = t.units.size();
    t.units.push_back(entry);
    t.unit_forms.emplace(entry.lemma, index);  // the first row for a form wins
    t.max_unit_words = std::max(t.max_unit_words, WordCount(entry.lemma));
    if (row.fields[3] == "-") continue;
    std::string_view plurals = row.fields[3];
    while (!plurals.empty()) {
      size_t bar = plurals.find('|');
      std::string key = FoldKey(plurals.substr(0, bar));
      if (!key.empty()) {
        t.unit_forms.emplace(key, index);
        t.max_unit_words = std::max(t.max_unit_words, WordCount(key));
      }
      plurals = bar == std::string_view::npos ? std::string_view() : plurals.substr(bar + 1);
    }
  }
}

void LoadPlaces(Tables& t) {
  const std::vector<LexiconRow> parents = LoadLexicon("place_parents.tsv");
  const std::vector<LexiconRow> places = LoadLexicon("places.tsv");
  // Checks both files' rows (columns, kinds) and builds the containment relation.
  t.place_hierarchy = PlaceHierarchy::FromRows(parents, places);
  for (const LexiconRow& row : places) {
    const PlaceKind kind = *ParsePlaceKind(row.fields[2]);  // checked by FromRows
    std::string key = FoldKey(row.fields[0]);
    if (IsAcronym(row.fields[0])) t.case_sensitive_places.insert(key);
    t.places.emplace(key, ClaimLexicon::PlaceEntry{row.fields[1], kind, row.fields[3]});
    if (kind == PlaceKind::kCountry) t.countries.insert(row.fields[1]);
    t.max_place_words = std::max(t.max_place_words, WordCount(key));
  }
}

void LoadPredicates(Tables& t) {
  std::map<std::string, bool> casualty;  // family id -> its first row's casualty flag
  for (const LexiconRow& row : LoadLexicon("predicates.tsv")) {
    if (row.fields.size() != 4) BadRow("predicates.tsv", row, "expected 4 columns");
    if (row.fields[2] != "yes" && row.fields[2] != "no") {
      BadRow("predicates.tsv", row, "cumulative must be yes or no");
    }
    if (row.fields[3] != "yes" && row.fields[3] != "no") {
      BadRow("predicates.tsv", row, "casualty must be yes or no");
    }
    const bool is_casualty = row.fields[3] == "yes";
    if (casualty.emplace(row.fields[1], is_casualty).first->second != is_casualty) {
      BadRow("predicates.tsv", row, "casualty differs from an earlier row of " + row.fields[1]);
    }
    std::string key = FoldKey(row.fields[0]);
    t.predicates.emplace(key, ClaimLexicon::PredicateEntry{row.fields[1], row.fields[2] == "yes",
                                                           is_casualty});
    t.max_predicate_words = std::max(t.max_predicate_words, WordCount(key));
  }
}

void LoadEvents(Tables& t) {
  for (const LexiconRow& row : LoadLexicon("events.tsv")) {
    if (row.fields.size() != 2) BadRow("events.tsv", row, "expected 2 columns");
    t.events.emplace(FoldKey(row.fields[0]), row.fields[1]);
  }
}

// After LoadUnits and LoadPredicates: every family, unit and category is checked against them.
void LoadPredicateRules(Tables& t) {
  std::set<std::string_view> families, units;
  for (const auto& [surface, entry] : t.predicates) families.insert(entry.id);
  for (const ClaimLexicon::UnitEntry& unit : t.units) units.insert(unit.unit);
  static const std::pair<std::string_view, ClaimLexicon::RewriteWhen> kWhen[] = {
      {"always", ClaimLexicon::RewriteWhen::kAlways},
      {"unit", ClaimLexicon::RewriteWhen::kUnit},
      {"unit_category", ClaimLexicon::RewriteWhen::kUnitCategory},
      {"not_unit_category", ClaimLexicon::RewriteWhen::kNotUnitCategory},
      {"disease_near", ClaimLexicon::RewriteWhen::kDiseaseNear}};
  constexpr std::string_view kFile = "predicate_rewrites.tsv";
  for (const LexiconRow& row : LoadLexicon(kFile)) {
    if (row.fields.size() != 4) BadRow(kFile, row, "expected 4 columns");
    ClaimLexicon::PredicateRewrite rule;
    rule.family = row.fields[0];
    if (families.count(rule.family) == 0) BadRow(kFile, row, "unknown predicate family " + rule.family);
    const std::optional<ClaimLexicon::RewriteWhen> when = FindId(kWhen, row.fields[1]);
    if (!when) BadRow(kFile, row, "unknown condition " + row.fields[1]);
    rule.when = *when;
    const std::string& argument = row.fields[2];
    if (rule.when == ClaimLexicon::RewriteWhen::kUnit) {
      if (units.count(argument) == 0) BadRow(kFile, row, "unknown unit " + argument);
      rule.unit = argument;
    } else if (rule.when == ClaimLexicon::RewriteWhen::kUnitCategory ||
               rule.when == ClaimLexicon::RewriteWhen::kNotUnitCategory) {
      const std::optional<UnitCategory> category = ParseUnitCategory(argument);
      if (!category) BadRow(kFile, row, "unknown category " + argument);
      rule.category = *category;
    } else if (argument != "-") {
      BadRow(kFile, row, "condition " + row.fields[1] + " takes no argument (-)");
    }
    rule.becomes = row.fields[3] == "-" ? "" : row.fields[3];
    if (!rule.becomes.empty() && families.count(rule.becomes) == 0) {
      BadRow(kFile, row, "unknown predicate family " + rule.becomes);
    }
    t.predicate_rewrites.push_back(std::move(rule));
  }
  for (const LexiconRow& row : LoadLexicon("outward_predicates.tsv")) {
    if (row.fields.size() != 1) BadRow("outward_predicates.tsv", row, "expected 1 column");
    if (families.count(row.fields[0]) == 0) {
      BadRow("outward_predicates.tsv", row, "unknown predicate family " + row.fields[0]);
    }
    t.outward_predicates.insert(row.fields[0]);
  }
}

void LoadDomesticBodies(Tables& t) {
  for (const LexiconRow& row : LoadLexicon("domestic_bodies.tsv")) {
    if (row.fields.size() != 1) BadRow("domestic_bodies.tsv", row, "expected 1 column");
    t.domestic_bodies.insert(row.fields[0]);
  }
}

void LoadCues(Tables& t) {
  for (const LexiconRow& row : LoadLexicon("claim_cues.tsv")) {
    if (row.fields.size() != 2) BadRow("claim_cues.tsv", row, "expected 2 columns");
    const std::optional<CueRole> role = ParseCueRole(row.fields[1]);
    if (!role) BadRow("claim_cues.tsv", row, "unknown cue role " + row.fields[1]);
    std::string key = FoldKey(row.fields[0]);
    // Function words are only ever asked "is this word one?": a set, kept out of the phrase
    // matcher (whose prefilter every short key would widen).
    if (*role == CueRole::kFunctionWord) {
      t.function_words.insert(key);
      continue;
    }
    t.cues.emplace(key, *role);
    t.max_cue_words = std::max(t.max_cue_words, WordCount(key));
  }
}

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

}  // namespace

struct ClaimLexicon::MatchIndex {
  explicit MatchIndex(const Tables& t)
      : units(t.unit_forms, t.max_unit_words, Lex::kUnit, cores),
        places(t.places, t.max_place_words, Lex::kPlace, cores),
        predicates(t.predicates, t.max_predicate_words, Lex::kPredicate, cores),
        cues(t.cues, t.max_cue_words, Lex::kCue, cores) {
    cores.Finish();
    for (const std::string& key : t.case_sensitive_places) case_sensitive_places[key] = true;
    for (const std::string& key : t.function_words) function_words[key] = true;
    // A family's cumulativeness is the one of its first surface in key order.
    for (const auto& [surface, entry] : t.predicates) {
      if (!cumulative.Contains(entry.id)) cumulative[entry.id] = entry.cumulative;
      casualty[entry.id] = entry.casualty;  // one flag a family (checked at load)
    }
  }
  CoreIndex cores;  // filled by the phrase indexes below, so declared (built) first
  PhraseIndex<size_t> units;
  PhraseIndex<ClaimLexicon::PlaceEntry> places;
  PhraseIndex<ClaimLexicon::PredicateEntry> predicates;
  PhraseIndex<CueRole> cues;
  FlatStringMap<bool> case_sensitive_places;  // the keys of Tables::case_sensitive_places
  FlatStringMap<bool> cumulative;             // predicate family id -> cumulative
  FlatStringMap<bool> casualty;               // predicate family id -> casualty
  FlatStringMap<bool> function_words;         // the keys of Tables::function_words
};

namespace {

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

bool IsWord(const AnalyzedText& text, uint32_t i) {
  return i < text.tokens.size() && text.tokens[i].kind == TokenKind::kWord;
}

// How a word is read for a lexicon; places and cues read a phrase's first word differently.
enum Reading : uint8_t { kUnitWord, kPlaceFirst, kPlaceNext, kPredicateWord, kCueFirst, kCueNext, kReadingCount };

Reading ReadingOf(Lex lex, bool first) {
  switch (lex) {
    case Lex::kUnit: return kUnitWord;
    case Lex::kPlace: return first ? kPlaceFirst : kPlaceNext;
    case Lex::kPredicate: return kPredicateWord;
    case Lex::kCue: return first ? kCueFirst : kCueNext;
  }
  return kUnitWord;
}

Lex LexOf(Reading reading) {
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
size_t ReadForms(Reading reading, std::string_view word, FormList& forms) {
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

// ---------------------------------------------------------------- the builder

bool HasAsciiUpper(std::string_view word) {
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

  void Read(Claim& claim) {
    if (m_.kind == NumberKind::kPercent) {
      claim.unit = "percent";
      claim.amount = true;
    } else if (m_.kind == NumberKind::kFraction) {
      claim.unit = "fraction";  // a share of a whole: "نصف الموظفين", "one in four adults"
      claim.amount = true;
    } else {
      FindHead();
    }
    if (head_) {
      claim.head_span = text_.ToOriginal(
          ByteSpan{text_.tokens[head_begin_].norm_span.begin, text_.tokens[head_end_ - 1].norm_span.end});
      if (unit_ != nullptr) {
        claim.unit = unit_->unit;
        claim.amount = unit_->category == UnitCategory::kMoney ||
                       unit_->category == UnitCategory::kMeasure;
      }
    }
    FindPredicate(claim);
    claim.counted = Counted(claim);
    claim.subject = FindSubject();
    claim.increment = FindIncrement();
    claim.forward_looking = claim.forward_looking || FindForward();
    claim.place = FindPlace(claim.predicate);
    if (claim.place.empty()) claim.place = PlaceOfAgent(claim);
  }

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

  void FindHead() {
    const uint32_t first = m_.first_token;
    const uint32_t end = m_.end_token;
    // A currency code before the amount, glued or not: "USD2,300", "RM45,000", "A$5.1m",
    // "Rs 3 crore", "AUD 2.4 billion" (a capitalised money unit of units.tsv).
    for (uint32_t back = 2; back >= 1; --back) {
      if (first < sentence_begin_ + back) continue;
      const uint32_t i = first - back;
      if (!IsWord(text_, i) || !std::isupper(static_cast<unsigned char>(Text(i)[0]))) continue;
      if (auto u = UnitAt(i, first); u && u.end == first && t_.units[*u.value].category == UnitCategory::kMoney) {
        return SetHead(u.begin, u.end, &t_.units[*u.value]);
      }
    }
    // A currency written with punctuation, glued: "A$5.1m", "US$12.5" before the amount,
    // "150 ر.س" after it (the word matcher reads words only).
    if (first >= sentence_begin_ + 2 && text_.tokens[first - 1].kind == TokenKind::kPunct &&
        text_.tokens[first - 1].glued_to_previous && IsWord(text_, first - 2)) {
      if (const auto* unit = index_.units.Find(FoldKey(std::string(Text(first - 2)) + std::string(Text(first - 1))))) {
        return SetHead(first - 2, first, &t_.units[unit->second]);
      }
    }
    if (end + 2 < text_.tokens.size() && IsWord(text_, end) && text_.tokens[end + 1].kind == TokenKind::kPunct &&
        text_.tokens[end + 1].glued_to_previous && text_.tokens[end + 2].glued_to_previous) {
      const std::string key = FoldKey(std::string(Text(end)) + std::string(Text(end + 1)) + std::string(Text(end + 2)));
      if (const auto* unit = index_.units.Find(key); unit != nullptr && t_.units[unit->second].category == UnitCategory::kMoney) {
        return SetHead(end, end + 3, &t_.units[unit->second]);
      }
    }
    // A currency sign around the numeral: "$5 million", "5$"; or after its sign: "-$3m".
    const uint32_t after_sign =
        first + 1 < end && text_.tokens[first].kind == TokenKind::kPunct ? first + 1 : end;
    for (uint32_t i : {first > sentence_begin_ ? first - 1 : first, after_sign, end}) {
      if (i >= sentence_end_ || text_.tokens[i].kind != TokenKind::kPunct) continue;
      if (const auto* unit = index_.units.Find(Text(i))) return SetHead(i, i + 1, &t_.units[unit->second]);
    }
    // A dual noun that is itself the number ("جنديين").
    for (uint32_t i = first; i < end; ++i) {
      if (auto u = UnitAt(i, end)) return SetHead(u.begin, u.end, &t_.units[*u.value]);
    }
    // A measurement named before the number ("a magnitude 6 quake", "بقوة 6.1 درجة"): the
    // noun after it is the event measured, not a counted thing.
    if (first > sentence_begin_ && IsWord(text_, first - 1) && CueAt(first - 1, CueRole::kMeasureBefore) > 0) {
      measure_ = true;
      const auto* magnitude = index_.units.Find("magnitude");
      return SetHead(first - 1, first, magnitude == nullptr ? nullptr : &t_.units[magnitude->second]);
    }
    uint32_t i = end;
    // A bracket or quote closing around the numeral: "(8) صور", "«63» شخصية".
    while (i + 1 < sentence_end_ && text_.tokens[i].kind == TokenKind::kPunct && IsClosingMark(Text(i))) ++i;
    if (i < sentence_end_ && IsWord(text_, i)) {
      const bool latin = IsLatinWord(Text(i));
      // "وإصابة 20 آخرين", "9 منهم": the noun is an earlier count's.
      if (CueAt(i, CueRole::kOtherNoun) > 0 || CueAt(i, CueRole::kOfThem) > 0 ||
          (!latin && CueAt(i, CueRole::kIncrement) > 0)) {
        elliptic_ = true;
        return;
      }
      // Partitive: "آلاف من الجنود", "thousands of (the) troops".
      if (uint32_t n = CueAt(i, CueRole::kPartitive); n > 0 && IsWord(text_, i + n)) {
        if (uint32_t members = CueAt(i + n, CueRole::kMemberNoun); members > 0 && MembersOfGroup(i + n, members)) return;
        if (latin || Text(i + n).substr(0, 4) == "\xD8\xA7\xD9\x84") {
          i += n;
        } else if (!UnitAt(i, sentence_end_) && PlainNoun(i + n)) {
          // "ستين من رؤساء البلديات": a noun in construct after من is what is counted.
          if (auto u = UnitAt(i + n, sentence_end_)) return SetHead(u.begin, u.end, &t_.units[*u.value]);
          return SetHead(i + n, i + n + 1, nullptr);
        }
      }
      if (latin) {
        // English puts adjectives (nationality, "elite", "more") before the noun.
        for (uint32_t j = i, words = 0; j < sentence_end_ && IsWord(text_, j) && words < kEnglishHeadWindow;
             ++j, ++words) {
          if (auto u = UnitAt(j, sentence_end_)) return SetHead(u.begin, u.end, &t_.units[*u.value]);
        }
      } else if (auto u = UnitAt(i, sentence_end_)) {
        return SetHead(u.begin, u.end, &t_.units[*u.value]);
      }
    }
    // 1 and 2 follow their noun: "جندي واحد", "two soldiers" is handled above.
    const bool one_or_two = m_.value.low && m_.value.low == m_.value.high && *m_.value.low <= 2;
    if (first > sentence_begin_ && one_or_two) {
      if (auto u = UnitAt(first - 1, first)) return SetHead(u.begin, u.end, &t_.units[*u.value]);
    }
    // A nationality used as a noun counts people of that nation: "45 Palestinians", "12 سوريًا".
    if (i < sentence_end_) {
      if (auto p = PlaceAt(i, sentence_end_); p && p.value->kind == PlaceKind::kNisba && !p.flag) {
        const auto* person = index_.units.Find("person");
        head_country_ = p.value->country;
        return SetHead(p.begin, p.end, person == nullptr ? nullptr : &t_.units[person->second]);
      }
    }
    // "تفجير واحد", "بطاقة واحدة": a numeral word one or two agrees with the noun before it,
    // whatever follows ("لمسة واحدة والتحرك").
    if (one_or_two && first > sentence_begin_ && !IsLatinWord(Text(first)) && text_.tokens[first].kind == TokenKind::kWord &&
        PlainNoun(first - 1)) {
      return SetHead(first - 1, first, nullptr);
    }
    // An unknown noun: keep it as written, with no unit class. An English predicate word is
    // no noun ("9 killed and 23 injured"); Arabic nouns read too often as verbs (رحلة, رحله).
    if (i < sentence_end_ && PlainNoun(i) && !(IsLatinWord(Text(i)) && PredicateAt(i, sentence_end_))) {
      return SetHead(i, i + 1, nullptr);
    }
    // "الضحايا الـ3700", "الدول الـ28", "المتهمين الـ29": a number written with the article
    // right after a plural counted noun of the lexicon counts it; after a singular it is a
    // rank ("المركز الـ48", "العضو الـ162").
    if (first >= sentence_begin_ + 2 && IsWord(text_, first - 1) && Text(first - 1) == "\xD8\xA7\xD9\x84" /* ال */ &&
        text_.tokens[first].glued_to_previous && IsWord(text_, first - 2)) {
      if (auto u = UnitAt(first - 2, first - 1); u && u.end == first - 1 && PluralOf(first - 2, t_.units[*u.value])) {
        return SetHead(u.begin, u.end, &t_.units[*u.value]);
      }
    }
    // "رصيد الهلال من البطولات (55)": a bracketed number right after a noun counts it.
    if (first >= sentence_begin_ + 2 && text_.tokens[first - 1].kind == TokenKind::kPunct && Text(first - 1) == "(" &&
        PlainNoun(first - 2)) {
      if (auto u = UnitAt(first - 2, first - 1)) return SetHead(u.begin, u.end, &t_.units[*u.value]);
      return SetHead(first - 2, first - 1, nullptr);
    }
    FindCountBefore();
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
  const CountBefore& CountNamedBefore() {
    if (count_before_read_) return count_before_;
    count_before_read_ = true;
    const uint32_t first = m_.first_token;
    const uint32_t clause = ClauseStart(first, /*at_punct=*/true, /*at_complementizer=*/false);
    const uint32_t from = std::max(clause, first > kCountWindowBefore ? first - kCountWindowBefore : 0u);
    for (uint32_t j = first; j-- > from;) {
      if (text_.tokens[j].kind == TokenKind::kNumber) break;
      if (!IsWord(text_, j)) continue;
      const auto cue = matcher_.Match(Lex::kCue, index_.cues, j, sentence_end_);
      if (!cue) continue;
      if (*cue.value == CueRole::kDeathToll) {
        count_before_.death_toll = true;
        break;
      }
      if (*cue.value != CueRole::kCountOf) continue;
      uint32_t k = cue.end;
      if (k < first && CueAt(k, CueRole::kPartitive) > 0) ++k;
      if (k >= first || !IsWord(text_, k)) break;
      if (auto u = UnitAt(k, first)) {
        count_before_ = CountBefore{false, u.begin, u.end, &t_.units[*u.value], ""};
      } else if (auto p = PredicateAt(k, first)) {
        count_before_.predicate = p.value->id;  // "the number of injured": people injured
      } else if (PlainNoun(k)) {
        count_before_ = CountBefore{false, k, k + 1, nullptr, ""};
      }
      break;
    }
    return count_before_;
  }

  // No noun follows the number: the count named before it, if any, says what it counts.
  void FindCountBefore() {
    const CountBefore& c = CountNamedBefore();
    if (c.death_toll) death_toll_ = true;
    if (c.noun_end > c.noun_begin) SetHead(c.noun_begin, c.noun_end, c.unit);
    counted_predicate_ = c.predicate;
  }

  // The event a count named before the number implies ("عدد الضحايا": killed), or "".
  std::string CountNounPredicate() {
    const CountBefore& c = CountNamedBefore();
    if (c.death_toll) return "killed";
    if (!c.predicate.empty()) return c.predicate;
    return c.unit != nullptr ? c.unit->implied_predicate : "";
  }

  // Whether the word at i is a plural of the unit: a sound plural (ـين, ـون, ـات) or a form
  // other than the lemma (a broken plural: الدول, الضحايا).
  bool PluralOf(uint32_t i, const ClaimLexicon::UnitEntry& unit) const {
    const std::string_view w = Text(i);
    for (std::string_view end : {"\xD9\x8A\xD9\x86", "\xD9\x88\xD9\x86", "\xD8\xA7\xD8\xAA"}) {
      if (w.size() > end.size() && w.substr(w.size() - end.size()) == end) return true;
    }
    return NormalizeNoun(w) != unit.lemma;
  }

  // A word that may be a counted noun: not a function word or other cue, and not a number.
  // A single letter is a clitic or an abbreviation standing alone ("و 30", "1436 هـ", "7 ر"),
  // never a noun.
  bool PlainNoun(uint32_t i) const {
    if (i >= sentence_end_ || !IsWord(text_, i)) return false;
    const std::string_view w = Text(i);
    const bool latin = IsLatinWord(w);
    if (latin ? w.size() == 1 : w.size() <= 2) return false;
    return !IsFunctionWord(w, latin) && !IsCue(i);
  }

  // A word of claim_cues.tsv's function_word rows, alone or after و/ف ("وحتى", "فقط").
  bool IsFunctionWord(std::string_view w, bool latin) const {
    if (latin) return index_.function_words.Contains(AsciiLower(w));
    if (index_.function_words.Contains(w)) return true;
    const std::string_view conj = w.substr(0, 2);
    return (conj == "\xD9\x88" || conj == "\xD9\x81") && index_.function_words.Contains(w.substr(2));
  }

  static bool IsClosingMark(std::string_view p) {
    return p == ")" || p == "\xC2\xBB" /* » */ || p == "\"" || p == "\xE2\x80\x9D" /* ” */ || p == "'" ||
           p == "\xE2\x80\x99" /* ’ */ || p == "]";
  }

  // What the number counts: the unit class, else the head noun's one form (the lemmatizer's),
  // else, with no noun at all, the people a casualty predicate or a death toll counts. An
  // elliptic count is left to BuildClaims, which knows the earlier counts.
  std::string Counted(const Claim& claim) const {
    // A people noun that names the event it counts ("471 حالة وفاة" killed, units.tsv's implied
    // predicate) counts the people of that predicate, as "قتل 471 شخصا" does: one fact, one form.
    if (unit_ != nullptr && unit_->category == UnitCategory::kPeople && !claim.predicate.empty() &&
        unit_->implied_predicate == claim.predicate) {
      if (std::string people = PeopleCountedBy(claim.predicate); !people.empty()) return people;
    }
    // A noun that names people only by their part in the event (units.tsv's person column:
    // a suspect, a detainee, a case) counts the people of that event: "431 متهما" and "431
    // موقوفا" arrested, "4 حالات" and "4 أشخاص" infected are one fact, whatever the outlet
    // called them. A group (soldiers, workers, children) stays itself: a part of the whole.
    if (unit_ != nullptr && !claim.predicate.empty() && PersonUnder(*unit_, claim.predicate)) return "person";
    if (!claim.unit.empty()) return claim.unit;
    if (head_) return NormalizeNoun(Text(head_begin_));
    if (death_toll_) return PeopleCountedBy("killed");
    if (!counted_predicate_.empty()) return PeopleCountedBy(counted_predicate_);
    return PeopleCountedBy(claim.predicate);
  }

  static bool PersonUnder(const ClaimLexicon::UnitEntry& unit, const std::string& predicate) {
    for (const std::string& id : unit.person_under) {
      if (id == "*" || id == predicate) return true;
    }
    return false;
  }

  // The people a predicate counts when no noun says ("45 were injured", "قتل 15"): the unit of
  // the first people noun of units.tsv that carries the predicate by itself (قتيل: person).
  std::string PeopleCountedBy(const std::string& predicate) const {
    if (predicate.empty()) return "";
    for (const ClaimLexicon::UnitEntry& u : t_.units) {
      if (u.category == UnitCategory::kPeople && u.implied_predicate == predicate) return u.unit;
    }
    return "";
  }

  // "200 من عناصر قوات الدعم السريع": the count is of the group's members, so the unit is the
  // group noun's when it counts people (قوات -> soldier), else the member noun's own (عناصر).
  bool MembersOfGroup(uint32_t member, uint32_t words) {
    if (auto group = UnitAt(member + words, sentence_end_); group && t_.units[*group.value].category == UnitCategory::kPeople) {
      SetHead(group.begin, group.end, &t_.units[*group.value]);
      return true;
    }
    if (auto own = UnitAt(member, sentence_end_)) {
      SetHead(own.begin, own.end, &t_.units[*own.value]);
      return true;
    }
    return false;
  }

  std::string FindSubject() const {
    if (!head_country_.empty()) return head_country_;
    // English nationality adjectives between the number and the noun: "1,500 North Korean troops".
    if (head_ && head_begin_ > m_.end_token) {
      for (uint32_t j = m_.end_token; j < head_begin_; ++j) {
        if (auto p = PlaceAt(j, head_begin_)) return p.value->country;
      }
    }
    // A nisba after the noun ("جندي كوري شمالي"), or "من كوريا الشمالية" / "from North Korea".
    if (head_) {
      uint32_t words = 0;
      for (uint32_t j = head_end_; j < sentence_end_ && words < kSubjectWindowAfter; ++j) {
        if (IsBoundary(j) || text_.tokens[j].kind == TokenKind::kNumber) break;
        if (!IsWord(text_, j)) continue;
        ++words;
        if (CueAt(j, CueRole::kPlacePrep) > 0 || CueAt(j, CueRole::kComplementizer) > 0) break;
        if (auto p = PlaceAt(j, sentence_end_)) {
          if (p.flag) break;  // "لروسيا": a destination, not an owner
          // A nationality adjective agrees with the noun (the accusative بريطانيًا reads like the
          // state's name, so a name right after the noun counts too: "جنود روسيا"); further on
          // a state name only owns the count after "من"/"from" ("جندي من كوريا الشمالية").
          if (p.value->kind == PlaceKind::kNisba || j == head_end_ || (j > head_end_ && (CueAt(j - 1, CueRole::kOrigin) > 0 || CueAt(j - 1, CueRole::kPartitive) > 0))) {
            return p.value->country;
          }
          j = p.end - 1;
          continue;
        }
        if (PredicateAt(j, sentence_end_)) break;
      }
    }
    // The agent: the nearest state (or its capital) before the number in its clause. The
    // search crosses a comma only when the clause opens with the governing verb ("أن كوريا
    // الشمالية، نشرت آلاف"): otherwise the state before the comma belongs to another clause.
    const uint32_t clause = ClauseStart(m_.first_token, /*at_punct=*/true, /*at_complementizer=*/true);
    if (auto agent = AgentIn(clause, m_.first_token)) return *agent;
    if (predicate_before_ && predicate_begin_ == clause && clause > sentence_begin_ && IsBoundary(clause - 1)) {
      const uint32_t reported = ClauseStart(clause - 1, /*at_punct=*/false, /*at_complementizer=*/true);
      if (auto agent = AgentIn(reported, clause - 1)) return *agent;
    }
    return "";
  }

  std::optional<std::string> AgentIn(uint32_t start, uint32_t end) const {
    for (uint32_t j = end; j > start; --j) {
      auto p = PlaceAt(j - 1, end);
      if (!p || p.flag) continue;
      const PlaceKind kind = p.value->kind;
      if (kind != PlaceKind::kCountry && kind != PlaceKind::kCapital &&
          kind != PlaceKind::kOrganisation) {
        continue;
      }
      if (p.begin > sentence_begin_ && CueAt(p.begin - 1, CueRole::kPlacePrep) > 0) continue;
      return p.value->country;
    }
    return std::nullopt;
  }

  void FindPredicate(Claim& claim) {
    using Match = PhraseMatch<ClaimLexicon::PredicateEntry>;
    Match chosen;
    // Before the number, in its clause: the phrase ending nearest the number, longest first
    // ("بمقتل أو إصابة" over "إصابة").
    const uint32_t first = m_.first_token;
    const uint32_t clause = ClauseStart(first, true, true);
    const uint32_t from = std::max(clause, first > kPredicateWindowBefore ? first - kPredicateWindowBefore : 0u);
    for (uint32_t j = from; j < first; ++j) {
      Match m = PredicateAt(j, first);
      if (!m || !VerbReadingHolds(m.begin, clause)) continue;
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
    std::string id = chosen ? chosen.value->id : (unit_ != nullptr ? unit_->implied_predicate : "");
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
        id = rule.becomes;
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
  PhraseMatch<ClaimLexicon::PredicateEntry> PredicateAfter(uint32_t clause) const {
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
      if (found && VerbReadingHolds(found.begin, clause)) return found;
      if (found) break;
    }
    return {};
  }

  // A coordinator ("and", "while", "بينما") among the tokens [begin, end).
  bool CoordinatorBetween(uint32_t begin, uint32_t end) const {
    for (uint32_t j = begin; j < end; ++j) {
      if (IsWord(text_, j) && CueAt(j, CueRole::kCoordinator) > 0) return true;
    }
    return false;
  }

  // "عبر" is crossed as a verb and "via" as a preposition: a verb opens its clause (VSO news
  // order, "عبر 2000 مهاجر البحر"), a preposition follows what it routes ("وصلوا عبر البحر").
  bool VerbReadingHolds(uint32_t begin, uint32_t clause) const {
    return begin == clause || CueAt(begin, CueRole::kVerbIfInitial) == 0;
  }

  // The condition of a predicate_rewrites.tsv row holds for this claim.
  bool RewriteHolds(const ClaimLexicon::PredicateRewrite& rule) const {
    switch (rule.when) {
      case ClaimLexicon::RewriteWhen::kAlways: return true;
      case ClaimLexicon::RewriteWhen::kUnit: return unit_ != nullptr && unit_->unit == rule.unit;
      case ClaimLexicon::RewriteWhen::kUnitCategory:
        return unit_ != nullptr && unit_->category == rule.category;
      case ClaimLexicon::RewriteWhen::kNotUnitCategory:
        return unit_ != nullptr && unit_->category != rule.category;
      case ClaimLexicon::RewriteWhen::kDiseaseNear: return DiseaseNear();
    }
    return false;
  }

  // The counted noun is itself a wounding noun ("3400 إصابة"): its event, for the disease frame.
  bool HeadReadsAsWound() const {
    if (!head_) return false;
    auto m = PredicateAt(head_begin_, head_end_);
    return m && m.value->id == "wounded";
  }

  // A ب-marked disease near the count: after it ("إصابة بالكوليرا", "أصيب 5 آلاف شخص بالحمى",
  // "بفيروس كورونا") or, in the nominal frame, before it ("عدد الإصابات بالحصبة بنحو 15 ألف").
  bool DiseaseNear() const { return DiseaseWithin(+1) || DiseaseWithin(-1); }

  // A ب-marked disease among the few words after (`step` +1) or before (-1) the count, up to
  // a boundary or another number.
  bool DiseaseWithin(int step) const {
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

  bool FindIncrement() const {
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

  bool FindForward() const {
    const uint32_t start = ClauseStart(m_.first_token, true, false);
    uint32_t end = AfterQuantity();
    while (end < sentence_end_ && !IsBoundary(end)) ++end;
    for (uint32_t j = start; j < end; ++j) {
      if (j >= m_.first_token && j < m_.end_token) continue;
      if (CueAt(j, CueRole::kForward) > 0) return true;
    }
    return false;
  }

  // A named place after a place preposition ("في روسيا", "إلى مدينة كورسك", "in the Kursk
  // region"), with a ب/ل clitic ("بروسيا"), after a compass noun ("ضربت شمال المغرب"), or as
  // the object of a strike verb in a relative clause ("الزلزال الذي ضرب تركيا"); a nisba
  // counts after a place noun ("في شرق روسيا" is russia, "الشرق الأقصى الروسي" a region).
  std::optional<std::string> PlaceFrom(uint32_t j, uint32_t limit) const {
    // A locative reading needs ب among the word's proclitics (its first three letters): the
    // costly place match is skipped for every other word.
    if (Text(j).substr(0, 6).find("\xD8\xA8") != std::string_view::npos) {
      if (auto p = PlaceAt(j, limit); p && p.locative && p.value->kind != PlaceKind::kNisba) return p.value->entity;
    }
    // Every other introducer (preposition, compass noun, relative pronoun) is a claim cue.
    const auto cue = matcher_.Match(Lex::kCue, index_.cues, j, sentence_end_);
    if (!cue) return std::nullopt;
    if (*cue.value == CueRole::kPlacePrep) return PlaceAfterIntroducer(cue.end, limit, /*after_prep=*/true);
    if (StartsCompassPhrase(j, limit)) return PlaceAfterIntroducer(j, limit, /*after_prep=*/false);
    if (uint32_t n = RelativeAt(j); n > 0 && j + n < limit) {
      if (uint32_t verb = CueAt(j + n, CueRole::kStrikeVerb); verb > 0) {
        return PlaceAfterIntroducer(j + n + verb, limit, /*after_prep=*/false);
      }
    }
    return std::nullopt;
  }

  // A relative pronoun's length at `j`, or 0; English "that" is listed as a complementizer.
  uint32_t RelativeAt(uint32_t j) const {
    if (uint32_t n = CueAt(j, CueRole::kRelative); n > 0) return n;
    return IsLatinWord(Text(j)) ? CueAt(j, CueRole::kComplementizer) : 0;
  }

  // A compass noun that is not itself the first word of a state's name ("North Korea",
  // "جنوب السودان" are states; "شمال سيناء", "North Darfur" are parts and read as places).
  bool StartsCompassPhrase(uint32_t j, uint32_t limit) const {
    if (CueAt(j, CueRole::kDirection) == 0) return false;
    auto p = PlaceAt(j, limit);
    return !p || (p.value->kind != PlaceKind::kCountry && p.value->kind != PlaceKind::kNisba);
  }

  uint32_t GenericPlaceWordsAt(uint32_t k) const {
    uint32_t g = CueAt(k, CueRole::kGenericPlace);
    return g > 0 ? g : CueAt(k, CueRole::kDirection);
  }

  // The place named from `k` on, past at most kGenericPlaceWords place nouns ("مدينة",
  // "شمال", "the"). After a preposition an event noun may stand before a city's name in a
  // construct ("في ماراثون بيروت", "في زلزال حلب").
  std::optional<std::string> PlaceAfterIntroducer(uint32_t k, uint32_t limit, bool after_prep) const {
    for (uint32_t generic = 0; k < limit && generic <= kGenericPlaceWords; ++generic) {
      if (auto p = PlaceAt(k, limit)) return NamedPlace(p, generic, limit);
      uint32_t g = GenericPlaceWordsAt(k);
      if (g == 0) break;
      k += g;
    }
    if (after_prep && k + 1 < limit && IsWord(text_, k) && !IsCue(k)) {
      auto p = PlaceAt(k + 1, limit);
      if (p && !p.flag && (p.value->kind == PlaceKind::kCity || p.value->kind == PlaceKind::kCapital || p.value->kind == PlaceKind::kRegion)) {
        return p.value->entity;
      }
    }
    return std::nullopt;
  }

  // The entity of a place found after `generic` place nouns. A nisba names its state only after
  // a place noun ("في العاصمة السودانية" is sudan; "في السودانية" nothing), unless a name
  // follows it, which is more specific ("في العاصمة السودانية الخرطوم" is khartoum);
  // likewise a possessed place ("in Sudan's Darfur region" is darfur).
  std::optional<std::string> NamedPlace(const PhraseMatch<ClaimLexicon::PlaceEntry>& p, uint32_t generic,
                                        uint32_t limit) const {
    if (p.value->kind == PlaceKind::kNisba) {
      if (generic == 0) return std::nullopt;
      if (auto named = PlaceAt(p.end, limit); named && named.value->kind != PlaceKind::kNisba) return named.value->entity;
      return p.value->country;
    }
    if (uint32_t after = PossessiveEnd(p.end, limit); after > 0) {
      if (auto inner = PlaceAt(after, limit); inner && inner.value->kind != PlaceKind::kNisba) return inner.value->entity;
    }
    return p.value->entity;
  }

  // The token after an English possessive "'s" starting at `i`, or 0.
  uint32_t PossessiveEnd(uint32_t i, uint32_t limit) const {
    if (i >= limit) return 0;
    std::string_view t = Text(i);
    if (t == "'s" || t == "\xE2\x80\x99s") return i + 1;
    if ((t == "'" || t == "\xE2\x80\x99") && i + 1 < limit && (Text(i + 1) == "s" || Text(i + 1) == "S")) {
      return i + 2;
    }
    return 0;
  }

  std::string FindPlace(const std::string& predicate) const {
    uint32_t end = AfterQuantity();
    while (end < sentence_end_ && !IsBoundary(end)) ++end;
    for (uint32_t j = AfterQuantity(); j < end; ++j) {
      if (auto place = PlaceFrom(j, end)) return *place;
    }
    const uint32_t start = ClauseStart(m_.first_token, true, true);
    std::string nearest;
    for (uint32_t j = start; j < m_.first_token; ++j) {
      if (auto place = PlaceFrom(j, m_.first_token)) nearest = *place;
    }
    if (!nearest.empty()) return nearest;
    // A membership count ("the alliance of 32 states") is a property, not an event: no
    // place of another clause is its place.
    return predicate == "members" ? "" : OnlyPlaceBefore(start);
  }

  // A country that is the agent of a quantity of goods, money, land or energy is where it
  // happens ("Colombia lost 79,000 hectares", "وصدرت مصر 1.9 مليون طن", "Indonesia will
  // import 2 million tonnes"), unless the event reaches out of it (outward_predicates.tsv:
  // fired, supplied, deployed, ...). People are left alone: "Russian soldiers killed" names
  // whose soldiers, not where.
  std::string PlaceOfAgent(const Claim& claim) const {
    if (unit_ != nullptr && unit_->category == UnitCategory::kPeople) return "";
    if (t_.countries.count(claim.subject) == 0) return "";
    if (t_.outward_predicates.count(claim.predicate) != 0) return "";
    return claim.subject;
  }

  // The claim's clause names no place: an earlier clause of the sentence may, most often the
  // reporter's ("أفادت مصادر طبية في محافظة إدلب بأن نحو 300 مريض ..."). Taken only when it
  // names one place (or places within one another), never a guess between two; places after
  // the number belong to other events ("..., but failed in eastern Ukraine").
  // `clause` is where the claim's own clause starts: the tokens from there on name no place.
  std::string OnlyPlaceBefore(uint32_t clause) const {
    std::string only;
    for (uint32_t j = sentence_begin_; j < clause; ++j) {
      const std::optional<std::string> place = PlaceFrom(j, clause);
      if (!place || place->empty() || *place == only) continue;
      if (only.empty() || Within(*place, only)) {
        only = *place;  // the more specific of two nested places
      } else if (!Within(only, *place)) {
        return "";
      }
    }
    return only;
  }

  // `inner` lies within `outer` by the place lexicons ("kigali" in "rwanda").
  bool Within(const std::string& inner, const std::string& outer) const {
    return t_.place_hierarchy.LiesWithin(inner, outer);
  }

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

// A number with nothing counted shares the noun of a number it is listed with: "30 أو 40
// مصحفا", "من 20 إلى 30 شخصا", "3 or 4 parties" (the noun after the later number), and
// "ارتفعت من 40 مليار ريال إلى 120 مليارا" (the earlier number's, same sentence).
void CountedFromNeighbours(const AnalyzedText& text, const std::vector<NumberMention>& mentions,
                           std::vector<Claim>& claims) {
  constexpr uint32_t kListGap = 2;  // tokens between two listed numbers: "أو", "إلى", "-", "or"
  // The noun after the last of listed numbers, back to the first ("8146، 8084، 7896 ريال").
  for (size_t k = claims.size(); k-- > 1;) {
    Claim& earlier = claims[k - 1];
    if (earlier.counted.empty() == claims[k].counted.empty()) continue;
    if (!earlier.counted.empty()) continue;
    const NumberMention& m = mentions[earlier.mention];
    const NumberMention& next = mentions[claims[k].mention];
    bool joined = next.sentence == m.sentence && next.first_token >= m.end_token &&
                  next.first_token - m.end_token <= kListGap;
    for (uint32_t j = m.end_token; joined && j < next.first_token; ++j) {
      const std::string_view t = text.TokenText(j);
      // Only a joiner, never a clause boundary, stands between listed numbers; a comma
      // only directly between two numbers.
      const bool comma = t == "," || t == "\xD8\x8C";
      joined = t != "." && t != ";" && t != ":" && (!comma || next.first_token == m.end_token + 1);
    }
    if (joined) earlier.counted = claims[k].counted;
  }
  // A later number with none takes an earlier one's unit class in its sentence.
  for (size_t k = 0; k < claims.size(); ++k) {
    if (!claims[k].counted.empty()) continue;
    const NumberMention& m = mentions[claims[k].mention];
    for (size_t e = k; e-- > 0;) {
      if (mentions[claims[e].mention].sentence != m.sentence) break;
      // Only a unit the lexicon knows carries over a stretch of text (riyal, person): a noun
      // of its own ("حركة جوية ... هوك 65") is too often another thing's.
      if (!claims[e].unit.empty()) {
        claims[k].counted = claims[e].counted;
        break;
      }
    }
  }
}

}  // namespace

std::optional<UnitCategory> ParseUnitCategory(std::string_view id) {
  static const std::pair<std::string_view, UnitCategory> kIds[] = {
      {"people", UnitCategory::kPeople}, {"materiel", UnitCategory::kMateriel},
      {"measure", UnitCategory::kMeasure}, {"money", UnitCategory::kMoney},
      {"other", UnitCategory::kOther}};
  return FindId(kIds, id);
}

std::optional<CueRole> ParseCueRole(std::string_view id) {
  static const std::pair<std::string_view, CueRole> kIds[] = {
      {"increment", CueRole::kIncrement},
      {"forward", CueRole::kForward},
      {"complementizer", CueRole::kComplementizer},
      {"place_prep", CueRole::kPlacePrep},
      {"generic_place", CueRole::kGenericPlace},
      {"partitive", CueRole::kPartitive},
      {"origin", CueRole::kOrigin},
      {"direction", CueRole::kDirection},
      {"relative", CueRole::kRelative},
      {"strike_verb", CueRole::kStrikeVerb},
      {"disease", CueRole::kDisease},
      {"member_noun", CueRole::kMemberNoun},
      {"verb_if_initial", CueRole::kVerbIfInitial},
      {"function_word", CueRole::kFunctionWord},
      {"coordinator", CueRole::kCoordinator},
      {"count_of", CueRole::kCountOf},
      {"death_toll", CueRole::kDeathToll},
      {"measure_before", CueRole::kMeasureBefore},
      {"of_them", CueRole::kOfThem},
      {"other_noun", CueRole::kOtherNoun}};
  return FindId(kIds, id);
}

ClaimLexicon ClaimLexicon::Load() {
  auto tables = std::make_shared<Tables>();
  LoadUnits(*tables);
  LoadPlaces(*tables);
  LoadPredicates(*tables);
  LoadPredicateRules(*tables);
  LoadCues(*tables);
  LoadDomesticBodies(*tables);
  LoadEvents(*tables);
  ClaimLexicon lexicon;
  // The index points into the tables' map nodes, which never move once loaded.
  lexicon.index_ = std::make_shared<const MatchIndex>(*tables);
  lexicon.tables_ = std::move(tables);
  return lexicon;
}

std::string LemmatizeNoun(std::string_view folded_word, const ClaimLexicon& lexicon) {
  const Tables& t = lexicon.tables();
  for (const std::string& candidate : NounCandidates(folded_word)) {
    if (const auto* form = lexicon.index().units.Find(candidate)) return t.units[form->second].lemma;
  }
  return std::string(folded_word);
}

namespace {

// `next` spells out in words the digits of `m` right before it, with nothing but closing
// brackets or quotes between: "(431) أربعمائة وواحداً وثلاثين", "97 سبعة وتسعين".
bool SpelledRepeat(const AnalyzedText& text, const NumberMention& m, const NumberMention& next) {
  if (next.sentence != m.sentence || next.first_token < m.end_token || next.end_token > text.tokens.size()) return false;
  if (text.tokens[m.first_token].kind != TokenKind::kNumber || text.tokens[next.first_token].kind != TokenKind::kWord) {
    return false;
  }
  for (uint32_t k = m.end_token; k < next.first_token; ++k) {
    const std::string_view p = text.TokenText(k);
    if (text.tokens[k].kind != TokenKind::kPunct ||
        !(p == ")" || p == "\xC2\xBB" /* » */ || p == "\"" || p == "\xE2\x80\x9D" /* ” */ || p == "]")) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::vector<Claim> BuildClaims(const std::string& doc_id, std::string_view original,
                               const AnalyzedText& text,
                               const std::vector<NumberMention>& mentions,
                               const ClaimLexicon& lexicon) {
  std::vector<Claim> claims;
  SentenceMatcher matcher(text, lexicon.index());
  for (uint32_t i = 0; i < mentions.size(); ++i) {
    const NumberMention& m = mentions[i];
    if (m.kind != NumberKind::kQuantity && m.kind != NumberKind::kPercent &&
        m.kind != NumberKind::kFraction) {
      continue;
    }
    if (m.sentence >= text.sentences.size() || m.end_token > text.tokens.size()) continue;
    Claim c;
    c.id = doc_id + "#" + std::to_string(claims.size() + 1);
    c.doc = doc_id;
    c.mention = i;
    c.quote = text.ToOriginal(text.sentences[m.sentence].norm_span);
    // "(97) سبعة وتسعين موقوفا": a number spelled out right after its digits repeats it, and
    // what both count follows the words, not the first of them.
    NumberMention read = m;
    if (i + 1 < mentions.size() && SpelledRepeat(text, m, mentions[i + 1])) read.end_token = mentions[i + 1].end_token;
    ClaimReader reader(text, lexicon.tables(), matcher, read);
    reader.Read(c);
    if (reader.elliptic()) {
      // The nearest earlier count of this sentence or the one before names the noun.
      for (size_t k = claims.size(); k-- > 0;) {
        const NumberMention& earlier = mentions[claims[k].mention];
        if (earlier.sentence + 1 < m.sentence) break;
        if (!claims[k].counted.empty() && claims[k].unit != "percent") {
          c.counted = claims[k].counted;
          break;
        }
      }
    }
    if (!c.head_span.empty() && c.head_span.end <= original.size()) {
      c.head_noun = std::string(original.substr(c.head_span.begin, c.head_span.size()));
    }
    claims.push_back(std::move(c));
  }
  CountedFromNeighbours(text, mentions, claims);
  return claims;
}

void PlaceFromDomesticSource(std::vector<Claim>& claims, const ClaimLexicon& lexicon) {
  const ClaimLexicon::Tables& t = lexicon.tables();
  for (Claim& claim : claims) {
    if (!claim.place.empty()) continue;
    const SourceHop* origin = nullptr;
    int origins = 0;
    for (const SourceHop& hop : claim.attribution) {
      if (hop.role == HopRole::kOrigin || hop.role == HopRole::kCoOrigin) {
        origin = &hop;
        ++origins;
      }
    }
    if (origins != 1) continue;
    // Composed names are "<country>.<institution>"; anything longer is a title or an
    // anonymous source ("sudan.health_ministry.spokesperson", "anonymous.iraq.source").
    const SourceName name = ParseSourceName(origin->name);
    if (!name.IsPair()) continue;
    const std::string country(name.head);
    if (t.countries.count(country) != 0 && t.domestic_bodies.count(std::string(name.rest)) != 0) {
      claim.place = country;
    }
  }
}

namespace {

// The event class of an event noun at token `k` (alone or with the next word), or "".
std::string EventNounAt(const AnalyzedText& text, uint32_t k, uint32_t end, const Tables& t) {
  if (text.tokens[k].kind != TokenKind::kWord) return "";
  const std::vector<std::string> forms = NounCandidates(text.TokenText(k));
  if (k + 1 < end && text.tokens[k + 1].kind == TokenKind::kWord) {
    const std::string next = AsciiLower(text.TokenText(k + 1));
    for (const std::string& form : forms) {
      auto two = t.events.find(form + " " + next);
      if (two != t.events.end()) return two->second;
    }
  }
  for (const std::string& form : forms) {
    auto one = t.events.find(form);
    if (one != t.events.end()) return one->second;
  }
  return "";
}

}  // namespace

void MarkBackgroundEvents(const AnalyzedText& text, const std::string& published,
                          const std::vector<NumberMention>& mentions, const ClaimLexicon& lexicon,
                          std::vector<Claim>& claims) {
  constexpr int kBackgroundDays = 7;  // a period ending this long before publication is past
  constexpr uint32_t kNounBefore = 12;  // how far an event noun may stand before the number
  constexpr uint32_t kNounAfter = 6;    // and after it ("21 killed in last year's attack")
  constexpr uint32_t kNounToTime = 4;   // tokens between the event noun and the time expression
  const std::optional<CivilDate> pub = ParseIsoDate(published);
  if (!pub) return;
  for (Claim& claim : claims) {
    claim.event.clear();
    if (claim.time.from_publication || claim.time.span.empty() || !claim.time.event_from.empty()) continue;
    if (claim.mention >= mentions.size()) continue;
    const std::optional<CivilDate> from = ParseIsoDate(claim.time.from);
    const std::optional<CivilDate> to = ParseIsoDate(claim.time.to);
    if (!from || !to || YearOf(*from) != YearOf(*to)) continue;
    if ((std::chrono::sys_days(*pub) - std::chrono::sys_days(*to)).count() <= kBackgroundDays) continue;
    // Only a figure of something that happened (killed, wounded, destroyed...): a count with
    // no event of its own is no event's figure.
    if (claim.predicate.empty()) continue;
    const NumberMention& m = mentions[claim.mention];
    if (m.sentence >= text.sentences.size()) continue;
    const Sentence& s = text.sentences[m.sentence];
    // The time expression's tokens: the event noun must stand next to it ("تفجير القديح في
    // مايو الماضي", "an attack last year"), so that the past date is the event's, not the
    // date of some other clause of the sentence.
    uint32_t time_first = s.end_token;
    uint32_t time_end = s.first_token;
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      const ByteSpan orig = text.ToOriginal(text.tokens[k].norm_span);
      if (orig.begin >= claim.time.span.begin && orig.end <= claim.time.span.end) {
        time_first = std::min(time_first, k);
        time_end = k + 1;
      }
    }
    if (time_end <= time_first) continue;
    auto near_time = [&](uint32_t k) {
      return (k < time_first ? time_first - k : k >= time_end ? k + 1 - time_end : 0) <= kNounToTime;
    };
    const bool is_head = !claim.head_span.empty();
    auto in_head = [&](uint32_t k) {
      const ByteSpan orig = text.ToOriginal(text.tokens[k].norm_span);
      return is_head && orig.begin >= claim.head_span.begin && orig.end <= claim.head_span.end;
    };
    // The nearest event noun: after the number first (it names the number's own event),
    // then before it, nearest first. The counted noun itself is not its event.
    std::string event_class;
    for (uint32_t k = m.end_token; k < s.end_token && k < m.end_token + kNounAfter && event_class.empty(); ++k) {
      if (!in_head(k) && near_time(k)) event_class = EventNounAt(text, k, s.end_token, lexicon.tables());
    }
    const uint32_t before = m.first_token > s.first_token + kNounBefore ? m.first_token - kNounBefore : s.first_token;
    for (uint32_t k = m.first_token; k-- > before && event_class.empty();) {
      if (!in_head(k) && near_time(k)) event_class = EventNounAt(text, k, s.end_token, lexicon.tables());
    }
    if (event_class.empty()) continue;
    const bool one_month = MonthOf(*from) == MonthOf(*to);
    const std::string period = one_month ? claim.time.from.substr(0, 7) : claim.time.from.substr(0, 4);
    claim.event = event_class + "|" + period + "|" + claim.place;
  }
}

}  // namespace mizan
