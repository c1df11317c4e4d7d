#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/stories.h"
#include "core/text.h"

namespace mizan {
namespace {

// One article: "title\nbody", as the corpus gives them.
StoryFingerprint Print(const std::string& id, const std::string& outlet, const std::string& date,
                       const std::string& title, const std::string& body) {
  Document doc{.id = id, .text = title + "\n" + body, .outlet = outlet, .published = date};
  Extraction x;
  x.doc = id;
  x.published.date = date;
  const AnalyzedText text = AnalyzeText(doc.text);
  return FingerprintStory(doc, x, text);
}

// A batch of unrelated filler articles, so that document frequencies mean something.
std::vector<StoryFingerprint> Filler(int n) {
  std::vector<StoryFingerprint> prints;
  for (int k = 0; k < n; ++k) {
    const std::string w = "topic" + std::to_string(k);
    prints.push_back(Print("filler-" + std::to_string(k), "daily", "2015-07-2" + std::to_string(k % 9),
                           "The " + w + " council meets " + w + "alpha",
                           "Members of the " + w + " council discussed " + w + "beta and " + w +
                               "gamma with residents of " + w + "delta."));
  }
  return prints;
}

const Story* StoryOf(const std::vector<Story>& stories, const std::string& doc) {
  for (const Story& s : stories) {
    if (std::find(s.docs.begin(), s.docs.end(), doc) != s.docs.end()) return &s;
  }
  return nullptr;
}

std::vector<StoryFingerprint> FloodBatch() {
  std::vector<StoryFingerprint> prints = Filler(40);
  prints.push_back(Print("flood-1", "herald", "2015-08-01", "Floods in Marrow valley kill nine",
                         "Floods swept the Marrow valley on Sunday, killing nine people, the "
                         "interior ministry said. Rescue teams searched Orlan and Tessby."));
  prints.push_back(Print("flood-2", "ledger", "2015-08-02", "Marrow valley flood toll rises to 13",
                         "The toll of the Marrow valley floods rose to 13 as rescue teams reached "
                         "Orlan and Tessby, the interior ministry said."));
  prints.push_back(Print("flood-3", "courier", "2015-08-04", "Marrow floods: rescue teams find more victims in Orlan",
                         "Rescue teams in Orlan and Tessby found more victims of the Marrow valley "
                         "floods; the toll stands at 21."));
  // Another story in the same days: shares "ministry" and "teams", nothing that names it.
  prints.push_back(Print("budget-1", "herald", "2015-08-02", "Finance ministry unveils Kestrel budget plan",
                         "The finance ministry unveiled the Kestrel budget plan, with teams of "
                         "auditors reviewing spending in Brannock province."));
  prints.push_back(Print("budget-2", "ledger", "2015-08-03", "Kestrel budget plan draws criticism in Brannock",
                         "Critics in Brannock province said the Kestrel budget plan cuts spending "
                         "the finance ministry had promised."));
  return prints;
}

TEST_CASE("articles about one event from several outlets over days are one story", "[stories]") {
  const std::vector<Story> stories = FindStories(FloodBatch(), {}, StoryOptions{});
  const Story* flood = StoryOf(stories, "flood-1");
  REQUIRE(flood != nullptr);
  CHECK(flood->docs == std::vector<std::string>{"flood-1", "flood-2", "flood-3"});
  CHECK(flood->outlets == std::vector<std::string>{"courier", "herald", "ledger"});
  CHECK(flood->first == "2015-08-01");
  CHECK(flood->last == "2015-08-04");
  CHECK(flood->title == "Floods in Marrow valley kill nine");
  CHECK(std::find(flood->keywords.begin(), flood->keywords.end(), "marrow") != flood->keywords.end());
  const Story* budget = StoryOf(stories, "budget-1");
  REQUIRE(budget != nullptr);
  CHECK(budget != flood);
  CHECK(budget->docs.size() == 2);
  // Every article is in exactly one story; unrelated articles stand alone.
  size_t placed = 0;
  for (const Story& s : stories) placed += s.docs.size();
  CHECK(placed == 45);
  CHECK(StoryOf(stories, "filler-3")->docs.size() == 1);
  CHECK(flood->id.rfind("story-", 0) == 0);
}

TEST_CASE("a story is tracked within its window, and relinked across a gap when close", "[stories]") {
  std::vector<StoryFingerprint> prints = FloodBatch();
  prints.push_back(Print("flood-late", "herald", "2015-09-20", "Marrow valley floods: rescue teams in Orlan",
                         "A month after the Marrow valley floods, rescue teams in Orlan and Tessby "
                         "were thanked by the interior ministry."));
  StoryOptions no_relink;
  no_relink.relink_threshold = 2;  // a cosine never reaches it
  const std::vector<Story> tracked = FindStories(prints, {}, no_relink);
  CHECK(StoryOf(tracked, "flood-late") != StoryOf(tracked, "flood-1"));
  // The same topic a month later: one story (a topic followed over months).
  const std::vector<Story> relinked = FindStories(prints, {}, StoryOptions{});
  CHECK(StoryOf(relinked, "flood-late") == StoryOf(relinked, "flood-1"));
  CHECK(StoryOf(relinked, "budget-1") != StoryOf(relinked, "flood-1"));
}

TEST_CASE("copies join their story, stories do not depend on input order", "[stories]") {
  std::vector<StoryFingerprint> prints = FloodBatch();
  // A copy whose text says nothing the story's words would find.
  prints.push_back(Print("copy-of-1", "wire", "2015-08-01", "Untitled", "Nothing here matches."));
  CopyGroup group;
  group.id = "copy-1";
  group.docs = {"copy-of-1", "flood-1"};
  const std::vector<Story> stories = FindStories(prints, {group}, StoryOptions{});
  CHECK(StoryOf(stories, "copy-of-1") == StoryOf(stories, "flood-1"));

  std::vector<StoryFingerprint> reversed(prints.rbegin(), prints.rend());
  const std::vector<Story> again = FindStories(reversed, {group}, StoryOptions{});
  REQUIRE(again.size() == stories.size());
  for (size_t k = 0; k < stories.size(); ++k) {
    CHECK(again[k].id == stories[k].id);
    CHECK(again[k].docs == stories[k].docs);
  }
}

TEST_CASE("words every article uses never make one story of a batch", "[stories]") {
  // 300 articles that share their frequent words but nothing distinctive.
  std::vector<StoryFingerprint> prints;
  for (int k = 0; k < 300; ++k) {
    const std::string w = "name" + std::to_string(k);
    prints.push_back(Print("d" + std::to_string(k), "daily", "2015-08-01",
                           "Government officials meeting " + w,
                           "Government officials held a meeting about " + w + " in the capital."));
  }
  const std::vector<Story> stories = FindStories(prints, {}, StoryOptions{});
  CHECK(stories.size() == 300);
}

TEST_CASE("story terms: proclitics and the article off, stop words out", "[stories]") {
  const StoryFingerprint p = Print("a", "x", "2015-08-01", "وبالمدينة المنورة", "قال في المدينة");
  auto has = [&](const std::string& t) {
    return std::any_of(p.terms.begin(), p.terms.end(), [&](const auto& e) { return e.first == t; });
  };
  // "وبالمدينة" and "المدينة" meet as one stem (the final ة off too).
  CHECK(has(FoldForMatch("مدين")));
  CHECK(has(FoldForMatch("منور")));
  CHECK_FALSE(has(FoldForMatch("قال")));
  CHECK_FALSE(has(FoldForMatch("في")));
}

}  // namespace
}  // namespace mizan
