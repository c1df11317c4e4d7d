// The claim Mizan extracts for one numeral of a sentence written for a test:
//
//   const Claim c = testing::ClaimOf("قتل 15 شخصا في تفجير", "2015-07-26", "15");
//   CHECK(c.predicate == "killed");
#pragma once

#include <string>

#include <catch2/catch.hpp>

#include "core/extract.h"
#include "core/lexicon.h"

namespace mizan::testing {

// The claim of an article published on `published` whose numeral is written `numeral`; a
// numeral written with its sign ("23%") also finds a percent whose span leaves the sign out.
// Fails the test when no claim has that numeral.
inline Claim ClaimOf(const std::string& text, const std::string& published, const std::string& numeral,
                     const std::string& language = "") {
  Document doc;
  doc.id = "d";
  doc.text = text;
  doc.published = published;
  doc.language = language;
  const Extraction x = ExtractDocument(doc, Lexicons::Default());
  const std::string digits = numeral.back() == '%' ? numeral.substr(0, numeral.size() - 1) : numeral;
  for (const Claim& c : x.claims) {
    const NumberMention& m = x.mentions[c.mention];
    if (text.compare(m.span.begin, digits.size(), digits) == 0 && m.span.size() <= numeral.size()) return c;
  }
  FAIL("no claim for " << numeral);
  return Claim{};
}

}  // namespace mizan::testing
