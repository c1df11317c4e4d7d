// The benchmarks' real-news input: the five seed articles of fixtures/articles, repeated until a
// batch holds the size asked for, each copy its own Document (as a batch run sees them).
//
//   const std::vector<Document> docs = SeedBatch(4096);  // >= 4 MiB of Arabic news
//   std::vector<PreparedSeed> batch = PreparedSeedBatch(512);  // analysed, numbers, claims
#pragma once

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/extract.h"

namespace mizan::bench {

// The seed articles' files, in name order.
inline const std::vector<std::filesystem::path>& SeedFiles() {
  static const std::vector<std::filesystem::path> files = [] {
    std::vector<std::filesystem::path> out;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(MIZAN_FIXTURES_DIR) + "/articles")) {
      out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
  }();
  return files;
}

// Their names without extension ("001", ...), as article ids.
inline const std::vector<std::string>& SeedNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& file : SeedFiles()) out.push_back(file.stem().string());
    return out;
  }();
  return names;
}

// Their texts, read once per process.
inline const std::vector<std::string>& SeedTexts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    for (const auto& file : SeedFiles()) {
      std::ifstream in(file, std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      out.push_back(buffer.str());
    }
    return out;
  }();
  return texts;
}

// Whole copies of the seed articles until the batch holds at least `kib` KiB; ids are
// "doc-N" and every copy carries one publication date so time resolution does real work.
inline std::vector<Document> SeedBatch(size_t kib) {
  std::vector<Document> docs;
  size_t bytes = 0;
  while (bytes < kib * 1024) {
    for (const std::string& text : SeedTexts()) {
      Document doc;
      doc.id = "doc-" + std::to_string(docs.size());
      doc.text = text;
      doc.published = "2024-10-28";
      bytes += text.size();
      docs.push_back(std::move(doc));
    }
  }
  return docs;
}

// One article of SeedBatch with everything the stages after reading take, prepared once by
// ExtractDocument (analysis, numbers, claims), so that a benchmark times one stage alone.
struct PreparedSeed {
  Document doc;
  AnalyzedText analyzed;
  std::vector<NumberMention> mentions;
  std::vector<Claim> claims;
};

inline std::vector<PreparedSeed> PreparedSeedBatch(size_t kib) {
  const Lexicons& lexicons = Lexicons::Default();
  std::vector<PreparedSeed> batch;
  for (Document& doc : SeedBatch(kib)) {
    PreparedSeed p;
    p.doc = std::move(doc);
    Extraction x = ExtractDocument(p.doc, lexicons, &p.analyzed);
    p.mentions = std::move(x.mentions);
    p.claims = std::move(x.claims);
    batch.push_back(std::move(p));
  }
  return batch;
}

inline size_t TotalBytes(const std::vector<Document>& docs) {
  size_t bytes = 0;
  for (const Document& doc : docs) bytes += doc.text.size();
  return bytes;
}

}  // namespace mizan::bench
