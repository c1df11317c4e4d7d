// Copies: articles that are one story (the same wire copy, or rewrites and translations
// of it), so that scoring counts them as one piece of evidence.
//
//   std::vector<CopyFingerprint> prints;
//   for (...) prints.push_back(FingerprintDocument(extraction, analyzed));
//   std::vector<CopyGroup> groups = FindCopies(prints, CopyOptions{});
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/text.h"

namespace mizan {

// What FindCopies needs of one document, small enough to keep for a whole batch.
struct CopyFingerprint {
  std::string doc;
  std::vector<uint64_t> minhash;       // MinHash of word shingles of the match form
  std::vector<std::string> numbers;    // quantity values in text order ("10000-12000")
  std::vector<std::string> names;      // source names of claims, in text order
};

struct CopyOptions {
  double wire_copy_threshold = 0.6;  // estimated shingle Jaccard for a near-identical copy
  double rewrite_threshold = 0.5;    // number/name sequence similarity for a rewrite
};

struct CopyGroup {
  std::string id;                 // "copy-1", ... in order of the first document id
  std::vector<std::string> docs;  // sorted
  std::string kind;               // "wire_copy" or "rewrite"
  double similarity = 0;          // the weakest link's similarity, in [0, 1]
  std::vector<std::string> evidence;  // human-readable: "shared figures: 10000-12000, ..."
};

CopyFingerprint FingerprintDocument(const Extraction& extraction, const AnalyzedText& text);

// Groups of two or more documents, deterministic for a given input order-independent set.
std::vector<CopyGroup> FindCopies(const std::vector<CopyFingerprint>& prints,
                                  const CopyOptions& options);

}  // namespace mizan
