#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/claims.h"
#include "core/lemmatizer.h"
#include "core/text.h"

namespace mizan {
namespace {

const ClaimLexicon& Lexicon() {
  static const ClaimLexicon lexicon = ClaimLexicon::Load();
  return lexicon;
}

std::string Lemma(std::string_view word) { return LemmatizeNoun(FoldForMatch(word), Lexicon()); }

TEST_CASE("noun forms of one unit share a lemma", "[lemmatizer]") {
  const std::pair<const char*, const char*> cases[] = {
      {"جندي", "جندي"},     {"جنديًا", "جندي"},   {"جندياً", "جندي"},  {"جنود", "جندي"},
      {"الجنود", "جندي"},   {"والجنود", "جندي"},  {"للجنود", "جندي"},  {"جنديين", "جندي"},
      {"جنديان", "جندي"},   {"القوات", "قوات"},   {"بالقوات", "قوات"}, {"صاروخًا", "صاروخ"},
      {"صواريخ", "صاروخ"},  {"صاروخين", "صاروخ"}, {"دولة", "دوله"},    {"دول", "دوله"},
      {"دولتين", "دوله"},   {"طلقات", "طلقه"},    {"حاوية", "حاويه"},  {"كيلومترًا", "كيلومتر"},
      {"مدنيين", "مدني"},   {"قتلى", "قتيل"},     {"troops", "troop"}, {"Soldiers", "soldier"},
      {"casualties", "casualty"}, {"people", "person"}, {"missiles", "missile"},
  };
  for (const auto& [word, lemma] : cases) {
    INFO(word);
    CHECK(Lemma(word) == FoldForMatch(lemma));
  }
}

TEST_CASE("unknown words come back unchanged", "[lemmatizer]") {
  CHECK(Lemma("كتاب") == "كتاب");
  CHECK(Lemma("والكتب") == "والكتب");
  CHECK(LemmatizeNoun("books", Lexicon()) == "books");
}

TEST_CASE("nouns no lexicon lists get one form for singular, dual and plural", "[lemmatizer]") {
  // Issue 12: what a number counts is the head noun's one form when units.tsv does not know it.
  const std::pair<const char*, const char*> cases[] = {
      {"سيارة", "سياره"},     {"سيارات", "سياره"},   {"والسيارات", "سياره"}, {"للسيارات", "سياره"},
      {"سيارتين", "سياره"},   {"جهازًا", "جهاز"},    {"جهاز", "جهاز"},      {"بالجهاز", "جهاز"},
      {"حوثيين", "حوثي"},     {"حوثيًا", "حوثي"},    {"الحوثيون", "حوثي"},  {"متهمين", "متهم"},
      {"متهمًا", "متهم"},     {"المتهمون", "متهم"},
      // A bare و/ب/ل opens many nouns; ين/ون end many; -ايا is a broken plural.
      {"وحدة", "وحده"},       {"بلاغًا", "بلاغ"},    {"لوحة", "لوحه"},      {"قانون", "قانون"},
      {"تعيين", "تعيين"},     {"قضايا", "قضايا"},
      {"Quakes", "quake"},    {"companies", "company"}, {"matches", "match"}, {"children", "child"},
      {"policemen", "policeman"}, {"bus", "bus"},     {"news", "news"},
  };
  for (const auto& [word, form] : cases) {
    INFO(word);
    CHECK(NormalizeNoun(FoldForMatch(word)) == FoldForMatch(form));
  }
  CHECK(NormalizeNoun("") == "");
}

TEST_CASE("proclitic splits, least stripped first", "[lemmatizer]") {
  std::vector<ProcliticSplit> s = SplitProclitics("بالقوات");
  REQUIRE(s.size() == 3);
  CHECK(s[0].stem == "بالقوات");
  CHECK(s[1].stem == "القوات");
  CHECK(s[1].preposition);
  CHECK(s[2].stem == "قوات");
  CHECK(s[2].article);
  // لل is ل + ال.
  std::vector<ProcliticSplit> l = SplitProclitics("للجنود");
  CHECK(std::any_of(l.begin(), l.end(), [](const ProcliticSplit& x) { return x.stem == "الجنود"; }));
  // Two letters always remain: "بل" is not ب + ل.
  for (const ProcliticSplit& x : SplitProclitics("بلد")) CHECK(x.stem.size() >= 4);
  // The future سـ only when asked, and only before an imperfect.
  CHECK(SplitProclitics("سيرسل").size() == 1);
  std::vector<ProcliticSplit> f = SplitProclitics("سيرسل", true);
  REQUIRE(f.size() == 2);
  CHECK(f[1].future);
  CHECK(f[1].stem == "يرسل");
}

TEST_CASE("nisba candidates reach the masculine singular", "[lemmatizer]") {
  auto has = [](std::string_view word, std::string_view form) {
    std::vector<std::string> c = NisbaCandidates(FoldForMatch(word));
    return std::find(c.begin(), c.end(), FoldForMatch(form)) != c.end();
  };
  CHECK(has("الكورية", "كوري"));
  CHECK(has("الشماليين", "شمالي"));
  CHECK(has("روسيًا", "روسي"));
  CHECK(has("وأوكرانية", "أوكراني"));
  CHECK(has("Koreans", "korean"));
}

TEST_CASE("verb candidates strip subject and object suffixes", "[lemmatizer]") {
  auto find = [](std::string_view word, std::string_view form) -> const VerbCandidate* {
    static std::vector<VerbCandidate> c;
    c = VerbCandidates(FoldForMatch(word));
    auto it = std::find_if(c.begin(), c.end(), [&](const VerbCandidate& v) { return v.form == FoldForMatch(form); });
    return it == c.end() ? nullptr : &*it;
  };
  CHECK(find("وصلوا", "وصل") != nullptr);
  CHECK(find("أرسلتهم", "أرسل") != nullptr);
  CHECK(find("بمقتل", "مقتل") != nullptr);
  const VerbCandidate* future = find("سترسل", "ترسل");
  REQUIRE(future != nullptr);
  CHECK(future->future);
  CHECK(find("Deployed", "deployed") != nullptr);
}

}  // namespace
}  // namespace mizan
