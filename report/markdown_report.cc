#include "report/markdown_report.h"

#include <string>

#include "core/number_format.h"
#include "report/story_table.h"
#include "report/html_parts.h"

namespace mizan {
namespace {

std::string Row(std::initializer_list<std::string> cells) {
  std::string out = "|";
  for (const std::string& c : cells) out += " " + c + " |";
  return out + "\n";
}

}  // namespace

std::string EscapeMarkdown(std::string_view text) {
  // The attribute form of the HTML escaper gives entities and plain-text bidi markers.
  const std::string html = EscapeHtml(text, true);
  std::string out;
  out.reserve(html.size());
  for (char c : html) {
    switch (c) {
      case '\n': case '\t': out += ' '; break;
      case '|': case '*': case '_': case '`': case '[': case ']': case '#': case '\\':
      case '~': case '!': case '(': case ')':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

namespace {

using html::Fixed;

// The counts an editor reads first, as one table row.
void AppendSummary(const HtmlReportInput& in, std::string& out) {
  size_t contradictions = 0, unverifiable = 0;
  if (in.score != nullptr) {
    for (const ClaimScore& s : in.score->claims) {
      unverifiable += s.verdict == Verdict::kUnverifiable;
    }
    for (const SlotReport& s : in.score->slots) contradictions += html::IsContested(s);
  }
  size_t claims = 0;
  for (const Extraction& x : in.extractions) claims += x.claims.size();
  out += "\n## Summary\n\n";
  out += Row({"articles", "claims", "slots", "contradictions", "unverifiable", "diagnostics"});
  out += "|---:|---:|---:|---:|---:|---:|\n";
  out += Row({std::to_string(in.documents.size()), std::to_string(claims),
              std::to_string(in.score ? in.score->slots.size() : 0), std::to_string(contradictions),
              std::to_string(unverifiable), std::to_string(in.diagnostics.size())});
}

void AppendDiagnostics(const HtmlReportInput& in, std::string& out) {
  if (in.diagnostics.empty()) return;
  out += "\n### Diagnostics\n\n";
  for (const Diagnostic& d : in.diagnostics) out += "- " + EscapeMarkdown(d.ToString()) + "\n";
}

void AppendCopies(const HtmlReportInput& in, std::string& out) {
  if (in.copies.empty()) return;
  out += "\n### Copies\n\n";
  for (const CopyGroup& g : in.copies) {
    std::string docs;
    for (const std::string& d : g.docs) docs += (docs.empty() ? "" : ", ") + EscapeMarkdown(d);
    out += "- " + EscapeMarkdown(g.id) + " (" + EscapeMarkdown(g.kind) + ", " +
           Fixed(g.similarity, 2) + "): " + docs + "\n";
  }
}

void AppendStories(const HtmlReportInput& in, std::string& out) {
  if (!in.stories.empty()) {
    // Stories of several articles, and how many stand alone.
    out += "\n## Stories\n\n";
    out += Row({"story", "articles", "outlets", "first", "last", "title", "keywords"});
    out += "|---|---:|---|---|---|---|---|\n";
    const StoryTable table = StoriesOfSeveral(in.stories);
    for (const StoryRow& row : table.rows) {
      const Story& st = *row.story;
      out += Row({EscapeMarkdown(st.id), std::to_string(st.docs.size()), EscapeMarkdown(row.outlets),
                  EscapeMarkdown(st.first), EscapeMarkdown(st.last), EscapeMarkdown(st.title),
                  EscapeMarkdown(row.keywords)});
    }
    out += "\n";  // apart: GCC 12 -Wrestrict misfires on "\n" + std::string&&
    out += std::to_string(table.alone) + " article(s) fit no story and stand alone.\n";
  }
}

// One slot: its key, relation, size, the latest estimate with its band, and its origins.
std::string SlotRow(const SlotReport& s) {
  NumericValue band{s.estimate.low, s.estimate.high, Qualifier::kRange};
  std::string estimate = FormatNumber(s.estimate.value, NumberStyle::kGrouped);
  if (band.low || band.high) estimate += " (" + FormatValue(band) + ")";
  std::string origins;
  for (const std::string& o : s.origins) origins += (origins.empty() ? "" : ", ") + o;
  return Row({EscapeMarkdown(s.id), EscapeMarkdown(s.unit), EscapeMarkdown(s.subject),
              EscapeMarkdown(s.predicate), std::string(ToString(s.relation)),
              std::to_string(s.claims.size()), EscapeMarkdown(estimate),
              EscapeMarkdown(s.estimate.as_of), EscapeMarkdown(origins)});
}

// Facts story by story, contested facts first: a heading and a table per story.
void AppendSlots(const HtmlReportInput& in, std::string& out) {
  if (in.score == nullptr || in.score->slots.empty()) return;
  out += "\n## Slots\n";
  for (const StoryFacts& facts : FactsByStory(in.stories, *in.score)) {
    if (facts.story != nullptr) {
      out += "\n### " + EscapeMarkdown(facts.story->id) + ": " +
             EscapeMarkdown(facts.story->title) + " (" + std::to_string(facts.story->docs.size()) +
             " article(s), " + std::to_string(facts.contested) + " contested fact(s))\n";
    } else if (!in.stories.empty()) {
      out += "\n### Background events and facts of no story\n";
    }
    out += "\n";
    out += Row({"slot", "unit", "subject", "predicate", "relation", "claims", "estimate", "as of",
                "origins"});
    out += "|---|---|---|---|---|---:|---:|---|---|\n";
    for (uint32_t k : facts.slots) out += SlotRow(in.score->slots[k]);
  }
}

// One claim: its text as printed (empty when its span is out of the text), value, unit,
// chain of sources, stance, time, and its score when scored.
std::string ClaimRow(const html::ClaimRef& ref) {
  const Claim& c = *ref.claim;
  std::string text, value;
  if (c.mention < ref.extraction->mentions.size()) {
    const NumberMention& m = ref.extraction->mentions[c.mention];
    if (m.span.end <= ref.doc->text.size() && m.span.begin <= m.span.end) {
      text = ref.doc->text.substr(m.span.begin, m.span.size());
    }
    value = FormatValue(m.value);
  }
  std::string chain;
  for (const SourceHop& h : c.attribution) {
    chain += (chain.empty() ? "" : " → ") + (h.name.empty() ? h.surface : h.name);
  }
  const std::string time = c.time.to.empty() || c.time.to == c.time.from
                               ? c.time.from
                               : c.time.from + " – " + c.time.to;
  return Row({EscapeMarkdown(c.id), EscapeMarkdown(text), EscapeMarkdown(value),
              EscapeMarkdown(c.unit), EscapeMarkdown(chain.empty() ? "unattributed" : chain),
              std::string(ToString(c.stance)), EscapeMarkdown(time),
              ref.score == nullptr ? "" : Fixed(ref.score->confidence, 2),
              ref.score == nullptr ? "" : EscapeMarkdown(ToString(ref.score->verdict))});
}

void AppendClaims(const HtmlReportInput& in, std::string& out) {
  out += "\n## Claims\n\n";
  out += Row({"claim", "text", "value", "unit", "source", "stance", "time", "confidence",
              "verdict"});
  out += "|---|---|---|---|---|---|---|---:|---|\n";
  for (const html::ClaimRef& ref : html::BuildClaimIndex(in).claims) out += ClaimRow(ref);
}

void AppendSources(const HtmlReportInput& in, std::string& out) {
  if (in.score == nullptr || in.score->sources.empty()) return;
  out += "\n## Sources\n\n";
  out += Row({"source", "type", "reliability", "interval", "claims", "held"});
  out += "|---|---|---:|---|---:|---:|\n";
  for (const SourceScore& s : in.score->sources) {
    out += Row({EscapeMarkdown(s.name), std::string(ToString(s.type)), Fixed(s.reliability, 2),
                Fixed(s.low, 2) + "–" + Fixed(s.high, 2), std::to_string(s.claims),
                std::to_string(s.held)});
  }
}

}  // namespace

std::string RenderMarkdownReport(const HtmlReportInput& in) {
  std::string out = "# " + EscapeMarkdown(in.title) + "\n";
  AppendSummary(in, out);
  AppendDiagnostics(in, out);
  AppendCopies(in, out);
  AppendStories(in, out);
  AppendSlots(in, out);
  AppendClaims(in, out);
  AppendSources(in, out);
  return out;
}

}  // namespace mizan
