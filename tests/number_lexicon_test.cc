// The number lexicons (numbers.tsv, qualifiers.tsv, months.tsv): they load, every entry is
// reachable by the reader, and a malformed file fails loudly.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.h"
#include "core/lexicon.h"
#include "core/number_tables.h"
#include "core/numbers.h"
#include "core/text.h"

#include "tests/scratch_dir.h"

namespace mizan {
namespace {

const NumberLexicon& Lexicon() {
  static const NumberLexicon lexicon = NumberLexicon::Load();
  return lexicon;
}

std::vector<NumberMention> Read(const std::string& input) {
  return ReadNumbers(AnalyzeText(input), Lexicon());
}

TEST_CASE("number lexicons load and fold their entries", "[number_lexicon]") {
  const NumberLexicon::Tables& t = Lexicon().tables();
  CHECK(t.words.size() > 300);
  // Entries are folded like the text: أربعة is stored as اربعه.
  const WordInfo* four = t.Find(FoldForMatch("أربعة"));
  REQUIRE(four != nullptr);
  CHECK(four->num == NumClass::kUnit);
  CHECK(four->value == 4);
  // English lookups ignore ASCII case.
  const WordInfo* million = t.Find("Million");
  REQUIRE(million != nullptr);
  CHECK(million->num == NumClass::kMultiplier);
  // A word can be a time noun and a year cue at once (عام).
  const WordInfo* year = t.Find(FoldForMatch("عام"));
  REQUIRE(year != nullptr);
  CHECK((year->roles & kRoleTimeUnit) != 0);
  CHECK((year->roles & kRoleYearCue) != 0);
  CHECK(!t.qualifiers_before.empty());
  CHECK(!t.qualifiers_after.empty());
  CHECK(!t.range_joins.empty());
  CHECK(!t.percent_phrases.empty());
  CHECK(!t.month_phrases.empty());
}

TEST_CASE("every cardinal entry of numbers.tsv reads alone as its value", "[number_lexicon]") {
  int checked = 0;
  for (const LexiconRow& row : LoadLexicon("numbers.tsv")) {
    const std::string& cls = row.fields[1];
    if (cls != "unit" && cls != "ten" && cls != "tens" && cls != "hundred" &&
        cls != "hundreds" && cls != "zero" && cls != "en_unit") {
      continue;
    }
    // English "hundred" needs a numeral or "a" before it ("a hundred"), checked elsewhere.
    if (row.fields[0] == "hundred") continue;
    const double value = std::stod(row.fields[2]);
    const std::string input = "وصل " + row.fields[0] + " شخصًا";
    const std::vector<NumberMention> m = Read(input);
    INFO("numbers.tsv:" << row.line << " " << row.fields[0]);
    // واحد after a verb is a count of one; ok as long as the value is right.
    REQUIRE(m.size() == 1);
    CHECK(*m[0].value.low == value);
    ++checked;
  }
  CHECK(checked > 60);
}

TEST_CASE("every multiplier entry scales a preceding number", "[number_lexicon]") {
  for (const LexiconRow& row : LoadLexicon("numbers.tsv")) {
    if (row.fields[1] != "multiplier") continue;
    const double scale = std::stod(row.fields[2]);
    INFO("numbers.tsv:" << row.line << " " << row.fields[0]);
    const std::vector<NumberMention> m = Read("وصل 15 " + row.fields[0]);
    REQUIRE(m.size() == 1);
    CHECK(*m[0].value.low == 15 * scale);
  }
}

TEST_CASE("every qualifier phrase attaches to the number after or before it",
          "[number_lexicon]") {
  for (const LexiconRow& row : LoadLexicon("qualifiers.tsv")) {
    const std::string& id = row.fields[1];
    const std::string& position = row.fields[2];
    if (id.rfind("range_", 0) == 0) continue;
    const std::string input = position == "before" ? "قتل " + row.fields[0] + " 300 شخص"
                                                   : "قتل 300 " + row.fields[0] + " أمس";
    INFO("qualifiers.tsv:" << row.line << " " << input);
    const std::vector<NumberMention> m = Read(input);
    REQUIRE(m.size() == 1);
    CHECK(ToString(m[0].value.qualifier) == id);
    CHECK(m[0].qualifier_span.size() > 0);
  }
}

TEST_CASE("every range opener and joiner builds a range", "[number_lexicon]") {
  for (const LexiconRow& opener : LoadLexicon("qualifiers.tsv")) {
    if (opener.fields[1] != "range_open" && opener.fields[1] != "range_from") continue;
    const bool from = opener.fields[1] == "range_from";
    const std::string join = from ? "إلى" : "و";
    const std::string input = "قتل " + opener.fields[0] + " 300 " + join + " 400 شخص";
    INFO(input);
    const std::vector<NumberMention> m = Read(input);
    REQUIRE(m.size() == 1);
    CHECK(m[0].value.qualifier == Qualifier::kRange);
    CHECK(*m[0].value.low == 300);
    CHECK(*m[0].value.high == 400);
  }
}

TEST_CASE("issue11: every range join of qualifiers.tsv joins two bounds after an opener",
          "[number_lexicon]") {
  for (const LexiconRow& row : LoadLexicon("qualifiers.tsv")) {
    if (row.fields[2] != "join") continue;
    const std::string input = "قتل بين 300 " + row.fields[0] + " 400 شخص";
    INFO("qualifiers.tsv:" << row.line << " " << input);
    std::vector<NumberMention> m = Read(input);
    REQUIRE(m.size() == 1);
    CHECK(m[0].value.qualifier == Qualifier::kRange);
    CHECK(*m[0].value.low == 300);
    CHECK(*m[0].value.high == 400);
    // range_and (و, and) makes a range only after an opener: alone, two numbers.
    if (row.fields[1] == "range_and") {
      m = Read("قتل 300 " + row.fields[0] + " 400 شخص");
      CHECK(m.size() == 2);
    }
  }
}

TEST_CASE("every month of months.tsv makes the next 4-digit number a year",
          "[number_lexicon]") {
  for (const LexiconRow& row : LoadLexicon("months.tsv")) {
    INFO("months.tsv:" << row.line << " " << row.fields[0]);
    const std::vector<NumberMention> m = Read("في " + row.fields[0] + " 2024 وصل");
    REQUIRE(!m.empty());
    CHECK(m.back().kind == NumberKind::kYear);
    CHECK(*m.back().value.low == 2024);
  }
}

TEST_CASE("a malformed number lexicon fails with the file and line", "[number_lexicon]") {
  const std::filesystem::path dir =
      testing::ScratchDir("mizan_number_lexicon_test");
  std::filesystem::create_directories(dir);
  for (const char* name : {"qualifiers.tsv", "months.tsv"}) {
    std::ofstream(dir / name) << "# empty\n";
  }
  std::ofstream(dir / "numbers.tsv") << "# bad\nثلاثة\tunit\t3\t-\nثلاثة\ttens\t30\t-\n";
  setenv("MIZAN_LEXICON_DIR", dir.c_str(), 1);
  bool threw = false;
  try {
    NumberLexicon::Load();
  } catch (const Error& e) {
    threw = true;
    CHECK(std::string(e.what()).find("numbers.tsv:3") != std::string::npos);
  }
  CHECK(threw);
  std::ofstream(dir / "numbers.tsv") << "عشرة\tcolour\t10\t-\n";
  CHECK_THROWS_AS(NumberLexicon::Load(), Error);
  unsetenv("MIZAN_LEXICON_DIR");
  std::filesystem::remove_all(dir);
}

// Issue 11: the English module's word lists are rows of numbers.tsv, not code. Each read
// below changes with one row of a scratch lexicon and nothing else.
TEST_CASE("issue11: English context words come from numbers.tsv", "[number_lexicon]") {
  const std::filesystem::path dir = testing::ScratchDir("mizan_number_lexicon_english");
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "qualifiers.tsv") << "# none\n";
  std::ofstream(dir / "months.tsv") << "# none\n";
  std::ofstream(dir / "decimal_order.tsv") << "*\treversed\n";
  const std::string base = "m\tmoney_multiplier\t1000000\t-\nhalf\tfraction\t0.5\t-\n";
  const auto read_with = [&](const std::string& rows, const std::string& input) {
    std::ofstream(dir / "numbers.tsv") << base << rows;
    setenv("MIZAN_LEXICON_DIR", dir.c_str(), 1);
    const NumberLexicon lexicon = NumberLexicon::Load();
    unsetenv("MIZAN_LEXICON_DIR");
    return ReadNumbers(AnalyzeText(input), lexicon);
  };
  // plural_noun: an irregular plural that a glued m counts.
  std::vector<NumberMention> m = read_with("", "About 1.5m people live there");
  REQUIRE(m.size() == 1);
  CHECK(*m[0].value.low == 1.5);
  m = read_with("people\tplural_noun\t-\t-\n", "About 1.5m people live there");
  REQUIRE(m.size() == 1);
  CHECK(*m[0].value.low == 1.5e6);
  // measure_word: a regular plural is counted unless the row says it measures.
  m = read_with("", "a 1.5m lengths of pipe");
  REQUIRE(m.size() == 1);
  CHECK(*m[0].value.low == 1.5e6);
  m = read_with("lengths\tmeasure_word\t-\t-\n", "a 1.5m lengths of pipe");
  REQUIRE(m.size() == 1);
  CHECK(*m[0].value.low == 1.5);
  // not_name: an unknown capitalised word before a number is taken for a model's name.
  m = read_with("", "It was on Friday 12 people died");
  REQUIRE(m.size() == 1);
  CHECK(m[0].kind == NumberKind::kOther);
  m = read_with("friday\tnot_name\t-\t-\n", "It was on Friday 12 people died");
  REQUIRE(m.size() == 1);
  CHECK(m[0].kind == NumberKind::kQuantity);
  // partitive: "half of" is a share only when "of" is one.
  CHECK(read_with("", "half of the workers left").empty());
  m = read_with("of\tpartitive\t-\t-\n", "half of the workers left");
  REQUIRE(m.size() == 1);
  CHECK(m[0].kind == NumberKind::kFraction);
  CHECK(*m[0].value.low == 0.5);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace mizan
