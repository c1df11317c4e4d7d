// Attribution: who said each claim, relayed by whom, and how (stance). This is where a
// chain is built.
//
//   AttributionLexicon lexicon = AttributionLexicon::Load();
//   AttributeClaims(doc, analyzed, mentions, lexicon, claims);
//   // "ذكرت صحيفة وول ستريت جورنال نقلاً عن مسؤولين غربيين أن ..." ->
//   //   [western officials (anonymous, origin), wsj (media, relay)]
//
// Rules, in the order they apply to a claim (all of them read core/lexicons/cues.tsv,
// sources.tsv and hedges.tsv; none knows any particular article):
//   - the governing cue is the last reporting cue before the number in its sentence; with
//     none, a sentence-final "according to X" / "..., X said" after it;
//   - a cue before the number that by its grammar names no speaker ("an estimated 40",
//     "it is estimated that") keeps its stance but leaves the speaker to a post-posed cue;
//   - a verb cue's source is the noun phrase after it (Arabic VSO) or the one closing the
//     clause before it ("وكانت سول اتهمت", "the ministry said"); "لـ + outlet" after it, "نقلاً
//     عن Y", "في مقابلة مع X" add hops; a cue with no source of its own ("وأضاف", "مع
//     تقديرات") continues the nearest earlier speaker;
//   - a sentence-final "بحسب <named outlet>" in a paragraph's lead sentence credits that
//     section until the next such credit; "ساهمت وكالة X في هذا التقرير", "(Reuters)" and a
//     closing "- AFP" credit the whole article; both are the outermost relays;
//   - a definite description as a verb's subject ("..., the bank said", "وقال البنك") is the
//     named body it heads in this or the previous sentence ("The World Bank ...");
//   - stance: the first in kStanceOrder of the governing cue's and the hedges'
//     (hedges.tsv) read before the number, in a post-posed cue's phrase ("according to
//     unconfirmed reports") or, for passive hedges, right after the number in its own
//     clause ("40 migrants are feared dead");
//   - no cue and no credit: attribution stays empty (unattributed), nothing is guessed:
//     the actor of an event ("The World Bank approved a $500 million loan") is no claimant.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/text.h"

namespace mizan {

// Reporting cues, hedges, source nouns and the entity alias table, from
// core/lexicons/cues.tsv, sources.tsv and hedges.tsv.
class AttributionLexicon {
 public:
  // Throws mizan::Error (kBadLexicon) naming file and line for a malformed row.
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

// Reads `phrase` (as written, e.g. "وكالة التجسس الكورية الجنوبية", "South Korea's spy
// agency") as one source noun phrase and returns its referents (name, type, surface; role
// kCoOrigin when several are named jointly). Empty when the whole phrase is not a source.
// Lets other stages and tests check that spellings share one stable name.
std::vector<SourceHop> ReadSourcePhrase(std::string_view phrase,
                                        const AttributionLexicon& lexicon);

}  // namespace mizan
