// Score: alignment + reliability -> a confidence per claim, an estimate per slot.
//
// Confidence of a claim (the probability that the quantity at its time lies in its
// interval) combines, in this order (ConfidenceFactors in score.h holds every factor with
// its default and why; README, "Scoring"):
// | factor                | effect                                                        |
// |-----------------------|---------------------------------------------------------------|
// | track record r        | a source's share of tested claims that held (TrackRecords),   |
// |                       | shrunk toward its type's prior                                |
// | agreeing origins      | max(r, 1 - prod(1 - 0.9 r_u)) over independent units agreeing |
// |                       | (an article is one unit; an exact running count, 464, is      |
// |                       | borne out at other moments only by the same figure)           |
// | no counterpart        | "unverifiable"/"uncorroborated": r kept within [0.15, 0.75]   |
// | relays                | x0.97 per relay hop                                            |
// | anonymous origin      | x0.8; unattributed narrative x0.9                             |
// | unnamed speaker       | its outlet's record (a speaker the extractor could not name), |
// |                       | x0.9 as the narrative                                         |
// | stance                | estimated .95, reported .9, alleged .85, unconfirmed .8,      |
// |                       | confirmed 1.05, denied .4                                     |
// | hedging               | approx .95, vague .8                                          |
// | forward-looking       | x0.7 (a plan or prediction, not an observed count)            |
// | own losses            | x0.85 when the origin ("ukraine.president") belongs to the    |
// |                       | counted side ("ukraine") of a casualty count: interested      |
// | superseded            | x0.7; an earlier state of its moment: 0.7 x the lone score    |
// | stale repeat, drop    | 0.4 x r x the factors above (a stale repeat by moments, or    |
// |                       | reported after a backed higher figure: ReportedStale)         |
// | contradicted          | r x factors x the share of support at its time (<= 0.5)       |
//
// The stages, one function each: TrackRecords, OriginRecords and OwnRecords (a record per
// source and per claim), ReportedStale, BuildSlots and AddKeptApart (slot_report.cc: each
// slot's id, key, origins, timeline, estimate and reasons), ClaimScorer (verdict, confidence and reasons of each
// claim, moment by moment), SourceScores.
#include "scoring/score.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>

#include "core/claims.h"
#include "core/number_format.h"
#include "core/source_name.h"
#include "scoring/align.h"
#include "scoring/reliability.h"
#include "scoring/slot_report.h"

