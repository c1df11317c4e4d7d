// The HTML report's page (html_report.h), section by section: summary, stories, slots (with
// html_timeline.cc's charts), sources, and the articles with their claims highlighted.
#include "report/html_report.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/number_format.h"
#include "report/html_parts.h"
#include "report/story_table.h"

namespace mizan::html {
namespace {

// ---------------------------------------------------------------------------------------
// Claims on the page

std::string ConfidenceClass(const ClaimScore* score) {
  if (score == nullptr) return "cn";
  const double c = score->confidence;
  if (c < 0.2) return "c0";
  if (c < 0.4) return "c1";
  if (c < 0.6) return "c2";
  if (c < 0.8) return "c3";
  return "c4";
}

std::string ClaimLink(const ClaimRef& ref) {
  return "<a href=\"#c" + std::to_string(ref.ordinal) + "\"><bdi>" + Esc(ref.claim->id) +
         "</bdi></a>";
}

// The value as an isolated left-to-right run, so "10,000–12,000" never flips in RTL.
std::string ValueHtml(const NumericValue* value) {
  if (value == nullptr) return "<span class=\"muted\">?</span>";
  return "<bdi dir=\"ltr\" class=\"num\">" + Esc(FormatValue(*value)) + "</bdi>";
}

// ---------------------------------------------------------------------------------------
// Page parts

constexpr const char* kCss = R"css(
:root{--c0:#f4a6a6;--c1:#f7c58f;--c2:#f3e38a;--c3:#c4e6a1;--c4:#8fd19e;--cn:#d6d6d6}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:0 auto;max-width:1100px;padding:1em 1.5em;color:#1d1d1f;background:#fafafa}
h1{font-size:1.6em;margin:.2em 0}h2{border-bottom:2px solid #ccc;margin-top:1.6em}h3{margin:1.2em 0 .3em}
table{border-collapse:collapse;margin:.5em 0;font-size:.92em}th,td{border:1px solid #ddd;padding:.2em .5em;text-align:start;vertical-align:top}th{background:#eee}
.muted{color:#777}.num{font-variant-numeric:tabular-nums;white-space:nowrap}
.cards{display:flex;flex-wrap:wrap;gap:.6em}.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.4em .9em;min-width:7em}.card b{display:block;font-size:1.5em}
.card.bad b{color:#b00020}
.ctl{background:#ffe0e0;color:#900;border:1px dashed #900;border-radius:3px;font:bold .75em monospace;padding:0 .15em}
article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6em 1em;margin:1em 0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2}
[lang=ar]{font-family:"Noto Naskh Arabic","Amiri","Noto Sans Arabic","Scheherazade New","Arial",sans-serif}
.text[lang=ar]{font-size:1.15em}
.claim{position:relative;border-radius:4px;padding:.1em .2em;cursor:help;border-bottom:2px solid #555;outline:none}
.claim.c0{background:var(--c0)}.claim.c1{background:var(--c1)}.claim.c2{background:var(--c2)}.claim.c3{background:var(--c3)}.claim.c4{background:var(--c4)}.claim.cn{background:var(--cn)}
.claim.extra{padding:0 .25em;font-size:.8em;vertical-align:super}
.claim:focus{box-shadow:0 0 0 2px #1a5fb4}
.tip{display:none;position:absolute;z-index:20;top:1.8em;inset-inline-start:0;width:28em;max-width:80vw;background:#fff;color:#1d1d1f;border:1px solid #888;border-radius:6px;box-shadow:0 3px 12px rgba(0,0,0,.25);padding:.5em .7em;font:13px/1.45 system-ui,Arial,sans-serif;white-space:normal;text-align:left}
.claim:hover>.tip,.claim:focus>.tip,.claim:focus-within>.tip{display:block}
.tip b{display:inline-block;min-width:6.5em;color:#555;font-weight:600}.tip ul{margin:.2em 0;padding-inline-start:1.2em}
.chain .hop{white-space:nowrap}
.legend span{display:inline-block;padding:0 .5em;margin-inline-end:.3em;border-radius:3px}
.legend .c0{background:var(--c0)}.legend .c1{background:var(--c1)}.legend .c2{background:var(--c2)}.legend .c3{background:var(--c3)}.legend .c4{background:var(--c4)}.legend .cn{background:var(--cn)}
section.slot{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.3em 1em .8em;margin:1em 0}
section.slot.contradiction{border-color:#b00020;border-width:2px}
.flag{color:#fff;background:#b00020;border-radius:3px;padding:0 .4em;font-size:.85em}
svg.timeline{background:#fff;max-width:100%;height:auto}
svg text{font:11px system-ui,Arial,sans-serif;fill:#333}
.bar{display:inline-block;position:relative;width:120px;height:10px;background:#eee;border-radius:5px;vertical-align:middle}
.bar i{position:absolute;top:0;height:10px;background:#6a9fd8;border-radius:5px}.bar s{position:absolute;top:-2px;width:2px;height:14px;background:#123}
)css";

// The counts an editor reads first, as cards, and the confidence colours' legend.
void RenderCards(const HtmlReportInput& in, const ClaimIndex& index, std::string& out) {
  size_t contradictions = 0, slots = 0, unverifiable = 0;
  if (in.score != nullptr) {
    slots = in.score->slots.size();
    for (const SlotReport& s : in.score->slots) contradictions += IsContested(s);
    for (const ClaimScore& c : in.score->claims) {
      unverifiable += c.verdict == Verdict::kUnverifiable;
    }
  }
  const auto card = [&](const char* label, size_t n, bool bad) {
    out += std::string("<div class=\"card") + (bad && n > 0 ? " bad" : "") + "\" id=\"n-" +
           label + "\"><b>" + std::to_string(n) + "</b>" + label + "</div>";
  };
  out += "<div class=\"cards\">";
  card("articles", in.documents.size(), false);
  card("claims", index.claims.size(), false);
  card("slots", slots, false);
  card("contradictions", contradictions, true);
  card("unverifiable", unverifiable, false);
  card("diagnostics", in.diagnostics.size(), true);
  card("copies", in.copies.size(), false);
  out += "</div>";
  if (in.score == nullptr) out += "<p class=\"muted\">Extraction only: no scores.</p>";
  out += "<p class=\"legend\">Confidence: <span class=\"c0\">&lt; 0.2</span>"
         "<span class=\"c1\">0.2–0.4</span><span class=\"c2\">0.4–0.6</span>"
         "<span class=\"c3\">0.6–0.8</span><span class=\"c4\">≥ 0.8</span>"
         "<span class=\"cn\">not scored</span></p>";
}

// Each input skipped or repaired, with its file and place.
void RenderDiagnostics(const HtmlReportInput& in, std::string& out) {
  if (in.diagnostics.empty()) return;
  out += "<h3>Diagnostics (inputs skipped or repaired)</h3><table id=\"diagnostics\">"
         "<tr><th>place</th><th>severity</th><th>problem</th><th>detail</th></tr>";
  for (const Diagnostic& d : in.diagnostics) {
    std::string place = d.file;
    if (d.line > 0) place += ":" + std::to_string(d.line);
    if (d.column > 0) place += ":" + std::to_string(d.column);
    out += "<tr><td dir=\"auto\">" + Esc(place) + "</td><td>" + Esc(ToString(d.severity)) +
           "</td><td>" + Esc(ErrorId(d.code)) + "</td><td dir=\"auto\">" +
           Esc(d.detail.empty() ? std::string(ErrorMessage(d.code)) : d.detail) + "</td></tr>";
  }
  out += "</table>";
}

// The copy groups, so that an editor sees why several articles count as one origin.
void RenderCopies(const HtmlReportInput& in, std::string& out) {
  if (in.copies.empty()) return;
  out += "<h3>Copies (counted as one piece of evidence)</h3><table id=\"copies\">"
         "<tr><th>group</th><th>kind</th><th>articles</th><th>similarity</th><th>evidence</th></tr>";
  for (const CopyGroup& g : in.copies) {
    std::string docs, evidence;
    for (const std::string& d : g.docs) docs += (docs.empty() ? "" : ", ") + Esc(d);
    for (const std::string& e : g.evidence) evidence += "<div dir=\"auto\">" + Esc(e) + "</div>";
    out += "<tr><td>" + Esc(g.id) + "</td><td>" + Esc(g.kind) + "</td><td>" + docs +
           "</td><td class=\"num\">" + Fixed(g.similarity, 2) + "</td><td>" + evidence +
           "</td></tr>";
  }
  out += "</table>";
}

void RenderSummary(const HtmlReportInput& in, const ClaimIndex& index, std::string& out) {
  out += "<section id=\"summary\"><h2>Summary</h2>";
  RenderCards(in, index, out);
  RenderDiagnostics(in, out);
  RenderCopies(in, out);
  out += "</section>";
}

// The heading of one story's facts, or of the facts of no story when the batch has stories.
void RenderStoryHeading(const HtmlReportInput& in, const StoryFacts& facts, std::string& out) {
  if (facts.story != nullptr) {
    out += "<h3 class=\"story\" data-story=\"" + Attr(facts.story->id) + "\">" +
           Esc(facts.story->id) + ": <bdi>" + Esc(facts.story->title) +
           "</bdi> <span class=\"muted\">(" + std::to_string(facts.story->docs.size()) +
           " article(s), " + std::to_string(facts.contested) + " contested fact(s))</span></h3>";
  } else if (!in.stories.empty()) {
    out += "<h3 class=\"story\">Background events and facts of no story</h3>";
  }
}

// What the slot counts (its key), its size, and the latest estimate with its band.
void RenderSlotKey(const SlotReport& slot, std::string& out) {
  out += "<p>";
  const auto key = [&](const char* name, const std::string& value) {
    if (!value.empty()) out += std::string(name) + ": <bdi>" + Esc(value) + "</bdi> · ";
  };
  key("object", slot.object);
  key("unit", slot.unit);
  key("subject", slot.subject);
  key("predicate", slot.predicate);
  key("place", slot.place);
  out += std::to_string(slot.claims.size()) + " claims";
  if (HasEstimate(slot.estimate)) {
    NumericValue band{slot.estimate.low, slot.estimate.high, Qualifier::kRange};
    out += " · estimate <bdi dir=\"ltr\" class=\"num\">" +
           Esc(FormatNumber(slot.estimate.value, NumberStyle::kGrouped)) + "</bdi>";
    if (band.low || band.high) out += " (band " + ValueHtml(&band) + ")";
    if (!slot.estimate.as_of.empty()) out += " as of " + Esc(slot.estimate.as_of);
  }
  out += "</p>";
}

// Each claim of the slot in a row linked to its highlight in the article.
void RenderSlotClaims(const SlotReport& slot, const ClaimIndex& index, std::string& out) {
  out += "<table class=\"slot-claims\"><tr><th>claim</th><th>value</th><th>time</th>"
         "<th>origin</th><th>confidence</th><th>verdict</th></tr>";
  for (const std::string& id : slot.claims) {
    auto it = index.by_id.find(id);
    if (it == index.by_id.end()) {
      out += "<tr><td colspan=\"6\"><bdi>" + Esc(id) + "</bdi> (not in this report)</td></tr>";
      continue;
    }
    const ClaimRef& ref = index.claims[it->second];
    out += "<tr><td>" + ClaimLink(ref) + "</td><td>" + ValueHtml(ValueOf(ref)) +
           "</td><td class=\"num\">" + Esc(DateOf(ref)) + "</td><td><bdi>" +
           Esc(OriginOf(*ref.claim)) + "</bdi></td><td class=\"num\">" +
           (ref.score ? Fixed(ref.score->confidence, 2) : "") + "</td><td>" +
           (ref.score ? Esc(ToString(ref.score->verdict)) : "") + "</td></tr>";
  }
  out += "</table>";
}

// One slot's section; `n` numbers the sections of the page ("slot-<n>").
void RenderSlot(const SlotReport& slot, int n, const ClaimIndex& index, std::string& out) {
  const bool contradiction = IsContested(slot);
  out += "<section class=\"slot" + std::string(contradiction ? " contradiction" : "") +
         "\" id=\"slot-" + std::to_string(n) + "\" data-slot=\"" + Attr(slot.id) + "\"><h3>" +
         Esc(slot.id) + " <span class=\"rel\">" + Esc(ToString(slot.relation)) + "</span>" +
         (contradiction ? " <span class=\"flag\">contradiction</span>" : "") + "</h3>";
  RenderSlotKey(slot, out);
  RenderTimeline(slot, index, out);
  if (!slot.origins.empty()) {
    out += "<p>Independent origins: ";
    for (size_t k = 0; k < slot.origins.size(); ++k) {
      out += (k ? ", " : "") + std::string("<bdi>") + Esc(slot.origins[k]) + "</bdi>";
    }
    out += "</p>";
  }
  if (!slot.reasons.empty()) {
    out += "<details><summary>Why these claims share a slot</summary><ul>";
    for (std::string_view r : slot.reasons) out += "<li dir=\"auto\">" + Esc(r) + "</li>";
    out += "</ul></details>";
  }
  RenderSlotClaims(slot, index, out);
  out += "</section>";
}

void RenderSlots(const HtmlReportInput& in, const ClaimIndex& index, std::string& out) {
  out += "<section id=\"slots\"><h2>Slots</h2>";
  if (in.score == nullptr || in.score->slots.empty()) {
    out += "<p class=\"muted\">No slots.</p></section>";
    return;
  }
  out += "<p class=\"muted\">Glyphs: exact = dot; approximate = dot with whiskers; at least /"
         " more than = upward arrow (hollow dot: strict); at most / less than = downward arrow;"
         " range = bar; vague = shaded box. Faded dashed: stale or superseded. Red cross:"
         " contradicted. Blue line and band: consensus.</p>";
  int n = 0;
  // Facts story by story, contested facts first.
  for (const StoryFacts& facts : FactsByStory(in.stories, *in.score)) {
    RenderStoryHeading(in, facts, out);
    for (uint32_t k : facts.slots) RenderSlot(in.score->slots[k], n++, index, out);
  }
  out += "</section>";
}

// Stories of several articles: outlets, dates, title and keywords.
void RenderStories(const HtmlReportInput& in, std::string& out) {
  if (in.stories.empty()) return;
  out += "<section id=\"stories\"><h2>Stories</h2><table><tr><th>story</th><th>articles</th>"
         "<th>outlets</th><th>first</th><th>last</th><th>title</th><th>keywords</th></tr>";
  const StoryTable table = StoriesOfSeveral(in.stories);
  for (const StoryRow& row : table.rows) {
    const Story& st = *row.story;
    out += "<tr><td>" + Esc(st.id) + "</td><td class=\"num\">" + std::to_string(st.docs.size()) +
           "</td><td><bdi>" + Esc(row.outlets) + "</bdi></td><td class=\"num\">" + Esc(st.first) +
           "</td><td class=\"num\">" + Esc(st.last) + "</td><td dir=\"auto\">" + Esc(st.title) +
           "</td><td dir=\"auto\">" + Esc(row.keywords) + "</td></tr>";
  }
  out += "</table><p class=\"muted\">" + std::to_string(table.alone) +
         " article(s) fit no story and stand alone.</p></section>";
}

void RenderSources(const HtmlReportInput& in, std::string& out) {
  out += "<section id=\"sources\"><h2>Sources</h2>";
  if (in.score == nullptr || in.score->sources.empty()) {
    out += "<p class=\"muted\">No source scores.</p></section>";
    return;
  }
  out += "<table><tr><th>source</th><th>type</th><th>reliability</th><th>interval</th>"
         "<th>claims</th><th>held</th></tr>";
  for (const SourceScore& s : in.score->sources) {
    const double lo = std::clamp(s.low, 0.0, 1.0), hi = std::clamp(s.high, lo, 1.0);
    const double r = std::clamp(s.reliability, 0.0, 1.0);
    out += "<tr><td dir=\"auto\">" + Esc(s.name) + "</td><td>" + Esc(ToString(s.type)) +
           "</td><td class=\"num\">" + Fixed(s.reliability, 2) +
           " <span class=\"bar\" title=\"" + Fixed(s.low, 2) + "–" + Fixed(s.high, 2) +
           "\"><i style=\"left:" + Fixed(lo * 100, 1) + "%;width:" + Fixed((hi - lo) * 100, 1) +
           "%\"></i><s style=\"left:" + Fixed(r * 100, 1) + "%\"></s></span></td><td class=\"num\">" +
           Fixed(s.low, 2) + "–" + Fixed(s.high, 2) + "</td><td class=\"num\">" +
           std::to_string(s.claims) + "</td><td class=\"num\">" + std::to_string(s.held) +
           (s.claims > 0 ? " (" + Fixed(100.0 * s.held / s.claims, 0) + "%)" : "") +
           "</td></tr>";
  }
  out += "</table></section>";
}

// Who said it, hop by hop from the origin to the outlet that printed it.
std::string ChainHtml(const ClaimRef& ref) {
  const Claim& c = *ref.claim;
  std::string chain = "<span class=\"chain\"><b>said by</b>";
  if (c.attribution.empty()) chain += "<span class=\"muted\">unattributed</span>";
  for (const SourceHop& hop : c.attribution) {
    chain += "<span class=\"hop\"><bdi>" + Esc(hop.name.empty() ? hop.surface : hop.name) +
             "</bdi>";
    if (!hop.surface.empty() && hop.surface != hop.name) {
      chain += " (<bdi>" + Esc(hop.surface) + "</bdi>)";
    }
    chain += " <span class=\"muted\">" + Esc(ToString(hop.role)) + ", " + Esc(ToString(hop.type));
    if (!hop.cue.empty()) chain += ", cue “<bdi>" + Esc(hop.cue) + "</bdi>”";
    chain += "</span></span> → ";
  }
  return chain + "<span class=\"hop\"><bdi>" +
         Esc(ref.doc->outlet.empty() ? ref.doc->id : ref.doc->outlet) +
         "</bdi> <span class=\"muted\">outlet</span></span></span>";
}

// The hover card of one claim: value, chain, stance, time, confidence and reasons.
std::string ClaimTip(const ClaimRef& ref) {
  const Claim& c = *ref.claim;
  std::string tip = "<span class=\"tip\" dir=\"ltr\" lang=\"en\" role=\"tooltip\">";
  tip += "<span><b>claim</b><bdi>" + Esc(c.id) + "</bdi></span><br>";
  tip += "<span><b>value</b>" + ValueHtml(ValueOf(ref)) + " <span class=\"muted\">" +
         (ValueOf(ref) ? Esc(ToString(ValueOf(ref)->qualifier)) : "") + "</span></span><br>";
  std::string what = c.unit;
  if (!c.subject.empty()) what += " · " + c.subject;
  if (!c.predicate.empty()) what += " · " + c.predicate;
  if (!c.place.empty()) what += " · " + c.place;
  tip += "<span><b>counts</b><bdi>" + Esc(what) + "</bdi>";
  if (c.increment) tip += " (increment)";
  if (c.forward_looking) tip += " (forward-looking)";
  tip += "</span><br>" + ChainHtml(ref) + "<br>";
  tip += "<span><b>stance</b>" + Esc(ToString(c.stance)) + "</span><br>";
  tip += "<span><b>time</b><span class=\"num\">" + Esc(c.time.from) +
         (c.time.to != c.time.from ? " – " + Esc(c.time.to) : std::string()) + "</span>";
  if (!c.time.surface.empty()) tip += " “<bdi>" + Esc(c.time.surface) + "</bdi>”";
  if (c.time.from_publication) tip += " <span class=\"muted\">(publication date)</span>";
  tip += "</span><br>";
  if (ref.score != nullptr) {
    tip += "<span><b>confidence</b><span class=\"num\">" + Fixed(ref.score->confidence, 2) +
           "</span> · " + Esc(ToString(ref.score->verdict)) + "</span>";
    if (!ref.score->reasons.empty()) {
      tip += "<span class=\"reasons\" style=\"display:block\">";
      for (std::string_view r : ref.score->reasons) tip += "• " + Esc(r) + "<br>";
      tip += "</span>";
    }
  } else {
    tip += "<span class=\"muted\">not scored</span>";
  }
  return tip + "</span>";
}

std::string ClaimOpen(const ClaimRef& ref, bool extra) {
  std::string label = ref.claim->id;
  if (const NumericValue* v = ValueOf(ref)) label += ": " + FormatValue(*v);
  if (ref.score != nullptr) label += ", confidence " + Fixed(ref.score->confidence, 2);
  return "<span class=\"claim " + ConfidenceClass(ref.score) + (extra ? " extra" : "") +
         "\" id=\"c" + std::to_string(ref.ordinal) + "\" tabindex=\"0\" data-claim=\"" +
         Attr(ref.claim->id) + "\" aria-label=\"" + Attr(label) + "\">";
}

// The article's heading and what is known of it: id, outlet, publication date, URL, file.
void RenderArticleHeader(const Document& doc, size_t d, const Extraction* x, std::string& out) {
  out += "<article id=\"doc-" + std::to_string(d) + "\" data-doc=\"" + Attr(doc.id) +
         "\"><h3 dir=\"auto\">" + Esc(doc.title.empty() ? doc.id : doc.title) +
         "</h3><p class=\"meta\">id <bdi>" + Esc(doc.id) + "</bdi>";
  if (!doc.outlet.empty()) out += " · outlet <bdi>" + Esc(doc.outlet) + "</bdi>";
  std::string published = doc.published;
  if (published.empty() && x && !x->published.date.empty()) {
    published = x->published.date + (x->published.estimated ? " (estimated)" : "");
  }
  if (!published.empty()) out += " · published <span class=\"num\">" + Esc(published) + "</span>";
  if (!doc.url.empty()) out += " · <bdi>" + Esc(doc.url) + "</bdi>";
  if (!doc.file.empty()) out += " · file <bdi>" + Esc(doc.file) + "</bdi>";
  out += "</p>";
}

// The article's text with its claims highlighted in place. `claims` are the document's, in
// text order; a claim starting inside an earlier highlight gets a marker of its own right
// after it, since one span of text can hold one highlight only.
void RenderHighlightedText(const Document& doc, const std::vector<const ClaimRef*>& claims,
                           const std::string& lang, std::string& out) {
  out += std::string("<div class=\"text\" ") +
         (lang == "ar"   ? "dir=\"rtl\" lang=\"ar\""
          : lang == "en" ? "dir=\"ltr\" lang=\"en\""
                         : "dir=\"auto\"") +
         ">";
  const std::string_view text = doc.text;
  uint32_t pos = 0;
  for (size_t k = 0; k < claims.size();) {
    ByteSpan span = SafeSpan(doc.text, SpanOf(*claims[k]));
    if (span.begin < pos) span.begin = pos;
    span.end = std::max(span.end, span.begin);
    AppendEscaped(out, text.substr(pos, span.begin - pos), false);
    out += ClaimOpen(*claims[k], false) + "<bdi>";
    AppendEscaped(out, text.substr(span.begin, span.size()), false);
    out += "</bdi>" + ClaimTip(*claims[k]) + "</span>";
    pos = span.end;
    for (++k; k < claims.size() && SafeSpan(doc.text, SpanOf(*claims[k])).begin < pos; ++k) {
      out += ClaimOpen(*claims[k], true) + "+" + ClaimTip(*claims[k]) + "</span>";
    }
  }
  AppendEscaped(out, text.substr(pos), false);
  out += "</div>";
}

void RenderArticles(const HtmlReportInput& in, const ClaimIndex& index, std::string& out) {
  out += "<section id=\"articles\"><h2>Articles</h2>";
  std::map<std::string, const Extraction*> extraction_of;
  for (const Extraction& x : in.extractions) extraction_of.emplace(x.doc, &x);
  size_t next = 0;  // the index holds each document's claims together, in document order
  for (size_t d = 0; d < in.documents.size(); ++d) {
    const Document& doc = in.documents[d];
    auto xit = extraction_of.find(doc.id);
    const Extraction* x = xit == extraction_of.end() ? nullptr : xit->second;
    RenderArticleHeader(doc, d, x, out);
    std::vector<const ClaimRef*> claims;
    for (; next < index.claims.size() && index.claims[next].doc == &doc; ++next) {
      claims.push_back(&index.claims[next]);
    }
    std::stable_sort(claims.begin(), claims.end(), [&](const ClaimRef* a, const ClaimRef* b) {
      return SafeSpan(doc.text, SpanOf(*a)).begin < SafeSpan(doc.text, SpanOf(*b)).begin;
    });
    RenderHighlightedText(doc, claims, doc.language.empty() && x ? x->language : doc.language,
                          out);
    out += "</article>";
  }
  out += "</section>";
}

}  // namespace
}  // namespace mizan::html

namespace mizan {

std::string FormatValue(const NumericValue& v) {
  const std::string lo = v.low ? FormatNumber(*v.low, NumberStyle::kGrouped) : "?";
  const std::string hi = v.high ? FormatNumber(*v.high, NumberStyle::kGrouped) : "?";
  switch (v.qualifier) {
    case Qualifier::kExact: return v.low ? lo : hi;
    case Qualifier::kApprox: return "\xE2\x89\x88 " + (v.low ? lo : hi);  // ≈
    case Qualifier::kAtLeast: return "\xE2\x89\xA5 " + lo;                 // ≥
    case Qualifier::kMoreThan: return "> " + lo;
    case Qualifier::kAtMost: return "\xE2\x89\xA4 " + hi;                  // ≤
    case Qualifier::kLessThan: return "< " + hi;
    case Qualifier::kRange: return lo + "\xE2\x80\x93" + hi;              // –
    case Qualifier::kVague: return lo + "\xE2\x80\x93" + hi + " (vague)";
  }
  return lo;
}

std::string RenderHtmlReport(const HtmlReportInput& input) {
  const html::ClaimIndex index = html::BuildClaimIndex(input);
  std::string out;
  out.reserve(64 * 1024);
  out += "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; img-src data:; script-src 'none'; base-uri 'none'; "
         "form-action 'none'\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<meta name=\"generator\" content=\"mizan\"><title>" +
         html::Esc(input.title) + "</title><style>" + html::kCss + "</style></head><body><h1>" +
         html::Esc(input.title) + "</h1>";
  html::RenderSummary(input, index, out);
  html::RenderStories(input, out);
  html::RenderSlots(input, index, out);
  html::RenderSources(input, out);
  html::RenderArticles(input, index, out);
  out += "</body></html>\n";
  return out;
}

}  // namespace mizan