// A slot's analysis: its evidence units, its moments and their days (agreement, evolution,
// contradiction and dispute), its superseded figures and its relation.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "scoring/aligner.h"

namespace mizan::aligner {

// MarkBuckets' steps are one function each in the source and one in the machine code, as
// before they were named: called once per moment or day of the hot path, they would
// otherwise cost a call each and the reloading of the Aligner's arrays (~90 M instructions
// of BM_Align/1000000's 1.94 G when GCC left them out of line).
#define MIZAN_STEP [[gnu::always_inline]] inline

// How far back a dropping cumulative figure is compared with older figures to tell a
// stale repeat from a real drop. Bounded so one huge slot cannot go quadratic.
constexpr int kStaleLookBack = 256;
// A settled lower bound that rises by more than this factor is a change, not noise.
constexpr double kMaterialRise = 1.25;

void Aligner::EmitSlot(const SortItem* begin, const SortItem* end, std::string_view place,
                       uint64_t key) {
  const uint32_t s0 = static_cast<uint32_t>(a_.order.size());
  a_.slot_begin.push_back(s0);
  a_.slot_first_bucket.push_back(static_cast<uint32_t>(a_.bucket_begin.size()));
  a_.slot_key.push_back(HashBytes(place, key));
  a_.slot_place.emplace_back(place);
  for (const SortItem* it = begin; it != end; ++it) a_.order.push_back(it->index);
  const uint32_t s1 = static_cast<uint32_t>(a_.order.size());
  const bool cumulative = RowAt(s0).cumulative;
  MarkEvidence(s0, s1);
  // A key that names no predicate ("5 players", "9 players") does not say the figures are of
  // one fact: they are never taken to contradict each other.
  // Nor does one that names no place: a story's incidents in different towns share the rest
  // of their key.
  // Nor one of amounts, rates or measures (money, percent, km): a story's prices, profits
  // and shares have many referents that its key cannot tell apart.
  const ScoreClaim& first = claims_[a_.order[s0]];
  const bool weak_key =
      first.object.empty() &&
      (first.predicate.empty() || place.empty() || first.amount);
  Changes changes = MarkBuckets(s0, s1, cumulative, weak_key);
  if (changes.contradiction && cumulative) changes.contradiction = !SeveralIncidents(s0, s1);
  MarkSuperseded(s1, cumulative);
  if (s1 - s0 == 1) {
    a_.relation.push_back(SlotRelation::kSingle);
  } else if (changes.contradiction) {
    a_.relation.push_back(changes.evolution ? SlotRelation::kMixed : SlotRelation::kContradiction);
  } else {
    a_.relation.push_back(changes.evolution ? SlotRelation::kEvolution : SlotRelation::kAgreement);
  }
}

// A running count that falls back below its settled level in two or more moments (stale
// repeats or drops: 16, 9, then 44, 25, 13, 41 militants killed) is several incidents'
// counts under one key, a war's tolls of many clashes, not one count: its same-day
// disagreements are most likely different incidents, not a dispute. Their figures become
// one-origin ambiguities (never contradicted) and the slot says why. Returns whether it did.
bool Aligner::SeveralIncidents(uint32_t s0, uint32_t s1) {
  uint32_t falls = 0, last = UINT32_MAX;
  for (uint32_t k = s0; k < s1 && falls < 2; ++k) {
    if ((pos_flags_[k] & (kFlagStale | kFlagDrop)) && pos_bucket_[k] != last) {
      last = pos_bucket_[k];
      ++falls;
    }
  }
  if (falls < 2) return false;
  for (uint32_t k = s0; k < s1; ++k) {
    if (pos_flags_[k] & kFlagSameTimeConflict) pos_flags_[k] = (pos_flags_[k] & ~kFlagSameTimeConflict) | kFlagOneOrigin;
  }
  a_.notes.emplace_back(a_.slot_count(), "the count falls back below its level in two or more moments: several "
                                         "incidents' counts under one key, so figures of one day that disagree "
                                         "are not taken for a dispute");
  return true;
}

// Independent evidence: one unit per shared origin or shared copy group. The unit id is its
// smallest claim index, independent of the order claims sit in.
void Aligner::MarkEvidence(uint32_t s0, uint32_t s1) {
  const uint32_t size = s1 - s0;
  if (size == 1) {
    pos_evidence_[s0] = a_.order[s0];
    return;
  }
  // Claims sharing an origin, or a copy group, join the first claim that had it: linear
  // in the slot, however large.
  uf_.Reset(size);
  // A small slot (the rule for structured claims: a handful per object) compares its rows
  // pairwise: each joins the first before it with the same key, the partition the table
  // below makes, without sizing and sweeping a table per slot.
  constexpr uint32_t kPairwiseSlot = 8;
  if (size <= kPairwiseSlot) {
    for (int pass = 0; pass < 2; ++pass) {
      for (uint32_t k = 1; k < size; ++k) {
        const uint64_t h = pass == 0 ? RowAt(s0 + k).origin : RowAt(s0 + k).copy;
        if (pass == 1 && h == 0) continue;  // no copy group
        for (uint32_t j = 0; j < k; ++j) {
          if ((pass == 0 ? RowAt(s0 + j).origin : RowAt(s0 + j).copy) == h) {
            uf_.Union(k, j);
            break;
          }
        }
      }
    }
  } else {
    MarkEvidenceByTable(s0, size);
  }
  min_index_.assign(size, UINT32_MAX);
  for (uint32_t k = 0; k < size; ++k) {
    const uint32_t r = uf_.Find(k);
    min_index_[r] = std::min(min_index_[r], a_.order[s0 + k]);
  }
  for (uint32_t k = 0; k < size; ++k) pos_evidence_[s0 + k] = min_index_[uf_.Find(k)];
}

// MarkEvidence's unions for a slot of `size` rows from s0, through a hash table of keys:
// each row joins the first row with its origin, then the first with its copy group.
void Aligner::MarkEvidenceByTable(uint32_t s0, uint32_t size) {
  for (int pass = 0; pass < 2; ++pass) {
    evidence_keys_.Reset(size);
    first_with_key_.clear();
    for (uint32_t k = 0; k < size; ++k) {
      const uint64_t h = pass == 0 ? RowAt(s0 + k).origin : RowAt(s0 + k).copy;
      if (pass == 1 && h == 0) continue;  // no copy group
      const auto [id, added] = evidence_keys_.Intern(h);
      if (added) {
        first_with_key_.push_back(k);
      } else {
        uf_.Union(k, first_with_key_[id]);
      }
    }
  }
}

// Buckets: claims within same_time_days of a bucket's first claim describe one moment.
// Undated claims (kNoTime sorts first) form one bucket of their own. Marks stale repeats,
// drops, earlier states, one-origin ambiguities and same-day conflicts, and records each
// bucket's consensus band (lo > hi: contradicted figures, no consensus).
//
// Inside a moment, only figures of one day (overlapping times) can contradict each other,
// and only when two independent origins disagree beyond rounding (the soft intervals).
// A moment's band is the band of its reference day: the last day with a consensus, or for
// a running count the day with the highest settled figure; figures of other days that it
// excludes changed with time (earlier states: evolution), or, for a running count
// reported lower later, are stale repeats or drops.
Aligner::Changes Aligner::MarkBuckets(uint32_t s0, uint32_t s1, bool cumulative, bool weak_key) {
  Course course;
  uint32_t p = s0;
  while (p < s1) {
    const uint32_t b = static_cast<uint32_t>(a_.bucket_begin.size());
    a_.bucket_begin.push_back(p);
    const uint32_t q = MomentEnd(p, s1);
    for (uint32_t k = p; k < q; ++k) pos_bucket_[k] = b;
    const bool dated = RowAt(p).time != kNoTime;
    if (cumulative && dated && course.running_lo > 0) MarkStaleOrDropped(s0, p, q, course.running_lo);
    if (cumulative && dated) MarkPreciseEarlier(p, q, course.changes);
    const Reference reference = CompareDays(p, q, cumulative, weak_key, course.changes);
    if (reference.band.in_play > 0) MarkAgainstReference(p, q, reference, course.changes);
    Band band = Intersect(p, q, kFlagsSetAside);
    // Figures of other days overlap the reference day's band, not each other.
    if (!reference.contested && !band.ok()) band = reference.band;
    course.Follow(band, reference.band, cumulative, dated);
    a_.bucket_lo.push_back(band.lo);
    a_.bucket_hi.push_back(band.hi);
    p = q;
  }
  return course.changes;
}

// The end of the moment that starts at p: the claims within same_time_days of its first
// claim, or, when that one is undated, all the undated claims (they sort first).
MIZAN_STEP uint32_t Aligner::MomentEnd(uint32_t p, uint32_t s1) const {
  const int64_t window = options_.same_time_days;
  const int64_t t0 = RowAt(p).time;
  uint32_t q = p + 1;
  if (t0 == kNoTime) {
    while (q < s1 && RowAt(q).time == kNoTime) ++q;
  } else {
    while (q < s1 && RowAt(q).time - t0 <= window) ++q;
  }
  return q;
}

// The intersection of the claims of [from, to) that take part (Helly in one dimension:
// intervals share a point iff max(lo) <= min(hi)); `in_play` counts them.
MIZAN_STEP Aligner::Band Aligner::Intersect(uint32_t from, uint32_t to, uint8_t skip) const {
  Band band;
  for (uint32_t k = from; k < to; ++k) {
    if (pos_flags_[k] & skip) continue;
    const Row& row = RowAt(k);
    ++band.in_play;
    if (row.lo > band.lo) band.lo = row.lo, band.lo_start = row.time_start;
    band.hi = std::min(band.hi, row.hi);
  }
  return band;
}

// A cumulative count may only grow: a later figure of the moment [p, q) below the settled
// lower bound `running_lo` is a stale repeat when it matches an older figure of the slot
// (from s0) or is dated only by its article, and a drop (a contradiction) otherwise.
MIZAN_STEP void Aligner::MarkStaleOrDropped(uint32_t s0, uint32_t p, uint32_t q, double running_lo) {
  for (uint32_t k = p; k < q; ++k) {
    const Row& row = RowAt(k);
    if (row.hi >= running_lo) continue;
    bool repeat = row.from_publication;
    for (uint32_t e = p, seen = 0; !repeat && e > s0 && seen < kStaleLookBack; ++seen) {
      --e;
      repeat = Overlap(row, RowAt(e));
    }
    // A drop is no contradiction (the times do not overlap): most often a separate,
    // smaller count (another incident) the key could not tell apart.
    pos_flags_[k] |= repeat ? kFlagStale : kFlagDrop;
  }
}

// A running count told exactly (464 deaths, 581 recovered: not rounded) changes by updates,
// not by rounding: a lower exact figure of the moment [p, q) is an earlier state when another
// evidence unit gives a higher exact figure on its day or later that its soft interval holds
// (464 beside the 465 of that day's bulletin): the ±1% a soft interval allows would
// otherwise let the two agree. Figures further apart are compared as a day's figures are
// (CompareDays: a dispute, or an earlier state). Sorted by value, each figure looks at most
// kPreciseLookAhead figures up: linear in the moment.
MIZAN_STEP void Aligner::MarkPreciseEarlier(uint32_t p, uint32_t q, Changes& changes) {
  constexpr uint32_t kPreciseLookAhead = 64;
  precise_.clear();
  for (uint32_t k = p; k < q; ++k) {
    if (RowAt(k).precise && !(pos_flags_[k] & kFlagsSetAside)) precise_.push_back(k);
  }
  if (precise_.size() < 2) return;
  auto value = [&](uint32_t k) { return (RowAt(k).lo + RowAt(k).hi) / 2; };
  std::sort(precise_.begin(), precise_.end(), [&](uint32_t x, uint32_t y) {
    return value(x) != value(y) ? value(x) < value(y) : x < y;
  });
  for (size_t a = 0; a < precise_.size(); ++a) {
    const uint32_t k = precise_[a];
    const Row& row = RowAt(k);
    const double v = value(k);
    for (size_t b = a + 1; b < precise_.size() && b - a <= kPreciseLookAhead; ++b) {
      const uint32_t j = precise_[b];
      const double w = value(j);
      if (w > row.hi) break;
      if (w > v && RowAt(j).time >= row.time && pos_evidence_[j] != pos_evidence_[k]) {
        pos_flags_[k] |= kFlagEarlier;
        changes.evolution = true;
        break;
      }
    }
  }
}

// Days of the moment [p, q), each compared within itself: marks earlier states, same-day
// conflicts and one-origin ambiguities, and returns the moment's reference day (empty band,
// begin = end = q, when no day has one).
MIZAN_STEP Aligner::Reference Aligner::CompareDays(uint32_t p, uint32_t q, bool cumulative, bool weak_key,
                                        Changes& changes) {
  Reference reference{Band{}, q, q};
  for (uint32_t r0 = p; r0 < q;) {
    uint32_t r1 = r0 + 1;
    while (r1 < q && RowAt(r1).time == RowAt(r0).time) ++r1;
    Band day = Intersect(r0, r1, kFlagsSetAside);
    if (!day.ok() && cumulative && TopCorroborated(r0, r1, day.lo)) {
      MarkEarlierStates(r0, r1, day, changes);
      day = Intersect(r0, r1, kFlagsSetAside);
    }
    if (!day.ok()) {
      if (MarkDisagreement(r0, r1, day, weak_key)) {
        reference.contested = true;
        changes.contradiction = true;
        // A running count's contested day still tells its level: the band of its
        // median figure, against which earlier days' lower figures are earlier states.
        if (cumulative) {
          const Band level = MedianBand(r0, r1);
          if (reference.band.in_play == 0 || level.lo >= reference.band.lo) {
            reference.band = level;
            reference.begin = r0;
            reference.end = r1;
          }
        }
      }
    } else if (day.in_play > 0 && (!cumulative || reference.band.in_play == 0 || day.lo >= reference.band.lo)) {
      reference.band = day;
      reference.begin = r0;
      reference.end = r1;
    }
    r0 = r1;
  }
  return reference;
}

// A running count's lower figure of the day [r0, r1) whose time starts earlier than the
// day's highest lower bound, or that is dated only by its report, describes an earlier
// state of the count (13 killed, then 15). Called when two independent origins give the
// higher figure; a lone higher figure may as well be an outlier, and is left to the consensus.
MIZAN_STEP void Aligner::MarkEarlierStates(uint32_t r0, uint32_t r1, const Band& day, Changes& changes) {
  for (uint32_t k = r0; k < r1; ++k) {
    const Row& row = RowAt(k);
    if ((pos_flags_[k] & kFlagsSetAside) || row.hi >= day.lo) continue;
    if (row.from_publication || (day.lo_start != kNoTime && row.time_start < day.lo_start)) {
      pos_flags_[k] |= kFlagEarlier;
      changes.evolution = true;
    }
  }
}

// Flags the figures of a day [r0, r1) whose intervals share no point: a same-time conflict
// when the key is strong and two or more independent units give figures of one dispute
// (returns true), else a one-origin ambiguity (returns false).
MIZAN_STEP bool Aligner::MarkDisagreement(uint32_t r0, uint32_t r1, const Band& day, bool weak_key) {
  const bool conflict = !weak_key && DistinctEvidence(r0, r1) >= 2 && Disputable(r0, r1, day);
  const uint8_t flag = conflict ? kFlagSameTimeConflict : kFlagOneOrigin;
  for (uint32_t k = r0; k < r1; ++k) {
    if (!(pos_flags_[k] & kFlagsSetAside)) pos_flags_[k] |= flag;
  }
  return conflict;
}

// Figures of the moment's other days that the reference day's band excludes: earlier
// states before it (evolution), and after it, for a running count reported lower later,
// stale repeats or drops.
MIZAN_STEP void Aligner::MarkAgainstReference(uint32_t p, uint32_t q, const Reference& reference, Changes& changes) {
  auto disagree = [](const Row& row, const Band& band) { return row.hi < band.lo || row.lo > band.hi; };
  for (uint32_t k = p; k < q; ++k) {
    if (k == reference.begin) k = reference.end;
    if (k >= q) break;
    const Row& row = RowAt(k);
    if ((pos_flags_[k] & (kFlagsSetAside | kFlagSameTimeConflict)) || !disagree(row, reference.band)) continue;
    if (k < reference.begin) {
      pos_flags_[k] |= kFlagEarlier;
      changes.evolution = true;
    } else {  // cumulative only: a later, lower report
      pos_flags_[k] |= row.from_publication ? kFlagStale : kFlagDrop;
    }
  }
}

// Takes a moment's band into the slot's course. Values change with time: the bands part,
// or a cumulative count's settled lower bound rises materially (at least 1,500 in October,
// 10,000-12,000 in November). A contested moment of a running count still sets its level
// (its median figure, the `reference` band).
MIZAN_STEP void Aligner::Course::Follow(const Band& band, const Band& reference, bool cumulative, bool dated) {
  if (band.ok() && dated) {
    if (have_prev && (band.lo > prev_hi || band.hi < prev_lo ||
                      (cumulative && band.lo > kMaterialRise * std::max(prev_lo, 1e-9)))) {
      changes.evolution = true;
    }
    if (band.in_play > 0) {
      have_prev = true;
      prev_lo = band.lo;
      prev_hi = band.hi;
      if (cumulative) running_lo = std::max(running_lo, band.lo);
    }
  }
  if (!band.ok() && cumulative && dated && reference.in_play > 0) {
    running_lo = std::max(running_lo, reference.lo);
  }
}

// The number of distinct evidence units among the claims of [from, to) that take part.
// Small runs (one day of one slot) are the rule; a sort keeps it n log n however large.
uint32_t Aligner::DistinctEvidence(uint32_t from, uint32_t to) {
  scratch_units_.clear();
  for (uint32_t k = from; k < to; ++k) {
    if (!(pos_flags_[k] & kFlagsSetAside)) scratch_units_.push_back(pos_evidence_[k]);
  }
  std::sort(scratch_units_.begin(), scratch_units_.end());
  return static_cast<uint32_t>(std::unique(scratch_units_.begin(), scratch_units_.end()) -
                               scratch_units_.begin());
}

// Whether the disagreeing figures of one day [from, to) may be one fact told differently (a
// dispute) rather than different facts the key could not tell apart: within the dispute
// ratio of each other (or an outlier above a corroborated figure), from more than one article (an article that gives two figures gives
// two facts), and told of one place where places are named (15 killed in Lahij and 17 in
// Aden, merged into Yemen, are two incidents of one war). Reads the claims' places only on
// such days, which are rare.
bool Aligner::Disputable(uint32_t from, uint32_t to, const Band& day) {
  // Far apart: a lone lower figure is most often a separate, smaller count (another
  // incident, a part); a higher one against a lower figure that two independent units give
  // is an outlier of the same fact, and stays a dispute.
  if (day.lo > options_.dispute_ratio * day.hi) {
    scratch_units_.clear();
    for (uint32_t k = from; k < to; ++k) {
      if (!(pos_flags_[k] & kFlagsSetAside) && RowAt(k).lo <= day.hi) scratch_units_.push_back(pos_evidence_[k]);
    }
    std::sort(scratch_units_.begin(), scratch_units_.end());
    if (std::unique(scratch_units_.begin(), scratch_units_.end()) - scratch_units_.begin() < 2) return false;
  }
  bool one_doc = true;  // structured claims (doc 0) come from no article
  uint64_t doc = 0;
  const std::string* place = nullptr;
  bool first = true;
  for (uint32_t k = from; k < to; ++k) {
    if (pos_flags_[k] & kFlagsSetAside) continue;
    const Row& row = RowAt(k);
    if (first) doc = row.doc;
    one_doc = one_doc && row.doc == doc && doc != 0;
    first = false;
    const std::string& named = claims_[a_.order[k]].place;
    if (named.empty()) continue;
    if (place != nullptr && *place != named) return false;
    place = &named;
  }
  if (one_doc || PartOfWhole(from, to)) return false;
  if (OneTellerGivesBoth(from, to)) {
    NoteOncePerSlot(teller_note_slot_,
                    "figures of one day disagree, but one teller gives them both (a body named "
                    "without its country is the one the day's other claims name with it): "
                    "an update or two facts, not a dispute");
    return false;
  }
  if (ShareIncident(from, to)) return true;
  NoteOncePerSlot(incident_note_slot_,
                  "figures of one day disagree, but the sentences that give them share no word "
                  "of an incident (a place, an event, an actor) beyond the key: most likely "
                  "different incidents, not a dispute");
  return false;
}

// Adds `note` to the slot being formed unless `noted_slot` says it already has it: a slot
// tests many days, and one note of each kind tells the editor why.
void Aligner::NoteOncePerSlot(uint32_t& noted_slot, const char* note) {
  const uint32_t slot = a_.slot_count();
  if (noted_slot == slot) return;
  noted_slot = slot;
  a_.notes.emplace_back(slot, note);
}

// Whether two figures of the day [from, to) that exclude each other, from different evidence
// units, are told in sentences that share a distinctive word (ScoreClaim::incident_words):
// a place, an event noun, a named actor beyond the key. Several incidents of one day in a
// war story (a town's clashes, another front's raid) share only the key and the story's
// common words. A claim without a sentence (structured) cannot tell: then they may be one.
// At most kIncidentClaims claims of the day are compared, pairwise: contested days are rare
// and small.
bool Aligner::ShareIncident(uint32_t from, uint32_t to) const {
  constexpr uint32_t kIncidentClaims = 64;
  uint32_t taken[kIncidentClaims];
  uint32_t n = 0;
  for (uint32_t k = from; k < to && n < kIncidentClaims; ++k) {
    if (pos_flags_[k] & kFlagsSetAside) continue;
    if (!claims_[a_.order[k]].has_sentence) return true;
    taken[n++] = k;
  }
  for (uint32_t x = 0; x < n; ++x) {
    const Row& rx = RowAt(taken[x]);
    const std::vector<uint32_t>& wx = claims_[a_.order[taken[x]]].incident_words;
    for (uint32_t y = x + 1; y < n; ++y) {
      if (Overlap(rx, RowAt(taken[y])) || pos_evidence_[taken[x]] == pos_evidence_[taken[y]]) continue;
      const std::vector<uint32_t>& wy = claims_[a_.order[taken[y]]].incident_words;
      for (auto i = wx.begin(), j = wy.begin(); i != wx.end() && j != wy.end();) {
        if (*i == *j) return true;
        *i < *j ? ++i : ++j;
      }
    }
  }
  return false;
}

// Whether one teller gives two figures of the day [from, to) that exclude each other: it
// updated its figure, or gave two facts the key could not tell apart, and the day is no
// dispute. A teller is a claim's origins; a body named without its country
// ("interior_ministry", "وزارة الداخلية" in an article on Bahrain) by a claim that names no
// other place is the one body of that name the day's claims qualify with a country
// ("bahrain.interior_ministry"): the article speaks of the ministry the others name. The
// names stay as they are (sources keep their records); only the dispute reads them so. At
// most kTellerClaims claims of the day are compared, pairwise: contested days are rare.
bool Aligner::OneTellerGivesBoth(uint32_t from, uint32_t to) {
  constexpr uint32_t kTellerClaims = 64;
  std::vector<DayTeller>& told = scratch_tellers_;
  told.clear();
  for (uint32_t k = from; k < to && told.size() < kTellerClaims; ++k) {
    if (pos_flags_[k] & kFlagsSetAside) continue;
    const OriginNames& origins = claims_[a_.order[k]].origins;
    const std::string_view sole = origins.size() == 1 ? std::string_view(origins[0]) : std::string_view();
    told.push_back(DayTeller{k, sole, sole});
  }
  for (DayTeller& t : told) {
    if (t.origin.empty() || t.origin.find('.') != std::string_view::npos) continue;
    const std::string& place = claims_[a_.order[t.k]].place;
    std::string_view qualified;
    bool unique = true;
    for (const DayTeller& u : told) {
      const size_t dot = u.origin.rfind('.');
      if (dot == std::string_view::npos || u.origin.substr(dot + 1) != t.origin) continue;
      if (!qualified.empty() && qualified != u.origin) unique = false;
      qualified = u.origin;
    }
    if (qualified.empty() || !unique) continue;
    const std::string_view country = qualified.substr(0, qualified.rfind('.'));
    if (place.empty() || place == country) t.teller = qualified;
  }
  for (size_t x = 0; x < told.size(); ++x) {
    if (told[x].teller.empty()) continue;
    const Row& rx = RowAt(told[x].k);
    for (size_t y = x + 1; y < told.size(); ++y) {
      if (told[y].teller == told[x].teller && !Overlap(rx, RowAt(told[y].k))) return true;
    }
  }
  return false;
}

// Whether an article giving one of the day's figures also states another figure of the day
// that its own excludes, of the same predicate under another key ("16 arrested" and, further
// on, "13 militants arrested in one raid"): the article tells them as two facts, a part and
// its whole, so they disagree only in the key. An article's claims are consecutive in the input; only contested days
// come here, and their distinct figures are few.
bool Aligner::PartOfWhole(uint32_t from, uint32_t to) const {
  // Only claims of an article can be a part told beside its whole: a day of structured
  // claims (no doc) has none, and is answered before any figure is gathered.
  bool any_doc = false;
  for (uint32_t k = from; k < to && !any_doc; ++k) {
    any_doc = !(pos_flags_[k] & kFlagsSetAside) && !claims_[a_.order[k]].doc.empty();
  }
  if (!any_doc) return false;
  std::vector<double> figures;
  for (uint32_t k = from; k < to; ++k) {
    if (pos_flags_[k] & kFlagsSetAside) continue;
    const NumericValue& v = claims_[a_.order[k]].value;
    if (v.low && std::find(figures.begin(), figures.end(), *v.low) == figures.end()) figures.push_back(*v.low);
  }
  for (uint32_t k = from; k < to; ++k) {
    if (pos_flags_[k] & kFlagsSetAside) continue;
    const uint32_t i = a_.order[k];
    const std::string& doc = claims_[i].doc;
    if (doc.empty()) continue;
    const Row& row = rows_[i];
    uint32_t first = i;
    while (first > 0 && claims_[first - 1].doc == doc) --first;
    for (uint32_t j = first; j < n_ && claims_[j].doc == doc; ++j) {
      const std::optional<double>& low = claims_[j].value.low;
      if (j == i || !low || (*low >= row.lo && *low <= row.hi) || claims_[j].predicate != claims_[i].predicate) continue;
      if (std::find(figures.begin(), figures.end(), *low) != figures.end()) return true;
    }
  }
  return false;
}

// Whether two or more independent units give a figure compatible with the highest lower
// bound `top_lo` among the claims of [from, to) that take part.
bool Aligner::TopCorroborated(uint32_t from, uint32_t to, double top_lo) {
  scratch_units_.clear();
  for (uint32_t k = from; k < to; ++k) {
    if (!(pos_flags_[k] & kFlagsSetAside) && RowAt(k).hi >= top_lo) scratch_units_.push_back(pos_evidence_[k]);
  }
  std::sort(scratch_units_.begin(), scratch_units_.end());
  return std::unique(scratch_units_.begin(), scratch_units_.end()) - scratch_units_.begin() >= 2;
}

// The interval of the (lower) median claim of [from, to) by value, among those taking part.
Aligner::Band Aligner::MedianBand(uint32_t from, uint32_t to) {
  std::vector<std::pair<double, double>> bands;
  for (uint32_t k = from; k < to; ++k) {
    if (!(pos_flags_[k] & kFlagsSetAside)) bands.emplace_back(RowAt(k).lo, RowAt(k).hi);
  }
  Band band;
  if (bands.empty()) return band;
  const size_t mid = (bands.size() - 1) / 2;
  std::nth_element(bands.begin(), bands.begin() + static_cast<long>(mid), bands.end());
  band.lo = bands[mid].first;
  band.hi = bands[mid].second;
  band.in_play = static_cast<uint32_t>(bands.size());
  return band;
}

// Superseded: a later settled estimate lies above it (cumulative), or the latest settled
// estimate lies away from it (other quantities).
void Aligner::MarkSuperseded(uint32_t s1, bool cumulative) {
  const uint32_t b0 = a_.slot_first_bucket.back();
  const uint32_t b1 = static_cast<uint32_t>(a_.bucket_begin.size());
  auto settled = [&](uint32_t b) {
    return a_.bucket_lo[b] <= a_.bucket_hi[b] && RowAt(a_.bucket_begin[b]).time != kNoTime;
  };
  uint32_t last_settled = b1;
  for (uint32_t b = b1; b-- > b0;) {
    if (settled(b)) {
      last_settled = b;
      break;
    }
  }
  double later_lo = -1;
  for (uint32_t b = b1; b-- > b0;) {
    if (RowAt(a_.bucket_begin[b]).time == kNoTime) continue;
    const uint32_t e = b + 1 < b1 ? a_.bucket_begin[b + 1] : s1;
    for (uint32_t k = a_.bucket_begin[b]; k < e; ++k) {
      const Row& row = RowAt(k);
      const bool below = cumulative && row.hi < later_lo;
      const bool away = !cumulative && last_settled < b1 && b < last_settled &&
                        (row.lo > a_.bucket_hi[last_settled] || row.hi < a_.bucket_lo[last_settled]);
      if (below || away) pos_flags_[k] |= kFlagSuperseded;
    }
    if (settled(b)) later_lo = std::max(later_lo, a_.bucket_lo[b]);
  }
}

#undef MIZAN_STEP

}  // namespace mizan::aligner