namespace mizan {
namespace {

constexpr uint32_t kLookAround = 256;  // bounded scan of other moments of a slot

// "4472 (4200-4800)", or "4472" when the band is one point; "?" and "open" for open ends.
void AppendBand(std::string& s, std::optional<double> lo, std::optional<double> hi, double value) {
  AppendNumber(s, value, NumberStyle::kRounded);
  if (lo && hi && *lo == *hi) return;
  s += " (";
  if (lo) AppendNumber(s, *lo, NumberStyle::kRounded); else s += "?";
  s += "-";
  if (hi) AppendNumber(s, *hi, NumberStyle::kRounded); else s += "open";
  s += ")";
}

double StanceFactor(Stance stance, const ConfidenceFactors& f) {
  switch (stance) {
    case Stance::kAsserted: return 1.0;
    case Stance::kEstimated: return f.estimated;
    case Stance::kReported: return f.reported;
    case Stance::kAlleged: return f.alleged;
    case Stance::kUnconfirmed: return f.unconfirmed;
    case Stance::kConfirmed: return f.confirmed;
    case Stance::kDenied: return f.denied;
  }
  return 1.0;
}

// Hedged figures ("about 300", "hundreds") are less sure of themselves.
double HedgeFactor(Qualifier q, const ConfidenceFactors& f) {
  switch (q) {
    case Qualifier::kApprox: return f.approx;
    case Qualifier::kVague: return f.vague;
    default: return 1.0;
  }
}

// A track record as printf's "%.2f" prints it (to_chars with a precision prints as printf
// does), into `buffer`.
std::string_view RecordText(double r, char (&buffer)[32]) {
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, r, std::chars_format::fixed, 2);
  return std::string_view(buffer, ec == std::errc() ? end - buffer : 0);
}

// "origin NAME (TYPE), track record 0.62", at most 159 bytes: the text of
// snprintf(buf[160], "origin %s (%s), track record %.2f"), built without printf.
std::string OriginReason(const ScoreClaim& c, std::string_view record) {
  constexpr size_t kMaxBytes = 159;
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
  s += record;
  if (s.size() > kMaxBytes) s.resize(kMaxBytes);
  return s;
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

// A speaker the extractor saw but could not name ("..., he told reporters"; input.cc makes
// the origin "unknown_speaker:<doc>"): not an anonymous source, whose anonymity is part of
// the telling, but a named one the reader missed.
bool UnnamedSpeaker(const ScoreClaim& c) {
  static constexpr std::string_view kPrefix = "unknown_speaker:";
  return !c.structured && c.origins.size() == 1 && c.origins.front().starts_with(kPrefix);
}

// Track record of each claim's origin(s): the mean over co-origins (its type's prior when
// it has none).
std::vector<double> OriginRecords(const std::vector<ScoreClaim>& claims, const Reliability& rel,
                                  const std::vector<double>& record) {
  const uint32_t n = static_cast<uint32_t>(claims.size());
  std::vector<double> origin_r(n, 0);
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t s0 = rel.source_begin[i], s1 = rel.source_begin[i + 1];
    double sum = 0;
    for (uint32_t k = s0; k < s1; ++k) sum += record[rel.sources[k]];
    origin_r[i] = s1 > s0 ? sum / (s1 - s0) : SourceTypePrior(claims[i].origin_type);
  }
  return origin_r;
}

// The record a claim stands on when it stands alone (no counterpart, stale, contradicted):
// its origin's (OriginRecords), except for a speaker the extractor could not name, which
// has no record of its own (one per article): the outlet that printed the figure stands
// behind it, as behind its own narrative, so the outlet's record stands in (the media prior
// when the outlet tells nothing of its own in the batch). What the unnamed speaker adds to
// other claims' corroboration stays its own (unknown) record.
std::vector<double> OwnRecords(const ScoreInput& input, const Reliability& rel,
                               const std::vector<double>& record, std::vector<double> origin_r) {
  const std::vector<ScoreClaim>& claims = input.claims;
  std::map<std::string_view, const DocumentMeta*> docs;  // built at the first unnamed speaker
  for (uint32_t i = 0; i < claims.size(); ++i) {
    if (!UnnamedSpeaker(claims[i])) continue;
    if (docs.empty()) {
      for (const DocumentMeta& d : input.documents) docs.emplace(d.id, &d);
    }
    const auto doc = docs.find(claims[i].doc);
    const std::string publisher = doc == docs.end() || doc->second->outlet.empty()
                                      ? "doc:" + claims[i].doc
                                      : doc->second->outlet;
    const auto s = std::lower_bound(rel.names.begin(), rel.names.end(), publisher);
    origin_r[i] = s != rel.names.end() && *s == publisher ? record[s - rel.names.begin()]
                                                         : SourceTypePrior(SourceType::kMedia);
  }
  return origin_r;
}

// What one moment (bucket) offers each of its claims, computed once per moment and linear
// in it: the independent units that agree with its consensus (with the product of their
// noisy-OR misses), its total weight, and its claims' weights by bound, so that the weight
// of the figures compatible with an interval is the total less those wholly below it and
// wholly above it (two binary searches instead of a scan of the moment per claim).
class MomentSupport {
 public:
  void Build(const Alignment& al, const Reliability& rel, const std::vector<double>& origin_r,
             uint32_t b, double corroboration_strength) {
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
    for (uint32_t u : agreeing_) miss_ *= 1 - corroboration_strength * origin_r[u];
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

// Claims of a running count reported after a higher figure of it was out: the stale
// repeats that moments cannot see (a moment spans 3 days, and a day's figures that disagree
// without a dispute set no level). A claim whose interval lies wholly below a figure that
// two or more independent units gave in articles published before its own, told of a time
// when that figure was out (not a history: "13 had died on Monday" is an earlier state), is
// stale, unless another unit gives its figure again once the higher one was out (then the
// lower figure is disputed or corrected, not stale). The higher figure is a closed one ("at
// least 35" sets no level) and is backed: a lone higher figure may be an outlier. Slots of
// more than kMaxReportedStaleSlot claims are left to the moments: the comparison is
// quadratic in a slot's claims.
constexpr uint32_t kMaxReportedStaleSlot = 512;

std::vector<bool> ReportedStale(const ScoreInput& input, const Alignment& al) {
  const std::vector<ScoreClaim>& claims = input.claims;
  std::vector<bool> stale(claims.size(), false);
  std::map<std::string_view, int64_t> published;  // built at the first running count
  struct Item {
    int64_t day;      // the publication day of its article
    double lo, hi;    // its soft interval
    uint32_t index, unit;
    bool closed;
  };
  std::vector<Item> items;
  std::vector<int64_t> backed_since;  // per item: the first day a higher figure it is
                                      // overlapped by another unit (kNoTime: never)
  for (uint32_t s = 0; s < al.slot_count(); ++s) {
    const uint32_t s0 = al.slot_begin[s], s1 = al.slot_begin[s + 1];
    const ScoreClaim& first = claims[al.order[s0]];
    if (!first.cumulative || first.structured || s1 - s0 < 3 || s1 - s0 > kMaxReportedStaleSlot) continue;
    if (published.empty()) {
      for (const DocumentMeta& d : input.documents) {
        if (const std::optional<int64_t> day = DaysFromIso(d.published.date)) published.emplace(d.id, *day);
      }
    }
    items.clear();
    for (uint32_t k = s0; k < s1; ++k) {
      const uint32_t i = al.order[k];
      const auto day = published.find(claims[i].doc);
      const int64_t d = day != published.end() ? day->second : claims[i].time;
      if (d == kNoTime) continue;
      const SoftInterval& v = al.intervals[i];
      items.push_back(Item{d, v.lo, v.hi, i, al.claims[i].evidence, std::isfinite(v.hi)});
    }
    std::sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
      return x.day != y.day ? x.day < y.day : x.index < y.index;
    });
    // The level a closed figure sets from the day two units have given it: the day its
    // article or the first other unit's overlapping article came out, whichever is later.
    backed_since.assign(items.size(), kNoTime);
    for (size_t y = 0; y < items.size(); ++y) {
      if (!items[y].closed) continue;
      for (size_t w = 0; w < items.size(); ++w) {
        const Item& a = items[w];
        if (!a.closed || a.unit == items[y].unit || a.hi < items[y].lo || a.lo > items[y].hi) continue;
        const int64_t since = std::max(items[y].day, a.day);
        if (backed_since[y] == kNoTime || since < backed_since[y]) backed_since[y] = since;
      }
    }
    for (const Item& x : items) {
      // The earliest day a backed figure above x's interval was out, before x's article.
      int64_t out = kNoTime;
      for (size_t y = 0; y < items.size(); ++y) {
        if (backed_since[y] == kNoTime || backed_since[y] >= x.day || items[y].lo <= x.hi) continue;
        if (out == kNoTime || backed_since[y] < out) out = backed_since[y];
      }
      // A figure told of a time before that day is an earlier state ("13 had died on
      // Monday"), not a repeat.
      if (out == kNoTime || claims[x.index].time < out) continue;
      const bool again = std::any_of(items.begin(), items.end(), [&](const Item& w) {
        return w.unit != x.unit && w.day >= out && w.lo <= x.hi && w.hi >= x.lo;
      });
      if (!again) stale[x.index] = true;
    }
  }
  return stale;
}

// A running count told exactly, not rounded (464 deaths, not 500): it changes by updates,
// not by rounding (as alignment's rows mark it).
bool PreciseCount(const ScoreClaim& c) {
  return c.cumulative && !c.amount && c.value.qualifier == Qualifier::kExact && c.value.low &&
         c.value.high && *c.value.low == *c.value.high && !IsRound(*c.value.low);
}

// The factor of a claim's own telling: relays, anonymity, stance, hedging, tense and
// interest. `own_losses`: a casualty count whose origin belongs to the counted side.
double OwnFactor(const ScoreClaim& c, const ConfidenceFactors& f, bool& own_losses) {
  // pow(x, 0) is exactly 1: most claims have no relay, and skip the call.
  double factor = (c.relays == 0 ? 1.0 : std::pow(f.relay, c.relays)) *
                  StanceFactor(c.stance, f) * HedgeFactor(c.value.qualifier, f);
  // An unnamed speaker stands on its outlet, as the outlet's own narrative does.
  if (UnnamedSpeaker(c)) {
    factor *= f.unattributed;
  } else if (!c.structured && c.origin_type == SourceType::kAnonymous) {
    factor *= f.anonymous;
  }
  if (!c.structured && c.unattributed) factor *= f.unattributed;
  if (c.forward_looking) factor *= f.forward_looking;
  // A casualty count, where a party's figure for its own side is an interested one:
  // an origin that is the subject, or "<subject>.<institution>".
  const std::string& side = c.subject;
  own_losses = c.casualty && !side.empty() &&
               std::any_of(c.origins.begin(), c.origins.end(), [&](const std::string& o) {
                 return ParseSourceName(o).head == side;
               });
  if (own_losses) factor *= f.interested_party;
  return factor;
}

// Verdict, confidence and reasons of every claim, moment by moment: what a moment offers
// its claims is computed once for it (MomentSupport), and texts many claims share (a
// source's track record, a moment's consensus, a slot's estimate) are formatted once.
class ClaimScorer {
 public:
  ClaimScorer(const std::vector<ScoreClaim>& claims, const Alignment& al, const Reliability& rel,
              const std::vector<double>& record, const std::vector<double>& origin_r,
              const std::vector<double>& own_r, const std::vector<bool>& reported_stale,
              const ScoreOptions& options)
      : claims_(claims), al_(al), rel_(rel), origin_r_(origin_r), own_r_(own_r),
        reported_stale_(reported_stale),
        options_(options),
        f_(options.factors), record_text_(record.size()), origin_text_(record.size()) {
    char buffer[32];
    for (size_t s = 0; s < record.size(); ++s) record_text_[s] = RecordText(record[s], buffer);
  }

