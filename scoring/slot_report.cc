// Slot reports: each slot's id, key, claims, independent origins, timeline, estimate and
// reasons (why its claims share it, what competed for its estimate, why nearby slots were
// kept apart), from the alignment and the reliability. See slot_report.h.
#include "scoring/slot_report.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "core/number_format.h"

namespace mizan {
namespace {

// A runner-up with at least this share of the winner's support is a near tie (reasons).
constexpr double kNearTie = 0.8;

// "slot-" and the low 48 bits of h as 12 lowercase hex digits (printf's "%012llx"), without
// printf, written in place. Fixed width and lowercase, so that these ids sort as the 48-bit
// numbers do.
std::string SlotId(uint64_t h) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s = "slot-000000000000";
  for (size_t k = s.size() - 1; k >= 5; --k, h >>= 4) s[k] = kDigits[h & 0xf];
  return s;
}
constexpr uint64_t kHex12Mask = (uint64_t{1} << 48) - 1;

// Why two slots with the same unit and subject were not merged.
std::string Difference(const SlotReport& a, const SlotReport& b, bool a_inc, bool b_inc) {
  std::vector<std::string> parts;
  if (a.predicate != b.predicate) {
    parts.push_back("predicate " + (a.predicate.empty() ? "(none)" : a.predicate) + " vs " +
                    (b.predicate.empty() ? "(none)" : b.predicate));
  }
  if (a_inc != b_inc) parts.push_back("an increment is not a total");
  if (a.event != b.event) {
    parts.push_back("event " + (a.event.empty() ? "(the story's own)" : a.event) + " vs " +
                    (b.event.empty() ? "(the story's own)" : b.event));
  }
  if (a.place != b.place) parts.push_back("place " + a.place + " vs " + b.place);
  std::string s;
  for (const std::string& p : parts) s += (s.empty() ? "" : "; ") + p;
  return s;
}

// The latest moment of slot s (the one its estimate is read from): the greatest date,
// the last bucket among equal dates (as the timeline's stable sort leaves them).
uint32_t LatestBucket(const Alignment& al, const std::vector<ScoreClaim>& claims, uint32_t s) {
  uint32_t latest = al.slot_first_bucket[s];
  const std::string* date = nullptr;
  for (uint32_t b = al.slot_first_bucket[s]; b < al.slot_first_bucket[s + 1]; ++b) {
    const ScoreClaim& last = claims[al.order[al.bucket_begin[b + 1] - 1]];
    static const std::string kUndated;
    const std::string& d = last.time == kNoTime ? kUndated : last.time_label;
    if (!date || !(d < *date)) date = &d, latest = b;
  }
  return latest;
}

// Why the estimate is the value it is, when other claimed values competed for it: its
// share of the weighted vote, and the best value it rules out; ties and near ties (the
// runner-up has at least kNearTie of the winner's support) are said as such. The text of
// snprintf(buf[200], "%sestimate %s has %.0f%% of the weighted vote; next %s (%.0f%%)%s").
void EstimateReasons(const Alignment& al, const Reliability& rel,
                     const std::vector<ScoreClaim>& claims, uint32_t s, const SlotReport& sr,
                     ClaimReasons& reasons, std::string& why) {
  constexpr size_t kMaxBytes = 199;
  const uint32_t b = LatestBucket(al, claims, s);
  if (rel.runner_up_support[b] <= 0) return;
  const double best = rel.support[b], next = rel.runner_up_support[b];
  why.clear();
  why += next >= best ? "tie: " : (next >= kNearTie * best ? "near tie: " : "");
  why += "estimate ";
  AppendNumber(why, sr.estimate.value, NumberStyle::kRounded);
  why += " has ";
  AppendNumber(why, 100 * best, NumberStyle::kWhole);
  why += "% of the weighted vote; next ";
  AppendNumber(why, rel.runner_up[b], NumberStyle::kRounded);
  why += " (";
  AppendNumber(why, 100 * next, NumberStyle::kWhole);
  why += "%)";
  if (next >= best) why += ", the smaller value is shown";
  if (why.size() > kMaxBytes) why.resize(kMaxBytes);
  reasons.push_back(why);
}

}  // namespace

double Round4(double x) { return std::round(x * 1e4) / 1e4; }

std::string JoinOrigins(const ScoreClaim& c) {
  std::string s;
  for (const std::string& o : c.origins) s += (s.empty() ? "" : " + ") + o;
  return s.empty() ? "(none)" : s;
}

