// Score: alignment + reliability -> a confidence per claim, an estimate per slot.
//
// Confidence of a claim (the probability that the quantity at its time lies in its
// interval) combines, in this order (defaults documented in README, "Scoring"):
// | factor                | effect                                                        |
// |-----------------------|---------------------------------------------------------------|
// | track record r        | a source's share of tested claims that held (TrackRecords),   |
// |                       | shrunk toward its type's prior                                |
// | agreeing origins      | max(r, 1 - prod(1 - 0.9 r_u)) over independent units agreeing |
// | no counterpart        | "unverifiable"/"uncorroborated": r kept within [0.15, 0.75]   |
// | relays                | x0.97 per relay hop                                            |
// | anonymous origin      | x0.8; unattributed narrative x0.9                             |
// | stance                | estimated .95, reported .9, alleged .85, unconfirmed .8,      |
// |                       | confirmed 1.05, denied .4                                     |
// | hedging               | approx .95, vague .8                                          |
// | forward-looking       | x0.7 (a plan or prediction, not an observed count)            |
// | own losses            | x0.85 when the origin ("ukraine.president") belongs to the    |
// |                       | counted side ("ukraine") of a casualty count: interested      |
// | superseded            | x0.7; an earlier state of its moment: 0.7 x the lone score    |
// | stale repeat, drop    | 0.4 x r x the factors above                                   |
// | contradicted          | r x factors x the share of support at its time (<= 0.5)       |
#include "scoring/score.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>

#include "core/number_format.h"
#include "core/source_name.h"
#include "scoring/align.h"
#include "scoring/reliability.h"

