// Internal to core/ (attribution.cc, source_phrase.cc): the attribution lexicon's tables
// and a document's table matches. Nothing outside core/ includes this header.
//
//   Context c(analyzed, doc.text, lexicon.tables());      // every match, found once
//   Hit<CueEntry> cue = MatchAt(c, c.tables.cues, token, sentence_end, true);
//   if (cue.entry != nullptr) { /* cue.entry->payload.kind, cue.end, cue.clitic */ }
//
// A phrase table is keyed by its entries' first words; a start filter (a 4-bit set of
// tables per 16-bit hash of a word) rejects almost every word of running text before any
// table is touched. Words are also read without their proclitics (و/ف, ب/ل/ك, لل).
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/arabic_letters.h"
#include "core/attribution.h"
#include "core/attribution_words.h"
#include "core/model.h"
#include "core/text.h"

namespace mizan {

enum class CueKind : uint8_t {
  kVerb, kRelayVerb, kCiting, kQuotedBy, kAccordingTo, kTold, kInterview, kHearsay,
  kNominal, kShows, kCredit, kFiller, kTrailer,
};

enum class SourceCategory : uint8_t {
  kPerson, kOrg, kCountry, kOutlet, kNationality, kInstitution, kTitle, kOutletHead,
  kAnonymous, kReports, kSocial, kAnalyst, kDomain, kRank, kDocument, kOrgHead,
};

struct CueEntry {
  CueKind kind = CueKind::kVerb;
  Stance stance = Stance::kAsserted;
};

struct SourceEntry {
  SourceCategory category = SourceCategory::kRank;
  std::string id;  // "" for "-"
  std::optional<SourceType> type;
};

struct HedgeEntry {
  bool descriptor = false;
  Stance stance = Stance::kAsserted;
  // Also read after the number, in its own clause: passive hedges on the claim's
  // predicate ("40 migrants are feared dead", "300 fighters were reportedly killed").
  bool after_number = false;
};

namespace attr {

// Lower-cases ASCII letters only: English entries match any case, Arabic is untouched.
inline std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}


// Acronyms ("US", "AP", "UN") match only in capitals so that "us" and "un" stay words.
inline bool IsAcronym(std::string_view s) {
  int upper = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++upper;
  }
  return upper >= 2;
}

// Lets hash tables keyed by std::string be probed with a std::string_view, so that a
// lookup from the text never builds a temporary key.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

// A cheap 64-bit hash of a key's length and end bytes. Its top 16 bits index the
// StartFilter, which lets almost every word of running text be rejected without touching
// a table; the few words that pass reuse the same hash to probe the phrase tables.
// Short keys are read as two overlapping fixed-size loads, never a variable-length copy.
[[gnu::always_inline]] inline uint64_t KeyHash(std::string_view key) {
  const char* p = key.data();
  const size_t n = key.size();
  uint64_t front = 0, back = 0;
  if (n >= 8) {
    std::memcpy(&front, p, 8);
    std::memcpy(&back, p + n - 8, 8);
  } else if (n >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, p, 4);
    std::memcpy(&tail, p + n - 4, 4);
    front = head | uint64_t{tail} << 32;
  } else if (n > 0) {
    front = static_cast<uint8_t>(p[0]) | static_cast<uint8_t>(p[n / 2]) << 8 |
            static_cast<uint8_t>(p[n - 1]) << 16;
  }
  const uint64_t h = front * 0x9E3779B97F4A7C15ull ^ back * 0xC2B2AE3D27D4EB4Full ^
                     key.size() * 0x165667B19E3779F9ull;
  return (h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ull;
}

// Byte equality without the three-way compare behind string_view's ==: every probe that
// hits the table's hash is confirmed this way.
[[gnu::always_inline]] inline bool SameBytes(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size()) == 0;
}

