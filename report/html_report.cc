#include "report/html_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/number_format.h"

namespace mizan {
namespace {

// ---------------------------------------------------------------------------------------
// Text safety

// Decodes one code point at `i`; returns its length, or 0 for an invalid sequence.
size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) { *cp = c; return 1; }
  size_t len = 0;
  char32_t v = 0;
  if ((c & 0xE0) == 0xC0) { len = 2; v = c & 0x1F; }
  else if ((c & 0xF0) == 0xE0) { len = 3; v = c & 0x0F; }
  else if ((c & 0xF8) == 0xF0) { len = 4; v = c & 0x07; }
  else return 0;
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    v = (v << 6) | (b(i + k) & 0x3F);
  }
  // Overlong forms and surrogates are as dangerous as stray bytes: reject them too.
  if ((len == 2 && v < 0x80) || (len == 3 && v < 0x800) || (len == 4 && v < 0x10000) ||
      v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
    return 0;
  }
  *cp = v;
  return len;
}

// The name of a bidi control, or nullptr when `cp` is not one.
const char* BidiName(char32_t cp) {
  switch (cp) {
    case 0x061C: return "ALM";
    case 0x200E: return "LRM";
    case 0x200F: return "RLM";
    case 0x202A: return "LRE";
    case 0x202B: return "RLE";
    case 0x202C: return "PDF";
    case 0x202D: return "LRO";
    case 0x202E: return "RLO";
    case 0x2066: return "LRI";
    case 0x2067: return "RLI";
    case 0x2068: return "FSI";
    case 0x2069: return "PDI";
    default: return nullptr;
  }
}

void AppendMarker(std::string& out, const std::string& label, const std::string& tip,
                  bool in_attribute) {
  if (in_attribute) {
    out += "\xE2\x9F\xA8" + label + "\xE2\x9F\xA9";  // ⟨label⟩
    return;
  }
  // dir="ltr" makes the marker its own isolate, so it cannot reorder its neighbours.
  out += "<span class=\"ctl\" dir=\"ltr\" title=\"" + tip + "\">\xE2\x9F\xA8" + label +
         "\xE2\x9F\xA9</span>";
}

void AppendEscaped(std::string& out, std::string_view text, bool in_attribute) {
  for (size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    size_t len = DecodeUtf8(text, i, &cp);
    if (len == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      continue;
    }
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\n':
      case '\t':
        out += static_cast<char>(cp);
        break;
      case '\r':
        break;  // CRLF texts: the LF keeps the line break
      default:
        if (const char* name = BidiName(cp)) {
          char tip[64];
          std::snprintf(tip, sizeof tip, "bidi control U+%04X %s", static_cast<unsigned>(cp),
                        name);
          AppendMarker(out, name, tip, in_attribute);
        } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
          char label[16];
          std::snprintf(label, sizeof label, "U+%04X", static_cast<unsigned>(cp));
          AppendMarker(out, label, "control character", in_attribute);
        } else {
          out.append(text.substr(i, len));
        }
    }
    i += len;
  }
}

std::string Esc(std::string_view text) { return EscapeHtml(text, false); }
std::string Attr(std::string_view text) { return EscapeHtml(text, true); }

// Clamps a byte span to `text` and widens it to whole code points.
ByteSpan SafeSpan(const std::string& text, ByteSpan span) {
  const uint32_t size = static_cast<uint32_t>(text.size());
  uint32_t begin = std::min(span.begin, size);
  uint32_t end = std::min(std::max(span.end, begin), size);
  const auto continuation = [&](uint32_t k) {
    return k < size && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80;
  };
  while (begin > 0 && continuation(begin)) --begin;
  while (end < size && continuation(end)) ++end;
  return ByteSpan{begin, end};
}

// ---------------------------------------------------------------------------------------
// Numbers and dates

