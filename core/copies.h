// Copies: articles that are one story (the same wire copy, or rewrites and translations
// of it), so that scoring counts them as one piece of evidence.
//
//   std::vector<CopyFingerprint> prints;
//   for (...) prints.push_back(FingerprintDocument(extraction, analyzed));
//   std::vector<CopyGroup> groups = FindCopies(prints, CopyOptions{});
//
// Two tests, both sub-quadratic in the batch size:
//   wire copy  MinHash (64 hashes, fixed seed) over word 5-shingles of the match form;
//              candidates from LSH buckets (21 bands x 3 rows), kept when the estimated
//              Jaccard >= wire_copy_threshold.
//   rewrite    documents blocked by shared figures (an inverted index figure -> docs);
//              kept when >= 3 distinctive figures appear in the same order (longest common
//              subsequence) and that LCS / the shorter figure list >= rewrite_threshold.
//              Distinctive = a quantity or percent >= 10 that is not a vague plural
//              ("آلاف"); years, dates and durations never count. The qualifier is dropped
//              ("أكثر من 1500" and "1500" are one figure) since rewrites change it.
// Groups are the connected documents; a group's similarity is the weakest link of its
// maximum spanning tree, its kind "rewrite" if any such link is a rewrite.
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
  std::vector<std::string> numbers;    // distinctive quantity values in text order ("10000-12000")
  std::vector<std::string> names;      // origin source names of claims, in text order (for evidence)
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