// The StartFilter index of a KeyHash.
[[gnu::always_inline]] inline uint32_t KeyBit(uint64_t hash) {
  return static_cast<uint32_t>(hash >> 48);
}
[[gnu::always_inline]] inline uint32_t KeyBit(std::string_view key) {
  return KeyBit(KeyHash(key));
}

// The proclitics a word may carry: و/ف, then ب/ل/ك, with "لل" read as ل + ال. A stem keeps
// at least two letters, so short words are never emptied.
struct CliticSplit {
  uint8_t conj = 0;       // bytes of و/ف
  uint8_t prep = 0;       // bytes of ب/ل/ك after it (0 or 2)
  bool lam_lam = false;   // the preposition is the first ل of "لل"
};

using arabic::kAlef, arabic::kBa, arabic::kFa, arabic::kKaf, arabic::kLam, arabic::kWaw;

// Runs on every word of the text, so it compares bytes directly: و D9 88, ف D9 81,
// ب D8 A8, ل D9 84, ك D9 83.
[[gnu::always_inline]] inline CliticSplit SplitClitics(std::string_view word) {
  CliticSplit split;
  const auto* p = reinterpret_cast<const unsigned char*>(word.data());
  size_t n = word.size();
  // A stem keeps at least two letters (four bytes) after each cut.
  if (n < 6 || (p[0] != 0xD8 && p[0] != 0xD9)) return split;
  if (p[0] == 0xD9 && (p[1] == 0x88 || p[1] == 0x81)) {
    split.conj = 2;
    p += 2;
    n -= 2;
    if (n < 6) return split;
  }
  const bool lam = p[0] == 0xD9 && p[1] == 0x84;
  if (lam && p[2] == 0xD9 && p[3] == 0x84) {
    split.prep = 2;
    split.lam_lam = true;
  } else if (lam || (p[0] == 0xD8 && p[1] == 0xA8) || (p[0] == 0xD9 && p[1] == 0x83)) {
    split.prep = 2;
  }
  return split;
}

inline bool HasProclitic(std::string_view word) {
  const CliticSplit split = SplitClitics(word);
  return split.conj != 0 || split.prep != 0;
}

// Token texts by index: views into one string, computed on access, so a document needs
// no per-token storage for them.
class TokenTexts {
 public:
  TokenTexts(const std::vector<Token>& tokens, const std::string& text)
      : tokens_(tokens.data()), size_(tokens.size()), text_(text.data()) {}
  std::string_view operator[](uint32_t k) const {
    const ByteSpan span = tokens_[k].norm_span;
    return std::string_view(text_ + span.begin, span.end - span.begin);
  }
  size_t size() const { return size_; }

 private:
  const Token* tokens_;
  size_t size_;
  const char* text_;
};

// A table of phrases keyed by their first word; a phrase is the token texts of its folded
// form, so entries and text are split by the same tokenizer.
template <typename Payload>
class PhraseTable {
 public:
  struct Entry {
    std::vector<std::string> words;  // lower-cased unless case_sensitive
    bool case_sensitive = false;
    Payload payload;
  };

