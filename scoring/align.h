// Alignment: groups claims into slots (one quantity in the world each) and relates the
// values of a slot over time. The hot path of scoring: blocking and sorting, no all-pairs.
//
//   Alignment a = Align(input.claims, AlignOptions{});
//   for (uint32_t s = 0; s < a.slot_count(); ++s) a.relation[s] ...
//   // claims of slot s, by time: a.order[a.slot_begin[s] .. a.slot_begin[s + 1])
//
// Blocking key: (object) for structured claims, else (counted, subject, predicate,
// increment, event) (a forward-looking figure estimates the same quantity, with weaker
// evidence), where the event is the claim's story for its story's
// own event (Claim::event == "") and the background event's anchor otherwise, so background
// figures align with their own event across stories and never with the main event. A claim
// with nothing counted is a slot of its own (no catch-all slot). A generic money unit
// (riyal) counts the one variant (sar) that the same key names with it, if only one. Within a block, places
// split slots: a place merges into a containing place found in the block (kursk -> russia
// by AlignOptions::places); claims without a place join the block's place only when it has one
// place group, else they form their own slot (precision first). Within a slot, claims
// sorted by time form buckets: claims within same_time_days of a bucket's first claim
// describe one moment; inside a moment, claims of one day (overlapping times) are compared
// for contradictions, and figures of earlier days that a later day replaced are earlier
// states (evolution), never contradictions. Near-linear in the number of claims (align.cc
// says how: partitioned sort, interned places, prefetched rows).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "scoring/interval.h"
#include "scoring/score.h"

namespace mizan {

struct AlignOptions {
  int same_time_days = 3;
  // Figures of one day further apart than this (the higher one's soft lower bound over the
  // lower one's soft upper bound) are taken for different facts, not a dispute, unless two
  // independent units give the lower one (then the higher is an outlier): one toll is told as
  // 13 and 15, or 20 and 30, but a lone 4 beside 24 wounded is another incident.
  double dispute_ratio = 1.5;
  const PlaceHierarchy* places = nullptr;  // which place contains which; null: none does
  // Money units a bare word leaves open: variant unit -> generic unit ({"sar", "riyal"}:
  // DefaultUnitGenerics of core/claims.h); null: none. A generic amount ("500 ريال") joins
  // the one variant its key names elsewhere (its story's "ريال سعودي" amounts).
  const std::map<std::string, std::string>* unit_generics = nullptr;
};

// Per-claim outcome flags of alignment.
enum AlignFlag : uint8_t {
  kFlagStale = 1,          // repeats an older figure after a larger one was out
  kFlagSuperseded = 2,     // a later estimate of the slot lies above / away from it
  kFlagDrop = 4,           // a cumulative figure that drops materially, matching no older
                           // one (not a contradiction: the times do not overlap)
  kFlagSameTimeConflict = 8,  // figures of one day, from two or more independent
                              // origins, that cannot all hold (a contradiction)
  kFlagEarlier = 16,       // an earlier state of its moment: a figure of a later day (or,
                           // for a running count, a higher figure of the same report day)
                           // replaced it; true at its time, not a contradiction
  kFlagOneOrigin = 32,     // disagreeing figures of one day that nothing shows to be one
                           // fact (one origin gives them all, or the key names no
                           // predicate); never a contradiction, corroborates nothing
};
// Flags of claims that do not take part in their moment's consensus.
inline constexpr uint8_t kFlagsSetAside = kFlagStale | kFlagDrop | kFlagEarlier | kFlagOneOrigin;

// Where one claim landed.
struct ClaimAlignment {
  uint32_t slot = 0;
  uint32_t bucket = 0;
  uint32_t evidence = 0;  // its independent-evidence unit: the smallest claim index in it
  uint8_t flags = 0;      // AlignFlag bits
};

struct Alignment {
  std::vector<SoftInterval> intervals;     // per claim
  std::vector<uint32_t> order;             // claims by slot, then time, then input index
  std::vector<uint32_t> slot_begin;        // slot s: order[slot_begin[s], slot_begin[s+1])
  std::vector<uint32_t> bucket_begin;      // bucket b: order[bucket_begin[b], ...[b+1])
  std::vector<uint32_t> slot_first_bucket; // slot s: buckets [first[s], first[s+1])
  std::vector<ClaimAlignment> claims;      // per claim, in input order
  std::vector<double> bucket_lo, bucket_hi; // per bucket: the intersection of its current
                                           // claims (lo > hi: they cannot all hold)
  std::vector<SlotRelation> relation;      // per slot
  std::vector<uint64_t> slot_key;          // hash of the blocking key and place group
  std::vector<std::string> slot_place;     // the place group ("" when none stated)
  std::vector<std::pair<uint32_t, std::string>> notes;  // (slot, why) for explanations

  uint32_t slot_count() const { return static_cast<uint32_t>(relation.size()); }
  uint32_t bucket_count() const { return static_cast<uint32_t>(bucket_begin.size()) - 1; }
  // Bytes held by this structure (for the memory-per-claim figure).
  size_t MemoryBytes() const;
};

Alignment Align(const std::vector<ScoreClaim>& claims, const AlignOptions& options);

// FNV-1a, 64 bits: stable across runs and compilers (slot ids derive from it).
uint64_t HashBytes(std::string_view bytes, uint64_t seed = 14695981039346656037ull);

// The blocking key hash of one claim (object, or counted/subject/predicate/flags/event).
// A claim with nothing counted gets a key of its own id (Align also keys it by position).
uint64_t BlockKey(const ScoreClaim& claim);

}  // namespace mizan