  // Scores the claims of moment b (of slot report `sr`) into out[claim index].
  void ScoreMoment(uint32_t b, const SlotReport& sr, std::vector<ClaimScore>& out) {
    moment_.Build(al_, rel_, origin_r_, b, f_.corroboration_strength);
    for (uint32_t k = al_.bucket_begin[b]; k < al_.bucket_begin[b + 1]; ++k) {
      const uint32_t i = al_.order[k];
      ScoreOne(sr, i, out[i]);
    }
  }

 private:
  void ScoreOne(const SlotReport& sr, uint32_t i, ClaimScore& cs) {
    const ScoreClaim& c = claims_[i];
    cs.claim = c.id;
    cs.slot = sr.id;
    const bool holds = moment_.Holds(al_.claims[i].flags, al_.intervals[i]);
    const size_t units = holds ? moment_.agreeing().size() + ExtraUnits(i) : 0;
    cs.independent_origins = static_cast<int>(units);
    bool own_losses = false;
    const double factor = OwnFactor(c, f_, own_losses);
    const double r = own_r_[i];
    double p = Judge(sr, i, holds, units, r, factor, cs);
    p = NoteSuperseded(sr, i, p, cs);
    if (!moment_.settled() && holds) cs.reasons.push_back("other figures for the same time disagree");
    TellingReasons(c, i, own_losses, cs.reasons);
    cs.confidence = Round4(std::clamp(p, 0.0, f_.max_confidence));
  }