  void Add(std::string_view surface, Payload payload) {
    AnalyzedText t = AnalyzeText(surface);
    if (t.tokens.empty()) return;
    Entry e;
    e.case_sensitive = IsAcronym(surface);
    for (uint32_t k = 0; k < t.tokens.size(); ++k) {
      e.words.push_back(e.case_sensitive ? std::string(t.TokenText(k))
                                         : LowerAscii(t.TokenText(k)));
    }
    e.payload = std::move(payload);
    const std::string key = LowerAscii(e.words[0]);
    std::vector<Entry>& list = by_first_[key];
    list.push_back(std::move(e));
    // Longest first, so the first match found is the one to keep.
    std::stable_sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) {
      return a.words.size() > b.words.size();
    });
  }

  PhraseTable() = default;
  // The probe table holds views of by_first_'s keys; a copy would point into the original.
  PhraseTable(const PhraseTable&) = delete;
  PhraseTable& operator=(const PhraseTable&) = delete;

  // Builds the probe table once every entry is added: open addressing on KeyHash, so a
  // word that passed the start filter is looked up with the hash it already has.
  void Seal() {
    size_t size = 16;
    int bits = 4;
    while (size < by_first_.size() * 2) {
      size *= 2;
      ++bits;
    }
    shift_ = 64 - bits;
    slots_.assign(size, Slot{});
    for (const auto& [key, list] : by_first_) {
      const uint64_t hash = KeyHash(key);
      size_t i = hash >> shift_;
      while (slots_[i].list != nullptr) i = (i + 1) & (size - 1);
      slots_[i] = {hash, key, &list};
    }
  }

  // The entries whose first word is `key` (lower-cased), whose KeyHash is `hash`.
  const std::vector<Entry>* Find(std::string_view key, uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash >> shift_;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.list == nullptr) return nullptr;
      if (slot.hash == hash && SameBytes(slot.key, key)) return slot.list;
    }
  }

  // Every entry, longest first, whose first word is `first_key` (a stem of the token,
  // lower-cased, with KeyHash `first_hash`; `first_raw` is the same stem as written) and
  // whose other words are tokens [token+1, ...) of the text: calls fn(entry, end).
  template <typename Fn>
  void ForEachMatch(const TokenTexts& raw, const TokenTexts& lower, uint32_t token,
                    std::string_view first_raw, std::string_view first_key,
                    uint64_t first_hash, Fn fn) const {
    const std::vector<Entry>* list = Find(first_key, first_hash);
    if (list == nullptr) return;
    const size_t limit = raw.size();
    for (const Entry& e : *list) {
      if (token + e.words.size() > limit) continue;
      if (e.case_sensitive && first_raw != e.words[0]) continue;
      bool ok = true;
      for (size_t w = 1; w < e.words.size() && ok; ++w) {
        ok = e.case_sensitive ? raw[token + static_cast<uint32_t>(w)] == e.words[w]
                              : lower[token + static_cast<uint32_t>(w)] == e.words[w];
      }
      if (ok) fn(e, token + static_cast<uint32_t>(e.words.size()));
    }
  }

  // Calls fn(key) for every first word (lower-cased) that starts an entry.
  template <typename Fn>
  void ForEachKey(Fn fn) const {
    for (const auto& [key, list] : by_first_) fn(std::string_view(key));
  }

  size_t size() const {
    size_t n = 0;
    for (const auto& [key, list] : by_first_) n += list.size();
    return n;
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    std::string_view key;                    // into by_first_
    const std::vector<Entry>* list = nullptr;  // null: empty slot
  };

  StringMap<std::vector<Entry>> by_first_;  // node-based: keys and lists never move
  std::vector<Slot> slots_;
  int shift_ = 60;
};

// Which tables a word may start an entry of, as a 4-bit set per KeyBit value: one load
// per word variant answers for every table at once. A set bit only means "maybe".
class StartFilter {
 public:
  static constexpr uint8_t kCue = 1, kSource = 2, kHedge = 4;
  StartFilter() : nibbles_(kEntries / 16, 0) {}
  void Add(std::string_view key, uint8_t tables) {
    const uint32_t b = KeyBit(key);
    nibbles_[b / 16] |= uint64_t{tables} << (b % 16 * 4);
  }
  uint8_t Tables(std::string_view key) const { return TablesOfHash(KeyHash(key)); }
  uint8_t TablesOfHash(uint64_t hash) const {
    const uint32_t b = KeyBit(hash);
    return static_cast<uint8_t>((nibbles_[b / 16] >> (b % 16 * 4)) & 0xF);
  }

 private:
  static constexpr uint32_t kEntries = 1u << 16;  // KeyBit's range
  std::vector<uint64_t> nibbles_;
};

}  // namespace attr

