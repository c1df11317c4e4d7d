// Copies on the seeds: 002 and 004 (two Arabic renderings of one AP story) form one
// group, and no other pair of seeds does.
#include <catch2/catch.hpp>

#include <iostream>
#include <string>
#include <vector>

#include "tests/gold_support.h"

namespace mizan {
namespace {

const std::vector<std::string> kOneStory = {"002_359d2a42f67a70f9", "004_1ab0ed66d18b4638"};

void Print(const std::vector<CopyFingerprint>& prints, const std::vector<CopyGroup>& groups) {
  for (const CopyFingerprint& p : prints) {
    std::cout << "  " << p.doc << " figures:";
    for (const std::string& n : p.numbers) std::cout << " " << n;
    std::cout << "\n";
  }
  for (const CopyGroup& g : groups) {
    std::cout << "  " << g.id << " " << g.kind << " " << g.similarity << ":";
    for (const std::string& d : g.docs) std::cout << " " << d;
    for (const std::string& e : g.evidence) std::cout << "\n    " << e;
    std::cout << "\n";
  }
}

}  // namespace

TEST_CASE("gold: seeds 002 and 004 are the only copy group", "[gold][copies]") {
  const testing::SeedRun& run = testing::RunSeeds();
  std::vector<CopyFingerprint> prints;
  for (size_t i = 0; i < run.documents.size(); ++i) {
    prints.push_back(FingerprintDocument(run.extractions[i], run.texts[i]));
  }
  std::vector<CopyGroup> groups = FindCopies(prints, CopyOptions{});
  std::cout << "copies on the seeds (pipeline):\n";
  Print(prints, groups);
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].docs == kOneStory);
  CHECK(groups[0].kind == "rewrite");
}

TEST_CASE("gold: copy finder on the gold figures", "[gold][copies]") {
  // The same check with the gold's own numbers in place of the number reader's, so the
  // copy finder is measured on its own.
  const testing::SeedRun& run = testing::RunSeeds();
  std::vector<CopyFingerprint> prints;
  for (size_t i = 0; i < run.documents.size(); ++i) {
    Extraction x;
    x.doc = run.documents[i].id;
    for (const nlohmann::json& n : testing::Gold()["numbers"]) {
      if (n["doc"] != x.doc || n["kind"] != "quantity") continue;
      NumberMention m;
      const nlohmann::json& value = n["value"];
      if (value["low"].is_number()) m.value.low = value["low"].get<double>();
      if (value["high"].is_number()) m.value.high = value["high"].get<double>();
      m.value.qualifier =
          ParseQualifier(value["qualifier"].get<std::string>()).value_or(Qualifier::kExact);
      x.mentions.push_back(m);
    }
    prints.push_back(FingerprintDocument(x, run.texts[i]));
  }
  std::vector<CopyGroup> groups = FindCopies(prints, CopyOptions{});
  std::cout << "copies on the seeds (gold figures):\n";
  Print(prints, groups);
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].docs == kOneStory);
}

}  // namespace mizan
