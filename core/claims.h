// Claims: for each quantity mention, what is counted (unit class and subject), what is
// asserted of it (predicate), where (place) and whether it is an increment.
//
//   ClaimLexicon lexicon = ClaimLexicon::Load();
//   std::vector<Claim> claims = BuildClaims(doc.id, doc.text, analyzed, mentions, lexicon);
//   // "نشرت نحو 10 آلاف جندي كوري شمالي في روسيا" ->
//   //   unit "soldier", subject "soldier|north_korea", predicate "deployed", place "russia"
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/text.h"

namespace mizan {

// Units (with the light Arabic lemmatizer's broken-plural table), nationality and place
// names, and predicates, from core/lexicons/units.tsv, places.tsv, predicates.tsv.
class ClaimLexicon {
 public:
  static ClaimLexicon Load();
  struct Tables;
  const Tables& tables() const { return *tables_; }

 private:
  std::shared_ptr<const Tables> tables_;
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

}  // namespace mizan
