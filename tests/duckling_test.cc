// Duckling's Arabic numeral corpus (fixtures/gold/duckling_ar_numerals.json, BSD-3-Clause):
// each input is one whole expression that must read as one number with the expected value.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "core/numbers.h"
#include "core/text.h"

namespace mizan {
namespace {

TEST_CASE("Duckling Arabic numerals resolve to their value", "[duckling]") {
  const std::filesystem::path path =
      std::filesystem::path(MIZAN_FIXTURES_DIR) / "gold" / "duckling_ar_numerals.json";
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const nlohmann::json corpus = nlohmann::json::parse(buffer.str());
  const NumberLexicon lexicon = NumberLexicon::Load();

  int total = 0, right = 0;
  for (const auto& c : corpus["cases"]) {
    const std::string input = c["input"];
    const double expected = c["value"];
    ++total;
    const AnalyzedText text = AnalyzeText(input);
    const std::vector<NumberMention> mentions = ReadNumbers(text, lexicon);
    const bool whole = mentions.size() == 1 && mentions[0].span.begin == 0 &&
                       mentions[0].span.end == input.size();
    const bool value_ok = mentions.size() == 1 && mentions[0].value.low &&
                          mentions[0].value.high &&
                          std::fabs(*mentions[0].value.low - expected) < 1e-9 &&
                          std::fabs(*mentions[0].value.high - expected) < 1e-9;
    if (whole && value_ok) {
      ++right;
    } else {
      std::string got;
      for (const NumberMention& m : mentions) {
        got += "[" + input.substr(m.span.begin, m.span.size()) + " = " +
               std::to_string(m.value.low.value_or(-1)) + "] ";
      }
      WARN("duckling miss «" << input << "» want " << expected << ", got " << mentions.size()
                             << " mentions " << got);
    }
  }
  const double rate = double(right) / total;
  WARN("duckling: " << right << "/" << total << " = " << rate);
  CHECK(rate >= 0.95);
}

}  // namespace
}  // namespace mizan
