// Attribution: who said each claim, relayed by whom, and how (stance). This is where a
// chain is built.
//
//   AttributionLexicon lexicon = AttributionLexicon::Load();
//   AttributeClaims(doc, analyzed, mentions, lexicon, claims);
//   // "ذكرت صحيفة وول ستريت جورنال نقلاً عن مسؤولين غربيين أن ..." ->
//   //   [western officials (anonymous, origin), wsj (media, relay)]
#pragma once

#include <memory>
#include <vector>

#include "core/model.h"
#include "core/text.h"

namespace mizan {

// Reporting cues, hedges, source nouns and the entity alias table, from
// core/lexicons/cues.tsv, sources.tsv and hedges.tsv.
class AttributionLexicon {
 public:
  static AttributionLexicon Load();
  struct Tables;
  const Tables& tables() const { return *tables_; }

 private:
  std::shared_ptr<const Tables> tables_;
};

// Fills Claim::attribution (origin first) and Claim::stance for every claim.
void AttributeClaims(const Document& doc, const AnalyzedText& text,
                     const std::vector<NumberMention>& mentions,
                     const AttributionLexicon& lexicon, std::vector<Claim>& claims);

}  // namespace mizan
