// attribution_words.tsv (issue 11): the attribution rules' closed word lists as data, one
// row a word and its role, Arabic and English side by side. Each role is read from the file,
// a typo in a role fails the load naming file and row, and emptying the file turns the
// rules that read it off.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/attribution_words.h"
#include "core/error.h"
#include "core/extract.h"
#include "core/text.h"
#include "lexicon_scratch.h"

namespace mizan {
namespace {

// `word` in match form, as the rules see it.
std::string Match(std::string_view word) { return FoldForMatch(word); }

struct RoleCase {
  const char* word;
  WordRole role;
};

TEST_CASE("attribution_words.tsv: every role, Arabic and English", "[attribution][lexicon]") {
  const AttributionWords words = AttributionWords::Load();
  const std::vector<RoleCase> cases = {
      {"he", WordRole::kContinuingSubject},  {"also", WordRole::kContinuingSubject},
      {"بأن", WordRole::kContinuesAfter},     {"فيه", WordRole::kContinuesAfter},
      {"قد", WordRole::kAuxiliary},           {"has", WordRole::kAuxiliary},
      {"an", WordRole::kSpeakerlessMark},     {"were", WordRole::kSpeakerlessMark},
      {"the", WordRole::kArticle},            {"the", WordRole::kDefiniteArticle},
      {"because", WordRole::kOpensClause},    {"التقرير", WordRole::kReportNoun},
      {"report", WordRole::kReportNoun},      {"يوم", WordRole::kBeforeAddressee},
      {"عن", WordRole::kRelaySource},         {"و", WordRole::kCoordinator},
      {"and", WordRole::kCoordinator},        {"of", WordRole::kTitleOf}};
  for (const RoleCase& c : cases) {
    INFO(c.word);
    CHECK(words.Is(Match(c.word), c.role));
  }
  // A word has only the roles listed for it.
  CHECK_FALSE(words.Is("has", WordRole::kSpeakerlessMark));
  CHECK_FALSE(words.Is("the", WordRole::kAuxiliary));
  CHECK_FALSE(words.Is("said", WordRole::kContinuingSubject));
  // Prefix roles match the start of a word, and only there.
  CHECK(words.StartsWithAny(Match("أنه"), WordRole::kContinuesAfterPrefix));
  CHECK(words.StartsWithAny(Match("لصحيفة"), WordRole::kContinuesAfterPrefix));
  CHECK(words.StartsWithAny(Match("البنك"), WordRole::kDefinitePrefix));
  CHECK_FALSE(words.StartsWithAny(Match("بنك"), WordRole::kDefinitePrefix));
  CHECK_FALSE(words.Is(Match("ال"), WordRole::kDefinitePrefix));
}

// The message AttributionWords::Load throws for `text` as attribution_words.tsv; "" when it
// loads.
std::string LoadError(const std::string& text) {
  return testing::LexiconLoadError({{"attribution_words.tsv", text}},
                                   [] { AttributionWords::Load(); });
}

TEST_CASE("a typo in attribution_words.tsv fails the load, naming file and row",
          "[attribution][lexicon]") {
  CHECK(LoadError("# word\trole\nhe\tcontinuing_subject\nقد\tauxiliary\n").empty());
  CHECK(LoadError("he\tcontinuing_subject\nقد\tauxilary\n") ==
        "attribution_words.tsv:2: unknown role auxilary");
  CHECK(LoadError("he\n") == "attribution_words.tsv:1: expected 2 columns");
  CHECK(ParseWordRole("title_of") == WordRole::kTitleOf);
  CHECK_FALSE(ParseWordRole("Title_of"));
}

// The origin of each claim of `text`, read with `lexicons`.
std::vector<std::string> Origins(const std::string& text, const Lexicons& lexicons) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  std::vector<std::string> origins;
  for (const Claim& claim : ExtractDocument(doc, lexicons).claims) {
    origins.push_back(claim.attribution.empty() ? "" : claim.attribution.front().name);
  }
  return origins;
}

TEST_CASE("the attribution word lists are the file's: emptied, the rules that read them are off",
          "[attribution][lexicon]") {
  const Lexicons bare = testing::LexiconsWith({{"attribution_words.tsv", "# no rows\n"}});
  const Lexicons& full = Lexicons::Default();
  // speakerless_mark: "an estimated" names no speaker, so the post-posed "the mayor said" does.
  const std::string estimated =
      "The project will cost an estimated 40 million dollars, the mayor said.";
  CHECK(Origins(estimated, full) == std::vector<std::string>{"mayor"});
  CHECK(Origins(estimated, bare) == std::vector<std::string>{"unknown_speaker"});
  // continuing_subject: "He said" continues the last speaker.
  const std::string continued =
      "The ministry of health said on Monday that 40 people died. He said 300 were injured.";
  CHECK(Origins(continued, full) == std::vector<std::string>{"health_ministry", "health_ministry"});
  CHECK(Origins(continued, bare) == std::vector<std::string>{"health_ministry", "unknown_speaker"});
  // definite_article: "the bank" is the World Bank named before.
  const std::string definite = "The World Bank approved a loan. The bank said 300 jobs were lost.";
  CHECK(Origins(definite, full) == std::vector<std::string>{"world_bank"});
  CHECK(Origins(definite, bare) == std::vector<std::string>{"unknown_speaker"});
}

}  // namespace
}  // namespace mizan
