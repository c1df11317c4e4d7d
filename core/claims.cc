// STUB: being written (issue 2, units, subjects, predicates).
#include "core/claims.h"
namespace mizan {
struct ClaimLexicon::Tables {};
ClaimLexicon ClaimLexicon::Load() { ClaimLexicon l; l.tables_ = std::make_shared<Tables>(); return l; }
std::string LemmatizeNoun(std::string_view w, const ClaimLexicon&) { return std::string(w); }
std::vector<Claim> BuildClaims(const std::string& doc_id, std::string_view, const AnalyzedText& text,
                               const std::vector<NumberMention>& mentions, const ClaimLexicon&) {
  std::vector<Claim> claims;
  for (uint32_t i = 0; i < mentions.size(); ++i) {
    if (mentions[i].kind != NumberKind::kQuantity && mentions[i].kind != NumberKind::kPercent) continue;
    Claim c;
    c.id = doc_id + "#" + std::to_string(claims.size() + 1);
    c.doc = doc_id;
    c.mention = i;
    c.quote = text.ToOriginal(text.sentences[mentions[i].sentence].norm_span);
    claims.push_back(std::move(c));
  }
  return claims;
}
}  // namespace mizan
