// Whose a count is and where it happened: the subject (a nationality, "من كوريا الشمالية",
// the agent state before the number) and the place (after a place preposition, a ب clitic,
// a compass noun, or the one place an earlier clause names), per places.tsv. Part of the
// ClaimReader (claim_reader.h); PlaceFromDomesticSource, run after attribution, gives a
// placeless claim the country of its domestic source.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/claim_reader.h"
#include "core/source_name.h"

namespace mizan {
namespace claim_reader {

std::string ClaimReader::FindSubject() const {
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

std::optional<std::string> ClaimReader::AgentIn(uint32_t start, uint32_t end) const {
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

// A named place after a place preposition ("في روسيا", "إلى مدينة كورسك", "in the Kursk
// region"), with a ب/ل clitic ("بروسيا"), after a compass noun ("ضربت شمال المغرب"), or as
// the object of a strike verb in a relative clause ("الزلزال الذي ضرب تركيا"); a nisba
// counts after a place noun ("في شرق روسيا" is russia, "الشرق الأقصى الروسي" a region).
std::optional<std::string> ClaimReader::PlaceFrom(uint32_t j, uint32_t limit) const {
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
uint32_t ClaimReader::RelativeAt(uint32_t j) const {
  if (uint32_t n = CueAt(j, CueRole::kRelative); n > 0) return n;
  return IsLatinWord(Text(j)) ? CueAt(j, CueRole::kComplementizer) : 0;
}

// A compass noun that is not itself the first word of a state's name ("North Korea",
// "جنوب السودان" are states; "شمال سيناء", "North Darfur" are parts and read as places).
bool ClaimReader::StartsCompassPhrase(uint32_t j, uint32_t limit) const {
  if (CueAt(j, CueRole::kDirection) == 0) return false;
  auto p = PlaceAt(j, limit);
  return !p || (p.value->kind != PlaceKind::kCountry && p.value->kind != PlaceKind::kNisba);
}

uint32_t ClaimReader::GenericPlaceWordsAt(uint32_t k) const {
  uint32_t g = CueAt(k, CueRole::kGenericPlace);
  return g > 0 ? g : CueAt(k, CueRole::kDirection);
}

// The place named from `k` on, past at most kGenericPlaceWords place nouns ("مدينة",
// "شمال", "the"). After a preposition an event noun may stand before a city's name in a
// construct ("في ماراثون بيروت", "في زلزال حلب").
std::optional<std::string> ClaimReader::PlaceAfterIntroducer(uint32_t k, uint32_t limit, bool after_prep) const {
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
std::optional<std::string> ClaimReader::NamedPlace(const PhraseMatch<ClaimLexicon::PlaceEntry>& p, uint32_t generic,
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
uint32_t ClaimReader::PossessiveEnd(uint32_t i, uint32_t limit) const {
  if (i >= limit) return 0;
  std::string_view t = Text(i);
  if (t == "'s" || t == "\xE2\x80\x99s") return i + 1;
  if ((t == "'" || t == "\xE2\x80\x99") && i + 1 < limit && (Text(i + 1) == "s" || Text(i + 1) == "S")) {
    return i + 2;
  }
  return 0;
}

std::string ClaimReader::FindPlace(const std::string& predicate) const {
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
std::string ClaimReader::PlaceOfAgent(const Claim& claim) const {
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
std::string ClaimReader::OnlyPlaceBefore(uint32_t clause) const {
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
bool ClaimReader::Within(const std::string& inner, const std::string& outer) const {
  return t_.place_hierarchy.LiesWithin(inner, outer);
}

}  // namespace claim_reader

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

}  // namespace mizan