namespace mizan {
namespace {

constexpr double kCorroborationStrength = 0.9;  // how much one agreeing origin can prove
constexpr uint32_t kLookAround = 256;           // bounded scan of other moments of a slot
constexpr double kSimilarLevel = 0.5;           // another moment's figure at least half
                                                // the claim's lower bound bears it out
constexpr double kInterestedParty = 0.85;
constexpr double kSupersededFactor = 0.7;      // a figure a later estimate replaced
constexpr double kMaxConfidence = 0.99;       // a party counting its own losses

double Round4(double x) { return std::round(x * 1e4) / 1e4; }

// The low 48 bits of h as 12 lowercase hex digits (printf's "%012llx"), without printf.
std::string Hex12(uint64_t h) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s(12, '0');
  for (int k = 11; k >= 0; --k, h >>= 4) s[k] = kDigits[h & 0xf];
  return s;
}

std::string FormatBand(std::optional<double> lo, std::optional<double> hi, double value) {
  if (lo && hi && *lo == *hi) return FormatNumber(value, NumberStyle::kRounded);
  std::string s = FormatNumber(value, NumberStyle::kRounded) + " (";
  s += lo ? FormatNumber(*lo, NumberStyle::kRounded) : "?";
  s += "-";
  s += hi ? FormatNumber(*hi, NumberStyle::kRounded) : "open";
  return s + ")";
}

double StanceFactor(Stance stance) {
  switch (stance) {
    case Stance::kAsserted: return 1.0;
    case Stance::kEstimated: return 0.95;
    case Stance::kReported: return 0.9;
    case Stance::kAlleged: return 0.85;
    case Stance::kUnconfirmed: return 0.8;
    case Stance::kConfirmed: return 1.05;
    case Stance::kDenied: return 0.4;
  }
  return 1.0;
}

std::string JoinOrigins(const ScoreClaim& c) {
  std::string s;
  for (const std::string& o : c.origins) s += (s.empty() ? "" : " + ") + o;
  return s.empty() ? "(none)" : s;
}

// "origin NAME (TYPE), track record 0.62", at most 159 bytes: the text of
// snprintf(buf[160], "origin %s (%s), track record %.2f"), built without printf (one per
// claim; to_chars with a precision prints as printf does).
std::string OriginReason(const ScoreClaim& c, double r) {
  constexpr size_t kMaxBytes = 159;
  char record[32];
  const auto [end, ec] = std::to_chars(record, record + sizeof record, r,
                                       std::chars_format::fixed, 2);
  const std::string_view type = ToString(c.origin_type);
  std::string s;
  s.reserve(48 + type.size() + (c.origins.empty() ? 6 : c.origins.front().size()));
  s += "origin ";
  const size_t joined = s.size();  // as JoinOrigins: " + " only after a non-empty prefix
  for (const std::string& o : c.origins) {
    if (s.size() > joined) s += " + ";
    s += o;
  }
  if (s.size() == joined) s += "(none)";
  s += " (";
  s += type;
  s += "), track record ";
  s.append(record, ec == std::errc() ? end : record);
  if (s.size() > kMaxBytes) s.resize(kMaxBytes);
  return s;
}

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
// runner-up has at least kNearTie of the winner's support) are said as such.
constexpr double kNearTie = 0.8;
void EstimateReasons(const Alignment& al, const Reliability& rel,
                     const std::vector<ScoreClaim>& claims, uint32_t s, const SlotReport& sr,
                     std::vector<std::string>& reasons) {
  const uint32_t b = LatestBucket(al, claims, s);
  if (rel.runner_up_support[b] <= 0) return;
  const double best = rel.support[b], next = rel.runner_up_support[b];
  char buf[200];
  const char* kind = next >= best ? "tie: " : (next >= kNearTie * best ? "near tie: " : "");
  std::snprintf(buf, sizeof buf,
                "%sestimate %s has %.0f%% of the weighted vote; next %s (%.0f%%)%s", kind,
                FormatNumber(sr.estimate.value, NumberStyle::kRounded).c_str(), 100 * best,
                FormatNumber(rel.runner_up[b], NumberStyle::kRounded).c_str(), 100 * next,
                next >= best ? ", the smaller value is shown" : "");
  reasons.push_back(buf);
}

// A source's track record, the probability that a figure of it is right: the share of its
// claims that held their moment's consensus where the moment could test them (two or more
// independent units; earlier states and one-origin ambiguities test nothing), shrunk toward
// its type's prior by prior_strength pseudo-claims. A claim weighs its share of its
// evidence unit's vote, so copies count once. Linear in the claims.
std::vector<double> TrackRecords(const Alignment& al, const Reliability& rel,
                                 const ScoreOptions& options) {
  const size_t m = rel.names.size();
  std::vector<double> tested(m, 0), held(m, 0);
  for (uint32_t b = 0; b < al.bucket_count(); ++b) {
    if (!rel.informative[b]) continue;
    const bool settled = al.bucket_lo[b] <= al.bucket_hi[b];
    const double truth = rel.truth[b];
    for (uint32_t k = al.bucket_begin[b]; k < al.bucket_begin[b + 1]; ++k) {
      const uint32_t i = al.order[k];
      const uint8_t flags = al.claims[i].flags;
      if (flags & (kFlagEarlier | kFlagOneOrigin)) continue;
      const SoftInterval& v = al.intervals[i];
      const bool holds = !(flags & (kFlagStale | kFlagDrop)) &&
                         (settled || (v.lo <= truth && truth <= v.hi));
      for (uint32_t j = rel.source_begin[i]; j < rel.source_begin[i + 1]; ++j) {
        tested[rel.sources[j]] += rel.share[i];
        held[rel.sources[j]] += holds ? rel.share[i] : 0;
      }
    }
  }
  std::vector<double> record(m);
  for (size_t s = 0; s < m; ++s) {
    const double prior = SourceTypePrior(rel.types[s]);
    record[s] = (held[s] + options.prior_strength * prior) / (tested[s] + options.prior_strength);
  }
  return record;
}

// What one moment (bucket) offers each of its claims, computed once per moment and linear
// in it: the independent units that agree with its consensus (with the product of their
// noisy-OR misses), its total weight, and its claims' weights by bound, so that the weight
// of the figures compatible with an interval is the total less those wholly below it and
// wholly above it (two binary searches instead of a scan of the moment per claim).
class MomentSupport {
 public:
  void Build(const Alignment& al, const Reliability& rel, const std::vector<double>& origin_r,
             uint32_t b) {
    settled_ = al.bucket_lo[b] <= al.bucket_hi[b];
    truth_ = rel.truth[b];
    agreeing_.clear();
    by_lo_.clear();
    by_hi_.clear();
    total_ = 0;
    for (uint32_t k = al.bucket_begin[b]; k < al.bucket_begin[b + 1]; ++k) {
      const uint32_t j = al.order[k];
      const SoftInterval& v = al.intervals[j];
      const double w = origin_r[j] * rel.share[j];
      total_ += w;
      by_lo_.emplace_back(v.lo, w);
      by_hi_.emplace_back(v.hi, w);
      const uint8_t flags = al.claims[j].flags;
      if (Holds(flags, v)) agreeing_.push_back(al.claims[j].evidence);
    }
    std::sort(agreeing_.begin(), agreeing_.end());
    agreeing_.erase(std::unique(agreeing_.begin(), agreeing_.end()), agreeing_.end());
    miss_ = 1;
    for (uint32_t u : agreeing_) miss_ *= 1 - kCorroborationStrength * origin_r[u];
    for (auto* list : {&by_lo_, &by_hi_}) {
      std::sort(list->begin(), list->end());
      double sum = 0;
      for (auto& [bound, w] : *list) w = sum += w;  // prefix sums of weight
    }
  }