struct AttributionLexicon::Tables {
  attr::PhraseTable<CueEntry> cues;
  attr::PhraseTable<SourceEntry> sources;
  attr::PhraseTable<HedgeEntry> hedges;
  attr::StartFilter starts;  // the first words of all three tables
  AttributionWords words;    // attribution_words.tsv: the rules' closed word lists

  // Fills `starts` and seals the tables once they are loaded.
  void IndexFirstWords() {
    using attr::StartFilter;
    cues.Seal();
    sources.Seal();
    hedges.Seal();
    cues.ForEachKey([&](std::string_view key) { starts.Add(key, StartFilter::kCue); });
    sources.ForEachKey([&](std::string_view key) { starts.Add(key, StartFilter::kSource); });
    hedges.ForEachKey([&](std::string_view key) { starts.Add(key, StartFilter::kHedge); });
  }
};

namespace attr {

// ---------------------------------------------------------------------------------------
// Token access with Arabic proclitics.

inline bool HasClitic(std::string_view clitic, std::string_view letter) {
  return clitic.find(letter) != std::string_view::npos;
}

// One way a token starts a table phrase: the entry, the token after it, and how many
// leading bytes of the token are proclitics (and can be cut off its surface).
template <typename Payload>
struct Candidate {
  const typename PhraseTable<Payload>::Entry* entry = nullptr;
  uint32_t end = 0;
  uint8_t clitic_bytes = 0;
  uint8_t trim = 0;
};

// The table matches starting at each token, in one flat pool: token k's are
// pool[first[k], first[k+1]).
template <typename Payload>
struct MatchIndex {
  // Written for every token by IndexMatches, so it is allocated without being cleared.
  std::unique_ptr<uint32_t[]> first;
  std::vector<Candidate<Payload>> pool;

  std::span<const Candidate<Payload>> At(uint32_t token) const {
    return {pool.data() + first[token], pool.data() + first[token + 1]};
  }
};

struct WordVariants;

// A document being attributed: token texts (as written in the match form and lower-cased),
// the tables, and every table match at every token, found in one pass over the words.
struct Context {
  const AnalyzedText& text;
  const std::string& original;
  const AttributionLexicon::Tables& tables;
  TokenTexts raw;  // into text.norm
  std::string lower_norm;
  TokenTexts lower;  // into lower_norm

  // Finds every table match of the document (attribution_match.cc).
  Context(const AnalyzedText& t, const std::string& o, const AttributionLexicon::Tables& tb);
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  bool IsPunct(uint32_t k) const { return text.tokens[k].kind == TokenKind::kPunct; }
  bool IsWord(uint32_t k) const { return text.tokens[k].kind == TokenKind::kWord; }

  ByteSpan Original(uint32_t begin, uint32_t end, uint32_t trim = 0) const {
    return text.ToOriginal({text.tokens[begin].norm_span.begin + trim,
                            text.tokens[end - 1].norm_span.end});
  }
  std::string Surface(ByteSpan span) const {
    return original.substr(span.begin, span.size());
  }

  // Every match of `table` at `token` (a word or number), in the order the rules prefer
  // them: the word as written first, then without proclitics; longest entry first.
  std::span<const Candidate<CueEntry>> Candidates(const PhraseTable<CueEntry>&,
                                                  uint32_t token) const {
    return cues_.At(token);
  }
  std::span<const Candidate<SourceEntry>> Candidates(const PhraseTable<SourceEntry>&,
                                                     uint32_t token) const {
    return sources_.At(token);
  }
  std::span<const Candidate<HedgeEntry>> Candidates(const PhraseTable<HedgeEntry>&,
                                                    uint32_t token) const {
    return hedges_.At(token);
  }

  // The tokens, ascending, that start a cue, that start a source, that are punctuation:
  // the rules that scan a whole sentence for one of these visit only them.
  std::span<const uint32_t> CueStarts() const { return cue_starts_; }
  std::span<const uint32_t> SourceStarts() const { return source_starts_; }
  std::span<const uint32_t> Punctuation() const { return punctuation_; }