std::string Fixed(double v, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

// ---------------------------------------------------------------------------------------
// The batch, indexed once

struct ClaimRef {
  const Document* doc = nullptr;
  const Extraction* extraction = nullptr;
  const Claim* claim = nullptr;
  const ClaimScore* score = nullptr;
  int ordinal = 0;  // position in the report: the HTML id is "c<ordinal>"
};

struct Index {
  std::vector<ClaimRef> claims;
  std::map<std::string, size_t> by_id;  // claim id -> index into claims
  std::map<std::string, const SlotReport*> slots;
};

Index BuildIndex(const HtmlReportInput& in) {
  Index index;
  std::map<std::string, const Extraction*> extraction_of;
  for (const Extraction& x : in.extractions) extraction_of.emplace(x.doc, &x);
  std::map<std::string, const ClaimScore*> score_of;
  if (in.score != nullptr) {
    for (const ClaimScore& s : in.score->claims) score_of.emplace(s.claim, &s);
    for (const SlotReport& slot : in.score->slots) index.slots.emplace(slot.id, &slot);
  }
  for (const Document& doc : in.documents) {
    auto x = extraction_of.find(doc.id);
    if (x == extraction_of.end()) continue;
    for (const Claim& claim : x->second->claims) {
      ClaimRef ref{&doc, x->second, &claim, nullptr, static_cast<int>(index.claims.size())};
      if (auto s = score_of.find(claim.id); s != score_of.end()) ref.score = s->second;
      index.by_id.emplace(claim.id, index.claims.size());
      index.claims.push_back(ref);
    }
  }
  return index;
}

const NumericValue* ValueOf(const ClaimRef& ref) {
  if (ref.claim->mention >= ref.extraction->mentions.size()) return nullptr;
  return &ref.extraction->mentions[ref.claim->mention].value;
}

ByteSpan SpanOf(const ClaimRef& ref) {
  if (ref.claim->mention < ref.extraction->mentions.size()) {
    return ref.extraction->mentions[ref.claim->mention].span;
  }
  return ref.claim->head_span;
}

std::string DateOf(const ClaimRef& ref) {
  if (!ref.claim->time.to.empty()) return ref.claim->time.to;
  if (!ref.claim->time.from.empty()) return ref.claim->time.from;
  if (!ref.extraction->published.date.empty()) return ref.extraction->published.date;
  return ref.doc->published;
}

// The origin a figure is credited to: the first origin hop, else the article's credit.
std::string OriginOf(const Claim& claim) {
  for (const SourceHop& hop : claim.attribution) {
    if (hop.role == HopRole::kOrigin || hop.role == HopRole::kCoOrigin) return hop.name;
  }
  for (const SourceHop& hop : claim.attribution) {
    if (!hop.name.empty()) return hop.name;
  }
  return "unattributed";
}

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

const char* kPalette[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
                          "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"};
constexpr size_t kPaletteSize = sizeof(kPalette) / sizeof(kPalette[0]);

void RenderSummary(const HtmlReportInput& in, const Index& index, std::string& out) {
  size_t contradictions = 0, slots = 0, unverifiable = 0;
  if (in.score != nullptr) {
    slots = in.score->slots.size();
    for (const SlotReport& s : in.score->slots) {
      if (s.relation == SlotRelation::kContradiction || s.relation == SlotRelation::kMixed) {
        ++contradictions;
      }
    }
    for (const ClaimScore& c : in.score->claims) {
      unverifiable += c.verdict == Verdict::kUnverifiable;
    }
  }
  const auto card = [&](const char* label, size_t n, bool bad) {
    out += std::string("<div class=\"card") + (bad && n > 0 ? " bad" : "") + "\" id=\"n-" +
           label + "\"><b>" + std::to_string(n) + "</b>" + label + "</div>";
  };
  out += "<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">";
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
  if (!in.diagnostics.empty()) {
    out += "<h3>Diagnostics (inputs skipped or repaired)</h3><table id=\"diagnostics\">"
           "<tr><th>place</th><th>severity</th><th>problem</th><th>detail</th></tr>";
    for (const Diagnostic& d : in.diagnostics) {
      std::string place = d.file;
      if (d.line > 0) place += ":" + std::to_string(d.line);
      if (d.column > 0) place += ":" + std::to_string(d.column);
      out += "<tr><td dir=\"auto\">" + Esc(place) + "</td><td>" + Esc(ToString(d.severity)) +
             "</td><td>" + Esc(ErrorId(d.code)) + "</td><td dir=\"auto\">" +
             Esc(d.detail.empty() ? std::string(ErrorMessage(d.code)) : d.detail) +
             "</td></tr>";
    }
    out += "</table>";
  }
  if (!in.copies.empty()) {
    out += "<h3>Copies (counted as one piece of evidence)</h3><table id=\"copies\">"
           "<tr><th>group</th><th>kind</th><th>articles</th><th>similarity</th><th>evidence</th></tr>";
    for (const CopyGroup& g : in.copies) {
      std::string docs, evidence;
      for (const std::string& d : g.docs) docs += (docs.empty() ? "" : ", ") + Esc(d);
      for (const std::string& e : g.evidence) {
        evidence += "<div dir=\"auto\">" + Esc(e) + "</div>";
      }
      out += "<tr><td>" + Esc(g.id) + "</td><td>" + Esc(g.kind) + "</td><td>" + docs +
             "</td><td class=\"num\">" + Fixed(g.similarity, 2) + "</td><td>" + evidence +
             "</td></tr>";
    }
    out += "</table>";
  }
  out += "</section>";
}

// ----- SVG timeline

struct Scale {
  double lo = 0, hi = 1;
  double step = 0;  // linear scale: tick spacing
  bool log = false;
  double top = 0, bottom = 0;
  double Y(double v) const {
    double t;
    if (log) {
      t = (std::log10(std::max(v, lo)) - std::log10(lo)) / (std::log10(hi) - std::log10(lo));
    } else {
      t = (v - lo) / (hi - lo);
    }
    t = std::clamp(t, -0.05, 1.05);
    return bottom - t * (bottom - top);
  }
};

std::string Px(double v) { return Fixed(v, 1); }

void RenderTimeline(const SlotReport& slot, const Index& index, std::string& out) {
  struct Point {
    const ClaimRef* ref;
    long day;
    std::string origin;
  };
  std::vector<Point> points;
  std::vector<std::string> undated;
  std::vector<double> values;
  std::vector<std::string> origins;
  for (const std::string& id : slot.claims) {
    auto it = index.by_id.find(id);
    if (it == index.by_id.end()) continue;
    const ClaimRef& ref = index.claims[it->second];
    const NumericValue* v = ValueOf(ref);
    std::optional<long> day = DaysFromIso(DateOf(ref));
    if (v == nullptr || !day || (!v->low && !v->high)) {
      undated.push_back(id);
      continue;
    }
    if (v->low) values.push_back(*v->low);
    if (v->high) values.push_back(*v->high);
    points.push_back({&ref, *day, OriginOf(*ref.claim)});
    origins.push_back(points.back().origin);
  }
  std::vector<std::pair<long, const TimelinePoint*>> consensus;
  for (const TimelinePoint& p : slot.timeline) {
    if (auto day = DaysFromIso(p.date)) {
      consensus.emplace_back(*day, &p);
      values.push_back(p.value);
      if (p.low) values.push_back(*p.low);
      if (p.high) values.push_back(*p.high);
    }
  }
  if (points.empty() && consensus.empty()) {
    out += "<p class=\"muted\">No dated figure to draw.</p>";
    return;
  }
  std::sort(origins.begin(), origins.end());
  origins.erase(std::unique(origins.begin(), origins.end()), origins.end());
  const auto colour = [&](const std::string& origin) {
    size_t k = std::lower_bound(origins.begin(), origins.end(), origin) - origins.begin();
    return kPalette[k % kPaletteSize];
  };

  long day_lo = points.empty() ? consensus.front().first : points.front().day;
  long day_hi = day_lo;
  for (const Point& p : points) { day_lo = std::min(day_lo, p.day); day_hi = std::max(day_hi, p.day); }
  for (const auto& c : consensus) { day_lo = std::min(day_lo, c.first); day_hi = std::max(day_hi, c.first); }
  const long pad = std::max(3L, (day_hi - day_lo) / 12);
  day_lo -= pad;
  day_hi += pad;

  double v_lo = *std::min_element(values.begin(), values.end());
  double v_hi = *std::max_element(values.begin(), values.end());
  Scale y;
  y.top = 24;
  y.bottom = 230;
  y.log = v_lo > 0 && v_hi / v_lo > 10;
  if (y.log) {
    y.lo = std::pow(10, std::floor(std::log10(v_lo)));
    y.hi = std::pow(10, std::ceil(std::log10(v_hi * 1.05)));
  } else {
    // Round ticks (1, 2 or 5 times a power of ten) so an editor reads values off the axis.
    y.lo = v_lo >= 0 ? 0 : v_lo * 1.1;
    const double span = std::max(v_hi * 1.05 - y.lo, 1e-9);
    const double power = std::pow(10, std::floor(std::log10(span / 4)));
    y.step = power;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
      y.step = m * power;
      if (span / y.step <= 5) break;
    }
    if (y.lo < 0) y.lo = std::floor(y.lo / y.step) * y.step;
    y.hi = y.lo + std::ceil(span / y.step) * y.step;
    if (y.hi <= y.lo) y.hi = y.lo + 1;
  }
  constexpr double kLeft = 74, kRight = 700, kWidth = 720, kHeight = 262;
  const auto x_of = [&](long day) {
    return kLeft + (kRight - kLeft) * static_cast<double>(day - day_lo) /
                       static_cast<double>(std::max(1L, day_hi - day_lo));
  };
  const bool contradiction = slot.relation == SlotRelation::kContradiction ||
                             slot.relation == SlotRelation::kMixed;

  out += "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" +
         Px(kWidth) + "\" height=\"" + Px(kHeight) + "\" viewBox=\"0 0 " + Px(kWidth) + " " +
         Px(kHeight) + "\" data-slot=\"" + Attr(slot.id) + "\"><title>" +
         Esc("Timeline of " + slot.id + (y.log ? " (log scale)" : "")) + "</title>";
  // Axes and grid.
  out += "<g class=\"axes\" stroke=\"#999\" stroke-width=\"1\"><line x1=\"" + Px(kLeft) +
         "\" y1=\"" + Px(y.bottom) + "\" x2=\"" + Px(kRight) + "\" y2=\"" + Px(y.bottom) +
         "\"/><line x1=\"" + Px(kLeft) + "\" y1=\"" + Px(y.top - 6) + "\" x2=\"" + Px(kLeft) +
         "\" y2=\"" + Px(y.bottom) + "\"/></g>";
  std::vector<double> ticks;
  if (y.log) {
    for (double t = y.lo; t <= y.hi * 1.0001; t *= 10) ticks.push_back(t);
  } else {
    for (double t = y.lo; t <= y.hi + y.step / 2; t += y.step) ticks.push_back(t);
  }
  for (double t : ticks) {
    const double py = y.Y(t);
    out += "<line x1=\"" + Px(kLeft) + "\" y1=\"" + Px(py) + "\" x2=\"" + Px(kRight) +
           "\" y2=\"" + Px(py) + "\" stroke=\"#eee\"/><text x=\"" + Px(kLeft - 6) + "\" y=\"" +
           Px(py + 4) + "\" text-anchor=\"end\">" +
           Esc(FormatNumber(std::round(t), NumberStyle::kGrouped)) + "</text>";
  }
  const int date_ticks = 4;
  for (int k = 0; k <= date_ticks; ++k) {
    const long day = day_lo + (day_hi - day_lo) * k / date_ticks;
    const char* anchor = k == 0 ? "start" : k == date_ticks ? "end" : "middle";
    out += "<text x=\"" + Px(x_of(day)) + "\" y=\"" + Px(y.bottom + 16) +
           "\" text-anchor=\"" + anchor + "\">" + IsoFromDays(day) + "</text>";
  }
  if (y.log) {
    out += "<text x=\"" + Px(kLeft) + "\" y=\"12\">log scale</text>";
  }

  // Consensus: a band and a step line through the timeline points.
  if (!consensus.empty()) {
    std::string band_top, band_bottom, line;
    for (size_t k = 0; k < consensus.size(); ++k) {
      const double x0 = x_of(consensus[k].first);
      const double x1 = k + 1 < consensus.size() ? x_of(consensus[k + 1].first) : kRight;
      const TimelinePoint& p = *consensus[k].second;
      const double lo = p.low.value_or(p.value), hi = p.high.value_or(p.value);
      band_top += Px(x0) + "," + Px(y.Y(hi)) + " " + Px(x1) + "," + Px(y.Y(hi)) + " ";
      band_bottom = Px(x1) + "," + Px(y.Y(lo)) + " " + Px(x0) + "," + Px(y.Y(lo)) + " " +
                    band_bottom;
      line += (k == 0 ? "M" : "L") + Px(x0) + "," + Px(y.Y(p.value)) + " L" + Px(x1) + "," +
              Px(y.Y(p.value)) + " ";
    }
    out += "<g class=\"consensus\"><title>consensus estimate and band</title><polygon points=\"" +
           band_top + band_bottom + "\" fill=\"#1a5fb4\" fill-opacity=\"0.12\"/><path d=\"" +
           line + "\" fill=\"none\" stroke=\"#1a5fb4\" stroke-width=\"2\"/></g>";
  }
  if (slot.estimate.low || slot.estimate.high || slot.estimate.value != 0) {
    const double py = y.Y(slot.estimate.value);
    out += "<text class=\"estimate\" x=\"" + Px(kRight) + "\" y=\"" + Px(std::max(py - 6, 12.0)) +
           "\" text-anchor=\"end\" fill=\"#1a5fb4\">" +
           Esc("estimate " + FormatNumber(slot.estimate.value, NumberStyle::kGrouped) +
               (slot.estimate.as_of.empty() ? "" : " as of " + slot.estimate.as_of)) +
           "</text>";
  }

  // One glyph per claim; claims on the same day are spread sideways.
  std::map<long, int> same_day;
  for (const Point& p : points) {
    const NumericValue& v = *ValueOf(*p.ref);
    const int k = same_day[p.day]++;
    const double x = x_of(p.day) + (k % 2 == 0 ? 1 : -1) * ((k + 1) / 2) * 9.0;
    const std::string c = colour(p.origin);
    const ClaimScore* score = p.ref->score;
    const std::string verdict = score ? std::string(ToString(score->verdict)) : "";
    const bool faded =
        score && (score->verdict == Verdict::kSuperseded || score->verdict == Verdict::kStale);
    const bool crossed = score && score->verdict == Verdict::kContradicted;
    std::string tip = p.ref->claim->id + ": " + FormatValue(v) + " (" +
                      std::string(ToString(v.qualifier)) + "), " + DateOf(*p.ref) + ", " +
                      p.origin;
    if (p.ref->score) {
      tip += ", confidence " + Fixed(p.ref->score->confidence, 2) + ", " + verdict;
    }
    out += "<g class=\"pt q-" + std::string(ToString(v.qualifier)) +
           (verdict.empty() ? "" : " v-" + Attr(verdict)) + "\" data-claim=\"c" +
           std::to_string(p.ref->ordinal) + "\"" + (faded ? " opacity=\"0.45\"" : "") +
           "><title>" + Esc(tip) + "</title>";
    const std::string stroke = " stroke=\"" + c + "\"";
    const std::string dash = faded ? " stroke-dasharray=\"3,2\"" : "";
    switch (v.qualifier) {
      case Qualifier::kExact:
      case Qualifier::kApprox: {
        const double val = v.low.value_or(v.high.value_or(0));
        const double py = y.Y(val);
        if (v.qualifier == Qualifier::kApprox) {
          const double a = y.Y(val * 1.1), b = y.Y(val * 0.9);
          out += "<path d=\"M" + Px(x) + "," + Px(a) + " L" + Px(x) + "," + Px(b) + " M" +
                 Px(x - 3) + "," + Px(a) + " L" + Px(x + 3) + "," + Px(a) + " M" + Px(x - 3) +
                 "," + Px(b) + " L" + Px(x + 3) + "," + Px(b) + "\"" + stroke +
                 " stroke-width=\"1.5\"/>";
        }
        out += "<circle cx=\"" + Px(x) + "\" cy=\"" + Px(py) + "\" r=\"4.5\" fill=\"" +
               (faded ? std::string("#fff") : c) + "\"" + stroke + dash +
               " stroke-width=\"1.5\"/>";
        break;
      }
      case Qualifier::kAtLeast:
      case Qualifier::kMoreThan:
      case Qualifier::kAtMost:
      case Qualifier::kLessThan: {
        const bool up = v.qualifier == Qualifier::kAtLeast || v.qualifier == Qualifier::kMoreThan;
        const double val = up ? v.low.value_or(0) : v.high.value_or(0);
        const double py = y.Y(val);
        const double tip_y = up ? py - 26 : py + 26;
        const double head = up ? 6 : -6;
        const bool strict = v.qualifier == Qualifier::kMoreThan || v.qualifier == Qualifier::kLessThan;
        out += "<path d=\"M" + Px(x) + "," + Px(py) + " L" + Px(x) + "," + Px(tip_y) + "\"" +
               stroke + dash + " stroke-width=\"2\"/><path d=\"M" + Px(x - 4) + "," +
               Px(tip_y + head) + " L" + Px(x) + "," + Px(tip_y) + " L" + Px(x + 4) + "," +
               Px(tip_y + head) + " Z\" fill=\"" + c + "\"/><circle cx=\"" + Px(x) + "\" cy=\"" +
               Px(py) + "\" r=\"4\" fill=\"" + (strict ? std::string("#fff") : c) + "\"" +
               stroke + " stroke-width=\"1.5\"/>";
        break;
      }
      case Qualifier::kRange: {
        const double a = y.Y(v.high.value_or(v.low.value_or(0)));
        const double b = y.Y(v.low.value_or(v.high.value_or(0)));
        out += "<rect x=\"" + Px(x - 3) + "\" y=\"" + Px(a) + "\" width=\"6\" height=\"" +
               Px(std::max(2.0, b - a)) + "\" fill=\"" + c + "\"" + stroke + dash + "/>";
        break;
      }
      case Qualifier::kVague: {
        const double a = y.Y(v.high.value_or(v.low.value_or(0)));
        const double b = y.Y(v.low.value_or(v.high.value_or(0)));
        out += "<rect x=\"" + Px(x - 7) + "\" y=\"" + Px(a) + "\" width=\"14\" height=\"" +
               Px(std::max(2.0, b - a)) + "\" fill=\"" + c + "\" fill-opacity=\"0.25\"" +
               stroke + " stroke-dasharray=\"2,2\"/>";
        break;
      }
    }
    if (crossed) {
      const double py = y.Y(v.low.value_or(v.high.value_or(0)));
      out += "<path class=\"contradicted\" d=\"M" + Px(x - 6) + "," + Px(py - 6) + " L" +
             Px(x + 6) + "," + Px(py + 6) + " M" + Px(x + 6) + "," + Px(py - 6) + " L" +
             Px(x - 6) + "," + Px(py + 6) + "\" stroke=\"#b00020\" stroke-width=\"2.5\"/>";
    }
    out += "</g>";
  }
  if (contradiction) {
    out += "<g class=\"flag-contradiction\"><rect x=\"" + Px(kRight - 118) +
           "\" y=\"2\" width=\"118\" height=\"16\" rx=\"3\" fill=\"#b00020\"/><text x=\"" +
           Px(kRight - 59) + "\" y=\"14\" text-anchor=\"middle\" style=\"fill:#fff\">" +
           "\xE2\x9A\xA0 contradiction</text></g>";
  }
  // Legend: one colour per origin.
  double lx = kLeft;
  for (const std::string& origin : origins) {
    out += "<g class=\"legend\"><circle cx=\"" + Px(lx + 5) + "\" cy=\"" + Px(kHeight - 8) +
           "\" r=\"4\" fill=\"" + colour(origin) + "\"/><text x=\"" + Px(lx + 12) + "\" y=\"" +
           Px(kHeight - 4) + "\">" + Esc(origin) + "</text></g>";
    lx += 20 + 6.2 * static_cast<double>(std::min<size_t>(origin.size(), 28));
  }
  out += "</svg>";
  if (!undated.empty()) {
    out += "<p class=\"muted\">Not drawn (no date or no value): ";
    for (const std::string& id : undated) out += "<bdi>" + Esc(id) + "</bdi> ";
    out += "</p>";
  }
}

