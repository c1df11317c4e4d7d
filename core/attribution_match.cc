#include "core/attribution_match.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "core/error.h"
#include "core/lexicon.h"

namespace mizan {
namespace attr {
namespace {

// Lower-cases ASCII letters, sixteen bytes at a time where SSE2 is available. Arabic text
// has almost none, but every byte must still be looked at, so this is where the per-byte
// cost is. A byte is an upper-case letter when, read as signed, it lies in 'A'..'Z'
// (bytes of UTF-8 sequences are negative and never do); adding 0x20 lower-cases it.
std::string LowerAsciiFast(std::string_view s) {
  std::string out(s);
  char* const data = out.data();
  size_t i = 0;
#ifdef __SSE2__
  const __m128i before_a = _mm_set1_epi8('A' - 1);
  const __m128i after_z = _mm_set1_epi8('Z' + 1);
  const __m128i case_bit = _mm_set1_epi8(0x20);
  for (; i + 16 <= out.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(x, before_a), _mm_cmplt_epi8(x, after_z));
    if (_mm_movemask_epi8(upper) == 0) continue;
    _mm_storeu_si128(reinterpret_cast<__m128i*>(data + i),
                     _mm_add_epi8(x, _mm_and_si128(upper, case_bit)));
  }
#endif
  for (; i < out.size(); ++i) {
    if (data[i] >= 'A' && data[i] <= 'Z') data[i] = static_cast<char>(data[i] - 'A' + 'a');
  }
  return out;
}

}  // namespace

// The ways a word may be read against a table, in the order the rules prefer them: its
// CliticStems (as written, without و/ف, without ب/ل/ك too, لل -> ال). `raw` keeps the text's
// case, `key` is lower-cased for lookup; both are views of the token except the ل + ال stem,
// which lives in the scratch strings.
struct WordVariants {
  struct Variant {
    std::string_view raw, key;
    uint64_t hash = 0;  // WordHash of `key`
    uint8_t clitic_bytes = 0;
    uint8_t trim = 0;     // clitic bytes that are a clean cut of the surface
    uint8_t tables = 0;   // StartFilter bits of `key`
  };
  std::array<Variant, kMaxCliticStems> list;
  uint8_t count = 0;
  uint8_t tables = 0;  // union of the variants' bits
  std::string raw_scratch, key_scratch;

  // `hash` is WordHash(key) and `split` its proclitics, which the caller already has.
  [[gnu::always_inline]] void Read(std::string_view raw, std::string_view key, uint64_t hash,
                                   CliticSplit split, const StartFilter& starts) {
    count = 0;
    tables = 0;
    CliticStem stems[kMaxCliticStems];
    const size_t n = CliticStems(split, /*bare_lam=*/false, stems);
    Push(raw, key, hash, 0, 0, starts);
    for (size_t i = 1; i < n; ++i) {
      const CliticStem stem = stems[i];
      if (stem.restore_alef) {
        // "للكرملين" is ل + الكرملين: no clean cut, the surface keeps it whole.
        raw_scratch.assign(kAlef).append(raw.substr(stem.prefix_len));
        key_scratch.assign(kAlef).append(key.substr(stem.prefix_len));
        Push(raw_scratch, key_scratch, WordHash(key_scratch), stem.prefix_len, 0, starts);
      } else {
        const std::string_view rest = key.substr(stem.prefix_len);
        Push(raw.substr(stem.prefix_len), rest, WordHash(rest), stem.prefix_len, stem.prefix_len, starts);
      }
    }
  }