  // Independent units of other moments that bear claim i out (lower bounds of a cumulative
  // count), into extra_ (sorted, none of the moment's own); returns how many. A later
  // 10,000-12,000 confirms an earlier "about 10,000" or "at least 1,500"; an earlier "at
  // least 1,500" says nothing of a later "more than 11,000". Bounded look-around: linear
  // in the slot. Called for a claim that holds.
  size_t ExtraUnits(uint32_t i) {
    extra_.clear();
    if (!claims_[i].cumulative) return 0;
    const uint32_t s = al_.claims[i].slot, b = al_.claims[i].bucket;
    const SoftInterval& own = al_.intervals[i];
    // Counts told exactly (464 deaths) change by updates: a later 471 is another state of
    // the count, not a confirmation of 464 within rounding.
    const bool precise = PreciseCount(claims_[i]);
    const uint32_t b0 = al_.bucket_begin[b], b1 = al_.bucket_begin[b + 1];
    const uint32_t s0 = al_.slot_begin[s], s1 = al_.slot_begin[s + 1];
    const uint32_t lo_k = b0 > s0 + kLookAround ? b0 - kLookAround : s0;
    const uint32_t hi_k = std::min(s1, b1 + kLookAround);
    for (uint32_t k = lo_k; k < hi_k; ++k) {
      if (k == b0) k = b1;
      if (k >= hi_k) break;
      const uint32_t j = al_.order[k];
      const SoftInterval& other = al_.intervals[j];
      if (!(al_.claims[j].flags & (kFlagsSetAside | kFlagSameTimeConflict)) &&
          Compatible(own, other) && other.lo >= f_.similar_level * own.lo &&
          !(precise && PreciseCount(claims_[j]) && claims_[j].value.low != claims_[i].value.low) &&
          !std::binary_search(moment_.agreeing().begin(), moment_.agreeing().end(),
                              al_.claims[j].evidence)) {
        extra_.push_back(al_.claims[j].evidence);
      }
    }
    std::sort(extra_.begin(), extra_.end());
    extra_.erase(std::unique(extra_.begin(), extra_.end()), extra_.end());
    return extra_.size();
  }

