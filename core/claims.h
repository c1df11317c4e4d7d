// Claims: for each quantity mention, what is counted (unit class and subject), what is
// asserted of it (predicate), where (place) and whether it is an increment.
//
//   ClaimLexicon lexicon = ClaimLexicon::Load();
//   std::vector<Claim> claims = BuildClaims(doc.id, doc.text, analyzed, mentions, lexicon);
//   // "نشرت نحو 10 آلاف جندي كوري شمالي في روسيا" ->
//   //   unit "soldier", subject "soldier|north_korea", predicate "deployed", place "russia"
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/place_hierarchy.h"  // PlaceKind, and the containment relation
#include "core/text.h"

namespace mizan {

// The closed vocabularies of the claim lexicons' kind columns, checked when a row is loaded
// (a typo fails the load with "file:line: unknown ..." instead of turning a rule off).
// units.tsv column 3: what a unit counts. kShare is the kind of a percent or a fraction (a
// share of a whole), never a unit's: the kinds of predicates.tsv and the conditions of
// predicate_rewrites.tsv name it, units.tsv may not.
enum class UnitCategory : uint8_t { kPeople, kMateriel, kMeasure, kMoney, kOther, kShare };
// claim_cues.tsv column 2: what a function word tells the claim builder (the file's header
// says each role's use).
enum class CueRole : uint8_t {
  kIncrement,       // "إضافي", "another": the count is an addition
  kForward,         // "سوف", "will": the claim is about the future
  kComplementizer,  // "إن", "that": opens a reported clause
  kPlacePrep,       // "في", "in": introduces a place
  kGenericPlace,    // "مدينة", "region": a place noun before a name
  kPartitive,       // "من", "of": between a number and its noun
  kOrigin,          // "from": before a state that owns the counted noun
  kDirection,       // "شمال", "northern": names part of a place
  kRelative,        // "الذي", "which": a relative pronoun
  kStrikeVerb,      // "ضرب", "hit": a verb taking a place as object
  kDisease,         // "كوليرا": an infection, not a wound
  kMemberNoun,      // "عناصر": the members of the group after it
  kVerbIfInitial,   // "عبر": a predicate only when it opens its clause
  kFunctionWord,    // "فقط", "even": a word that is never what a number counts
  kCoordinator,     // "و", "and": joins two clauses, each with its own predicate
  kCountOf,         // "عدد", "number of": the noun after it is what is counted
  kDeathToll,       // "حصيلة", "death toll": a toll of the killed
  kMeasureBefore,   // "magnitude": the number after it is a measurement
  kOfThem,          // "منهم", "of them": the count is a part of an earlier set
  kOtherNoun,       // "آخرين", "others": the noun is the earlier clause's
  kMarketIndex,     // "مؤشر", "index": points counted after it are an index level
};
// incident_places.tsv column 2: what a word tells the reader of a number's incident place.
enum class IncidentWord : uint8_t {
  kTownNoun,     // "قرية", "village": a settlement noun a name follows
  kRegionNoun,   // "ولاية", "province": a province noun a name follows (a coarser place)
  kNear,         // "قرب", "near": a preposition of place a name follows
  kNotName,      // "مكان", "الحدود": a noun after an introducer that names no place
  kClauseBreak,  // "فيما", "while": opens another clause with its own event
};
// The id -> enum of each vocabulary ("people" -> kPeople); std::nullopt for an unknown id.
std::optional<UnitCategory> ParseUnitCategory(std::string_view id);
std::optional<CueRole> ParseCueRole(std::string_view id);

// Units (with the light Arabic lemmatizer's broken-plural table), nationality and place
// names, predicates and function-word cues, from core/lexicons/units.tsv, places.tsv,
// predicates.tsv (with predicate_rewrites.tsv and outward_predicates.tsv) and claim_cues.tsv.
class ClaimLexicon {
 public:
  // Throws mizan::Error (kBadLexicon) naming the file and line of a malformed row: a wrong
  // number of columns, or an unknown category, place kind or cue role.
  static ClaimLexicon Load();
  struct UnitEntry {
    std::string lemma;       // folded singular ("جندي", "troop", "كيلومتر مربع")
    std::string unit;        // "soldier", "km2"
    UnitCategory category = UnitCategory::kOther;
    std::string implied_predicate;  // "" unless the noun itself says what happened (قتلى)
    // Predicate ids under which the noun names just the people of that event (a suspect
    // arrested, a case infected): such a count counts "person". "*" = any predicate.
    std::vector<std::string> person_under;
    // units.tsv column 7 "price": an amount of money per one of it ("دولارا للبرميل", "$50 a
    // barrel", "3.75 ريال للدولار") is a market price or rate, a level of one trading day.
    bool price_denominator = false;
    // units.tsv column 7 "state": the noun names people in a lasting state an act left them
    // in (detainees, captives): "4 معتقلين يخوضون إضرابا" counts the people held now, not
    // an arrest. Its implied predicate is only the act's form (PeopleCountedBy, Counted):
    // the act comes from the clause ("اعتقلت 5 معتقلين"), never from the noun alone.
    bool state = false;
  };
  struct PlaceEntry {
    std::string entity;   // "north_korea", "kursk", "moscow"
    PlaceKind kind = PlaceKind::kCountry;
    std::string country;  // the state it belongs to ("russia" for kursk and moscow)
  };
  struct PredicateEntry {
    std::string id;       // family id: "deployed", "killed_or_wounded", ...
    bool cumulative = false;
    bool casualty = false;  // a count of a side's losses (killed, wounded, captured, missing)
    // The kinds of counted thing it can happen to, one bit per UnitCategory (KindBit);
    // predicates.tsv column 5. A count of no known kind takes any predicate.
    uint8_t kinds = 0xFF;
    // Column 5 ends in "!": a count of no known kind does not take it either ("ضبط" caught
    // people, "ضبط 21 ثلاجة" seized goods units.tsv does not list).
    bool known_kinds_only = false;
    bool AppliesTo(UnitCategory kind) const { return (kinds & KindBit(kind)) != 0; }
    static constexpr uint8_t KindBit(UnitCategory kind) { return static_cast<uint8_t>(1u << static_cast<unsigned>(kind)); }
  };
  // A row of predicate_rewrites.tsv: `family` becomes `becomes` ("" for none) when the
  // condition holds.
  enum class RewriteWhen {
    kAlways,           // always
    kUnit,             // unit: the counted unit is `unit`
    kUnitCategory,     // unit_category: the counted unit's category (share: a percent or
                       // fraction) is `category`
    kNotUnitCategory,  // not_unit_category: a unit (or a share) is counted, of another category
    kDiseaseNear,      // disease_near: a ب-marked disease near the count
    kNounEvent,        // noun_event: the counted noun names its own event (units.tsv implied:
                       // قتيل killed, جريح wounded); the claim becomes that event (row's
                       // becomes column: "noun")
  };
  struct PredicateRewrite {
    std::string family;
    RewriteWhen when = RewriteWhen::kAlways;
    std::string unit;
    UnitCategory category = UnitCategory::kOther;
    std::string becomes;
  };
  // Keys are folded (Latin lower-cased); phrases join their words with one space.
  struct Tables {
    std::vector<UnitEntry> units;
    std::map<std::string, size_t> unit_forms;  // lemma or listed plural -> index in units
    std::map<std::string, PlaceEntry> places;
    std::set<std::string> case_sensitive_places;  // acronyms ("US", "UK") keep their case
    std::map<std::string, PredicateEntry> predicates;
    std::map<std::string, CueRole> cues;       // claim_cues.tsv: surface -> role
    std::set<std::string> function_words;      // claim_cues.tsv rows of role function_word
    std::map<std::string, std::string> events;  // events.tsv: event noun -> event class
    std::map<std::string, IncidentWord, std::less<>> incident_words;  // incident_places.tsv: surface -> role
    std::map<std::string, std::string> measured_nouns;  // measured_nouns.tsv: noun -> measure
    std::set<std::string> domestic_bodies;     // domestic_bodies.tsv: institution ids
    std::set<std::string> countries;           // entity ids of kind country in places.tsv
    std::vector<PredicateRewrite> predicate_rewrites;  // predicate_rewrites.tsv, in file order
    std::set<std::string> outward_predicates;  // outward_predicates.tsv: family ids
    // Which place contains which (PlaceHierarchy::FromRows of place_parents.tsv and
    // places.tsv): the one containment relation claims and scoring share.
    PlaceHierarchy place_hierarchy;
    size_t max_unit_words = 1;
    size_t max_place_words = 1;
    size_t max_predicate_words = 1;
    size_t max_cue_words = 1;
  };
  const Tables& tables() const { return *tables_; }