  // A claim of this moment holds when it takes part in a settled consensus, or (no
  // consensus) when its interval holds the moment's estimated truth.
  bool Holds(uint8_t flags, const SoftInterval& own) const {
    if (flags & kFlagsSetAside) return false;
    return settled_ ? true : own.lo <= truth_ && truth_ <= own.hi;
  }
  // The weight of the moment's figures compatible with `own`.
  double Support(const SoftInterval& own) const {
    auto below = std::lower_bound(by_hi_.begin(), by_hi_.end(), std::make_pair(own.lo, -1.0));
    const double w_below = below == by_hi_.begin() ? 0 : std::prev(below)->second;
    auto above = std::upper_bound(by_lo_.begin(), by_lo_.end(),
                                  std::make_pair(own.hi, std::numeric_limits<double>::infinity()));
    const double w_upto = above == by_lo_.begin() ? 0 : std::prev(above)->second;
    return std::max(0.0, w_upto - w_below);
  }
  bool settled() const { return settled_; }
  double truth() const { return truth_; }
  double total() const { return total_; }
  double miss() const { return miss_; }
  const std::vector<uint32_t>& agreeing() const { return agreeing_; }

 private:
  bool settled_ = false;
  double truth_ = 0, total_ = 0, miss_ = 1;
  std::vector<uint32_t> agreeing_;                   // evidence units, sorted
  std::vector<std::pair<double, double>> by_lo_, by_hi_;  // (bound, weight up to it)
};

// Hedged figures ("about 300", "hundreds") are less sure of themselves.
double HedgeFactor(Qualifier q) {
  switch (q) {
    case Qualifier::kApprox: return 0.95;
    case Qualifier::kVague: return 0.8;
    default: return 1.0;
  }
}

// The factors of a claim's own telling: relays, anonymity, stance, hedging, tense and
// interest, with the reasons they give.
double OwnFactor(const ScoreClaim& c, bool& own_losses) {
  double factor = std::pow(0.97, c.relays) * StanceFactor(c.stance) * HedgeFactor(c.value.qualifier);
  if (!c.structured && c.origin_type == SourceType::kAnonymous) factor *= 0.8;
  if (!c.structured && c.unattributed) factor *= 0.9;
  if (c.forward_looking) factor *= 0.7;
  // A casualty count, where a party's figure for its own side is an interested one.
  own_losses = c.casualty && !c.subject.empty() &&
               std::any_of(c.origins.begin(), c.origins.end(), [&](const std::string& o) {
                 return ParseSourceName(o).head == c.subject;
               });
  if (own_losses) factor *= kInterestedParty;
  return factor;
}

// Verdict, confidence and reasons of claim i of `moment`.
void ScoreClaimAt(const std::vector<ScoreClaim>& claims, const Alignment& al,
                  const Reliability& rel, const std::vector<double>& origin_r,
                  const SlotReport& sr, const MomentSupport& moment, uint32_t i,
                  const ScoreOptions& options, std::vector<uint32_t>& extra, ClaimScore& cs) {
  const ScoreClaim& c = claims[i];
  const uint32_t s = al.claims[i].slot, b = al.claims[i].bucket;
  cs.claim = c.id;
  cs.slot = sr.id;
  const SoftInterval& own = al.intervals[i];
  const uint8_t flags = al.claims[i].flags;
  const bool settled = moment.settled();
  const double truth = moment.truth();
  const bool holds = moment.Holds(flags, own);

  // Independent units agreeing with it at its time (the moment's), and (lower bounds of
  // a cumulative count) figures of other moments that bear it out: a later 10,000-12,000
  // confirms an earlier "about 10,000" or "at least 1,500"; an earlier "at least 1,500"
  // says nothing of a later "more than 11,000". Bounded look-around: linear in the slot.
  extra.clear();
  if (holds && c.cumulative) {
    const uint32_t b0 = al.bucket_begin[b], b1 = al.bucket_begin[b + 1];
    const uint32_t s0 = al.slot_begin[s], s1 = al.slot_begin[s + 1];
    const uint32_t lo_k = b0 > s0 + kLookAround ? b0 - kLookAround : s0;
    const uint32_t hi_k = std::min(s1, b1 + kLookAround);
    for (uint32_t k = lo_k; k < hi_k; ++k) {
      if (k == b0) k = b1;
      if (k >= hi_k) break;
      const uint32_t j = al.order[k];
      const SoftInterval& other = al.intervals[j];
      if (!(al.claims[j].flags & (kFlagsSetAside | kFlagSameTimeConflict)) &&
          Compatible(own, other) && other.lo >= kSimilarLevel * own.lo &&
          !std::binary_search(moment.agreeing().begin(), moment.agreeing().end(),
                              al.claims[j].evidence)) {
        extra.push_back(al.claims[j].evidence);
      }
    }
    std::sort(extra.begin(), extra.end());
    extra.erase(std::unique(extra.begin(), extra.end()), extra.end());
  }
  const size_t units = holds ? moment.agreeing().size() + extra.size() : 0;
  cs.independent_origins = static_cast<int>(units);
  const uint32_t slot_units = static_cast<uint32_t>(sr.origins.size());

  bool own_losses = false;
  const double factor = OwnFactor(c, own_losses);
  const double r = origin_r[i];
  // A figure with no counterpart stands on its source's record (never certain alone:
  // within [0.15, 0.75]) and its own telling (stance, hedging, relays, tense, interest).
  const double alone = std::clamp(r, 0.15, 0.75) * factor;

  double p = 0;
  std::vector<std::string>& why = cs.reasons;
  if (flags & kFlagStale) {
    cs.verdict = Verdict::kStale;
    p = 0.4 * r * factor;
    why.push_back("stale repeat of an older figure: a larger estimate was already out");
  } else if (flags & kFlagDrop) {
    cs.verdict = Verdict::kUncorroborated;
    p = 0.4 * r * factor;
    why.push_back("drops below an earlier figure for a count that can only grow: a separate, "
                  "smaller count or an error");
  } else if (flags & kFlagEarlier) {
    cs.verdict = Verdict::kSuperseded;
    p = kSupersededFactor * alone;
    why.push_back("an earlier state: a later figure for the same moment replaced it (" +
                  FormatBand(sr.estimate.low, sr.estimate.high, sr.estimate.value) +
                  (sr.estimate.as_of.empty() ? "" : " as of " + sr.estimate.as_of) + ")");
  } else if (flags & kFlagOneOrigin) {
    p = 0.8 * alone;
    cs.verdict = slot_units >= 2 ? Verdict::kUncorroborated : Verdict::kUnverifiable;
    why.push_back("other figures for this key at the same time disagree, but nothing shows they "
                  "are one fact (one origin gives them all, or the key names no predicate): "
                  "not weighed against each other");
  } else if (!holds) {
    cs.verdict = Verdict::kContradicted;
    const double total = moment.total();
    p = std::min(0.5, r * factor * (total > 0 ? moment.Support(own) / total : 0));
    why.push_back("contradicted by other figures for the same time (consensus about " +
                  FormatNumber(truth, NumberStyle::kRounded) + ")");
  } else if (static_cast<int>(units) >= options.min_origins_for_verdict) {
    double miss = moment.miss();
    for (uint32_t u : extra) miss *= 1 - kCorroborationStrength * origin_r[u];
    // One's own reliability stays the floor: agreement never makes a figure less sure.
    p = std::max(1 - miss, r) * factor;
    if (!settled && moment.total() > 0) p *= 0.5 + 0.5 * moment.Support(own) / moment.total();
    cs.verdict = (flags & kFlagSuperseded) ? Verdict::kSuperseded : Verdict::kCorroborated;
    // True at its time, but no longer the figure: a later estimate is out.
    if (flags & kFlagSuperseded) p *= kSupersededFactor;
    why.push_back("corroborated by " + std::to_string(units) + " independent origins");
  } else {
    p = alone;
    cs.verdict = slot_units >= 2 ? Verdict::kUncorroborated : Verdict::kUnverifiable;
    why.push_back(slot_units >= 2
                      ? "no other independent origin confirms it at its time"
                      : "unverifiable: a single independent origin; scored from its "
                        "source's record and its own telling");
    if (c.origin_type == SourceType::kAnonymous) why.push_back("single anonymous source");
  }
  if ((flags & kFlagSuperseded) && !(flags & (kFlagStale | kFlagEarlier))) {
    why.push_back("superseded by a later estimate (" +
                  FormatBand(sr.estimate.low, sr.estimate.high, sr.estimate.value) +
                  (sr.estimate.as_of.empty() ? "" : " as of " + sr.estimate.as_of) + ")");
    if (cs.verdict == Verdict::kUnverifiable || cs.verdict == Verdict::kUncorroborated) {
      cs.verdict = Verdict::kSuperseded;
      p *= kSupersededFactor;
    }
  }
  if (!settled && holds) why.push_back("other figures for the same time disagree");
  why.push_back(OriginReason(c, r));
  if (c.relays > 0) {
    why.push_back("relayed through " + std::to_string(c.relays) + " hop(s)" +
                  (c.relay.empty() ? "" : " (last: " + c.relay + ")"));
  }
  if (c.unattributed && !c.structured) why.push_back("unattributed: the article's own narrative");
  if (c.stance == Stance::kDenied) {
    why.push_back("denied by " + JoinOrigins(c));
  } else if (c.stance != Stance::kAsserted) {
    why.push_back("stance: " + std::string(ToString(c.stance)));
  }
  if (HedgeFactor(c.value.qualifier) < 1) {
    why.push_back("hedged figure (" + std::string(ToString(c.value.qualifier)) + ")");
  }
  if (own_losses) why.push_back("an interested party counting its own losses");
  if (c.forward_looking) why.push_back("forward-looking: a plan or prediction, not an observed count");
  if (rel.share[i] < 1) {
    why.push_back("counted once with other claims of the same origin or copy group");
  }
  // Never certainty: news figures are estimates even when every origin agrees.
  cs.confidence = Round4(std::clamp(p, 0.0, kMaxConfidence));
}

// The slots in id order: std::sort of their positions by id, then one move each. The same
// comparisons as sorting the reports themselves, so the same order, ties included, without
// moving whole reports (strings and vectors) at every step of the sort.
std::vector<SlotReport> SortedById(std::vector<SlotReport> slots) {
  std::vector<uint32_t> order(slots.size());
  for (uint32_t s = 0; s < order.size(); ++s) order[s] = s;
  std::sort(order.begin(), order.end(),
            [&](uint32_t x, uint32_t y) { return slots[x].id < slots[y].id; });
  std::vector<SlotReport> sorted;
  sorted.reserve(slots.size());
  for (uint32_t s : order) sorted.push_back(std::move(slots[s]));
  return sorted;
}

}  // namespace

