// The closed word lists of the attribution rules, by what each word does there, read from
// core/lexicons/attribution_words.tsv (one row a word and a role, Arabic and English side by
// side): pronouns that continue the last speaker, auxiliaries, articles, report nouns, ...
// Language rules live in that file, so another language adds rows, not code.
//
//   AttributionWords words = AttributionWords::Load();     // throws on a bad row
//   words.Is(c.lower[k], WordRole::kAuxiliary);             // "has", "قد"
//   words.StartsWithAny(w, WordRole::kDefinitePrefix);      // "البنك"

#ifndef MIZAN_CORE_ATTRIBUTION_WORDS_H_
#define MIZAN_CORE_ATTRIBUTION_WORDS_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace mizan {

// One bit per role; the ids are the role column of attribution_words.tsv.
enum class WordRole : uint16_t {
  kContinuingSubject = 1 << 0,  // continuing_subject: "he", "also" before a verb: no new speaker
  kContinuesAfter = 1 << 1,     // continues_after: "بأن", "فيه" right after a verb: no subject
  kContinuesAfterPrefix = 1 << 2,  // continues_after_prefix: a word after a verb starting
                                   // with it ("أن...", "لـ...") leaves the verb subjectless
  kAuxiliary = 1 << 3,          // auxiliary: between a preverbal subject and its verb
  kSpeakerlessMark = 1 << 4,    // speakerless_mark: before an English participle cue, the
                                // cue names no speaker ("an estimated", "is estimated")
  kArticle = 1 << 5,            // article: read past before an appositive title ("a spokesman")
  kDefiniteArticle = 1 << 6,    // definite_article: "the" of a definite description
  kDefinitePrefix = 1 << 7,     // definite_prefix: "ال" of a definite description
  kOpensClause = 1 << 8,        // opens_clause: after a number, a hedge past it is not its
  kReportNoun = 1 << 9,         // report_noun: a credit names "this report"
  kBeforeAddressee = 1 << 10,   // before_addressee: read past between a subject and "لـ<outlet>"
  kRelaySource = 1 << 11,       // relay_source: after a relay verb, the origin follows ("عن")
  kCoordinator = 1 << 12,       // coordinator: joins two names of one source phrase ("و", "and")
  kTitleOf = 1 << 13,           // title_of: an English title names its body after it ("of")
};

// The role of a role id of the file; std::nullopt for an unknown id.
std::optional<WordRole> ParseWordRole(std::string_view id);

class AttributionWords {
 public:
  // Throws mizan::Error (kBadLexicon) naming attribution_words.tsv and the row of a wrong
  // number of columns, an unknown role or an empty word.
  static AttributionWords Load();

  // `word` (in match form: folded, Latin lower-cased) has `role`. False for any other word.
  bool Is(std::string_view word, WordRole role) const {
    auto it = roles_.find(word);
    return it != roles_.end() && (it->second & static_cast<uint16_t>(role)) != 0;
  }
  // `word` starts with a word listed for the prefix role `role`.
  bool StartsWithAny(std::string_view word, WordRole role) const {
    for (const auto& [prefix, r] : prefixes_) {
      if (r == role && word.starts_with(prefix)) return true;
    }
    return false;
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint16_t, Hash, std::equal_to<>> roles_;
  std::vector<std::pair<std::string, WordRole>> prefixes_;
};

}  // namespace mizan

#endif  // MIZAN_CORE_ATTRIBUTION_WORDS_H_
