// The place of a number's incident within its story (Claim::incident): a war's or an
// insurgency's several attacks, or an accident and the older crash an article recalls, share
// what is counted and the predicate; the town named in the number's clause tells them apart.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/claim_reader.h"
#include "core/lemmatizer.h"

namespace mizan {
namespace claim_reader {

namespace {

// How far from the number the incident's place may stand, in tokens, within its sentence:
// as far as a count's own noun may ("مقتل 3 في تفجير لغم بجنوب شرق تركيا", "a suicide bomber
// blew himself up in a crowded market in Maiduguri, killing 6").
constexpr uint32_t kIncidentWindow = 12;
// An English place name of at most this many capitalized words ("Selby Cross").
constexpr uint32_t kMaxNameWords = 3;

bool Capitalized(std::string_view word) { return !word.empty() && word[0] >= 'A' && word[0] <= 'Z'; }

}  // namespace

// The role of the word at `k` in incident_places.tsv, if any. An Arabic noun is read with
// its proclitics; a settlement noun with the article refers back to a place already named
// ("القرية"): no introducer then.
std::optional<IncidentWord> ClaimReader::IncidentWordAt(uint32_t k) const {
  if (!IsWord(text_, k)) return std::nullopt;
  const std::string_view word = Text(k);
  if (IsLatinWord(word)) {
    const IncidentWord* role = index_.incident_words.Find(AsciiLower(word));
    if (role == nullptr) return std::nullopt;
    return *role;
  }
  // Proclitics (و ف, then ب ل ك) and the article, read off the front without building the
  // splits (this runs for every word around every number): each stem is looked up as a view.
  constexpr std::string_view kWa = "\xD9\x88", kFa = "\xD9\x81", kBa = "\xD8\xA8", kLa = "\xD9\x84",
                             kKa = "\xD9\x83", kAl = "\xD8\xA7\xD9\x84";
  constexpr std::size_t kMinStem = 4;  // two Arabic letters
  std::string_view rest = word;
  auto find = [&](std::string_view stem) { return index_.incident_words.Find(stem); };
  if (const IncidentWord* role = find(rest)) return *role;
  if ((rest.starts_with(kWa) || rest.starts_with(kFa)) && rest.size() >= 2 + kMinStem) {
    rest.remove_prefix(2);
    if (const IncidentWord* role = find(rest)) return *role;
  }
  if ((rest.starts_with(kBa) || rest.starts_with(kLa) || rest.starts_with(kKa)) && rest.size() >= 2 + kMinStem) {
    rest.remove_prefix(2);
    if (const IncidentWord* role = find(rest)) return *role;
  }
  if (rest.starts_with(kAl) && rest.size() >= kAl.size() + kMinStem) {
    rest.remove_prefix(kAl.size());
    // A settlement or province noun with the article refers back to a place already named.
    if (const IncidentWord* role = find(rest); role && *role != IncidentWord::kTownNoun && *role != IncidentWord::kRegionNoun) {
      return *role;
    }
  }
  return std::nullopt;
}

// A town of places.tsv at `k` (a city or capital), or "". Its states and regions are the
// claim's place, which scoring already tells apart and nests (kursk lies within russia).
std::string ClaimReader::TownAt(uint32_t k, uint32_t limit) const {
  auto p = PlaceAt(k, limit);
  if (!p || p.flag) return "";
  const PlaceKind kind = p.value->kind;
  return kind == PlaceKind::kCity || kind == PlaceKind::kCapital ? p.value->entity : "";
}

// The name that starts at `k`, or "": a town the place lexicon knows, else (English) a run of
// capitalized words that are no cue, or (Arabic) one word that is no cue, unit or number.
std::string ClaimReader::NameAt(uint32_t k, uint32_t limit) const {
  if (k >= limit || !IsWord(text_, k)) return "";
  if (std::string town = TownAt(k, limit); !town.empty()) return town;
  if (PlaceAt(k, limit)) return "";  // a country or a nationality: the claim's place
  if (IsLatinWord(Text(k))) {
    std::string name;
    for (uint32_t j = k; j < limit && j < k + kMaxNameWords && IsWord(text_, j) && Capitalized(Text(j)); ++j) {
      if (IsCue(j) || IncidentWordAt(j)) break;
      if (!name.empty()) name += ' ';
      name += AsciiLower(Text(j));
    }
    return name;
  }
  if (IsCue(k) || UnitAt(k, limit) || PredicateAt(k, limit) || IncidentWordAt(k)) return "";
  return std::string(Text(k));
}

// An English capitalized name that ends right before an event noun, with at most one word
// between ("the Harwick derailment", "Harwick rail crash", "the 2019 Selby Cross collision").
std::string ClaimReader::NameBeforeEventAt(uint32_t k, uint32_t limit) const {
  if (!IsWord(text_, k) || !IsLatinWord(Text(k)) || !Capitalized(Text(k))) return "";
  // The run's first word: "The Harwick derailment" is named from Harwick.
  if (k > sentence_begin_ && IsWord(text_, k - 1) && Capitalized(Text(k - 1)) && !IsCue(k - 1)) return "";
  uint32_t end = k;
  while (end < limit && end < k + kMaxNameWords && IsWord(text_, end) && Capitalized(Text(end))) ++end;
  if (PossessiveEnd(end, limit) > 0) return "";  // "Saturday's derailment"
  if (k == sentence_begin_ && !CapitalizedInside(k)) return "";  // "Flash floods hit ..."
  for (uint32_t e = end; e < limit && e <= end + 1; ++e) {
    if (!IsWord(text_, e)) break;
    if (EventNounAt(e)) return NameAt(k, end);
    if (Capitalized(Text(e))) break;
  }
  return "";
}

// Whether the word at `k` is written capitalized somewhere in the document where a sentence
// does not start: a capital that only opens sentences ("Flash floods") names nothing.
bool ClaimReader::CapitalizedInside(uint32_t k) const {
  const std::string_view word = Text(k);
  for (const Sentence& s : text_.sentences) {
    for (uint32_t j = s.first_token + 1; j < s.end_token; ++j) {
      if (text_.tokens[j].kind == TokenKind::kWord && Text(j) == word) return true;
    }
  }
  return false;
}

bool ClaimReader::EventNounAt(uint32_t k) const {
  if (!IsWord(text_, k)) return false;
  for (const std::string& form : NounCandidates(Text(k))) {
    if (t_.events.count(form) != 0) return true;
  }
  return false;
}

// The incident place named at `k`, or "": after a settlement noun, a province noun or "near",
// a town of the place lexicon in a locative phrase ("في كابول", "بمدينة مايدوغوري"), or a name before an
// event noun.
ClaimReader::IncidentPlace ClaimReader::IncidentPlaceAt(uint32_t k, uint32_t limit,
                                                         std::optional<IncidentWord> role) const {
  if (role == IncidentWord::kTownNoun || role == IncidentWord::kRegionNoun || role == IncidentWord::kNear) {
    // Past "of", "من" ("the town of Lice", "بالقرب من"), the article and other place nouns
    // ("near the village of Kamouna", "قرب مدينة مايدوغوري") to the name.
    uint32_t name = k + 1;
    for (uint32_t skipped = 0; name < limit && skipped < kMaxNameWords + 1; ++skipped) {
      if (AsciiLower(Text(name)) == "of" || Text(name) == "\xD9\x85\xD9\x86" /* من */) {
        ++name;
      } else if (const auto next = IncidentWordAt(name); next && *next != IncidentWord::kNotName && *next != IncidentWord::kClauseBreak) {
        ++name;
      } else if (const uint32_t generic = CueAt(name, CueRole::kGenericPlace); generic > 0) {
        name += generic;
      } else {
        break;
      }
    }
    std::string found = NameAt(name, limit);
    return {std::move(found), role == IncidentWord::kRegionNoun};
  }
  if (auto place = PlaceFrom(k, limit); place && IsTown(*place)) return {*place, false};
  return {NameBeforeEventAt(k, limit), false};
}

// Whether `entity` is a city or capital of places.tsv (its first surface's kind, hashed at load).
bool ClaimReader::IsTown(const std::string& entity) const {
  const bool* town = index_.towns.Find(entity);
  return town != nullptr && *town;
}

// Whether token `k` ends the number's own clause for its incident: a quotation mark, a
// complementizer, or a word that opens another clause ("فيما قتل ستة", "while"). A place beyond it is the reporting clause's ("قال في مؤتمر صحافي في أنقرة
// "أوقف 590 شخصا"", "said in Ankara that 590 were held"), where the words were said.
bool ClaimReader::ReportBoundaryAt(uint32_t k, std::optional<IncidentWord> role) const {
  const std::string_view p = Text(k);
  if (text_.tokens[k].kind == TokenKind::kPunct) {
    return p == "\"" || p == "\xC2\xAB" /* « */ || p == "\xC2\xBB" /* » */ || p == "\xE2\x80\x9C" /* “ */ ||
           p == "\xE2\x80\x9D" /* ” */;
  }
  if (role == IncidentWord::kClauseBreak) return true;
  // Every complementizer of claim_cues.tsv (إن, أن and their pronoun forms, "that") has a ن
  // or is Latin: the costlier cue match is skipped for every other word.
  const bool may_be = p.find("\xD9\x86" /* ن */) != std::string_view::npos || IsLatinWord(p);
  return may_be && CueAt(k, CueRole::kComplementizer) > 0;
}

// The nearest incident place around the number in its clause, after it first at equal
// distance (it names the number's own event: "مقتل 13 في هجوم على مدينة ماروا"); a town before
// a province ("بقرية الدالوة بمحافظة الأحساء" is al-Dalwa's). The number's own words and its
// counted noun are skipped; a quotation mark or a complementizer ends the search on its side.
void ClaimReader::FindIncident(Claim& claim) const {
  const uint32_t after = AfterQuantity();
  const uint32_t first = head_ && head_begin_ < m_.first_token ? head_begin_ : m_.first_token;
  const uint32_t end = std::min(sentence_end_, after + kIncidentWindow);
  bool after_open = true, before_open = true;
  IncidentPlace region;
  auto take = [&](IncidentPlace p) {
    if (p.name.empty()) return false;
    if (!p.region) {
      claim.incident = std::move(p.name);
      return true;
    }
    if (region.name.empty()) region = std::move(p);
    return false;
  };
  for (uint32_t d = 0; d < kIncidentWindow && (after_open || before_open); ++d) {
    if (after_open && after + d < end) {
      const uint32_t k = after + d;
      const std::optional<IncidentWord> role = IncidentWordAt(k);
      if (ReportBoundaryAt(k, role)) {
        after_open = false;
      } else if (take(IncidentPlaceAt(k, sentence_end_, role))) {
        return;
      }
    }
    if (before_open && first >= sentence_begin_ + d + 1) {
      const uint32_t k = first - 1 - d;
      const std::optional<IncidentWord> role = IncidentWordAt(k);
      if (ReportBoundaryAt(k, role)) {
        before_open = false;
      } else if (take(IncidentPlaceAt(k, first, role))) {
        return;
      }
    }
  }
  claim.incident = std::move(region.name);
  claim.incident_region = !claim.incident.empty();
}

}  // namespace claim_reader
}  // namespace mizan
