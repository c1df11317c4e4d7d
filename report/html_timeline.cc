// The inline SVG timeline of one slot in the HTML report: x = date, y = value (log scale
// when the values span more than a decade), one glyph per claim shaped by its qualifier and
// coloured by its origin, the consensus as a step line with its band.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/number_format.h"
#include "report/html_parts.h"

namespace mizan::html {
namespace {

const char* kPalette[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
                          "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"};
constexpr size_t kPaletteSize = sizeof(kPalette) / sizeof(kPalette[0]);

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

}  // namespace

void RenderTimeline(const SlotReport& slot, const ClaimIndex& index, std::string& out) {
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

}  // namespace mizan::html
