// Issue 12: the distinctive words of a claim's sentence (ScoreClaim::incident_words), by
// which scoring tells one incident's disputed figures from several incidents of one day.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/extract.h"
#include "core/stories.h"
#include "scoring/score.h"

namespace mizan {
namespace {

ScoreInput InputOf(const std::vector<std::string>& texts) {
  std::vector<Document> documents;
  std::vector<Extraction> extractions;
  for (size_t k = 0; k < texts.size(); ++k) {
    Document doc;
    doc.id = "d" + std::to_string(k);
    doc.text = texts[k];
    doc.outlet = "outlet" + std::to_string(k);
    doc.published = "2015-08-01";
    doc.language = "ar";
    documents.push_back(doc);
  }
  for (const Document& doc : documents) extractions.push_back(ExtractDocument(doc, Lexicons::Default()));
  return MakeScoreInput(documents, extractions, {});
}

const ScoreClaim& FirstOf(const ScoreInput& input, const std::string& doc) {
  const auto it = std::find_if(input.claims.begin(), input.claims.end(),
                               [&](const ScoreClaim& c) { return c.doc == doc; });
  REQUIRE(it != input.claims.end());
  return *it;
}

bool Share(const ScoreClaim& a, const ScoreClaim& b) {
  std::vector<uint32_t> both;
  std::set_intersection(a.incident_words.begin(), a.incident_words.end(), b.incident_words.begin(),
                        b.incident_words.end(), std::back_inserter(both));
  return !both.empty();
}

TEST_CASE("story terms: a light stem, stop words and short words out", "[incident]") {
  CHECK(StoryTerm(FoldForMatch("وبالمدينة")) == "مدين");
  CHECK(StoryTerm(FoldForMatch("قال")).empty());
  CHECK(StoryTerm("in").empty());
  CHECK(StoryTerm("Wedding") == "wedding");
}

TEST_CASE("a claim's sentence gives its distinctive words, stop words and numbers are none", "[incident]") {
  const ScoreInput input = InputOf({
      "أصيب 8 أشخاص في إطلاق نار خلال حفل زفاف في عدن.",
      "أصيب 10 أشخاص في إطلاق نار خلال حفل زفاف في عدن.",
      "أعلنت الشرطة إصابة 10 من المارة بقصف على سوق.",
      "قال إن 10 في 12 من.",
  });
  const ScoreClaim& a = FirstOf(input, "d0");
  const ScoreClaim& b = FirstOf(input, "d1");
  const ScoreClaim& c = FirstOf(input, "d2");
  CHECK(a.has_sentence);
  CHECK(Share(a, b));        // the wedding, the shooting
  CHECK_FALSE(Share(a, c));  // a market shelled: another incident
  CHECK(FirstOf(input, "d3").incident_words.empty());  // stop words and numbers only
}

TEST_CASE("a word in the sentences of more than max(2%, 30) articles tells no incident apart",
          "[incident]") {
  std::vector<std::string> texts;
  for (int k = 0; k < 31; ++k) texts.push_back("أصيب " + std::to_string(k + 2) + " أشخاص في قصف على حي سكني.");
  const ScoreInput many = InputOf(texts);
  CHECK_FALSE(Share(FirstOf(many, "d0"), FirstOf(many, "d1")));
  texts.resize(30);  // in 30 articles, the same words still count
  const ScoreInput few = InputOf(texts);
  CHECK(Share(FirstOf(few, "d0"), FirstOf(few, "d1")));
}

TEST_CASE("claims without their article's text read no sentence", "[incident]") {
  Document doc;
  doc.id = "d0";
  doc.text = "أصيب 8 أشخاص في إطلاق نار خلال حفل زفاف في عدن.";
  const Extraction x = ExtractDocument(doc, Lexicons::Default());
  const ScoreInput input = MakeScoreInput({}, {x}, {});
  REQUIRE_FALSE(input.claims.empty());
  CHECK_FALSE(input.claims[0].has_sentence);
  CHECK(input.claims[0].incident_words.empty());
}

}  // namespace
}  // namespace mizan