  // The verdict and confidence of claim i from its flags and its moment, with the reason
  // that says so first. `units`: the agreeing independent units; r: its origin's record;
  // `factor`: its own telling's.
  double Judge(const SlotReport& sr, uint32_t i, bool holds, size_t units, double r,
               double factor, ClaimScore& cs) {
    const uint8_t flags = al_.claims[i].flags;
    const uint32_t slot_units = static_cast<uint32_t>(sr.origins.size());
    // A figure with no counterpart stands on its source's record (never certain alone)
    // and its own telling (stance, hedging, relays, tense, interest).
    const double alone = std::clamp(r, f_.alone_low, f_.alone_high) * factor;
    ClaimReasons& why = cs.reasons;
    if (flags & kFlagStale) {
      cs.verdict = Verdict::kStale;
      why.push_back("stale repeat of an older figure: a larger estimate was already out");
      return f_.stale * r * factor;
    }
    if (reported_stale_[i] && !(flags & kFlagEarlier)) {
      cs.verdict = Verdict::kStale;
      why.push_back("stale repeat: reported after a higher figure for this running count was "
                    "out from two or more independent origins");
      return f_.stale * r * factor;
    }
    if (flags & kFlagDrop) {
      cs.verdict = Verdict::kUncorroborated;
      why.push_back("drops below an earlier figure for a count that can only grow: a "
                       "separate, smaller count or an error");
      return f_.stale * r * factor;
    }
    if (flags & kFlagEarlier) {
      cs.verdict = Verdict::kSuperseded;
      why.Add("an earlier state: a later figure for the same moment replaced it (",
              SlotBandText(sr, al_.claims[i].slot), ")");
      return f_.superseded * alone;
    }
    if (flags & kFlagOneOrigin) {
      cs.verdict = slot_units >= 2 ? Verdict::kUncorroborated : Verdict::kUnverifiable;
      why.push_back("other figures for this key at the same time disagree, but nothing "
                       "shows they are one fact (one origin gives them all, the key names no "
                       "predicate, or their sentences share no word of one incident): not "
                       "weighed against each other");
      return f_.one_origin * alone;
    }
    const SoftInterval& own = al_.intervals[i];
    if (!holds) {
      cs.verdict = Verdict::kContradicted;
      const double total = moment_.total();
      why.push_back(ConsensusText(al_.claims[i].bucket));
      return std::min(f_.contradicted_max,
                      r * factor * (total > 0 ? moment_.Support(own) / total : 0));
    }
    if (static_cast<int>(units) >= options_.min_origins_for_verdict) {
      double miss = moment_.miss();
      for (uint32_t u : extra_) miss *= 1 - f_.corroboration_strength * origin_r_[u];
      // One's own reliability stays the floor: agreement never makes a figure less sure.
      double p = std::max(1 - miss, r) * factor;
      if (!moment_.settled() && moment_.total() > 0) {
        p *= f_.unsettled_base + (1 - f_.unsettled_base) * moment_.Support(own) / moment_.total();
      }
      const bool superseded = flags & kFlagSuperseded;
      cs.verdict = superseded ? Verdict::kSuperseded : Verdict::kCorroborated;
      // True at its time, but no longer the figure: a later estimate is out.
      if (superseded) p *= f_.superseded;
      why.push_back(CorroboratedText(units));
      return p;
    }
    cs.verdict = slot_units >= 2 ? Verdict::kUncorroborated : Verdict::kUnverifiable;
    why.push_back(slot_units >= 2
                         ? "no other independent origin confirms it at its time"
                         : "unverifiable: a single independent origin; scored from its "
                           "source's record and its own telling");
    if (claims_[i].origin_type == SourceType::kAnonymous && !UnnamedSpeaker(claims_[i])) {
      why.push_back("single anonymous source");
    }
    return alone;
  }

