// Test helpers for attribution: build mentions and claims by hand from a text and the
// numerals in it, so attribution can be tested without the number reader.
//
//   HandRun run = AttributeByHand("قال مسؤول إن 10 جنود قتلوا", {"10"});
//   run.claims[0].attribution.front().name == "anonymous.official"
#pragma once

#include <string>
#include <vector>

#include "core/attribution.h"

namespace mizan::testing {

struct HandRun {
  Document doc;
  AnalyzedText text;
  std::vector<NumberMention> mentions;
  std::vector<Claim> claims;
};

// Mentions cover the tokens overlapping each numeral's original bytes; each numeral is
// searched after the previous one. `spans` may give the byte ranges directly instead.
inline NumberMention MentionAt(const AnalyzedText& text, ByteSpan span) {
  NumberMention m;
  m.span = span;
  bool found = false;
  for (uint32_t k = 0; k < text.tokens.size(); ++k) {
    const ByteSpan orig = text.ToOriginal(text.tokens[k].norm_span);
    if (orig.begin < span.end && span.begin < orig.end) {
      if (!found) {
        m.first_token = k;
        m.sentence = text.tokens[k].sentence;
        m.norm_span.begin = text.tokens[k].norm_span.begin;
        found = true;
      }
      m.end_token = k + 1;
      m.norm_span.end = text.tokens[k].norm_span.end;
    }
  }
  return m;
}

inline HandRun AttributeSpans(const std::string& text, const std::vector<ByteSpan>& spans,
                              const AttributionLexicon& lexicon) {
  HandRun run;
  run.doc.id = "hand";
  run.doc.text = text;
  run.text = AnalyzeText(text);
  for (const ByteSpan& span : spans) {
    run.mentions.push_back(MentionAt(run.text, span));
    Claim c;
    c.doc = "hand";
    c.mention = static_cast<uint32_t>(run.mentions.size() - 1);
    run.claims.push_back(c);
  }
  AttributeClaims(run.doc, run.text, run.mentions, lexicon, run.claims);
  return run;
}

inline HandRun AttributeByHand(const std::string& text, const std::vector<std::string>& numerals,
                               const AttributionLexicon& lexicon) {
  std::vector<ByteSpan> spans;
  size_t from = 0;
  for (const std::string& n : numerals) {
    size_t at = text.find(n, from);
    if (at == std::string::npos) continue;
    spans.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + n.size())});
    from = at + n.size();
  }
  return AttributeSpans(text, spans, lexicon);
}

}  // namespace mizan::testing