void RenderSlots(const HtmlReportInput& in, const Index& index, std::string& out) {
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
    if (facts.story != nullptr) {
      out += "<h3 class=\"story\" data-story=\"" + Attr(facts.story->id) + "\">" +
             Esc(facts.story->id) + ": <bdi>" + Esc(facts.story->title) + "</bdi> <span class=\"muted\">(" +
             std::to_string(facts.story->docs.size()) + " article(s), " +
             std::to_string(facts.contested) + " contested fact(s))</span></h3>";
    } else if (!in.stories.empty()) {
      out += "<h3 class=\"story\">Background events and facts of no story</h3>";
    }
    for (uint32_t slot_index : facts.slots) {
      const SlotReport& slot = in.score->slots[slot_index];
      const bool contradiction = slot.relation == SlotRelation::kContradiction ||
                                 slot.relation == SlotRelation::kMixed;
      out += "<section class=\"slot" + std::string(contradiction ? " contradiction" : "") +
             "\" id=\"slot-" + std::to_string(n++) + "\" data-slot=\"" + Attr(slot.id) + "\"><h3>" +
             Esc(slot.id) + " <span class=\"rel\">" + Esc(ToString(slot.relation)) + "</span>" +
             (contradiction ? " <span class=\"flag\">contradiction</span>" : "") + "</h3><p>";
      const auto key = [&](const char* name, const std::string& value) {
        if (!value.empty()) out += std::string(name) + ": <bdi>" + Esc(value) + "</bdi> · ";
      };
      key("object", slot.object);
      key("unit", slot.unit);
      key("subject", slot.subject);
      key("predicate", slot.predicate);
      key("place", slot.place);
      out += std::to_string(slot.claims.size()) + " claims";
      if (slot.estimate.low || slot.estimate.high || slot.estimate.value != 0) {
        NumericValue band{slot.estimate.low, slot.estimate.high, Qualifier::kRange};
        out += " · estimate <bdi dir=\"ltr\" class=\"num\">" + Esc(FormatNumber(slot.estimate.value, NumberStyle::kGrouped)) +
               "</bdi>";
        if (band.low || band.high) out += " (band " + ValueHtml(&band) + ")";
        if (!slot.estimate.as_of.empty()) out += " as of " + Esc(slot.estimate.as_of);
      }
      out += "</p>";
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
        for (const std::string& r : slot.reasons) out += "<li dir=\"auto\">" + Esc(r) + "</li>";
        out += "</ul></details>";
      }
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
      out += "</table></section>";
    }
  }
  out += "</section>";
}