  // A figure a later estimate replaced says so (and, without a counterpart, is a
  // superseded one, x ConfidenceFactors::superseded); returns the confidence.
  double NoteSuperseded(const SlotReport& sr, uint32_t i, double p, ClaimScore& cs) {
    const uint8_t flags = al_.claims[i].flags;
    if (!(flags & kFlagSuperseded) || (flags & (kFlagStale | kFlagEarlier))) return p;
    cs.reasons.Add("superseded by a later estimate (", SlotBandText(sr, al_.claims[i].slot), ")");
    if (cs.verdict == Verdict::kUnverifiable || cs.verdict == Verdict::kUncorroborated) {
      cs.verdict = Verdict::kSuperseded;
      p *= f_.superseded;
    }
    return p;
  }

  // The reasons of a claim's own telling: origin and record, relays, narrative, stance,
  // hedging, interest, tense, shared vote.
  void TellingReasons(const ScoreClaim& c, uint32_t i, bool own_losses,
                      ClaimReasons& why) {
    const uint32_t s0 = rel_.source_begin[i], s1 = rel_.source_begin[i + 1];
    if (UnnamedSpeaker(c)) {
      why.push_back(OriginReason(c, RecordText(own_r_[i], buffer_)));
      why.push_back("speaker not identified: the record of the outlet that printed it stands in");
    } else if (s1 == s0 + 1 && c.origin_type == rel_.types[rel_.sources[s0]]) {
      why.push_back(SourceOriginReason(c, rel_.sources[s0]));  // one origin of its type
    } else {
      why.push_back(OriginReason(c, OriginRecordText(i)));
    }
    if (c.relays > 0) {
      const std::string hops = std::to_string(c.relays);
      if (c.relay.empty()) {
        why.Add("relayed through ", hops, " hop(s)");
      } else {
        why.Add("relayed through ", hops, " hop(s) (last: ", c.relay, ")");
      }
    }
    if (c.unattributed && !c.structured) why.push_back("unattributed: the article's own narrative");
    if (c.stance == Stance::kDenied) {
      why.Add("denied by ", JoinOrigins(c));
    } else if (c.stance != Stance::kAsserted) {
      why.Add("stance: ", ToString(c.stance));
    }
    if (HedgeFactor(c.value.qualifier, f_) < 1) {
      why.Add("hedged figure (", ToString(c.value.qualifier), ")");
    }
    if (own_losses) why.push_back("an interested party counting its own losses");
    if (c.forward_looking) why.push_back("forward-looking: a plan or prediction, not an observed count");
    if (rel_.share[i] < 1) why.push_back("counted once with other claims of the same origin or copy group");
  }

  // The origin reason of a claim whose one origin is source s, given as s's own type:
  // the same text for all of s's claims, made once.
  const std::string& SourceOriginReason(const ScoreClaim& c, uint32_t s) {
    std::string& text = origin_text_[s];
    if (text.empty()) text = OriginReason(c, record_text_[s]);
    return text;
  }

  // The text of claim i's origin record: its source's, formatted once, when it has one
  // source (the mean of one record is that record).
  std::string_view OriginRecordText(uint32_t i) const {
    const uint32_t s0 = rel_.source_begin[i], s1 = rel_.source_begin[i + 1];
    if (s1 == s0 + 1) return record_text_[rel_.sources[s0]];
    return RecordText(origin_r_[i], buffer_);
  }

