// Claims: for each quantity mention, what is counted (unit class and subject), what is
// asserted of it (predicate), where (place) and whether it is an increment.
//
//   ClaimLexicon lexicon = ClaimLexicon::Load();
//   std::vector<Claim> claims = BuildClaims(doc.id, doc.text, analyzed, mentions, lexicon);
//   // "نشرت نحو 10 آلاف جندي كوري شمالي في روسيا" ->
//   //   unit "soldier", subject "soldier|north_korea", predicate "deployed", place "russia"
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/text.h"

namespace mizan {

// Units (with the light Arabic lemmatizer's broken-plural table), nationality and place
// names, predicates and function-word cues, from core/lexicons/units.tsv, places.tsv,
// predicates.tsv and claim_cues.tsv.
class ClaimLexicon {
 public:
  // Throws mizan::Error (kBadLexicon) naming the file and line of a malformed row.
  static ClaimLexicon Load();
  struct UnitEntry {
    std::string lemma;       // folded singular ("جندي", "troop", "كيلومتر مربع")
    std::string unit;        // "soldier", "km2"
    std::string category;    // people | materiel | measure | money | other
    std::string implied_predicate;  // "" unless the noun itself says what happened (قتلى)
    bool broken_plural = false;     // the lemma has a listed broken plural (جنود)
  };
  struct PlaceEntry {
    std::string entity;   // "north_korea", "kursk", "moscow"
    std::string kind;     // country | capital | region | city | nisba | organisation
    std::string country;  // the state it belongs to ("russia" for kursk and moscow)
  };
  struct PredicateEntry {
    std::string id;       // family id: "deployed", "killed_or_wounded", ...
    bool cumulative = false;
  };
  // Keys are folded (Latin lower-cased); phrases join their words with one space.
  struct Tables {
    std::vector<UnitEntry> units;
    std::map<std::string, size_t> unit_forms;  // lemma or listed plural -> index in units
    std::map<std::string, PlaceEntry> places;
    std::set<std::string> case_sensitive_places;  // acronyms ("US", "UK") keep their case
    std::map<std::string, PredicateEntry> predicates;
    std::map<std::string, std::string> cues;  // claim_cues.tsv: surface -> role
    std::set<std::string> function_words;      // claim_cues.tsv rows of role function_word
    std::map<std::string, std::string> events;  // events.tsv: event noun -> event class
    std::set<std::string> domestic_bodies;     // domestic_bodies.tsv: institution ids
    std::set<std::string> countries;           // entity ids of kind country in places.tsv
    // Place entity id -> the place that contains it: place_parents.tsv first (it may name a
    // finer parent, a city within its region), then every capital, city and region of
    // places.tsv within its country. The one containment relation claims and scoring share.
    std::map<std::string, std::string> place_parents;
    size_t max_unit_words = 1;
    size_t max_place_words = 1;
    size_t max_predicate_words = 1;
    size_t max_cue_words = 1;
  };
  const Tables& tables() const { return *tables_; }

  // Hashed views of the tables for the claim builder (defined in claims.cc), built once by
  // Load() so matching a phrase never allocates a key or walks a tree.
  struct MatchIndex;
  const MatchIndex& index() const { return *index_; }

 private:
  std::shared_ptr<const Tables> tables_;
  std::shared_ptr<const MatchIndex> index_;
};

// The lemma of an Arabic or English noun as the unit lexicon knows it: proclitics
// (و ف ب ل ك ال) and suffixes (tanween alef, dual, sound plurals) stripped, broken
// plurals mapped (جنود -> جندي). Returns the folded input unchanged when no rule applies.
std::string LemmatizeNoun(std::string_view folded_word, const ClaimLexicon& lexicon);

// One claim per mention of kind kQuantity or kPercent, in text order, ids "<doc>#<n>".
// Attribution, stance and time are left for AttributeClaims and ResolveClaimTimes.
std::vector<Claim> BuildClaims(const std::string& doc_id, std::string_view original,
                               const AnalyzedText& text,
                               const std::vector<NumberMention>& mentions,
                               const ClaimLexicon& lexicon);

// Marks the claims that belong to a background event the article recalls (Claim::event):
// a claim whose own time expression lies in a past period (ending more than 7 days before
// `published`, within one calendar year) and that has an event noun of events.tsv near it in
// its sentence ("an attack last year that killed 21", "في تفجير القديح العام الماضي الذي أسفر
// عن مقتل 21"). The anchor is "<event class>|<YYYY-MM, or YYYY when the period is longer
// than a month>|<the claim's place>", e.g. "bombing|2014|" or "earthquake|2023-02|turkey",
// so that the same event recalled by other articles gets the same anchor. Every other claim
// keeps "" (the article's own event). Run after ResolveClaimTimes; a claim without a
// publication date or its own time expression is left alone.
void MarkBackgroundEvents(const AnalyzedText& text, const std::string& published,
                          const std::vector<NumberMention>& mentions, const ClaimLexicon& lexicon,
                          std::vector<Claim>& claims);

// The places containing `place` by `parents` (ClaimLexicon::Tables::place_parents), nearest
// first: "kursk" -> {"russia"}. The tables nest a few levels; a cycle stops after 8. The
// views point into `parents`.
std::vector<std::string_view> PlaceContainers(std::string_view place,
                                              const std::map<std::string, std::string>& parents);

// Whether `place` lies within `container` (not itself) by `parents`
// (ClaimLexicon::Tables::place_parents): "kursk" within "russia", "nairobi" within "kenya".
bool PlaceLiesWithin(const std::string& place, const std::string& container,
                     const std::map<std::string, std::string>& parents);

// A claim that states no place takes the country of the domestic body it comes from
// (domestic_bodies.tsv): the origin "sudan.health_ministry" speaks of Sudan. Run after
// AttributeClaims. Claims with a place, several origins or another kind of source keep theirs.
void PlaceFromDomesticSource(std::vector<Claim>& claims, const ClaimLexicon& lexicon);

}  // namespace mizan
