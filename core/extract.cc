#include "core/extract.h"

#include <cstdlib>
#include <string>

#include "core/error.h"

namespace mizan {

Lexicons Lexicons::Load() {
  try {
    const std::vector<MonthName> months = LoadMonthNames();  // read by numbers and time
    return Lexicons{NumberLexicon::Load(months), ClaimLexicon::Load(),
                    AttributionLexicon::Load(), TimeLexicon::Load(months)};
  } catch (Error& e) {
    // The row's own message names the file and line; say which copy of the files it was.
    const char* dir = std::getenv("MIZAN_LEXICON_DIR");
    e.AddContext(dir != nullptr && *dir != '\0'
                     ? "while loading the lexicons from MIZAN_LEXICON_DIR=" + std::string(dir)
                     : std::string("while loading the lexicons built into mizan"));
    throw;
  }
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
  x.mentions = ReadNumbers(analyzed, lexicons.numbers, doc.outlet);
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
