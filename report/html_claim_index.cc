// The batch's claims indexed once for the HTML report: each claim with its document,
// extraction and score, in report order.
#include "report/html_parts.h"

namespace mizan::html {

ClaimIndex BuildClaimIndex(const HtmlReportInput& in) {
  ClaimIndex index;
  std::map<std::string, const Extraction*> extraction_of;
  for (const Extraction& x : in.extractions) extraction_of.emplace(x.doc, &x);
  std::map<std::string, const ClaimScore*> score_of;
  if (in.score != nullptr) {
    for (const ClaimScore& s : in.score->claims) score_of.emplace(s.claim, &s);
  }
  for (const Document& doc : in.documents) {
    auto x = extraction_of.find(doc.id);
    if (x == extraction_of.end()) continue;
    for (const Claim& claim : x->second->claims) {
      ClaimRef ref{&doc, x->second, &claim, nullptr, static_cast<int>(index.claims.size())};
      if (auto s = score_of.find(claim.id); s != score_of.end()) ref.score = s->second;
      index.by_id.emplace(claim.id, index.claims.size());
      index.claims.push_back(ref);
    }
  }
  return index;
}

const NumericValue* ValueOf(const ClaimRef& ref) {
  if (ref.claim->mention >= ref.extraction->mentions.size()) return nullptr;
  return &ref.extraction->mentions[ref.claim->mention].value;
}

ByteSpan SpanOf(const ClaimRef& ref) {
  if (ref.claim->mention < ref.extraction->mentions.size()) {
    return ref.extraction->mentions[ref.claim->mention].span;
  }
  return ref.claim->head_span;
}

std::string DateOf(const ClaimRef& ref) {
  if (!ref.claim->time.to.empty()) return ref.claim->time.to;
  if (!ref.claim->time.from.empty()) return ref.claim->time.from;
  if (!ref.extraction->published.date.empty()) return ref.extraction->published.date;
  return ref.doc->published;
}

std::string OriginOf(const Claim& claim) {
  for (const SourceHop& hop : claim.attribution) {
    if (hop.role == HopRole::kOrigin || hop.role == HopRole::kCoOrigin) return hop.name;
  }
  for (const SourceHop& hop : claim.attribution) {
    if (!hop.name.empty()) return hop.name;
  }
  return "unattributed";
}

}  // namespace mizan::html
