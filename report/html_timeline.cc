// The inline SVG timeline of one slot in the HTML report: x = date, y = value (log scale
// when the values span more than a decade), one glyph per claim shaped by its qualifier and
// coloured by its origin, the consensus as a step line with its band.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/civil_date.h"
#include "core/number_format.h"
#include "report/html_parts.h"

namespace mizan::html {
namespace {

// Origins' colours, on the glyphs and in the legend; cycled past ten origins.
const char* kPalette[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
                          "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"};
constexpr size_t kPaletteSize = sizeof(kPalette) / sizeof(kPalette[0]);

// The chart in SVG units. The plot runs from x = kLeft to kRight and from the highest value
// at y = kTop down to the lowest at kBottom; the value labels stand left of kLeft, the dates
// and the legend below kBottom.
constexpr double kWidth = 720, kHeight = 262;
constexpr double kLeft = 74, kRight = 700, kTop = 24, kBottom = 230;

std::string Px(double v) { return Fixed(v, 1); }

// ---------------------------------------------------------------------------------------
// What is drawn

// A claim of the slot with a date and a value.
struct DatedClaim {
  const ClaimRef* ref = nullptr;
  long day = 0;
  std::string origin;
};

// One slot's drawable content, gathered before any geometry.
struct TimelineData {
  std::vector<DatedClaim> claims;    // in the slot's order
  std::vector<std::string> undated;  // ids of the slot's claims without a date or a value
  std::vector<std::pair<long, const TimelinePoint*>> consensus;  // the dated consensus steps
  std::vector<double> values;        // every value drawn, bounds included: the y range
  std::vector<std::string> origins;  // sorted and unique: origin k has kPalette[k % size]
};

TimelineData CollectTimeline(const SlotReport& slot, const ClaimIndex& index) {
  TimelineData data;
  for (const std::string& id : slot.claims) {
    auto it = index.by_id.find(id);
    if (it == index.by_id.end()) continue;  // the slot's table says it is not in the report
    const ClaimRef& ref = index.claims[it->second];
    const NumericValue* v = ValueOf(ref);
    std::optional<long> day = DaysFromIso(DateOf(ref));
    if (v == nullptr || !day || (!v->low && !v->high)) {
      data.undated.push_back(id);
      continue;
    }
    if (v->low) data.values.push_back(*v->low);
    if (v->high) data.values.push_back(*v->high);
    data.claims.push_back({&ref, *day, OriginOf(*ref.claim)});
    data.origins.push_back(data.claims.back().origin);
  }
  for (const TimelinePoint& p : slot.timeline) {
    if (auto day = DaysFromIso(p.date)) {
      data.consensus.emplace_back(*day, &p);
      data.values.push_back(p.value);
      if (p.low) data.values.push_back(*p.low);
      if (p.high) data.values.push_back(*p.high);
    }
  }
  std::sort(data.origins.begin(), data.origins.end());
  data.origins.erase(std::unique(data.origins.begin(), data.origins.end()), data.origins.end());
  return data;
}

const char* OriginColour(const std::vector<std::string>& origins, const std::string& origin) {
  const size_t k = std::lower_bound(origins.begin(), origins.end(), origin) - origins.begin();
  return kPalette[k % kPaletteSize];
}

// ---------------------------------------------------------------------------------------
// Axes

// The time axis: the days of the claims and of the consensus, padded by a twelfth of the
// span (at least three days) so that no glyph sits on the frame.
struct DayAxis {
  long lo = 0, hi = 0;
  double X(long day) const {
    return kLeft + (kRight - kLeft) * static_cast<double>(day - lo) /
                       static_cast<double>(std::max(1L, hi - lo));
  }
};

DayAxis MakeDayAxis(const TimelineData& data) {
  DayAxis axis;
  axis.lo = data.claims.empty() ? data.consensus.front().first : data.claims.front().day;
  axis.hi = axis.lo;
  for (const DatedClaim& c : data.claims) {
    axis.lo = std::min(axis.lo, c.day);
    axis.hi = std::max(axis.hi, c.day);
  }
  for (const auto& c : data.consensus) {
    axis.lo = std::min(axis.lo, c.first);
    axis.hi = std::max(axis.hi, c.first);
  }
  const long pad = std::max(3L, (axis.hi - axis.lo) / 12);
  axis.lo -= pad;
  axis.hi += pad;
  return axis;
}

// The value axis: logarithmic when the values span more than a decade (a first toll of 12
// beside a later one of 12,000 would otherwise sit on the axis), else linear from 0.
struct ValueAxis {
  double lo = 0, hi = 1;
  double step = 0;  // linear scale: tick spacing
  bool log = false;
  double Y(double v) const {
    double t;
    if (log) {
      t = (std::log10(std::max(v, lo)) - std::log10(lo)) / (std::log10(hi) - std::log10(lo));
    } else {
      t = (v - lo) / (hi - lo);
    }
    t = std::clamp(t, -0.05, 1.05);
    return kBottom - t * (kBottom - kTop);
  }
  // Every power of ten (log), else every step.
  std::vector<double> Ticks() const {
    std::vector<double> ticks;
    if (log) {
      for (double t = lo; t <= hi * 1.0001; t *= 10) ticks.push_back(t);
    } else {
      for (double t = lo; t <= hi + step / 2; t += step) ticks.push_back(t);
    }
    return ticks;
  }
};

// `values` must not be empty.
ValueAxis MakeValueAxis(const std::vector<double>& values) {
  const double v_lo = *std::min_element(values.begin(), values.end());
  const double v_hi = *std::max_element(values.begin(), values.end());
  ValueAxis y;
  y.log = v_lo > 0 && v_hi / v_lo > 10;
  if (y.log) {
    y.lo = std::pow(10, std::floor(std::log10(v_lo)));
    y.hi = std::pow(10, std::ceil(std::log10(v_hi * 1.05)));
    return y;
  }
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
  return y;
}

struct Chart {
  DayAxis x;
  ValueAxis y;
};

// ---------------------------------------------------------------------------------------
// The frame

void AppendSvgOpen(const SlotReport& slot, const ValueAxis& y, std::string& out) {
  out += "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" +
         Px(kWidth) + "\" height=\"" + Px(kHeight) + "\" viewBox=\"0 0 " + Px(kWidth) + " " +
         Px(kHeight) + "\" data-slot=\"" + Attr(slot.id) + "\"><title>" +
         Esc("Timeline of " + slot.id + (y.log ? " (log scale)" : "")) + "</title>";
}

// The two axes, a grid line and label per value tick, five dates below.
void AppendAxes(const Chart& chart, std::string& out) {
  out += "<g class=\"axes\" stroke=\"#999\" stroke-width=\"1\"><line x1=\"" + Px(kLeft) +
         "\" y1=\"" + Px(kBottom) + "\" x2=\"" + Px(kRight) + "\" y2=\"" + Px(kBottom) +
         "\"/><line x1=\"" + Px(kLeft) + "\" y1=\"" + Px(kTop - 6) + "\" x2=\"" + Px(kLeft) +
         "\" y2=\"" + Px(kBottom) + "\"/></g>";
  for (double t : chart.y.Ticks()) {
    const double py = chart.y.Y(t);
    out += "<line x1=\"" + Px(kLeft) + "\" y1=\"" + Px(py) + "\" x2=\"" + Px(kRight) +
           "\" y2=\"" + Px(py) + "\" stroke=\"#eee\"/><text x=\"" + Px(kLeft - 6) + "\" y=\"" +
           Px(py + 4) + "\" text-anchor=\"end\">" +
           Esc(FormatNumber(std::round(t), NumberStyle::kGrouped)) + "</text>";
  }
  const int date_ticks = 4;
  for (int k = 0; k <= date_ticks; ++k) {
    const long day = chart.x.lo + (chart.x.hi - chart.x.lo) * k / date_ticks;
    const char* anchor = k == 0 ? "start" : k == date_ticks ? "end" : "middle";
    out += "<text x=\"" + Px(chart.x.X(day)) + "\" y=\"" + Px(kBottom + 16) +
           "\" text-anchor=\"" + anchor + "\">" + IsoFromDays(day) + "</text>";
  }
  if (chart.y.log) {
    out += "<text x=\"" + Px(kLeft) + "\" y=\"12\">log scale</text>";
  }
}

// ---------------------------------------------------------------------------------------
// The consensus

// A band and a step line through the consensus points, each step held until the next
// point (the last to the right edge).
void AppendConsensus(const std::vector<std::pair<long, const TimelinePoint*>>& consensus,
                     const Chart& chart, std::string& out) {
  if (consensus.empty()) return;
  const ValueAxis& y = chart.y;
  std::string band_top, band_bottom, line;
  for (size_t k = 0; k < consensus.size(); ++k) {
    const double x0 = chart.x.X(consensus[k].first);
    const double x1 = k + 1 < consensus.size() ? chart.x.X(consensus[k + 1].first) : kRight;
    const TimelinePoint& p = *consensus[k].second;
    const double lo = p.low.value_or(p.value), hi = p.high.value_or(p.value);
    band_top += Px(x0) + "," + Px(y.Y(hi)) + " " + Px(x1) + "," + Px(y.Y(hi)) + " ";
    // The polygon comes back along the bottom edge: right to left.
    band_bottom = Px(x1) + "," + Px(y.Y(lo)) + " " + Px(x0) + "," + Px(y.Y(lo)) + " " +
                  band_bottom;
    line += k == 0 ? "M" : "L";
    line += Px(x0) + "," + Px(y.Y(p.value)) + " L" + Px(x1) + "," + Px(y.Y(p.value)) + " ";
  }
  out += "<g class=\"consensus\"><title>consensus estimate and band</title><polygon points=\"" +
         band_top + band_bottom + "\" fill=\"#1a5fb4\" fill-opacity=\"0.12\"/><path d=\"" +
         line + "\" fill=\"none\" stroke=\"#1a5fb4\" stroke-width=\"2\"/></g>";
}

// The latest estimate as a label at the right edge, kept inside the chart.
void AppendEstimateLabel(const SlotEstimate& estimate, const ValueAxis& y, std::string& out) {
  if (!HasEstimate(estimate)) return;
  const double py = y.Y(estimate.value);
  out += "<text class=\"estimate\" x=\"" + Px(kRight) + "\" y=\"" + Px(std::max(py - 6, 12.0)) +
         "\" text-anchor=\"end\" fill=\"#1a5fb4\">" +
         Esc("estimate " + FormatNumber(estimate.value, NumberStyle::kGrouped) +
             (estimate.as_of.empty() ? "" : " as of " + estimate.as_of)) +
         "</text>";
}

// ---------------------------------------------------------------------------------------
// One glyph per claim

// Where and how one claim's glyph is drawn.
struct Glyph {
  double x = 0;
  std::string colour;  // its origin's
  bool faded = false;  // superseded or stale: hollow, dashed, at 45% opacity
  std::string Stroke() const { return " stroke=\"" + colour + "\""; }
  std::string Dash() const { return faded ? " stroke-dasharray=\"3,2\"" : ""; }
};

// Exact: a dot; approximate: a dot with whiskers at +-10%.
void AppendDot(const NumericValue& v, const Glyph& g, const ValueAxis& y, std::string& out) {
  const double val = v.low.value_or(v.high.value_or(0));
  const double py = y.Y(val);
  const double x = g.x;
  if (v.qualifier == Qualifier::kApprox) {
    const double a = y.Y(val * 1.1), b = y.Y(val * 0.9);
    out += "<path d=\"M" + Px(x) + "," + Px(a) + " L" + Px(x) + "," + Px(b) + " M" +
           Px(x - 3) + "," + Px(a) + " L" + Px(x + 3) + "," + Px(a) + " M" + Px(x - 3) +
           "," + Px(b) + " L" + Px(x + 3) + "," + Px(b) + "\"" + g.Stroke() +
           " stroke-width=\"1.5\"/>";
  }
  out += "<circle cx=\"" + Px(x) + "\" cy=\"" + Px(py) + "\" r=\"4.5\" fill=\"" +
         (g.faded ? std::string("#fff") : g.colour) + "\"" + g.Stroke() + g.Dash() +
         " stroke-width=\"1.5\"/>";
}

// At least / more than: an arrow up from the bound; at most / less than: down. The dot on
// the bound is hollow when the bound is strict.
void AppendBoundArrow(const NumericValue& v, const Glyph& g, const ValueAxis& y,
                      std::string& out) {
  const bool up = v.qualifier == Qualifier::kAtLeast || v.qualifier == Qualifier::kMoreThan;
  const double val = up ? v.low.value_or(0) : v.high.value_or(0);
  const double py = y.Y(val);
  const double tip_y = up ? py - 26 : py + 26;
  const double head = up ? 6 : -6;
  const bool strict = v.qualifier == Qualifier::kMoreThan || v.qualifier == Qualifier::kLessThan;
  const double x = g.x;
  out += "<path d=\"M" + Px(x) + "," + Px(py) + " L" + Px(x) + "," + Px(tip_y) + "\"" +
         g.Stroke() + g.Dash() + " stroke-width=\"2\"/><path d=\"M" + Px(x - 4) + "," +
         Px(tip_y + head) + " L" + Px(x) + "," + Px(tip_y) + " L" + Px(x + 4) + "," +
         Px(tip_y + head) + " Z\" fill=\"" + g.colour + "\"/><circle cx=\"" + Px(x) +
         "\" cy=\"" + Px(py) + "\" r=\"4\" fill=\"" + (strict ? std::string("#fff") : g.colour) +
         "\"" + g.Stroke() + " stroke-width=\"1.5\"/>";
}

// Range: a bar from low to high; vague: a wider, shaded, dashed box, its bounds being loose.
void AppendSpanBox(const NumericValue& v, const Glyph& g, const ValueAxis& y,
                   std::string& out) {
  const double a = y.Y(v.high.value_or(v.low.value_or(0)));
  const double b = y.Y(v.low.value_or(v.high.value_or(0)));
  if (v.qualifier == Qualifier::kRange) {
    out += "<rect x=\"" + Px(g.x - 3) + "\" y=\"" + Px(a) + "\" width=\"6\" height=\"" +
           Px(std::max(2.0, b - a)) + "\" fill=\"" + g.colour + "\"" + g.Stroke() + g.Dash() +
           "/>";
  } else {
    out += "<rect x=\"" + Px(g.x - 7) + "\" y=\"" + Px(a) + "\" width=\"14\" height=\"" +
           Px(std::max(2.0, b - a)) + "\" fill=\"" + g.colour + "\" fill-opacity=\"0.25\"" +
           g.Stroke() + " stroke-dasharray=\"2,2\"/>";
  }
}

// A contradicted claim: a red cross over its glyph.
void AppendCross(const NumericValue& v, double x, const ValueAxis& y, std::string& out) {
  const double py = y.Y(v.low.value_or(v.high.value_or(0)));
  out += "<path class=\"contradicted\" d=\"M" + Px(x - 6) + "," + Px(py - 6) + " L" +
         Px(x + 6) + "," + Px(py + 6) + " M" + Px(x + 6) + "," + Px(py - 6) + " L" +
         Px(x - 6) + "," + Px(py + 6) + "\" stroke=\"#b00020\" stroke-width=\"2.5\"/>";
}

// One claim as a group: classes by qualifier and verdict, a link to its highlight in the
// text (data-claim), a title an editor reads on hover, and its glyph.
void AppendClaimGlyph(const DatedClaim& claim, double x, const char* colour, const ValueAxis& y,
                      std::string& out) {
  const NumericValue& v = *ValueOf(*claim.ref);
  const ClaimScore* score = claim.ref->score;
  const std::string verdict = score ? std::string(ToString(score->verdict)) : "";
  const Glyph g{x, colour,
                score && (score->verdict == Verdict::kSuperseded ||
                          score->verdict == Verdict::kStale)};
  std::string tip = claim.ref->claim->id + ": " + FormatValue(v) + " (" +
                    std::string(ToString(v.qualifier)) + "), " + DateOf(*claim.ref) + ", " +
                    claim.origin;
  if (score) tip += ", confidence " + Fixed(score->confidence, 2) + ", " + verdict;
  out += "<g class=\"pt q-" + std::string(ToString(v.qualifier)) +
         (verdict.empty() ? "" : " v-" + Attr(verdict)) + "\" data-claim=\"c" +
         std::to_string(claim.ref->ordinal) + "\"" + (g.faded ? " opacity=\"0.45\"" : "") +
         "><title>" + Esc(tip) + "</title>";
  switch (v.qualifier) {
    case Qualifier::kExact:
    case Qualifier::kApprox: AppendDot(v, g, y, out); break;
    case Qualifier::kAtLeast:
    case Qualifier::kMoreThan:
    case Qualifier::kAtMost:
    case Qualifier::kLessThan: AppendBoundArrow(v, g, y, out); break;
    case Qualifier::kRange:
    case Qualifier::kVague: AppendSpanBox(v, g, y, out); break;
  }
  if (score && score->verdict == Verdict::kContradicted) AppendCross(v, x, y, out);
  out += "</g>";
}

void AppendClaimGlyphs(const TimelineData& data, const Chart& chart, std::string& out) {
  // Claims of one day are spread sideways, 9 units apart, alternately right and left.
  std::map<long, int> same_day;
  for (const DatedClaim& claim : data.claims) {
    const int k = same_day[claim.day]++;
    const double x = chart.x.X(claim.day) + (k % 2 == 0 ? 1 : -1) * ((k + 1) / 2) * 9.0;
    AppendClaimGlyph(claim, x, OriginColour(data.origins, claim.origin), chart.y, out);
  }
}

// ---------------------------------------------------------------------------------------
// Around the plot

void AppendContradictionFlag(std::string& out) {
  out += "<g class=\"flag-contradiction\"><rect x=\"" + Px(kRight - 118) +
         "\" y=\"2\" width=\"118\" height=\"16\" rx=\"3\" fill=\"#b00020\"/><text x=\"" +
         Px(kRight - 59) + "\" y=\"14\" text-anchor=\"middle\" style=\"fill:#fff\">" +
         "\xE2\x9A\xA0 contradiction</text></g>";
}

// One colour per origin, in a row along the bottom; long names take up to 28 bytes' room.
void AppendLegend(const std::vector<std::string>& origins, std::string& out) {
  double lx = kLeft;
  for (const std::string& origin : origins) {
    out += "<g class=\"legend\"><circle cx=\"" + Px(lx + 5) + "\" cy=\"" + Px(kHeight - 8) +
           "\" r=\"4\" fill=\"" + OriginColour(origins, origin) + "\"/><text x=\"" +
           Px(lx + 12) + "\" y=\"" + Px(kHeight - 4) + "\">" + Esc(origin) + "</text></g>";
    lx += 20 + 6.2 * static_cast<double>(std::min<size_t>(origin.size(), 28));
  }
}

// The claims left out of the chart, named so that an editor does not think them missing.
void AppendUndated(const std::vector<std::string>& undated, std::string& out) {
  if (undated.empty()) return;
  out += "<p class=\"muted\">Not drawn (no date or no value): ";
  for (const std::string& id : undated) out += "<bdi>" + Esc(id) + "</bdi> ";
  out += "</p>";
}

}  // namespace

void RenderTimeline(const SlotReport& slot, const ClaimIndex& index, std::string& out) {
  const TimelineData data = CollectTimeline(slot, index);
  if (data.claims.empty() && data.consensus.empty()) {
    out += "<p class=\"muted\">No dated figure to draw.</p>";
    return;
  }
  const Chart chart{MakeDayAxis(data), MakeValueAxis(data.values)};
  AppendSvgOpen(slot, chart.y, out);
  AppendAxes(chart, out);
  AppendConsensus(data.consensus, chart, out);
  AppendEstimateLabel(slot.estimate, chart.y, out);
  AppendClaimGlyphs(data, chart, out);
  if (IsContested(slot)) AppendContradictionFlag(out);
  AppendLegend(data.origins, out);
  out += "</svg>";
  AppendUndated(data.undated, out);
}

}  // namespace mizan::html
