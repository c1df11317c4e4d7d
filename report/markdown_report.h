// The same batch as the HTML report, as GitHub-flavoured Markdown for pasting into a
// newsroom's tools: a summary, a slots table, a claims table and a sources table.
//
//   std::string md = RenderMarkdownReport(HtmlReportInput{.documents = docs, ...});
//
// Untrusted text is made inert for Markdown renderers: HTML-significant characters are
// escaped as entities, Markdown punctuation (| * _ ` [ ] # etc.) is backslash-escaped,
// newlines inside a cell become spaces, and bidi controls become visible "⟨RLO⟩" markers.
#pragma once

#include <string>
#include <string_view>

#include "report/html_report.h"

namespace mizan {

std::string RenderMarkdownReport(const HtmlReportInput& input);

// One table cell (or inline text) made safe: see the header comment.
std::string EscapeMarkdown(std::string_view text);

}  // namespace mizan
