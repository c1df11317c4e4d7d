// STUB: being written (issue 4).
#include "scoring/score.h"
namespace mizan {
std::string_view ToString(SlotRelation r) {
  switch (r) { case SlotRelation::kSingle: return "single"; case SlotRelation::kAgreement: return "agreement";
    case SlotRelation::kEvolution: return "evolution"; case SlotRelation::kContradiction: return "contradiction";
    case SlotRelation::kMixed: return "mixed"; }
  return "single";
}
ScoreReport Score(const ScoreInput&, const ScoreOptions&) { return {}; }
}  // namespace mizan