 private:
  [[gnu::always_inline]] void Push(std::string_view raw, std::string_view key, uint64_t hash,
                                   uint8_t clitic_bytes, uint8_t trim,
                                   const StartFilter& starts) {
    const uint8_t bits = starts.TablesOfHash(hash);
    list[count++] = {raw, key, hash, clitic_bytes, trim, bits};
    tables |= bits;
  }
};

Context::Context(const AnalyzedText& t, const std::string& o,
                 const AttributionLexicon::Tables& tb)
    : text(t), original(o), tables(tb), raw(t.tokens, t.norm),
      lower_norm(LowerAsciiFast(t.norm)), lower(t.tokens, lower_norm) {
  IndexMatches();
}

void Context::IndexMatches() {
  const auto n = static_cast<uint32_t>(text.tokens.size());
  cues_.first = std::make_unique_for_overwrite<uint32_t[]>(n + 1);
  sources_.first = std::make_unique_for_overwrite<uint32_t[]>(n + 1);
  hedges_.first = std::make_unique_for_overwrite<uint32_t[]>(n + 1);
  // Sized for news text, where a token in six starts a source, one in eight is
  // punctuation and fewer start a cue.
  sources_.pool.reserve(n / 4);
  source_starts_.reserve(n / 4);
  punctuation_.reserve(n / 4);
  cues_.pool.reserve(n / 16);
  cue_starts_.reserve(n / 16);
  uint32_t* cue_first = cues_.first.get();
  uint32_t* source_first = sources_.first.get();
  uint32_t* hedge_first = hedges_.first.get();
  uint32_t cue_count = 0, source_count = 0, hedge_count = 0;
  WordVariants variants;
  for (uint32_t k = 0; k < n; ++k) {
    cue_first[k] = cue_count;
    source_first[k] = source_count;
    hedge_first[k] = hedge_count;
    if (IsPunct(k)) {
      punctuation_.push_back(k);
      continue;
    }
    // Most words carry no proclitic and start nothing: the filter bits of the word as
    // written answer for them before any variant is built.
    const std::string_view key = lower[k];
    const uint64_t hash = WordHash(key);
    const CliticSplit split = SplitClitics(key);
    if (split.conj == 0 && split.prep == 0 && tables.starts.TablesOfHash(hash) == 0) continue;
    variants.Read(raw[k], key, hash, split, tables.starts);
    if (variants.tables == 0) continue;
    if (variants.tables & kCueTable) {
      const uint32_t before = cue_count;
      cue_count = Collect(tables.cues, k, variants, kCueTable, cues_);
      if (cue_count != before) cue_starts_.push_back(k);
    }
    if (variants.tables & kSourceTable) {
      const uint32_t before = source_count;
      source_count = Collect(tables.sources, k, variants, kSourceTable, sources_);
      if (source_count != before) source_starts_.push_back(k);
    }
    if (variants.tables & kHedgeTable) {
      hedge_count = Collect(tables.hedges, k, variants, kHedgeTable, hedges_);
    }
  }
  cue_first[n] = cue_count;
  source_first[n] = source_count;
  hedge_first[n] = hedge_count;
}

// Appends the matches of `token`'s variants to `index` and returns the pool's new size.
template <typename Payload>
uint32_t Context::Collect(const PhraseTable<Payload>& table, uint32_t token,
                          const WordVariants& variants, uint8_t table_bit,
                          MatchIndex<Payload>& index) {
  for (uint8_t i = 0; i < variants.count; ++i) {
    const WordVariants::Variant& v = variants.list[i];
    if ((v.tables & table_bit) == 0) continue;
    // A case-sensitive entry's first word is compared as written; every other word is
    // compared as written or lower-cased, as the entry says.
    auto same = [&](const typename PhraseTable<Payload>::Entry& e, size_t w, uint32_t k) {
      if (w == 0) return v.raw == e.words[0];
      return e.case_sensitive ? raw[k] == e.words[w] : lower[k] == e.words[w];
    };
    table.ForEachMatch(v.key, v.hash, token, static_cast<uint32_t>(raw.size()), same,
                       [&](const typename PhraseTable<Payload>::Entry& e, uint32_t end) {
                         index.pool.push_back({&e, end, v.clitic_bytes, v.trim});
                       });
  }
  return static_cast<uint32_t>(index.pool.size());
}

// The closed word lists behind WordClasses: open addressing on WordHash, a fifth full,
// so a word on no list (most of those asked about) usually ends at its first, empty slot
// and a listed one costs one hash compare and one byte compare.
class WordClassTable {
 public:
  void Add(uint8_t cls, std::initializer_list<std::string_view> words) {
    for (std::string_view s : words) {
      const std::string key = LowerAscii(FoldForMatch(s));
      const uint64_t hash = WordHash(key);
      Slot& slot = SlotOf(key, hash);
      if (slot.key.empty()) slot = {hash, key, 0};
      slot.classes |= cls;
    }
  }
  uint8_t Classes(std::string_view w) const {
    const uint64_t hash = WordHash(w);
    for (size_t i = hash >> kShift;; i = (i + 1) % kSlots) {
      const Slot& slot = slots_[i];
      if (slot.key.empty()) return 0;
      if (slot.hash == hash && SameBytes(slot.key, w)) return slot.classes;
    }
  }

