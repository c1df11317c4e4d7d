// Which place contains which: "kursk" lies within "russia", "nairobi" within "kenya". Built
// once from the place lexicons and shared read-only by the claim builder (a place named
// inside another) and by scoring (a claim about Kursk aligns with one about Russia), so
// scoring needs no other lexicon.
//
//   const PlaceHierarchy& places = PlaceHierarchy::Default();
//   places.Containers("kursk");             // {"russia"}, nearest first
//   places.LiesWithin("nairobi", "kenya");  // true
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/lexicon.h"

namespace mizan {

// places.tsv column 3, checked when the file is loaded. A homograph ("مالي": Mali,
// financial) is a place only as written.
enum class PlaceKind : uint8_t {
  kCountry, kCapital, kRegion, kCity, kNisba, kOrganisation, kHomograph
};
// "country" -> kCountry, ...; std::nullopt for an unknown id.
std::optional<PlaceKind> ParsePlaceKind(std::string_view id);

class PlaceHierarchy {
 public:
  PlaceHierarchy() = default;
  // From `parents`: place entity id -> the place that contains it.
  explicit PlaceHierarchy(std::map<std::string, std::string> parents);

  // From the rows of place_parents.tsv (place, container) and places.tsv (surface, entity,
  // kind, country): the explicit table first (it may name a finer container, a city within
  // its region), then every capital, city and region of places.tsv within its country.
  // Throws mizan::Error (kBadLexicon, "file:line: why") for a row with the wrong number of
  // columns or an unknown kind.
  static PlaceHierarchy FromRows(const std::vector<LexiconRow>& place_parents,
                                 const std::vector<LexiconRow>& places);
  // FromRows of the two files (embedded, or MIZAN_LEXICON_DIR's).
  static PlaceHierarchy Load();
  // Load()ed on first use, thread-safe: for scoring without a claim lexicon at hand.
  static const PlaceHierarchy& Default();

  // The places containing `place`, nearest first: "kursk" -> {"russia"}. The relation
  // nests a few levels; a cycle stops after 8. The views point into this hierarchy.
  std::vector<std::string_view> Containers(std::string_view place) const;
  // Whether `place` lies within `container` (not itself).
  bool LiesWithin(const std::string& place, const std::string& container) const;

  // place -> the place that contains it.
  const std::map<std::string, std::string>& parents() const { return parents_; }

 private:
  std::map<std::string, std::string> parents_;
};

}  // namespace mizan
