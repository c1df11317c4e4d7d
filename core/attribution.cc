#include "core/attribution.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>

#include "core/error.h"
#include "core/lexicon.h"

namespace mizan {

enum class CueKind : uint8_t {
  kVerb, kRelayVerb, kCiting, kQuotedBy, kAccordingTo, kTold, kInterview, kHearsay,
  kNominal, kShows, kCredit, kFiller,
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
};

namespace {

// Lower-cases ASCII letters only: English entries match any case, Arabic is untouched.
std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// LowerAscii for a whole document, eight bytes at a time: a byte is an upper-case ASCII
// letter when its high bit is clear and its low seven bits lie in 'A'..'Z'; adding 0x20
// to exactly those bytes lower-cases them. Arabic text has almost none, but every byte
// must still be looked at, so this is where the per-byte cost is.
std::string LowerAsciiFast(std::string_view s) {
  std::string out(s);
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  size_t i = 0;
  for (; i + 8 <= out.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, out.data() + i, 8);
    const uint64_t low7 = x & ~kHigh;
    const uint64_t at_least_a = low7 + kOnes * (0x80 - 'A');
    const uint64_t above_z = low7 + kOnes * (0x80 - 'Z' - 1);
    const uint64_t upper = at_least_a & ~above_z & ~x & kHigh;
    if (upper == 0) continue;
    x += upper >> 2;  // 0x80 >> 2 == 0x20
    std::memcpy(out.data() + i, &x, 8);
  }
  for (; i < out.size(); ++i) {
    if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] - 'A' + 'a');
  }
  return out;
}

