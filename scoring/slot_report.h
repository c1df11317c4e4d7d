// Slot reports, internal to scoring (score.cc builds them; nothing outside scoring/ needs
// this header): a slot's id, key, claims, independent origins, timeline, estimate and
// reasons, from the alignment and the reliability; and the texts of numbers that slot and
// claim reasons share.
//
//   SlotReports slots = BuildSlots(claims, alignment, reliability);
//   AddKeptApart(slots);
//   // slot s: slots.reports[slots.position[s]]; std::move(slots.reports) is in id order
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "scoring/align.h"
#include "scoring/reliability.h"
#include "scoring/score.h"

namespace mizan {

// The slots' reports in id order (ties in the order std::sort leaves them); per slot
// number s (the alignment's): its report's position, its 48-bit id (the number its
// "slot-" + 12 hex id spells) and whether its key is an increment.
struct SlotReports {
  std::vector<SlotReport> reports;
  std::vector<uint32_t> position;  // slot s: reports[position[s]]
  std::vector<uint64_t> id_bits;
  std::vector<uint8_t> increment;
};

// Every slot's report, in id order, with the alignment's notes among its reasons.
SlotReports BuildSlots(const std::vector<ScoreClaim>& claims, const Alignment& al,
                       const Reliability& rel);

// Refusals to merge: slots sharing story, unit and subject but not the rest of the key
// say why they were kept apart (groups of at most 8 such slots).
void AddKeptApart(SlotReports& slots);

// x rounded to 4 decimals (numbers of the report).
double Round4(double x);

// A claim's origins joined by " + " ("(none)" when it has none).
std::string JoinOrigins(const ScoreClaim& c);

}  // namespace mizan
