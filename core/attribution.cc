// STUB: being written (issue 3, attribution chains).
#include "core/attribution.h"
namespace mizan {
struct AttributionLexicon::Tables {};
AttributionLexicon AttributionLexicon::Load() { AttributionLexicon l; l.tables_ = std::make_shared<Tables>(); return l; }
void AttributeClaims(const Document&, const AnalyzedText&, const std::vector<NumberMention>&,
                     const AttributionLexicon&, std::vector<Claim>&) {}
}  // namespace mizan
