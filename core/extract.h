// The extraction pipeline: Document -> Extraction, one stage after another.
//
//   const Lexicons& lexicons = Lexicons::Default();
//   Extraction x = ExtractDocument(doc, lexicons);
//
// Stages, in order (each in its own file):
//   AnalyzeText (text.h) -> ReadNumbers (numbers.h) -> DatePublication (time_resolver.h)
//   -> BuildClaims (claims.h) -> AttributeClaims (attribution.h)
//   -> ResolveClaimTimes (time_resolver.h)
#pragma once

#include "core/attribution.h"
#include "core/claims.h"
#include "core/copies.h"
#include "core/numbers.h"
#include "core/time_resolver.h"

namespace mizan {

// Every lexicon, loaded once and shared read-only by all documents and threads.
struct Lexicons {
  NumberLexicon numbers;
  ClaimLexicon claims;
  AttributionLexicon attribution;
  TimeLexicon time;

  // Throws mizan::Error (kBadLexicon) for a missing or malformed lexicon: "file:line: why"
  // and, on a second line, which copy of the files was read (built in or MIZAN_LEXICON_DIR).
  static Lexicons Load();
  // Loaded on first use, thread-safe; throws mizan::Error for a malformed lexicon.
  static const Lexicons& Default();
};

// Runs every stage. Never throws on article content: an odd text yields fewer claims.
// When `analyzed` is not null it receives the analysed text (the HTML report and the
// copy finder need it).
Extraction ExtractDocument(const Document& doc, const Lexicons& lexicons,
                           AnalyzedText* analyzed = nullptr);

}  // namespace mizan