// Acronyms ("US", "AP", "UN") match only in capitals so that "us" and "un" stay words.
bool IsAcronym(std::string_view s) {
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

// A cheap hash of a key's length and end bytes to 16 bits: the index of the StartFilter,
// which lets almost every word of running text be rejected without hashing the whole key
// or touching a hash table.
// Short keys are read as two overlapping fixed-size loads, never a variable-length copy.
[[gnu::always_inline]] inline uint32_t KeyBit(std::string_view key) {
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
  return static_cast<uint32_t>((h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ull >> 48);
}

// The proclitics a word may carry: و/ف, then ب/ل/ك, with "لل" read as ل + ال. A stem keeps
// at least two letters, so short words are never emptied.
struct CliticSplit {
  uint8_t conj = 0;       // bytes of و/ف
  uint8_t prep = 0;       // bytes of ب/ل/ك after it (0 or 2)
  bool lam_lam = false;   // the preposition is the first ل of "لل"
};

constexpr std::string_view kWaw = "\xD9\x88";    // و
constexpr std::string_view kFa = "\xD9\x81";     // ف
constexpr std::string_view kBa = "\xD8\xA8";     // ب
constexpr std::string_view kLam = "\xD9\x84";    // ل
constexpr std::string_view kKaf = "\xD9\x83";    // ك
constexpr std::string_view kAlef = "\xD8\xA7";   // ا

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

bool HasProclitic(std::string_view word) {
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

  // Every entry, longest first, whose first word is `first_key` (a stem of the token,
  // lower-cased; `first_raw` is the same stem as written) and whose other words are tokens
  // [token+1, ...) of the text: calls fn(entry, end).
  template <typename Fn>
  void ForEachMatch(const TokenTexts& raw, const TokenTexts& lower, uint32_t token,
                    std::string_view first_raw, std::string_view first_key, Fn fn) const {
    auto it = by_first_.find(first_key);
    if (it == by_first_.end()) return;
    const size_t limit = raw.size();
    for (const Entry& e : it->second) {
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
  StringMap<std::vector<Entry>> by_first_;
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
  uint8_t Tables(std::string_view key) const {
    const uint32_t b = KeyBit(key);
    return static_cast<uint8_t>((nibbles_[b / 16] >> (b % 16 * 4)) & 0xF);
  }

 private:
  static constexpr uint32_t kEntries = 1u << 16;  // KeyBit's range
  std::vector<uint64_t> nibbles_;
};

}  // namespace

struct AttributionLexicon::Tables {
  PhraseTable<CueEntry> cues;
  PhraseTable<SourceEntry> sources;
  PhraseTable<HedgeEntry> hedges;
  StartFilter starts;  // the first words of all three tables

  // Fills `starts` once the tables are loaded.
  void IndexStarts() {
    cues.ForEachKey([&](std::string_view key) { starts.Add(key, StartFilter::kCue); });
    sources.ForEachKey([&](std::string_view key) { starts.Add(key, StartFilter::kSource); });
    hedges.ForEachKey([&](std::string_view key) { starts.Add(key, StartFilter::kHedge); });
  }
};

namespace {

[[noreturn]] void BadRow(std::string_view file, const LexiconRow& row, std::string_view why) {
  throw Error(ErrorCode::kBadLexicon, std::string(file) + ":" + std::to_string(row.line) +
                                          ": " + std::string(why));
}

std::optional<CueKind> ParseCueKind(std::string_view id) {
  static const std::pair<std::string_view, CueKind> kIds[] = {
      {"verb", CueKind::kVerb},           {"relay_verb", CueKind::kRelayVerb},
      {"citing", CueKind::kCiting},       {"quoted_by", CueKind::kQuotedBy},
      {"according_to", CueKind::kAccordingTo}, {"told", CueKind::kTold},
      {"interview", CueKind::kInterview}, {"hearsay", CueKind::kHearsay},
      {"nominal", CueKind::kNominal},     {"shows", CueKind::kShows},
      {"credit", CueKind::kCredit},       {"filler", CueKind::kFiller}};
  for (const auto& [name, kind] : kIds) {
    if (name == id) return kind;
  }
  return std::nullopt;
}

std::optional<SourceCategory> ParseCategory(std::string_view id) {
  static const std::pair<std::string_view, SourceCategory> kIds[] = {
      {"person", SourceCategory::kPerson},         {"org", SourceCategory::kOrg},
      {"country", SourceCategory::kCountry},       {"outlet", SourceCategory::kOutlet},
      {"nationality", SourceCategory::kNationality},
      {"institution", SourceCategory::kInstitution}, {"title", SourceCategory::kTitle},
      {"outlet_head", SourceCategory::kOutletHead}, {"anonymous", SourceCategory::kAnonymous},
      {"reports", SourceCategory::kReports},       {"social", SourceCategory::kSocial},
      {"analyst", SourceCategory::kAnalyst},       {"domain", SourceCategory::kDomain},
      {"rank", SourceCategory::kRank},             {"document", SourceCategory::kDocument},
      {"org_head", SourceCategory::kOrgHead}};
  for (const auto& [name, category] : kIds) {
    if (name == id) return category;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------
// Token access with Arabic proclitics.

bool HasClitic(std::string_view clitic, std::string_view letter) {
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
  std::vector<uint32_t> first;
  std::vector<Candidate<Payload>> pool;

  std::span<const Candidate<Payload>> At(uint32_t token) const {
    return {pool.data() + first[token], pool.data() + first[token + 1]};
  }
};

// The ways a word may be read against a table, in the order the rules prefer them: as
// written, without و/ف, without ب/ل/ك too (لل -> ال). `raw` keeps the text's case, `key` is
// lower-cased for lookup; both are views of the token except the ل + ال stem, which lives
// in the scratch strings.
struct WordVariants {
  struct Variant {
    std::string_view raw, key;
    uint8_t clitic_bytes = 0;
    uint8_t trim = 0;     // clitic bytes that are a clean cut of the surface
    uint8_t tables = 0;   // StartFilter bits of `key`
  };
  std::array<Variant, 3> list;
  uint8_t count = 0;
  uint8_t tables = 0;  // union of the variants' bits
  std::string raw_scratch, key_scratch;

  void Read(std::string_view raw, std::string_view key, const StartFilter& starts) {
    count = 0;
    tables = 0;
    Push(raw, key, 0, 0, starts);
    const CliticSplit split = SplitClitics(key);
    if (split.conj != 0) {
      Push(raw.substr(split.conj), key.substr(split.conj), split.conj, split.conj, starts);
    }
    const uint8_t stripped = static_cast<uint8_t>(split.conj + 2);
    if (split.lam_lam) {
      // "للكرملين" is ل + الكرملين: no clean cut, the surface keeps it whole.
      raw_scratch.assign(kAlef).append(kLam).append(raw.substr(stripped + 2));
      key_scratch.assign(kAlef).append(kLam).append(key.substr(stripped + 2));
      Push(raw_scratch, key_scratch, stripped, 0, starts);
    } else if (split.prep != 0) {
      Push(raw.substr(stripped), key.substr(stripped), stripped, stripped, starts);
    }
  }

 private:
  void Push(std::string_view raw, std::string_view key, uint8_t clitic_bytes, uint8_t trim,
            const StartFilter& starts) {
    const uint8_t bits = starts.Tables(key);
    list[count++] = {raw, key, clitic_bytes, trim, bits};
    tables |= bits;
  }
};

// A document being attributed: token texts (as written in the match form and lower-cased),
// the tables, and every table match at every token, found in one pass over the words.
struct Context {
  const AnalyzedText& text;
  const std::string& original;
  const AttributionLexicon::Tables& tables;
  TokenTexts raw;  // into text.norm
  std::string lower_norm;
  TokenTexts lower;  // into lower_norm

  Context(const AnalyzedText& t, const std::string& o, const AttributionLexicon::Tables& tb)
      : text(t), original(o), tables(tb), raw(t.tokens, t.norm),
        lower_norm(LowerAsciiFast(t.norm)), lower(t.tokens, lower_norm) {
    IndexMatches();
  }
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

 private:
  // The rules try the same token against the same table many times (every cue, every
  // start of a candidate phrase), so each word is split and looked up once per document.
  // The start filter rejects almost every word of running text with one load per variant.
  void IndexMatches() {
    const auto n = static_cast<uint32_t>(text.tokens.size());
    cues_.first.resize(n + 1);
    sources_.first.resize(n + 1);
    hedges_.first.resize(n + 1);
    // Sized for news text, where a word in ten starts a source and fewer a cue.
    sources_.pool.reserve(n / 8);
    cues_.pool.reserve(n / 16);
    uint32_t* cue_first = cues_.first.data();
    uint32_t* source_first = sources_.first.data();
    uint32_t* hedge_first = hedges_.first.data();
    uint32_t cue_count = 0, source_count = 0, hedge_count = 0;
    WordVariants variants;
    for (uint32_t k = 0; k < n; ++k) {
      cue_first[k] = cue_count;
      source_first[k] = source_count;
      hedge_first[k] = hedge_count;
      if (IsPunct(k) || !MayStartAny(lower[k])) continue;
      variants.Read(raw[k], lower[k], tables.starts);
      if (variants.tables & StartFilter::kCue) {
        cue_count = Collect(tables.cues, k, variants, StartFilter::kCue, cues_);
      }
      if (variants.tables & StartFilter::kSource) {
        source_count = Collect(tables.sources, k, variants, StartFilter::kSource, sources_);
      }
      if (variants.tables & StartFilter::kHedge) {
        hedge_count = Collect(tables.hedges, k, variants, StartFilter::kHedge, hedges_);
      }
    }
    cue_first[n] = cue_count;
    source_first[n] = source_count;
    hedge_first[n] = hedge_count;
  }

  // The quick test every word goes through: whether any variant of it may start an entry
  // of any table (the split is redone in full for the few words that pass).
  bool MayStartAny(std::string_view key) const {
    const StartFilter& starts = tables.starts;
    if (starts.Tables(key) != 0) return true;
    const CliticSplit split = SplitClitics(key);
    const std::string_view rest = key.substr(split.conj);
    if (split.conj != 0 && starts.Tables(rest) != 0) return true;
    // The ل + ال stem is rare enough to leave to the full split.
    if (split.lam_lam) return true;
    return split.prep != 0 && starts.Tables(rest.substr(2)) != 0;
  }

  // Appends the matches of `token`'s variants to `index` and returns the pool's new size.
  template <typename Payload>
  uint32_t Collect(const PhraseTable<Payload>& table, uint32_t token,
                   const WordVariants& variants, uint8_t table_bit, MatchIndex<Payload>& index) {
    for (uint8_t i = 0; i < variants.count; ++i) {
      const WordVariants::Variant& v = variants.list[i];
      if ((v.tables & table_bit) == 0) continue;
      table.ForEachMatch(raw, lower, token, v.raw, v.key,
                         [&](const typename PhraseTable<Payload>::Entry& e, uint32_t end) {
                           index.pool.push_back({&e, end, v.clitic_bytes, v.trim});
                         });
    }
    return static_cast<uint32_t>(index.pool.size());
  }

  MatchIndex<CueEntry> cues_;
  MatchIndex<SourceEntry> sources_;
  MatchIndex<HedgeEntry> hedges_;
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


// A cue at `token`. Verbs take only و/ف: "لنقل" is "to transfer", not "نقل" (relayed),
// while nouns and prepositions take ب/ل too ("بتقييم", "لتحليل").
Hit<CueEntry> MatchCue(const Context& c, uint32_t token, uint32_t limit) {
  Hit<CueEntry> hit = MatchAt(c, c.tables.cues, token, limit, true);
  if (hit.entry == nullptr) return hit;
  const CueKind kind = hit.entry->payload.kind;
  const bool verb = kind == CueKind::kVerb || kind == CueKind::kRelayVerb ||
                    kind == CueKind::kTold || kind == CueKind::kHearsay ||
                    kind == CueKind::kShows || kind == CueKind::kCredit;
  if (verb && (HasClitic(hit.clitic, kBa) || HasClitic(hit.clitic, kLam) ||
               HasClitic(hit.clitic, kKaf))) {
    return {};
  }
  return hit;
}

bool IsQuote(std::string_view s) {
  return s == "\"" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" || s == "\xC2\xAB" ||
         s == "\xC2\xBB";
}
bool IsComma(std::string_view s) { return s == "," || s == "\xD8\x8C"; }

// Closed word classes the rules consult, one bit each, so a token is classified by one
// hash lookup whatever the number of lists it is checked against.
enum WordClass : uint8_t {
  kStopWord = 1,      // ends a run of unknown name words, separates subject from clause
  kClauseOpener = 2,  // a noun phrase after it starts a clause ("وكانت سول اتهمت")
  kTimeWord = 4,      // may trail a post-posed cue ("..., the ministry said on Tuesday.")
  kConnector = 8,     // joins a source to its owner ("المتحدثة باسم", "of")
};

uint8_t WordClasses(std::string_view w) {
  static const StringMap<uint8_t> kClasses = [] {
    StringMap<uint8_t> classes;
    auto add = [&](uint8_t cls, std::initializer_list<std::string_view> words) {
      for (std::string_view s : words) classes[LowerAscii(FoldForMatch(s))] |= cls;
    };
    add(kStopWord,
        {"إن", "أن", "بأن", "أنه", "إنه", "أنها", "إنها", "قد", "يوم", "أمس", "اليوم", "أيضا",
         "الذي", "التي", "الذين", "في", "من", "على", "إلى", "عن", "مع", "هذا", "هذه", "كان",
         "كانت", "خلال", "بعد", "قبل", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
         "السبت", "الأحد", "that", "on", "in", "also", "had", "has", "was", "is", "on"});
    add(kClauseOpener, {"كان", "كانت", "وكان", "وكانت", "قام", "قامت", "وقام", "وقامت", "لكن",
                        "ولكن", "و", "إذ", "بينما", "فيما", "but", "and", "while", "as"});
    add(kTimeWord,
        {"يوم", "أمس", "اليوم", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
         "الأحد", "on", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
         "friday", "saturday", "sunday", "earlier", "later", "late", "last", "week", "night"});
    add(kConnector, {"في", "من", "لدى", "باسم", "of", "in", "from", "at", "for"});
    return classes;
  }();
  auto it = kClasses.find(w);
  return it == kClasses.end() ? 0 : it->second;
}

bool IsStopWord(std::string_view w) { return (WordClasses(w) & kStopWord) != 0; }
bool IsClauseOpener(std::string_view w) { return (WordClasses(w) & kClauseOpener) != 0; }
bool IsTimeWord(std::string_view w) { return (WordClasses(w) & kTimeWord) != 0; }
bool Connector(std::string_view w) { return (WordClasses(w) & kConnector) != 0; }

// Arabic words the rules compare tokens with, folded once (the text is in match form).
struct FoldedWords {
  std::string an_ba = FoldForMatch("بأن");
  std::string an_ba_plain = FoldForMatch("بان");
  std::string an_prefix = FoldForMatch("ان");
  std::string lam_prefix = FoldForMatch("لـ");
  std::string fiha = FoldForMatch("فيها");
  std::string fihi = FoldForMatch("فيه");
  std::string qad = FoldForMatch("قد");
  std::string an = FoldForMatch("عن");
  std::string fi = FoldForMatch("في");
  std::string yawm = FoldForMatch("يوم");
  std::string the_report = FoldForMatch("التقرير");
  std::string report = FoldForMatch("تقرير");
  std::string preparation = FoldForMatch("إعداد");
};
const FoldedWords& Words() {
  static const FoldedWords words;
  return words;
}

bool IsLatinWord(std::string_view w) {
  return !w.empty() && static_cast<unsigned char>(w[0]) < 0x80;
}
bool IsCapitalized(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// Words that show a verb has no subject of its own, so it continues the last speaker:
// Arabic "وأضاف أن/إن/:" and English "he said" / "she added".
bool ContinuesSpeaker(const Context& c, uint32_t cue_begin, uint32_t cue_end, uint32_t limit,
                      uint32_t sentence_first) {
  if (IsLatinWord(c.raw[cue_begin])) {
    if (cue_begin == sentence_first) return true;
    const std::string_view w = c.lower[cue_begin - 1];
    return w == "he" || w == "she" || w == "they" || w == "it" || w == "also" ||
           c.IsPunct(cue_begin - 1);
  }
  uint32_t p = cue_end;
  while (p < limit && c.IsPunct(p) && IsComma(c.raw[p])) ++p;
  if (p >= limit || c.IsPunct(p)) return true;  // ":" or a quotation follows
  const std::string_view w = c.lower[p];
  const FoldedWords& words = Words();
  return IsStopWord(w) || IsTimeWord(w) || w == words.an_ba || w == words.fiha ||
         w == words.fihi || w == words.an_ba_plain || w.starts_with(words.an_prefix) ||
         w.starts_with(words.lam_prefix);
}

// Auxiliaries allowed between a preverbal subject and its verb ("قد أكدت", "has said").
bool IsAuxiliary(std::string_view w) {
  return w == Words().qad || w == "has" || w == "have" || w == "had" || w == "was" ||
         w == "were" || w == "is" || w == "are";
}



// ---------------------------------------------------------------------------------------
// Source noun phrases.

struct Element {
  const SourceEntry* entry;
  uint32_t begin, end;
  uint32_t clitic_bytes = 0;  // proclitics on its first word, left out of its surface
};

struct SourcePhrase {
  uint32_t begin = 0, end = 0;
  std::string_view first_clitic;  // proclitics on its first word ("ل" in "لصحيفة")
  std::vector<Element> elements;
  uint32_t name_begin = 0, name_end = 0;  // a run of unknown name words, if any

  bool Has(SourceCategory cat) const {
    for (const Element& e : elements) {
      if (e.entry->category == cat) return true;
    }
    return false;
  }
  const Element* First(SourceCategory cat) const {
    for (const Element& e : elements) {
      if (e.entry->category == cat) return &e;
    }
    return nullptr;
  }
  bool IsSource() const {
    for (const Element& e : elements) {
      switch (e.entry->category) {
        case SourceCategory::kNationality:
        case SourceCategory::kRank:
        case SourceCategory::kDocument:
        case SourceCategory::kDomain:
          break;
        case SourceCategory::kOrgHead:
          if (name_end > name_begin) return true;
          break;
        case SourceCategory::kOutletHead:
          if (name_end > name_begin || Has(SourceCategory::kOutlet) ||
              Has(SourceCategory::kNationality) || Has(SourceCategory::kCountry)) {
            return true;
          }
          break;
        default:
          return true;
      }
    }
    // "US intelligence": a domain word with a country reads as that country's agency.
    return Has(SourceCategory::kDomain) &&
           (Has(SourceCategory::kNationality) || Has(SourceCategory::kCountry));
  }
  bool IsDocument() const { return !elements.empty() && Has(SourceCategory::kDocument); }
};
bool Coordinator(std::string_view w) { return w == kWaw || w == "and" || w == "&"; }

// Reads a source noun phrase starting at `token`; elements may come in any order (Arabic
// puts modifiers after the head, English before it), joined by و/and, في/of and "'s".
// Proclitics are allowed on the first word only when `allow_clitic` (لمصادر after وفقاً).
std::optional<SourcePhrase> ParseSource(const Context& c, uint32_t token, uint32_t limit,
                                        bool allow_clitic) {
  const auto& table = c.tables.sources;
  // No source starts at this word: the common case, as the rules try every start before
  // a cue.
  if (token >= limit || (!c.IsPunct(token) && c.Candidates(table, token).empty())) {
    return std::nullopt;
  }
  SourcePhrase ph;
  ph.begin = token;
  uint32_t p = token;
  bool first = true;
  bool joined = false;  // a و / في / of / comma was just read
  while (p < limit) {
    if (c.IsPunct(p) && IsQuote(c.raw[p]) && !first) {
      uint32_t q = p + 1;
      while (q < limit && c.IsPunct(q) && IsQuote(c.raw[q])) ++q;
      if (q < limit && MatchAt(c, table, q, limit, false).entry != nullptr) {
        p = q;
        continue;
      }
      break;
    }
    if (c.IsPunct(p) && IsQuote(c.raw[p]) && first) {
      ++p;  // "بحسب "أسوشيتد برس"": the quoted name is the phrase
      ph.begin = p;
      continue;
    }
    Hit<SourceEntry> hit = MatchAt(c, table, p, limit, first ? allow_clitic : true);
    if (hit.entry != nullptr && !first && !hit.clitic.empty()) {
      // Inside a phrase only و (coordination) and ل (genitive: "للحلف") may be attached;
      // a لـ + outlet is the addressee of "told", not part of the subject.
      const SourceCategory cat = hit.entry->payload.category;
      const bool lam = HasClitic(hit.clitic, kLam);
      if (HasClitic(hit.clitic, kBa) || HasClitic(hit.clitic, kKaf) ||
          HasClitic(hit.clitic, kFa) ||
          (lam && (cat == SourceCategory::kOutlet || cat == SourceCategory::kOutletHead))) {
        hit.entry = nullptr;
      }
    }
    const bool coordinated =
        joined || (hit.entry != nullptr && hit.clitic.substr(0, 2) == kWaw) ||
        (hit.entry != nullptr && HasClitic(hit.clitic, kLam));
    if (hit.entry != nullptr && !first &&
        hit.entry->payload.category == SourceCategory::kDocument &&
        ph.elements.back().entry->category != SourceCategory::kDocument) {
      break;  // "مدونون روس مقطع فيديو": the evidence is the verb's object, not the source
    }
    if (hit.entry != nullptr && !first && !coordinated) {
      // Two names side by side without و/في are subject and object ("اتهمت سول بيونغ
      // يانغ"), not one phrase; a person after a title or country is an apposition.
      const SourceCategory cat = hit.entry->payload.category;
      const SourceCategory last = ph.elements.back().entry->category;
      const bool named = last == SourceCategory::kCountry || last == SourceCategory::kPerson ||
                         last == SourceCategory::kOrg || last == SourceCategory::kOutlet;
      if (named && (cat == SourceCategory::kCountry || cat == SourceCategory::kOrg ||
                     cat == SourceCategory::kOutlet ||
                     (cat == SourceCategory::kPerson && last != SourceCategory::kCountry &&
                      last != SourceCategory::kOrg))) {
        break;
      }
    }
    joined = false;
    if (hit.entry != nullptr) {
      if (first) ph.first_clitic = hit.clitic;
      ph.elements.push_back({&hit.entry->payload, p, hit.end, hit.trim});
      p = hit.end;
      ph.end = p;
      first = false;
      continue;
    }
    if (first) break;
    const std::string_view w = c.lower[p];
    auto next_matches = [&](uint32_t q) {
      return q < limit && MatchAt(c, table, q, limit, false).entry != nullptr;
    };
    if ((Coordinator(w) || Connector(w)) && next_matches(p + 1)) {
      ++p;
      joined = true;
      continue;
    }
    if (w == "'" && p + 1 < limit && c.lower[p + 1] == "s" && next_matches(p + 2)) {
      p += 2;
      continue;
    }
    if (w == "'" && p + 1 < limit && c.lower[p + 1] == "s") {
      ph.end = p + 2;  // "South Korea's" closes a possessive before a head noun
      p += 2;
      continue;
    }
    // An apposition: "الأمين العام للحلف، مارك روتي،".
    if (IsComma(c.raw[p]) && p + 1 < limit) {
      Hit<SourceEntry> next = MatchAt(c, table, p + 1, limit, false);
      if (next.entry != nullptr && next.entry->payload.category == SourceCategory::kPerson) {
        ++p;
        joined = true;
        continue;
      }
    }
    // Unknown name words after a title or outlet head: "المتحدثة باسم البنتاغون سابرينا
    // سينغ", "صحيفة تايمز أوف إنديا", "محطة "أس بي أي"".
    const bool takes_name = (ph.Has(SourceCategory::kTitle) ||
                             ph.Has(SourceCategory::kOutletHead) ||
                             ph.Has(SourceCategory::kOrgHead) ||
                             ph.Has(SourceCategory::kAnalyst)) &&
                            ph.name_end == ph.name_begin && !ph.Has(SourceCategory::kPerson) &&
                            !ph.Has(SourceCategory::kOutlet);
    if (takes_name) {
      uint32_t q = p;
      if (IsComma(c.raw[q])) ++q;
      const bool quoted = q < limit && c.IsPunct(q) && IsQuote(c.raw[q]);
      if (quoted) ++q;
      const uint32_t name_begin = q;
      const uint32_t max_words = quoted ? 6 : 3;
      while (q < limit && q - name_begin < max_words && c.IsWord(q) &&
             !IsStopWord(c.lower[q]) &&
             MatchAt(c, c.tables.cues, q, limit, true).entry == nullptr &&
             (!IsLatinWord(c.raw[q]) || IsCapitalized(c.raw[q]) || quoted)) {
        ++q;
      }
      if (q > name_begin) {
        ph.name_begin = name_begin;
        ph.name_end = q;
        if (quoted && q < limit && c.IsPunct(q) && IsQuote(c.raw[q])) ++q;
        p = q;
        ph.end = q;
        continue;
      }
    }
    break;
  }
  if (ph.elements.empty() || !(ph.IsSource() || ph.IsDocument())) return std::nullopt;
  return ph;
}

std::string Slug(const Context& c, uint32_t begin, uint32_t end) {
  std::string out;
  for (uint32_t k = begin; k < end; ++k) {
    if (c.IsPunct(k)) continue;
    if (!out.empty()) out += '_';
    out += c.lower[k];
  }
  return out;
}

struct Referent {
  std::string name;
  SourceType type = SourceType::kUnattributed;
  uint32_t begin = 0, end = 0;  // tokens of its surface
  uint32_t trim = 0;            // proclitic bytes at the start of the first token
};

std::string Join(std::string_view a, std::string_view b) {
  if (a.empty()) return std::string(b);
  if (b.empty()) return std::string(a);
  return std::string(a) + "." + std::string(b);
}

SourceType TypeOf(const SourceEntry& e, SourceType fallback) {
  return e.type.value_or(fallback);
}

// The sources a phrase names, with stable names: persons and outlets by their alias ids,
// offices by owner + title, bodies and unnamed sources by country + kind; several countries
// joined with و make co-origins.
std::vector<Referent> Compose(const Context& c, const SourcePhrase& ph) {
  std::vector<Referent> out;
  std::vector<const Element*> persons, outlets, orgs, countries;
  const Element* head = nullptr;
  const Element* domain = ph.First(SourceCategory::kDomain);
  const Element* document = ph.First(SourceCategory::kDocument);
  for (const Element& e : ph.elements) {
    switch (e.entry->category) {
      case SourceCategory::kPerson: persons.push_back(&e); break;
      case SourceCategory::kOutlet: outlets.push_back(&e); break;
      case SourceCategory::kOrg: orgs.push_back(&e); break;
      case SourceCategory::kCountry:
      case SourceCategory::kNationality: countries.push_back(&e); break;
      case SourceCategory::kInstitution:
      case SourceCategory::kTitle:
      case SourceCategory::kOutletHead:
      case SourceCategory::kAnonymous:
      case SourceCategory::kReports:
      case SourceCategory::kSocial:
      case SourceCategory::kAnalyst:
      case SourceCategory::kOrgHead:
        if (head == nullptr) head = &e;
        break;
      default: break;
    }
  }
  const uint32_t first_trim = ph.elements.empty() || ph.elements[0].begin != ph.begin
                                  ? 0
                                  : ph.elements[0].clitic_bytes;
  auto whole = [&](std::string name, SourceType type) {
    out.push_back({std::move(name), type, ph.begin, ph.end, first_trim});
  };
  auto each = [&](const std::vector<const Element*>& list, bool own_span) {
    for (const Element* e : list) {
      Referent r{e->entry->id, TypeOf(*e->entry, SourceType::kOrganisation), ph.begin, ph.end,
                 first_trim};
      if (own_span && list.size() > 1) {
        r.begin = e->begin;
        r.end = e->end;
        r.trim = e->clitic_bytes;
      }
      out.push_back(std::move(r));
    }
  };
  if (!persons.empty()) {
    each(persons, true);
    return out;
  }
  if (!outlets.empty()) {
    each(outlets, true);
    return out;
  }
  if (head != nullptr && head->entry->category == SourceCategory::kOutletHead) {
    const SourceType type = TypeOf(*head->entry, SourceType::kMedia);
    if (ph.name_end > ph.name_begin) {
      whole("media." + Slug(c, ph.name_begin, ph.name_end), type);
    } else {
      whole(Join(countries.empty() ? "" : countries[0]->entry->id, head->entry->id), type);
    }
    return out;
  }
  if (head != nullptr && head->entry->category == SourceCategory::kOrgHead) {
    whole("org." + Slug(c, ph.name_begin, ph.name_end),
          TypeOf(*head->entry, SourceType::kOrganisation));
    return out;
  }
  if (head != nullptr && head->entry->category == SourceCategory::kTitle) {
    std::string owner;
    const Element* inst = ph.First(SourceCategory::kInstitution);
    if (!orgs.empty()) {
      owner = orgs[0]->entry->id;
    } else {
      owner = Join(countries.empty() ? "" : countries[0]->entry->id,
                   inst != nullptr ? inst->entry->id : "");
    }
    std::string name = Join(owner, head->entry->id);
    if (ph.name_end > ph.name_begin) name = Join(name, Slug(c, ph.name_begin, ph.name_end));
    whole(std::move(name), TypeOf(*head->entry, SourceType::kOfficial));
    return out;
  }
  if (!orgs.empty()) {
    each(orgs, true);
    return out;
  }
  const bool intelligence_document =
      document != nullptr && document->entry->type == SourceType::kIntelligence;
  if (head != nullptr || domain != nullptr) {
    std::string suffix;
    SourceType type = SourceType::kAnonymous;
    bool anonymous = false;
    if (head == nullptr || head->entry->category == SourceCategory::kAnonymous) {
      if (domain != nullptr) {
        suffix = domain->entry->id;
        type = TypeOf(*domain->entry, SourceType::kIntelligence);
      } else {
        suffix = head->entry->id;
        type = SourceType::kAnonymous;
        anonymous = true;
      }
    } else {
      suffix = head->entry->id;
      type = TypeOf(*head->entry, SourceType::kOrganisation);
      if (head->entry->category == SourceCategory::kAnalyst && ph.name_end > ph.name_begin) {
        suffix = Join(suffix, Slug(c, ph.name_begin, ph.name_end));
      }
      if (head->entry->category == SourceCategory::kInstitution && domain != nullptr &&
          domain->entry->id == "intelligence") {
        suffix = "intelligence";
        type = SourceType::kIntelligence;
      }
    }
    if (intelligence_document) type = SourceType::kIntelligence;
    if (countries.empty()) {
      whole(anonymous ? Join("anonymous", suffix) : suffix, type);
      return out;
    }
    for (const Element* country : countries) {
      std::string name = Join(country->entry->id, suffix);
      whole(anonymous ? Join("anonymous", name) : name, type);
    }
    return out;
  }
  for (const Element* country : countries) {
    Referent r{country->entry->id, TypeOf(*country->entry, SourceType::kGovernment), ph.begin,
               ph.end, first_trim};
    if (intelligence_document) {
      r.name = Join(r.name, "intelligence");
      r.type = SourceType::kIntelligence;
    }
    if (countries.size() > 1) {
      r.begin = country->begin;
      r.end = country->end;
      r.trim = country->clitic_bytes;
    }
    out.push_back(std::move(r));
  }
  return out;
}

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

struct Speaker {
  std::vector<SourceHop> chain;
  uint32_t sentence = 0;
  uint32_t token = 0;
  bool valid = false;
};

class Attributor {
 public:
  Attributor(const Context& c) : c_(c) {}

  void Run();
  void Attribute(const std::vector<NumberMention>& mentions, std::vector<Claim>& claims) const;

 private:
  std::vector<SourceHop> HopsOf(const SourcePhrase& ph, uint32_t cue_begin, uint32_t cue_end,
                                HopRole role) const;
  std::optional<SourcePhrase> Preverbal(uint32_t sentence_first, uint32_t cue_begin,
                                        bool require_opener) const;
  std::optional<SourcePhrase> NearestBefore(uint32_t sentence_first, uint32_t before) const;
  std::optional<SourcePhrase> AfterFillers(uint32_t from, uint32_t limit, uint32_t* cursor) const;
  std::vector<SourceHop> Inherit(uint32_t s, uint32_t cue_begin,
                                 const std::vector<CueHit>& so_far) const;
  void AddRelays(uint32_t from, uint32_t limit, uint32_t cue_begin, uint32_t cue_end,
                 CueHit& hit) const;
  CueHit Resolve(uint32_t s, uint32_t token, const Hit<CueEntry>& cue,
                 const std::vector<CueHit>& so_far) const;
  void FindCredits(uint32_t s, const std::vector<CueHit>& hits);

  const Context& c_;
  std::vector<std::vector<CueHit>> hits_;   // per sentence
  std::vector<std::vector<Speaker>> people_;  // person mentions per sentence
  Speaker last_speaker_;
  // Section credits: from a paragraph on, until the next one.
  std::vector<std::pair<uint32_t, std::vector<SourceHop>>> section_credits_;
  std::vector<SourceHop> article_credits_;
  std::vector<uint32_t> article_credit_sentences_;
  // Per sentence: it opens with a quotation mark or starts inside an open quotation, and
  // the last speaker chain of the sentence (for quoted paragraphs that continue it).
  std::vector<bool> quoted_start_;
  std::vector<std::vector<SourceHop>> speaker_of_;
};

std::vector<SourceHop> Attributor::HopsOf(const SourcePhrase& ph, uint32_t cue_begin,
                                          uint32_t cue_end, HopRole role) const {
  std::vector<SourceHop> hops;
  std::vector<Referent> refs = Compose(c_, ph);
  for (const Referent& r : refs) {
    SourceHop h;
    h.span = c_.Original(r.begin, r.end, r.trim);
    h.surface = c_.Surface(h.span);
    h.name = r.name;
    h.type = r.type;
    h.role = (role == HopRole::kOrigin && refs.size() > 1) ? HopRole::kCoOrigin : role;
    if (cue_end > cue_begin) {
      h.cue_span = c_.Original(cue_begin, cue_end);
      h.cue = c_.Surface(h.cue_span);
    }
    hops.push_back(std::move(h));
  }
  return hops;
}

std::optional<SourcePhrase> Attributor::Preverbal(uint32_t sentence_first, uint32_t cue_begin,
                                                  bool require_opener) const {
  uint32_t stop = cue_begin;
  if (stop > sentence_first && IsAuxiliary(c_.lower[stop - 1])) --stop;
  const uint32_t from = cue_begin > sentence_first + 10 ? cue_begin - 10 : sentence_first;
  for (uint32_t j = from; j < stop; ++j) {
    std::optional<SourcePhrase> ph = ParseSource(c_, j, stop, true);
    if (!ph || ph->end != stop || !ph->IsSource()) continue;
    if (HasClitic(ph->first_clitic, kBa) || HasClitic(ph->first_clitic, kLam)) continue;
    const bool opener = j == sentence_first || c_.IsPunct(j - 1) ||
                        IsClauseOpener(c_.lower[j - 1]) || !ph->first_clitic.empty();
    if (require_opener && !opener) continue;
    return ph;
  }
  return std::nullopt;
}

std::optional<SourcePhrase> Attributor::NearestBefore(uint32_t sentence_first,
                                                      uint32_t before) const {
  const uint32_t from = before > sentence_first + 15 ? before - 15 : sentence_first;
  std::optional<SourcePhrase> best;
  for (uint32_t j = before; j-- > from;) {
    std::optional<SourcePhrase> ph = ParseSource(c_, j, before, true);
    if (!ph || !ph->IsSource()) continue;
    // "موالون للكرملين", "بإرسال": a prepositional object is not the owner.
    if (HasClitic(ph->first_clitic, kLam) || HasClitic(ph->first_clitic, kBa)) continue;
    if (best && ph->end < best->end) break;  // no longer covers the nearest phrase
    best = ph;
  }
  return best;
}

std::optional<SourcePhrase> Attributor::AfterFillers(uint32_t from, uint32_t limit,
                                                     uint32_t* cursor) const {
  uint32_t p = from;
  for (int skipped = 0; p < limit && skipped < 4; ++skipped) {
    if (c_.IsPunct(p) && IsQuote(c_.raw[p])) {
      ++p;
      continue;
    }
    Hit<CueEntry> cue = MatchAt(c_, c_.tables.cues, p, limit, true);
    // "حسبما ذكرت X", "بحسب ما أوردته X": fillers and verbs between the cue and its source.
    if (cue.entry != nullptr && (cue.entry->payload.kind == CueKind::kFiller ||
                                 cue.entry->payload.kind == CueKind::kVerb)) {
      p = cue.end;
      continue;
    }
    break;
  }
  std::optional<SourcePhrase> ph = ParseSource(c_, p, limit, true);
  if (ph && !ph->IsSource()) ph.reset();
  if (ph) *cursor = ph->end;
  return ph;
}

std::vector<SourceHop> Attributor::Inherit(uint32_t s, uint32_t cue_begin,
                                           const std::vector<CueHit>& so_far) const {
  std::vector<SourceHop> chain;
  for (auto it = so_far.rbegin(); it != so_far.rend(); ++it) {
    if (!it->chain.empty() && it->kind != CueKind::kCredit) {
      chain = it->chain;
      break;
    }
  }
  if (chain.empty()) {
    // A named person mentioned since the last speaker is the likelier subject: "وكان تدخل
    // روته ... . وأضاف أن ...". Only mentions outside reported speech count.
    const Speaker* person = nullptr;
    for (const Speaker& p : people_[s]) {
      if (p.token < cue_begin) person = &p;
    }
    if (person == nullptr && s > 0 && hits_[s - 1].empty() && !people_[s - 1].empty()) {
      person = &people_[s - 1].back();
    }
    const bool speaker_recent = last_speaker_.valid && s - last_speaker_.sentence <= 3;
    if (person != nullptr &&
        (!speaker_recent || person->sentence > last_speaker_.sentence ||
         (person->sentence == last_speaker_.sentence && person->token > last_speaker_.token))) {
      chain = person->chain;
    } else if (speaker_recent) {
      chain = last_speaker_.chain;
    }
  }
  for (SourceHop& h : chain) h.inferred = true;
  return chain;
}

// Hops after a verb's subject: "لصحيفة X" (told), "نقلاً عن Y" (citing), "عن Y" after نقل,
// "في مقابلة مع X". Stops at the complementizer or the number.
void Attributor::AddRelays(uint32_t from, uint32_t limit, uint32_t cue_begin, uint32_t cue_end,
                           CueHit& hit) const {
  uint32_t p = from;
  for (int steps = 0; p < limit && steps < 8; ++steps) {
    const std::string_view w = c_.lower[p];
    const FoldedWords& words = Words();
    if (hit.kind == CueKind::kRelayVerb && w == words.an) {
      if (auto ph = ParseSource(c_, p + 1, limit, false); ph && ph->IsSource()) {
        for (SourceHop& h : hit.chain) h.role = HopRole::kRelay;
        std::vector<SourceHop> origin = HopsOf(*ph, cue_begin, cue_end, HopRole::kOrigin);
        hit.chain.insert(hit.chain.begin(), origin.begin(), origin.end());
        p = ph->end;
        hit.relay_end = p;
        continue;
      }
    }
    if (c_.text.tokens[p].kind == TokenKind::kNumber || w == ":" || IsStopWord(w)) {
      if (!(w == words.fi || w == words.yawm)) break;
    }
    Hit<CueEntry> cue = MatchAt(c_, c_.tables.cues, p, limit, true);
    if (cue.entry != nullptr) {
      const CueKind kind = cue.entry->payload.kind;
      if (kind == CueKind::kCiting) {
        uint32_t cursor = cue.end;
        if (auto ph = AfterFillers(cue.end, limit, &cursor)) {
          for (SourceHop& h : hit.chain) {
            if (h.role != HopRole::kRelay) h.role = HopRole::kRelay;
          }
          std::vector<SourceHop> origin = HopsOf(*ph, p, cue.end, HopRole::kOrigin);
          hit.chain.insert(hit.chain.begin(), origin.begin(), origin.end());
          hit.scope_end = std::max(hit.scope_end, cursor);
          p = cursor;
          hit.relay_end = p;
          continue;
        }
      }
      if (kind == CueKind::kInterview) {
        uint32_t cursor = cue.end;
        if (auto ph = AfterFillers(cue.end, limit, &cursor)) {
          for (SourceHop& h : HopsOf(*ph, p, cue.end, HopRole::kRelay)) hit.chain.push_back(h);
          hit.scope_end = std::max(hit.scope_end, cursor);
          p = cursor;
          hit.relay_end = p;
          continue;
        }
      }
      break;
    }
    // "قال X لصحيفة Y" / "لـ«الشرق الأوسط»": the outlet received the statement.
    const bool lam_word = w == kLam;
    if (lam_word || (c_.IsWord(p) && HasProclitic(c_.raw[p]))) {
      const uint32_t at = lam_word ? p + 1 : p;
      std::optional<SourcePhrase> ph = ParseSource(c_, at, limit, !lam_word);
      if (ph && ph->IsSource() && (lam_word || HasClitic(ph->first_clitic, kLam)) &&
          (ph->Has(SourceCategory::kOutlet) || ph->Has(SourceCategory::kOutletHead))) {
        for (SourceHop& h : HopsOf(*ph, cue_begin, cue_end, HopRole::kRelay)) {
          hit.chain.push_back(h);
        }
        p = ph->end;
        hit.relay_end = p;
        continue;
      }
    }
    if (c_.IsPunct(p) && (IsComma(c_.raw[p]) || IsQuote(c_.raw[p]))) {
      ++p;
      continue;
    }
    if (w == words.fi || w == words.yawm || w == "on") {
      ++p;
      continue;
    }
    // Time words between subject and addressee ("قال X يوم الاثنين لـY") are rare; stop.
    break;
  }
}

CueHit Attributor::Resolve(uint32_t s, uint32_t token, const Hit<CueEntry>& cue,
                           const std::vector<CueHit>& so_far) const {
  const Sentence& sentence = c_.text.sentences[s];
  const uint32_t limit = sentence.end_token;
  CueHit hit;
  hit.kind = cue.entry->payload.kind;
  hit.stance = cue.entry->payload.stance;
  hit.begin = token;
  hit.end = cue.end;
  hit.scope_end = cue.end;
  auto finish_source = [&](const SourcePhrase& ph, HopRole role) {
    hit.chain = HopsOf(ph, hit.begin, hit.end, role);
    hit.own_source = true;
    hit.outlet_source = ph.Has(SourceCategory::kOutlet) ||
                        (ph.Has(SourceCategory::kOutletHead) && ph.name_end > ph.name_begin);
  };
  auto closes_sentence = [&](uint32_t after) {
    for (uint32_t k = after; k < limit; ++k) {
      if (!c_.IsPunct(k) && !IsTimeWord(c_.lower[k])) return false;
    }
    return true;
  };
  switch (hit.kind) {
    case CueKind::kVerb:
    case CueKind::kRelayVerb:
    case CueKind::kTold:
    case CueKind::kQuotedBy: {
      const bool latin = IsLatinWord(c_.raw[token]);
      std::optional<SourcePhrase> subject;
      uint32_t after = hit.end;
      std::optional<SourcePhrase> pre = Preverbal(sentence.first_token, token, !latin);
      if (!pre && latin) pre = Preverbal(sentence.first_token, token, false);
      std::optional<SourcePhrase> post;
      if (hit.kind != CueKind::kTold && hit.kind != CueKind::kQuotedBy) {
        post = ParseSource(c_, hit.end, limit, false);
        if (post && (!post->IsSource() || !post->first_clitic.empty())) post.reset();
      }
      if (pre) subject = pre;
      else if (post) subject = post;
      else subject = Preverbal(sentence.first_token, token, false);
      if (subject && subject->begin >= hit.end) after = subject->end;
      if (subject) {
        finish_source(*subject, HopRole::kOrigin);
        hit.sentence_final = subject->begin >= hit.end && closes_sentence(subject->end);
        if (subject->begin < hit.begin) hit.sentence_final = closes_sentence(hit.end);
      } else if (ContinuesSpeaker(c_, token, hit.end, limit, sentence.first_token)) {
        hit.chain = Inherit(s, token, so_far);
      }
      if (hit.kind == CueKind::kTold || hit.kind == CueKind::kQuotedBy) {
        if (auto to = ParseSource(c_, hit.end, limit, false); to && to->IsSource()) {
          for (SourceHop& h : HopsOf(*to, hit.begin, hit.end, HopRole::kRelay)) {
            hit.chain.push_back(h);
          }
          after = to->end;
        }
      }
      hit.scope_end = std::max(hit.scope_end, after);
      AddRelays(after, limit, hit.begin, hit.end, hit);
      break;
    }
    case CueKind::kAccordingTo:
    case CueKind::kCiting: {
      uint32_t cursor = hit.end;
      if (auto ph = AfterFillers(hit.end, limit, &cursor)) {
        finish_source(*ph, HopRole::kOrigin);
        hit.scope_end = cursor;
        hit.sentence_final = closes_sentence(cursor);
        AddRelays(cursor, limit, hit.begin, hit.end, hit);
        if (hit.kind == CueKind::kCiting) {
          // "X, citing Y": the clause's speaker, or the source just before, relays Y.
          std::vector<SourceHop> relay;
          if (!so_far.empty()) {
            relay = so_far.back().chain;
          } else if (auto before = NearestBefore(sentence.first_token, token)) {
            relay = HopsOf(*before, hit.begin, hit.end, HopRole::kRelay);
          }
          for (SourceHop h : relay) {
            h.role = HopRole::kRelay;
            hit.chain.push_back(h);
          }
        }
      }
      break;
    }
    case CueKind::kInterview: {
      uint32_t cursor = hit.end;
      hit.chain = Inherit(s, token, so_far);
      if (auto ph = AfterFillers(hit.end, limit, &cursor)) {
        for (SourceHop& h : HopsOf(*ph, hit.begin, hit.end, HopRole::kRelay)) {
          hit.chain.push_back(h);
        }
        hit.scope_end = cursor;
      }
      break;
    }
    case CueKind::kHearsay: {
      SourceHop h;
      h.span = c_.Original(hit.begin, hit.end);
      h.surface = c_.Surface(h.span);
      h.cue_span = h.span;
      h.cue = h.surface;
      h.name = "hearsay";
      h.type = SourceType::kAnonymous;
      hit.chain.push_back(std::move(h));
      hit.own_source = true;
      break;
    }
    case CueKind::kNominal: {
      // "تقديرات وزارة الدفاع": a genitive source; otherwise the clause's speaker.
      if (auto ph = ParseSource(c_, hit.end, limit, false); ph && ph->IsSource() &&
                                                            ph->first_clitic.empty()) {
        finish_source(*ph, HopRole::kOrigin);
        hit.scope_end = ph->end;
      } else if (auto pre = Preverbal(sentence.first_token, token, true)) {
        // "قام الجيش بتقييم أن": the noun is the verb's object, its subject the source.
        finish_source(*pre, HopRole::kOrigin);
      } else {
        for (auto it = so_far.rbegin(); it != so_far.rend(); ++it) {
          if (!it->chain.empty() && it->kind != CueKind::kCredit) {
            hit.chain = it->chain;
            for (SourceHop& h : hit.chain) h.inferred = true;
            break;
          }
        }
      }
      break;
    }
    case CueKind::kShows: {
      // Evidence shows: its owner is the nearest source named before it in the sentence
      // ("تخطط الولايات المتحدة لإصدار معلومات استخباراتية تظهر ...").
      std::optional<SourcePhrase> owner;
      for (auto it = so_far.rbegin(); it != so_far.rend() && hit.chain.empty(); ++it) {
        if (!it->chain.empty() && it->kind != CueKind::kCredit) hit.chain = it->chain;
      }
      if (hit.chain.empty()) owner = NearestBefore(sentence.first_token, token);
      if (!hit.chain.empty()) {
        for (SourceHop& h : hit.chain) h.inferred = true;
      } else if (owner) {
        finish_source(*owner, HopRole::kOrigin);
        bool intelligence = false;
        for (uint32_t k = owner->end; k < token; ++k) {
          Hit<SourceEntry> e = MatchAt(c_, c_.tables.sources, k, token, true);
          if (e.entry && e.entry->payload.type == SourceType::kIntelligence) intelligence = true;
        }
        if (intelligence) {
          for (SourceHop& h : hit.chain) {
            if (h.type == SourceType::kGovernment) {
              h.name = Join(h.name, "intelligence");
              h.type = SourceType::kIntelligence;
            }
          }
        }
      } else {
        hit.chain = Inherit(s, token, so_far);
      }
      break;
    }
    case CueKind::kCredit: {
      std::optional<SourcePhrase> ph = ParseSource(c_, hit.end, limit, false);
      if (!ph || !ph->IsSource()) ph = Preverbal(sentence.first_token, token, false);
      if (ph && (ph->Has(SourceCategory::kOutlet) || ph->Has(SourceCategory::kOutletHead))) {
        // The credit is only a credit when it is about "this report".
        bool about_report = false;
        for (uint32_t k = std::max(ph->end, hit.end); k < limit && k < hit.end + 12; ++k) {
          const std::string_view w = c_.lower[k];
          const FoldedWords& words = Words();
          if (w == words.the_report || w == "report" || w == words.report ||
              w == words.preparation) {
            about_report = true;
          }
        }
        if (about_report) {
          hit.chain = HopsOf(*ph, hit.begin, hit.end, HopRole::kArticleCredit);
          // The whole credit line is the surface a reader sees.
          const ByteSpan line = c_.Original(sentence.first_token, limit);
          for (SourceHop& h : hit.chain) {
            h.span = line;
            h.surface = c_.Surface(line);
          }
          hit.own_source = true;
        }
      }
      break;
    }
    case CueKind::kFiller:
      break;
  }
  return hit;
}

void Attributor::FindCredits(uint32_t s, const std::vector<CueHit>& hits) {
  const Sentence& sentence = c_.text.sentences[s];
  for (const CueHit& hit : hits) {
    if (hit.kind == CueKind::kCredit && !hit.chain.empty()) {
      for (const SourceHop& h : hit.chain) article_credits_.push_back(h);
      article_credit_sentences_.push_back(s);
    }
  }
  // "(Reuters)" / "(أ ف ب)" anywhere, and a closing "- AFP" line.
  for (uint32_t k = sentence.first_token; k < sentence.end_token; ++k) {
    if (!c_.IsPunct(k)) continue;
    const bool open = c_.raw[k] == "(";
    const bool dash = c_.raw[k] == "-" || c_.raw[k] == "\xE2\x80\x93";
    if (!open && !dash) continue;
    std::optional<SourcePhrase> ph = ParseSource(c_, k + 1, sentence.end_token, false);
    if (!ph || !ph->Has(SourceCategory::kOutlet) || ph->elements.size() != 1) continue;
    const bool closed = open && ph->end < sentence.end_token && c_.raw[ph->end] == ")";
    bool at_end = dash && s + 1 == c_.text.sentences.size();
    for (uint32_t q = ph->end; at_end && q < sentence.end_token; ++q) {
      if (!c_.IsPunct(q)) at_end = false;
    }
    if (!closed && !at_end) continue;
    for (SourceHop h : HopsOf(*ph, k, k, HopRole::kArticleCredit)) {
      article_credits_.push_back(std::move(h));
      article_credit_sentences_.push_back(s);
    }
  }
  // A named outlet closing a paragraph's lead sentence ("..., بحسب ما أوردته شبكة CNN.")
  // credits the section that paragraph opens.
  const bool lead = s == 0 || c_.text.sentences[s - 1].paragraph != sentence.paragraph;
  if (!lead) return;
  for (const CueHit& hit : hits) {
    if (hit.kind == CueKind::kAccordingTo && hit.sentence_final && hit.outlet_source &&
        !hit.chain.empty()) {
      std::vector<SourceHop> credit{hit.chain.back()};
      credit.back().role = HopRole::kRelay;
      section_credits_.emplace_back(sentence.paragraph, std::move(credit));
    }
  }
}

void Attributor::Run() {
  const auto& sentences = c_.text.sentences;
  hits_.assign(sentences.size(), {});
  people_.assign(sentences.size(), {});
  quoted_start_.assign(sentences.size(), false);
  speaker_of_.assign(sentences.size(), {});
  bool in_quote = false;
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    quoted_start_[s] = in_quote || (c_.IsPunct(sentence.first_token) &&
                                    IsQuote(c_.raw[sentence.first_token]) &&
                                    c_.raw[sentence.first_token] != "\xE2\x80\x9D" &&
                                    c_.raw[sentence.first_token] != "\xC2\xBB");
    for (uint32_t k = sentence.first_token; k < sentence.end_token; ++k) {
      if (!c_.IsPunct(k)) continue;
      const std::string_view w = c_.raw[k];
      if (w == "\xE2\x80\x9C" || w == "\xC2\xAB") in_quote = true;
      else if (w == "\xE2\x80\x9D" || w == "\xC2\xBB") in_quote = false;
      else if (w == "\"") in_quote = !in_quote;
    }
    // A paragraph break closes any quotation left open by a stray mark.
    if (s + 1 < sentences.size() && sentences[s + 1].paragraph != sentence.paragraph) {
      in_quote = false;
    }
    for (uint32_t k = sentence.first_token; k < sentence.end_token; ++k) {
      Hit<SourceEntry> e = MatchAt(c_, c_.tables.sources, k, sentence.end_token, true);
      if (e.entry != nullptr && e.entry->payload.category == SourceCategory::kPerson) {
        SourcePhrase ph;
        ph.begin = k;
        ph.end = e.end;
        ph.elements.push_back({&e.entry->payload, k, e.end});
        people_[s].push_back({HopsOf(ph, 0, 0, HopRole::kOrigin), s, k, true});
        k = e.end - 1;
      }
    }
    std::vector<CueHit>& hits = hits_[s];
    for (uint32_t k = sentence.first_token; k < sentence.end_token;) {
      Hit<CueEntry> cue = MatchCue(c_, k, sentence.end_token);
      if (cue.entry == nullptr || cue.entry->payload.kind == CueKind::kFiller) {
        ++k;
        continue;
      }
      CueHit hit = Resolve(s, k, cue, hits);
      if (!hit.own_source && hit.kind != CueKind::kInterview) {
        // An inherited speaker is introduced here by this cue ("وأضاف", "مع تقديرات").
        const ByteSpan cue_span = c_.Original(hit.begin, hit.end);
        for (SourceHop& h : hit.chain) {
          if (h.role == HopRole::kOrigin || h.role == HopRole::kCoOrigin) {
            h.cue_span = cue_span;
            h.cue = c_.Surface(cue_span);
          }
        }
      }
      const bool speaker = hit.kind == CueKind::kVerb || hit.kind == CueKind::kRelayVerb ||
                           hit.kind == CueKind::kTold || hit.kind == CueKind::kInterview;
      if (speaker && !hit.chain.empty()) {
        last_speaker_ = {hit.chain, s, k, true};
        speaker_of_[s] = hit.chain;
      }
      // Prepositional cues consume their source phrase; a verb only itself, so that a cue
      // inside a following clause is still read.
      const bool consumes = hit.kind == CueKind::kAccordingTo || hit.kind == CueKind::kCiting ||
                            hit.kind == CueKind::kCredit;
      k = consumes ? std::max(hit.scope_end, cue.end) : std::max(hit.relay_end, cue.end);
      hits.push_back(std::move(hit));
    }
    FindCredits(s, hits);
  }
}

bool SameName(const std::vector<SourceHop>& chain, const SourceHop& hop) {
  for (const SourceHop& h : chain) {
    if (h.name == hop.name) return true;
  }
  return false;
}

// Stances in the order the gold conventions apply them: the first that holds wins.
constexpr Stance kStanceOrder[] = {Stance::kAlleged, Stance::kConfirmed, Stance::kEstimated,
                                   Stance::kReported, Stance::kUnconfirmed, Stance::kDenied,
                                   Stance::kAsserted};

void Attributor::Attribute(const std::vector<NumberMention>& mentions,
                           std::vector<Claim>& claims) const {
  const auto& tokens = c_.text.tokens;
  for (Claim& claim : claims) {
    claim.attribution.clear();
    claim.stance = Stance::kAsserted;
    if (claim.mention >= mentions.size() || tokens.empty()) continue;
    const NumberMention& m = mentions[claim.mention];
    uint32_t first = m.first_token, end = m.end_token;
    if (end <= first) {
      // Mentions built without token indices: locate them by their normalized span.
      auto it = std::lower_bound(tokens.begin(), tokens.end(), m.norm_span.begin,
                                 [](const Token& t, uint32_t at) { return t.norm_span.end <= at; });
      if (it == tokens.end()) continue;
      first = static_cast<uint32_t>(it - tokens.begin());
      end = first + 1;
      while (end < tokens.size() && tokens[end].norm_span.begin < m.norm_span.end) ++end;
    }
    const uint32_t s = tokens[first].sentence;
    const Sentence& sentence = c_.text.sentences[s];
    const std::vector<CueHit>& hits = hits_[s];

    const CueHit* governing = nullptr;
    for (const CueHit& hit : hits) {
      if (hit.kind == CueKind::kCredit) continue;
      if (hit.begin < first && hit.scope_end <= first) governing = &hit;
    }
    if (governing == nullptr) {
      for (const CueHit& hit : hits) {
        if (hit.begin >= end && (hit.kind == CueKind::kAccordingTo || hit.sentence_final)) {
          governing = &hit;
          break;
        }
      }
    }
    // A quoted paragraph continues the speaker who opened it: "وقال X: “...”. “... 300 ...”".
    std::vector<SourceHop> quoted_speaker;
    if (governing == nullptr && quoted_start_[s] && s > 0) {
      for (uint32_t back = s; back-- > 0 && s - back <= 2;) {
        if (!speaker_of_[back].empty()) {
          quoted_speaker = speaker_of_[back];
          break;
        }
        if (!hits_[back].empty()) break;
      }
      for (SourceHop& h : quoted_speaker) h.inferred = true;
    }
    // A number in a descriptor ("التحالف المكون من 32 دولة") is the writer's gloss.
    bool descriptor = false;
    for (uint32_t k = first > sentence.first_token + 4 ? first - 4 : sentence.first_token;
         k < first; ++k) {
      Hit<HedgeEntry> h = MatchAt(c_, c_.tables.hedges, k, first, true);
      if (h.entry && h.entry->payload.descriptor && h.end + 1 >= first) descriptor = true;
    }
    std::vector<SourceHop> chain;
    std::vector<Stance> stances;
    if (!descriptor) chain = quoted_speaker;
    if (governing != nullptr && !descriptor) {
      chain = governing->chain;
      stances.push_back(governing->stance);
      if (!chain.empty()) {
        const SourceHop& origin = chain.front();
        if (origin.name == "hearsay" || origin.name == "unnamed_reports" ||
            origin.type == SourceType::kSocialMedia) {
          stances.push_back(Stance::kReported);
        }
      }
    }
    if (!descriptor) {
      const uint32_t from = governing != nullptr && governing->begin < first
                                ? governing->begin
                                : sentence.first_token;
      for (uint32_t k = from; k < end;) {
        Hit<HedgeEntry> h = MatchAt(c_, c_.tables.hedges, k, end, true);
        if (h.entry && !h.entry->payload.descriptor) {
          stances.push_back(h.entry->payload.stance);
          k = h.end;
        } else {
          ++k;
        }
      }
    }
    // A later "بحسب <outlet>" in the same sentence relays what came before it.
    for (const CueHit& hit : hits) {
      if (&hit == governing || hit.begin < end || hit.kind != CueKind::kAccordingTo ||
          !hit.outlet_source) {
        continue;
      }
      for (SourceHop h : hit.chain) {
        if (SameName(chain, h)) continue;
        h.role = chain.empty() ? HopRole::kOrigin : HopRole::kRelay;
        chain.push_back(std::move(h));
      }
    }
    // Section credit, then article credit: the outermost relays.
    const std::vector<SourceHop>* section = nullptr;
    for (const auto& [paragraph, credit] : section_credits_) {
      if (paragraph <= sentence.paragraph) section = &credit;
    }
    if (section != nullptr) {
      for (SourceHop h : *section) {
        if (SameName(chain, h)) continue;
        h.role = HopRole::kRelay;
        h.inferred = true;
        chain.push_back(std::move(h));
      }
    }
    for (size_t i = 0; i < article_credits_.size(); ++i) {
      SourceHop h = article_credits_[i];
      if (SameName(chain, h)) continue;
      h.role = HopRole::kArticleCredit;
      h.inferred = article_credit_sentences_[i] != s;
      chain.push_back(std::move(h));
    }
    claim.attribution = std::move(chain);
    for (Stance candidate : kStanceOrder) {
      if (std::find(stances.begin(), stances.end(), candidate) != stances.end()) {
        claim.stance = candidate;
        break;
      }
    }
  }
}

}  // namespace

AttributionLexicon AttributionLexicon::Load() {
  auto tables = std::make_shared<Tables>();
  for (const LexiconRow& row : LoadLexicon("cues.tsv")) {
    if (row.fields.size() < 3) BadRow("cues.tsv", row, "expected phrase, kind, stance");
    std::optional<CueKind> kind = ParseCueKind(row.fields[1]);
    if (!kind) BadRow("cues.tsv", row, "unknown cue kind " + row.fields[1]);
    CueEntry e{*kind, Stance::kAsserted};
    if (*kind != CueKind::kFiller) {
      std::optional<Stance> stance = ParseStance(row.fields[2]);
      if (!stance) BadRow("cues.tsv", row, "unknown stance " + row.fields[2]);
      e.stance = *stance;
    }
    tables->cues.Add(row.fields[0], e);
  }
  for (const LexiconRow& row : LoadLexicon("sources.tsv")) {
    if (row.fields.size() < 4) BadRow("sources.tsv", row, "expected phrase, category, id, type");
    std::optional<SourceCategory> category = ParseCategory(row.fields[1]);
    if (!category) BadRow("sources.tsv", row, "unknown category " + row.fields[1]);
    SourceEntry e;
    e.category = *category;
    if (row.fields[2] != "-") e.id = row.fields[2];
    if (row.fields[3] != "-") {
      e.type = ParseSourceType(row.fields[3]);
      if (!e.type) BadRow("sources.tsv", row, "unknown source type " + row.fields[3]);
    }
    const bool needs_id = *category == SourceCategory::kPerson ||
                          *category == SourceCategory::kOrg ||
                          *category == SourceCategory::kCountry ||
                          *category == SourceCategory::kOutlet ||
                          *category == SourceCategory::kNationality;
    if (needs_id && e.id.empty()) BadRow("sources.tsv", row, "a named entity needs an id");
    tables->sources.Add(row.fields[0], std::move(e));
  }
  for (const LexiconRow& row : LoadLexicon("hedges.tsv")) {
    if (row.fields.size() < 2) BadRow("hedges.tsv", row, "expected phrase, effect");
    HedgeEntry e;
    if (row.fields[1] == "descriptor") {
      e.descriptor = true;
    } else {
      std::optional<Stance> stance = ParseStance(row.fields[1]);
      if (!stance) BadRow("hedges.tsv", row, "unknown effect " + row.fields[1]);
      e.stance = *stance;
    }
    tables->hedges.Add(row.fields[0], e);
  }
  AttributionLexicon lexicon;
  tables->IndexStarts();
  lexicon.tables_ = std::move(tables);
  return lexicon;
}

void AttributeClaims(const Document& doc, const AnalyzedText& text,
                     const std::vector<NumberMention>& mentions,
                     const AttributionLexicon& lexicon, std::vector<Claim>& claims) {
  if (claims.empty()) return;
  Context context(text, doc.text, lexicon.tables());
  Attributor attributor(context);
  attributor.Run();
  attributor.Attribute(mentions, claims);
}

std::vector<SourceHop> ReadSourcePhrase(std::string_view phrase,
                                        const AttributionLexicon& lexicon) {
  const std::string original(phrase);
  AnalyzedText text = AnalyzeText(original);
  if (text.tokens.empty()) return {};
  Context c(text, original, lexicon.tables());
  const auto size = static_cast<uint32_t>(text.tokens.size());
  std::optional<SourcePhrase> ph = ParseSource(c, 0, size, true);
  if (!ph || !ph->IsSource() || ph->end != size) return {};
  std::vector<SourceHop> hops;
  std::vector<Referent> refs = Compose(c, *ph);
  for (const Referent& r : refs) {
    SourceHop h;
    h.span = c.Original(r.begin, r.end, r.trim);
    h.surface = c.Surface(h.span);
    h.name = r.name;
    h.type = r.type;
    h.role = refs.size() > 1 ? HopRole::kCoOrigin : HopRole::kOrigin;
    hops.push_back(std::move(h));
  }
  return hops;
}

}  // namespace mizan
