// The seed gold (fixtures/gold/seeds.json "numbers"): every quantity found with its value and
// qualifier, and no year, date, duration or ordinal read as a quantity.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/numbers.h"
#include "core/text.h"

namespace mizan {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::optional<double> JsonNumber(const nlohmann::json& j) {
  if (j.is_null()) return std::nullopt;
  return j.get<double>();
}

bool SameValue(std::optional<double> a, std::optional<double> b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || std::fabs(*a - *b) < 1e-6;
}

struct GoldDoc {
  std::string text;
  AnalyzedText analyzed;
  std::vector<NumberMention> mentions;
  std::vector<uint32_t> line_starts;  // byte offset of each line (text.split('\n'))
};

TEST_CASE("seed gold numbers: recall, precision and value accuracy", "[gold]") {
  const std::filesystem::path fixtures = MIZAN_FIXTURES_DIR;
  const nlohmann::json gold = nlohmann::json::parse(ReadFile(fixtures / "gold" / "seeds.json"));
  const NumberLexicon lexicon = NumberLexicon::Load();

  std::map<std::string, GoldDoc> docs;
  for (const auto& entry : std::filesystem::directory_iterator(fixtures / "articles")) {
    if (entry.path().extension() != ".txt") continue;
    GoldDoc d;
    d.text = ReadFile(entry.path());
    d.analyzed = AnalyzeText(d.text);
    d.mentions = ReadNumbers(d.analyzed, lexicon);
    d.line_starts.push_back(0);
    for (uint32_t i = 0; i < d.text.size(); ++i) {
      if (d.text[i] == '\n') d.line_starts.push_back(i + 1);
    }
    docs[entry.path().stem().string()] = std::move(d);
  }
  REQUIRE(docs.size() == 5);

  int gold_others = 0, others_right = 0;
  int gold_quantities = 0, found = 0, exact_values = 0, other_as_quantity = 0;
  // Predicted quantity mentions that matched a gold quantity, per doc.
  std::map<std::string, std::vector<bool>> matched;
  for (auto& [name, d] : docs) matched[name].assign(d.mentions.size(), false);

  for (const auto& g : gold["numbers"]) {
    const std::string doc = g["doc"];
    REQUIRE(docs.count(doc) == 1);
    GoldDoc& d = docs[doc];
    const auto line = g["line"].get<uint32_t>();
    REQUIRE(line >= 1);
    REQUIRE(line <= d.line_starts.size());
    const uint32_t line_begin = d.line_starts[line - 1];
    const uint32_t line_end =
        line < d.line_starts.size() ? d.line_starts[line] - 1 : static_cast<uint32_t>(d.text.size());
    const std::string_view line_text =
        std::string_view(d.text).substr(line_begin, line_end - line_begin);
    const std::string surface = g["surface"];
    const std::string number_text = g["number_text"];
    const size_t s = line_text.find(surface);
    INFO(doc << ":" << line << " " << surface);
    REQUIRE(s != std::string_view::npos);
    const size_t t = surface.find(number_text);
    REQUIRE(t != std::string::npos);
    const uint32_t begin = line_begin + static_cast<uint32_t>(s + t);
    const uint32_t end = begin + static_cast<uint32_t>(number_text.size());

    std::optional<size_t> hit;
    for (size_t i = 0; i < d.mentions.size(); ++i) {
      const ByteSpan span = d.mentions[i].span;
      if (span.begin < end && begin < span.end) {
        hit = i;
        break;
      }
    }
    const std::string kind = g["kind"];
    const auto& value = g["value"];
    if (kind == "quantity") {
      ++gold_quantities;
      if (!hit) {
        WARN("missed quantity " << doc << ":" << line << " «" << number_text << "» in «"
                                << surface << "»");
        continue;
      }
      ++found;
      const NumberMention& m = d.mentions[*hit];
      if (m.kind == NumberKind::kQuantity) matched[doc][*hit] = true;
      const bool ok = m.kind == NumberKind::kQuantity && SameValue(m.value.low, JsonNumber(value["low"])) &&
                      SameValue(m.value.high, JsonNumber(value["high"])) &&
                      ToString(m.value.qualifier) == value["qualifier"].get<std::string>();
      if (ok) {
        ++exact_values;
      } else {
        WARN("wrong value " << doc << ":" << line << " «" << number_text << "»: got kind "
                            << ToString(m.kind) << " " << m.value.low.value_or(-1) << ".."
                            << m.value.high.value_or(-1) << " " << ToString(m.value.qualifier)
                            << ", want " << value.dump());
      }
    } else {
      // Other kinds are counted for the report; only "not a quantity" is required.
      ++gold_others;
      if (hit && ToString(d.mentions[*hit].kind) == kind &&
          SameValue(d.mentions[*hit].value.low, JsonNumber(value["low"])) &&
          SameValue(d.mentions[*hit].value.high, JsonNumber(value["high"]))) {
        ++others_right;
      } else {
        WARN("non-quantity " << kind << " " << doc << ":" << line << " «" << number_text
                             << "» " << (hit ? "read as " + std::string(ToString(d.mentions[*hit].kind)) : "missed"));
      }
      if (kind != "other" && hit && d.mentions[*hit].kind == NumberKind::kQuantity) {
        ++other_as_quantity;
        WARN(kind << " read as quantity " << doc << ":" << line << " «" << number_text << "»");
      }
    }
  }

  int predicted = 0, predicted_matched = 0;
  for (auto& [name, d] : docs) {
    for (size_t i = 0; i < d.mentions.size(); ++i) {
      if (d.mentions[i].kind != NumberKind::kQuantity) continue;
      ++predicted;
      if (matched[name][i]) {
        ++predicted_matched;
      } else {
        const ByteSpan span = d.mentions[i].span;
        WARN("extra quantity " << name << ":" << d.analyzed.LineOf(span.begin) << " «"
                               << d.text.substr(span.begin, span.size()) << "»");
      }
    }
  }
  const double recall = gold_quantities ? double(found) / gold_quantities : 0;
  const double precision = predicted ? double(predicted_matched) / predicted : 0;
  const double accuracy = gold_quantities ? double(exact_values) / gold_quantities : 0;
  WARN("gold quantities " << gold_quantities << ", found " << found << ", values right "
                          << exact_values << ", predicted quantities " << predicted
                          << ", matched " << predicted_matched << ": recall " << recall
                          << ", precision " << precision << ", value accuracy " << accuracy
                          << "; other kinds right " << others_right << "/" << gold_others);
  CHECK(recall >= 0.95);
  CHECK(precision >= 0.95);
  CHECK(accuracy >= 0.95);
  CHECK(other_as_quantity == 0);
}

}  // namespace
}  // namespace mizan
