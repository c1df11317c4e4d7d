// The phrase-lexicon engine (core/phrase_lexicon.h) and the lemmatizer's greedy proclitic
// split that its callers read words through (issue 11: one matcher, one proclitic function).
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/lemmatizer.h"
#include "core/phrase_lexicon.h"
#include "core/text.h"

namespace mizan {
namespace {

std::vector<std::string> Stems(std::string_view word, bool bare_lam) {
  CliticStem stems[kMaxCliticStems];
  const size_t n = CliticStems(SplitClitics(word), bare_lam, stems);
  std::vector<std::string> out;
  for (size_t k = 0; k < n; ++k) {
    std::string stem(stems[k].restore_alef ? "ا" : "");
    out.push_back(stem.append(word.substr(stems[k].prefix_len)));
  }
  return out;
}

TEST_CASE("SplitClitics reads و/ف then ب/ل/ك, keeping two letters", "[extract]") {
  struct Case {
    const char* word;
    int conj, prep;
    bool lam_lam;
  };
  const Case cases[] = {
      {"والشهر", 2, 0, false}, {"بالشهر", 0, 2, false}, {"وبالشهر", 2, 2, false},
      {"للشهر", 0, 2, true},   {"وللشهر", 2, 2, true},  {"فلما", 2, 2, false},
      {"شهر", 0, 0, false},    {"وب", 0, 0, false},     {"ولد", 2, 0, false},  // greedy: و + لد
      {"Wall", 0, 0, false},   {"", 0, 0, false},
  };
  for (const Case& c : cases) {
    const CliticSplit s = SplitClitics(c.word);
    INFO(c.word);
    CHECK(s.conj == c.conj);
    CHECK(s.prep == c.prep);
    CHECK(s.lam_lam == c.lam_lam);
  }
  CHECK(HasProclitic("بالقوات"));
  CHECK_FALSE(HasProclitic("قوات"));
}

TEST_CASE("CliticStems lists the word, then each cut, least stripped first", "[extract]") {
  CHECK(Stems("وبالشهر", false) == std::vector<std::string>{"وبالشهر", "بالشهر", "الشهر"});
  // "لل" is ل + the article with its alef dropped; the bare-ل reading only when asked.
  CHECK(Stems("وللشهر", false) == std::vector<std::string>{"وللشهر", "للشهر", "الشهر"});
  CHECK(Stems("وللشهر", true) == std::vector<std::string>{"وللشهر", "للشهر", "الشهر", "لشهر"});
  CHECK(Stems("شهر", true) == std::vector<std::string>{"شهر"});
}

TEST_CASE("ProcliticForms holds every token whose stems include the word", "[extract]") {
  // A superset: "بللشهر" is listed too, and a filter built from it only lets more through.
  auto has = [](const std::vector<std::string>& list, std::string_view s) {
    return std::find(list.begin(), list.end(), std::string(s)) != list.end();
  };
  const std::vector<std::string> forms = ProcliticForms("الشهر");
  CHECK(forms.size() == 24);
  for (std::string_view token : {"الشهر", "للشهر", "بالشهر", "وبالشهر", "وللشهر", "فالشهر", "كالشهر"}) {
    INFO(token);
    CHECK(has(Stems(token, /*bare_lam=*/true), "الشهر"));
    CHECK(has(forms, token));
  }
  const std::vector<std::string> bare = ProcliticForms("أمس");
  CHECK(bare.size() == 12);
  for (std::string_view token : {"أمس", "وأمس", "بأمس", "فلأمس"}) CHECK(has(bare, token));
}

TEST_CASE("ProcliticStemStarts covers every SplitProclitics reading", "[extract]") {
  for (std::string_view word : {"وبالقوات", "للجنود", "فسيقتلون", "والسيارات", "قوات"}) {
    size_t starts[kMaxProcliticStemStarts];
    const size_t n = ProcliticStemStarts(word, starts);
    for (const ProcliticSplit& split : SplitProclitics(word, /*allow_future=*/true)) {
      const size_t start = split.prefix.size();
      bool found = false;
      for (size_t k = 0; k < n; ++k) found = found || starts[k] == start;
      INFO(word << " prefix " << split.prefix);
      CHECK(found);
    }
  }
}

TEST_CASE("FlatStringMap finds what was put and nothing else", "[extract]") {
  FlatStringMap<int> map;
  for (int i = 0; i < 1000; ++i) map["word" + std::to_string(i)] = i;
  map["في وقت سابق"] = -1;
  REQUIRE(map.size() == 1001);
  for (int i = 0; i < 1000; ++i) {
    const int* v = map.Find("word" + std::to_string(i));
    REQUIRE(v != nullptr);
    CHECK(*v == i);
  }
  CHECK(*map.Find("في وقت سابق") == -1);
  CHECK(map.Find("word1000") == nullptr);
  CHECK_FALSE(map.Contains("في وقت"));
}

TEST_CASE("PhraseLexicon returns every phrase at a token, longest first", "[extract]") {
  PhraseLexicon<int> table;
  table.Add("في", {"في"}, 1);
  table.Add("في", {"في", "وقت", "سابق"}, 3);
  table.Add("في", {"في", "وقت"}, 2);
  table.Add("us", {"US"}, 4, /*case_sensitive=*/true);
  table.Seal();
  CHECK(table.size() == 4);

  const std::vector<std::string> words = {"قال", "في", "وقت", "سابق", "us"};
  auto same = [&](const PhraseLexicon<int>::Entry& e, size_t w, uint32_t k) { return words[k] == e.words[w]; };
  auto matches = [&](uint32_t token, uint32_t limit) {
    std::vector<std::pair<int, uint32_t>> found;
    table.ForEachMatch(words[token], WordHash(words[token]), token, limit, same,
                       [&](const PhraseLexicon<int>::Entry& e, uint32_t end) { found.emplace_back(e.payload, end); });
    return found;
  };
  CHECK(matches(1, 5) == std::vector<std::pair<int, uint32_t>>{{3, 4}, {2, 3}, {1, 2}});
  CHECK(matches(1, 3) == std::vector<std::pair<int, uint32_t>>{{2, 3}, {1, 2}});  // a phrase past the limit
  CHECK(matches(0, 5).empty());
  CHECK(matches(4, 5).empty());  // "US" is an acronym: lower-case "us" is a word
}

TEST_CASE("PrefixIndex knows keys and the prefixes that continue to one", "[extract]") {
  const std::map<std::string, int> map = {{"a b c", 1}, {"a", 2}, {"x y", 3}};
  const PrefixIndex<int> index(map, 3);
  REQUIRE(index.Lookup("a") != nullptr);
  CHECK(index.Lookup("a")->node->second == 2);
  CHECK(index.Lookup("a")->continues);
  CHECK(index.Find("a b") == nullptr);
  CHECK(index.Lookup("a b")->continues);
  CHECK(index.Find("a b c")->second == 1);
  CHECK_FALSE(index.Lookup("a b c")->continues);
  CHECK(index.Lookup("y") == nullptr);
}

TEST_CASE("StartFilter never rejects a word it was given", "[extract]") {
  StartFilter filter;
  filter.Add("قال", 1);
  filter.Add("وزارة", 2);
  filter.Add("قال", 4);
  CHECK((filter.Tables("قال") & 5) == 5);
  CHECK((filter.Tables("وزارة") & 2) == 2);
}

TEST_CASE("DocumentWordIds gives one dense id per distinct word", "[extract]") {
  const AnalyzedText text = AnalyzeText("قال الجنود إن الجنود قال");
  DocumentWordIds ids(text);
  std::vector<uint32_t> got;
  for (uint32_t k = 0; k < text.tokens.size(); ++k) got.push_back(ids.IdOf(k));
  CHECK(got == std::vector<uint32_t>{0, 1, 2, 1, 0});
}

}  // namespace
}  // namespace mizan
