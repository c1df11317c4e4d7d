// STUB: being written (issue 3, time).
#include "core/time_resolver.h"
namespace mizan {
struct TimeLexicon::Tables {};
TimeLexicon TimeLexicon::Load() { TimeLexicon l; l.tables_ = std::make_shared<Tables>(); return l; }
PublicationDate DatePublication(const Document& doc, const AnalyzedText&, const std::vector<NumberMention>&,
                                const TimeLexicon&) { return {doc.published, false}; }
void ResolveClaimTimes(const AnalyzedText&, std::string_view, const PublicationDate& p,
                       const std::vector<NumberMention>&, const TimeLexicon&, std::vector<Claim>& claims) {
  for (Claim& c : claims) { c.time.from = p.date; c.time.to = p.date; c.time.from_publication = true; }
}
}  // namespace mizan