namespace {

// Claim ids sorted; they most often come sorted already (input order), which one pass
// checks before a sort.
void SortIds(std::vector<std::string>& ids) {
  if (!std::is_sorted(ids.begin(), ids.end())) std::sort(ids.begin(), ids.end());
}

// The independent origins of slot s (claims p..q of al.order), sorted and distinct. When
// each evidence unit's claim has one named origin (structured claims always), that origin
// is its source in `rel`, whose ids run in name order: the ids are sorted instead of the
// names, and each name is copied once.
void SlotOrigins(const std::vector<ScoreClaim>& claims, const Alignment& al,
                 const Reliability& rel, uint32_t p, uint32_t q, SlotReport& sr,
                 std::vector<uint32_t>& ids) {
  ids.clear();
  bool by_id = true;
  for (uint32_t k = p; k < q && by_id; ++k) {
    const uint32_t i = al.order[k];
    if (al.claims[i].evidence != i) continue;
    const OriginNames& origins = claims[i].origins;
    by_id = origins.size() == 1 && !origins[0].empty();
    if (by_id) ids.push_back(rel.sources[rel.source_begin[i]]);
  }
  if (by_id) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    sr.origins.reserve(ids.size());
    for (uint32_t id : ids) sr.origins.push_back(rel.names[id]);
    return;
  }
  sr.origins.reserve(q - p);  // at most one per claim: one allocation, no regrowth
  for (uint32_t k = p; k < q; ++k) {
    const uint32_t i = al.order[k];
    if (al.claims[i].evidence != i) continue;
    const OriginNames& origins = claims[i].origins;
    // One named origin is its own join.
    if (origins.size() == 1 && !origins[0].empty()) sr.origins.push_back(origins[0]);
    else sr.origins.push_back(JoinOrigins(claims[i]));
  }
  std::sort(sr.origins.begin(), sr.origins.end());
  sr.origins.erase(std::unique(sr.origins.begin(), sr.origins.end()), sr.origins.end());
}

// The 48-bit number of slot s's id: the hash of its key and its first claim id in sorted
// order (the smallest).
uint64_t SlotIdBits(const std::vector<ScoreClaim>& claims, const Alignment& al, uint32_t s) {
  const uint32_t p = al.slot_begin[s], q = al.slot_begin[s + 1];
  const std::string* first = &claims[al.order[p]].id;
  for (uint32_t k = p + 1; k < q; ++k) {
    const std::string& id = claims[al.order[k]].id;
    if (id < *first) first = &id;
  }
  return HashBytes(*first, al.slot_key[s]) & kHex12Mask;
}

// Slot s's id (from its number), key, claims and independent origins.
void SlotHead(const std::vector<ScoreClaim>& claims, const Alignment& al,
              const Reliability& rel, uint32_t s, SlotReport& sr, uint64_t id_bits,
              std::vector<uint32_t>& ids) {
  const uint32_t p = al.slot_begin[s], q = al.slot_begin[s + 1];
  const ScoreClaim& first = claims[al.order[p]];
  sr.claims.reserve(q - p);
  for (uint32_t k = p; k < q; ++k) sr.claims.push_back(claims[al.order[k]].id);
  SortIds(sr.claims);
  sr.id = SlotId(id_bits);
  // The key's strings (sr's are empty: a structured claim's are mostly empty too).
  auto set = [](std::string& to, const std::string& from) {
    if (!from.empty()) to = from;
  };
  set(sr.object, first.object);
  set(sr.unit, first.unit);
  set(sr.counted, first.counted.empty() ? first.unit : first.counted);
  set(sr.event, first.event);
  set(sr.story, first.story);
  for (uint32_t k = p + 1; k < q && !sr.story.empty(); ++k) {
    if (claims[al.order[k]].story != sr.story) sr.story.clear();  // a background event
  }
  set(sr.subject, first.subject);
  // A claim that states no subject joins the one subject of its key (align.cc): the slot's
  // subject is the one its claims name.
  for (uint32_t k = p + 1; k < q && sr.subject.empty() && first.object.empty(); ++k) {
    set(sr.subject, claims[al.order[k]].subject);
  }
  set(sr.predicate, first.predicate);
  set(sr.place, al.slot_place[s]);
  sr.cumulative = first.cumulative;
  sr.relation = al.relation[s];
  SlotOrigins(claims, al, rel, p, q, sr, ids);
}

