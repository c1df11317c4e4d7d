#include "core/extract.h"

namespace mizan {

Lexicons Lexicons::Load() {
  return Lexicons{NumberLexicon::Load(), ClaimLexicon::Load(), AttributionLexicon::Load(),
                  TimeLexicon::Load()};
}

const Lexicons& Lexicons::Default() {
  static const Lexicons lexicons = Load();
  return lexicons;
}

Extraction ExtractDocument(const Document& doc, const Lexicons& lexicons,
                           AnalyzedText* analyzed_out) {
  AnalyzedText analyzed = AnalyzeText(doc.text);
  Extraction x;
  x.doc = doc.id;
  x.language = doc.language.empty() ? GuessLanguage(doc.text) : doc.language;
  x.mentions = ReadNumbers(analyzed, lexicons.numbers);
  x.published = DatePublication(doc, analyzed, x.mentions, lexicons.time);
  x.claims = BuildClaims(doc.id, doc.text, analyzed, x.mentions, lexicons.claims);
  AttributeClaims(doc, analyzed, x.mentions, lexicons.attribution, x.claims);
  PlaceFromDomesticSource(x.claims, lexicons.claims);
  ResolveClaimTimes(analyzed, doc.text, x.published, x.mentions, lexicons.time, x.claims);
  MarkBackgroundEvents(analyzed, x.published.date, x.mentions, lexicons.claims, x.claims);
  if (analyzed_out != nullptr) *analyzed_out = std::move(analyzed);
  return x;
}

}  // namespace mizan
