// Time: the date of a document and the time each claim refers to.
//
//   TimeLexicon lexicon = TimeLexicon::Load();
//   PublicationDate date = DatePublication(doc, analyzed, mentions, lexicon);
//   ResolveClaimTimes(analyzed, doc.text, date, mentions, lexicon, claims);
//   // "يوم الاثنين" in an article of Wed 2024-10-23 -> 2024-10-21..2024-10-21
//
// Conventions (README, "Time"): a weekday is the latest such day on or before the
// publication date; "last week" is the previous Monday-Sunday week; "earlier this
// month/year" runs from the period's first day to the publication date; seasons are
// meteorological (autumn = Sep-Nov).
#pragma once

#include <memory>
#include <vector>

#include "core/model.h"
#include "core/text.h"

namespace mizan {

// Weekdays, months (Arabic, Levantine and English names), relative expressions, from
// core/lexicons/time.tsv.
class TimeLexicon {
 public:
  static TimeLexicon Load();
  struct Tables;
  const Tables& tables() const { return *tables_; }

 private:
  std::shared_ptr<const Tables> tables_;
};

// The document's date: Document::published when set, else estimated from the text
// (the latest explicit full date it mentions), marked estimated; "" when none.
PublicationDate DatePublication(const Document& doc, const AnalyzedText& text,
                                const std::vector<NumberMention>& mentions,
                                const TimeLexicon& lexicon);

// Fills Claim::time for every claim: its own time expression resolved to an interval,
// or the publication date (from_publication = true) when it has none.
void ResolveClaimTimes(const AnalyzedText& text, std::string_view original,
                       const PublicationDate& published,
                       const std::vector<NumberMention>& mentions,
                       const TimeLexicon& lexicon, std::vector<Claim>& claims);

}  // namespace mizan
