// The number reader: every numeric mention in a text, with its value interval,
// qualifier and kind. This is where a number is parsed.
//
//   NumberLexicon lexicon = NumberLexicon::Load();
//   AnalyzedText t = AnalyzeText("وصل أكثر من 1,500 جندي في فبراير 2022");
//   std::vector<NumberMention> m = ReadNumbers(t, lexicon);
//   // m[0]: kind quantity, value {1500, null, more_than}; m[1]: kind year, 2022.
#pragma once

#include <memory>
#include <vector>

#include "core/model.h"
#include "core/text.h"

namespace mizan {

// Number words, multipliers, fractions, qualifiers, time units and months, in Arabic
// and English, from core/lexicons/numbers.tsv and qualifiers.tsv. Built once, immutable.
class NumberLexicon {
 public:
  static NumberLexicon Load();
  // (implementation-defined lookup tables; see numbers.cc)
  struct Tables;
  const Tables& tables() const { return *tables_; }

 private:
  std::shared_ptr<const Tables> tables_;
};

// Every numeric mention of `text`, in text order, non-overlapping. Never throws on any
// input: text that is not a number is simply not reported.
std::vector<NumberMention> ReadNumbers(const AnalyzedText& text, const NumberLexicon& lexicon);

}  // namespace mizan
