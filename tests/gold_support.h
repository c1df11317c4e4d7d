// Shared by the tests that measure Mizan against the seed gold (fixtures/gold/seeds.json).
//
//   const SeedRun& run = RunSeeds();            // the real pipeline on fixtures/articles
//   for (const auto& n : Gold()["numbers"]) {
//     std::optional<ByteSpan> at = LocateGoldNumber(run, n);   // where the gold says it is
//     const NumberMention* m = MatchMention(run, n);          // what Mizan found there
//   }
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/extract.h"
#include "core/input.h"

namespace mizan::testing {

const nlohmann::json& Gold();

struct SeedRun {
  std::vector<Document> documents;     // sorted by id, metadata from fixtures/manifest.jsonl
  std::vector<AnalyzedText> texts;     // parallel to documents
  std::vector<Extraction> extractions; // parallel to documents
  size_t IndexOf(const std::string& doc_id) const;  // SIZE_MAX when absent
};

// Reads the seed articles with the manifest and runs ExtractDocument on each, once.
const SeedRun& RunSeeds();

// The original byte range of a gold number ("doc", "line", "surface", "number_text"):
// number_text inside surface inside the line (1-based over text.split('\n')).
std::optional<ByteSpan> LocateGoldNumber(const SeedRun& run, const nlohmann::json& number);

// The predicted mention whose span overlaps the gold number's range, or nullptr.
const NumberMention* MatchMention(const SeedRun& run, const nlohmann::json& number);

// The predicted claim for a gold claim (through its first number id), or nullptr.
const Claim* MatchClaim(const SeedRun& run, const nlohmann::json& claim);

// The gold number with this id, or nullptr.
const nlohmann::json* GoldNumber(const std::string& id);

}  // namespace mizan::testing