// The timeline point of moment b: its band (the common band, else the band of the claims
// that hold its truth), its value and claims. A cumulative estimate never steps down:
// `floor_lo` and `floor_value` carry the last dated moment's band and value.
TimelinePoint MomentPoint(const std::vector<ScoreClaim>& claims, const Alignment& al,
                          const Reliability& rel, uint32_t b, const SlotReport& sr,
                          double& floor_lo, double& floor_value) {
  const bool cumulative = sr.cumulative;
  const uint32_t b0 = al.bucket_begin[b], b1 = al.bucket_begin[b + 1];
  TimelinePoint point;
  const ScoreClaim& last = claims[al.order[b1 - 1]];
  point.date = last.time == kNoTime ? "" : last.time_label;
  double lo = al.bucket_lo[b], hi = al.bucket_hi[b];
  const double truth = rel.truth[b];
  if (lo > hi) {  // no common point: the band of the claims that hold the truth
    lo = std::numeric_limits<double>::infinity();
    hi = 0;
    for (uint32_t k = b0; k < b1; ++k) {
      const SoftInterval& v = al.intervals[al.order[k]];
      if (v.lo <= truth && truth <= v.hi) lo = std::min(lo, v.lo), hi = std::max(hi, v.hi);
    }
    if (lo > hi) lo = hi = truth;
  }
  double value = std::clamp(truth, lo, hi);
  if (cumulative && last.time != kNoTime) {
    lo = std::max(lo, floor_lo);
    if (hi < lo) hi = lo;
    value = std::clamp(std::max(value, floor_value), lo, hi);
    floor_lo = lo;
    floor_value = value;
  }
  point.low = lo;
  if (!std::isinf(hi)) point.high = hi;
  point.value = value;
  if (b1 - b0 == sr.claims.size()) {
    point.claims = sr.claims;  // the moment is the whole slot, whose ids are sorted
    return point;
  }
  point.claims.reserve(b1 - b0);
  for (uint32_t k = b0; k < b1; ++k) point.claims.push_back(claims[al.order[k]].id);
  SortIds(point.claims);
  return point;
}

// Slot s's timeline (one point per moment, by date) and its estimate, the latest point.
void SlotTimeline(const std::vector<ScoreClaim>& claims, const Alignment& al,
                  const Reliability& rel, uint32_t s, SlotReport& sr) {
  double floor_lo = 0, floor_value = 0;
  sr.timeline.reserve(al.slot_first_bucket[s + 1] - al.slot_first_bucket[s]);
  for (uint32_t b = al.slot_first_bucket[s]; b < al.slot_first_bucket[s + 1]; ++b) {
    sr.timeline.push_back(MomentPoint(claims, al, rel, b, sr, floor_lo, floor_value));
  }
  // Most timelines are already in date order (often one point): then the stable sort would
  // leave them as they are, and is skipped (it allocates a buffer).
  auto by_date = [](const TimelinePoint& x, const TimelinePoint& y) { return x.date < y.date; };
  if (!std::is_sorted(sr.timeline.begin(), sr.timeline.end(), by_date)) {
    std::stable_sort(sr.timeline.begin(), sr.timeline.end(), by_date);
  }
  const TimelinePoint& latest = sr.timeline.back();
  sr.estimate.low = latest.low;
  sr.estimate.high = latest.high;
  sr.estimate.value = latest.value;
  sr.estimate.as_of = latest.date;
  sr.estimate.uncertainty =
      latest.high && latest.value > 0
          ? Round4((*latest.high - latest.low.value_or(0)) / 2 / latest.value)
          : -1;
}

