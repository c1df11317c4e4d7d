// What the files of the HTML report share (internal to report/; the public interface is
// html_report.h): escaping shorthands, fixed decimals, and the batch's claims indexed once,
// so that the page (html_report.cc), the slot timelines (html_timeline.cc) and the Markdown
// report (markdown_report.cc) list, link, date and credit a claim the same way.
//
//   const html::ClaimIndex index = html::BuildClaimIndex(input);
//   for (const SlotReport& slot : input.score->slots) html::RenderTimeline(slot, index, out);
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "report/html_report.h"

namespace mizan::html {

// ----- Text (html_text.cc)

// Appends `text` escaped as EscapeHtml does (html_report.h): the one escaper of the page.
void AppendEscaped(std::string& out, std::string_view text, bool in_attribute);

inline std::string Esc(std::string_view text) { return EscapeHtml(text, false); }
inline std::string Attr(std::string_view text) { return EscapeHtml(text, true); }

// `span` clamped to `text` and widened to whole code points, so an offset past the end or
// inside a code point never cuts a character.
ByteSpan SafeSpan(const std::string& text, ByteSpan span);

// `v` with `digits` decimals ("%.*f" in the "C" locale): "0.68", "12.5".
std::string Fixed(double v, int digits);

// ----- The batch, indexed once (html_claim_index.cc)

// One claim of the report with everything the page shows about it.
struct ClaimRef {
  const Document* doc = nullptr;
  const Extraction* extraction = nullptr;
  const Claim* claim = nullptr;
  const ClaimScore* score = nullptr;  // null: not scored
  int ordinal = 0;  // position in the report: the HTML id is "c<ordinal>"
};

struct ClaimIndex {
  std::vector<ClaimRef> claims;           // documents' order, then each extraction's
  std::map<std::string, size_t> by_id;    // claim id -> index into claims
};

// Claims of documents without an extraction are left out; a claim without a score keeps
// `score` null.
ClaimIndex BuildClaimIndex(const HtmlReportInput& in);

// The claim's number, or null when its mention index is out of range.
const NumericValue* ValueOf(const ClaimRef& ref);
// Where the claim's number stands (its head span when the mention is missing); not clamped.
ByteSpan SpanOf(const ClaimRef& ref);
// The date a figure is drawn at: the end of its time, else its start, else publication.
std::string DateOf(const ClaimRef& ref);
// The origin a figure is credited to: the first origin hop, else the article's credit,
// else "unattributed".
std::string OriginOf(const Claim& claim);

// A contradiction, or a contradiction beside an evolution: the slots an editor checks first.
inline bool IsContested(const SlotReport& slot) {
  return slot.relation == SlotRelation::kContradiction || slot.relation == SlotRelation::kMixed;
}

// Whether the slot has an estimate to show: a band, or a value other than 0.
inline bool HasEstimate(const SlotEstimate& estimate) {
  return estimate.low || estimate.high || estimate.value != 0;
}

// ----- Slot timelines (html_timeline.cc)

// Appends the slot's inline SVG timeline (x = date, y = value), or a muted line when the
// slot has no dated figure; claims it cannot draw are listed after the chart.
void RenderTimeline(const SlotReport& slot, const ClaimIndex& index, std::string& out);

}  // namespace mizan::html
