#include "tests/gold_support.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>

namespace mizan::testing {
namespace {

std::string FixturePath(const std::string& relative) {
  return std::string(MIZAN_FIXTURES_DIR) + "/" + relative;
}

// Byte offset of the start of 1-based `line` in text, or npos.
size_t LineStart(const std::string& text, int line) {
  size_t at = 0;
  for (int i = 1; i < line; ++i) {
    at = text.find('\n', at);
    if (at == std::string::npos) return at;
    ++at;
  }
  return at;
}

}  // namespace

const nlohmann::json& Gold() {
  static const nlohmann::json gold = [] {
    std::ifstream in(FixturePath("gold/seeds.json"));
    return nlohmann::json::parse(in);
  }();
  return gold;
}

size_t SeedRun::IndexOf(const std::string& doc_id) const {
  for (size_t i = 0; i < documents.size(); ++i) {
    if (documents[i].id == doc_id) return i;
  }
  return SIZE_MAX;
}

const SeedRun& RunSeeds() {
  static const SeedRun run = [] {
    SeedRun r;
    InputOptions options;
    options.manifest = FixturePath("manifest.jsonl");
    ReadResult read = ReadArticles({FixturePath("articles")}, options);
    r.documents = std::move(read.documents);
    std::sort(r.documents.begin(), r.documents.end(),
              [](const Document& a, const Document& b) { return a.id < b.id; });
    for (const Document& doc : r.documents) {
      AnalyzedText text;
      r.extractions.push_back(ExtractDocument(doc, Lexicons::Default(), &text));
      r.texts.push_back(std::move(text));
    }
    return r;
  }();
  return run;
}

std::optional<ByteSpan> LocateGoldNumber(const SeedRun& run, const nlohmann::json& number) {
  const size_t index = run.IndexOf(number["doc"].get<std::string>());
  if (index == SIZE_MAX) return std::nullopt;
  const std::string& text = run.documents[index].text;
  const size_t line_start = LineStart(text, number["line"].get<int>());
  if (line_start == std::string::npos) return std::nullopt;
  size_t line_end = text.find('\n', line_start);
  if (line_end == std::string::npos) line_end = text.size();
  const std::string line = text.substr(line_start, line_end - line_start);
  const std::string surface = number["surface"].get<std::string>();
  const std::string numeral = number["number_text"].get<std::string>();
  size_t surface_at = line.find(surface);
  if (surface_at == std::string::npos) surface_at = 0;
  size_t at = line.find(numeral, surface_at);
  if (at == std::string::npos) at = line.find(numeral);
  if (at == std::string::npos) return std::nullopt;
  const auto begin = static_cast<uint32_t>(line_start + at);
  return ByteSpan{begin, static_cast<uint32_t>(begin + numeral.size())};
}

const NumberMention* MatchMention(const SeedRun& run, const nlohmann::json& number) {
  const std::optional<ByteSpan> at = LocateGoldNumber(run, number);
  if (!at) return nullptr;
  const Extraction& x = run.extractions[run.IndexOf(number["doc"].get<std::string>())];
  for (const NumberMention& m : x.mentions) {
    if (m.span.begin < at->end && at->begin < m.span.end) return &m;
  }
  return nullptr;
}

const nlohmann::json* GoldNumber(const std::string& id) {
  for (const auto& n : Gold()["numbers"]) {
    if (n["id"] == id) return &n;
  }
  return nullptr;
}

const Claim* MatchClaim(const SeedRun& run, const nlohmann::json& claim) {
  if (claim["number_ids"].empty()) return nullptr;
  const nlohmann::json* number = GoldNumber(claim["number_ids"][0].get<std::string>());
  if (number == nullptr) return nullptr;
  const NumberMention* m = MatchMention(run, *number);
  if (m == nullptr) return nullptr;
  const Extraction& x = run.extractions[run.IndexOf(claim["doc"].get<std::string>())];
  const auto mention_index = static_cast<uint32_t>(m - x.mentions.data());
  for (const Claim& c : x.claims) {
    if (c.mention == mention_index) return &c;
  }
  return nullptr;
}

}  // namespace mizan::testing