// Why slot s's claims share it, how many there are, its relation and its estimate.
// `why`: scratch text.
void SlotReasons(const std::vector<ScoreClaim>& claims, const Alignment& al,
                 const Reliability& rel, uint32_t s, bool increment, SlotReport& sr,
                 std::string& why) {
  if (!sr.object.empty()) {
    sr.reasons.Add("structured object \"", sr.object, "\"");
  } else {
    sr.reasons.push_back("same counted thing (" + (sr.counted.empty() ? "unstated" : sr.counted) +
                         "), subject (" +
                         (sr.subject.empty() ? "unstated" : sr.subject) + "), predicate (" +
                         (sr.predicate.empty() ? "unstated" : sr.predicate) + ")" +
                         (sr.place.empty() ? "" : ", place (" + sr.place + ")") +
                         (increment ? ", an increment" : "") +
                         (!sr.event.empty() ? ", background event (" + sr.event + ")"
                          : sr.story.empty() ? std::string()
                                             : ", the story's own event (" + sr.story + ")"));
  }
  // Counts as AppendNumber's kWhole writes them (whole numbers: their digits).
  char claims_text[24], origins_text[24];
  const char* claims_end = std::to_chars(claims_text, claims_text + sizeof claims_text,
                                         sr.claims.size()).ptr;
  const char* origins_end = std::to_chars(origins_text, origins_text + sizeof origins_text,
                                          sr.origins.size()).ptr;
  sr.reasons.Add(std::string_view(claims_text, claims_end - claims_text), " claim(s) from ",
                 std::string_view(origins_text, origins_end - origins_text),
                 " independent origin(s)");
  switch (sr.relation) {
    case SlotRelation::kEvolution:
      sr.reasons.push_back(sr.cumulative ? "a cumulative count that grows over time: evolution"
                                         : "the value changes over time: evolution");
      break;
    case SlotRelation::kContradiction:
    case SlotRelation::kMixed:
      sr.reasons.push_back("some figures cannot all hold at their times");
      break;
    default:
      break;
  }
  EstimateReasons(al, rel, claims, s, sr, sr.reasons, why);
}

}  // namespace

// Every slot's report, in id order, with the alignment's notes. The ids are known before
// the reports (a hash of the key and the smallest claim id), so each report is made in
// its place: std::sort of the slot numbers by the 48-bit number each id spells
// (fixed-width lowercase hex, so the same comparisons as comparing the ids, ties
// included, hence the same order), instead of moving the reports afterwards.
SlotReports BuildSlots(const std::vector<ScoreClaim>& claims, const Alignment& al,
                       const Reliability& rel) {
  const uint32_t slots = al.slot_count();
  SlotReports out;
  out.id_bits.resize(slots);
  out.increment.resize(slots);
  out.position.resize(slots);
  for (uint32_t s = 0; s < slots; ++s) out.id_bits[s] = SlotIdBits(claims, al, s);
  std::vector<uint32_t> order(slots);
  for (uint32_t s = 0; s < slots; ++s) order[s] = s;
  const std::vector<uint64_t>& key = out.id_bits;
  std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return key[x] < key[y]; });
  for (uint32_t k = 0; k < slots; ++k) out.position[order[k]] = k;
  out.reports.resize(slots);
  std::vector<uint32_t> ids;  // SlotOrigins' scratch
  std::string why;            // SlotReasons' scratch
  for (uint32_t s = 0; s < slots; ++s) {
    SlotReport& sr = out.reports[out.position[s]];
    SlotHead(claims, al, rel, s, sr, out.id_bits[s], ids);
    out.increment[s] = claims[al.order[al.slot_begin[s]]].increment;
    SlotTimeline(claims, al, rel, s, sr);
    SlotReasons(claims, al, rel, s, out.increment[s], sr, why);
  }
  for (const auto& [s, why] : al.notes) out.reports[out.position[s]].reasons.push_back(why);
  return out;
}

// Refusals to merge: slots sharing story, unit and subject but not the rest of the key
// say why they were kept apart (groups of at most 8 such slots).
void AddKeptApart(SlotReports& slots) {
  std::vector<SlotReport>& reports = slots.reports;
  const std::vector<uint32_t>& at = slots.position;
  std::vector<std::pair<uint64_t, uint32_t>> near;  // by slot number, not position
  for (uint32_t s = 0; s < reports.size(); ++s) {
    const SlotReport& sr = reports[at[s]];
    if (!sr.object.empty()) continue;
    near.emplace_back(HashBytes(sr.story + "\x1f" + sr.subject,
                                HashBytes(sr.counted, HashBytes("near\x1f"))), s);
  }
  std::sort(near.begin(), near.end());
  constexpr size_t kMaxNeighbours = 8;
  for (size_t g0 = 0; g0 < near.size();) {
    size_t g1 = g0 + 1;
    while (g1 < near.size() && near[g1].first == near[g0].first) ++g1;
    if (g1 - g0 >= 2 && g1 - g0 <= kMaxNeighbours) {
      for (size_t x = g0; x < g1; ++x) {
        for (size_t y = g0; y < g1; ++y) {
          if (x == y) continue;
          const uint32_t a = near[x].second, b = near[y].second;
          const std::string why = Difference(reports[at[a]], reports[at[b]],
                                             slots.increment[a], slots.increment[b]);
          if (!why.empty()) {
            reports[at[a]].reasons.push_back("kept apart from " + reports[at[b]].id + ": " + why);
          }
        }
      }
    }
    g0 = g1;
  }
}

}  // namespace mizan
