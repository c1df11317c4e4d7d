#include "core/attribution_match.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/lexicon.h"

namespace mizan {
namespace attr {
namespace {

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

}  // namespace

// The ways a word may be read against a table, in the order the rules prefer them: as
// written, without و/ف, without ب/ل/ك too (لل -> ال). `raw` keeps the text's case, `key` is
// lower-cased for lookup; both are views of the token except the ل + ال stem, which lives
// in the scratch strings.
struct WordVariants {
  struct Variant {
    std::string_view raw, key;
    uint64_t hash = 0;  // KeyHash of `key`
    uint8_t clitic_bytes = 0;
    uint8_t trim = 0;     // clitic bytes that are a clean cut of the surface
    uint8_t tables = 0;   // StartFilter bits of `key`
  };
  std::array<Variant, 3> list;
  uint8_t count = 0;
  uint8_t tables = 0;  // union of the variants' bits
  std::string raw_scratch, key_scratch;

  [[gnu::always_inline]] void Read(std::string_view raw, std::string_view key,
                                   const StartFilter& starts) {
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
  [[gnu::always_inline]] void Push(std::string_view raw, std::string_view key,
                                   uint8_t clitic_bytes, uint8_t trim,
                                   const StartFilter& starts) {
    const uint64_t hash = KeyHash(key);
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
    if (IsPunct(k)) continue;
    // Most words start nothing: their variants' filter bits are all clear.
    variants.Read(raw[k], lower[k], tables.starts);
    if (variants.tables == 0) continue;
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

// Appends the matches of `token`'s variants to `index` and returns the pool's new size.
template <typename Payload>
uint32_t Context::Collect(const PhraseTable<Payload>& table, uint32_t token,
                          const WordVariants& variants, uint8_t table_bit,
                          MatchIndex<Payload>& index) {
  for (uint8_t i = 0; i < variants.count; ++i) {
    const WordVariants::Variant& v = variants.list[i];
    if ((v.tables & table_bit) == 0) continue;
    table.ForEachMatch(raw, lower, token, v.raw, v.key, v.hash,
                       [&](const typename PhraseTable<Payload>::Entry& e, uint32_t end) {
                         index.pool.push_back({&e, end, v.clitic_bytes, v.trim});
                       });
  }
  return static_cast<uint32_t>(index.pool.size());
}

// The closed word lists behind WordClasses, with a one-bit-per-KeyBit filter in front:
// the rules ask about many words, few of which are on a list.
struct WordClassTable {
  StringMap<uint8_t> classes;
  std::vector<uint64_t> maybe = std::vector<uint64_t>((1u << 16) / 64, 0);

  void Add(uint8_t cls, std::initializer_list<std::string_view> words) {
    for (std::string_view s : words) {
      const std::string key = LowerAscii(FoldForMatch(s));
      classes[key] |= cls;
      const uint32_t b = KeyBit(key);
      maybe[b / 64] |= uint64_t{1} << (b % 64);
    }
  }
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
  const uint32_t b = KeyBit(w);
  if ((kTable.maybe[b / 64] >> (b % 64) & 1) == 0) return 0;
  auto it = kTable.classes.find(w);
  return it == kTable.classes.end() ? 0 : it->second;
}

}  // namespace attr

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
  tables->IndexFirstWords();
  lexicon.tables_ = std::move(tables);
  return lexicon;
}

}  // namespace mizan
