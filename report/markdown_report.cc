#include "report/markdown_report.h"

#include <cstdio>
#include <map>

#include "core/number_format.h"
#include "report/story_table.h"

namespace mizan {
namespace {

std::string Fixed2(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

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

std::string RenderMarkdownReport(const HtmlReportInput& in) {
  std::map<std::string, const Extraction*> extraction_of;
  for (const Extraction& x : in.extractions) extraction_of.emplace(x.doc, &x);
  std::map<std::string, const ClaimScore*> score_of;
  size_t contradictions = 0, unverifiable = 0;
  if (in.score != nullptr) {
    for (const ClaimScore& s : in.score->claims) {
      score_of.emplace(s.claim, &s);
      unverifiable += s.verdict == Verdict::kUnverifiable;
    }
    for (const SlotReport& s : in.score->slots) {
      contradictions += s.relation == SlotRelation::kContradiction || s.relation == SlotRelation::kMixed;
    }
  }
  size_t claims = 0;
  for (const Extraction& x : in.extractions) claims += x.claims.size();

  std::string out = "# " + EscapeMarkdown(in.title) + "\n\n## Summary\n\n";
  out += Row({"articles", "claims", "slots", "contradictions", "unverifiable", "diagnostics"});
  out += "|---:|---:|---:|---:|---:|---:|\n";
  out += Row({std::to_string(in.documents.size()), std::to_string(claims),
              std::to_string(in.score ? in.score->slots.size() : 0), std::to_string(contradictions),
              std::to_string(unverifiable), std::to_string(in.diagnostics.size())});
  if (!in.diagnostics.empty()) {
    out += "\n### Diagnostics\n\n";
    for (const Diagnostic& d : in.diagnostics) out += "- " + EscapeMarkdown(d.ToString()) + "\n";
  }
  if (!in.copies.empty()) {
    out += "\n### Copies\n\n";
    for (const CopyGroup& g : in.copies) {
      std::string docs;
      for (const std::string& d : g.docs) docs += (docs.empty() ? "" : ", ") + EscapeMarkdown(d);
      out += "- " + EscapeMarkdown(g.id) + " (" + EscapeMarkdown(g.kind) + ", " +
             Fixed2(g.similarity) + "): " + docs + "\n";
    }
  }
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
    out += "\n" + std::to_string(table.alone) + " article(s) fit no story and stand alone.\n";
  }
  if (in.score != nullptr && !in.score->slots.empty()) {
    // Facts story by story, contested facts first.
    out += "\n## Slots\n";
    for (const StoryFacts& facts : FactsByStory(in.stories, *in.score)) {
      if (facts.story != nullptr) {
        out += "\n### " + EscapeMarkdown(facts.story->id) + ": " + EscapeMarkdown(facts.story->title) +
               " (" + std::to_string(facts.story->docs.size()) + " article(s), " +
               std::to_string(facts.contested) + " contested fact(s))\n";
      } else if (!in.stories.empty()) {
        out += "\n### Background events and facts of no story\n";
      }
      out += "\n";
      out += Row({"slot", "unit", "subject", "predicate", "relation", "claims", "estimate", "as of",
                  "origins"});
      out += "|---|---|---|---|---|---:|---:|---|---|\n";
      for (uint32_t k : facts.slots) {
        const SlotReport& s = in.score->slots[k];
        NumericValue band{s.estimate.low, s.estimate.high, Qualifier::kRange};
        std::string estimate = FormatNumber(s.estimate.value, NumberStyle::kGrouped);
        if (band.low || band.high) estimate += " (" + FormatValue(band) + ")";
        std::string origins;
        for (const std::string& o : s.origins) origins += (origins.empty() ? "" : ", ") + o;
        out += Row({EscapeMarkdown(s.id), EscapeMarkdown(s.unit), EscapeMarkdown(s.subject),
                    EscapeMarkdown(s.predicate), std::string(ToString(s.relation)),
                    std::to_string(s.claims.size()), EscapeMarkdown(estimate),
                    EscapeMarkdown(s.estimate.as_of), EscapeMarkdown(origins)});
      }
    }
  }
  out += "\n## Claims\n\n";
  out += Row({"claim", "text", "value", "unit", "source", "stance", "time", "confidence",
              "verdict"});
  out += "|---|---|---|---|---|---|---|---:|---|\n";
  for (const Document& doc : in.documents) {
    auto x = extraction_of.find(doc.id);
    if (x == extraction_of.end()) continue;
    for (const Claim& c : x->second->claims) {
      std::string text, value;
      if (c.mention < x->second->mentions.size()) {
        const NumberMention& m = x->second->mentions[c.mention];
        if (m.span.end <= doc.text.size() && m.span.begin <= m.span.end) {
          text = doc.text.substr(m.span.begin, m.span.size());
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
      auto s = score_of.find(c.id);
      out += Row({EscapeMarkdown(c.id), EscapeMarkdown(text), EscapeMarkdown(value),
                  EscapeMarkdown(c.unit), EscapeMarkdown(chain.empty() ? "unattributed" : chain),
                  std::string(ToString(c.stance)), EscapeMarkdown(time),
                  s == score_of.end() ? "" : Fixed2(s->second->confidence),
                  s == score_of.end() ? "" : EscapeMarkdown(ToString(s->second->verdict))});
    }
  }
  if (in.score != nullptr && !in.score->sources.empty()) {
    out += "\n## Sources\n\n";
    out += Row({"source", "type", "reliability", "interval", "claims", "held"});
    out += "|---|---|---:|---|---:|---:|\n";
    for (const SourceScore& s : in.score->sources) {
      out += Row({EscapeMarkdown(s.name), std::string(ToString(s.type)), Fixed2(s.reliability),
                  Fixed2(s.low) + "–" + Fixed2(s.high), std::to_string(s.claims),
                  std::to_string(s.held)});
    }
  }
  return out;
}

}  // namespace mizan
