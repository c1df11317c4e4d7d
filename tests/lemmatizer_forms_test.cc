// The allocation-free candidate lists (FormList) give the same candidates, in the same
// order, as the string-returning lemmatizer functions the claim builder used before.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/lemmatizer.h"
#include "core/text.h"

namespace mizan {
namespace {

std::vector<std::string> Forms(const FormList& list) {
  std::vector<std::string> out;
  for (size_t i = 0; i < list.size(); ++i) out.emplace_back(list.Form(i));
  return out;
}

const char* const kWords[] = {"والجنديين", "جنديًا",  "للجنود",  "بالقوات", "دولتين", "طلقات",  "مسيرات",
                              "الكورية",   "روسيون",  "وسيرسلونها", "قتلوا",  "بروسيا", "Troops", "casualties",
                              "North",     "classes", "لل",      "بل",      "US"};

TEST_CASE("FormList candidates equal the string lemmatizer's", "[lemmatizer]") {
  for (const char* raw : kWords) {
    const std::string word = FoldForMatch(raw);
    INFO(raw);
    FormList list;
    AppendNounCandidates(word, list);
    CHECK(Forms(list) == NounCandidates(word));
    list.Clear();
    AppendNisbaCandidates(word, list);
    CHECK(Forms(list) == NisbaCandidates(word));
    list.Clear();
    AppendVerbCandidates(word, list);
    const std::vector<VerbCandidate> verbs = VerbCandidates(word);
    REQUIRE(list.size() == verbs.size());
    for (size_t i = 0; i < verbs.size(); ++i) {
      CHECK(list.Form(i) == verbs[i].form);
      CHECK(list.Info(i).future == verbs[i].future);
    }
    list.Clear();
    AppendProcliticStems(word, /*allow_future=*/true, /*lower=*/false, list);
    const std::vector<ProcliticSplit> splits = SplitProclitics(word, true);
    REQUIRE(list.size() == splits.size());
    for (size_t i = 0; i < splits.size(); ++i) {
      CHECK(list.Form(i) == splits[i].stem);
      CHECK(word.substr(0, list.Info(i).prefix_len) == splits[i].prefix);
      CHECK(list.Info(i).preposition == splits[i].preposition);
      CHECK(list.Info(i).article == splits[i].article);
    }
  }
}

TEST_CASE("FormList keeps the first of equal forms and lower-cases on request", "[lemmatizer]") {
  FormList list;
  CandidateForm future;
  future.future = true;
  list.Add("Ab", "c", "", future, /*lower=*/true);
  list.Add("a", "bc", "", CandidateForm{});
  list.Add("", "", "", CandidateForm{});
  REQUIRE(list.size() == 1);
  CHECK(list.Form(0) == "abc");
  CHECK(list.Info(0).future);
  // Appending to a list that already holds forms keeps them: place readings chain two calls.
  AppendNisbaCandidates(FoldForMatch("الروسية"), list);
  CHECK(list.Form(0) == "abc");
  CHECK(list.Form(list.size() - 1) == FoldForMatch("روسي"));
}

}  // namespace
}  // namespace mizan