std::string_view ToString(Verdict v) {
  switch (v) {
    case Verdict::kCorroborated: return "corroborated";
    case Verdict::kUncorroborated: return "uncorroborated";
    case Verdict::kSuperseded: return "superseded";
    case Verdict::kStale: return "stale";
    case Verdict::kContradicted: return "contradicted";
    case Verdict::kUnverifiable: return "unverifiable";
  }
  return "unverifiable";
}

std::optional<Verdict> ParseVerdict(std::string_view id) {
  for (Verdict v : {Verdict::kCorroborated, Verdict::kUncorroborated, Verdict::kSuperseded,
                    Verdict::kStale, Verdict::kContradicted, Verdict::kUnverifiable}) {
    if (ToString(v) == id) return v;
  }
  return std::nullopt;
}

std::string_view ToString(SlotRelation r) {
  switch (r) {
    case SlotRelation::kSingle: return "single";
    case SlotRelation::kAgreement: return "agreement";
    case SlotRelation::kEvolution: return "evolution";
    case SlotRelation::kContradiction: return "contradiction";
    case SlotRelation::kMixed: return "mixed";
  }
  return "single";
}

ScoreReport Score(const ScoreInput& input, const ScoreOptions& options) {
  const std::vector<ScoreClaim>& claims = input.claims;
  const uint32_t n = static_cast<uint32_t>(claims.size());
  AlignOptions align_options;
  align_options.same_time_days = options.same_time_days;
  align_options.places = options.places != nullptr ? options.places : &PlaceHierarchy::Default();
  const Alignment al = Align(claims, align_options);
  const Reliability rel = EstimateReliability(claims, al, options);

  ScoreReport report;
  report.iterations = rel.iterations;
  report.converged = rel.converged;

  // Track record of a claim's origin(s): the mean over co-origins.
  const std::vector<double> record = TrackRecords(al, rel, options);
  std::vector<double> origin_r(n, 0);
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t s0 = rel.source_begin[i], s1 = rel.source_begin[i + 1];
    double sum = 0;
    for (uint32_t k = s0; k < s1; ++k) sum += record[rel.sources[k]];
    origin_r[i] = s1 > s0 ? sum / (s1 - s0) : SourceTypePrior(claims[i].origin_type);
  }

  // Slots, with stable ids.
  const uint32_t slots = al.slot_count();
  std::vector<SlotReport> slot_reports(slots);
  std::vector<uint8_t> slot_increment(slots);
  for (uint32_t s = 0; s < slots; ++s) {
    SlotReport& sr = slot_reports[s];
    const uint32_t p = al.slot_begin[s], q = al.slot_begin[s + 1];
    const ScoreClaim& first = claims[al.order[p]];
    for (uint32_t k = p; k < q; ++k) sr.claims.push_back(claims[al.order[k]].id);
    std::sort(sr.claims.begin(), sr.claims.end());
    sr.id = "slot-" + Hex12(HashBytes(sr.claims.front(), al.slot_key[s]));
    sr.object = first.object;
    sr.unit = first.unit;
    sr.counted = first.counted.empty() ? first.unit : first.counted;
    sr.event = first.event;
    sr.story = first.story;
    for (uint32_t k = p + 1; k < q && !sr.story.empty(); ++k) {
      if (claims[al.order[k]].story != sr.story) sr.story.clear();  // a background event
    }
    sr.subject = first.subject;
    sr.predicate = first.predicate;
    sr.place = al.slot_place[s];
    sr.cumulative = first.cumulative;
    sr.relation = al.relation[s];
    slot_increment[s] = first.increment;
    for (uint32_t k = p; k < q; ++k) {
      const uint32_t i = al.order[k];
      if (al.claims[i].evidence == i) sr.origins.push_back(JoinOrigins(claims[i]));
    }
    std::sort(sr.origins.begin(), sr.origins.end());
    sr.origins.erase(std::unique(sr.origins.begin(), sr.origins.end()), sr.origins.end());

    // Timeline: one point per moment; a cumulative estimate never steps down.
    double floor_lo = 0, floor_value = 0;
    for (uint32_t b = al.slot_first_bucket[s]; b < al.slot_first_bucket[s + 1]; ++b) {
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
      if (sr.cumulative && last.time != kNoTime) {
        lo = std::max(lo, floor_lo);
        if (hi < lo) hi = lo;
        value = std::clamp(std::max(value, floor_value), lo, hi);
        floor_lo = lo;
        floor_value = value;
      }
      point.low = lo;
      if (!std::isinf(hi)) point.high = hi;
      point.value = value;
      for (uint32_t k = b0; k < b1; ++k) point.claims.push_back(claims[al.order[k]].id);
      std::sort(point.claims.begin(), point.claims.end());
      sr.timeline.push_back(std::move(point));
    }
    std::stable_sort(sr.timeline.begin(), sr.timeline.end(),
                     [](const TimelinePoint& x, const TimelinePoint& y) { return x.date < y.date; });
    const TimelinePoint& latest = sr.timeline.back();
    sr.estimate.low = latest.low;
    sr.estimate.high = latest.high;
    sr.estimate.value = latest.value;
    sr.estimate.as_of = latest.date;
    sr.estimate.uncertainty =
        latest.high && latest.value > 0
            ? Round4((*latest.high - latest.low.value_or(0)) / 2 / latest.value)
            : -1;

    if (!sr.object.empty()) {
      sr.reasons.push_back("structured object \"" + sr.object + "\"");
    } else {
      sr.reasons.push_back("same counted thing (" + (sr.counted.empty() ? "unstated" : sr.counted) +
                           "), subject (" +
                           (sr.subject.empty() ? "unstated" : sr.subject) + "), predicate (" +
                           (sr.predicate.empty() ? "unstated" : sr.predicate) + ")" +
                           (sr.place.empty() ? "" : ", place (" + sr.place + ")") +
                           (slot_increment[s] ? ", an increment" : "") +
                           (!sr.event.empty() ? ", background event (" + sr.event + ")"
                            : sr.story.empty() ? std::string()
                                               : ", the story's own event (" + sr.story + ")"));
    }
    sr.reasons.push_back(std::to_string(q - p) + " claim(s) from " +
                         std::to_string(sr.origins.size()) + " independent origin(s)");
    switch (sr.relation) {
      case SlotRelation::kEvolution:
        sr.reasons.push_back(sr.cumulative
                                 ? "a cumulative count that grows over time: evolution"
                                 : "the value changes over time: evolution");
        break;
      case SlotRelation::kContradiction:
      case SlotRelation::kMixed:
        sr.reasons.push_back("some figures cannot all hold at their times");
        break;
      default:
        break;
    }
    EstimateReasons(al, rel, claims, s, sr, sr.reasons);
  }
  for (const auto& [s, why] : al.notes) slot_reports[s].reasons.push_back(why);

  // Refusals to merge: slots sharing unit and subject but not the rest of the key.
  {
    std::vector<std::pair<uint64_t, uint32_t>> near;
    for (uint32_t s = 0; s < slots; ++s) {
      const SlotReport& sr = slot_reports[s];
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
            const std::string why =
                Difference(slot_reports[a], slot_reports[b], slot_increment[a],
                           slot_increment[b]);
            if (!why.empty()) {
              slot_reports[a].reasons.push_back("kept apart from " + slot_reports[b].id + ": " + why);
            }
          }
        }
      }
      g0 = g1;
    }
  }

  // Claims, moment by moment: what a moment offers its claims is computed once for it.
  report.claims.resize(n);
  MomentSupport moment;
  std::vector<uint32_t> extra;
  for (uint32_t b = 0; b < al.bucket_count(); ++b) {
    moment.Build(al, rel, origin_r, b);
    const uint32_t s = al.claims[al.order[al.bucket_begin[b]]].slot;
    for (uint32_t k = al.bucket_begin[b]; k < al.bucket_begin[b + 1]; ++k) {
      const uint32_t i = al.order[k];
      ScoreClaimAt(claims, al, rel, origin_r, slot_reports[s], moment, i, options, extra,
                   report.claims[i]);
    }
  }

  // Sources.
  for (size_t s = 0; s < rel.names.size(); ++s) {
    SourceScore src;
    src.name = rel.names[s];
    src.type = rel.types[s];
    src.reliability = Round4(rel.reliability[s]);
    src.low = Round4(rel.low[s]);
    src.high = Round4(rel.high[s]);
    src.claims = rel.claims[s];
    src.held = rel.held[s];
    report.sources.push_back(std::move(src));
  }
  report.slots = SortedById(std::move(slot_reports));
  return report;
}

