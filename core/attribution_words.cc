#include "core/attribution_words.h"

#include "core/lexicon.h"
#include "core/text.h"

namespace mizan {

std::optional<WordRole> ParseWordRole(std::string_view id) {
  static const std::pair<std::string_view, WordRole> kIds[] = {
      {"continuing_subject", WordRole::kContinuingSubject},
      {"continues_after", WordRole::kContinuesAfter},
      {"continues_after_prefix", WordRole::kContinuesAfterPrefix},
      {"auxiliary", WordRole::kAuxiliary},
      {"speakerless_mark", WordRole::kSpeakerlessMark},
      {"article", WordRole::kArticle},
      {"definite_article", WordRole::kDefiniteArticle},
      {"definite_prefix", WordRole::kDefinitePrefix},
      {"opens_clause", WordRole::kOpensClause},
      {"report_noun", WordRole::kReportNoun},
      {"before_addressee", WordRole::kBeforeAddressee},
      {"relay_source", WordRole::kRelaySource},
      {"coordinator", WordRole::kCoordinator},
      {"title_of", WordRole::kTitleOf}};
  return FindId(kIds, id);
}

AttributionWords AttributionWords::Load() {
  constexpr std::string_view kFile = "attribution_words.tsv";
  AttributionWords words;
  for (const LexiconRow& row : LoadLexicon(kFile)) {
    if (row.fields.size() != 2) BadRow(kFile, row, "expected 2 columns");
    const std::optional<WordRole> role = ParseWordRole(row.fields[1]);
    if (!role) BadRow(kFile, row, "unknown role " + row.fields[1]);
    // The match form of the text: folded, Latin lower-cased ("لـ" -> "ل").
    std::string key = FoldForMatch(row.fields[0]);
    for (char& ch : key) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    if (key.empty()) BadRow(kFile, row, "empty word");
    if (*role == WordRole::kContinuesAfterPrefix || *role == WordRole::kDefinitePrefix) {
      words.prefixes_.emplace_back(std::move(key), *role);
    } else {
      words.roles_[std::move(key)] |= static_cast<uint16_t>(*role);
    }
  }
  return words;
}

}  // namespace mizan