 private:
  static constexpr int kBits = 9;  // 512 slots for about a hundred words
  static constexpr size_t kSlots = size_t{1} << kBits;
  static constexpr int kShift = 64 - kBits;
  struct Slot {
    uint64_t hash = 0;
    std::string key;  // empty: a free slot
    uint8_t classes = 0;
  };
  // The slot holding `key`, or the free slot where it goes.
  Slot& SlotOf(std::string_view key, uint64_t hash) {
    for (size_t i = hash >> kShift;; i = (i + 1) % kSlots) {
      Slot& slot = slots_[i];
      if (slot.key.empty() || (slot.hash == hash && slot.key == key)) return slot;
    }
  }
  std::vector<Slot> slots_ = std::vector<Slot>(kSlots);
};

uint8_t WordClasses(std::string_view w) {
  static const WordClassTable kTable = [] {
    WordClassTable t;
    t.Add(kStopWord,
          {"إن", "أن", "بأن", "أنه", "إنه", "أنها", "إنها", "قد", "يوم", "أمس", "اليوم", "أيضا",
           "الذي", "التي", "الذين", "في", "من", "على", "إلى", "عن", "مع", "هذا", "هذه", "كان",
           "كانت", "خلال", "بعد", "قبل", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
           "السبت", "الأحد", "that", "on", "in", "also", "had", "has", "was", "is", "on"});
    t.Add(kClauseOpener, {"كان", "كانت", "وكان", "وكانت", "قام", "قامت", "وقام", "وقامت", "لكن",
                          "ولكن", "و", "إذ", "بينما", "فيما", "but", "and", "while", "as"});
    t.Add(kTimeWord,
          {"يوم", "أمس", "اليوم", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
           "الأحد", "on", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
           "friday", "saturday", "sunday", "earlier", "later", "late", "last", "week", "night"});
    t.Add(kConnector, {"في", "من", "لدى", "باسم", "of", "in", "from", "at", "for"});
    return t;
  }();
  return kTable.Classes(w);
}

}  // namespace attr

namespace {

std::optional<CueKind> ParseCueKind(std::string_view id) {
  static const std::pair<std::string_view, CueKind> kIds[] = {
      {"verb", CueKind::kVerb},           {"relay_verb", CueKind::kRelayVerb},
      {"citing", CueKind::kCiting},       {"quoted_by", CueKind::kQuotedBy},
      {"according_to", CueKind::kAccordingTo}, {"told", CueKind::kTold},
      {"interview", CueKind::kInterview}, {"hearsay", CueKind::kHearsay},
      {"nominal", CueKind::kNominal},     {"shows", CueKind::kShows},
      {"credit", CueKind::kCredit},       {"filler", CueKind::kFiller},
      {"trailer", CueKind::kTrailer}};
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

}  // namespace

AttributionLexicon AttributionLexicon::Load() {
  auto tables = std::make_shared<Tables>();
  for (const LexiconRow& row : LoadLexicon("cues.tsv")) {
    if (row.fields.size() < 3) BadRow("cues.tsv", row, "expected phrase, kind, stance");
    std::optional<CueKind> kind = ParseCueKind(row.fields[1]);
    if (!kind) BadRow("cues.tsv", row, "unknown cue kind " + row.fields[1]);
    CueEntry e{*kind, Stance::kAsserted};
    if (*kind != CueKind::kFiller && *kind != CueKind::kTrailer) {
      std::optional<Stance> stance = ParseStance(row.fields[2]);
      if (!stance) BadRow("cues.tsv", row, "unknown stance " + row.fields[2]);
      e.stance = *stance;
    }
    attr::AddPhrase(tables->cues, row.fields[0], e);
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
    attr::AddPhrase(tables->sources, row.fields[0], std::move(e));
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
    if (row.fields.size() >= 3 && !row.fields[2].empty()) {
      if (row.fields[2] != "after_number") {
        BadRow("hedges.tsv", row, "unknown reach " + row.fields[2]);
      }
      if (e.descriptor) BadRow("hedges.tsv", row, "a descriptor is read before its number");
      e.after_number = true;
    }
    attr::AddPhrase(tables->hedges, row.fields[0], e);
  }
  tables->words = AttributionWords::Load();
  AttributionLexicon lexicon;
  tables->IndexFirstWords();
  lexicon.tables_ = std::move(tables);
  return lexicon;
}

}  // namespace mizan
