// Internal to core/ (attribution.cc and the public ReadSourcePhrase): reading a source
// noun phrase from the text and naming the sources it refers to.
//
//   std::optional<SourcePhrase> ph = ParseSource(c, token, sentence_end, false);
//   if (ph && ph->IsSource()) for (const Referent& r : Compose(c, *ph)) { /* r.name ... */ }
//   // "وكالة التجسس الكورية الجنوبية" -> one referent "kr.spy_agency" (a stable name)
//
// A phrase is a run of source-table elements (persons, outlets, countries, titles, ...)
// joined by و/and, في/of, "'s" or an apposition comma, plus unknown name words after a
// title or outlet head. Compose turns it into stable names: aliases for persons and
// outlets, owner + title for offices, country + kind for bodies and unnamed sources.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/attribution_match.h"
#include "core/model.h"

namespace mizan::attr {

struct Element {
  const SourceEntry* entry;
  uint32_t begin, end;
  uint32_t clitic_bytes = 0;  // proclitics on its first word, left out of its surface
};

struct SourcePhrase {
  uint32_t begin = 0, end = 0;
  std::string_view first_clitic;  // proclitics on its first word ("ل" in "لصحيفة")
  std::vector<Element> elements;
  uint32_t name_begin = 0, name_end = 0;  // a run of unknown name words, if any

  bool Has(SourceCategory cat) const {
    for (const Element& e : elements) {
      if (e.entry->category == cat) return true;
    }
    return false;
  }
  const Element* First(SourceCategory cat) const {
    for (const Element& e : elements) {
      if (e.entry->category == cat) return &e;
    }
    return nullptr;
  }
  bool IsSource() const {
    for (const Element& e : elements) {
      switch (e.entry->category) {
        case SourceCategory::kNationality:
        case SourceCategory::kRank:
        case SourceCategory::kDocument:
        case SourceCategory::kDomain:
          break;
        case SourceCategory::kOrgHead:
          if (name_end > name_begin) return true;
          break;
        case SourceCategory::kOutletHead:
          if (name_end > name_begin || Has(SourceCategory::kOutlet) ||
              Has(SourceCategory::kNationality) || Has(SourceCategory::kCountry)) {
            return true;
          }
          break;
        default:
          return true;
      }
    }
    // "US intelligence": a domain word with a country reads as that country's agency.
    return Has(SourceCategory::kDomain) &&
           (Has(SourceCategory::kNationality) || Has(SourceCategory::kCountry));
  }
  bool IsDocument() const { return !elements.empty() && Has(SourceCategory::kDocument); }
};

// Reads a source noun phrase starting at `token`; elements may come in any order (Arabic
// puts modifiers after the head, English before it), joined by و/and, في/of and "'s".
// Proclitics are allowed on the first word only when `allow_clitic` (لمصادر after وفقاً).
std::optional<SourcePhrase> ParseSource(const Context& c, uint32_t token, uint32_t limit,
                                        bool allow_clitic);

struct Referent {
  std::string name;
  SourceType type = SourceType::kUnattributed;
  uint32_t begin = 0, end = 0;  // tokens of its surface
  uint32_t trim = 0;            // proclitic bytes at the start of the first token
};

// The sources a phrase names, with stable names: persons and outlets by their alias ids,
// offices by owner + title, bodies and unnamed sources by country + kind (the format of
// core/source_name.h); several countries joined with و make co-origins.
std::vector<Referent> Compose(const Context& c, const SourcePhrase& ph);

}  // namespace mizan::attr