std::vector<StoryFacts> FactsByStory(std::span<const Story> stories, const ScoreReport& report) {
  std::map<std::string_view, uint32_t> index;
  std::vector<StoryFacts> facts(stories.size() + 1);
  for (uint32_t k = 0; k < stories.size(); ++k) {
    index.emplace(stories[k].id, k);
    facts[k].story = &stories[k];
  }
  const uint32_t none = static_cast<uint32_t>(stories.size());
  for (uint32_t s = 0; s < report.slots.size(); ++s) {
    auto found = index.find(report.slots[s].story);
    facts[found == index.end() ? none : found->second].slots.push_back(s);
  }
  auto contested = [&](uint32_t s) {
    const SlotRelation r = report.slots[s].relation;
    return r == SlotRelation::kContradiction || r == SlotRelation::kMixed;
  };
  std::vector<StoryFacts> out;
  for (StoryFacts& f : facts) {
    if (f.slots.empty()) continue;
    std::sort(f.slots.begin(), f.slots.end(), [&](uint32_t a, uint32_t b) {
      if (contested(a) != contested(b)) return contested(a);
      const size_t na = report.slots[a].claims.size(), nb = report.slots[b].claims.size();
      if (na != nb) return na > nb;
      return report.slots[a].id < report.slots[b].id;
    });
    for (uint32_t s : f.slots) f.contested += contested(s);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace mizan
