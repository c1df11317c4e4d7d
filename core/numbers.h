// The number reader: every numeric mention in a text, with its value interval,
// qualifier and kind. This is where a number is parsed.
//
//   NumberLexicon lexicon = NumberLexicon::Load();
//   AnalyzedText t = AnalyzeText("وصل أكثر من 1,500 جندي في فبراير 2022");
//   std::vector<NumberMention> m = ReadNumbers(t, lexicon);
//   // m[0]: kind quantity, value {1500, null, more_than}; m[1]: kind year, 2022.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "core/lexicon.h"
#include "core/model.h"
#include "core/text.h"

namespace mizan {

// Number words, multipliers, fractions, qualifiers, time units and months, in Arabic
// and English, from core/lexicons/numbers.tsv, qualifiers.tsv and months.tsv. Built once,
// immutable. Load() throws mizan::Error (kBadLexicon, "file:line: why") for a malformed file.
class NumberLexicon {
 public:
  static NumberLexicon Load();
  // The same with months.tsv already read (Lexicons::Load reads it once for numbers and time).
  static NumberLexicon Load(const std::vector<MonthName>& months);
  // The lookup tables, defined in core/number_tables.h (private to the reader and its tests).
  struct Tables;
  const Tables& tables() const { return *tables_; }

 private:
  std::shared_ptr<const Tables> tables_;
};

// Every numeric mention of `text`, in text order, non-overlapping. Never throws on any
// input: text that is not a number is simply not reported.
// Spans: the numeral with its multiplier word, without proclitics (و١٢ -> ١٢), qualifier,
// counted noun, or percent sign/words (kind kPercent says it is a percent). A range is one
// mention over both ends; a dual time noun is the whole noun (يومين); a decade is one year
// range. Designations (F-16, إف-16, G20) are skipped; clock times, slashed dates, phone
// numbers (+1 222 2222, 0800 555 0199, call 920012345) and addresses are kind kOther, and so
// are clock times (9 pm, الساعة 9), scores (3-1), model, seat and house numbers (Boeing 737,
// seat 14, 12 Baker Street) and ages (aged 45, a 45-year-old, البالغ من العمر 30); "one of
// the victims" is no count. "مليوناً و800 ألف" is one number (1,800,000). Shares are
// kind kFraction with the value as a fraction of one (ثلاثة أرباع, 3/4, one in four = 0.25).
// A sign is kept (-5, −2.4%, minus 40, سالب سبع). `outlet` (Document::outlet, may be
// empty) says how a ر decimal ("3ر5") is read: core/lexicons/decimal_order.tsv.
std::vector<NumberMention> ReadNumbers(const AnalyzedText& text, const NumberLexicon& lexicon,
                                       std::string_view outlet = {});

}  // namespace mizan