  // Hashed views of the tables for the claim builder (defined in claim_matcher.h), built once by
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

// Money units that a bare word leaves open, and the units that name one of them: the lemma
// of a one-word money unit that begins phrases of other money units and of none of its own
// ("ريال" riyal, refined by "ريال سعودي" sar, "ريال قطري" qar) is generic; "دولار" is not
// ("دولار أمريكي" is usd too), nor is "جنيه" (egp, like "جنيه مصري"). Read from the unit
// table: variant unit -> generic unit ({"sar", "riyal"}, {"kwd", "dinar"}, ...).
std::map<std::string, std::string> UnitGenerics(const ClaimLexicon::Tables& tables);
// UnitGenerics of the embedded units.tsv (MIZAN_LEXICON_DIR applies), loaded once.
const std::map<std::string, std::string>& DefaultUnitGenerics();

// One claim per mention of kind kQuantity or kPercent, in text order, ids "<doc>#<n>".
// Attribution, stance and time are left for AttributeClaims and ResolveClaimTimes.
std::vector<Claim> BuildClaims(const std::string& doc_id, std::string_view original,
                               const AnalyzedText& text,
                               const std::vector<NumberMention>& mentions,
                               const ClaimLexicon& lexicon);

// The event class of a background figure near which no event noun of events.tsv stands.
inline constexpr std::string_view kPastEventClass = "past";

// Whether an event anchor is of the neutral past class (no event noun named it): such a
// figure can be matched only within its own story (scoring keys it by story too).
inline bool IsAnonymousPastEvent(std::string_view event) {
  return event.size() > kPastEventClass.size() && event.starts_with(kPastEventClass) &&
         event[kPastEventClass.size()] == '|';
}

// Marks the claims that belong to a background event the article recalls (Claim::event): a
// claim whose own time expression lies in a past period (ending more than 7 days before
// `published`, within one calendar year) is a figure of that period, not of the story's own
// event: a fee, the people aboard, a past statistic ("دفع 75 مليون يورو الصيف الماضي"). A
// running total (a count under a cumulative predicate: killed, deployed) is one only when it
// is over a year old or an event noun of events.tsv stands near it ("an attack last year that
// killed 21", "since 2009, when the floods killed 38"); otherwise it is an earlier state of
// the story's own total ("deployed 12,000 troops last autumn"). Without an event noun at the
// date, a date before the number must not lie in an earlier coordinated clause ("since the
// 2008 crisis, and Brent fell $1.71"). The anchor is "<class>|<YYYY-MM, or YYYY when the
// period is longer than a month>|<the claim's place>", e.g. "bombing|2014|" or
// "earthquake|2023-02|turkey", so that the same past figure recalled by other articles gets
// the same anchor. The class is that of an event noun next to the time expression, else of
// the nearest one around the number in its sentence; with none, the anchor is
// "<kPastEventClass>|<period>|" ("past|2014|", "past|2015-06|") with no place, which
// articles recalling the same figure often do not share; scoring matches such a figure
// only within its story (IsAnonymousPastEvent). Every other claim keeps "" (the article's
// own event). Run after
// ResolveClaimTimes; a claim without a publication date or its own time expression is left
// alone.
void MarkBackgroundEvents(const AnalyzedText& text, const std::string& published,
                          const std::vector<NumberMention>& mentions, const ClaimLexicon& lexicon,
                          std::vector<Claim>& claims);

// A claim that states no place takes the country of the domestic body it comes from
// (domestic_bodies.tsv): the origin "sudan.health_ministry" speaks of Sudan. Run after
// AttributeClaims. Claims with a place, several origins or another kind of source keep theirs.
void PlaceFromDomesticSource(std::vector<Claim>& claims, const ClaimLexicon& lexicon);

}  // namespace mizan
