// Internal to core/ (attribution.cc, source_phrase.cc): the attribution lexicon's tables
// and a document's table matches. Nothing outside core/ includes this header.
//
//   Context c(analyzed, doc.text, lexicon.tables());      // every match, found once
//   Hit<CueEntry> cue = MatchAt(c, c.tables.cues, token, sentence_end, true);
//   if (cue.entry != nullptr) { /* cue.entry->payload.kind, cue.end, cue.clitic */ }
//
// The tables are PhraseLexicons (core/phrase_lexicon.h) keyed by their entries' first words;
// a StartFilter over those words rejects almost every word of running text before any table
// is touched. Words are also read without their proclitics (SplitClitics, CliticStems).
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/arabic_letters.h"
#include "core/attribution.h"
#include "core/attribution_words.h"
#include "core/lemmatizer.h"
#include "core/model.h"
#include "core/phrase_lexicon.h"
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

using arabic::kAlef, arabic::kBa, arabic::kFa, arabic::kKaf, arabic::kLam, arabic::kWaw;

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

// A phrase table: rows of cues.tsv, sources.tsv or hedges.tsv by their first word.
template <typename Payload>
using PhraseTable = PhraseLexicon<Payload>;

// Adds `surface` to `table`: its words are the token texts of its folded form, so entries
// and text are split by the same tokenizer; acronyms keep their case, the rest is
// lower-cased. A surface with no token is not added.
template <typename Payload>
void AddPhrase(PhraseTable<Payload>& table, std::string_view surface, Payload payload) {
  AnalyzedText t = AnalyzeText(surface);
  if (t.tokens.empty()) return;
  const bool case_sensitive = IsAcronym(surface);
  std::vector<std::string> words;
  for (uint32_t k = 0; k < t.tokens.size(); ++k) {
    words.push_back(case_sensitive ? std::string(t.TokenText(k)) : LowerAscii(t.TokenText(k)));
  }
  const std::string key = LowerAscii(words[0]);
  table.Add(key, std::move(words), std::move(payload), case_sensitive);
}

// The StartFilter bit of each table.
constexpr uint8_t kCueTable = 1, kSourceTable = 2, kHedgeTable = 4;

}  // namespace attr

struct AttributionLexicon::Tables {
  attr::PhraseTable<CueEntry> cues;
  attr::PhraseTable<SourceEntry> sources;
  attr::PhraseTable<HedgeEntry> hedges;
  StartFilter starts;  // the first words of all three tables
  AttributionWords words;  // attribution_words.tsv: the rules' closed word lists

  // Fills `starts` and seals the tables once they are loaded.
  void IndexFirstWords() {
    cues.Seal();
    sources.Seal();
    hedges.Seal();
    cues.ForEachKey([&](std::string_view key) { starts.Add(key, attr::kCueTable); });
    sources.ForEachKey([&](std::string_view key) { starts.Add(key, attr::kSourceTable); });
    hedges.ForEachKey([&](std::string_view key) { starts.Add(key, attr::kHedgeTable); });
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