// Stories of several articles: outlets, dates, title and keywords.
void RenderStories(const HtmlReportInput& in, std::string& out) {
  if (in.stories.empty()) return;
  out += "<section id=\"stories\"><h2>Stories</h2><table><tr><th>story</th><th>articles</th>"
         "<th>outlets</th><th>first</th><th>last</th><th>title</th><th>keywords</th></tr>";
  size_t alone = 0;
  for (const Story& st : in.stories) {
    if (st.docs.size() < 2) {
      ++alone;
      continue;
    }
    std::string outlets, keywords;
    for (const std::string& o : st.outlets) outlets += (outlets.empty() ? "" : ", ") + o;
    for (const std::string& k : st.keywords) keywords += (keywords.empty() ? "" : ", ") + k;
    out += "<tr><td>" + Esc(st.id) + "</td><td class=\"num\">" + std::to_string(st.docs.size()) +
           "</td><td><bdi>" + Esc(outlets) + "</bdi></td><td class=\"num\">" + Esc(st.first) +
           "</td><td class=\"num\">" + Esc(st.last) + "</td><td dir=\"auto\">" + Esc(st.title) +
           "</td><td dir=\"auto\">" + Esc(keywords) + "</td></tr>";
  }
  out += "</table><p class=\"muted\">" + std::to_string(alone) +
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
  tip += "</span><br><span class=\"chain\"><b>said by</b>";
  if (c.attribution.empty()) tip += "<span class=\"muted\">unattributed</span>";
  for (const SourceHop& hop : c.attribution) {
    tip += "<span class=\"hop\"><bdi>" + Esc(hop.name.empty() ? hop.surface : hop.name) +
           "</bdi>";
    if (!hop.surface.empty() && hop.surface != hop.name) {
      tip += " (<bdi>" + Esc(hop.surface) + "</bdi>)";
    }
    tip += " <span class=\"muted\">" + Esc(ToString(hop.role)) + ", " + Esc(ToString(hop.type));
    if (!hop.cue.empty()) tip += ", cue “<bdi>" + Esc(hop.cue) + "</bdi>”";
    tip += "</span></span> → ";
  }
  tip += "<span class=\"hop\"><bdi>" + Esc(ref.doc->outlet.empty() ? ref.doc->id : ref.doc->outlet) +
         "</bdi> <span class=\"muted\">outlet</span></span></span><br>";
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

void RenderArticles(const HtmlReportInput& in, const Index& index, std::string& out) {
  out += "<section id=\"articles\"><h2>Articles</h2>";
  std::map<std::string, const Extraction*> extraction_of;
  for (const Extraction& x : in.extractions) extraction_of.emplace(x.doc, &x);
  for (size_t d = 0; d < in.documents.size(); ++d) {
    const Document& doc = in.documents[d];
    auto xit = extraction_of.find(doc.id);
    const Extraction* x = xit == extraction_of.end() ? nullptr : xit->second;
    std::string lang = doc.language.empty() && x ? x->language : doc.language;
    const bool rtl = lang == "ar";
    out += "<article id=\"doc-" + std::to_string(d) + "\" data-doc=\"" + Attr(doc.id) + "\"><h3 dir=\"auto\">" +
           Esc(doc.title.empty() ? doc.id : doc.title) + "</h3><p class=\"meta\">id <bdi>" +
           Esc(doc.id) + "</bdi>";
    if (!doc.outlet.empty()) out += " · outlet <bdi>" + Esc(doc.outlet) + "</bdi>";
    std::string published = doc.published;
    if (published.empty() && x && !x->published.date.empty()) {
      published = x->published.date + (x->published.estimated ? " (estimated)" : "");
    }
    if (!published.empty()) out += " · published <span class=\"num\">" + Esc(published) + "</span>";
    if (!doc.url.empty()) out += " · <bdi>" + Esc(doc.url) + "</bdi>";
    if (!doc.file.empty()) out += " · file <bdi>" + Esc(doc.file) + "</bdi>";
    out += "</p>";

    // Claims of this document in text order; overlapping spans share one highlight.
    std::vector<const ClaimRef*> claims;
    for (const ClaimRef& ref : index.claims) {
      if (ref.doc == &doc) claims.push_back(&ref);
    }
    std::stable_sort(claims.begin(), claims.end(), [&](const ClaimRef* a, const ClaimRef* b) {
      return SafeSpan(doc.text, SpanOf(*a)).begin < SafeSpan(doc.text, SpanOf(*b)).begin;
    });
    out += std::string("<div class=\"text\" ") +
           (rtl ? "dir=\"rtl\" lang=\"ar\"" : lang == "en" ? "dir=\"ltr\" lang=\"en\"" : "dir=\"auto\"") +
           ">";
    uint32_t pos = 0;
    for (size_t k = 0; k < claims.size();) {
      ByteSpan span = SafeSpan(doc.text, SpanOf(*claims[k]));
      if (span.begin < pos) span.begin = pos;
      span.end = std::max(span.end, span.begin);
      AppendEscaped(out, std::string_view(doc.text).substr(pos, span.begin - pos), false);
      out += ClaimOpen(*claims[k], false) + "<bdi>";
      AppendEscaped(out, std::string_view(doc.text).substr(span.begin, span.size()), false);
      out += "</bdi>" + ClaimTip(*claims[k]) + "</span>";
      pos = span.end;
      // Claims starting inside this highlight get a marker of their own right after it.
      for (++k; k < claims.size() && SafeSpan(doc.text, SpanOf(*claims[k])).begin < pos; ++k) {
        out += ClaimOpen(*claims[k], true) + "+" + ClaimTip(*claims[k]) + "</span>";
      }
    }
    AppendEscaped(out, std::string_view(doc.text).substr(pos), false);
    out += "</div></article>";
  }
  out += "</section>";
}

}  // namespace

std::string EscapeHtml(std::string_view text, bool in_attribute) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  AppendEscaped(out, text, in_attribute);
  return out;
}

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
  const Index index = BuildIndex(input);
  std::string out;
  out.reserve(64 * 1024);
  out += "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; img-src data:; script-src 'none'; base-uri 'none'; "
         "form-action 'none'\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<meta name=\"generator\" content=\"mizan\"><title>" +
         Esc(input.title) + "</title><style>" + kCss + "</style></head><body><h1>" +
         Esc(input.title) + "</h1>";
  RenderSummary(input, index, out);
  RenderStories(input, out);
  RenderSlots(input, index, out);
  RenderSources(input, out);
  RenderArticles(input, index, out);
  out += "</body></html>\n";
  return out;
}

}  // namespace mizan