 private:
  // The rules try the same token against the same table many times (every cue, every
  // start of a candidate phrase), so each word is split and looked up once per document.
  // The start filter rejects almost every word of running text with one load per variant.
  void IndexMatches();
  template <typename Payload>
  uint32_t Collect(const PhraseTable<Payload>& table, uint32_t token,
                   const WordVariants& variants, uint8_t table_bit, MatchIndex<Payload>& index);

  MatchIndex<CueEntry> cues_;
  MatchIndex<SourceEntry> sources_;
  MatchIndex<HedgeEntry> hedges_;
  std::vector<uint32_t> cue_starts_, source_starts_, punctuation_;
};

template <typename Payload>
struct Hit {
  const typename PhraseTable<Payload>::Entry* entry = nullptr;
  uint32_t end = 0;
  std::string_view clitic;  // the stripped proclitics, a prefix of the token
  uint32_t trim = 0;  // bytes of the clitic that can be cut off the surface ("ل" of لصحيفة)
};

// The first of `token`'s candidates that ends by `limit` (and carries no proclitic unless
// allowed): they are listed in the order the rules prefer them.
template <typename Payload>
Hit<Payload> FirstMatch(const Context& c, std::span<const Candidate<Payload>> candidates,
                        uint32_t token, uint32_t limit, bool allow_clitics) {
  Hit<Payload> hit;
  for (const Candidate<Payload>& m : candidates) {
    if (!allow_clitics && m.clitic_bytes != 0) break;  // the written word's matches come first
    if (m.end > limit) continue;
    hit.entry = m.entry;
    hit.end = m.end;
    hit.clitic = c.raw[token].substr(0, m.clitic_bytes);
    hit.trim = m.trim;
    return hit;
  }
  return hit;
}

// The longest table match at `token` ending by `limit`: the word as written first, then
// without proclitics (when allowed). Most tokens start nothing, which this answers inline.
template <typename Payload>
[[gnu::always_inline]] inline Hit<Payload> MatchAt(const Context& c,
                                                   const PhraseTable<Payload>& table,
                                                   uint32_t token, uint32_t limit,
                                                   bool allow_clitics) {
  if (token >= limit) return {};
  // Punctuation has no candidates, so an empty list also answers for it.
  const std::span<const Candidate<Payload>> candidates = c.Candidates(table, token);
  if (candidates.empty()) return {};
  return FirstMatch(c, candidates, token, limit, allow_clitics);
}

inline bool IsQuote(std::string_view s) {
  return s == "\"" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" || s == "\xC2\xAB" ||
         s == "\xC2\xBB";
}
inline bool IsComma(std::string_view s) { return s == "," || s == "\xD8\x8C"; }

// Closed word classes the rules consult, one bit each, so a token is classified by one
// hash lookup whatever the number of lists it is checked against.
enum WordClass : uint8_t {
  kStopWord = 1,      // ends a run of unknown name words, separates subject from clause
  kClauseOpener = 2,  // a noun phrase after it starts a clause ("وكانت سول اتهمت")
  kTimeWord = 4,      // may trail a post-posed cue ("..., the ministry said on Tuesday.")
  kConnector = 8,     // joins a source to its owner ("المتحدثة باسم", "of")
};

uint8_t WordClasses(std::string_view w);

inline bool IsStopWord(std::string_view w) { return (WordClasses(w) & kStopWord) != 0; }
inline bool IsClauseOpener(std::string_view w) { return (WordClasses(w) & kClauseOpener) != 0; }
inline bool IsTimeWord(std::string_view w) { return (WordClasses(w) & kTimeWord) != 0; }
inline bool Connector(std::string_view w) { return (WordClasses(w) & kConnector) != 0; }

inline bool IsLatinWord(std::string_view w) {
  return !w.empty() && static_cast<unsigned char>(w[0]) < 0x80;
}
inline bool IsCapitalized(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

}  // namespace attr
}  // namespace mizan
