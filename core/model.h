// The data model of extraction: numeric mentions, claims, attribution chains, times.
// Plain structs that flow one way: Document -> Extraction (mentions, claims) -> scoring.
//
//   Extraction x = ExtractDocument(doc, lexicons, ExtractOptions{});
//   for (const Claim& c : x.claims) {
//     const NumberMention& m = x.mentions[c.mention];
//     // m.value.low, c.unit, c.predicate, c.attribution.front().name ...
//   }
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace mizan {

// What a number is. Only kQuantity (and kPercent) become claims; the others are kept so
// that years are never read as counts and durations can anchor times.
enum class NumberKind : uint8_t {
  kQuantity,  // a count or measure of entities: "300 جندي", "250 كيلومترًا مربعًا"
  kYear,      // a calendar year or decade: "2022", "فبراير 2022", "الخمسينيات"
  kDate,      // a day of month: "27 مايو"
  kDuration,  // elapsed or extent time: "يومين", "أكثر من عامين ونصف العام"
  kOrdinal,   // "الأولى", "أول", "third"
  kPercent,   // "5%", "٣٠ في المئة"
  kOther,     // a number that only restates an already-named set, phone numbers, ids,
              // clock times, scores, model/seat/house numbers
  kFraction,  // a share of a whole, as a fraction of one: "نصف", "ثلاثة أرباع", "3/4",
              // "one in four" (0.25), "واحد من كل ثلاثة"
};

// How a decimal written with ر ("3ر5") or a dot and a right-to-left mark ("064.\u200F3")
// was read: several Arabic papers print the two parts in reverse order (5.3, 3.064).
enum class DecimalOrder : uint8_t {
  kNone,      // not such a decimal
  kOutlet,    // the outlet's order, from core/lexicons/decimal_order.tsv
  kDigits,    // the digits tell (a part with a leading zero cannot be the integer part)
  kMark,      // the right-to-left mark inside the number tells (always reversed)
  kAssumed,   // unknown outlet: read as the corpus's outlets print it (reversed), a guess
};

enum class Qualifier : uint8_t {
  kExact,     // "300"                          low = high = value
  kApprox,    // "نحو", "about"                 low = high = value (softness in scoring)
  kAtLeast,   // "ما لا يقل عن", "at least"     low = value, high = null
  kMoreThan,  // "أكثر من", "more than"         low = value, high = null
  kAtMost,    // "على الأكثر", "up to"          low = null, high = value
  kLessThan,  // "أقل من", "fewer than"         low = null, high = value
  kRange,     // "ما بين X و Y", "between"      low = X, high = Y
  kVague,     // "آلاف", "thousands of"         low/high by convention (see numbers.tsv)
};

struct NumericValue {
  std::optional<double> low;
  std::optional<double> high;
  Qualifier qualifier = Qualifier::kExact;
};

struct NumberMention {
  ByteSpan span;        // the numeral with its multiplier, in the original text
  ByteSpan norm_span;   // the same in AnalyzedText::norm
  ByteSpan qualifier_span;  // the qualifier phrase in the original text (empty if none)
  NumberKind kind = NumberKind::kQuantity;
  NumericValue value;
  std::string time_unit;  // durations: "day", "week", "month", "year", "hour"...
  DecimalOrder decimal_order = DecimalOrder::kNone;  // ر decimals: what fixed the order
  bool decimal_reversed = false;  // ر decimals: read with the parts reversed ("3ر5" = 5.3)
  uint32_t sentence = 0;
  uint32_t first_token = 0;  // tokens the numeral covers: [first_token, end_token)
  uint32_t end_token = 0;
};

enum class SourceType : uint8_t {
  kGovernment, kMilitary, kIntelligence, kOfficial, kAnonymous, kMedia, kWire,
  kSocialMedia, kAnalyst, kOrganisation, kUnattributed,
};

enum class HopRole : uint8_t {
  kOrigin,         // said it first
  kCoOrigin,       // one of several sources named jointly ("US and South Korean intelligence")
  kRelay,          // passed it on ("citing", "told the New York Times")
  kArticleCredit,  // the wire or outlet the whole article credits ("(Reuters)")
};

struct SourceHop {
  std::string surface;  // as written in the original text
  ByteSpan span;        // of `surface` in the original text (empty if inferred from metadata)
  std::string name;     // normalized, stable across articles: "south_korea.nis", "ap"
  SourceType type = SourceType::kUnattributed;
  HopRole role = HopRole::kOrigin;
  std::string cue;      // the reporting cue as written ("نقلاً عن", "told"), "" if none
  ByteSpan cue_span;
  bool inferred = false;  // taken from an earlier sentence or an article-level credit
};

enum class Stance : uint8_t {
  kAsserted, kEstimated, kAlleged, kUnconfirmed, kReported, kConfirmed, kDenied,
};

// A resolved time: the claim's own time expression, or the publication date when the
// claim has none. Dates are ISO "YYYY-MM-DD"; an open end is "".
struct TimeRef {
  std::string from;
  std::string to;
  std::string surface;  // the expression as written, "" when taken from publication
  ByteSpan span;
  bool from_publication = false;  // no expression: the claim is dated by its article
  // A running total (a cumulative count, "15 were killed on Monday" in Wednesday's paper) is
  // true as of its report: from = to = the publication date, and the day its expression
  // names is kept here ("" when the claim's time is that day itself).
  std::string event_from;
  std::string event_to;
};

struct Claim {
  std::string id;        // "<doc>#<n>": stable, n counts quantity mentions in text order
  std::string doc;
  uint32_t mention = 0;  // index into Extraction::mentions
  std::string unit;      // unit class: "soldier", "missile", "km2", "usd", "percent", ...
  std::string head_noun; // the counted noun as written ("جنديًا")
  ByteSpan head_span;
  // What the number counts, never empty where the text names it: the unit class when the
  // lexicon knows it ("soldier", "usd"), otherwise the counted noun's normalized form.
  // Scoring blocks on it instead of `unit`. "" only when the text names nothing counted.
  std::string counted;
  // An amount, rate or measure (money, a percentage or share, km, tonnes) rather than a
  // count of things: a story's prices and shares have many referents its key cannot tell
  // apart (units.tsv categories money and measure; percent and fraction).
  bool amount = false;
  // A price or rate per unit, a level that changes every trading day: money per one of a
  // units.tsv price denominator ("50 دولارا للبرميل", "$1,100 an ounce", "3.75 ريال للدولار"),
  // or the points of a market index ("مؤشر داو جونز ... 17482 نقطة"). Scoring keys it by day.
  bool per_unit = false;
  // Whose or which of the unit is counted: a normalized owner/nationality entity id such as
  // "north_korea", "russia", "ukraine" (from an adjective, "من كوريا الشمالية", or the
  // sentence's agent), or "" when the text does not say. Slots block on (unit, subject).
  std::string subject;
  // The event asserted, as a predicate family id from core/lexicons/predicates.tsv:
  // "deployed" (sent/arrived/deployed/present), "killed", "killed_or_wounded", "wounded",
  // "captured", "fired", "supplied", "territory_controlled", "members", ... or "" unknown.
  std::string predicate;
  bool cumulative = false;   // the predicate's count can only grow over time (deployed, killed)
  bool casualty = false;     // the predicate counts a side's losses (predicates.tsv casualty)
  bool forward_looking = false;  // "will send", "to join by Monday", "expected to"
  std::string place;     // normalized place when stated ("russia", "kursk"), else ""
  bool increment = false;  // "3000 جندي إضافي": an addition, not a total
  // The event the number belongs to: "" for the article's own story, otherwise a
  // normalized anchor of a background event the article recalls (another attack, last
  // year's figure), so that background figures never align with the main event:
  // "<event class>|<period>|<place>", the class from core/lexicons/events.tsv (attack,
  // bombing, earthquake...), the period "YYYY-MM" (or "YYYY" when the claim's time is longer
  // than a month), the place the claim's `place` ("" when none): "bombing|2014|",
  // "earthquake|2015-03|turkey". The same event recalled by other articles gets the same
  // anchor. Set only where the text says so: a past time expression of the claim's own
  // next to an event noun (MarkBackgroundEvents in core/claims.h).
  std::string event;
  // The place of the incident the number is told of, within its story: the town, village or
  // city (never a country: `place` tells those apart) named nearest the number in its
  // clause, after a settlement noun or "near" (core/lexicons/incident_places.tsv), a city of
  // places.tsv in a locative phrase, or (English) a capitalized name before an event noun
  // ("the Harwick derailment"): "harwick", "كمونه", "kabul"; failing a town, the province
  // named after a province noun ("ولاية قندوز": incident_region; a region of places.tsv is
  // the claim's `place`, never its incident);
  // "" when the clause names none.
  // Scoring keeps claims of different incident places in different slots (scoring/README.md).
  std::string incident;
  bool incident_region = false;  // `incident` is a province or region, not a town
  ByteSpan quote;        // the sentence it came from, original bytes
  std::vector<SourceHop> attribution;  // origin first; empty = unattributed
  Stance stance = Stance::kAsserted;
  TimeRef time;
};

// A date attached to a document: from metadata, or estimated from its text.
struct PublicationDate {
  std::string date;        // "YYYY-MM-DD", or "" when nothing could be found
  bool estimated = false;  // true when read from the text rather than metadata
};

struct Extraction {
  std::string doc;
  std::string language;  // "ar" / "en"
  PublicationDate published;
  std::vector<NumberMention> mentions;  // every numeric mention, in text order
  std::vector<Claim> claims;            // one per quantity mention
};

// Stable ids used in JSON: "quantity", "at_least", "government", "co_origin", ...
std::string_view ToString(NumberKind kind);
std::string_view ToString(DecimalOrder order);
std::string_view ToString(Qualifier qualifier);
std::string_view ToString(SourceType type);
std::string_view ToString(HopRole role);
std::string_view ToString(Stance stance);
// Inverses; return std::nullopt for an unknown id.
std::optional<Qualifier> ParseQualifier(std::string_view id);
std::optional<SourceType> ParseSourceType(std::string_view id);
std::optional<Stance> ParseStance(std::string_view id);

}  // namespace mizan
