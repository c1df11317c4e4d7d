// Loads ClaimLexicon: units, places, predicates and their rules (rewrites, outward
// predicates), claim cues, domestic bodies and event nouns from their TSV files, every kind
// column checked at load, and builds the MatchIndex (claim_matcher.h) the builder matches.

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/claim_reader.h"
#include "core/error.h"
#include "core/lexicon.h"

namespace mizan {
namespace claim_reader {

// ---------------------------------------------------------------- lexicon loading

std::string FoldKey(std::string_view surface) {
  std::string folded = FoldForMatch(surface);
  // One space between the words of a phrase, Latin lower-cased: the keys the matcher builds.
  std::string key;
  bool space = false;
  for (char c : folded) {
    if (c == ' ' || c == '\t') {
      space = !key.empty();
      continue;
    }
    if (space) key += ' ';
    space = false;
    key += c;
  }
  return AsciiLower(key);
}

namespace {

size_t WordCount(std::string_view key) {
  return static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

bool IsAcronym(std::string_view surface) {
  if (surface.size() < 2) return false;
  for (char c : surface) {
    if (!(c >= 'A' && c <= 'Z')) return false;
  }
  return true;
}

void LoadUnits(Tables& t) {
  for (const LexiconRow& row : LoadLexicon("units.tsv")) {
    if (row.fields.size() < 5 || row.fields.size() > 7) BadRow("units.tsv", row, "expected 5 to 7 columns");
    const std::optional<UnitCategory> category = ParseUnitCategory(row.fields[2]);
    if (!category) BadRow("units.tsv", row, "unknown category " + row.fields[2]);
    if (*category == UnitCategory::kShare) BadRow("units.tsv", row, "share is the kind of percents and fractions, not a unit's");
    ClaimLexicon::UnitEntry entry;
    entry.lemma = FoldKey(row.fields[0]);
    entry.unit = row.fields[1];
    entry.category = *category;
    entry.implied_predicate = row.fields[4] == "-" ? "" : row.fields[4];
    if (row.fields.size() >= 6 && row.fields[5] != "-") {
      std::string_view ids = row.fields[5];
      while (!ids.empty()) {
        const size_t bar = ids.find('|');
        entry.person_under.emplace_back(ids.substr(0, bar));
        ids = bar == std::string_view::npos ? std::string_view() : ids.substr(bar + 1);
      }
    }
    if (row.fields.size() == 7) {
      if (row.fields[6] != "price" && row.fields[6] != "state" && row.fields[6] != "-") {
        BadRow("units.tsv", row, "column 7 must be price, state or -");
      }
      if (row.fields[6] == "state" && entry.implied_predicate.empty()) {
        BadRow("units.tsv", row, "a state noun names the act that left people in it (column 5)");
      }
      entry.price_denominator = row.fields[6] == "price";
      entry.state = row.fields[6] == "state";
    }
    const size_t index = t.units.size();
    t.units.push_back(entry);
    t.unit_forms.emplace(entry.lemma, index);  // the first row for a form wins
    t.max_unit_words = std::max(t.max_unit_words, WordCount(entry.lemma));
    if (row.fields[3] == "-") continue;
    std::string_view plurals = row.fields[3];
    while (!plurals.empty()) {
      size_t bar = plurals.find('|');
      std::string key = FoldKey(plurals.substr(0, bar));
      if (!key.empty()) {
        t.unit_forms.emplace(key, index);
        t.max_unit_words = std::max(t.max_unit_words, WordCount(key));
      }
      plurals = bar == std::string_view::npos ? std::string_view() : plurals.substr(bar + 1);
    }
  }
}

void LoadPlaces(Tables& t) {
  const std::vector<LexiconRow> parents = LoadLexicon("place_parents.tsv");
  const std::vector<LexiconRow> places = LoadLexicon("places.tsv");
  // Checks both files' rows (columns, kinds) and builds the containment relation.
  t.place_hierarchy = PlaceHierarchy::FromRows(parents, places);
  for (const LexiconRow& row : places) {
    const PlaceKind kind = *ParsePlaceKind(row.fields[2]);  // checked by FromRows
    std::string key = FoldKey(row.fields[0]);
    if (IsAcronym(row.fields[0])) t.case_sensitive_places.insert(key);
    t.places.emplace(key, ClaimLexicon::PlaceEntry{row.fields[1], kind, row.fields[3]});
    if (kind == PlaceKind::kCountry) t.countries.insert(row.fields[1]);
    t.max_place_words = std::max(t.max_place_words, WordCount(key));
  }
}

void LoadPredicates(Tables& t) {
  std::map<std::string, bool> casualty;  // family id -> its first row's casualty flag
  for (const LexiconRow& row : LoadLexicon("predicates.tsv")) {
    if (row.fields.size() != 5) BadRow("predicates.tsv", row, "expected 5 columns");
    if (row.fields[2] != "yes" && row.fields[2] != "no") {
      BadRow("predicates.tsv", row, "cumulative must be yes or no");
    }
    if (row.fields[3] != "yes" && row.fields[3] != "no") {
      BadRow("predicates.tsv", row, "casualty must be yes or no");
    }
    const bool is_casualty = row.fields[3] == "yes";
    if (casualty.emplace(row.fields[1], is_casualty).first->second != is_casualty) {
      BadRow("predicates.tsv", row, "casualty differs from an earlier row of " + row.fields[1]);
    }
    ClaimLexicon::PredicateEntry entry{row.fields[1], row.fields[2] == "yes", is_casualty};
    if (row.fields[4] != "*") {
      entry.kinds = 0;
      std::string_view kinds = row.fields[4];
      // "people!": only for counts whose noun units.tsv knows to be of these kinds.
      if (kinds.size() > 1 && kinds.back() == '!') {
        entry.known_kinds_only = true;
        kinds.remove_suffix(1);
      }
      while (!kinds.empty()) {
        const size_t bar = kinds.find('|');
        const std::string_view id = kinds.substr(0, bar);
        const std::optional<UnitCategory> kind = ParseUnitCategory(id);
        if (!kind) BadRow("predicates.tsv", row, "unknown kind " + std::string(id));
        entry.kinds |= ClaimLexicon::PredicateEntry::KindBit(*kind);
        kinds = bar == std::string_view::npos ? std::string_view() : kinds.substr(bar + 1);
      }
      if (entry.kinds == 0) BadRow("predicates.tsv", row, "no kinds (* for any)");
    }
    std::string key = FoldKey(row.fields[0]);
    t.predicates.emplace(key, std::move(entry));
    t.max_predicate_words = std::max(t.max_predicate_words, WordCount(key));
  }
}

void LoadEvents(Tables& t) {
  for (const LexiconRow& row : LoadLexicon("events.tsv")) {
    if (row.fields.size() != 2) BadRow("events.tsv", row, "expected 2 columns");
    t.events.emplace(FoldKey(row.fields[0]), row.fields[1]);
  }
}

void LoadIncidentPlaces(Tables& t) {
  constexpr std::string_view kFile = "incident_places.tsv";
  for (const LexiconRow& row : LoadLexicon(kFile)) {
    if (row.fields.size() != 2) BadRow(kFile, row, "expected 2 columns");
    static const std::pair<std::string_view, IncidentWord> kRoles[] = {{"town_noun", IncidentWord::kTownNoun},
                                                                       {"region_noun", IncidentWord::kRegionNoun},
                                                                       {"near", IncidentWord::kNear},
                                                                       {"not_name", IncidentWord::kNotName},
                                                                       {"clause_break", IncidentWord::kClauseBreak}};
    const std::optional<IncidentWord> role = FindId(kRoles, row.fields[1]);
    if (!role) BadRow(kFile, row, "unknown role " + row.fields[1]);
    t.incident_words.emplace(FoldKey(row.fields[0]), *role);
  }
}

void LoadMeasuredNouns(Tables& t) {
  for (const LexiconRow& row : LoadLexicon("measured_nouns.tsv")) {
    if (row.fields.size() != 2) BadRow("measured_nouns.tsv", row, "expected 2 columns");
    t.measured_nouns.emplace(FoldKey(row.fields[0]), row.fields[1]);
  }
}

// After LoadUnits and LoadPredicates: every family, unit and category is checked against them.
void LoadPredicateRules(Tables& t) {
  std::set<std::string_view> families, units;
  for (const auto& [surface, entry] : t.predicates) families.insert(entry.id);
  for (const ClaimLexicon::UnitEntry& unit : t.units) units.insert(unit.unit);
  static const std::pair<std::string_view, ClaimLexicon::RewriteWhen> kWhen[] = {
      {"always", ClaimLexicon::RewriteWhen::kAlways},
      {"unit", ClaimLexicon::RewriteWhen::kUnit},
      {"unit_category", ClaimLexicon::RewriteWhen::kUnitCategory},
      {"not_unit_category", ClaimLexicon::RewriteWhen::kNotUnitCategory},
      {"disease_near", ClaimLexicon::RewriteWhen::kDiseaseNear},
      {"noun_event", ClaimLexicon::RewriteWhen::kNounEvent}};
  constexpr std::string_view kFile = "predicate_rewrites.tsv";
  for (const LexiconRow& row : LoadLexicon(kFile)) {
    if (row.fields.size() != 4) BadRow(kFile, row, "expected 4 columns");
    ClaimLexicon::PredicateRewrite rule;
    rule.family = row.fields[0];
    if (families.count(rule.family) == 0) BadRow(kFile, row, "unknown predicate family " + rule.family);
    const std::optional<ClaimLexicon::RewriteWhen> when = FindId(kWhen, row.fields[1]);
    if (!when) BadRow(kFile, row, "unknown condition " + row.fields[1]);
    rule.when = *when;
    const std::string& argument = row.fields[2];
    if (rule.when == ClaimLexicon::RewriteWhen::kUnit) {
      if (units.count(argument) == 0) BadRow(kFile, row, "unknown unit " + argument);
      rule.unit = argument;
    } else if (rule.when == ClaimLexicon::RewriteWhen::kUnitCategory ||
               rule.when == ClaimLexicon::RewriteWhen::kNotUnitCategory) {
      const std::optional<UnitCategory> category = ParseUnitCategory(argument);
      if (!category) BadRow(kFile, row, "unknown category " + argument);
      rule.category = *category;
    } else if (argument != "-") {
      BadRow(kFile, row, "condition " + row.fields[1] + " takes no argument (-)");
    }
    rule.becomes = row.fields[3] == "-" ? "" : row.fields[3];
    if ((rule.when == ClaimLexicon::RewriteWhen::kNounEvent) != (rule.becomes == "noun")) {
      BadRow(kFile, row, "noun_event rows, and only they, become the noun's event (noun)");
    }
    if (rule.when != ClaimLexicon::RewriteWhen::kNounEvent && !rule.becomes.empty() &&
        families.count(rule.becomes) == 0) {
      BadRow(kFile, row, "unknown predicate family " + rule.becomes);
    }
    t.predicate_rewrites.push_back(std::move(rule));
  }
  for (const LexiconRow& row : LoadLexicon("outward_predicates.tsv")) {
    if (row.fields.size() != 1) BadRow("outward_predicates.tsv", row, "expected 1 column");
    if (families.count(row.fields[0]) == 0) {
      BadRow("outward_predicates.tsv", row, "unknown predicate family " + row.fields[0]);
    }
    t.outward_predicates.insert(row.fields[0]);
  }
}

void LoadDomesticBodies(Tables& t) {
  for (const LexiconRow& row : LoadLexicon("domestic_bodies.tsv")) {
    if (row.fields.size() != 1) BadRow("domestic_bodies.tsv", row, "expected 1 column");
    t.domestic_bodies.insert(row.fields[0]);
  }
}

void LoadCues(Tables& t) {
  for (const LexiconRow& row : LoadLexicon("claim_cues.tsv")) {
    if (row.fields.size() != 2) BadRow("claim_cues.tsv", row, "expected 2 columns");
    const std::optional<CueRole> role = ParseCueRole(row.fields[1]);
    if (!role) BadRow("claim_cues.tsv", row, "unknown cue role " + row.fields[1]);
    std::string key = FoldKey(row.fields[0]);
    // Function words are only ever asked "is this word one?": a set, kept out of the phrase
    // matcher (whose prefilter every short key would widen).
    if (*role == CueRole::kFunctionWord) {
      t.function_words.insert(key);
      continue;
    }
    t.cues.emplace(key, *role);
    t.max_cue_words = std::max(t.max_cue_words, WordCount(key));
  }
}

}  // namespace
}  // namespace claim_reader

std::optional<UnitCategory> ParseUnitCategory(std::string_view id) {
  static const std::pair<std::string_view, UnitCategory> kIds[] = {
      {"people", UnitCategory::kPeople}, {"materiel", UnitCategory::kMateriel},
      {"measure", UnitCategory::kMeasure}, {"money", UnitCategory::kMoney},
      {"other", UnitCategory::kOther}, {"share", UnitCategory::kShare}};
  return FindId(kIds, id);
}

std::optional<CueRole> ParseCueRole(std::string_view id) {
  static const std::pair<std::string_view, CueRole> kIds[] = {
      {"increment", CueRole::kIncrement},
      {"forward", CueRole::kForward},
      {"complementizer", CueRole::kComplementizer},
      {"place_prep", CueRole::kPlacePrep},
      {"generic_place", CueRole::kGenericPlace},
      {"partitive", CueRole::kPartitive},
      {"origin", CueRole::kOrigin},
      {"direction", CueRole::kDirection},
      {"relative", CueRole::kRelative},
      {"strike_verb", CueRole::kStrikeVerb},
      {"disease", CueRole::kDisease},
      {"member_noun", CueRole::kMemberNoun},
      {"verb_if_initial", CueRole::kVerbIfInitial},
      {"function_word", CueRole::kFunctionWord},
      {"coordinator", CueRole::kCoordinator},
      {"count_of", CueRole::kCountOf},
      {"death_toll", CueRole::kDeathToll},
      {"measure_before", CueRole::kMeasureBefore},
      {"of_them", CueRole::kOfThem},
      {"other_noun", CueRole::kOtherNoun},
      {"market_index", CueRole::kMarketIndex}};
  return FindId(kIds, id);
}

ClaimLexicon ClaimLexicon::Load() {
  auto tables = std::make_shared<Tables>();
  claim_reader::LoadUnits(*tables);
  claim_reader::LoadPlaces(*tables);
  claim_reader::LoadPredicates(*tables);
  claim_reader::LoadPredicateRules(*tables);
  claim_reader::LoadCues(*tables);
  claim_reader::LoadDomesticBodies(*tables);
  claim_reader::LoadEvents(*tables);
  claim_reader::LoadMeasuredNouns(*tables);
  claim_reader::LoadIncidentPlaces(*tables);
  ClaimLexicon lexicon;
  // The index points into the tables' map nodes, which never move once loaded.
  lexicon.index_ = std::make_shared<const MatchIndex>(*tables);
  lexicon.tables_ = std::move(tables);
  return lexicon;
}

std::map<std::string, std::string> UnitGenerics(const ClaimLexicon::Tables& tables) {
  std::map<std::string_view, std::string_view> one_word;  // money lemma -> its unit
  for (const ClaimLexicon::UnitEntry& e : tables.units) {
    if (e.category == UnitCategory::kMoney && e.lemma.find(' ') == std::string::npos) {
      one_word.emplace(e.lemma, e.unit);
    }
  }
  std::map<std::string_view, std::set<std::string_view>> refined;  // generic unit -> variants
  for (const ClaimLexicon::UnitEntry& e : tables.units) {
    const size_t space = e.lemma.find(' ');
    if (e.category != UnitCategory::kMoney || space == std::string::npos) continue;
    const auto first = one_word.find(std::string_view(e.lemma).substr(0, space));
    if (first != one_word.end()) refined[first->second].insert(e.unit);
  }
  std::map<std::string, std::string> generic_of;
  for (const auto& [generic, variants] : refined) {
    if (variants.count(generic) != 0) continue;  // the bare word already names one unit
    for (std::string_view v : variants) generic_of.emplace(v, generic);
  }
  return generic_of;
}

const std::map<std::string, std::string>& DefaultUnitGenerics() {
  static const std::map<std::string, std::string> generics = [] {
    ClaimLexicon::Tables units;
    claim_reader::LoadUnits(units);
    return UnitGenerics(units);
  }();
  return generics;
}

std::string LemmatizeNoun(std::string_view folded_word, const ClaimLexicon& lexicon) {
  const ClaimLexicon::Tables& t = lexicon.tables();
  for (const std::string& candidate : NounCandidates(folded_word)) {
    if (const auto* form = lexicon.index().units.Find(candidate)) return t.units[form->second].lemma;
  }
  return std::string(folded_word);
}

}  // namespace mizan
