// The editor's report: one self-contained HTML file (no external script, font, style or
// image; no script at all) that shows, for a batch,
//   - a summary (articles, claims, slots, contradictions, unverifiable claims, diagnostics
//     with file and place, copy groups);
//   - each slot with an inline SVG timeline (x = time, y = value, log scale when the values
//     span more than a decade; one glyph per qualifier; consensus step line and band;
//     stale/superseded figures faded, contradicted ones crossed in red);
//   - each source with its reliability interval and how often its figures held;
//   - each article's text with every claim highlighted in place, coloured by confidence;
//     hovering or focusing a claim (CSS only) shows its value, attribution chain, stance,
//     time, verdict and reasons.
//
//   HtmlReportInput in{.documents = docs, .extractions = xs, .score = &report};
//   std::string html = RenderHtmlReport(in);   // write it to the --html path
//
// Untrusted text stays text: every byte of article text and metadata goes through
// EscapeHtml, which escapes & < > " ', replaces invalid UTF-8 by U+FFFD and turns bidi
// controls (U+061C, U+200E/F, U+202A-E, U+2066-9) and other control characters into
// visible markers such as "⟨RLO⟩", so they can neither run nor reorder digits. The page
// also carries a Content-Security-Policy that forbids every script.
// Output bytes depend only on the input (no clock, no addresses, no hash-order).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/copies.h"
#include "core/document.h"
#include "core/error.h"
#include "core/model.h"
#include "core/stories.h"
#include "scoring/score.h"

namespace mizan {

struct HtmlReportInput {
  std::span<const Document> documents;      // in report order, with original text
  std::span<const Extraction> extractions;  // matched to documents by id (Extraction::doc)
  const ScoreReport* score = nullptr;       // null: an extraction-only report
  std::span<const CopyGroup> copies;
  std::span<const Story> stories;           // the batch's stories (core/stories.h)
  std::span<const Diagnostic> diagnostics;
  std::string title = "Mizan confidence report";
};

// The whole page. Never throws on odd content: out-of-range or mid-code-point offsets are
// clamped to the text and widened to whole code points; claims whose spans overlap an
// earlier highlight get their own (empty) marker right after it.
std::string RenderHtmlReport(const HtmlReportInput& input);

// Escapes `text` for HTML element content (in_attribute = false: bidi controls become
// marker <span>s) or for a quoted attribute value (in_attribute = true: plain-text
// markers). Invalid UTF-8 becomes U+FFFD.
std::string EscapeHtml(std::string_view text, bool in_attribute = false);

// "≈ 10,000", "≥ 1,500", "> 11,000", "10,000–12,000", "2,000–9,999 (vague)".
std::string FormatValue(const NumericValue& value);

}  // namespace mizan