  // "corroborated by 3 independent origins", made once per count.
  const std::string& CorroboratedText(size_t units) {
    while (corroborated_text_.size() <= units) {
      corroborated_text_.push_back("corroborated by " + std::to_string(corroborated_text_.size()) +
                                   " independent origins");
    }
    return corroborated_text_[units];
  }

  // "contradicted by other figures for the same time (consensus about 4472)" of moment b.
  const std::string& ConsensusText(uint32_t b) {
    if (consensus_bucket_ != b) {
      consensus_bucket_ = b;
      consensus_text_ = "contradicted by other figures for the same time (consensus about ";
      AppendNumber(consensus_text_, moment_.truth(), NumberStyle::kRounded);
      consensus_text_ += ")";
    }
    return consensus_text_;
  }

  // The estimate of slot s as superseded figures cite it: "4472 (4200-4800) as of DATE".
  const std::string& SlotBandText(const SlotReport& sr, uint32_t s) {
    if (band_slot_ != s) {
      band_slot_ = s;
      band_text_.clear();
      AppendBand(band_text_, sr.estimate.low, sr.estimate.high, sr.estimate.value);
      if (!sr.estimate.as_of.empty()) band_text_ += " as of " + sr.estimate.as_of;
    }
    return band_text_;
  }

  const std::vector<ScoreClaim>& claims_;
  const Alignment& al_;
  const Reliability& rel_;
  const std::vector<double>& origin_r_;  // OriginRecords: a claim's weight for others
  const std::vector<double>& own_r_;     // OwnRecords: what a claim stands on alone
  const std::vector<bool>& reported_stale_;  // ReportedStale
  const ScoreOptions& options_;
  const ConfidenceFactors& f_;
  std::vector<std::string> record_text_;  // per source: its track record, "%.2f"
  std::vector<std::string> origin_text_;  // per source: its claims' origin reason ("": not yet)
  MomentSupport moment_;
  std::vector<uint32_t> extra_;           // ExtraUnits' units
  std::vector<std::string> corroborated_text_;  // by number of units
  uint32_t consensus_bucket_ = std::numeric_limits<uint32_t>::max();
  std::string consensus_text_;
  uint32_t band_slot_ = std::numeric_limits<uint32_t>::max();
  std::string band_text_;
  mutable char buffer_[32];
};

std::vector<SourceScore> SourceScores(const Reliability& rel) {
  std::vector<SourceScore> sources;
  sources.reserve(rel.names.size());
  for (size_t s = 0; s < rel.names.size(); ++s) {
    SourceScore src;
    src.name = rel.names[s];
    src.type = rel.types[s];
    src.reliability = Round4(rel.reliability[s]);
    src.low = Round4(rel.low[s]);
    src.high = Round4(rel.high[s]);
    src.claims = rel.claims[s];
    src.held = rel.held[s];
    sources.push_back(std::move(src));
  }
  return sources;
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
  AlignOptions align_options;
  align_options.same_time_days = options.same_time_days;
  align_options.places = options.places != nullptr ? options.places : &PlaceHierarchy::Default();
  align_options.unit_generics = &DefaultUnitGenerics();
  const Alignment al = Align(claims, align_options);
  const Reliability rel = EstimateReliability(claims, al, options);

  ScoreReport report;
  report.iterations = rel.iterations;
  report.converged = rel.converged;
  const std::vector<double> record = TrackRecords(al, rel, options);
  const std::vector<double> origin_r = OriginRecords(claims, rel, record);
  const std::vector<double> own_r = OwnRecords(input, rel, record, origin_r);
  SlotReports slots = BuildSlots(claims, al, rel);
  AddKeptApart(slots);
  report.claims.resize(claims.size());
  const std::vector<bool> reported_stale = ReportedStale(input, al);
  ClaimScorer scorer(claims, al, rel, record, origin_r, own_r, reported_stale, options);
  for (uint32_t b = 0; b < al.bucket_count(); ++b) {
    const uint32_t s = al.claims[al.order[al.bucket_begin[b]]].slot;
    scorer.ScoreMoment(b, slots.reports[slots.position[s]], report.claims);
  }
  report.sources = SourceScores(rel);
  report.slots = std::move(slots.reports);  // in id order
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
