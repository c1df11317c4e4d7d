#include "core/place_hierarchy.h"

#include <algorithm>
#include <utility>

namespace mizan {

std::optional<PlaceKind> ParsePlaceKind(std::string_view id) {
  static const std::pair<std::string_view, PlaceKind> kIds[] = {
      {"country", PlaceKind::kCountry}, {"capital", PlaceKind::kCapital},
      {"region", PlaceKind::kRegion},   {"city", PlaceKind::kCity},
      {"nisba", PlaceKind::kNisba},     {"organisation", PlaceKind::kOrganisation},
      {"homograph", PlaceKind::kHomograph}};
  return FindId(kIds, id);
}

PlaceHierarchy::PlaceHierarchy(std::map<std::string, std::string> parents)
    : parents_(std::move(parents)) {}

PlaceHierarchy PlaceHierarchy::FromRows(const std::vector<LexiconRow>& place_parents,
                                        const std::vector<LexiconRow>& places) {
  PlaceHierarchy hierarchy;
  // emplace keeps the first container named: the explicit table's where places.tsv names
  // another.
  for (const LexiconRow& row : place_parents) {
    if (row.fields.size() != 2) BadRow("place_parents.tsv", row, "expected 2 columns");
    hierarchy.parents_.emplace(row.fields[0], row.fields[1]);
  }
  for (const LexiconRow& row : places) {
    if (row.fields.size() != 4) BadRow("places.tsv", row, "expected 4 columns");
    const std::optional<PlaceKind> kind = ParsePlaceKind(row.fields[2]);
    if (!kind) BadRow("places.tsv", row, "unknown place kind " + row.fields[2]);
    const std::string& entity = row.fields[1];
    const std::string& country = row.fields[3];
    const bool within_country =
        *kind == PlaceKind::kCapital || *kind == PlaceKind::kCity || *kind == PlaceKind::kRegion;
    if (within_country && entity != country) {
      hierarchy.parents_.emplace(entity, country);
    }
  }
  return hierarchy;
}

PlaceHierarchy PlaceHierarchy::Load() {
  return FromRows(LoadLexicon("place_parents.tsv"), LoadLexicon("places.tsv"));
}

const PlaceHierarchy& PlaceHierarchy::Default() {
  static const PlaceHierarchy hierarchy = Load();
  return hierarchy;
}

std::vector<std::string_view> PlaceHierarchy::Containers(std::string_view place) const {
  std::vector<std::string_view> containers;
  std::string current(place);
  for (int depth = 0; depth < 8; ++depth) {
    auto up = parents_.find(current);
    if (up == parents_.end()) break;
    containers.push_back(up->second);
    current = up->second;
  }
  return containers;
}

bool PlaceHierarchy::LiesWithin(const std::string& place, const std::string& container) const {
  const std::vector<std::string_view> up = Containers(place);
  return std::find(up.begin(), up.end(), container) != up.end();
}

}  // namespace mizan
